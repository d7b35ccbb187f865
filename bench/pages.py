"""The page kinds the benchmark measures, and how to find URLs for each in the bench data.

To measure a new kind of page, add one entry to PAGES: a name, the target p95 in
milliseconds, and a function from the Sample to a list of URLs (requests cycle through
them, so several URLs spread the work over different data).
"""

from dataclasses import dataclass

from django.db.models import Count
from django.urls import reverse

from releases.models import Organisation, Outlet, Release, Speaker, Topic

PAGE_TARGET_MS = 50
# Search is held to the same target as every other page.
SEARCH_TARGET_MS = PAGE_TARGET_MS


@dataclass
class Sample:
    releases: list  # [(year, pk)] spread over the archive
    speaker: int
    organisation: int
    topic: int
    year: int
    month: int
    last_page: int
    channel: str
    outlet: int

    @classmethod
    def take(cls, per_page):
        public = Release.objects.published()
        total = public.count()
        step = max(1, total // 40)
        releases = [
            (r.url_year, r.pk)
            for r in public.order_by("pk").only("pk", "published_at", "created")[::step][:40]
        ]
        middle = public.order_by("pk")[total // 2]
        middle_local = middle.published_at
        return cls(
            releases=releases,
            speaker=Speaker.objects.annotate(n=Count("appearances")).order_by("-n")[0].pk,
            organisation=Organisation.objects.annotate(n=Count("appearances")).order_by("-n")[0].pk,
            topic=Topic.objects.annotate(n=Count("releases")).order_by("-n")[0].pk,
            year=middle_local.year,
            month=middle_local.month,
            last_page=max(1, -(-total // per_page)),
            channel=middle.channel,
            outlet=Outlet.objects.annotate(n=Count("questions")).order_by("-n")[0].pk,
        )


def _search(*queries):
    return lambda s: [f"{reverse('releases:search')}?q={q}" for q in queries]


PAGES = [
    ("search, short (1-2 characters)", SEARCH_TARGET_MS, _search("威海", "港", "公园", "管廊")),
    (
        "search, long",
        SEARCH_TARGET_MS,
        _search("地下综合管廊", "老旧小区改造", "保障性租赁住房", "口袋公园建设情况"),
    ),
    (
        "search, filtered",
        SEARCH_TARGET_MS,
        lambda s: [f"{reverse('releases:search')}?q=威海&year={s.year}&topic={s.topic}"],
    ),
    ("index, first page", PAGE_TARGET_MS, lambda s: ["/"]),
    ("index, last page", PAGE_TARGET_MS, lambda s: [f"/?page={s.last_page}"]),
    (
        "detail",
        PAGE_TARGET_MS,
        lambda s: [reverse("releases:detail", args=[y, pk]) for y, pk in s.releases],
    ),
    ("archive", PAGE_TARGET_MS, lambda s: [reverse("releases:archive")]),
    ("archive year", PAGE_TARGET_MS, lambda s: [reverse("releases:archive_year", args=[s.year])]),
    (
        "archive month",
        PAGE_TARGET_MS,
        lambda s: [reverse("releases:archive_month", args=[s.year, s.month])],
    ),
    ("speaker", PAGE_TARGET_MS, lambda s: [reverse("releases:speaker", args=[s.speaker])]),
    (
        "organisation",
        PAGE_TARGET_MS,
        lambda s: [reverse("releases:organisation", args=[s.organisation])],
    ),
    ("topic", PAGE_TARGET_MS, lambda s: [reverse("releases:topic", args=[s.topic])]),
    (
        "filtered list",
        PAGE_TARGET_MS,
        lambda s: [
            f"/?year={s.year}&topic={s.topic}",
            f"/?channel={s.channel}&speaker={s.speaker}",
        ],
    ),
    ("feed", PAGE_TARGET_MS, lambda s: [reverse("releases:feed_atom")]),
    ("stats", PAGE_TARGET_MS, lambda s: [reverse("releases:stats")]),
    (
        "stats, outlet",
        PAGE_TARGET_MS,
        lambda s: [
            reverse("releases:outlet", args=[s.outlet]),
            f"{reverse('releases:outlet', args=[s.outlet])}?year={s.year}",
        ],
    ),
    (
        "stats, speaker",
        PAGE_TARGET_MS,
        lambda s: [reverse("releases:speaker_stats", args=[s.speaker])],
    ),
    (
        "stats, organisation",
        PAGE_TARGET_MS,
        lambda s: [reverse("releases:organisation_stats", args=[s.organisation])],
    ),
    ("stats, topic", PAGE_TARGET_MS, lambda s: [reverse("releases:topic_stats", args=[s.topic])]),
]
