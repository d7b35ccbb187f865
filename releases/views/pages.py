"""The index and a release's page: read-only, a fixed number of queries each."""

from functools import partial

from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_safe

from releases.caching import fragments
from releases.charts import month_chart
from releases.http.lists import ReleaseListView
from releases.listing.counts import month_counts
from releases.listing.filters import filter_releases
from releases.listing.pagination import KeysetPaginator
from releases.models import Release, load_detail_parts, release_for_page
from releases.publishing.metadata import list_meta, release_meta


class ReleaseIndexView(ReleaseListView):
    template_name = "releases/release_list.html"
    context_object_name = "releases"
    paginator_class = KeysetPaginator

    def get_paginator(self, queryset, per_page, **kwargs):
        # The page keys are cached per filter combination.
        key = f"index{self.filtering.querystring}"
        return super().get_paginator(queryset, per_page, cache_key=key, **kwargs)

    def get_queryset(self):
        self.filtering = filter_releases(
            self.request.GET, Release.objects.listed(), path=self.request.path
        )
        self.known_count = self.filtering.total  # counted with the facets
        return self.filtering.queryset.newest_first().for_listing()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["filtering"] = self.filtering
        # The chart of the whole archive (a filtered list has its counts in the facets),
        # built only when the side panel's fragment is made (templates call callables).
        context["month_chart"] = (
            None if self.filtering.active else partial(month_chart, month_counts())
        )
        place = self.request.path + self.filtering.querystring
        context["side_stamp"] = fragments.archive_stamp(place)
        context["fragment_seconds"] = settings.FRAGMENT_CACHE_SECONDS
        context["meta"] = list_meta(self.request, self.filtering, context["page_obj"])
        return context


@require_safe
def release_detail(request, year, pk):
    # Staff preview drafts and scheduled releases; the public sees published() only.
    # Without a session cookie there is no staff user: skip the session, and with it the
    # Vary: Cookie header that would split a CDN's cache.
    signed_in = settings.SESSION_COOKIE_NAME in request.COOKIES
    staff = signed_in and request.user.is_staff
    if not staff and (kept := fragments.kept_release(request, year, pk)):
        return kept
    release = release_for_page(pk)
    if release is None or not (staff or release.is_public):
        raise Http404("No release found")
    if release.url_year != year:
        return redirect(release, permanent=True)
    # The page is rendered once per version of this release (releases/caching/fragments.py):
    # a change elsewhere in the archive (which empties the page cache) costs no render.
    stamp = fragments.release_stamp(request, release)
    return fragments.kept_response("release", stamp, partial(_render_release, request, release))


def _render_release(request, release):
    load_detail_parts(release)
    context = {
        "release": release,
        "meta": release_meta(request, release),
        # Whatever query string a link added, the page is the same.
        "page_path": release.get_absolute_url(),
    }
    return render(request, "releases/release_detail.html", context)
