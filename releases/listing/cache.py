"""Cached aggregates over the archive (facet and month counts, page keys), dropped
whenever it changes.

Counting over 100,000 releases costs tens of milliseconds, so the counts are kept in
Django's cache under a key that carries a version; any save or delete of a release or
of what it links to replaces the version (releases/signals.py), so every cached count
goes stale at once. Bulk writes (``bulk_create``, ``QuerySet.update``) send no signals:
code that makes them calls ``after_bulk_write()`` when done. A release scheduled for
later appears when due, without a save: entries computed before that moment expire at it.
"""

import hashlib
import time

from django.core.cache import cache
from django.db import connection
from django.utils import timezone

VERSION_KEY = "releases:counts-version"
# Entries live this long at most, so that a cache shared with other data is not filled.
TIMEOUT = 600


def invalidate():
    cache.set(VERSION_KEY, str(time.time_ns()), None)


def after_bulk_write():
    """Call after bulk_create/update of releases: drops the cached counts and refreshes the
    query planner's statistics (SQLite has none until ANALYZE, and without them it may scan
    every release to find one speaker's ten appearances)."""
    invalidate()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def _version():
    return cache.get_or_set(VERSION_KEY, lambda: str(time.time_ns()), None)


def _timeout():
    """Seconds an entry computed now stays right: until the next scheduled release is due."""
    from releases.models import Release

    due = Release.objects.next_due()
    if due is None:
        return TIMEOUT
    return max(1, min(TIMEOUT, int((due - timezone.now()).total_seconds()) + 1))


def cached_counts(key, compute):
    """compute() -> value, computed once per archive version and cache key."""
    digest = hashlib.sha256(key.encode()).hexdigest()[:32]
    full_key = f"releases:counts:{_version()}:{digest}"
    value = cache.get(full_key)
    if value is None:
        value = compute()
        cache.set(full_key, value, _timeout())
    return value
