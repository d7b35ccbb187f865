"""Cached aggregates over the archive (facet and archive counts), dropped whenever it changes.

Counting over 100,000 releases costs tens of milliseconds, so the counts are kept in
Django's cache under a key that carries a version; any save or delete of a release or
of what it links to replaces the version, so every cached count goes stale at once.
Bulk writes (``bulk_create``, ``QuerySet.update``) send no signals: code that makes
them calls ``invalidate()`` when done. A release scheduled for later appears when due,
without a save: entries computed before that moment expire at it.
"""

import hashlib
import time

from django.core.cache import cache
from django.db import connection, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone

VERSION_KEY = "releases:counts-version"
# An upper bound on staleness when the cache is per process (LocMemCache) and an
# editor's save reached another worker.
TIMEOUT = 600


def invalidate(**kwargs):
    cache.set(VERSION_KEY, str(time.time_ns()), None)


def recount(**kwargs):
    """On an editor's change: drop the cached counts and, once the change is committed,
    count the whole archive again (the index's facets and the months), so that the next
    reader does not wait about a second for them. Each further call in the same
    transaction finds the counts cached."""
    invalidate()
    transaction.on_commit(count_archive, robust=True)


def count_archive():
    from releases.browse_views import month_counts
    from releases.filters import filter_releases
    from releases.models import Release

    filter_releases({}, Release.objects.published())
    month_counts()


def after_bulk_write():
    """Call after bulk_create/update of releases: drops the cached counts and refreshes the
    query planner's statistics (SQLite has none until ANALYZE, and without them it may scan
    every release to find one speaker's ten appearances)."""
    invalidate()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def _version():
    return cache.get_or_set(VERSION_KEY, lambda: str(time.time_ns()), None)


def cached_counts(key, compute):
    """compute() -> value, computed once per archive version and cache key."""
    from releases.models import Release

    digest = hashlib.sha256(key.encode()).hexdigest()[:32]
    full_key = f"releases:counts:{_version()}:{digest}"
    value = cache.get(full_key)
    if value is None:
        value = compute()
        timeout = TIMEOUT
        due = (
            Release.objects.filter(status=Release.Status.PUBLISHED, published_at__gt=timezone.now())
            .order_by("published_at")
            .values_list("published_at", flat=True)
            .first()
        )
        if due is not None:
            timeout = max(1, min(TIMEOUT, int((due - timezone.now()).total_seconds()) + 1))
        cache.set(full_key, value, timeout)
    return value


def connect():
    from releases.models import Appearance, Organisation, Release, Speaker, Topic

    for model in (Release, Appearance, Speaker, Organisation, Topic):
        post_save.connect(recount, sender=model, dispatch_uid=f"counts-save-{model.__name__}")
        post_delete.connect(recount, sender=model, dispatch_uid=f"counts-delete-{model.__name__}")
    m2m_changed.connect(recount, sender=Release.topics.through, dispatch_uid="counts-topics")
