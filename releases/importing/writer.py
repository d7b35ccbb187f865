"""Turning pasted text into a draft release: one transaction, people and bodies reused by name.

The parsing is releases.importing.parser (plain Python); this module only maps its result onto the
models. The same text imported twice is found by its fingerprint and not created again.
"""

from __future__ import annotations

import datetime
import hashlib
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

import reversion
from django.db import IntegrityError, transaction
from django.utils import timezone

from releases import search
from releases.editing import answers
from releases.importing.parser import ParsedRelease, parse_article
from releases.importing.parser.people import looks_like_name
from releases.importing.parser.text import fold_script, normalise
from releases.models import (
    Appearance,
    Credit,
    Figure,
    Organisation,
    Release,
    Segment,
    Speaker,
)
from releases.stats import outlets

# Figure.value is DecimalField(max_digits=20, decimal_places=4).
_MAX_FIGURE = Decimal(10) ** 16
# The parser's language ("zh" is simplified Chinese) as Release.language.
LANGUAGES = {
    "zh": Release.Language.HANS,
    "zh-Hant": Release.Language.HANT,
    "en": Release.Language.EN,
}
PARSER_LANGUAGES = {language: code for code, language in LANGUAGES.items()}


def fingerprint(text: str) -> str:
    """sha256 of the text as the importer reads it, blind to what copy-paste changes:
    line ends, a BOM, spacing and indentation, full- or half-width punctuation and digits,
    traditional or simplified characters."""
    normalised, _ = normalise(text)
    normalised = re.sub(r"\s+", "", fold_script(normalised))
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


@dataclass
class ImportResult:
    parsed: ParsedRelease
    fingerprint: str
    release: Release | None = None  # None on a dry run
    duplicate_of: Release | None = None
    notes: list[str] = field(default_factory=list)  # what needs checking, for the editor

    @property
    def created(self) -> bool:
        return self.release is not None and self.duplicate_of is None

    def summary(self) -> str:
        """One line: what was found."""
        p = self.parsed
        return (
            f"「{p.title}」:{len(p.speakers)} 位发言人,{len(p.segments)} 个问答,"
            f"{len(p.figures)} 个关键数据,{len(p.credits)} 条署名"
        )


class EmptyArticle(ValueError):
    """The text holds nothing but whitespace: there is no draft to make of it."""


def is_blank(text: str | None) -> bool:
    return not (text or "").replace("\ufeff", "").strip()


def import_text(text: str, *, dry_run: bool = False, user=None) -> ImportResult:
    """Parse text and, unless dry_run or already imported, create a draft release, kept as
    its first version (saved by user, when an editor imports in the admin).

    Blank text raises EmptyArticle: an untitled empty draft helps nobody.
    """
    if is_blank(text):
        raise EmptyArticle("文本为空")
    fp = fingerprint(text)
    parsed = parse_article(text)
    result = ImportResult(parsed, fp, notes=list(parsed.warnings))
    result.duplicate_of = Release.objects.filter(fingerprint=fp).first()
    if dry_run or result.duplicate_of:
        return result
    return write(parsed, fp, result, user=user)


def write(
    parsed: ParsedRelease, fp: str, result: ImportResult | None = None, user=None
) -> ImportResult:
    """Create the draft for parsed text, all or nothing (one transaction)."""
    result = result or ImportResult(parsed, fp, notes=list(parsed.warnings))
    try:
        with transaction.atomic(), reversion.create_revision():
            reversion.set_comment("从文本导入")
            reversion.set_user(user)
            result.release = _create_release(parsed, fp, result.notes)
            # Figures and credits were bulk-created, which sends no signals: the version
            # and the search index are made from the release once all its parts exist.
            reversion.add_to_revision(result.release)
            search.index_release(result.release)
    except IntegrityError:
        # Imported by someone else a moment ago: the fingerprint is unique.
        result.duplicate_of = Release.objects.filter(fingerprint=fp).first()
        if result.duplicate_of is None:
            raise
    return result


def _fit(value: str | None, model, name: str, notes: list[str]) -> str:
    """Text cut to the column's length, with a note when something was cut."""
    value = (value or "").strip()
    limit = model._meta.get_field(name).max_length
    if limit and len(value) > limit:
        notes.append(
            f"{model._meta.verbose_name}的{model._meta.get_field(name).verbose_name}"
            f"超过 {limit} 字,已截断"
        )
        value = value[:limit]
    return value


def _published_at(date: str | None) -> datetime.datetime | None:
    if not date:
        return None
    day = datetime.date.fromisoformat(date)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))


def _create_release(parsed: ParsedRelease, fp: str, notes: list[str]) -> Release:
    release = Release.objects.create(
        title=_fit(parsed.title, Release, "title", notes) or "未命名的导入稿件",
        kicker=_fit(parsed.kicker, Release, "kicker", notes),
        channel=_fit(parsed.channel, Release, "channel", notes),
        source=_fit(parsed.source, Release, "source", notes),
        event_date=datetime.date.fromisoformat(parsed.event_date) if parsed.event_date else None,
        host_office=_fit(parsed.host_office, Release, "host_office", notes),
        lead=parsed.lead or "",
        body="\n\n".join(parsed.body),
        editor=_fit(parsed.editor, Release, "editor", notes),
        language=LANGUAGES.get(parsed.language, Release.Language.HANS),
        status=Release.Status.DRAFT,
        published_at=_published_at(parsed.published),
        fingerprint=fp,
    )
    appearances = _create_appearances(release, parsed, notes)
    segments = _create_segments(release, parsed, appearances, notes)
    _create_figures(release, parsed, segments, notes)
    Credit.objects.bulk_create(
        Credit(
            release=release,
            role=_fit(c.role, Credit, "role", notes),
            name=_fit(c.name, Credit, "name", notes),
            order=order,
        )
        for order, c in enumerate(parsed.credits, 1)
    )
    return release


def _create_appearances(
    release: Release, parsed: ParsedRelease, notes: list[str]
) -> dict[str, Appearance]:
    appearances: dict[str, Appearance] = {}
    for order, person in enumerate(parsed.speakers, 1):
        name = _fit(person.name, Speaker, "name", notes)
        speaker = Speaker.objects.filter(name=name).order_by("pk").first()
        if speaker is None:
            speaker = Speaker.objects.create(name=name)
        organisation = None
        if person.organisation:
            organisation, _ = Organisation.objects.get_or_create(
                name=_fit(person.organisation, Organisation, "name", notes)
            )
        appearances[person.name] = Appearance(
            release=release,
            speaker=speaker,
            position=_fit(person.position, Appearance, "position", notes),
            organisation=organisation,
            role=person.role,
            order=order,
        )
    # One insert, and no signal per part: the release is indexed once, when complete.
    Appearance.objects.bulk_create(appearances.values())
    return appearances


def _answer_text(segment, lead_answerer: str | None) -> str:
    """The stored answer: paragraphs, ★ headings, and "姓名:" before another answerer's turn.

    A segment has one answerer in the archive; when two officials answered one question,
    the second one's words start with their name so that nothing is misattributed.
    """
    blocks = []
    previous = lead_answerer
    # The parser may name a paragraph's speaker as read (in simplified characters) while the
    # answerers are as printed: the printed name is the one kept.
    printed = {fold_script(name): name for name in segment.answerers}
    for block in segment.blocks:
        text = block["text"]
        speaker = block.get("speaker")
        if speaker:
            speaker = printed.get(fold_script(speaker), speaker)
        if block["kind"] == "paragraph" and speaker and speaker != previous:
            colon = "\uff1a" if re.search(r"[\u4e00-\u9fff]", text) else ": "
            text = f"{speaker}{colon}{text}"
            previous = speaker
        blocks.append(answers.Block(block["kind"], text))
    return answers.join(blocks)


def _asker(asker: str | None) -> str:
    """新华社 → 新华社记者; an English outlet (Reuters) and a council member who asks by
    name (蔣麗芸) stay as printed."""
    if not asker:
        return ""
    if not re.search(r"[\u4e00-\u9fff]", asker) or asker.endswith(("记者", "記者", "网友", "網友")):
        return asker
    outlet = re.search(r"(?:社|台|报|報|网|網|视|視|闻|聞|刊|媒)$", asker)
    if looks_like_name(fold_script(asker)) and not outlet:  # 路透社 is no 路 of a surname
        return asker
    return f"{asker}记者"


def _create_segments(
    release: Release,
    parsed: ParsedRelease,
    appearances: dict[str, Appearance],
    notes: list[str],
) -> list[Segment]:
    segments = []
    for order, s in enumerate(parsed.segments, 1):
        lead_answerer = s.answerers[0] if s.answerers else None
        if len(s.answerers) > 1:
            notes.append(
                f"第 {order} 个问答由 {'、'.join(s.answerers)} 共同回答:回答人记为 {lead_answerer},"
                "其余回答人的段落以姓名开头"
            )
        asker = _fit(_asker(s.asker), Segment, "asker", notes)
        segments.append(
            Segment(
                release=release,
                order=order,
                question=s.question or "",
                asker=asker,
                asker_outlet=outlets.resolve(asker),
                answerer=appearances.get(lead_answerer) if lead_answerer else None,
                answer=_answer_text(s, lead_answerer),
            )
        )
    # Saved one by one, each segment re-indexed the whole release through the signals:
    # the write grew with the square of the article (a megabyte took minutes).
    return Segment.objects.bulk_create(segments, batch_size=500)


def _create_figures(
    release: Release, parsed: ParsedRelease, segments: list[Segment], notes: list[str]
) -> None:
    figures = []
    for f in parsed.figures:
        try:
            value = Decimal(str(f.value)).quantize(Decimal("0.0001"))
        except InvalidOperation:
            value = None
        if value is None or abs(value) >= _MAX_FIGURE:
            notes.append(f"关键数据“{f.text}”数值过大,未导入")
            continue
        segment = segments[f.segment] if f.segment is not None else None
        figures.append(
            Figure(
                release=release,
                segment=segment,
                order=len(figures) + 1,
                value=value,
                unit=_fit(f.unit, Figure, "unit", notes),
                label=_fit(f.label or f.text, Figure, "label", notes),
                text=_fit(f.text, Figure, "text", notes),
            )
        )
    Figure.objects.bulk_create(figures)
