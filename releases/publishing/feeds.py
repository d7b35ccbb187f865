"""Atom and RSS feeds of the newest releases, narrowed like the index (filters) or the search
page (``q`` and filters).

A withdrawn release stays in the feeds, marked: its title starts with [已撤回], its summary is
the withdrawal notice and its update time the withdrawal's, so that a feed reader that showed
it learns that it was withdrawn (a release that silently left the feed would stay in readers
as it was). It ages out of the newest 30 like any other.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from releases.listing.filters import BadFilter, Filters, describe, narrow, search_within
from releases.models import Release
from releases.search.tokens import parse_query

FEED_SIZE = 30


@dataclass(frozen=True)
class FeedSource:
    filters: Filters
    labels: list
    queryset: object
    q: str = ""
    path: str = ""


def _on_site(path):
    """A path on the site's configured address; without one, Django's feed adds the
    request's own."""
    return f"{settings.SITE_URL}{path}" if settings.SITE_URL else path


class ReleaseAtomFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request):
        try:
            filters, names, queryset = narrow(request.GET, Release.objects.published())
            query = parse_query(request.GET.get("q", ""))
            # The same matches as the search page.
            window = search_within(query, request.GET) if query else None
        except BadFilter as error:
            raise Http404(str(error)) from error
        labels = describe(filters, names)
        if query:
            queryset = queryset.filter(pk__in=[pk for pk, _ in window])
            labels = [query.raw, *labels]
        return FeedSource(
            filters, labels, queryset, query.raw if query else "", request.get_full_path()
        )

    def title(self, source):
        return (
            " · ".join(["Pressroom", *source.labels]) if source.labels else _("Pressroom 最新发布")
        )

    def description(self, source):
        return _("政府新闻发布会的公开档案:谁发布、问了什么、答了什么、关键数据。")

    def link(self, source):
        if source.q:
            params = {"q": source.q, **source.filters.params()}
            return _on_site(f"{reverse('releases:search')}?{urlencode(params)}")
        return _on_site(reverse("releases:index") + source.filters.querystring())

    def feed_url(self, source):
        return _on_site(source.path)

    def item_link(self, release):
        return _on_site(release.get_absolute_url())

    def items(self, source):
        return source.queryset.newest_first().prefetch_related("topics")[:FEED_SIZE]

    def item_title(self, release):
        title = f"{release.kicker}丨{release.title}" if release.kicker else release.title
        return f"[{_('已撤回')}] {title}" if release.is_withdrawn else title

    def item_description(self, release):
        if release.is_withdrawn:
            when = timezone.localtime(release.withdrawn_at).date().isoformat()
            return _("本稿件已于 %(date)s 撤回。撤回原因:%(reason)s") % {
                "date": when,
                "reason": release.withdrawal_reason,
            }
        return release.lead

    def item_pubdate(self, release):
        return release.published_at

    def item_updateddate(self, release):
        if release.is_withdrawn:
            return release.withdrawn_at
        return release.updated_at or release.published_at

    def item_author_name(self, release):
        return release.host_office or release.source or None

    def item_categories(self, release):
        return [topic.name for topic in release.topics.all()]


class ReleaseRssFeed(ReleaseAtomFeed):
    feed_type = Rss201rev2Feed
