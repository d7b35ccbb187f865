"""Readers and editors: a withdrawn release keeps its address and says why it was withdrawn,
with the original below; it leaves every list; feeds and open data mark it."""

import datetime
from urllib.parse import urlencode

import feedparser
import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from reversion.models import Version

from releases.models import Release, Segment, Topic
from tests.admin_form import submitted
from tests.conftest import add_segments, add_speaker, make_release

pytestmark = pytest.mark.django_db

REASON = "稿件中的统计数据有误,已由发布机关重新发布。"
WITHDRAWN_AT = timezone.make_aware(datetime.datetime(2024, 1, 10, 9, 30))


def withdraw(release, reason=REASON):
    release.status = Release.Status.WITHDRAWN
    release.withdrawal_reason = reason
    release.withdrawn_at = WITHDRAWN_AT
    release.save()
    return release


@pytest.fixture
def withdrawn(db):
    topic = Topic.objects.create(name="城市更新")
    release = make_release(title="被撤回的发布会", lead="撤回前的导语。")
    release.topics.add(topic)
    add_speaker(release, "李瑞玲", organisation="市住房城乡建设局")
    add_segments(release, 2)
    kept = make_release(title="仍在列表中的发布会")
    kept.topics.add(topic)
    add_speaker(kept, "李瑞玲", organisation="市住房城乡建设局")
    return withdraw(release)


# Constraints: fixtures and imports bypass forms, so the database holds the rules.


def test_withdrawn_release_without_a_reason_is_refused_by_the_database():
    release = make_release()
    with pytest.raises(IntegrityError), transaction.atomic():
        Release.objects.filter(pk=release.pk).update(
            status="withdrawn", withdrawn_at=WITHDRAWN_AT, withdrawal_reason=""
        )


def test_withdrawn_release_without_a_time_is_refused_by_the_database():
    release = make_release()
    with pytest.raises(IntegrityError), transaction.atomic():
        Release.objects.filter(pk=release.pk).update(status="withdrawn", withdrawal_reason=REASON)


def test_withdrawal_time_on_a_release_not_withdrawn_is_refused_by_the_database():
    release = make_release()
    with pytest.raises(IntegrityError), transaction.atomic():
        Release.objects.filter(pk=release.pk).update(withdrawn_at=WITHDRAWN_AT)


def test_clean_refuses_unpublishing_a_public_release():
    release = make_release()
    release.status = Release.Status.DRAFT
    with pytest.raises(ValidationError) as error:
        release.full_clean()
    assert "已撤回" in str(error.value.message_dict["status"])


def test_clean_lets_a_scheduled_release_go_back_to_draft():
    release = make_release(published_at=timezone.now() + datetime.timedelta(days=1))
    release.status = Release.Status.DRAFT
    release.full_clean()


def test_clean_dates_a_withdrawal_and_wants_a_reason():
    release = make_release()
    release.status = Release.Status.WITHDRAWN
    with pytest.raises(ValidationError) as error:
        release.full_clean()
    assert "withdrawal_reason" in error.value.message_dict
    release.withdrawal_reason = REASON
    release.full_clean()
    assert release.withdrawn_at is not None


def test_published_and_listed_differ_by_the_withdrawn(withdrawn):
    assert withdrawn in Release.objects.published()
    assert withdrawn not in Release.objects.listed()
    assert Release.objects.listed().count() == 1


# The page: same address, the notice first, the original below.


def test_withdrawn_page_keeps_its_address_with_a_dated_notice_and_the_original(client, withdrawn):
    response = client.get(withdrawn.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert "<title>[已撤回] 被撤回的发布会" in html
    notice = html.index('class="withdrawn-notice"')
    assert html.index("本稿件已撤回") > notice
    assert 'datetime="2024-01-10T09:30:00+08:00">2024-01-10</time>' in html
    assert REASON in html
    assert html.rindex("撤回前的导语。") > notice  # the original is still there, below
    assert html.index("回答 1") > notice


def test_withdrawn_page_asks_search_engines_not_to_index_it(client):
    release = make_release(title="将被撤回的发布会")
    robots = '<meta name="robots" content="noindex">'
    assert robots not in client.get(release.get_absolute_url()).content.decode()
    withdraw(release)  # the page's head was cached while it was published
    html = client.get(release.get_absolute_url()).content.decode()
    assert robots in html and "<title>[已撤回]" in html
    assert robots in client.get("/en" + release.get_absolute_url()).content.decode()
    release.status = Release.Status.PUBLISHED  # reinstated: indexed again
    release.withdrawn_at, release.withdrawal_reason = None, ""
    release.save()
    assert robots not in client.get(release.get_absolute_url()).content.decode()


def test_withdrawn_page_in_english(client, withdrawn):
    html = client.get("/en" + withdrawn.get_absolute_url()).content.decode()
    assert "This release has been withdrawn" in html and REASON in html


# Lists: index, archive, people, organisations, topics, search, sitemap.


def test_withdrawn_release_leaves_every_list(client, withdrawn):
    from releases.search import index

    index.rebuild()
    speaker = withdrawn.appearances.get().speaker
    organisation = withdrawn.appearances.get().organisation
    topic = withdrawn.topics.get()
    year = timezone.localtime(withdrawn.published_at)
    lists = [
        "/",
        "/en/",
        f"/archive/{year.year}/",
        f"/archive/{year.year}/{year.month:02d}/",
        f"/speakers/{speaker.pk}/",
        f"/organisations/{organisation.pk}/",
        f"/topics/{topic.pk}/",
        "/search/?" + urlencode({"q": "发布会"}),
        "/sitemap-releases.xml",
    ]
    for url in lists:
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert "仍在列表中的发布会" in html or "/releases/" in html, url
        assert withdrawn.get_absolute_url() not in html, url
        assert "被撤回的发布会" not in html, url


def test_withdrawn_release_is_not_counted(client, withdrawn):
    html = client.get("/archive/").content.decode()
    assert '<span class="archive__count">1 场' in html


def test_speaker_of_a_withdrawn_release_only_has_no_page(client):
    release = make_release()
    speaker = add_speaker(release, "张振山").speaker
    withdraw(release)
    assert client.get(f"/speakers/{speaker.pk}/").status_code == 404


# Feeds and open data mark it.


@pytest.mark.parametrize("url", ["/feeds/atom/", "/feeds/rss/"])
def test_feeds_mark_a_withdrawn_release(client, withdrawn, url):
    feed = feedparser.parse(client.get(url).content)
    assert not feed.bozo
    titles = {entry.title: entry for entry in feed.entries}
    entry = titles["[已撤回] 被撤回的发布会"]
    assert "2024-01-10" in entry.summary and REASON in entry.summary
    assert "仍在列表中的发布会" in titles


def test_atom_feed_dates_the_entry_by_its_withdrawal(client, withdrawn):
    feed = feedparser.parse(client.get("/feeds/atom/").content)
    entry = next(e for e in feed.entries if e.title.startswith("[已撤回]"))
    assert datetime.datetime.fromisoformat(entry.updated) == WITHDRAWN_AT


def test_json_marks_a_withdrawn_release(client, withdrawn):
    data = client.get(f"/api/releases/{withdrawn.pk}/").json()
    assert data["withdrawn"] == {"at": "2024-01-10T09:30:00+08:00", "reason": REASON}
    assert data["title"] == "被撤回的发布会"  # the original stays readable
    listing = client.get("/api/releases/").json()["results"]
    marks = {item["title"]: item["withdrawn"] for item in listing}
    assert marks["被撤回的发布会"]["reason"] == REASON
    assert marks["仍在列表中的发布会"] is None


def test_json_of_a_release_not_withdrawn_says_null(client):
    release = make_release()
    assert client.get(f"/api/releases/{release.pk}/").json()["withdrawn"] is None


# Editors, through the admin.


def change_form(client, release, **overrides):
    """The release's change form as the admin renders it, with ``overrides`` typed in."""
    html = client.get(f"/admin/releases/release/{release.pk}/change/").content.decode()
    data = submitted(html, "release_form")
    data.update({name: [value] for name, value in overrides.items()})
    return data


def test_admin_withdraws_with_a_reason_and_notes_it(editor_client):
    release = make_release()
    url = f"/admin/releases/release/{release.pk}/change/"
    response = editor_client.post(url, change_form(editor_client, release, status="withdrawn"))
    assert response.status_code == 200  # refused: no reason
    assert "撤回稿件必须填写撤回原因" in response.content.decode()
    response = editor_client.post(
        url, change_form(editor_client, release, status="withdrawn", withdrawal_reason=REASON)
    )
    assert response.status_code == 302
    release.refresh_from_db()
    assert release.is_withdrawn and release.withdrawn_at is not None
    # Kept with the release's other versions, the reason leading the comment.
    latest = Version.objects.get_for_object(release).first()
    assert latest.revision.comment.startswith(f"撤回:{REASON}")
    assert latest.field_dict["status"] == "withdrawn"


def test_admin_refuses_setting_a_public_release_back_to_draft(editor_client):
    release = make_release()
    url = f"/admin/releases/release/{release.pk}/change/"
    response = editor_client.post(url, change_form(editor_client, release, status="draft"))
    assert response.status_code == 200
    assert "不能改回草稿" in response.content.decode()
    release.refresh_from_db()
    assert release.status == Release.Status.PUBLISHED


def test_admin_status_help_text_explains_withdrawal(editor_client):
    release = make_release()
    html = editor_client.get(f"/admin/releases/release/{release.pk}/change/").content.decode()
    assert "已公开过的稿件不能改回草稿" in html and "已撤回" in html


def test_admin_reinstating_clears_the_date_and_says_so_in_the_history(editor_client):
    release = withdraw(make_release())
    url = f"/admin/releases/release/{release.pk}/change/"
    response = editor_client.post(url, change_form(editor_client, release, status="published"))
    assert response.status_code == 302
    release.refresh_from_db()
    assert release.status == Release.Status.PUBLISHED and release.withdrawn_at is None
    latest = Version.objects.get_for_object(release).first()
    assert latest.revision.comment.startswith("撤回已取消")


def test_admin_keeps_answer_numbers_of_a_public_release(editor_client):
    release = make_release()
    segment = add_segments(release, 1)[0]
    url = f"/admin/releases/release/{release.pk}/change/"
    response = editor_client.post(
        url, change_form(editor_client, release, **{"segments-0-order": "5"})
    )
    assert response.status_code == 200
    assert "永久链接" in response.content.decode()
    assert Segment.objects.get(pk=segment.pk).order == 1
