"""English briefing transcripts: who is named in the header."""

from __future__ import annotations

import re

_TITLE_WORDS = (
    "Spokesperson|Spokesman|Spokeswoman|Secretary|Advisor|Adviser|Ambassador|Director|Minister|"
    "Coordinator|Administrator|Official|Deputy|Assistant|Chief|Commissioner|President|Governor|"
    "Mayor|Chair|Chairman|Chairwoman|Counselor|Envoy|Representative|Officer|General|Admiral|"
    "Colonel|Captain|Attorney|Lead|Head|Manager|Commander|Chancellor|Premier|Senator|Speaker|"
    "Leader|Treasurer"
)
_NAME = r"[A-Z][a-zA-Z'\-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-zA-Z'\-]+)?"
_NAME_COMMA_RE = re.compile(rf"^(?P<name>{_NAME}),\s+(?P<position>[A-Z].{{2,120}})$")
_POSSESSIVE_RE = re.compile(
    rf"^(?P<position>(?:[A-Z][a-zA-Z'\-]*\s+){{0,8}}?(?:{_TITLE_WORDS}))\s+(?P<name>{_NAME})['’]s\b"
)
_BY_RE = re.compile(r"\b(?:by|with)\s+(?P<list>.+)$")
_PERSON_RE = re.compile(
    rf"^(?P<position>(?:[A-Z][a-zA-Z'\-]*\s+|of\s+|for\s+|the\s+|and\s+){{0,10}}?(?:{_TITLE_WORDS})"
    rf"(?:\s+(?:of|for)(?:\s+[A-Z][a-zA-Z'\-]*){{1,6}})?)\s+(?P<name>{_NAME})$"
)


# Pentagon Press Secretary Air Force Maj. Gen. Dana Whitfield Holds a Press Briefing
_HOLDS_RE = re.compile(
    rf"^(?P<position>(?:[A-Z][a-zA-Z'\-]*\s+){{0,8}}?(?:{_TITLE_WORDS})"
    r"(?:\s+(?:[A-Z][a-zA-Z'\-]*\.?|of|for|the)){0,6}?)\s+"
    r"(?P<name>[A-Z][a-z][a-zA-Z'\-]*\s+[A-Z][a-zA-Z'\-]+)\s+"
    r"(?:Holds|Hold|Briefs|Delivers|Gives|Hosts|Conducts|Leads|Answers)\b"
)
# Prime Minister / The Hon Thomas Reilly MP: the office on one header line, the holder on the next.
_POST_LINE_RE = re.compile(
    rf"^(?:The\s+)?(?:[A-Z][a-zA-Z'\-]*\s+){{0,4}}?(?:{_TITLE_WORDS})(?:\s+(?:of|for)\s+(?:the\s+)?"
    r"[A-Z][a-zA-Z'\-]*(?:\s+[A-Z][a-zA-Z'\-]*){0,4})?$"
)
_NAME_LINE_RE = re.compile(
    r"^(?:The\s+)?(?:Rt\.?\s+)?(?:Hon\.?\s+|Honourable\s+|Honorable\s+)?"
    r"(?:Dr\.?\s+|Senator\s+|Sir\s+|Dame\s+)?"
    r"(?P<name>[A-Z][a-z][a-zA-Z'\-]*(?:\s+[A-Z][a-zA-Z'\-]+){1,2}?)"
    r"(?:\s+(?:MP|AC|AO|QC|KC|MLA|MLC|PC|CBE|OBE))*$"
)


def post_and_name(post: str, line: str) -> tuple[str, str] | None:
    """(name, post) when a header line holds only an office and the next only a name."""
    post, line = post.strip(), line.strip()
    if len(post) > 80 or len(line) > 80 or not _POST_LINE_RE.match(post):
        return None
    m = _NAME_LINE_RE.match(line)
    return (m["name"], re.sub(r"^The\s+", "", post)) if m else None


def header_people(line: str) -> list[tuple[str, str | None]]:
    """(name, position) pairs from a header line of a briefing.

    "Ned Price, Department Spokesperson" and "Press Briefing by Press Secretary Karine
    Jean-Pierre and National Security Council Coordinator John Kirby" both name people.
    """
    line = line.strip().rstrip(".")
    owner = _POSSESSIVE_RE.search(line) or _HOLDS_RE.match(line)
    if owner:  # Foreign Ministry Spokesperson Lin Wei's Regular…; …Dana Whitfield Holds a…
        return [(owner["name"], owner["position"].strip())]
    m = _NAME_COMMA_RE.match(line)
    if m and re.search(_TITLE_WORDS, m["position"]):
        return [(m["name"], m["position"].strip())]
    m = _BY_RE.search(line)
    if not m:
        return []
    named = _NAME_COMMA_RE.match(m["list"])
    if named and re.search(_TITLE_WORDS, named["position"]):
        return [(named["name"], named["position"].strip())]
    people = []
    for part in re.split(r",\s+(?:and\s+)?|\s+and\s+(?=[A-Z])", m["list"]):
        p = _PERSON_RE.match(part.strip())
        if p:
            people.append((p["name"], p["position"].strip()))
    return people


_OF = r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][a-zA-Z'\-]*(?:\s+[A-Z][a-zA-Z'\-]*){0,5})?"
_APPOSITIVE_RE = re.compile(
    rf"\b(?P<position>(?:[A-Z][a-zA-Z'\-]*\s+){{0,6}}?(?:{_TITLE_WORDS}){_OF}),\s+"
    rf"(?P<name>[A-Z][a-zA-Z'\-]+(?:\s+[A-Z]\.)?\s+[A-Z][a-zA-Z'\-]+)(?=[,.;:!?]|\s+and\b|$)"
)
_TITLED_RE = re.compile(
    rf"\b(?P<position>(?:[A-Z][a-zA-Z'\-]*\s+){{0,6}}?(?:{_TITLE_WORDS}){_OF})\s+"
    rf"(?P<name>[A-Z][a-z][a-zA-Z'\-]*\s+[A-Z][a-zA-Z'\-]+)(?=[,.;:!?]|\s+and\b|\s+[a-z]|$)"
)


def mentioned_people(paragraph: str) -> list[tuple[str, str]]:
    """(name, post) of people introduced in running text: "the Chancellor of the Exchequer,
    Daniel Osei" or "Foreign Secretary Maya Lind". They speak only if a turn is labelled
    with their post."""
    found = []
    for pattern in (_APPOSITIVE_RE, _TITLED_RE):
        for m in pattern.finditer(paragraph):
            position = re.sub(r"^(?:The|A|An|Our|My|Your)\s+", "", m["position"])
            found.append((m["name"], position))
    return found
