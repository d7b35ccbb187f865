"""The archive by date: every year and month, and the releases of one year or month.

GET and HEAD only; the counts come from the cache, so a page costs a fixed number of
queries whatever the archive's size.
"""

from functools import partial
from urllib.parse import urlencode

from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_safe

from releases.charts import year_chart
from releases.http.lists import ReleaseListView
from releases.listing.counts import month_counts
from releases.listing.filters import local_range
from releases.models import Release
from releases.publishing.metadata import canonical_url, feed_links


def _years(counts):
    """[{year, count, months: [(month, count)]}] from month counts."""
    years = {}
    for year, month, n in counts:
        entry = years.setdefault(year, {"year": year, "count": 0, "months": []})
        entry["count"] += n
        entry["months"].append((month, n))
    for entry in years.values():
        entry["months"].sort()
    return list(years.values())


@require_safe
def archive_index(request):
    counts = month_counts()
    years = _years(counts)
    for entry in years:
        # Built only when the template's cached fragment is stale (templates call callables).
        entry["chart"] = partial(year_chart, counts, entry["year"])
    context = {
        "years": years,
        "counts": counts,
        "language": translation.get_language(),
        "meta": {"canonical_url": canonical_url(request), "feeds": feed_links()},
    }
    return render(request, "releases/archive_index.html", context)


class ArchivePeriodView(ReleaseListView):
    """The releases of a year (``month`` None) or of a month, newest first."""

    template_name = "releases/archive_period.html"
    context_object_name = "releases"

    def get_queryset(self):
        year, month = self.kwargs["year"], self.kwargs.get("month")
        self.counts = [(y, m, n) for y, m, n in month_counts() if y == year and month in (None, m)]
        if not self.counts:
            raise Http404("nothing published then")
        self.known_count = sum(n for _, _, n in self.counts)
        start, end = local_range(year, month)
        releases = Release.objects.listed().filter(published_at__gte=start, published_at__lt=end)
        return releases.newest_first().for_listing()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        year, month = self.kwargs["year"], self.kwargs.get("month")
        params = {"year": year, "month": month} if month else {"year": year}
        context.update(
            year=year,
            month=month,
            months=_years(self.counts)[0]["months"],
            month_chart=year_chart(self.counts, year) if month is None else None,
            filtered_url=f"{reverse('releases:index')}?{urlencode(params)}",
            meta={
                "canonical_url": canonical_url(self.request, page=context["page_obj"].number),
                "feeds": feed_links(params),
            },
        )
        return context
