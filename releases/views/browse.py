"""Ways into the archive by who and what: a speaker, an organisation, a topic.

GET and HEAD only; a fixed number of queries per page whatever the archive's size.
"""

from django.db.models.functions import Coalesce
from django.http import Http404, QueryDict
from django.shortcuts import get_object_or_404
from django.urls import reverse

from releases.http.lists import ReleaseListView
from releases.listing.filters import filter_releases
from releases.models import Appearance, Release, Speaker, listed_condition
from releases.publishing.metadata import canonical_url, feed_links


class SpeakerView(ReleaseListView):
    template_name = "releases/speaker_detail.html"
    context_object_name = "appearances"

    def get_queryset(self):
        self.speaker = get_object_or_404(Speaker, pk=self.kwargs["pk"])
        return (
            Appearance.objects.filter(listed_condition("release__"), speaker=self.speaker)
            .select_related("release", "organisation")
            # COALESCE(x, x) is x, but no index serves it: the database must start from the
            # speaker's appearances and sort those, instead of walking every release newest
            # first until it has met enough of them (PostgreSQL's choice, ruinous for a
            # speaker seen once years ago).
            .order_by(
                Coalesce("release__published_at", "release__published_at").desc(), "-release_id"
            )
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if not context["paginator"].count:
            raise Http404("no public appearance")  # a speaker of drafts only stays private
        context["speaker"] = self.speaker
        context["meta"] = {
            "canonical_url": canonical_url(self.request, page=context["page_obj"].number),
            "feeds": feed_links({"speaker": self.speaker.pk}, f"Pressroom · {self.speaker.name}"),
        }
        return context


class ReleasesAboutView(ReleaseListView):
    """An organisation's or a topic's page: its releases, newest first, and their facets."""

    template_name = "releases/releases_about.html"
    context_object_name = "releases"
    kind = None  # the filter's name: "organisation" or "topic"

    def get_queryset(self):
        params = QueryDict(f"{self.kind}={self.kwargs['pk']}")
        self.filtering = filter_releases(
            params, Release.objects.listed(), path=reverse("releases:index")
        )
        self.known_count = self.filtering.total
        return self.filtering.queryset.newest_first().for_listing()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if not context["paginator"].count:
            raise Http404(f"no public release for this {self.kind}")
        label = self.filtering.active[0].label
        context.update(
            kind=self.kind,
            filtering=self.filtering,
            name=label,
            filtered_url=self.filtering.url(),
            meta={
                "canonical_url": canonical_url(self.request, page=context["page_obj"].number),
                "feeds": feed_links({self.kind: self.kwargs["pk"]}, f"Pressroom · {label}"),
            },
        )
        return context
