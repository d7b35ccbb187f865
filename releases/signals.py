"""What follows an editor's save or delete: the archive's version (and with it every cached
page and count), the counts recomputed, and the search index.

Wired once, from ReleasesConfig.ready(). Bulk writes (``bulk_create``,
``QuerySet.update``) send no signals: code that makes them calls
``releases.search.index.index_releases(ids)`` and ``releases.listing.cache.after_bulk_write()``
when done, as the importer and the synthetic-data generator do.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.utils import timezone

from releases.caching import fragments, freshness
from releases.listing import cache as caching
from releases.listing.counts import count_archive
from releases.search import index

# True inside bulk_writes(): the hooks below leave the work to the writer and to its end.
_deferred = ContextVar("bulk_writes", default=False)


def _part_touched(sender, instance, **kwargs):
    """A part of a release changed: the release's own version (``modified``) moves on, so
    that the fragments of its page are made again."""
    from releases.models import Release

    Release.objects.filter(pk=instance.release_id).update(modified=timezone.now())


def _notice_linking(sender, instance, **kwargs):
    """Before a notice is saved: remember the release it linked to, which may change."""
    instance._linked_release_id = (
        sender.objects.filter(pk=instance.pk).values_list("release_id", flat=True).first()
        if instance.pk
        else None
    )


def _notice_touched(sender, instance, **kwargs):
    """A release's page links to its notice: the releases it links to, before and after,
    are made again."""
    from releases.models import Release

    ids = {instance.release_id, getattr(instance, "_linked_release_id", None)} - {None}
    if ids:
        Release.objects.filter(pk__in=ids).update(modified=timezone.now())


def _topics_touched(sender, instance, pk_set=None, reverse=False, action="", **kwargs):
    from releases.models import Release

    if action.startswith("post_"):
        ids = (pk_set or []) if reverse else [instance.pk]
        Release.objects.filter(pk__in=ids).update(modified=timezone.now())


def _name_touched(**kwargs):
    fragments.names_changed()


def _after_commit():
    freshness.bump()
    count_archive()


@contextmanager
def bulk_writes():
    """For a writer of many releases, one transaction each (the bulk import) that indexes
    each release itself once written: saves inside leave the search index alone (a release
    would otherwise be indexed again for each of its parts) and the archive's version and
    counts too; those move on once, at the end. Without it, every commit would also count
    the whole archive again (about a second at 100,000 releases on SQLite)."""
    token = _deferred.set(True)
    try:
        yield
    finally:
        _deferred.reset(token)
        caching.after_bulk_write()
        count_archive()


def _archive_changed(**kwargs):
    """A new archive version now (this request's own reads see the change) and again once
    the change is committed (a reader in between may have cached the old state under the
    new version); then the whole archive is counted again (the index's facets and the
    months), so that the next reader does not wait for them. Once per transaction."""
    if _deferred.get():
        return
    freshness.bump()
    connection = transaction.get_connection()
    pending = connection.in_atomic_block and any(
        func is _after_commit for _, func, _ in connection.run_on_commit
    )
    if not pending:
        transaction.on_commit(_after_commit, robust=True)


def _release_saved(sender, instance, **kwargs):
    if _deferred.get():
        return
    index.index_releases([instance.pk])


def _release_deleted(sender, instance, **kwargs):
    index.remove([instance.pk])


def _part_changed(sender, instance, **kwargs):
    if _deferred.get():
        return
    index.index_releases([instance.release_id])


def _name_changed(sender, instance, created=False, **kwargs):
    """A renamed speaker, organisation or topic changes the text of every release it is in."""
    from releases.models import Release

    if created:
        return
    name = sender._meta.model_name
    lookup = {"speaker": "appearances__speaker", "organisation": "appearances__organisation"}
    releases = Release.objects.filter(**{lookup.get(name, "topics"): instance})
    ids = list(releases.values_list("pk", flat=True).distinct())
    for start in range(0, len(ids), 500):
        index.index_releases(ids[start : start + 500])


def _topics_changed(sender, instance, action, pk_set, reverse, **kwargs):
    if not action.startswith("post_"):
        return
    if reverse:
        index.index_releases(pk_set or [])
    else:
        index.index_releases([instance.pk])


def _on_save_and_delete(handler, models, uid, delete=True):
    for model in models:
        name = model.__name__
        post_save.connect(handler, sender=model, dispatch_uid=f"{uid}-save-{name}")
        if delete:
            post_delete.connect(handler, sender=model, dispatch_uid=f"{uid}-delete-{name}")


def connect():
    from releases.models import (
        PART_MODELS,
        Appearance,
        Figure,
        Notice,
        Organisation,
        Outlet,
        OutletAlias,
        Release,
        Segment,
        Speaker,
        Topic,
    )

    names = (Speaker, Organisation, Topic)
    outlets = (Outlet, OutletAlias)
    parts = PART_MODELS
    topics = Release.topics.through

    post_save.connect(_release_saved, sender=Release, dispatch_uid="search-save-Release")
    post_delete.connect(_release_deleted, sender=Release, dispatch_uid="search-delete-Release")
    _on_save_and_delete(_part_changed, (Appearance, Segment, Figure), "search")
    _on_save_and_delete(_name_changed, names, "search", delete=False)
    m2m_changed.connect(_topics_changed, sender=topics, dispatch_uid="search-topics")

    _on_save_and_delete(_part_touched, parts, "touch")
    _on_save_and_delete(_name_touched, names, "names")
    # A release page links each asker to its outlet: merging or deleting outlets changes it.
    _on_save_and_delete(_name_touched, (Outlet,), "names")
    m2m_changed.connect(_topics_touched, sender=topics, dispatch_uid="touch-topics")
    pre_save.connect(_notice_linking, sender=Notice, dispatch_uid="touch-notice-before")
    _on_save_and_delete(_notice_touched, (Notice,), "touch")

    # After the search index's handlers: when a save commits at once, the counts are
    # made from the index as it now stands.
    _on_save_and_delete(_archive_changed, (Release, *parts, *names, *outlets, Notice), "archive")
    m2m_changed.connect(_archive_changed, sender=topics, dispatch_uid="archive-topics")
