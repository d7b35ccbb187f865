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
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, HttpResponseNotModified
from django.utils.cache import get_conditional_response
from django.utils.http import http_date

from releases.caching import freshness

# Paths the page cache leaves alone: the admin, files served elsewhere, and the open-data
# dump (a file that changes when a dump is written, not when the archive's version moves).
BYPASS_PREFIXES = ("/admin/", "/static/", "/media/", "/data/")
STORED_STATUSES = (200, 301)
# Headers kept with a stored page; the middleware outside (security) adds its own.
SKIPPED_HEADERS = {"set-cookie", "date"}


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


def _cacheable_request(request):
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not request.path.startswith(BYPASS_PREFIXES)
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
        path = request.get_full_path()
        # Without a configured site URL, absolute links in a page come from the request.
        origin = "" if settings.SITE_URL else f"{request.scheme}://{host}"
        place = hashlib.sha256(f"{CODE_VERSION}:{origin}{path}".encode()).hexdigest()
        key = f"page:{place}"
        seconds = settings.PAGE_CACHE_SECONDS
        # The archive's version and this URL's page in one round trip; the page is served
        # only if it was rendered for the current version.
        if seconds:
            found = cache.get_many([freshness.KEY, key])
            version = freshness.from_stored(found.get(freshness.KEY))
        else:
            found, version = {}, freshness.current()
        etag = f'"{place[:12]}-{version.tag}"'
        last_modified = int(version.changed_at)

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
        response = HttpResponseNotModified()
        response["ETag"] = etag
        response["Last-Modified"] = http_date(last_modified)
        if settings.PUBLIC_CACHE_SECONDS:
            response["Cache-Control"] = f"public, max-age={settings.PUBLIC_CACHE_SECONDS}"
        return response

    @staticmethod
    def _from_store(request, stored):
        _, status, headers, content = stored
        body = b"" if request.method == "HEAD" else content
        response = HttpResponse(body, status=status, headers=headers)
        response["Content-Length"] = str(len(content))
        return response
