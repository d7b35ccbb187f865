"""Operators: settings come from the environment and are safe by default."""

import os
import subprocess
import sys

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
    assert backend() == "FileBasedCache"
    # Several app servers: Django's own Redis backend (keeping its client per process).
    assert backend(REDIS_URL="redis://127.0.0.1:6379/0") == "RedisCache"
    assert backend(DJANGO_CACHE_URL="redis://cache.internal:6379/1") == "RedisCache"


def test_settings_refuse_an_unknown_cache_url():
    result = read_settings("s.CACHES", DJANGO_SECRET_KEY="x" * 50, DJANGO_CACHE_URL="memcache://x")
    assert result.returncode != 0
    assert "Unknown cache URL" in result.stderr
