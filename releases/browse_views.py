"""Ways into the archive: a speaker, an organisation, a topic, a year or a month.

GET and HEAD only; a fixed number of queries per page whatever the archive's size.
"""

from functools import partial
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import InvalidPage, Paginator
from django.db.models import Count
from django.db.models.functions import Coalesce
from django.http import Http404, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_safe

from releases import caching
from releases.charts import year_chart
from releases.filters import filter_releases, local_range
from releases.metadata import canonical_url, feed_links
from releases.models import Appearance, Release, Speaker, published_condition


def paginate(request, queryset, count=None):
    """The requested page of ``queryset``; Http404 for a page that is not a page.

    ``count``, when known from the cached counts, saves the COUNT query.
    """
    paginator = Paginator(queryset, settings.RELEASES_PER_PAGE)
    if count is not None:
        paginator.count = count
    try:
        page = paginator.page(request.GET.get("page") or 1)
    except InvalidPage as error:
        raise Http404("no such page") from error
    return {
        "page_obj": page,
        "paginator": paginator,
        "is_paginated": page.has_other_pages(),
        "page_range": paginator.get_elided_page_range(page.number),
    }


@require_safe
def speaker_detail(request, pk):
    speaker = get_object_or_404(Speaker, pk=pk)
    appearances = (
        Appearance.objects.filter(published_condition("release__"), speaker=speaker)
        .select_related("release", "organisation")
        # COALESCE(x, x) is x, but no index serves it: the database must start from the
        # speaker's appearances and sort those, instead of walking every release newest
        # first until it has met enough of them (PostgreSQL's choice, ruinous for a
        # speaker seen once years ago).
        .order_by(Coalesce("release__published_at", "release__published_at").desc(), "-release_id")
    )
    context = paginate(request, appearances)
    if not context["paginator"].count:
        raise Http404("no public appearance")  # a speaker of drafts only stays private
    title = f"Pressroom · {speaker.name}"
    context.update(
        speaker=speaker,
        appearances=context["page_obj"].object_list,
        meta={
            "canonical_url": canonical_url(request, page=context["page_obj"].number),
            "feeds": feed_links({"speaker": speaker.pk}, title),
        },
    )
    return render(request, "releases/speaker_detail.html", context)


def _releases_about(request, name, pk, template):
    """An organisation's or a topic's page: its releases, newest first, and their facets."""
    filtering = filter_releases(
        QueryDict(f"{name}={pk}"), Release.objects.published(), path=reverse("releases:index")
    )
    context = paginate(
        request, filtering.queryset.newest_first().for_listing(), count=filtering.total
    )
    if not context["paginator"].count:
        raise Http404(f"no public release for this {name}")
    label = filtering.active[0].label
    context.update(
        filtering=filtering,
        name=label,
        releases=context["page_obj"].object_list,
        filtered_url=filtering.url(),
        meta={
            "canonical_url": canonical_url(request, page=context["page_obj"].number),
            "feeds": feed_links({name: pk}, f"Pressroom · {label}"),
        },
    )
    return render(request, template, context)


@require_safe
def organisation_detail(request, pk):
    return _releases_about(request, "organisation", pk, "releases/organisation_detail.html")


@require_safe
def topic_detail(request, pk):
    return _releases_about(request, "topic", pk, "releases/topic_detail.html")


def month_counts():
    """[(year, month, count)] of published releases, newest first, from the cache."""

    def compute():
        rows = (
            Release.objects.published()
            .order_by()
            .values_list("published_month")
            .annotate(n=Count("pk"))
            .order_by("-published_month")
        )
        return [(month.year, month.month, n) for month, n in rows]

    return caching.cached_counts("archive:months", compute)


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


def _archive_list(request, year, month, template):
    counts = [(y, m, n) for y, m, n in month_counts() if y == year and month in (None, m)]
    if not counts:
        raise Http404("nothing published then")
    start, end = local_range(year, month)
    releases = Release.objects.published().filter(published_at__gte=start, published_at__lt=end)
    total = sum(n for _, _, n in counts)
    context = paginate(request, releases.newest_first().for_listing(), count=total)
    params = {"year": year, "month": month} if month else {"year": year}
    context.update(
        year=year,
        month=month,
        months=_years(counts)[0]["months"],
        month_chart=year_chart(counts, year) if month is None else None,
        releases=context["page_obj"].object_list,
        filtered_url=f"{reverse('releases:index')}?{urlencode(params)}",
        meta={
            "canonical_url": canonical_url(request, page=context["page_obj"].number),
            "feeds": feed_links(params),
        },
    )
    return render(request, template, context)


@require_safe
def archive_year(request, year):
    return _archive_list(request, year, None, "releases/archive_year.html")


@require_safe
def archive_month(request, year, month):
    return _archive_list(request, year, month, "releases/archive_month.html")


@require_safe
def robots_txt(request):
    sitemap = request.build_absolute_uri(reverse("sitemap_index"))
    lines = ["User-agent: *", "Disallow: /admin/", f"Sitemap: {sitemap}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
