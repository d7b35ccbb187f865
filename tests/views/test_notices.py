"""Journalists: press conferences announced before they are held (/upcoming/), a calendar to
subscribe to (/upcoming.ics), and the notice and its transcript linked both ways."""

import datetime

import icalendar
import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from releases.caching import freshness
from releases.models import Notice, Release
from tests.conftest import at, make_release

pytestmark = pytest.mark.django_db

HOUR = datetime.timedelta(hours=1)
DAY = datetime.timedelta(days=1)


def make_notice(**kwargs):
    values = {
        "title": "城市更新新闻发布会",
        "starts_at": timezone.now() + DAY,
        "place": "市政府新闻发布厅",
        "host_office": "市政府新闻办",
        "speakers": "市住房城乡建设局局长 李瑞玲\n市自然资源和规划局副局长 张振山",
        "status": Notice.Status.PUBLISHED,
    }
    values.update(kwargs)
    return Notice.objects.create(**values)


def test_notice_ending_before_it_starts_is_refused_by_the_database():
    with pytest.raises(IntegrityError), transaction.atomic():
        make_notice(ends_at=timezone.now())


def test_upcoming_lists_published_notices_soonest_first_then_held_newest_first(client):
    make_notice(title="后天的发布会", starts_at=timezone.now() + 2 * DAY)
    make_notice(title="明天的发布会", starts_at=timezone.now() + DAY)
    make_notice(title="昨天的发布会", starts_at=timezone.now() - DAY)
    make_notice(title="上周的发布会", starts_at=timezone.now() - 7 * DAY)
    make_notice(title="草稿预告", status=Notice.Status.DRAFT)
    html = client.get("/upcoming/").content.decode()
    order = ["明天的发布会", "后天的发布会", "已举行", "昨天的发布会", "上周的发布会"]
    positions = [html.index(text) for text in order]
    assert positions == sorted(positions)
    assert "草稿预告" not in html
    assert "市政府新闻发布厅" in html and "李瑞玲" in html


def test_upcoming_in_english(client):
    make_notice()
    html = client.get("/en/upcoming/").content.decode()
    assert "Upcoming press conferences" in html and "城市更新新闻发布会" in html
    assert 'lang="zh-Hans"' in html


def test_index_links_to_upcoming_and_the_calendar(client):
    make_release()
    html = client.get("/").content.decode()
    assert 'href="/upcoming/"' in html and 'href="/upcoming.ics"' in html


def test_held_notice_without_transcript_says_so(client):
    make_notice(title="已开过的发布会", starts_at=timezone.now() - HOUR)
    html = client.get("/upcoming/").content.decode()
    assert "待发布实录" in html
    assert "Transcript not yet published" in client.get("/en/upcoming/").content.decode()


def test_notice_and_transcript_link_both_ways(client):
    release = make_release(title="城市更新新闻发布会实录")
    notice = make_notice(starts_at=timezone.now() - 2 * HOUR, release=release)
    html = client.get("/upcoming/").content.decode()
    assert f'href="{release.get_absolute_url()}"' in html and "阅读实录" in html
    assert "待发布实录" not in html
    page = client.get(release.get_absolute_url()).content.decode()
    assert f'href="{notice.get_absolute_url()}"' in page
    assert (
        client.get(f"/api/releases/{release.pk}/")
        .json()["notice"]
        .endswith(notice.get_absolute_url())
    )


def test_draft_transcript_is_not_linked(client):
    release = make_release(status=Release.Status.DRAFT, published_at=None)
    make_notice(starts_at=timezone.now() - HOUR, release=release)
    html = client.get("/upcoming/").content.decode()
    assert release.get_absolute_url() not in html and "待发布实录" in html


def test_draft_notice_is_not_linked_from_its_release(client):
    release = make_release()
    notice = make_notice(release=release, status=Notice.Status.DRAFT)
    assert notice.get_absolute_url() not in client.get(release.get_absolute_url()).content.decode()
    assert client.get(notice.get_absolute_url()).status_code == 404


def test_cancelled_notice_is_marked(client):
    notice = make_notice(status=Notice.Status.CANCELLED)
    html = client.get(notice.get_absolute_url()).content.decode()
    assert "已取消" in html and "<h1" in html


def test_upcoming_costs_two_queries(client, django_assert_num_queries):
    for i in range(5):
        make_notice(starts_at=timezone.now() + (i - 2) * DAY, release=make_release())
    with django_assert_num_queries(2):
        assert client.get("/upcoming/").status_code == 200


# The calendar, read back with the icalendar library's parser.


def parse_calendar(client, url="/upcoming.ics"):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def test_calendar_is_a_valid_vcalendar_with_one_event_per_notice(client):
    start = timezone.now().replace(microsecond=0) + DAY
    notice = make_notice(starts_at=start)
    make_notice(title="草稿预告", status=Notice.Status.DRAFT)
    calendar = parse_calendar(client)
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Asia/Shanghai"]
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    event = events[0]
    assert event["UID"] == f"notice-{notice.pk}@testserver"
    assert event["SUMMARY"] == "城市更新新闻发布会"
    assert event["LOCATION"] == "市政府新闻发布厅"
    assert event["URL"] == f"http://testserver{notice.get_absolute_url()}"
    assert event["STATUS"] == "CONFIRMED"
    assert "李瑞玲" in event["DESCRIPTION"] and "市政府新闻办" in event["DESCRIPTION"]
    assert event.decoded("DTSTART") == start
    assert event["DTSTART"].params["TZID"] == "Asia/Shanghai"
    assert event.decoded("DTEND") - event.decoded("DTSTART") == HOUR
    assert event.decoded("DTSTAMP") is not None


def test_calendar_marks_cancelled_and_links_the_transcript(client):
    release = make_release()
    make_notice(title="取消的发布会", status=Notice.Status.CANCELLED)
    make_notice(title="开过的发布会", starts_at=timezone.now() - DAY, release=release)
    events = {str(e["SUMMARY"]): e for e in parse_calendar(client).walk("VEVENT")}
    assert events["[已取消] 取消的发布会"]["STATUS"] == "CANCELLED"
    assert release.get_absolute_url() in events["开过的发布会"]["DESCRIPTION"]


def test_calendar_answers_get_and_head_only(client):
    assert client.head("/upcoming.ics").status_code == 200
    assert client.post("/upcoming.ics").status_code == 405


# The page cache: a notice's save, and its start, show at once.


def test_saved_notice_shows_at_once_on_cached_pages(client):
    make_notice(title="第一场")
    for url in ["/upcoming/", "/upcoming.ics"]:
        client.get(url)
    notice = make_notice(title="第二场")
    assert "第二场" in client.get("/upcoming/").content.decode()
    assert "第二场" in client.get("/upcoming.ics").content.decode()
    notice.title = "第二场(改期)"
    notice.save()
    assert "第二场(改期)" in client.get("/upcoming/").content.decode()
    notice.delete()
    assert "第二场" not in client.get("/upcoming/").content.decode()


def test_notice_moves_to_held_when_it_starts_without_a_save(client, monkeypatch):
    # At local noon, so that the turn of the day (which also moves the version) is not
    # the next moment instead.
    noon = at(2026, 3, 2, 12)
    monkeypatch.setattr(timezone, "now", lambda: noon)
    notice = make_notice(starts_at=noon + 10 * datetime.timedelta(minutes=1))
    assert "待发布实录" not in client.get("/upcoming/").content.decode()
    assert freshness.current().next_due == notice.starts_at.timestamp()
    later = noon + datetime.timedelta(minutes=11)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert "待发布实录" in client.get("/upcoming/").content.decode()


def test_linking_a_notice_shows_on_the_cached_release_page(client):
    release = make_release()
    other = make_release()
    notice = make_notice(starts_at=timezone.now() - DAY)
    assert notice.get_absolute_url() not in client.get(release.get_absolute_url()).content.decode()
    notice.release = release
    notice.save()
    assert notice.get_absolute_url() in client.get(release.get_absolute_url()).content.decode()
    client.get(other.get_absolute_url())
    notice.release = other
    notice.save()
    assert notice.get_absolute_url() not in client.get(release.get_absolute_url()).content.decode()
    assert notice.get_absolute_url() in client.get(other.get_absolute_url()).content.decode()
