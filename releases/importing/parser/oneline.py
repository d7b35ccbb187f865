"""A whole article pasted as one line, cut back into its turns.

…记者:据了解……请问这个消息是否属实?孙涛:应……邀请…… is cut before 记者: and before
孙涛:, and a headline before the dateline (国防部例行记者会 11月28日下午,…) is cut off.
A place counts as a turn's start only after the end of a sentence and before a label the
article itself vouches for: 记者, 问, 答, 主持人, or the name of someone it introduces with
their post (新闻发言人孙涛). An ordinary word before a colon (据了解:, 属实:) is never a
label, and no one is made up from it.
"""

from __future__ import annotations

import re

from .lead_people import people_in_sentences
from .people import looks_like_name
from .text import HAN

# Long enough to hold a lead and two turns; shorter lines are left alone.
_MIN_LENGTH = 150
_GENERIC = ("记者", "问", "答", "主持人")
_TITLE_RE = re.compile(r"^(?P<title>[^\s,。:!?]{4,40})\s+(?=\d{1,2}月\d{1,2}日|\d{4}年)")


_DATE_FIELD_RE = re.compile(r"^\s*(date\s+\d{4}-\d{1,2}(?:-\d{1,2})?)\s+")
_DAY_FIRST_TIME_RE = re.compile(r"\d{1,2}/\d{1,2}/\d{4}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?")
_SECTION_RE = re.compile(r"(?:General |Business |Regional |Sports? )?(?:News|Politics|Health)")
# A photo caption run into the wire dateline after it: …大校(中评社 海涵摄) 中评社北京11月28日电
_CAPTION_THEN_WIRE_RE = re.compile(r"(?<=摄\))\s*(?=[^\s,。]{2,12}\d{1,2}月\d{1,2}日电)")


def split_run_on(paragraph: str) -> list[str]:
    head = _DATE_FIELD_RE.match(paragraph)
    if head:  # a page's "date 2025-11-28" field run into the text
        rest = paragraph[head.end() :]
        if _SECTION_RE.fullmatch(rest.strip()):
            return [head.group(1)]  # date 2020-06-24 General News: the page's section
        if _DAY_FIRST_TIME_RE.fullmatch(rest.strip()):
            return [head.group(1)]  # date 2026-03-06 06/03/2026 16:47: the same day, the time
        if head.group(1).count("-") == 1:
            return split_run_on(rest)  # date 2021-12 台北市長…: a month only, no day to keep
        return [head.group(1)] + split_run_on(rest)
    wire = _CAPTION_THEN_WIRE_RE.search(paragraph, 0, 200) if "摄)" in paragraph[:200] else None
    if wire:
        return [paragraph[: wire.start()].strip()] + split_run_on(paragraph[wire.end() :])
    if len(paragraph) < _MIN_LENGTH:
        return _spokesperson_run_in(paragraph) or [paragraph]
    names = [name for name, _ in people_in_sentences(paragraph[:400])]
    labels = "|".join(
        re.escape(x) for x in sorted(set(_GENERIC) | set(names), key=len, reverse=True)
    )
    starts = [
        m.start("label")
        for m in re.finditer(
            rf"(?<=[。!?”])\s*(?P<label>(?:{labels})(?:\([^()]{{1,20}}\))?)\s*:", paragraph
        )
    ]
    if len(starts) < 2:
        return (
            _spokesperson_run_in(paragraph)
            or _bracketed_turns(paragraph, names)
            or _live_turns(paragraph)
            or _spaced_or_one_turn(paragraph, names)
        )
    pieces = []
    previous = 0
    for at in starts:
        pieces.append(paragraph[previous:at])
        previous = at
    pieces.append(paragraph[previous:])
    head = _TITLE_RE.match(pieces[0])
    if head:
        pieces[0:1] = [head["title"], pieces[0][head.end() :]]
    # …表明了立場。 關於…: a space after a Chinese sentence's end is where a paragraph ended
    pieces = [q for p in pieces for q in _SPACED_PARAGRAPH_RE.split(p.strip())]
    return [p.strip() for p in pieces if p.strip()]


# …发布会由省环境保护厅宣教中心张家良副主任主持。 张家良:各位媒体朋友们,…: one turn only, under
# the name of someone the lead introduced with a post, after the end of a sentence.
_NAMED_TURN_RE = r"(?<=[。!?”])\s*(?P<label>{names})\s*:"


def _spaced_or_one_turn(paragraph: str, names: list[str]) -> list[str]:
    spaced = _spaced_turns(paragraph)
    return spaced if len(spaced) > 1 else _one_named_turn(paragraph, names) or spaced


def _one_named_turn(paragraph: str, names: list[str]) -> list[str] | None:
    if not names:
        return None
    alternatives = "|".join(map(re.escape, sorted(set(names), key=len, reverse=True)))
    found = list(re.finditer(_NAMED_TURN_RE.format(names=alternatives), paragraph))
    if len(found) != 1 or found[0].start("label") < 40:
        return None
    at = found[0].start("label")
    return [paragraph[:at].strip(), paragraph[at:].strip()]


# …有记者就…进行提问。商务部新闻发言人 何咏前:关于这个问题,…: a report's lead narrating the
# question, then the spokesperson's answer under the post and name, run into one line.
_SPOKESPERSON_RUN_IN_RE = re.compile(
    rf"(?<=[。!?”])\s*(?P<label>[{HAN}]{{0,12}}发言人)\s?(?P<name>[{HAN}]{{2,3}})\s*:"
)
_NARRATES_CONFERENCE_RE = re.compile(r"(?:发布会|记者会|吹风会|提问|问及|询问)")


def _spokesperson_run_in(paragraph: str) -> list[str] | None:
    found = list(_SPOKESPERSON_RUN_IN_RE.finditer(paragraph))
    if len(found) != 1 or not looks_like_name(found[0]["name"]):
        return None
    at = found[0].start("label")
    if not _NARRATES_CONFERENCE_RE.search(paragraph[:at]):
        return None
    return [paragraph[:at].strip(), paragraph[at:].strip()]


# A paste that kept a space where each paragraph ended: …有请李总理。 大家好!… 王超: 非常感谢…
# 中央广播电视总台记者: 首先… 李强: 谢谢…. A label here is a name or an outlet's reporter
# before a colon and a space, after the end of a sentence and a space.
_SPACED_LABEL_RE = re.compile(
    rf"(?<=[。!?”])\s+(?P<label>[{HAN}]{{2,3}}|[{HAN}]{{2,16}}记者|记者|主持人|问|答)\s*:\s+"
)
_SPACED_PARAGRAPH_RE = re.compile(r"(?<=[。!?”])\s+(?=\S)")


def _spaced_turns(paragraph: str) -> list[str]:
    labels = [
        m
        for m in _SPACED_LABEL_RE.finditer(paragraph)
        if m["label"].endswith("记者") or m["label"] in _GENERIC or looks_like_name(m["label"])
    ]
    # Two turns or more, one of them by name: a transcript, not a sentence with a colon.
    if len(labels) < 2 or not any(looks_like_name(m["label"]) for m in labels):
        return [paragraph]
    starts = [m.start("label") for m in labels]
    pieces = []
    for begin, end in zip([0, *starts], [*starts, len(paragraph)], strict=True):
        pieces.extend(_SPACED_PARAGRAPH_RE.split(paragraph[begin:end].strip()))
    return [p.strip() for p in pieces if p.strip()]


# …並答記者問。 [路透社記者]我的問題是… [陳洲]從目前來看…: a transcript pasted as one line
# with its labels in square brackets and no colon, each after the end of a sentence.
# 【高峰】:各位记者朋友… 下面请提问。 【路透社记者】:… is the same in 【】 with a colon.
_BRACKET_LABEL_RE = re.compile(
    rf"(?:(?<=[。!?”])|(?<=[。!?”]\s)|^)\s*(?=[\[【](?P<label>[{HAN}A-Z]{{2,16}})[\]】])"
)


def _bracketed_turns(paragraph: str, names: list[str]) -> list[str] | None:
    """Two bracketed labels or more, one of them a name the lead introduces, or a name that
    takes turns with reporters (with no lead, the spokesman is known only by his turns)."""
    found = list(_BRACKET_LABEL_RE.finditer(paragraph))
    counts: dict[str, int] = {}
    for m in found:
        counts[m["label"]] = counts.get(m["label"], 0) + 1
    reporters = any(m["label"].endswith(("记者", "記者")) for m in found)
    named = {
        label
        for label, n in counts.items()
        if label in names or (reporters and n >= 2 and looks_like_name(label))
    }
    labels = [
        m
        for m in found
        if m["label"].endswith(("记者", "記者")) or m["label"] in _GENERIC or m["label"] in named
    ]
    if len(labels) < 2 or not named:
        return None
    starts = [m.start() for m in labels]
    pieces = [paragraph[b:e] for b, e in zip([0, *starts], [*starts, len(paragraph)], strict=True)]
    # …謝謝。 |: a table cell's pipe after the last turn.
    return [re.sub(r"\s+\|$", "", p.strip()) for p in pieces if p.strip()]


# …首场新闻发布会。2018-10-29 15:30续梅: 今天我们…: a live-text page pasted as one line, each
# entry's time stamp run into the next label. A name counts when it signs two entries or
# more.
_LIVE_LABEL_RE = re.compile(
    rf"(?:(?<=[。!?”])|(?P<stamp>\d{{4}}-\d{{1,2}}-\d{{1,2}}\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?))"
    rf"\s*(?P<label>[{HAN}]{{2,3}})\s*:"
)


def _live_turns(paragraph: str) -> list[str] | None:
    found = list(_LIVE_LABEL_RE.finditer(paragraph))
    counts: dict[str, int] = {}
    for m in found:
        counts[m["label"]] = counts.get(m["label"], 0) + 1
    # a rare surname (续梅) counts when the name signs entries after their time stamps
    stamped = {m["label"] for m in found if m["stamp"]}
    named = {
        label
        for label, n in counts.items()
        if n >= 2 and (looks_like_name(label) or label in stamped)
    }
    labels = [m for m in found if m["label"] in named]
    if len(labels) < 2 or not any(m["stamp"] for m in labels):
        return None
    pieces = []
    previous = 0
    for m in labels:
        pieces.append(paragraph[previous : m.start()])
        previous = m.start("label")
    pieces.append(paragraph[previous:])
    return [p.strip() for p in pieces if p.strip()]
