"""Test settings: the real settings, with plain static storage so no collectstatic is needed."""

import os

os.environ.setdefault("DJANGO_SECRET_KEY", "test-only-secret-key")
os.environ.setdefault("DJANGO_SECURE_HTTPS", "False")

from pressroom.settings import *  # noqa: E402,F403

STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# The suite runs on the configured cache (Redis when REDIS_URL is set, as in CI); the
# default shared folder is a fresh one per run, so runs never see each other's pages.
if not (os.environ.get("DJANGO_CACHE_URL") or os.environ.get("REDIS_URL")):
    import tempfile

    CACHES = {"default": cache_from_url(f"file://{tempfile.mkdtemp(prefix='pressroom-cache-')}")}  # noqa: F405
