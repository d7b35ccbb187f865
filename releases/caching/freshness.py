"""The archive's version: one value, shared through the cache, that changes whenever what
the public sees may have changed.

It changes on every editor's save or delete (releases/signals.py), after bulk writes
(``bump()``), and when time alone changes a page: a scheduled release becomes due, an
announced press conference begins (its notice moves from upcoming to held), or the local
day turns (citations carry the date they are made). The version records the next such
moment, and the first request after it moves the version on. Every cached page and count
carries the version in its key, so a change shows on every page, on every worker and app
server that shares the cache, at the very next request. The version is known without
rendering anything, so ETag and Last-Modified come from it (releases/caching/pagecache.py).
"""

import datetime
import time
from contextvars import ContextVar
from dataclasses import dataclass

from django.core.cache import cache
from django.utils import timezone

KEY = "releases:archive-version"
# The version a public request read once, for everything it looks up in the cache (the
# page cache middleware sets it; requests that write never have one).
pinned = ContextVar("pinned_archive_version", default=None)


@dataclass(frozen=True)
class Version:
    tag: str  # changes with every change of the archive
    changed_at: float  # when it changed (Unix time): the pages' Last-Modified
    next_due: float | None  # when time alone next changes a page (see above)


def next_midnight():
    """The start of the next local day, as an aware datetime."""
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    return timezone.make_aware(datetime.datetime.combine(tomorrow, datetime.time()))


def _next_due():
    from releases.models import Notice, Release

    moments = [Release.objects.next_due(), Notice.objects.next_start(), next_midnight()]
    return min(moment for moment in moments if moment is not None).timestamp()


def bump(changed_at=None):
    """A new version: the archive changed (at ``changed_at``, now by default)."""
    now = timezone.now().timestamp()
    version = Version(f"{time.time_ns():x}", changed_at or now, _next_due())
    cache.set(KEY, (version.tag, version.changed_at, version.next_due), None)
    return version


def current():
    """The archive's version, moved on first if a scheduled release has become due."""
    version = pinned.get()
    if version is not None:
        return version
    return from_stored(cache.get(KEY))


def from_stored(stored):
    """The version from what the cache holds under KEY (read by the caller, e.g. together
    with a page), moved on first if a scheduled release has become due."""
    version = unexpired(stored)
    if version is not None:
        return version
    if stored is None:
        return bump()
    return bump(changed_at=Version(*stored).next_due)


def unexpired(stored):
    """The version from what the cache holds under KEY, or None when there is none yet or
    time has moved it on (``from_stored`` then makes the next one)."""
    if stored is None:
        return None
    version = Version(*stored)
    if version.next_due is not None and timezone.now().timestamp() >= version.next_due:
        return None
    return version
