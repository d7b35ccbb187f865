"""The base of every public list page.

``ReleaseListView`` is Django's ListView with what the public lists share: GET and HEAD
only, the page kept whole per version of the archive, the total taken from the cached
counts when known (no COUNT query), the elided page range, and a 404 for a malformed
filter or a page that is not a page.
"""

from django.conf import settings
from django.core.paginator import InvalidPage
from django.http import Http404
from django.utils.decorators import method_decorator
from django.views.decorators.http import require_safe
from django.views.generic import ListView

from releases.caching import fragments
from releases.listing.filters import BadFilter
from releases.listing.pages import LIST_PARAMS


@method_decorator(require_safe, name="dispatch")
class ReleaseListView(ListView):
    paginate_by = settings.RELEASES_PER_PAGE
    # The number of items when the view knows it without counting (set in get_queryset).
    known_count = None

    def get(self, request, *args, **kwargs):
        # Kept whole per version of the archive (releases/caching/fragments.py).
        self.page_path = fragments.known_place(request, LIST_PARAMS)
        stamp = fragments.archive_stamp(fragments.origin(request) + self.page_path)
        return fragments.kept_response("list", stamp, lambda: self._get(*args, **kwargs))

    def _get(self, *args, **kwargs):
        try:
            return super().get(self.request, *args, **kwargs)
        except (BadFilter, InvalidPage) as error:
            raise Http404(str(error)) from error

    def get_paginator(self, queryset, per_page, **kwargs):
        paginator = super().get_paginator(queryset, per_page, **kwargs)
        if self.known_count is not None:
            paginator.count = self.known_count
        return paginator

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page = context["page_obj"]
        context["page_range"] = page.paginator.get_elided_page_range(page.number)
        context["page_path"] = self.page_path
        return context
