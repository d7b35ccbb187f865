"""How answer and body text is stored: paragraphs split by blank lines, ★ lines are headings.

Plain Python, no Django: the importer and the templates share this one rule.
"""

import re
from dataclasses import dataclass

HEADING_MARKS = ("★", "☆", "■", "◆", "●")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n(?=\s*[★☆■◆●])")


@dataclass(frozen=True)
class Block:
    kind: str  # "heading" or "paragraph"
    text: str


def paragraphs(text):
    """The non-empty paragraphs of a text, stripped."""
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    return [part.strip() for part in _PARAGRAPH_BREAK.split(text) if part.strip()]


def blocks(text):
    """Paragraphs and sub-headings in order; a heading loses its leading mark."""
    result = []
    for paragraph in paragraphs(text):
        if paragraph.startswith(HEADING_MARKS):
            result.append(Block("heading", paragraph[1:].strip()))
        else:
            result.append(Block("paragraph", paragraph))
    return result


def join(blocks_):
    """The stored text for a list of blocks (the inverse of blocks())."""
    parts = [f"★{b.text}" if b.kind == "heading" else b.text for b in blocks_]
    return "\n\n".join(parts)
