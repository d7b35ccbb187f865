import datetime

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from releases.models import Figure, Photo, Release, Segment
from tests.conftest import add_segments, add_speaker, make_release

pytestmark = pytest.mark.django_db


def test_published_excludes_drafts_and_future_releases():
    past = make_release(title="已发布")
    make_release(title="草稿", status=Release.Status.DRAFT, published_at=None)
    make_release(title="定时", published_at=timezone.now() + datetime.timedelta(days=1))
    assert list(Release.objects.published()) == [past]


def test_scheduled_release_becomes_public_once_due():
    release = make_release(published_at=timezone.now() + datetime.timedelta(seconds=1))
    assert not Release.objects.published().exists()
    Release.objects.filter(pk=release.pk).update(
        published_at=timezone.now() - datetime.timedelta(seconds=1)
    )
    assert list(Release.objects.published()) == [release]


def test_published_release_without_time_is_refused():
    with pytest.raises(IntegrityError):
        make_release(published_at=None)


def test_segment_order_is_unique_per_release():
    release = make_release()
    add_segments(release, 1)
    with pytest.raises(IntegrityError):
        Segment.objects.create(release=release, order=1, question="重复?")


def test_answerer_from_another_release_is_refused_by_the_database():
    release, other = make_release(), make_release()
    stranger = add_speaker(other, "王五")
    with pytest.raises(IntegrityError), transaction.atomic():
        Segment.objects.create(release=release, order=1, question="?", answerer=stranger)
    segment = Segment.objects.create(release=release, order=2, question="?")
    segment.answerer = stranger
    with pytest.raises(IntegrityError), transaction.atomic():
        segment.save()


def test_figure_segment_from_another_release_is_refused_by_the_database():
    release, other = make_release(), make_release()
    (foreign_segment,) = add_segments(other, 1)
    with pytest.raises(IntegrityError):
        Figure.objects.create(
            release=release, segment=foreign_segment, order=1, value=1, label="x", text="1个"
        )


def test_photo_without_alt_text_is_refused_by_the_database():
    release = make_release()
    with pytest.raises(IntegrityError):
        Photo.objects.create(release=release, image="photos/a.jpg", alt_text="")


def test_release_url_uses_year_and_id_and_survives_title_edits():
    release = make_release(published_at=datetime.datetime(2023, 5, 31, tzinfo=datetime.UTC))
    url = release.get_absolute_url()
    release.title = "全新的中文标题"
    release.save()
    assert url == release.get_absolute_url() == f"/releases/2023/{release.pk}/"


def test_segment_blocks_split_headings_from_paragraphs():
    segment = Segment(answer="开头\n\n★精当规划\n\n正文一\n正文二")
    assert [(b.kind, b.text) for b in segment.blocks()] == [
        ("paragraph", "开头"),
        ("heading", "精当规划"),
        ("paragraph", "正文一\n正文二"),
    ]


def test_release_month_is_the_local_month_of_publication():
    # 16:30 UTC on 31 May is already 1 June in Beijing.
    release = make_release(published_at=datetime.datetime(2023, 5, 31, 16, 30, tzinfo=datetime.UTC))
    assert release.published_month == datetime.date(2023, 6, 1)

    release.published_at = datetime.datetime(2024, 1, 15, tzinfo=datetime.UTC)
    release.save(update_fields=["published_at"])
    release.refresh_from_db()
    assert release.published_month == datetime.date(2024, 1, 1)

    draft = make_release(status=Release.Status.DRAFT, published_at=None)
    assert draft.published_month is None
