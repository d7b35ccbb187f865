"""Where in a release the reader's words occur, as a link and a snippet; no Django import.

Works on a release and its parts as plain rows (``Parts``: the speakers' names, the
segments with their answerer's name, the figures), read in one query per kind for a
whole page of hits: the hit links to the segment that holds most of the words (``#q3``),
or to the release itself when the title or lead holds them all.
"""

from dataclasses import dataclass, field
from functools import cached_property

from releases.search.highlight import matched_terms, snippet


@dataclass(frozen=True)
class SegmentText:
    pk: int
    order: int
    question: str
    asker: str
    answer: str
    answerer_name: str | None  # None when the segment names no answerer

    @property
    def anchor(self):
        return f"q{self.order}"


@dataclass
class Parts:
    """What a hit reads of a release besides its own columns, each list in order."""

    speakers: list = field(default_factory=list)  # names
    segments: list = field(default_factory=list)  # SegmentText
    figures: list = field(default_factory=list)  # (segment id or None, label, text)


@dataclass(frozen=True)
class Hit:
    release: object
    title: object  # Snippet of the title, whole
    snippet: object  # Snippet of where the words are
    anchor: str  # "q3", or "" for the top of the release
    segment_label: str  # the question, when the hit is in a segment
    speakers: list  # the speakers' names, in order

    @cached_property
    def url(self):
        url = self.release.get_absolute_url()
        return f"{url}#{self.anchor}" if self.anchor else url


def _segment_texts(parts):
    figures = {}
    for segment_id, label, text in parts.figures:
        figures.setdefault(segment_id, []).append(f"{label} {text}")
    for segment in parts.segments:
        main = f"{segment.question}\n{segment.answer}"
        extra = [segment.asker, segment.answerer_name, *figures.get(segment.pk, [])]
        yield segment, main, " ".join(part for part in extra if part)


def find_hit(release, parts, query):
    wanted = len(query.terms)
    title = snippet(release.title, query, width=len(release.title) or 1)
    top = f"{release.title}\n{release.lead}\n{release.body}"
    top_score = matched_terms(top, query)
    best, best_score = None, 0
    if top_score < wanted:
        for segment, main, extra in _segment_texts(parts):
            score = matched_terms(f"{main}\n{extra}", query)
            if score > best_score:
                best, best_score = (segment, main, extra), score
                if score == wanted:
                    break
    if best is None or best_score <= top_score:
        text = release.lead if matched_terms(release.lead, query) else release.body
        if not matched_terms(text or "", query):
            names = " ".join(parts.speakers)
            text = names if matched_terms(names, query) else release.lead or release.body
        return Hit(release, title, snippet(text, query), "", "", parts.speakers)
    segment, main, extra = best
    text = segment.answer if matched_terms(segment.answer, query) else main
    if not matched_terms(text, query) and extra:
        text = extra
    return Hit(
        release, title, snippet(text, query), segment.anchor, segment.question, parts.speakers
    )
