"""Importing many articles at once: files, folders, a stream of texts, several uploads.

Each text goes through writer.import_text in its own transaction, so a bad text costs only
itself; every text's outcome (created, duplicate or failed, and why) is kept for a summary.
While the texts are written (signals.bulk_writes), each release is indexed for search once,
by import_text, and the archive's version and counts move on once, at the end: the drafts
are not public, and recounting the archive after each of 10,000 commits would cost more
than the imports.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from django.urls import reverse

from releases.importing.writer import EmptyArticle, ImportResult, import_text
from releases.signals import bulk_writes

# In a stream of texts (import_release -), a line holding only this separates two texts.
MARKER = "%%%"

CREATED, DUPLICATE, FAILED, DRY_RUN = "created", "duplicate", "failed", "dry-run"
LABELS = {CREATED: "已创建", DUPLICATE: "重复", FAILED: "失败", DRY_RUN: "试运行"}


@dataclass
class Source:
    """One text to import: its name in the summary, and how to get its bytes."""

    name: str
    read: Callable[[], bytes]

    @classmethod
    def of(cls, name: str, data: bytes) -> Source:
        """A text already in memory (a piece of a stream, an upload)."""
        return cls(name, lambda: data)


@dataclass
class Outcome:
    name: str
    result: str  # CREATED, DUPLICATE, FAILED or DRY_RUN
    reason: str = ""  # why it failed, or what it holds
    release_id: int | None = None  # the new draft, or the existing release for a duplicate
    notes: list[str] = field(default_factory=list)
    imported: ImportResult | None = None

    @property
    def label(self) -> str:
        return LABELS[self.result]

    @property
    def admin_url(self) -> str:
        if self.release_id is None:
            return ""
        return reverse("admin:releases_release_change", args=[self.release_id])


def split_stream(data: bytes, name: str = "-") -> list[Source]:
    """The texts of a stream, separated by lines holding only MARKER; blank pieces (before
    the first marker or after the last) are skipped, but a blank stream is one blank text
    (which fails). One text keeps the stream's name; several are named -#1, -#2, …"""
    pieces, current = [], []
    for line in data.splitlines(keepends=True):
        if line.strip() == MARKER.encode():
            pieces.append(b"".join(current))
            current = []
        else:
            current.append(line)
    pieces.append(b"".join(current))
    texts = [piece for piece in pieces if piece.strip(b" \t\r\n\xef\xbb\xbf")] or [data]
    if len(texts) == 1:
        return [Source.of(name, texts[0])]
    return [Source.of(f"{name}#{n}", piece) for n, piece in enumerate(texts, 1)]


def folder_sources(folder: Path) -> list[Source]:
    """Every .txt file directly in the folder, sorted by name."""
    paths = sorted(
        path for path in folder.iterdir() if path.is_file() and path.suffix.lower() == ".txt"
    )
    return [Source(str(path), path.read_bytes) for path in paths]


def sources(names: Iterable[str], stdin: Callable[[], bytes]) -> list[Source]:
    """The texts named on a command line: files, folders of .txt files, and - (a stream)."""
    found = []
    for name in names:
        if name == "-":
            found.extend(split_stream(stdin()))
        elif Path(name).is_dir():
            found.extend(folder_sources(Path(name)))
        else:
            found.append(Source(name, Path(name).read_bytes))
    return found


def decode(data: bytes) -> str:
    """UTF-8 text (a BOM is dropped); ValueError with the editor's words otherwise."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValueError(
            f"不是 UTF-8 编码的文本(第 {error.start + 1} 个字节无法解码),请另存为 UTF-8 后再导入"
        ) from error


def import_one(source: Source, *, dry_run: bool = False, user=None) -> Outcome:
    """Read and import one text (its first version saved by user, if any); whatever goes
    wrong is its outcome, not an exception."""
    try:
        text = decode(source.read())
    except OSError as error:
        return Outcome(source.name, FAILED, f"无法读取({error.strerror or error})")
    except ValueError as error:
        return Outcome(source.name, FAILED, str(error))
    try:
        result = import_text(text, dry_run=dry_run, user=user)
    except EmptyArticle:
        return Outcome(source.name, FAILED, "文本为空,没有可导入的内容")
    except Exception as error:  # one bad text must not stop the others
        return Outcome(source.name, FAILED, f"{type(error).__name__}: {error}")
    if result.duplicate_of:
        existing = result.duplicate_of
        return Outcome(
            source.name,
            DUPLICATE,
            f"与已有稿件「{existing.title}」内容相同,未重复导入",
            existing.pk,
            imported=result,
        )
    if result.release is None:
        return Outcome(source.name, DRY_RUN, "将创建草稿" + result.summary(), imported=result)
    return Outcome(source.name, CREATED, result.summary(), result.release.pk, result.notes, result)


def import_many(
    items: list[Source],
    *,
    dry_run: bool = False,
    user=None,
    progress: Callable[[int, int], None] | None = None,
) -> Iterator[Outcome]:
    """import_one for each text in turn, with progress(done, total) after each."""
    with bulk_writes():
        for done, source in enumerate(items, 1):
            yield import_one(source, dry_run=dry_run, user=user)
            if progress:
                progress(done, len(items))


def width(text: str) -> int:
    """Columns a terminal gives the text: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def summary_table(outcomes: list[Outcome]) -> list[str]:
    """The summary as lines of aligned columns: file, result, release, what it holds."""
    rows = [("文件", "结果", "稿件", "说明")]
    for o in outcomes:
        release = f"#{o.release_id} {o.admin_url}" if o.release_id else ""
        reason = o.reason + (f"({len(o.notes)} 处需要核对)" if o.notes else "")
        rows.append((o.name, o.label, release, reason))
    widths = [max(width(row[i]) for row in rows) for i in range(3)]
    return [
        "  ".join(cell + " " * (w - width(cell)) for cell, w in zip(row[:3], widths, strict=True))
        + "  "
        + row[3]
        for row in rows
    ]


def totals(outcomes: list[Outcome]) -> dict[str, int]:
    counts = dict.fromkeys(LABELS, 0)
    for o in outcomes:
        counts[o.result] += 1
    return counts
