"""Open data: each release, and any filtered list of releases, as JSON; the notices of
press conferences to come; the whole archive as the newest dump written by
`manage.py export_archive`; and an index of them all at /api/.

GET and HEAD only. Errors are JSON too: a 404 with {"error": …}.
"""

import json
from functools import wraps
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import InvalidPage
from django.http import FileResponse, Http404, HttpResponse, HttpResponseNotModified, JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.http import http_date
from django.views.decorators.http import require_safe
from django.views.static import was_modified_since

from releases.api import citing
from releases.api.data import SCHEMA_VERSION, notice_data, release_data, release_summary
from releases.listing.filters import BadFilter, narrow
from releases.listing.pages import paginate
from releases.models import Notice, Release
from releases.opendata.export import latest
from releases.publishing import citations
from releases.publishing.metadata import absolute_builder, absolute_url

PAGE_SIZE = 50
JSON_OPTIONS = {"ensure_ascii": False}


def json_errors(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except (Http404, BadFilter, InvalidPage):
            return JsonResponse({"error": "not found"}, status=404)

    return wrapper


def _json(data):
    return JsonResponse(data, json_dumps_params=JSON_OPTIONS)


@require_safe
def api_index(request):
    """What the open data holds and where: the lists, the dump, the calendar."""
    absolute = absolute_builder(request)
    return _json(
        {
            "schema_version": SCHEMA_VERSION,
            "releases": absolute(reverse("api:releases")),
            "release": absolute(reverse("api:releases")) + "{id}/",
            "notices": absolute(reverse("api:notices")),
            "notice": absolute(reverse("api:notices")) + "{id}/",
            "calendar": absolute(reverse("releases:upcoming_ics")),
            "dump": absolute(reverse("dump_latest")),
            "sitemap": absolute(reverse("sitemap_index")),
        }
    )


def _page_url(request, query):
    return absolute_url(request, f"{request.path}?{urlencode(query)}" if query else request.path)


def _listing(request, queryset, params, results):
    """A page of a JSON list: {schema_version, …params, count, page, pages, next, previous,
    results}."""
    listing = paginate(queryset, request.GET.get("page"), PAGE_SIZE)
    page = listing["page_obj"]

    def page_url(number):
        return _page_url(request, {**params, "page": number} if number > 1 else params)

    return {
        "schema_version": SCHEMA_VERSION,
        "count": listing["paginator"].count,
        "page": page.number,
        "pages": listing["paginator"].num_pages,
        "next": page_url(page.next_page_number()) if page.has_next() else None,
        "previous": page_url(page.previous_page_number()) if page.has_previous() else None,
        "results": [results(item) for item in page.object_list],
    }


@require_safe
@json_errors
def release_detail(request, pk):
    release = get_object_or_404(Release.objects.published().for_detail(), pk=pk)
    return _json(release_data(release, absolute_builder(request)))


@require_safe
@json_errors
def release_list(request):
    filters, _, releases = narrow(request.GET, Release.objects.published())
    releases = releases.newest_first().for_listing().prefetch_related("topics")
    absolute = absolute_builder(request)
    data = _listing(
        request,
        releases,
        filters.params(),
        lambda release: release_summary(release, absolute),
    )
    # The filters first, as before: {schema_version, filters, count, …}.
    return _json(
        {"schema_version": data.pop("schema_version"), "filters": filters.params(), **data}
    )


@require_safe
@json_errors
def notice_list(request):
    """Every published or cancelled notice, the latest to begin first (one query a page and
    the count)."""
    notices = Notice.objects.published().select_related("release").order_by("-starts_at", "-id")
    absolute = absolute_builder(request)
    return _json(_listing(request, notices, {}, lambda notice: notice_data(notice, absolute)))


@require_safe
@json_errors
def notice_detail(request, pk):
    notice = get_object_or_404(Notice.objects.published().select_related("release"), pk=pk)
    data = notice_data(notice, absolute_builder(request))
    return _json({"schema_version": SCHEMA_VERSION, **data})


# Content types: BibTeX has no registered one, application/x-bibtex is what reference
# managers and browsers know; CSL-JSON's is registered with IANA.
CITATION_FORMATS = {
    "bibtex": ("application/x-bibtex; charset=utf-8", "bib"),
    "csl_json": ("application/vnd.citationstyles.csl+json; charset=utf-8", "json"),
}


@require_safe
@json_errors
def citation(request, pk, kind, order=None):
    """A public release's citation, or one answer's, as a BibTeX or CSL-JSON file."""
    release = get_object_or_404(Release.objects.published().select_related("notice"), pk=pk)
    absolute = absolute_builder(request)
    if order is None:
        work = citing.release_work(release, absolute)
    else:
        segment = get_object_or_404(
            release.segments.select_related("answerer__speaker"), order=order
        )
        work = citing.segment_work(release, segment, absolute)
    cited = citing.cited_on()
    if kind == "bibtex":
        body = citations.bibtex(work, cited)
    else:
        body = json.dumps(citations.csl_json(work, cited), ensure_ascii=False, indent=2) + "\n"
    content_type, extension = CITATION_FORMATS[kind]
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{work.key}.{extension}"'
    return response


@require_safe
def latest_dump(request):
    """The newest dump, streamed (so the page cache never stores it), under a stable URL."""
    path = latest(settings.DUMP_DIR)
    if path is None:
        raise Http404("no dump has been written yet")
    modified = path.stat().st_mtime
    if not was_modified_since(request.META.get("HTTP_IF_MODIFIED_SINCE"), modified):
        return HttpResponseNotModified()
    response = FileResponse(
        path.open("rb"), as_attachment=True, filename=path.name, content_type="application/zip"
    )
    response["Last-Modified"] = http_date(modified)
    return response
