"""Counts over the whole archive that several pages share, kept in the cache."""

from django.db.models import Count

from releases.listing import cache
from releases.listing.filters import filter_releases
from releases.models import Release
from releases.stats import counts as stats


def month_counts():
    """[(year, month, count)] of published releases, newest first, from the cache."""

    def compute():
        rows = (
            Release.objects.listed()
            .order_by()
            .values_list("published_month")
            .annotate(n=Count("pk"))
            .order_by("-published_month")
        )
        return [(month.year, month.month, n) for month, n in rows]

    return cache.cached_counts("archive:months", compute)


def count_archive():
    """Count what the index, the archive and the statistics overview show, so that their
    next reader finds it cached (an editor's save pays for it once it commits)."""
    filter_releases({}, Release.objects.listed())
    month_counts()
    stats.count_overview()
