"""Chinese-aware tokens for the search index and for queries; plain Python, no Django.

The same rules apply to documents and to queries, so whatever a reader types matches the
text as the editors entered it:

- NFKC folds full-width and half-width forms (ＡＢＣ１２３ is abc123, ，is ,);
- traditional characters become simplified, character by character, with OpenCC's
  table (the index works on characters, so phrase-level conversion adds nothing);
- everything is lower-cased;
- a run of Chinese characters becomes its overlapping bigrams (威海市 is 威海 海市), followed
  by its last character alone, so that a one-character query can match as a prefix;
- a run of letters and digits is one word.
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

# CJK unified ideographs (with extensions A and the compatibility block) and the
# supplementary planes where extensions B onwards live.
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_CJK_RUN = re.compile(f"[{_CJK}]+")
_TOKEN_RUN = re.compile(f"([{_CJK}]+)|([^\\W_{_CJK}]+)")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")

# Queries longer than this are cut: a reader never needs more, and every extra
# character is one more term for the database to intersect.
MAX_QUERY_LENGTH = 100
MAX_TERMS = 12


@cache
def _traditional_to_simplified():
    """OpenCC's character table (first candidate of each entry) as a str.translate table."""
    table = {}
    text = resources.files("opencc").joinpath("dictionary", "TSCharacters.txt").read_text("utf-8")
    for line in text.splitlines():
        traditional, _, candidates = line.partition("\t")
        simplified = candidates.split(" ")[0] if candidates else ""
        if len(traditional) == 1 and simplified and simplified != traditional:
            table[ord(traditional)] = simplified
    return table


def normalise(text):
    """The comparable form of a text: NFKC, simplified characters, lower case."""
    text = unicodedata.normalize("NFKC", text or "")
    return text.translate(_traditional_to_simplified()).lower()


def normalise_char(char):
    """normalise() of one character; used to map highlights back to the original text."""
    return normalise(char)


def index_text(text):
    """The space-separated tokens stored in the index for a document text."""
    out = []
    for cjk, word in _TOKEN_RUN.findall(normalise(text)):
        if cjk:
            out.extend(map("".join, zip(cjk, cjk[1:], strict=False)))
            out.append(cjk[-1])
        else:
            out.append(word)
    return " ".join(out)


@dataclass(frozen=True)
class Term:
    """One thing the reader asked for: a phrase of index tokens, or a one-character prefix."""

    text: str  # the normalised text, as it appears in normalised documents
    tokens: tuple
    prefix: bool = False
    cjk: bool = True


@dataclass(frozen=True)
class Query:
    raw: str
    terms: tuple
    truncated: bool = False

    def __bool__(self):
        return bool(self.terms)


def parse_query(raw):
    """A reader's query as terms that must all match; odd input gives an empty Query."""
    raw = _CONTROL.sub(" ", raw or "").strip()
    truncated = len(raw) > MAX_QUERY_LENGTH
    raw = raw[:MAX_QUERY_LENGTH]
    terms = []
    seen = set()
    for cjk, word in _TOKEN_RUN.findall(normalise(raw)):
        text = cjk or word
        if text in seen:
            continue
        seen.add(text)
        if cjk and len(cjk) == 1:
            terms.append(Term(text, (text,), prefix=True))
        elif cjk:
            terms.append(Term(text, tuple(cjk[i : i + 2] for i in range(len(cjk) - 1))))
        else:
            terms.append(Term(text, (word,), cjk=False))
    if len(terms) > MAX_TERMS:
        terms, truncated = terms[:MAX_TERMS], True
    return Query(raw=raw, terms=tuple(terms), truncated=truncated)


def is_cjk(text):
    return bool(_CJK_RUN.fullmatch(text))
