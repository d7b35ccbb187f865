"""Statistics of questions and answers: the overview, and one page per outlet, speaker,
organisation or topic with its questions by year and month and who asked or answered.

GET and HEAD only. The aggregates come from releases.stats.counts (cached per archive
version); a page adds the subject and one page of its questions, so it costs a fixed
number of queries whatever the archive's size.
"""

import datetime
from urllib.parse import urlencode

from django.core.paginator import InvalidPage
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_safe

from releases.charts import question_chart
from releases.listing.filters import BadFilter, parse
from releases.listing.pages import paginate
from releases.models import Organisation, Outlet, Speaker, Topic
from releases.publishing.metadata import canonical_url
from releases.stats import counts

MODELS = {"outlet": Outlet, "speaker": Speaker, "organisation": Organisation, "topic": Topic}
# Who else a subject's questions are counted by, in the order the page shows them.
RANKINGS = {
    "outlet": ("speaker", "organisation"),
    "speaker": ("outlet",),
    "organisation": ("outlet", "speaker"),
    "topic": ("outlet", "speaker", "organisation"),
}


def _ranking(by, rows):
    return {"by": by, "rows": [(name, n, counts.subject_url(by, pk)) for pk, name, n in rows]}


def _years(months, url):
    """[{year, asked, answered, url}] newest first, from [(year, month, asked, answered)]."""
    years = {}
    for year, _, asked, answered in months:
        entry = years.setdefault(year, {"year": year, "asked": 0, "answered": 0})
        entry["asked"] += asked
        entry["answered"] += answered
    for entry in years.values():
        entry["url"] = url(entry["year"])
    return sorted(years.values(), key=lambda entry: -entry["year"])


def _archive_month(bar):
    return reverse("releases:archive_month", kwargs={"year": bar.year, "month": bar.month})


@require_safe
def stats_index(request):
    months = counts.by_month()
    today = timezone.localdate()
    topics = [
        {
            "name": name,
            "last": last,
            "this": this,
            "change": f"{this - last:+d}" if this != last else "0",
            "url": counts.subject_url("topic", pk),
        }
        for pk, name, last, this in counts.topics_growth(today)
    ]
    context = {
        "total": sum(asked for _, _, asked, _ in months),
        "answered": sum(answered for *_, answered in months),
        # The latest twelve months; a bar leads to the month's releases.
        "month_chart": question_chart(months, _archive_month),
        "years": _years(
            months, lambda year: reverse("releases:archive_year", kwargs={"year": year})
        ),
        "rankings": [_ranking(by, counts.top(by)) for by in counts.OVERVIEW_RANKINGS],
        "topics": topics,
        "this_year": today.year,
        "this_month": today.month,
        "meta": {"canonical_url": canonical_url(request)},
    }
    return render(request, "releases/stats_index.html", context)


def _selected(params, months):
    """(year, month) asked for in ``params`` (?year=&month=), or the newest with questions;
    Http404 for a malformed value or a time with none."""
    try:
        filters = parse({name: params.get(name, "") for name in ("year", "month")})
    except BadFilter as error:
        raise Http404(str(error)) from error
    known = [(year, month) for year, month, asked, _ in months if asked]
    if filters.year is None:
        return known[-1]
    in_year = [(year, month) for year, month in known if year == filters.year]
    if not in_year:
        raise Http404("no question that year")
    if filters.month is None:
        return in_year[-1]
    if (filters.year, filters.month) not in in_year:
        raise Http404("no question that month")
    return filters.year, filters.month


@require_safe
def subject_stats(request, pk, kind):
    subject = get_object_or_404(MODELS[kind], pk=pk)
    months = counts.by_month(kind, pk)
    if not any(asked for _, _, asked, _ in months):
        raise Http404("no public question")  # e.g. an outlet of drafts only stays private
    year, month = _selected(request.GET, months)

    def month_url(y, m):
        return f"?{urlencode({'year': y, 'month': m})}#questions"

    by_month = {(y, m): (asked, answered) for y, m, asked, answered in months}
    listing = (
        counts.questions(kind, pk)
        .filter(release__published_month=datetime.date(year, month, 1))
        .select_related("release", "asker_outlet", "answerer__speaker", "answerer__organisation")
        .order_by("-release__published_at", "-release_id", "order")
    )
    try:
        page = paginate(listing, request.GET.get("page"), count=by_month[year, month][0])
    except InvalidPage as error:
        raise Http404(str(error)) from error
    params = {"year": year, "month": month} if "year" in request.GET else {}
    context = {
        "kind": kind,
        "subject": subject,
        "total": sum(asked for _, _, asked, _ in months),
        "answered": sum(answered for *_, answered in months),
        "year": year,
        "month": month,
        "month_chart": question_chart(
            months, lambda bar: month_url(bar.year, bar.month), end=(year, 12)
        ),
        "months": [
            {
                "month": m,
                "asked": by_month.get((year, m), (0, 0))[0],
                "answered": by_month.get((year, m), (0, 0))[1],
                "url": month_url(year, m),
                "current": m == month,
            }
            for m in range(1, 13)
        ],
        "years": _years(months, lambda y: f"?{urlencode({'year': y})}"),
        "rankings": [_ranking(by, counts.top(by, kind, pk)) for by in RANKINGS[kind]],
        **page,
        "meta": {
            "canonical_url": canonical_url(request, params=params, page=page["page_obj"].number)
        },
    }
    return render(request, "releases/stats_subject.html", context)
