"""The search page: `/search/?q=…`, combinable with the list filters.

GET and HEAD only; a fixed number of queries whatever the archive's size or the query.
"""

from django.conf import settings
from django.core.paginator import InvalidPage
from django.http import Http404
from django.shortcuts import render
from django.views.decorators.http import require_safe

from releases.caching import fragments
from releases.listing.filters import BadFilter, filter_releases, search_within
from releases.listing.pages import LIST_PARAMS, paginate
from releases.models import Appearance, Figure, Release, Segment
from releases.publishing.metadata import list_meta
from releases.search.results import Parts, SegmentText, find_hit
from releases.search.tokens import parse_query

# What the search page reads of its query string.
SEARCH_PARAMS = ("q", *LIST_PARAMS)


@require_safe
def search(request):
    # Kept whole per version of the archive (releases/caching/fragments.py).
    page_path = fragments.known_place(request, SEARCH_PARAMS)
    stamp = fragments.archive_stamp(fragments.origin(request) + page_path)
    return fragments.kept_response("search", stamp, lambda: _search(request, page_path))


def _search(request, page_path):
    query = parse_query(request.GET.get("q", ""))
    context = {"query": query, "q": request.GET.get("q", "")[:500], "page_path": page_path}
    if not query:
        return render(request, "releases/search.html", context)
    try:
        window = search_within(query, request.GET)
        filtering = filter_releases(
            request.GET,
            Release.objects.listed().filter(pk__any_of=[pk for pk, _ in window]),
            path=request.path,
            cache_key=f"search:{' '.join(term.text for term in query.terms)}",
        )
        visible = set(filtering.queryset.values_list("pk", flat=True))
        ranked = [pk for pk, _ in window if pk in visible]
        context.update(paginate(ranked, request.GET.get("page")))
    except (BadFilter, InvalidPage) as error:
        raise Http404(str(error)) from error
    ids = context["object_list"]
    found, parts = _hit_rows(ids)
    context.update(
        hits=[find_hit(found[pk], parts[pk], query) for pk in ids if pk in found],
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


def _hit_rows(ids):
    """({id: release}, {id: Parts}) for a page of hits: four queries, plain rows for the
    parts (no model instance, no queryset per release)."""
    found = Release.objects.only(
        "title", "kicker", "lead", "body", "published_at", "created"
    ).in_bulk(ids)
    parts = {pk: Parts() for pk in ids}
    for release_id, name in (
        Appearance.objects.filter(release_id__in=ids)
        .order_by("release_id", "order")
        .values_list("release_id", "speaker__name")
    ):
        parts[release_id].speakers.append(name)
    for release_id, *row in (
        Segment.objects.filter(release_id__in=ids)
        .order_by("release_id", "order")
        .values_list(
            "release_id", "pk", "order", "question", "asker", "answer", "answerer__speaker__name"
        )
    ):
        parts[release_id].segments.append(SegmentText(*row))
    for release_id, *row in (
        Figure.objects.filter(release_id__in=ids)
        .order_by("release_id", "order")
        .values_list("release_id", "segment_id", "label", "text")
    ):
        parts[release_id].figures.append(tuple(row))
    return found, parts
