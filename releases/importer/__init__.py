"""The press-conference importer: plain Python, no Django.

parse_article(text) turns the pasted text of a press-conference release into a
ParsedRelease (title, speakers, question-and-answer segments, figures, credits, warnings).
"""

from .parser import parse_article
from .result import Credit, Figure, ParsedRelease, Segment, Speaker

__all__ = ["Credit", "Figure", "ParsedRelease", "Segment", "Speaker", "parse_article"]
