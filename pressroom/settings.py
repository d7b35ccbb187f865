"""Pressroom settings, read from the environment; safe by default (DEBUG off)."""

import datetime
import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG")
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        from django.core.exceptions import ImproperlyConfigured

        raise ImproperlyConfigured("Set DJANGO_SECRET_KEY (or DJANGO_DEBUG=True for development).")
    SECRET_KEY = "insecure-development-key-only-for-debug"
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",
    "reversion",  # versions of releases for the editors (releases.editing.versions)
    "axes",
    "releases",
    "bench",
]

MIDDLEWARE = [
    # First, so that a stored page holds every header the public gets (pressroom/wsgi.py
    # serves it again before any middleware runs).
    "releases.caching.pagecache.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "releases.http.middleware.ContentSecurityPolicyMiddleware",
    "releases.http.middleware.PermissionsPolicyMiddleware",
    "releases.http.errors.MethodNotAllowedPageMiddleware",
    "releases.http.middleware.PublicCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "releases.http.middleware.UrlLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "releases.http.middleware.ReadOnlyPublicSiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "pressroom.urls"
WSGI_APPLICATION = "pressroom.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ],
        },
    }
]

# The embedded default is an SQLite file in the project folder; postgres://… selects
# PostgreSQL through psycopg 3. Persistent connections with health checks save ~0.4 ms
# per request.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DJANGO_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"


def cache_from_url(url):
    """A CACHES entry from a URL: redis://host:port/db (Django's own Redis backend, with a
    client kept per process, shared by every worker and app server), file:///folder
    (shared by the workers of one machine), locmem:// (one process only)."""
    if url.startswith(("redis://", "rediss://", "unix://")):
        return {
            "BACKEND": "releases.caching.redis_backend.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": os.environ.get("DJANGO_CACHE_PREFIX", "pressroom"),
        }
    if url.startswith("file://"):
        return {
            "BACKEND": "releases.caching.file_backend.FileCache",
            "LOCATION": url.removeprefix("file://"),
            "OPTIONS": {"MAX_ENTRIES": 20000},
        }
    if url.startswith("locmem://"):
        return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured(f"Unknown cache URL: {url!r} (redis://, file:// or locmem://)")


# Redis when REDIS_URL (or DJANGO_CACHE_URL) is set; otherwise a folder that every
# gunicorn worker of this machine shares.
CACHES = {
    "default": cache_from_url(
        os.environ.get("DJANGO_CACHE_URL")
        or os.environ.get("REDIS_URL")
        or f"file://{BASE_DIR / 'var' / 'cache'}"
    )
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
# Files browsers ask for at the site's root (favicon.ico), served by whitenoise.
WHITENOISE_ROOT = BASE_DIR / "static" / "root"
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Uploaded photos in an S3-compatible bucket (django-storages) instead of MEDIA_ROOT.
# Credentials come from boto3's usual places (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY
# in the environment, or the machine's role). Photos are public: plain URLs, no signature.
if os.environ.get("DJANGO_STORAGE", "").lower() == "s3" or os.environ.get(
    "AWS_STORAGE_BUCKET_NAME"
):
    if not os.environ.get("AWS_STORAGE_BUCKET_NAME"):
        from django.core.exceptions import ImproperlyConfigured

        raise ImproperlyConfigured("DJANGO_STORAGE=s3 needs AWS_STORAGE_BUCKET_NAME.")
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["AWS_STORAGE_BUCKET_NAME"],
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            "querystring_auth": False,
            # A name is never given to other content (photos are named by their content),
            # so browsers and CDNs may keep every object for good.
            "file_overwrite": False,
            "object_parameters": {"CacheControl": "public, max-age=31536000, immutable"},
        },
    }

# Photos: larger uploads are refused with a message in the admin; each photo is served
# in these widths (made at upload, releases/editing/images.py) through <img srcset>.
PHOTO_MAX_UPLOAD_BYTES = int(os.environ.get("DJANGO_PHOTO_MAX_UPLOAD_MB", "15")) * 1024 * 1024
PHOTO_MAX_PIXELS = int(os.environ.get("DJANGO_PHOTO_MAX_MEGAPIXELS", "40")) * 1_000_000
PHOTO_WIDTHS = (480, 960, 1600)
PHOTO_RENDITION_TYPE = "image/jpeg"  # or "image/webp": smaller, not shown by old browsers

# HTTPS everywhere unless DEBUG is on; `make run` (plain HTTP on loopback) turns these
# off explicitly with DJANGO_SECURE_HTTPS=False.
SECURE_HTTPS = env_bool("DJANGO_SECURE_HTTPS", default=not DEBUG)
SECURE_SSL_REDIRECT = SECURE_HTTPS
SESSION_COOKIE_SECURE = SECURE_HTTPS
CSRF_COOKIE_SECURE = SECURE_HTTPS
SECURE_HSTS_SECONDS = 31536000 if SECURE_HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE_HTTPS
SECURE_HSTS_PRELOAD = SECURE_HTTPS
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if SECURE_HTTPS else None
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# A strict Content-Security-Policy (django-csp): everything from this host, no inline
# script or style anywhere (templates carry none), no plugins, no framing.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# Browser features the site never uses, switched off (releases.http.middleware).
PERMISSIONS_POLICY = {
    "camera": [],
    "microphone": [],
    "geolocation": [],
    "payment": [],
    "usb": [],
    "browsing-topics": [],
}

LOGIN_URL = "admin:login"

# Login throttling (django-axes): after DJANGO_LOGIN_FAILURE_LIMIT wrong passwords for one
# account from one address, that pair is locked out for DJANGO_LOGIN_LOCKOUT_MINUTES; every
# attempt is listed in the admin. `manage.py axes_reset` (or axes_reset_ip,
# axes_reset_username) lifts a lockout.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("DJANGO_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = datetime.timedelta(
    minutes=int(os.environ.get("DJANGO_LOGIN_LOCKOUT_MINUTES", "15"))
)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "releases.http.lockout.lockout_response"
# The reader's address: REMOTE_ADDR, or, behind DJANGO_TRUSTED_PROXY_COUNT proxies that
# each append to X-Forwarded-For, the entry the outermost of them added.
TRUSTED_PROXY_COUNT = int(os.environ.get("DJANGO_TRUSTED_PROXY_COUNT", "0"))
AXES_CLIENT_IP_CALLABLE = "releases.http.clientip.client_ip"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
}

# Seconds browsers and a CDN may keep a public page (0: no Cache-Control header).
PUBLIC_CACHE_SECONDS = int(os.environ.get("DJANGO_PUBLIC_CACHE_SECONDS", "300"))
# Seconds a rendered page stays in the shared page cache (0: no page cache). Pages of an
# older version of the archive are never served, whatever this says (releases/caching/pagecache.py).
PAGE_CACHE_SECONDS = int(os.environ.get("DJANGO_PAGE_CACHE_SECONDS", "86400"))
# Seconds a fragment of a page (a release's parts) is kept between changes (0: none).
FRAGMENT_CACHE_SECONDS = int(os.environ.get("DJANGO_FRAGMENT_CACHE_SECONDS", "86400"))
# The site's public address, e.g. https://pressroom.example.org: absolute links (canonical,
# Open Graph, feeds, sitemap, JSON) are built from it, not from the request's Host header,
# so a cached page is the same bytes whatever host name or port reached it. Empty: the
# request's own address (and the page cache keeps one copy per host).
SITE_URL = os.environ.get("PRESSROOM_SITE_URL", "").rstrip("/")

# Where `manage.py export_archive` writes the dumps of the public archive; the newest is
# served at /data/pressroom-latest.zip. DATA_LICENCE (e.g. CC-BY-4.0) is stated in each dump.
DUMP_DIR = Path(os.environ.get("PRESSROOM_DUMP_DIR", BASE_DIR / "var" / "dumps"))
DATA_LICENCE = os.environ.get("PRESSROOM_DATA_LICENCE", "")

# Public pages per index page.
RELEASES_PER_PAGE = 20
# Search ranks the newest this many matches (see releases/search/index.py).
SEARCH_WINDOW = 500
