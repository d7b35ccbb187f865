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
from django.db import connections, router
from django.http import HttpResponse
from django.utils import timezone, translation

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


class _StampLookup:
    """A release's stamp fields by primary key, the SQL compiled by the ORM once per
    database: compiling the query costs ten times running it, and on a kept page it is
    the only query."""

    FIELDS = ("modified", "status", "published_at", "created")
    PROBE = -1  # the primary key the query is compiled with, replaced on each run

    def __init__(self):
        self.compiled = {}

    def __call__(self, pk):
        from releases.models import Release

        alias = router.db_for_read(Release)
        if alias not in self.compiled:
            query = Release.objects.filter(pk=self.PROBE).values_list(*self.FIELDS).query
            compiler = query.get_compiler(using=alias)
            sql, params = compiler.as_sql()
            self.compiled[alias] = (compiler, sql, params)
        compiler, sql, params = self.compiled[alias]
        with connections[alias].cursor() as cursor:
            cursor.execute(sql, [pk if param == self.PROBE else param for param in params])
            row = cursor.fetchone()
        if row is None:
            return None
        values = next(compiler.results_iter(results=[[row]]))
        return Release(pk=pk, **dict(zip(self.FIELDS, values, strict=True)))


release_stamp_fields = _StampLookup()


def kept_release(request, year, pk):
    """The public page of release ``pk`` if it is kept for its current stamp, after one
    cheap query; None when it has to be rendered (or answered otherwise: missing, not
    public, another year in the address)."""
    if not settings.FRAGMENT_CACHE_SECONDS:
        return None
    release = release_stamp_fields(pk)
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
