"""Where in a release the reader's words occur, as a link and a snippet; no Django import.

Works on a release whose segments (with answerers) and figures are loaded: the hit
links to the segment that holds most of the words (``#q3``), or to the release itself
when the title or lead holds them all.
"""

from dataclasses import dataclass

from releases.search.highlight import matched_terms, snippet


@dataclass(frozen=True)
class Hit:
    release: object
    title: object  # Snippet of the title, whole
    snippet: object  # Snippet of where the words are
    anchor: str  # "q3", or "" for the top of the release
    segment_label: str  # the question, when the hit is in a segment

    @property
    def url(self):
        url = self.release.get_absolute_url()
        return f"{url}#{self.anchor}" if self.anchor else url


def _segment_texts(release):
    figures = {}
    for figure in release.figures.all():
        figures.setdefault(figure.segment_id, []).append(f"{figure.label} {figure.text}")
    for segment in release.segments.all():
        main = f"{segment.question}\n{segment.answer}"
        extra = [segment.asker]
        if segment.answerer_id:
            extra.append(segment.answerer.speaker.name)
        extra.extend(figures.get(segment.pk, []))
        yield segment, main, " ".join(part for part in extra if part)


def find_hit(release, query):
    wanted = len(query.terms)
    title = snippet(release.title, query, width=len(release.title) or 1)
    top = f"{release.title}\n{release.lead}\n{release.body}"
    top_score = matched_terms(top, query)
    best, best_score = None, 0
    if top_score < wanted:
        for segment, main, extra in _segment_texts(release):
            score = matched_terms(f"{main}\n{extra}", query)
            if score > best_score:
                best, best_score = (segment, main, extra), score
                if score == wanted:
                    break
    if best is None or best_score <= top_score:
        text = release.lead if matched_terms(release.lead, query) else release.body
        if not matched_terms(text or "", query):
            names = " ".join(a.speaker.name for a in release.appearances.all())
            text = names if matched_terms(names, query) else release.lead or release.body
        return Hit(release, title, snippet(text, query), "", "")
    segment, main, extra = best
    text = segment.answer if matched_terms(segment.answer, query) else main
    if not matched_terms(text, query) and extra:
        text = extra
    return Hit(release, title, snippet(text, query), segment.anchor, segment.question)
