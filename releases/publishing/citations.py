"""Citations of a release or of one answer: GB/T 7714-2015, APA 7, BibTeX and CSL-JSON.

Plain Python (no Django), so the formats can be tested and reused alone; the site builds
a ``Work`` from a release or a segment (releases/api/citing.py).

- GB/T 7714-2015, an online electronic bulletin ``[EB/OL]``: the creator, the title, the
  type mark, the date of publication in parentheses and the date of citation in square
  brackets, then the address (the standard's own online examples take that form:
  ``王明亮. 关于…的进展[EB/OL]. (1998-08-16)[1998-10-04]. http://….``). An answer is a part
  of the release, so it takes the standard's form for a contribution: its own creator and
  title, ``//``, then the release's creator and title.
- APA 7 for English pages: author, (year, month day), title, [description], site, URL. No
  retrieval date (APA asks for one only for pages meant to change).
- BibTeX ``@misc`` with biblatex's ``date``, ``url`` and ``urldate``; CSL-JSON (the format
  of Zotero, Mendeley and citeproc) as a list of one item, type ``speech``.
"""

import datetime
import re
from dataclasses import dataclass

SITE_NAME = "Pressroom"
# A question is cited by its first characters; the address leads to the whole of it.
TITLE_LENGTH = 60
MONTHS = (
    "January February March April May June July August September October November December"
).split()


@dataclass(frozen=True)
class Work:
    """What a citation says about a release (``release_title`` empty) or an answer."""

    key: str  # "pressroom-1" or "pressroom-1-q2": BibTeX key, CSL id, file name
    url: str  # the page, with "#q2" for an answer
    published: datetime.date | None  # None only for a draft, seen in a staff preview
    title: str  # the release's title, or the question ("" for an opening statement)
    author: str = ""  # the answerer, or the office that held the press conference
    release_title: str = ""  # for an answer: the release it belongs to
    office: str = ""  # the office that held the press conference
    event_date: datetime.date | None = None
    withdrawn: datetime.date | None = None

    @property
    def is_answer(self):
        return bool(self.release_title)


def _clean(text):
    return re.sub(r"\s+", " ", text or "").strip()


def short_title(text, length=TITLE_LENGTH):
    text = _clean(text)
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def _end(text):
    """A GB/T element ends with a full stop, unless it already ends with punctuation."""
    return text if text.endswith((".", "?", "!", "。", "?", "!", "…")) else f"{text}."


def gb_t_7714(work, cited):
    """GB/T 7714-2015, e.g. ``李瑞玲. 问题[EB/OL]//市政府新闻办. 发布会标题. (2023-05-31)
    [2024-06-01]. https://…#q2.``"""
    parts = []
    if work.author:
        parts.append(_end(_clean(work.author)) + " ")
    if work.is_answer:
        title = short_title(work.title) or "开场介绍"
        container = [_clean(work.office), _clean(work.release_title)]
        parts.append(f"{title}[EB/OL]//")
        parts.append(" ".join(_end(item) for item in container if item) + " ")
    else:
        parts.append(f"{_clean(work.title)}[EB/OL]. ")
    published = f"({work.published.isoformat()})" if work.published else ""
    parts.append(f"{published}[{cited.isoformat()}]. ")
    parts.append(f"{work.url}.")
    return "".join(parts)


def _apa_date(day):
    return f"{day.year}, {MONTHS[day.month - 1]} {day.day}" if day else "n.d."


def apa(work):
    """APA 7, e.g. ``李瑞玲. (2023, May 31). 问题 [Answer at the press conference
    "发布会标题", 市政府新闻办]. Pressroom. https://…#q2``"""
    if work.is_answer:
        title = short_title(work.title) or "Opening statement"
        where = f"“{_clean(work.release_title)}”"
        if work.office:
            where += f", {_clean(work.office)}"
        titled = f"{title} [Answer at the press conference {where}]"
    else:
        titled = f"{_clean(work.title)} [Press conference transcript]"
    date = f"({_apa_date(work.published)})."
    if work.author:
        head = f"{_end(_clean(work.author))} {date} {_end(titled)}"
    else:
        # APA: without an author the title moves to the author's place.
        head = f"{_end(titled)} {date}"
    return f"{head} {SITE_NAME}. {work.url}"


_BIBTEX_ESCAPES = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "%": r"\%",
    "&": r"\&",
    "#": r"\#",
    "_": r"\_",
    "$": r"\$",
    "^": r"\^{}",
    "~": r"\~{}",
}


def bibtex_escape(text):
    return "".join(_BIBTEX_ESCAPES.get(char, char) for char in _clean(text))


def _note(work):
    if work.is_answer:
        note = f"Answer at the press conference: {_clean(work.release_title)}"
    else:
        note = "Press conference transcript"
    if work.withdrawn:
        note += f". Withdrawn on {work.withdrawn.isoformat()}"
    return note


def bibtex(work, cited):
    """One ``@misc`` entry; names and titles double-braced, so that BibTeX neither splits
    an office's name into first and last names nor changes a title's case."""
    title = (short_title(work.title) or "开场介绍") if work.is_answer else _clean(work.title)
    fields = []
    if work.author:
        fields.append(("author", "{" + bibtex_escape(work.author) + "}"))
    fields.append(("title", "{" + bibtex_escape(title) + "}"))
    if work.published:
        fields += [
            ("year", str(work.published.year)),
            ("month", str(work.published.month)),
            ("date", work.published.isoformat()),
        ]
    if work.office:
        fields.append(("organization", bibtex_escape(work.office)))
    fields += [
        ("publisher", SITE_NAME),
        ("howpublished", bibtex_escape(SITE_NAME)),
        ("url", work.url),
        ("urldate", cited.isoformat()),
        ("note", bibtex_escape(_note(work))),
        ("langid", "chinese"),
    ]
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@misc{{{work.key},\n{body}\n}}\n"


def _date_parts(day):
    return {"date-parts": [[day.year, day.month, day.day]]}


def csl_item(work, cited):
    """One CSL-JSON item (CSL 1.0.2 variables)."""
    item = {
        "id": work.key,
        "type": "speech",
        "title": (short_title(work.title) or "开场介绍") if work.is_answer else _clean(work.title),
        "genre": "发布会答问" if work.is_answer else "新闻发布会实录",
        "event-title": _clean(work.release_title or work.title),
        "container-title": SITE_NAME,
        "accessed": _date_parts(cited),
        "URL": work.url,
        "language": "zh-CN",
    }
    if work.published:
        item["issued"] = _date_parts(work.published)
    if work.author:
        item["author"] = [{"literal": _clean(work.author)}]
    if work.office:
        item["publisher"] = _clean(work.office)
    if work.event_date:
        item["event-date"] = _date_parts(work.event_date)
    if work.withdrawn:
        item["status"] = "withdrawn"
        item["note"] = _note(work)
    return item


def csl_json(work, cited):
    """A CSL-JSON document: a list of items (here one)."""
    return [csl_item(work, cited)]
