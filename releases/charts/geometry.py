"""Geometry of the releases-per-month bar chart, drawn as inline SVG by a template.

Plain Python, no Django: counts in, bar positions out. The chart keeps a fixed pixel
size (it only shrinks on screens narrower than itself), so its labels stay legible.
"""

import datetime
from dataclasses import dataclass

BAR_SLOT = 26  # horizontal room per month, in px
BAR_WIDTH = 18
PLOT_HEIGHT = 80  # the tallest bar
TOP = 16  # room for the count above the tallest bar
AXIS_LABELS = 28  # room below the baseline for the month and year labels


@dataclass(frozen=True)
class Bar:
    year: int
    month: int
    count: int
    x: int
    slot_x: int  # the left edge of the month's whole slot (the link's hit area)
    y: float
    height: float
    center: float
    year_label: str  # shown under January and under the first bar, empty otherwise

    @property
    def first_day(self):
        return datetime.date(self.year, self.month, 1)

    @property
    def count_y(self):
        """Where the count sits: just above the bar."""
        return round(self.y - 4, 1)


@dataclass(frozen=True)
class Chart:
    bars: list[Bar]
    width: int
    height: int
    baseline: int
    total: int
    slot: int = BAR_SLOT
    bar_width: int = BAR_WIDTH

    @property
    def month_label_y(self):
        return self.baseline + 12

    @property
    def year_label_y(self):
        return self.baseline + 25


def months_ending(year, month, count):
    """The ``count`` calendar months up to and including (year, month), oldest first."""
    last = year * 12 + (month - 1)
    return [(i // 12, i % 12 + 1) for i in range(last - count + 1, last + 1)]


def month_after(year, month):
    return (year + 1, 1) if month == 12 else (year, month + 1)


def build(counts):
    """A chart from ``[((year, month), count), …]`` in calendar order."""
    counts = [((year, month), int(n)) for (year, month), n in counts]
    tallest = max((n for _, n in counts), default=0)
    baseline = TOP + PLOT_HEIGHT
    bars = []
    for i, ((year, month), n) in enumerate(counts):
        height = 0.0
        if n and tallest:
            # A month with a single release still shows a visible bar.
            height = round(max(2.0, PLOT_HEIGHT * n / tallest), 1)
        x = i * BAR_SLOT + (BAR_SLOT - BAR_WIDTH) // 2
        bars.append(
            Bar(
                year=year,
                month=month,
                count=n,
                x=x,
                slot_x=i * BAR_SLOT,
                y=round(baseline - height, 1),
                height=height,
                center=x + BAR_WIDTH / 2,
                year_label=str(year) if (i == 0 or month == 1) else "",
            )
        )
    return Chart(
        bars=bars,
        width=max(len(bars), 1) * BAR_SLOT,
        height=baseline + AXIS_LABELS,
        baseline=baseline,
        total=sum(n for _, n in counts),
    )
