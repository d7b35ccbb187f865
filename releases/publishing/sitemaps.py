"""sitemap.xml: an index of sections, each split into pages of at most LIMIT URLs: the
home page and archive, releases, speakers, organisations, topics, statistics (the
overview, outlets and the statistics of speakers, organisations and topics), and the
announced press conferences (the upcoming list and each published notice)."""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap as DjangoSitemap
from django.urls import reverse

from releases.listing.counts import month_counts
from releases.models import (
    Appearance,
    Notice,
    Organisation,
    Release,
    Speaker,
    Topic,
    listed_condition,
)
from releases.stats import counts

LIMIT = 5000


class Sitemap(DjangoSitemap):
    """URLs on the site's configured address (settings.SITE_URL) when there is one."""

    limit = LIMIT

    @property
    def protocol(self):
        return urlsplit(settings.SITE_URL).scheme or None

    def get_domain(self, site=None):
        return urlsplit(settings.SITE_URL).netloc or super().get_domain(site)


def _public_appearances():
    return Appearance.objects.filter(listed_condition("release__"))


class PageSitemap(Sitemap):
    """The home page and the archive by year and month."""

    def items(self):
        counts = month_counts()
        years = sorted({year for year, _, _ in counts}, reverse=True)
        return [
            reverse("releases:index"),
            reverse("releases:archive"),
            *(reverse("releases:archive_year", args=[year]) for year in years),
            *(reverse("releases:archive_month", args=[y, m]) for y, m, _ in counts),
        ]

    def location(self, item):
        return item


class ReleaseSitemap(Sitemap):
    def items(self):
        # Oldest first, by id: earlier pages of the sitemap stay the same as the archive grows.
        return Release.objects.listed().order_by("pk").only("pk", "published_at", "updated_at")

    def lastmod(self, release):
        return release.updated_at or release.published_at


class SpeakerSitemap(Sitemap):
    def items(self):
        speakers = _public_appearances().values("speaker_id")
        return Speaker.objects.filter(pk__in=speakers).order_by("pk")


class OrganisationSitemap(Sitemap):
    def items(self):
        organisations = _public_appearances().values("organisation_id")
        return Organisation.objects.filter(pk__in=organisations).order_by("pk")


class TopicSitemap(Sitemap):
    def items(self):
        public = Release.objects.listed().values("pk")
        return Topic.objects.filter(releases__in=public).distinct().order_by("pk")


class StatsSitemap(Sitemap):
    """The statistics overview and the page of every outlet, speaker, organisation and
    topic with a listed question (the ids are cached counts: no query once counted)."""

    def items(self):
        return [
            reverse("releases:stats"),
            *(
                counts.subject_url(kind, pk)
                for kind in counts.KINDS
                for pk in counts.subjects(kind)
            ),
        ]

    def location(self, item):
        return item


class NoticeSitemap(Sitemap):
    """The upcoming press conferences and every published notice (cancelled ones keep
    their page, marked so)."""

    def items(self):
        notices = Notice.objects.published().order_by("pk").only("pk")
        return [reverse("releases:upcoming"), *(notice.get_absolute_url() for notice in notices)]

    def location(self, item):
        return item


SITEMAPS = {
    "pages": PageSitemap,
    "releases": ReleaseSitemap,
    "speakers": SpeakerSitemap,
    "organisations": OrganisationSitemap,
    "topics": TopicSitemap,
    "stats": StatsSitemap,
    "notices": NoticeSitemap,
}
