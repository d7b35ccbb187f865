"""The search page: `/search/?q=…`, combinable with the list filters.

GET and HEAD only; a fixed number of queries whatever the archive's size or the query.
"""

from django.conf import settings
from django.core.paginator import InvalidPage, Paginator
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import render
from django.views.decorators.http import require_safe

from releases import filters as release_filters
from releases.metadata import list_meta
from releases.models import Appearance, Figure, Release, Segment
from releases.search import index
from releases.search.results import find_hit
from releases.search.tokens import parse_query


def _page_releases(ids):
    releases = Release.objects.filter(pk__in=ids).prefetch_related(
        Prefetch(
            "appearances",
            queryset=Appearance.objects.select_related("speaker").order_by("order"),
        ),
        Prefetch(
            "segments",
            queryset=Segment.objects.select_related("answerer__speaker").order_by("order"),
        ),
        Prefetch("figures", queryset=Figure.objects.order_by("order")),
    )
    by_id = {release.pk: release for release in releases}
    return [by_id[pk] for pk in ids if pk in by_id]


@require_safe
def search(request):
    query = parse_query(request.GET.get("q", ""))
    context = {"query": query, "q": request.GET.get("q", "")[:500]}
    if not query:
        return render(request, "releases/search.html", context)

    # Filters narrow the candidates before the window of newest matches is taken, so a
    # filtered search for a common word still reaches older releases.
    filters = release_filters.parse(request.GET)
    within = None
    if not filters.is_empty:
        within = release_filters.apply(filters, Release.objects.published())
    window = index.window(query, settings.SEARCH_WINDOW, within)
    scores = dict(window)
    filtering = release_filters.filter_releases(
        request.GET,
        Release.objects.published().filter(pk__in=list(scores)),
        path=request.path,
        cache_key=f"search:{' '.join(term.text for term in query.terms)}",
    )
    visible = set(filtering.queryset.values_list("pk", flat=True))
    ranked = [pk for pk, _ in window if pk in visible]

    paginator = Paginator(ranked, settings.RELEASES_PER_PAGE)
    try:
        page = paginator.page(request.GET.get("page") or 1)
    except InvalidPage as error:
        raise Http404("no such page") from error
    context.update(
        hits=[find_hit(release, query) for release in _page_releases(page.object_list)],
        page_obj=page,
        paginator=paginator,
        is_paginated=page.has_other_pages(),
        page_range=paginator.get_elided_page_range(page.number),
        more=len(window) >= settings.SEARCH_WINDOW,
        window=settings.SEARCH_WINDOW,
        filtering=filtering,
        meta={
            **list_meta(request, filtering, page, q=query.raw),
            "canonical_url": "",
            "noindex": True,
        },
    )
    return render(request, "releases/search.html", context)
