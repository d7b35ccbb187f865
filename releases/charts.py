"""The releases-per-month chart of the index and archive pages, in a fixed number of queries.

``releases_per_month(queryset)`` counts the queryset's releases in each of the last
months (one query with a conditional count per month, served by the published_at
index, plus one to find the newest month when none is given) and hands the template
``includes/month_chart.html`` the bars with their links and spoken labels.
"""

import datetime
from dataclasses import dataclass

from django.db.models import Count, Q
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import ngettext

from releases import monthchart

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


def month_start(year, month):
    """Midnight on the first of the month, local time (Asia/Shanghai), as an aware datetime."""
    return timezone.make_aware(datetime.datetime(year, month, 1))


def month_url(year, month):
    """The month's archive page; the index filtered to the month until that page exists."""
    try:
        return reverse("releases:archive_month", kwargs={"year": year, "month": month})
    except NoReverseMatch:
        return f"{reverse('releases:index')}?year={year}&month={month}"


def releases_per_month(releases, months=MONTHS, end=None):
    """The chart for ``releases`` over ``months`` months ending with ``end`` (year, month).

    By default the chart ends with the month of the newest release in ``releases``;
    None when there is none.
    """
    if end is None:
        newest = releases.order_by("-published_at").values_list("published_at", flat=True)[:1]
        newest = next(iter(newest), None)
        if newest is None:
            return None
        newest = timezone.localtime(newest)
        end = (newest.year, newest.month)
    spans = monthchart.months_ending(*end, months)
    bounds = [month_start(*span) for span in spans]
    bounds.append(month_start(*monthchart.month_after(*spans[-1])))
    per_month = {
        f"m{i}": Count("pk", filter=Q(published_at__gte=start, published_at__lt=end))
        for i, (start, end) in enumerate(zip(bounds, bounds[1:], strict=False))
    }
    window = releases.filter(published_at__gte=bounds[0], published_at__lt=bounds[-1])
    counts = window.aggregate(**per_month)
    chart = monthchart.build([(span, counts[f"m{i}"] or 0) for i, span in enumerate(spans)])
    bars = [
        LinkedBar(bar=bar, url=month_url(bar.year, bar.month), label=_label(bar))
        for bar in chart.bars
    ]
    return MonthChart(
        chart=chart,
        bars=bars,
        first=datetime.date(*spans[0], 1),
        last=datetime.date(*spans[-1], 1),
    )


def _label(bar):
    month = date_format(datetime.date(bar.year, bar.month, 1), "YEAR_MONTH_FORMAT")
    return ngettext("%(month)s:%(count)d 场发布会", "%(month)s:%(count)d 场发布会", bar.count) % {
        "month": month,
        "count": bar.count,
    }
