"""Open data: each release, and any filtered list of releases, as JSON; the whole archive
as the newest dump written by `manage.py export_archive`.

GET and HEAD only. Errors are JSON too: a 404 with {"error": …}.
"""

import json
from functools import wraps
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import InvalidPage
from django.http import FileResponse, Http404, HttpResponse, HttpResponseNotModified, JsonResponse
from django.shortcuts import get_object_or_404
from django.utils.http import http_date
from django.views.decorators.http import require_safe
from django.views.static import was_modified_since

from releases.api import citing
from releases.api.data import SCHEMA_VERSION, release_data, release_summary
from releases.listing.filters import BadFilter, narrow
from releases.listing.pages import paginate
from releases.models import Release
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


@require_safe
@json_errors
def release_detail(request, pk):
    release = get_object_or_404(Release.objects.published().for_detail(), pk=pk)
    data = release_data(release, absolute_builder(request))
    return JsonResponse(data, json_dumps_params=JSON_OPTIONS)


@require_safe
@json_errors
def release_list(request):
    filters, _, releases = narrow(request.GET, Release.objects.published())
    releases = releases.newest_first().for_listing().prefetch_related("topics")
    listing = paginate(releases, request.GET.get("page"), PAGE_SIZE)
    page = listing["page_obj"]

    def page_url(number):
        query = filters.params(page=number) if number > 1 else filters.params()
        return absolute_url(
            request, f"{request.path}?{urlencode(query)}" if query else request.path
        )

    data = {
        "schema_version": SCHEMA_VERSION,
        "filters": filters.params(),
        "count": listing["paginator"].count,
        "page": page.number,
        "pages": listing["paginator"].num_pages,
        "next": page_url(page.next_page_number()) if page.has_next() else None,
        "previous": page_url(page.previous_page_number()) if page.has_previous() else None,
        "results": [release_summary(r, absolute_builder(request)) for r in page.object_list],
    }
    return JsonResponse(data, json_dumps_params=JSON_OPTIONS)


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
