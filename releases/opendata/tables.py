"""The tables of an archive dump, defined once: their columns and types (for the CSV files
and datapackage.json), the rows of the public archive (export) and the models they fill
(import_archive).

Only what the public may see is exported: published and withdrawn releases that are due
(a withdrawn one keeps its page), the speakers, organisations, topics and outlets that
appear in them (the site shows no other), and the published and cancelled notices.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.db.models import Count
from django.urls import reverse
from django.utils import timezone

from releases.api.data import number
from releases.models import (
    Appearance,
    ChangeNote,
    Credit,
    Figure,
    Notice,
    Organisation,
    Outlet,
    OutletAlias,
    Photo,
    Release,
    Segment,
    Speaker,
    Topic,
    published_condition,
)
from releases.stats import names

CHUNK = 2000
# Datetimes are local time with microseconds and the offset (2023-05-31T10:00:00.000000+08:00),
# so an import restores them exactly.
DATETIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%f%z"


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # a Table Schema type: integer, string, number, boolean, date, datetime
    description: str
    attname: str | None = None  # the model field it restores (None: derived, not loaded)
    required: bool = False
    references: str | None = None  # the table whose id it holds (a foreign key)
    lookup: str | None = None  # what it is read from when not a field of its own model

    @property
    def source(self) -> str | None:
        """The query lookup its values are read by (None: made from other columns)."""
        return self.lookup or self.attname

    def to_text(self, value) -> str:
        if value is None:
            return ""
        if self.type == "datetime":
            return timezone.localtime(value).isoformat(timespec="microseconds")
        if self.type == "date":
            return value.isoformat()
        if self.type == "number":
            return number(value)
        if self.type == "boolean":
            return "true" if value else "false"
        return str(value)

    def from_text(self, text: str):
        if self.type == "string":
            return text
        if text == "":
            return None
        if self.type == "integer":
            return int(text)
        if self.type == "datetime":
            return datetime.datetime.strptime(text, DATETIME_FORMAT)
        if self.type == "date":
            return datetime.date.fromisoformat(text)
        if self.type == "number":
            return Decimal(text)
        if self.type == "boolean":
            return text == "true"
        raise ValueError(self.type)

    def schema(self) -> dict:
        field = {"name": self.name, "type": self.type, "description": self.description}
        if self.type == "datetime":
            field["format"] = DATETIME_FORMAT
        if self.required:
            field["constraints"] = {"required": True}
        return field


def _col(name, type_, description, attname=..., required=False, lookup=None):
    """A column that restores the model field of the same name unless told otherwise."""
    attname = name if attname is ... else attname
    return Column(name, type_, description, attname, required, lookup=lookup)


def _id(description="id, as on the site"):
    return _col("id", "integer", description, required=True)


def _ref(name, table, description, required=True):
    return Column(name, "integer", f"{description} ({table}.id)", name, required, table)


@dataclass(frozen=True)
class Table:
    name: str
    title: str
    columns: tuple[Column, ...]
    rows: Callable[[Snapshot], Iterable[tuple]]  # the values of one row, in column order
    model: type | None = None  # None: derived from the others, not loaded
    primary_key: tuple[str, ...] = ("id",)

    @property
    def foreign_keys(self) -> dict[str, str]:
        """Column -> the table it refers to, from the columns themselves."""
        return {column.name: column.references for column in self.columns if column.references}

    @property
    def path(self) -> str:
        return f"{self.name}.csv"

    def resource(self) -> dict:
        """The table as a Frictionless tabular data resource."""
        schema = {
            "fields": [column.schema() for column in self.columns],
            "missingValues": [""],
        }
        if self.primary_key:
            schema["primaryKey"] = list(self.primary_key)
        if self.foreign_keys:
            schema["foreignKeys"] = [
                {"fields": column, "reference": {"resource": table, "fields": "id"}}
                for column, table in self.foreign_keys.items()
            ]
        return {
            "name": self.name,
            "title": self.title,
            "path": self.path,
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "schema": schema,
        }

    def instance(self, values: dict):
        """The model row of one CSV row (already converted by from_text)."""
        kwargs = {
            column.attname: values[column.name]
            for column in self.columns
            if column.attname is not None
        }
        row = self.model(**kwargs)
        if self.model in (Outlet, OutletAlias):
            row.key = names.key(row.name)  # set by save(), which bulk_create skips
        return row


class Snapshot:
    """The public archive at one moment: every table filters on the same "now"."""

    def __init__(self, now=None):
        self.now = now or timezone.now()
        self.site = settings.SITE_URL

    def public(self, prefix=""):
        return published_condition(prefix, self.now)

    def releases(self):
        return Release.objects.filter(self.public())

    def url(self, name, pk):
        return f"{self.site}{reverse(name, args=[pk])}"

    def rows(self, queryset, *fields) -> Iterator[tuple]:
        return queryset.values_list(*fields).iterator(chunk_size=CHUNK)


def _read(columns) -> tuple[str, ...]:
    """The query lookups of the columns that are read, not made from others."""
    return tuple(column.source for column in columns if column.source)


# Columns of several tables.
_RELEASE_ID = _ref("release_id", "releases", "release")
_ORDER = _col("order", "integer", "order on the release, from 1")
_CREATED = _col("created", "datetime", "when the record was created")
_MODIFIED = _col("modified", "datetime", "when the record was last saved")

# The url column comes second, made from the id and the publication time.
_RELEASE_COLUMNS = (
    _id(),
    _col("url", "string", "the release's page", attname=None),
    _col("title", "string", "title", required=True),
    _col("kicker", "string", "label before the title, e.g. 权威发布"),
    _col("channel", "string", "the site's channel, e.g. 威海要闻"),
    _col("source", "string", "source"),
    _col("event_date", "date", "date of the press conference"),
    _col("event_place", "string", "place of the press conference"),
    _col("host_office", "string", "office that held it, e.g. 市政府新闻办"),
    _col("lead", "string", "lead paragraph"),
    _col("body", "string", "text of a release without questions; paragraphs split by a blank line"),
    _col("editor", "string", "editor"),
    _col("published_at", "datetime", "publication time", required=True),
    _col("updated_at", "datetime", "time of the last public correction"),
    _CREATED,
    _MODIFIED,
    _col("fingerprint", "string", "sha256 of the imported text, normalised (empty if typed in)"),
    _col("status", "string", "published, or withdrawn (its page stays, with a notice)"),
    _col("withdrawn_at", "datetime", "when it was withdrawn"),
    _col("withdrawal_reason", "string", "why it was withdrawn"),
    _col("language", "string", "language and script as printed: zh-Hans, zh-Hant or en"),
)


def _release_rows(s: Snapshot):
    fields = _read(_RELEASE_COLUMNS)
    at = fields.index("published_at") - 1
    for pk, *values in s.rows(s.releases().order_by("pk"), *fields):
        year = timezone.localtime(values[at]).year
        yield (pk, f"{s.site}{reverse('releases:detail', args=[year, pk])}", *values)


RELEASES = Table("releases", "Releases", _RELEASE_COLUMNS, _release_rows, Release)


def _people(model, lookup):
    def rows(s: Snapshot):
        public = Appearance.objects.filter(s.public("release__")).values(lookup)
        name = f"releases:{model._meta.model_name}"
        for pk, title in s.rows(model.objects.filter(pk__in=public).order_by("pk"), "pk", "name"):
            yield (pk, title, s.url(name, pk))

    return rows


def _named(name, title, model, rows):
    return Table(
        name,
        title,
        (
            _id(),
            _col("name", "string", "name", required=True),
            _col("url", "string", "page on the site", attname=None),
        ),
        rows,
        model,
    )


SPEAKERS = _named("speakers", "Speakers", Speaker, _people(Speaker, "speaker_id"))
ORGANISATIONS = _named(
    "organisations", "Organisations", Organisation, _people(Organisation, "organisation_id")
)


def _topic_rows(s: Snapshot):
    topics = Topic.objects.filter(releases__in=s.releases().values("pk")).distinct()
    for pk, name in s.rows(topics.order_by("pk"), "pk", "name"):
        yield (pk, name, s.url("releases:topic", pk))


TOPICS = _named("topics", "Topics", Topic, _topic_rows)


def _part_rows(model, *fields):
    def rows(s: Snapshot):
        parts = model.objects.filter(s.public("release__")).order_by("release_id", "pk")
        return s.rows(parts, *fields)

    return rows


# The first columns of a table of parts of releases.
_PART_KEYS = (_id(), _RELEASE_ID)


def _part(name, title, model, *columns):
    """The table of one kind of part of the public releases, each column read as it says."""
    columns = (*_PART_KEYS, *columns)
    return Table(name, title, columns, _part_rows(model, *_read(columns)), model)


def _release_topic_rows(s: Snapshot):
    links = Release.topics.through.objects.filter(s.public("release__"))
    return s.rows(links.order_by("release_id", "topic_id"), "release_id", "topic_id")


RELEASE_TOPICS = Table(
    "release_topics",
    "Topics of each release",
    (_RELEASE_ID, _ref("topic_id", "topics", "topic")),
    _release_topic_rows,
    Release.topics.through,
    primary_key=("release_id", "topic_id"),
)

# The title line comes after the position, made from the organisation's name and it.
_APPEARANCE_COLUMNS = (
    _id("id (answerer_id in segments)"),
    _RELEASE_ID,
    _ref("speaker_id", "speakers", "speaker"),
    _ref("organisation_id", "organisations", "organisation", required=False),
    _col("position", "string", "position as printed in the release"),
    _col("title_line", "string", "organisation and position as one line", attname=None),
    _col("role", "string", "speaker or host", required=True),
    _col("order", "integer", "order on the release, from 1", required=True),
)


def _appearance_rows(s: Snapshot):
    parts = (
        Appearance.objects.filter(s.public("release__"))
        .order_by("release_id", "order")
        .values_list(*_read(_APPEARANCE_COLUMNS), "organisation__name")
    )
    for *row, organisation in parts.iterator(chunk_size=CHUNK):
        pk, release, speaker, org, position, role, order = row
        title_line = Appearance.join_title_line(organisation or "", position)
        yield (pk, release, speaker, org, position, title_line, role, order)


APPEARANCES = Table(
    "appearances",
    "Speakers at each release, with the position printed then",
    _APPEARANCE_COLUMNS,
    _appearance_rows,
    Appearance,
)

SEGMENTS = _part(
    "segments",
    "Questions and answers",
    Segment,
    _col("order", "integer", "order on the release, from 1; the page's anchor is q<order>"),
    _col("question", "string", "the question (empty for an opening statement)"),
    _col("asker", "string", "who asked, as printed, e.g. 大众日报记者"),
    _ref("asker_outlet_id", "outlets", "the outlet the asker counts as", required=False),
    _ref("answerer_id", "appearances", "who answered", required=False),
    _col(
        "answerer_speaker_id",
        "integer",
        "who answered (speakers.id)",
        attname=None,
        lookup="answerer__speaker_id",
    ),
    _col("answer", "string", "the answer; paragraphs split by a blank line, ★ starts a heading"),
)

FIGURES = _part(
    "figures",
    "Key figures quoted in the answers",
    Figure,
    _ref("segment_id", "segments", "the answer quoting it", required=False),
    _ORDER,
    _col("value", "number", "the value: 16.9万套 is 169000", required=True),
    _col("unit", "string", "unit, e.g. 套 or %"),
    _col("label", "string", "what it counts"),
    _col("text", "string", "as printed, e.g. 16.9万套"),
    _col("headline", "boolean", "shown as a headline figure"),
)

CREDITS = _part(
    "credits",
    "Credit lines",
    Credit,
    _ORDER,
    _col("role", "string", "role, e.g. 文 or 图"),
    _col("name", "string", "name"),
)

# The url column comes after the image, made from its name.
_PHOTO_COLUMNS = (
    *_PART_KEYS,
    _ORDER,
    _col("image", "string", "the file's name in the site's media storage"),
    _col("url", "string", "the image on the site", attname=None),
    _col("width", "integer", "width in pixels"),
    _col("height", "integer", "height in pixels"),
    _col("content_type", "string", "the file's real format, e.g. image/jpeg"),
    _col("caption", "string", "caption"),
    _col("alt_text", "string", "text alternative", required=True),
    _col("credit", "string", "photographer"),
)


def _photo_rows(s: Snapshot):
    media = f"{s.site}{settings.MEDIA_URL}"
    for pk, release, order, image, *rest in _part_rows(Photo, *_read(_PHOTO_COLUMNS))(s):
        yield (pk, release, order, image, f"{media}{image}", *rest)


PHOTOS = Table(
    "photos",
    "Photos (the image files are not in the dump; their URLs are)",
    _PHOTO_COLUMNS,
    _photo_rows,
    Photo,
)

CHANGE_NOTES = _part(
    "change_notes",
    "Public notes on corrections",
    ChangeNote,
    _col("noted_at", "datetime", "time of the correction"),
    _col("text", "string", "the note"),
)


def _asked(s: Snapshot):
    return Segment.objects.filter(s.public("release__")).values("asker_outlet_id")


def _outlet_rows(s: Snapshot):
    outlets = (
        Outlet.objects.filter(pk__in=_asked(s))
        .annotate(asked=Count("questions", filter=s.public("questions__release__")))
        .order_by("pk")
    )
    for pk, name, asked in s.rows(outlets, "pk", "name", "asked"):
        yield (pk, name, s.url("releases:outlet", pk), asked)


OUTLETS = Table(
    "outlets",
    "Outlets that asked questions (one outlet however its name is printed)",
    (
        _id(),
        _col("name", "string", "name", required=True),
        _col("url", "string", "page on the site", attname=None),
        _col("segments", "integer", "segments whose asker counts as it", attname=None),
    ),
    _outlet_rows,
    Outlet,
)


def _alias_rows(s: Snapshot):
    aliases = OutletAlias.objects.filter(outlet__in=_asked(s)).order_by("pk")
    return s.rows(aliases, "pk", "outlet_id", "name")


OUTLET_ALIASES = Table(
    "outlet_aliases",
    "Other spellings of outlets' names",
    (
        _id(),
        _ref("outlet_id", "outlets", "outlet"),
        _col("name", "string", "the other spelling", required=True),
    ),
    _alias_rows,
    OutletAlias,
)

# The url column comes second, made from the id.
_NOTICE_COLUMNS = (
    _id(),
    _col("url", "string", "the notice's page", attname=None),
    _col("title", "string", "title", required=True),
    _col("starts_at", "datetime", "when it begins", required=True),
    _col("ends_at", "datetime", "when it ends (empty: not given)"),
    _col("place", "string", "place"),
    _col("host_office", "string", "office that holds it"),
    _col("speakers", "string", "expected speakers, one a line"),
    _col("description", "string", "description"),
    _col("status", "string", "published, or cancelled", required=True),
    _ref("release_id", "releases", "the transcript, once public", required=False),
    _CREATED,
    _MODIFIED,
)


def _notice_rows(s: Snapshot):
    """Published and cancelled notices (never drafts); the transcript only when it is in
    the dump, as the site links it only once it is public."""
    notices = Notice.objects.published().order_by("pk")
    fields = _read(_NOTICE_COLUMNS)
    public = s.releases().values("pk")
    linked = set(notices.filter(release__in=public).values_list("pk", flat=True))
    for pk, *values in s.rows(notices, *fields):
        row = dict(zip(fields[1:], values, strict=True))
        if pk not in linked:
            row["release_id"] = None
        yield (pk, s.url("releases:notice", pk), *row.values())


NOTICES = Table(
    "notices",
    "Notices of press conferences (发布会预告), published or cancelled",
    _NOTICE_COLUMNS,
    _notice_rows,
    Notice,
)

# In an order that loads: every table after the tables it refers to.
TABLES = (
    SPEAKERS,
    ORGANISATIONS,
    TOPICS,
    OUTLETS,
    OUTLET_ALIASES,
    RELEASES,
    RELEASE_TOPICS,
    APPEARANCES,
    SEGMENTS,
    FIGURES,
    CREDITS,
    PHOTOS,
    CHANGE_NOTES,
    NOTICES,
)
