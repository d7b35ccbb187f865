"""When two printed askers are one outlet; plain Python, no Django.

A segment keeps its asker as printed (大众日报记者, 大众日報記者, REUTERS reporter).
``key()`` gives the form that spellings of one outlet share: full- and half-width folded,
traditional characters simplified, case folded, spacing and punctuation dropped, and the
trailing word for the person (记者, 首席记者, reporter, correspondent…) cut off.
``display_name()`` is the name a new outlet gets: the printed text with only the
person's word cut and the spacing tidied. Spellings no rule can see as one (路透社 and
Reuters, 央视 and CCTV) are joined by the editors, as aliases or by merging outlets.
"""

import re
import unicodedata

from releases.search.tokens import normalise

# The person, not the outlet: 大众日报记者, 新华社首席记者, 人民网的记者, Reuters reporter.
_PERSON_ZH = re.compile(
    r"(?:的)?(?:首席|特约|特約|见习|見習|实习|實習|驻\S{1,6}|駐\S{1,6})?[记記]者$"
)
_PERSON_EN = re.compile(
    r"(?:['’]s?)?\s+(?:senior\s+|chief\s+|staff\s+)?"
    r"(?:reporter|correspondent|journalist)s?$",
    re.IGNORECASE,
)
_SPACE = re.compile(r"\s+")
# Kept by key(): letters, digits and CJK; everything else (spaces, ·, /, -, quotes) goes.
_NOT_WORD = re.compile(r"[\W_]+")
_EDGES = " \t:：,，;；.。、-—"


def display_name(printed):
    """The outlet's name from a printed asker: 大众日报记者 is 大众日报 (empty if nothing is
    left, as for a bare 记者)."""
    text = _SPACE.sub(" ", unicodedata.normalize("NFKC", printed or "")).strip(_EDGES)
    previous = None
    while text != previous:
        previous = text
        text = _PERSON_ZH.sub("", text).strip(_EDGES)
        text = _PERSON_EN.sub("", text).strip(_EDGES)
        if text.lower() in ("reporter", "correspondent", "journalist"):
            text = ""
    return text


def key(printed):
    """What every spelling of one outlet has in common: 大众日報記者 and 大众日报 give 大众日报,
    "ＲＥＵＴＥＲＳ reporter" and "Reuters" give reuters."""
    return _NOT_WORD.sub("", display_name(normalise(printed)))
