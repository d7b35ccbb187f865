"""The search page: `/search/?q=…`, combinable with the list filters.

GET and HEAD only; a fixed number of queries whatever the archive's size or the query.
"""

from django.conf import settings
from django.core.paginator import InvalidPage
from django.http import Http404
from django.shortcuts import render
from django.views.decorators.http import require_safe

from releases.listing.filters import BadFilter, filter_releases, search_within
from releases.listing.pages import paginate
from releases.models import Release
from releases.publishing.metadata import list_meta
from releases.search.results import find_hit
from releases.search.tokens import parse_query


@require_safe
def search(request):
    query = parse_query(request.GET.get("q", ""))
    context = {"query": query, "q": request.GET.get("q", "")[:500]}
    if not query:
        return render(request, "releases/search.html", context)
    try:
        window = search_within(query, request.GET)
        filtering = filter_releases(
            request.GET,
            Release.objects.listed().filter(pk__in=[pk for pk, _ in window]),
            path=request.path,
            cache_key=f"search:{' '.join(term.text for term in query.terms)}",
        )
        visible = set(filtering.queryset.values_list("pk", flat=True))
        ranked = [pk for pk, _ in window if pk in visible]
        context.update(paginate(ranked, request.GET.get("page")))
    except (BadFilter, InvalidPage) as error:
        raise Http404(str(error)) from error
    ids = context["object_list"]
    found = Release.objects.for_search_hits().in_bulk(ids)
    context.update(
        hits=[find_hit(found[pk], query) for pk in ids if pk in found],
        more=len(window) >= settings.SEARCH_WINDOW,
        window=settings.SEARCH_WINDOW,
        filtering=filtering,
        meta={
            **list_meta(request, filtering, context["page_obj"], q=query.raw),
            "canonical_url": "",
            "noindex": True,
        },
    )
    return render(request, "releases/search.html", context)
