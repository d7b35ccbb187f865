"""export_archive, then import_archive into an emptied database: every public page is the
same, byte for byte, and every id and timestamp is kept."""

import io

import pytest
from django.core.cache import cache
from django.core.management import call_command

from releases.models import (
    Appearance,
    ChangeNote,
    Credit,
    Figure,
    Notice,
    Organisation,
    Outlet,
    Photo,
    Release,
    Segment,
    Speaker,
    Topic,
    listed_condition,
)
from releases.publishing.sitemaps import SITEMAPS
from releases.signals import bulk_writes
from releases.stats import counts

pytestmark = pytest.mark.django_db


def public_urls():
    """Every kind of public page of the archive as it stands."""
    # Every release that can be opened has a page and JSON; lists show the listed ones
    # (not the withdrawn).
    releases = list(Release.objects.published().order_by("pk"))
    listed = list(Release.objects.listed())
    public = Appearance.objects.filter(listed_condition("release__"))
    speakers = public.values_list("speaker_id", flat=True).distinct()
    organisations = public.exclude(organisation=None).values_list("organisation_id", flat=True)
    topics = Topic.objects.filter(releases__in=listed).values_list("pk", flat=True).distinct()
    months = {(r.published_month.year, r.published_month.month) for r in listed}
    asked = Segment.objects.filter(release__in=listed).exclude(asker_outlet=None)
    outlets = set(asked.values_list("asker_outlet_id", flat=True))
    stats = [counts.subject_url(kind, pk) for kind in counts.KINDS for pk in counts.subjects(kind)]
    notices = Notice.objects.published().order_by("pk").values_list("pk", flat=True)
    channel = releases[-1].channel
    return [
        "/",
        "/?page=2",
        f"/?channel={channel}",
        "/en/",
        "/archive/",
        "/en/archive/",
        *sorted({f"/archive/{year}/" for year, _ in months}),
        *sorted(f"/archive/{year}/{month:02d}/" for year, month in months),
        *(release.get_absolute_url() for release in releases),
        f"/en{releases[0].get_absolute_url()}",
        *(f"/speakers/{pk}/" for pk in sorted(set(speakers))),
        *(f"/organisations/{pk}/" for pk in sorted(set(organisations))),
        *(f"/topics/{pk}/" for pk in sorted(topics)),
        *(f"/outlets/{pk}/" for pk in sorted(outlets)),
        "/stats/",
        "/en/stats/",
        *stats,
        f"/outlets/{min(outlets)}/?year={counts.by_month('outlet', min(outlets))[0][0]}",
        "/upcoming/",
        "/en/upcoming/",
        "/upcoming.ics",
        *(f"/upcoming/{pk}/" for pk in notices),
        "/api/",
        "/api/notices/",
        *(f"/api/notices/{pk}/" for pk in notices),
        "/feeds/atom/",
        "/feeds/rss/",
        f"/feeds/atom/?channel={channel}",
        "/sitemap.xml",
        *(f"/sitemap-{section}.xml" for section in SITEMAPS),
        "/robots.txt",
        "/api/releases/",
        f"/api/releases/?channel={channel}",
        *(f"/api/releases/{release.pk}/" for release in releases),
        "/search/?q=威海",
        "/search/?q=住房",
    ]


def snapshot_pages(client, urls):
    cache.clear()
    pages = {}
    for url in urls:
        response = client.get(url)
        pages[url] = (response.status_code, response.content)
    return pages


STAMPED = {
    Release: (
        *("pk", "created", "modified", "published_at", "updated_at", "published_month"),
        *("status", "withdrawn_at", "withdrawal_reason", "language"),
    ),
    ChangeNote: ("pk", "release_id", "noted_at", "text"),
}
PHOTO_FIELDS = ("pk", "image", "width", "height", "content_type", "alt_text")
PARTS = (Speaker, Organisation, Topic, Appearance, Segment, Figure, Credit, Photo)


def rows(model, fields=("pk",)):
    return list(model.objects.order_by("pk").values_list(*fields))


def test_roundtrip_pages_ids_and_timestamps_are_the_same(client, archive, export):
    urls = public_urls()
    assert len(urls) > 150
    for kind in ("/outlets/", "/stats/speakers/", "/stats/organisations/", "/stats/topics/"):
        assert any(url.startswith(kind) for url in urls), kind
    assert len([url for url in urls if url.startswith("/upcoming/")]) == 4 + 1
    withdrawn = Release.objects.get(status=Release.Status.WITHDRAWN).get_absolute_url()
    assert withdrawn in urls
    before = snapshot_pages(client, urls)
    assert all(status == 200 for status, _ in before.values()), [
        url for url, (status, _) in before.items() if status != 200
    ]
    public = Release.objects.published()
    kept = {
        Release: list(public.order_by("pk").values_list(*STAMPED[Release])),
        ChangeNote: rows(ChangeNote, STAMPED[ChangeNote]),
        Segment: list(
            Segment.objects.filter(release__in=public)
            .order_by("pk")
            .values_list("pk", "release_id", "order", "answerer_id", "question", "answer")
        ),
        Figure: list(
            Figure.objects.filter(release__in=public)
            .order_by("pk")
            .values_list("pk", "segment_id", "value", "unit", "label", "text", "headline")
        ),
        Photo: rows(Photo, PHOTO_FIELDS),
    }
    dump = export()

    with bulk_writes():  # not one search re-index per deleted part
        for model in (Notice, Segment, Release, Speaker, Organisation, Topic, Outlet):
            model.objects.all().delete()
    call_command("import_archive", str(dump), stdout=io.StringIO(), stderr=io.StringIO())

    after = snapshot_pages(client, urls)
    differing = [url for url in urls if after[url] != before[url]]
    assert differing == []
    # What the notices' pages say survived the trip (not only that they are alike).
    upcoming = after["/upcoming/"][1].decode()
    assert "下周的发布会" in upcoming and "取消的发布会" in upcoming
    assert "预告草稿" not in upcoming
    assert after["/upcoming.ics"][1].count(b"BEGIN:VEVENT") == 4
    assert b'content="noindex"' in after[withdrawn][1]
    assert list(Release.objects.order_by("pk").values_list(*STAMPED[Release])) == kept[Release]
    assert rows(ChangeNote, STAMPED[ChangeNote]) == kept[ChangeNote]
    assert kept[Release][0][1].microsecond or kept[Release][1][1].microsecond
    assert (
        list(
            Segment.objects.order_by("pk").values_list(
                "pk", "release_id", "order", "answerer_id", "question", "answer"
            )
        )
        == kept[Segment]
    )
    assert (
        list(
            Figure.objects.order_by("pk").values_list(
                "pk", "segment_id", "value", "unit", "label", "text", "headline"
            )
        )
        == kept[Figure]
    )
    assert rows(Photo, PHOTO_FIELDS) == kept[Photo]
    # Drafts and the scheduled release stay out of open data; the withdrawn one is kept.
    assert not Release.objects.filter(status=Release.Status.DRAFT).exists()
    assert Release.objects.get(status=Release.Status.WITHDRAWN).withdrawal_reason
    assert not Release.objects.filter(title="明天才公开的发布会").exists()
