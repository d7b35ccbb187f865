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

# Long enough to hold a lead and two turns; shorter lines are left alone.
_MIN_LENGTH = 150
_GENERIC = ("记者", "问", "答", "主持人")
_TITLE_RE = re.compile(r"^(?P<title>[^\s,。:!?]{4,40})\s+(?=\d{1,2}月\d{1,2}日|\d{4}年)")


_DATE_FIELD_RE = re.compile(r"^\s*(date\s+\d{4}-\d{1,2}-\d{1,2})\s+")
# A photo caption run into the wire dateline after it: …大校(中评社 海涵摄) 中评社北京11月28日电
_CAPTION_THEN_WIRE_RE = re.compile(r"(?<=摄\))\s*(?=[^\s,。]{2,12}\d{1,2}月\d{1,2}日电)")


def split_run_on(paragraph: str) -> list[str]:
    head = _DATE_FIELD_RE.match(paragraph)
    if head:  # a page's "date 2025-11-28" field run into the text
        return [head.group(1)] + split_run_on(paragraph[head.end() :])
    wire = _CAPTION_THEN_WIRE_RE.search(paragraph, 0, 200) if "摄)" in paragraph[:200] else None
    if wire:
        return [paragraph[: wire.start()].strip()] + split_run_on(paragraph[wire.end() :])
    if len(paragraph) < _MIN_LENGTH:
        return [paragraph]
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
        return [paragraph]
    pieces = []
    previous = 0
    for at in starts:
        pieces.append(paragraph[previous:at])
        previous = at
    pieces.append(paragraph[previous:])
    head = _TITLE_RE.match(pieces[0])
    if head:
        pieces[0:1] = [head["title"], pieces[0][head.end() :]]
    return [p.strip() for p in pieces if p.strip()]
