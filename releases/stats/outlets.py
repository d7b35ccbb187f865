"""Finding the outlet of a printed asker, and merging two outlets into one."""

from django.db import IntegrityError, transaction
from django.db.models import Q

from releases.models import Outlet, OutletAlias, Segment
from releases.stats import names


def find(printed):
    """The known outlet of a printed asker, by its name or an alias (None if none)."""
    key = names.key(printed)
    if not key:
        return None
    return Outlet.objects.filter(Q(key=key) | Q(aliases__key=key)).first()


def resolve(printed):
    """The outlet of a printed asker, created when new; None for an empty or bare 记者."""
    outlet = find(printed)
    if outlet is not None or not names.key(printed):
        return outlet
    name = names.display_name(printed)[: Outlet._meta.get_field("name").max_length]
    try:
        with transaction.atomic():
            return Outlet.objects.create(name=name)
    except IntegrityError:  # created a moment ago by another writer
        return find(printed)


def resolve_all(segments):
    """Set asker_outlet on segments (unsaved or to be saved by the caller) that have an asker
    and no outlet yet; each spelling is looked up once."""
    found = {}
    for segment in segments:
        if segment.asker and segment.asker_outlet_id is None:
            if segment.asker not in found:
                found[segment.asker] = resolve(segment.asker)
            segment.asker_outlet = found[segment.asker]


@transaction.atomic
def merge(target, others):
    """Move the questions and aliases of ``others`` to ``target``; their names become
    aliases of ``target`` and they are deleted. Returns the number of questions moved."""
    others = [o for o in others if o.pk != target.pk]
    moved = Segment.objects.filter(asker_outlet__in=others).update(asker_outlet=target)
    OutletAlias.objects.filter(outlet__in=others).update(outlet=target)
    spellings = [o.name for o in others]
    for outlet in others:
        outlet.delete()
    for name in spellings:
        if names.key(name) != target.key:
            OutletAlias.objects.create(outlet=target, name=name)
    return moved
