"""The review step of 从文本导入: the parse laid beside the text it came from, and the
editor's corrections applied to it before anything is written.

Plain Python (no Django). The parser hands out strings as printed, not where it found
them, so each part is looked for in the pasted text, in reading order, on a copy that
ignores whitespace, punctuation width and script (one character for one, so a hit is
still a place in the text). What the parser inferred rather than read is marked unsure:
an answer with no answerer, an answerer whose name is not printed where the answer starts
(resolved from an office label, or the only official), a speaker whose name is nowhere in
the text.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
from dataclasses import dataclass, field

from releases.importing.parser import ParsedRelease
from releases.importing.parser.result import HOST
from releases.importing.parser.text import fold_script, normalise

_LINE_END_RE = re.compile(r"\r\n|\r|\n|\u2028|\u2029|\x85")
_SPACE_RE = re.compile(r"\s+")
# A hit is looked for over the whole text again after a miss, at most this many times:
# a long article whose parts all miss stays linear.
_RESCANS = 200
# Enough of a paragraph to find it when the whole does not match (the parser joined or
# trimmed it); short enough to survive that.
_PREFIX = 12

_SEGMENT_WARNING_RE = re.compile(r"第 (\d+) 个问")
_SPEAKER_WARNING_RE = re.compile(r"未找到 (.+) 的职务")


@dataclass
class Mark:
    """One part of the parse at its place in the text."""

    kind: str  # title, lead, speaker, question, answer, heading, figure, credit, body, host
    label: str
    unsure: str = ""  # why the parser was unsure, when it was
    segment: int | None = None  # 0-based: the segment whose answerer is chosen here
    speaker: int | None = None  # 0-based: the speaker who may be dropped here
    control: object = None  # the form field placed here, set by the page that shows it


@dataclass
class Line:
    number: int  # 1-based, as an editor counts lines
    text: str  # as pasted
    kinds: list[str] = field(default_factory=list)  # what the line is part of
    marks: list[Mark] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    spans: list[tuple[int, int, str]] = field(default_factory=list)  # start, end, kind

    def highlight(self, text: str, kind: str) -> None:
        """Marks each place of text on the line as printed (speaker names, figures)."""
        at = self.text.find(text) if text else -1
        while at >= 0:
            self.spans.append((at, at + len(text), kind))
            at = self.text.find(text, at + len(text))

    @property
    def pieces(self) -> list[tuple[str, str]]:
        """The line cut at its highlights: (text, kind), kind "" where nothing is marked."""
        pieces, done = [], 0
        for start, end, kind in sorted(self.spans):
            if start < done:
                continue  # overlaps one already taken
            if start > done:
                pieces.append((self.text[done:start], ""))
            pieces.append((self.text[start:end], kind))
            done = end
        if done < len(self.text) or not pieces:
            pieces.append((self.text[done:], ""))
        return pieces

    @property
    def unsure(self) -> bool:
        return any(m.unsure for m in self.marks) or bool(self.warnings)

    @property
    def used(self) -> bool:
        return bool(self.kinds)


@dataclass
class Review:
    lines: list[Line]
    warnings: list[str]  # about the whole text, or with no line to go to
    speaker_lines: dict[int, int]  # speaker index: 0-based line where it is marked
    segment_lines: dict[int, int]  # segment index: 0-based line of its answerer choice

    @property
    def unsure_count(self) -> int:
        return sum(1 for line in self.lines if line.unsure)


class _Finder:
    """Where strings of the parse are in the text: line ranges, found in reading order."""

    def __init__(self, text: str) -> None:
        normalised, _ = normalise(text)
        self.compact_chars: list[str] = []
        self.line_of: list[int] = []
        for number, line in enumerate(normalised.split("\n")):
            for ch in _SPACE_RE.sub("", line):
                self.compact_chars.append(ch)
                self.line_of.append(number)
        self.compact = fold_script("".join(self.compact_chars))
        self.cursor = 0
        self.rescans = _RESCANS

    @staticmethod
    def key(text: str) -> str:
        return fold_script(_SPACE_RE.sub("", normalise(text)[0]))

    def find(self, text: str | None, *, move: bool = True) -> tuple[int, int] | None:
        """First and last line of text, looked for from the last hit onwards."""
        key = self.key(text or "")
        if not key:
            return None
        at, length = self._search(key)
        if at < 0 and len(key) > _PREFIX:
            at, _ = self._search(key[:_PREFIX])
            end, _ = self._search(key[-_PREFIX:], at) if at >= 0 else (-1, 0)
            length = end + _PREFIX - at if end >= 0 else _PREFIX
        if at < 0:
            return None
        if move:
            self.cursor = at
        last = min(at + length, len(self.line_of)) - 1
        return self.line_of[at], self.line_of[last]

    def _search(self, key: str, start: int | None = None) -> tuple[int, int]:
        at = self.compact.find(key, self.cursor if start is None else start)
        if at < 0 and start is None and self.rescans > 0:
            self.rescans -= 1
            at = self.compact.find(key)
        return at, len(key)

    def anywhere(self, text: str) -> tuple[int, int] | None:
        """The first place of text in the whole text, leaving the reading position alone."""
        key = self.key(text)
        at = self.compact.find(key) if key else -1
        if at < 0:
            return None
        return self.line_of[at], self.line_of[min(at + len(key), len(self.line_of)) - 1]


def review(text: str, parsed: ParsedRelease) -> Review:
    """Every part of parsed marked on the lines of text it came from."""
    lines = [Line(n, line) for n, line in enumerate(_LINE_END_RE.split(text), 1)]
    finder = _Finder(text)
    found = _Marker(lines, finder)
    names = {fold_script(s.name): i for i, s in enumerate(parsed.speakers)}

    found.mark(parsed.title, Mark("title", "标题"))
    found.mark(parsed.lead, Mark("lead", "导语"), kind="lead")
    speaker_lines: dict[int, int] = {}
    for i, person in enumerate(parsed.speakers):
        where = finder.anywhere(person.name)
        post = person.full_position or "职务未知"
        role = "主持人" if person.role == HOST else "发言人"
        mark = Mark("speaker", f"{role} {person.name}({post})", speaker=i)
        if where is None:
            mark.unsure = "姓名不在原文中(由职务或简称推断)"
            speaker_lines[i] = -1
            continue
        lines[where[0]].marks.append(mark)
        speaker_lines[i] = where[0]
    for paragraph in parsed.body:
        found.mark(paragraph, None, kind="body")
    segment_lines: dict[int, int] = {}
    for i, segment in enumerate(parsed.segments):
        segment_lines[i] = _mark_segment(found, lines, i, segment, names)
    for remark in parsed.host_remarks:
        found.mark(remark, None, kind="host", move=False)
    for f in parsed.figures:
        number = found.figure(f.text, f.segment)
        if number is not None:
            lines[number].marks.append(Mark("figure", f"数据 {f.text} = {f.value} {f.unit}"))
            lines[number].highlight(f.text, "figure")
    for line in lines:
        if line.kinds or line.marks:
            for person in parsed.speakers:
                line.highlight(person.name, "speaker")
    for credit in parsed.credits:
        where = finder.anywhere(credit.name)
        if where:
            lines[where[0]].marks.append(Mark("credit", f"署名 {credit.role} {credit.name}"))

    general = []
    for warning in parsed.warnings:
        line = _warning_line(warning, parsed, speaker_lines, segment_lines)
        if line is None or line < 0:
            general.append(warning)
        else:
            lines[line].warnings.append(warning)
    return Review(lines, general, speaker_lines, segment_lines)


class _Marker:
    def __init__(self, lines: list[Line], finder: _Finder) -> None:
        self.lines, self.finder = lines, finder
        self.segment_ranges: dict[int, tuple[int, int]] = {}

    def mark(self, text, mark: Mark | None, kind: str = "", move: bool = True):
        where = self.finder.find(text, move=move)
        if where is None:
            return None
        if mark is not None:
            self.lines[where[0]].marks.append(mark)
        if kind:
            for line in self.lines[where[0] : where[1] + 1]:
                if kind not in line.kinds:
                    line.kinds.append(kind)
        return where

    def figure(self, text: str, segment: int | None) -> int | None:
        """The line of a figure: within its segment's lines, or anywhere for the lead's."""
        span = self.segment_ranges.get(segment) if segment is not None else None
        if span is None:
            where = self.finder.anywhere(text)
            return where[0] if where else None
        key = self.finder.key(text)
        start, end = span
        return next(
            (n for n in range(start, end + 1) if key in self.finder.key(self.lines[n].text)),
            None,
        )


def _mark_segment(found: _Marker, lines: list[Line], i: int, segment, names) -> int:
    """Marks a segment's question, answer and headings; returns the line of its answerer
    choice (-1 when nothing of it was found)."""
    number = i + 1
    asked = None
    if segment.question is not None:
        asker = f" · {segment.asker}" if segment.asker else ""
        asked = found.mark(segment.question, Mark("question", f"问 {number}{asker}"), "question")
    answerer = segment.answerers[0] if segment.answerers else None
    label = f"答 {number}" if segment.question is not None else f"发言 {number}"
    mark = Mark("answer", label, segment=i)
    if answerer and fold_script(answerer) not in names:
        mark.unsure = f"回答人“{answerer}”不在发言人名单中"
    elif len(segment.answerers) > 1:
        mark.label += f"(共同回答:{'、'.join(segment.answerers)})"
    first = last = None
    for block in segment.blocks:
        kind = "heading" if block["kind"] == "heading" else "answer"
        where = found.mark(block["text"], None, kind)
        if where is None:
            continue
        if kind == "heading":
            lines[where[0]].marks.append(Mark("heading", f"小标题 {block['text']}"))
        first = where[0] if first is None else first
        last = where[1]
    if first is None:
        first = asked[0] if asked else None
    if first is None:
        mark.unsure = mark.unsure or "在原文中没有找到这一段"
        return -1
    found.segment_ranges[i] = (first, last if last is not None else first)
    if not mark.unsure:
        if segment.question is not None and not answerer:
            mark.unsure = "未能确定回答人"
        elif answerer and not _printed_near(answerer, lines, first):
            mark.unsure = f"“{answerer}”的名字不在这里,回答人是推断的"
    lines[first].marks.append(mark)
    return first


def _printed_near(name: str, lines: list[Line], first: int) -> bool:
    """Whether the name (an English one's surname) is printed on the answer's first line or
    the line before (a label on a line of its own)."""
    keys = {fold_script(name).upper()}
    if name.isascii():  # MR. HART: for Daniel Hart
        keys.add(name.split()[-1].upper())
    for number in (first - 1, first):
        printed = fold_script(lines[number].text).upper() if 0 <= number < len(lines) else ""
        if any(key in printed for key in keys):
            return True
    return False


def _warning_line(warning, parsed, speaker_lines, segment_lines) -> int | None:
    m = _SEGMENT_WARNING_RE.search(warning)
    if m:
        return segment_lines.get(int(m.group(1)) - 1)
    m = _SPEAKER_WARNING_RE.search(warning)
    if m:
        index = next((i for i, s in enumerate(parsed.speakers) if s.name == m.group(1)), None)
        return speaker_lines.get(index) if index is not None else None
    return None


def digest(text: str, parsed: ParsedRelease) -> str:
    """What a review was made of: the text and the parts a correction points at. The same
    text parsed by another version of the parser gives another digest."""
    parts = {
        "speakers": [[s.name, s.role] for s in parsed.speakers],
        "answerers": [s.answerers for s in parsed.segments],
    }
    data = canonical(text).encode("utf-8") + json.dumps(parts, ensure_ascii=False).encode()
    return hashlib.sha256(data).hexdigest()


def canonical(text: str) -> str:
    """Browsers send text boxes back with CRLF: the same text whatever its line ends."""
    return _LINE_END_RE.sub("\n", text)


def corrected(
    parsed: ParsedRelease, answerers: dict[int, int | None], dropped: set[int]
) -> ParsedRelease:
    """parsed with the editor's corrections: segment i answered by speaker answerers[i]
    (None: no answerer), the speakers in dropped removed.

    Choosing someone who did not answer the segment (or nobody) corrects its first
    answerer: the paragraphs the parser gave them go with the choice. Choosing another of
    its answerers only makes them the segment's answerer: everyone keeps their paragraphs,
    the others' with their name in front. A dropped speaker's paragraphs keep the name in
    front, as it was printed.
    """
    result = copy.deepcopy(parsed)
    gone = {fold_script(parsed.speakers[i].name) for i in dropped}
    result.speakers = [s for i, s in enumerate(result.speakers) if i not in dropped]
    for i, segment in enumerate(result.segments):
        if i not in answerers:
            continue
        choice = answerers[i]
        chosen = parsed.speakers[choice].name if choice is not None else None
        first = segment.answerers[0] if segment.answerers else None
        replaced = first is not None and chosen not in segment.answerers
        if replaced and fold_script(first) not in gone:
            for block in segment.blocks:
                speaker = block.get("speaker")
                if speaker and fold_script(speaker) == fold_script(first):
                    if chosen:
                        block["speaker"] = chosen
                    else:
                        block.pop("speaker")
        others = [
            a
            for a in segment.answerers
            if a != chosen and fold_script(a) not in gone and not (replaced and a == first)
        ]
        segment.answerers = ([chosen] + others) if chosen else []
    return result
