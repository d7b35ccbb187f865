"""The releases-per-month chart of the index and archive pages.

``month_chart(counts)`` takes month counts, ``[(year, month, count), …]`` as the archive
keeps them (one cached aggregate query, so the chart costs no query of its own), and
hands the template ``includes/month_chart.html`` the bars with their links to the
month's archive and their spoken labels.
"""

import datetime
from dataclasses import dataclass

from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import ngettext

from releases.charts import geometry as monthchart

MONTHS = 12


@dataclass(frozen=True)
class LinkedBar:
    bar: monthchart.Bar
    url: str
    label: str


@dataclass(frozen=True)
class MonthChart:
    chart: monthchart.Chart
    bars: list[LinkedBar]
    first: datetime.date
    last: datetime.date


def month_chart(counts, months=MONTHS, end=None, url=None, label=None):
    """The chart of ``months`` months ending with ``end`` (year, month).

    By default the chart ends with the newest month that has releases; None when
    ``counts`` is empty. ``url(bar)`` and ``label(bar)`` say where a bar links and what it
    says (by default the month's archive and its number of releases).
    """
    url, label = url or _url, label or _label
    by_month = {(year, month): n for year, month, n in counts if n}
    if end is None:
        if not by_month:
            return None
        end = max(by_month)
    spans = monthchart.months_ending(*end, months)
    chart = monthchart.build([(span, by_month.get(span, 0)) for span in spans])
    bars = [
        LinkedBar(bar=bar, url=url(bar) if bar.count else "", label=label(bar))
        for bar in chart.bars
    ]
    return MonthChart(
        chart=chart,
        bars=bars,
        first=datetime.date(*spans[0], 1),
        last=datetime.date(*spans[-1], 1),
    )


def year_chart(counts, year):
    """January to December of ``year``."""
    return month_chart(counts, months=12, end=(year, 12))


def question_chart(counts, url, end=None):
    """Questions per month from ``[(year, month, asked, …), …]``: the twelve months ending
    with ``end`` (by default the newest month with questions); ``url(bar)`` is where a
    month's bar links."""
    asked = [(year, month, n) for year, month, n, *_ in counts]
    return month_chart(asked, end=end, url=url, label=_question_label)


def _url(bar):
    return reverse("releases:archive_month", kwargs={"year": bar.year, "month": bar.month})


def _label(bar):
    month = date_format(datetime.date(bar.year, bar.month, 1), "YEAR_MONTH_FORMAT")
    return ngettext("%(month)s:%(count)d 场发布会", "%(month)s:%(count)d 场发布会", bar.count) % {
        "month": month,
        "count": bar.count,
    }


def _question_label(bar):
    month = date_format(datetime.date(bar.year, bar.month, 1), "YEAR_MONTH_FORMAT")
    return ngettext("%(month)s:%(count)d 个提问", "%(month)s:%(count)d 个提问", bar.count) % {
        "month": month,
        "count": bar.count,
    }
