"""Fragments of pages kept in the shared cache between two changes of what they show.

The page cache (releases/caching/pagecache.py) drops every page when anything in the archive
changes; a release's own parts (its header data, speakers, answers, figures) change only
when that release, or a name it shows, does. So the release page keeps those parts as
template fragments (``{% cache %}``) under a stamp made of the release's own version, the
version of every speaker's, organisation's and topic's name, the language, whether it is
public, the local date (its citations carry it) and the code's version: after an editor's
change elsewhere, the page is put together again from its fragments without reading the
release's parts.
"""

import time

from django.conf import settings
from django.core.cache import cache
from django.core.cache.utils import make_template_fragment_key
from django.utils import timezone, translation

NAMES_KEY = "releases:names-version"


def names_version():
    return cache.get_or_set(NAMES_KEY, lambda: f"{time.time_ns():x}", None)


def names_changed():
    """A speaker's, organisation's or topic's name changed: every fragment showing it is stale."""
    cache.set(NAMES_KEY, f"{time.time_ns():x}", None)


def release_stamp(request, release):
    from releases.caching.pagecache import CODE_VERSION

    origin = settings.SITE_URL or request.build_absolute_uri("/")
    return ":".join(
        [
            CODE_VERSION,
            translation.get_language(),
            str(release.pk),
            release.modified.isoformat() if release.modified else "",
            names_version(),
            "public" if release.is_public else "preview",
            timezone.localdate().isoformat(),
            origin,
        ]
    )


def archive_stamp(place):
    """The stamp of a fragment that shows the whole archive (counts, facets, charts) at
    ``place`` (a path and the filters that shape it, nothing else of the query string):
    good until anything in the archive changes."""
    from releases.caching import freshness
    from releases.caching.pagecache import CODE_VERSION

    return ":".join([CODE_VERSION, freshness.current().tag, translation.get_language(), place])


def cached(names, stamp):
    """Whether every fragment named is in the cache for this stamp."""
    if not settings.FRAGMENT_CACHE_SECONDS:
        return False
    keys = [make_template_fragment_key(name, [stamp]) for name in names]
    return len(cache.get_many(keys)) == len(keys)
