"""Versions of a release for editors: what a version holds, and what changed between two.

django-reversion stores them (registered at the end of releases.models): one revision per
save, holding the release and every part. A snapshot is the same data read either from a
revision or from the database, so a version can be compared with another or with now.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

import reversion
from django.db.models.fields.files import FieldFile
from django.utils import timezone
from django.utils.text import capfirst
from reversion.models import Version

from releases.models import RELEASE_PARTS, Release

# Bookkeeping that every save changes or that follows from another field: never a change.
IGNORED = {"id", "release_id", "created", "modified", "published_month"}
EMPTY = "(空)"


def _plain(value):
    if isinstance(value, FieldFile):
        return value.name or ""
    if isinstance(value, list):  # many-to-many: the order means nothing
        return sorted(value)
    return value


def _values(model, values: dict) -> dict:
    return {name: _plain(value) for name, value in values.items() if name not in IGNORED}


def _part_models():
    return {name: Release._meta.get_field(name).related_model for name in RELEASE_PARTS}


@dataclass
class Snapshot:
    """A release and its parts: field values by attname, parts by relation and id."""

    fields: dict
    parts: dict = field(default_factory=dict)  # relation -> {object id: values}
    names: dict = field(default_factory=dict)  # (relation, object id) -> how it reads

    @classmethod
    def of_release(cls, release: Release) -> Snapshot:
        """The release as it is in the database now."""
        values = {f.attname: getattr(release, f.attname) for f in Release._meta.concrete_fields}
        for m2m in Release._meta.many_to_many:
            values[m2m.attname] = list(getattr(release, m2m.name).values_list("pk", flat=True))
        snapshot = cls(_values(Release, values))
        for relation, model in _part_models().items():
            snapshot.parts[relation] = {}
            for part in getattr(release, relation).all():
                key = str(part.pk)
                part_values = {f.attname: getattr(part, f.attname) for f in model._meta.fields}
                snapshot.parts[relation][key] = _values(model, part_values)
                snapshot.names[relation, key] = str(part)
        return snapshot

    @classmethod
    def of_version(cls, version: Version) -> Snapshot:
        """The release as a version of it kept it."""
        release_id = version.object_id
        snapshot = cls({}, {relation: {} for relation in RELEASE_PARTS})
        by_model = {model: relation for relation, model in _part_models().items()}
        for kept in version.revision.version_set.select_related("content_type"):
            model = kept._model
            if model is Release and kept.object_id == release_id:
                snapshot.fields = _values(Release, kept.field_dict)
            elif model in by_model and str(kept.field_dict.get("release_id")) == release_id:
                relation = by_model[model]
                snapshot.parts[relation][kept.object_id] = _values(model, kept.field_dict)
                snapshot.names[relation, kept.object_id] = kept.object_repr
        return snapshot


@dataclass
class FieldChange:
    name: str
    label: str
    old: str
    new: str


@dataclass
class PartChange:
    kind: str  # "added", "removed" or "changed"
    model_name: str
    label: str
    fields: list[FieldChange]

    @property
    def kind_label(self):
        return {"added": "新增", "removed": "删除", "changed": "修改"}[self.kind]


@dataclass
class Diff:
    fields: list[FieldChange]
    parts: list[PartChange]

    def __bool__(self):
        return bool(self.fields or self.parts)


def _field_changes(model, old: dict, new: dict) -> list[FieldChange]:
    changes = []
    fields = [*model._meta.concrete_fields, *model._meta.many_to_many]
    for f in fields:
        name = f.attname
        if name in IGNORED or old.get(name) == new.get(name):
            continue
        changes.append(
            FieldChange(
                name=f.name,
                label=capfirst(f.verbose_name),
                old=display(model, name, old.get(name)),
                new=display(model, name, new.get(name)),
            )
        )
    return changes


def _sort_key(values: dict, key: str):
    return (values.get("order") or 0, int(key) if key.isdigit() else key)


def diff(old: Snapshot, new: Snapshot) -> Diff:
    """What changed from old to new: release fields, then parts added, removed or changed."""
    result = Diff(_field_changes(Release, old.fields, new.fields), [])
    for relation, model in _part_models().items():
        before, after = old.parts.get(relation, {}), new.parts.get(relation, {})
        keys = sorted(
            before.keys() | after.keys(),
            key=lambda k: _sort_key(after.get(k) or before.get(k), k),
        )
        verbose = str(model._meta.verbose_name)
        for key in keys:
            name = new.names.get((relation, key)) or old.names.get((relation, key), key)
            if key not in before:
                fields = _field_changes(model, {}, after[key])
                result.parts.append(PartChange("added", verbose, name, fields))
            elif key not in after:
                fields = _field_changes(model, before[key], {})
                result.parts.append(PartChange("removed", verbose, name, fields))
            else:
                fields = _field_changes(model, before[key], after[key])
                if fields:
                    result.parts.append(PartChange("changed", verbose, name, fields))
    return result


def display(model, attname: str, value) -> str:
    """A stored value as an editor reads it: names for ids, labels for choices, local time."""
    if value is None or value == "" or value == []:
        return EMPTY
    f = next(
        f for f in [*model._meta.concrete_fields, *model._meta.many_to_many] if f.attname == attname
    )
    if f.many_to_many:
        names = f.related_model._base_manager.filter(pk__in=value).values_list("name", flat=True)
        return "、".join(sorted(names)) or EMPTY
    if f.is_relation:
        related = f.related_model._base_manager.filter(pk=value).first()
        return str(related) if related is not None else f"#{value}(已删除)"
    if f.choices:
        return str(dict(f.flatchoices).get(value, value))
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).strftime("%Y-%m-%d %H:%M:%S")
    return str(value)


def versions_of(release_id) -> list[Version]:
    """The release's versions, newest first, with who saved each."""
    return list(
        Version.objects.get_for_object_reference(Release, release_id)
        .select_related("revision__user")
        .order_by("-pk")
    )


def latest_version_id(release_id) -> int | None:
    return (
        Version.objects.get_for_object_reference(Release, release_id)
        .order_by("-pk")
        .values_list("pk", flat=True)
        .first()
    )


def keep_first_version(release: Release) -> None:
    """A release that has no version yet (loaded from a fixture, made before versions were
    kept) gets one of its present state, so an editor's first save can be undone."""
    if latest_version_id(release.pk) is None:
        with reversion.create_revision():
            reversion.set_comment("首个版本:编辑前的内容")
            reversion.add_to_revision(release)
