"""Fragments of pages kept in the shared cache between two changes of what they show.

The page cache (releases/caching/pagecache.py) drops every page when anything in the archive
changes; a release's page changes only when that release, or a name it shows, does. So the
release page is kept whole (``kept``) under a stamp made of the release's own version, the
version of every speaker's, organisation's and topic's name, the language, whether it is
public, the local date (its citations carry it), the site's address and the code's
version: after an editor's change elsewhere, the page costs one query and no render.
Lists and search results are kept whole under the archive's version and the query
parameters they read (``known_place``), and their side panel (counts, facets, chart) as a
template fragment (``{% cache %}``) under the archive's version and the filters alone.
"""

import hashlib
import time
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils import timezone, translation

from releases.compiled import CompiledQuery

NAMES_KEY = "releases:names-version"


def names_version():
    return cache.get_or_set(NAMES_KEY, lambda: f"{time.time_ns():x}", None)


def names_changed():
    """A speaker's, organisation's or topic's name changed: every fragment showing it is stale."""
    cache.set(NAMES_KEY, f"{time.time_ns():x}", None)


def origin(request):
    """Where the page's absolute links point: the site's address, or the request's host
    when none is configured."""
    return settings.SITE_URL or request.build_absolute_uri("/")


def release_stamp(request, release):
    from releases.caching.pagecache import CODE_VERSION

    return ":".join(
        [
            CODE_VERSION,
            translation.get_language(),
            str(release.pk),
            release.modified.isoformat() if release.modified else "",
            names_version(),
            "public" if release.is_public else "preview",
            timezone.localdate().isoformat(),
            origin(request),
        ]
    )


def _stamp_fields(pk):
    from releases.models import Release

    return Release.objects.filter(pk=pk).only("modified", "status", "published_at", "created")


# A release's stamp fields: on a kept page the only query, its SQL compiled once (compiling
# it cost ten times running it).
release_stamp_fields = CompiledQuery(_stamp_fields)


def kept_release(request, year, pk):
    """The public page of release ``pk`` if it is kept for its current stamp, after one
    cheap query; None when it has to be rendered (or answered otherwise: missing, not
    public, another year in the address)."""
    if not settings.FRAGMENT_CACHE_SECONDS:
        return None
    found = release_stamp_fields(pk)
    release = found[0] if found else None
    if release is None or not release.is_public or release.url_year != year:
        return None
    return _kept("release", release_stamp(request, release))


def archive_stamp(place):
    """The stamp of a fragment that shows the whole archive (counts, facets, charts) at
    ``place`` (a path and the filters that shape it, nothing else of the query string):
    good until anything in the archive changes."""
    from releases.caching import freshness
    from releases.caching.pagecache import CODE_VERSION

    return ":".join([CODE_VERSION, freshness.current().tag, translation.get_language(), place])


def known_place(request, names):
    """The request's path and those of its query parameters that the page reads (in a
    fixed order): parameters a link added for other reasons (``utm_source``, a cache
    buster) make no other page."""
    pairs = [(name, value) for name in names for value in request.GET.getlist(name)]
    return f"{request.path}?{urlencode(pairs)}" if pairs else request.path


def kept_response(name, stamp, respond):
    """The page ``respond()`` answers, its body kept under ``stamp`` when it is a plain
    200: the next request with the same stamp costs one cache read and no render."""
    seconds = settings.FRAGMENT_CACHE_SECONDS
    kept = _kept(name, stamp) if seconds else None
    if kept is not None:
        return kept
    response = respond()
    if hasattr(response, "render"):
        response.render()
    if seconds and response.status_code == 200 and not response.streaming:
        cache.set(_key(name, stamp), (response["Content-Type"], response.content), seconds)
    return response


def _key(name, stamp):
    return f"fragment:{name}:{hashlib.sha256(stamp.encode()).hexdigest()}"


def _kept(name, stamp):
    kept = cache.get(_key(name, stamp))
    if kept is None:
        return None
    content_type, content = kept
    return HttpResponse(content, content_type=content_type)
