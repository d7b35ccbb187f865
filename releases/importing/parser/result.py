"""The parsed structure of a press-conference release, as plain dataclasses."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from decimal import Decimal

SPEAKER = "speaker"
HOST = "host"


@dataclass
class Speaker:
    name: str
    position: str | None = None
    organisation: str | None = None
    role: str = SPEAKER

    @property
    def full_position(self) -> str | None:
        """Organisation and position as printed together, e.g. 山东省住房和城乡建设厅二级巡视员."""
        parts = [p for p in (self.organisation, self.position) if p]
        return "".join(parts) or None


@dataclass
class Segment:
    question: str | None = None
    asker: str | None = None
    answerers: list[str] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    # Headings and paragraphs in reading order: [{"kind": "heading"|"paragraph", "text": ...}].
    blocks: list[dict] = field(default_factory=list)

    def add_heading(self, text: str) -> None:
        self.headings.append(text)
        self.blocks.append({"kind": "heading", "text": text})

    def add_paragraph(self, text: str, speaker: str | None = None) -> None:
        self.paragraphs.append(text)
        block = {"kind": "paragraph", "text": text}
        if speaker:
            block["speaker"] = speaker
        self.blocks.append(block)


@dataclass
class Figure:
    text: str
    value: float | int
    unit: str
    label: str
    segment: int | None = None
    approximate: bool = False


def figure_value(value: Decimal) -> int | float:
    """A figure's value as stored: an int when it is whole."""
    return int(value) if value == value.to_integral_value() else float(value)


def multipliers(powers: dict[str, int]) -> dict[str, Decimal]:
    """Words for powers of ten as what they multiply by: {"万": 4} gives {"万": 10000}."""
    return {word: Decimal(10) ** power for word, power in powers.items()}


@dataclass
class Credit:
    role: str
    name: str


@dataclass
class ParsedRelease:
    title: str = ""
    kicker: str | None = None
    channel: str | None = None
    published: str | None = None
    editor: str | None = None
    source: str | None = None
    event_date: str | None = None
    host_office: str | None = None
    lead: str | None = None
    speakers: list[Speaker] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    credits: list[Credit] = field(default_factory=list)
    # Paragraphs that belong to no segment: the article itself when there is no Q&A.
    body: list[str] = field(default_factory=list)
    host_remarks: list[str] = field(default_factory=list)
    language: str = "zh"
    warnings: list[str] = field(default_factory=list)

    def speaker(self, name: str) -> Speaker | None:
        return next((s for s in self.speakers if s.name == name), None)

    def to_dict(self) -> dict:
        """The JSON structure of the importer issue, plus extra keys."""
        return {
            "title": self.title,
            "published": self.published,
            "editor": self.editor,
            "speakers": [
                {
                    "name": s.name,
                    "position": s.position,
                    "organisation": s.organisation,
                    "role": s.role,
                }
                for s in self.speakers
            ],
            "segments": [
                {
                    "question": s.question,
                    "asker": s.asker,
                    "answerers": list(s.answerers),
                    "headings": list(s.headings),
                    "paragraphs": list(s.paragraphs),
                    "blocks": [dict(b) for b in s.blocks],
                }
                for s in self.segments
            ],
            "figures": [asdict(f) for f in self.figures],
            "credits": [asdict(c) for c in self.credits],
            "warnings": list(self.warnings),
            "kicker": self.kicker,
            "channel": self.channel,
            "source": self.source,
            "event_date": self.event_date,
            "host_office": self.host_office,
            "lead": self.lead,
            "body": list(self.body),
            "host_remarks": list(self.host_remarks),
            "language": self.language,
        }
