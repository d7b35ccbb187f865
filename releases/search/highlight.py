"""Snippets with the reader's words marked; plain Python, no Django.

A snippet is a list of (text, matched) parts, and ``html()`` is its markup: every part
escaped, matched parts inside <mark>, so nothing an editor typed can become markup
(templates show it with the ``marked`` filter of ``releases/templatetags/snippets.py``).
"""

import re
from dataclasses import dataclass
from html import escape

from releases.search.tokens import normalise, normalise_char


def _normalised(text):
    """The normalised text and, for each of its characters, the index in ``text``."""
    folded = normalise(text)
    if len(folded) == len(text):
        # Nearly always: the folds used here map one character to one character.
        return folded, range(len(text))
    chars, origin = [], []
    for i, char in enumerate(text):
        for folded in normalise_char(char):
            chars.append(folded)
            origin.append(i)
    return "".join(chars), origin


def _pattern(query):
    parts = []
    for term in sorted(query.terms, key=lambda t: -len(t.text)):
        escaped = re.escape(term.text)
        parts.append(escaped if term.cjk else rf"(?<![^\W_]){escaped}(?![^\W_])")
    return re.compile("|".join(parts)) if parts else None


def spans(text, query):
    """[(start, end)] in ``text`` where the query's terms occur."""
    pattern = _pattern(query)
    if not text or pattern is None:
        return []
    folded, origin = _normalised(text)
    return [
        (origin[m.start()], origin[m.end() - 1] + 1)
        for m in pattern.finditer(folded)
        if m.end() > m.start()
    ]


def matched_terms(text, query):
    """How many different terms of the query occur in ``text``."""
    pattern = _pattern(query)
    if not text or pattern is None:
        return 0
    folded, _ = _normalised(text)
    return len({m.group() for m in pattern.finditer(folded)})


@dataclass(frozen=True)
class Snippet:
    parts: tuple  # ((text, matched), ...)

    @property
    def text(self):
        return "".join(text for text, _ in self.parts)

    def html(self):
        """The parts escaped, matched ones in <mark>: one string, not a template loop."""
        return "".join(
            f"<mark>{escape(text)}</mark>" if matched else escape(text)
            for text, matched in self.parts
        )


def snippet(text, query, width=120, before=30):
    """About ``width`` characters of ``text`` around the first match, matches flagged."""
    text = " ".join((text or "").split())
    found = spans(text, query)
    start = max(0, found[0][0] - before) if found else 0
    end = min(len(text), start + width)
    parts = []
    if start > 0:
        parts.append(("…", False))
    position = start
    for span_start, span_end in found:
        if span_end <= start or span_start >= end:
            continue
        span_start, span_end = max(span_start, start), min(span_end, end)
        if span_start > position:
            parts.append((text[position:span_start], False))
        parts.append((text[span_start:span_end], True))
        position = span_end
    if position < end:
        parts.append((text[position:end], False))
    if end < len(text):
        parts.append(("…", False))
    return Snippet(tuple(parts))
