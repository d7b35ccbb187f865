"""Operators: settings come from the environment and are safe by default."""

import os
import subprocess
import sys

import pytest
from django.conf import settings

CLEAN_ENV = {
    key: value
    for key, value in os.environ.items()
    if not key.startswith("DJANGO_") and key not in ("DATABASE_URL", "REDIS_URL")
}


def read_settings(expression, **env):
    code = f"import pressroom.settings as s; print({expression})"
    return subprocess.run(
        [sys.executable, "-c", code],
        env={**CLEAN_ENV, **env},
        capture_output=True,
        text=True,
        cwd=settings.BASE_DIR,
    )


def test_settings_refuse_to_start_without_a_secret_key():
    result = read_settings("s.DEBUG")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_settings_default_to_debug_off_https_on_and_sqlite():
    result = read_settings(
        "s.DEBUG, s.SECURE_SSL_REDIRECT, s.SESSION_COOKIE_SECURE, s.SECURE_HSTS_SECONDS > 0,"
        " s.DATABASES['default']['ENGINE']",
        DJANGO_SECRET_KEY="x" * 50,
    )
    assert result.stdout.split() == ["False", "True", "True", "True", "django.db.backends.sqlite3"]


def test_database_url_selects_postgresql():
    result = read_settings(
        "s.DATABASES['default']['ENGINE'], s.DATABASES['default']['NAME']",
        DJANGO_SECRET_KEY="x" * 50,
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/pressroom",
    )
    assert result.stdout.split() == ["django.db.backends.postgresql", "pressroom"]


def test_site_time_zone_and_language():
    assert settings.TIME_ZONE == "Asia/Shanghai"
    assert settings.LANGUAGE_CODE == "zh-hans"
    assert settings.USE_TZ


def test_settings_cache_is_shared_by_every_worker():
    def backend(**env):
        result = read_settings("s.CACHES['default']['BACKEND']", DJANGO_SECRET_KEY="x" * 50, **env)
        return result.stdout.strip().rsplit(".", 1)[-1]

    # The embedded default: a folder every gunicorn worker of the machine reads and writes.
    assert backend() == "FileCache"
    # Several app servers: Django's own Redis backend (keeping its client per process).
    assert backend(REDIS_URL="redis://127.0.0.1:6379/0") == "RedisCache"
    assert backend(DJANGO_CACHE_URL="redis://cache.internal:6379/1") == "RedisCache"


def test_settings_refuse_an_unknown_cache_url():
    result = read_settings("s.CACHES", DJANGO_SECRET_KEY="x" * 50, DJANGO_CACHE_URL="memcache://x")
    assert result.returncode != 0
    assert "Unknown cache URL" in result.stderr


def test_storage_defaults_to_the_media_folder():
    result = read_settings("s.STORAGES['default']['BACKEND']", DJANGO_SECRET_KEY="x" * 50)
    assert result.stdout.split() == ["django.core.files.storage.FileSystemStorage"]


@pytest.mark.parametrize(
    "env",
    [
        {"DJANGO_STORAGE": "s3", "AWS_STORAGE_BUCKET_NAME": "pressroom-photos"},
        {"AWS_STORAGE_BUCKET_NAME": "pressroom-photos"},
    ],
)
def test_storage_s3_is_one_setting_away(env):
    result = read_settings(
        "s.STORAGES['default']['BACKEND'], s.STORAGES['default']['OPTIONS']['bucket_name']",
        DJANGO_SECRET_KEY="x" * 50,
        **env,
    )
    assert result.stdout.split() == ["storages.backends.s3.S3Storage", "pressroom-photos"]


def test_storage_s3_without_a_bucket_refuses_to_start():
    result = read_settings("s.STORAGES", DJANGO_SECRET_KEY="x" * 50, DJANGO_STORAGE="s3")
    assert result.returncode != 0
    assert "AWS_STORAGE_BUCKET_NAME" in result.stderr


def test_storage_s3_gives_plain_public_urls():
    from storages.backends.s3 import S3Storage

    storage = S3Storage(
        bucket_name="pressroom-photos",
        custom_domain="photos.example.org",
        querystring_auth=False,
        file_overwrite=False,
    )
    url = storage.url("photos/renditions/ab/0123456789abcdef-480.jpg")
    assert url == "https://photos.example.org/photos/renditions/ab/0123456789abcdef-480.jpg"


def test_site_runs_without_boto3_when_s3_is_off():
    """boto3 is needed only by the S3 storage: the site, its URLs and storage load without it."""
    code = (
        "import sys; sys.modules['boto3'] = None\n"  # any import of boto3 now fails
        "import django; django.setup()\n"
        "from django.urls import resolve; import pressroom.urls\n"
        "from django.core.files.storage import default_storage\n"
        "print(resolve('/media/photos/a.jpg').url_name, default_storage.url('photos/a.jpg'))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={
            **CLEAN_ENV,
            "DJANGO_SETTINGS_MODULE": "tests.settings",
            "DJANGO_ALLOWED_HOSTS": "testserver",
        },
        capture_output=True,
        text=True,
        cwd=settings.BASE_DIR,
    )
    assert result.stdout.split() == ["media", "/media/photos/a.jpg"], result.stderr
