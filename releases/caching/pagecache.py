"""The shared page cache: each public page rendered once per version of the archive.

PageCacheMiddleware answers anonymous GET and HEAD requests from Django's cache (Redis
or a shared folder, see settings.CACHES): each URL's entry (keyed by the code's version
and the full path) records the archive's version it was rendered for
(releases/caching/freshness.py) and is served only while that is still the current one, so any
editor's change or a new deployment is seen at the next request on every worker, with
nothing to purge. The version and the page are read in one round trip.
ETag and Last-Modified come from the same version, so a conditional request is answered
304 before any page is looked up or rendered.

Requests carrying a session cookie (editors, who may preview drafts), the admin, and
answers that are private, set a cookie or vary on cookies are never stored.
"""

import hashlib
from http import HTTPStatus
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, HttpResponseNotModified
from django.http.request import split_domain_port, validate_host
from django.utils.cache import get_conditional_response
from django.utils.http import http_date

from releases.caching import freshness

# Paths the page cache leaves alone: the admin, files served elsewhere, and the open-data
# dump (a file that changes when a dump is written, not when the archive's version moves).
BYPASS_PREFIXES = ("/admin/", "/static/", "/media/", "/data/")
STORED_STATUSES = (200, 301)
# Where the front door leaves what it read from the cache for the middleware.
FOUND_ENVIRON_KEY = "pressroom.page_cache_found"
# Headers not kept with a stored page (the length is set when it is served).
SKIPPED_HEADERS = {"set-cookie", "date", "content-length"}


def _code_version():
    """Changes when the code, templates, translations or static files are deployed anew,
    so that pages rendered by the previous release of the site are not served."""
    digest = hashlib.sha256()
    root = Path(settings.BASE_DIR)
    for folder in ("releases", "pressroom", "templates", "locale"):
        for path in sorted((root / folder).rglob("*")):
            if path.is_file() and path.suffix != ".pyc":
                digest.update(str(path.relative_to(root)).encode())
                digest.update(path.read_bytes())
    manifest = Path(settings.STATIC_ROOT) / "staticfiles.json"
    if manifest.exists():
        digest.update(manifest.read_bytes())
    return digest.hexdigest()[:12]


CODE_VERSION = _code_version()


def page_place(meta, origin=""):
    """A page's place in the cache: the code's version and the URL as requested (from the
    WSGI environ, as the front and the middleware both see it)."""
    url = meta.get("PATH_INFO", "")
    if query := meta.get("QUERY_STRING", ""):
        url = f"{url}?{query}"
    text = f"{CODE_VERSION}:{origin}{url}"
    return hashlib.sha256(text.encode("utf-8", "backslashreplace")).hexdigest()


def validators(place, version):
    """The ETag and Last-Modified of a page, known without rendering it."""
    return f'"{place[:12]}-{version.tag}"', int(version.changed_at)


def not_modified_headers(etag, last_modified):
    headers = [("ETag", etag), ("Last-Modified", http_date(last_modified))]
    if settings.PUBLIC_CACHE_SECONDS:
        headers.append(("Cache-Control", f"public, max-age={settings.PUBLIC_CACHE_SECONDS}"))
    return headers


def _cacheable_request(request):
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not request.path.startswith(BYPASS_PREFIXES)
        # Plain HTTP is redirected to HTTPS by the security middleware, not served.
        and (request.is_secure() or not settings.SECURE_SSL_REDIRECT)
    )


def _storable(response):
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code in STORED_STATUSES
        and not response.streaming
        and not response.cookies
        and "private" not in cache_control
        and "no-store" not in cache_control
        and "cookie" not in response.get("Vary", "").lower()
    )


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _cacheable_request(request):
            return self.get_response(request)
        # The Host header is checked against ALLOWED_HOSTS as the inner middleware would:
        # a bad host gets the 400 page, never a cached page.
        host = request.get_host()
        # Without a configured site URL, absolute links in a page come from the request.
        origin = "" if settings.SITE_URL else f"{request.scheme}://{host}"
        place = page_place(request.META, origin)
        key = f"page:{place}"
        seconds = settings.PAGE_CACHE_SECONDS
        # The archive's version and this URL's page in one round trip; the page is served
        # only if it was rendered for the current version.
        if seconds:
            # The front door (CachedPages) may have read both already for this request.
            found = request.META.get(FOUND_ENVIRON_KEY)
            if found is None or key not in found:
                found = cache.get_many([freshness.KEY, key])
            version = freshness.from_stored(found.get(freshness.KEY))
        else:
            found, version = {}, freshness.current()
        etag, last_modified = validators(place, version)

        not_modified = get_conditional_response(request, etag=etag, last_modified=last_modified)
        if not_modified is not None and not_modified.status_code == 304:
            return self._not_modified(etag, last_modified)

        stored = found.get(key)
        if stored is not None and stored[0] == version.tag:
            return self._from_store(request, stored)

        token = freshness.pinned.set(version)
        try:
            response = self.get_response(request)
        finally:
            freshness.pinned.reset(token)
        if _storable(response):
            response["ETag"] = etag
            response["Last-Modified"] = http_date(last_modified)
            if seconds:
                headers = [
                    (header, value)
                    for header, value in response.items()
                    if header.lower() not in SKIPPED_HEADERS
                ]
                stored = (version.tag, response.status_code, headers, response.content)
                cache.set(key, stored, seconds)
        return response

    @staticmethod
    def _not_modified(etag, last_modified):
        return HttpResponseNotModified(headers=dict(not_modified_headers(etag, last_modified)))

    @staticmethod
    def _from_store(request, stored):
        _, status, headers, content = stored
        body = b"" if request.method == "HEAD" else content
        response = HttpResponse(body, status=status, headers=headers)
        response["Content-Length"] = str(len(content))
        return response


class CachedPages:
    """The page cache's front door, around Django's WSGI application (pressroom/wsgi.py).

    A warm page, or a 304 for a conditional request, is answered from the cache before
    Django builds a request or runs any middleware: it costs one cache read (two for a
    conditional request that has changed). Whatever it cannot answer with certainty, it
    passes on: no site URL configured, another method, a session cookie, the bypassed
    paths, a host not allowed (Django answers 400), plain HTTP where HTTPS is required, a
    version that is missing or due to move on, a page not stored for this version. The
    rules are the middleware's; the middleware stores the pages this answers.
    """

    def __init__(self, application):
        self.application = application
        self.good_hosts = set()  # Host headers already found in ALLOWED_HOSTS

    def __call__(self, environ, start_response):
        answer = self.answer(environ)
        if answer is None:
            return self.application(environ, start_response)
        status, headers, body = answer
        start_response(status, headers)
        return [body]

    def answer(self, environ):
        if not (settings.SITE_URL and settings.PAGE_CACHE_SECONDS):
            return None
        if environ.get("REQUEST_METHOD") not in ("GET", "HEAD"):
            return None
        if environ.get("PATH_INFO", "").startswith(BYPASS_PREFIXES):
            return None
        if f"{settings.SESSION_COOKIE_NAME}=" in environ.get("HTTP_COOKIE", ""):
            return None
        if not (self._host_allowed(environ) and _secure_enough(environ)):
            return None
        place = page_place(environ)
        key = f"page:{place}"
        conditional = any(header in environ for header in CONDITIONAL_HEADERS)
        found = cache.get_many([freshness.KEY] if conditional else [freshness.KEY, key])
        version = freshness.unexpired(found.get(freshness.KEY))
        if version is None:
            return None
        etag, last_modified = validators(place, version)
        if conditional:
            request = _Conditions(environ)
            response = get_conditional_response(request, etag=etag, last_modified=last_modified)
            if response is not None:
                if response.status_code != 304:
                    return None  # a failed If-Match: Django answers it
                return "304 Not Modified", not_modified_headers(etag, last_modified), b""
            found[key] = cache.get(key)
        stored = found.get(key)
        if stored is None or stored[0] != version.tag:
            found.setdefault(key, None)
            environ[FOUND_ENVIRON_KEY] = found
            return None
        _, status, headers, content = stored
        headers = [*headers, ("Content-Length", str(len(content)))]
        body = b"" if environ["REQUEST_METHOD"] == "HEAD" else content
        return f"{status} {HTTPStatus(status).phrase}", headers, body

    def _host_allowed(self, environ):
        host = environ.get("HTTP_HOST")
        if host is None or settings.USE_X_FORWARDED_HOST:
            return False  # left to Django's own rules
        if host in self.good_hosts:
            return True
        allowed = settings.ALLOWED_HOSTS
        if settings.DEBUG and not allowed:
            allowed = [".localhost", "127.0.0.1", "[::1]"]
        domain, _ = split_domain_port(host)
        if not (domain and validate_host(domain, allowed)):
            return False
        if len(self.good_hosts) < 100:
            self.good_hosts.add(host)
        return True


CONDITIONAL_HEADERS = (
    "HTTP_IF_NONE_MATCH",
    "HTTP_IF_MODIFIED_SINCE",
    "HTTP_IF_MATCH",
    "HTTP_IF_UNMODIFIED_SINCE",
)


class _Conditions:
    """What Django's rules for conditional requests read of a request, from the environ."""

    def __init__(self, environ):
        self.META = environ
        self.method = environ["REQUEST_METHOD"]


def _secure_enough(environ):
    if not settings.SECURE_SSL_REDIRECT:
        return True
    if settings.SECURE_PROXY_SSL_HEADER:
        header, value = settings.SECURE_PROXY_SSL_HEADER
        return environ.get(header, "").split(",")[0].strip() == value
    return environ.get("wsgi.url_scheme") == "https"
