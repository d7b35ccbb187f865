"""Cached aggregates over the archive (facet and month counts, page keys).

Counting over 100,000 releases costs tens of milliseconds, so the counts are kept in
Django's cache under a key that carries the archive's version (releases/caching/freshness.py):
any change of the archive, or a scheduled release falling due, makes them stale at once.
Bulk writes (``bulk_create``, ``QuerySet.update``) send no signals: code that makes
them calls ``after_bulk_write()`` when done.
"""

import hashlib

from django.core.cache import cache
from django.db import connection

from releases.caching import freshness

# Entries of past versions are left to expire after this long.
TIMEOUT = 3600


def after_bulk_write():
    """Call after bulk_create/update of releases: moves the archive's version on and
    refreshes the query planner's statistics (SQLite has none until ANALYZE, and without
    them it may scan every release to find one speaker's ten appearances)."""
    freshness.bump()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def cached_counts(key, compute):
    """compute() -> value, computed once per archive version and cache key."""
    digest = hashlib.sha256(key.encode()).hexdigest()[:32]
    full_key = f"releases:counts:{freshness.current().tag}:{digest}"
    value = cache.get(full_key)
    if value is None:
        value = compute()
        cache.set(full_key, value, TIMEOUT)
    return value
