"""Open data of notices (/api/notices/, /api/notices/<id>/), the outlet of each question in a
release's JSON, and /api/, which says where everything is."""

import datetime

import pytest
from django.utils import timezone

from releases.models import Notice, Outlet, Release
from tests.conftest import add_speaker, make_release
from tests.stats.conftest import ask
from tests.views.test_notices import DAY, make_notice

pytestmark = pytest.mark.django_db


def test_release_json_names_the_outlet_of_each_question_and_links_its_page(client):
    release = make_release()
    answerer = add_speaker(release, "李瑞玲", "局长", "市住房和城乡建设局")
    ask(release, 1, "大众日报记者", answerer)
    ask(release, 2, "记者", answerer)  # a bare 记者 names no outlet
    outlet = Outlet.objects.get(name="大众日报")
    segments = client.get(f"/api/releases/{release.pk}/").json()["segments"]
    url = f"http://testserver/outlets/{outlet.pk}/"
    assert segments[0]["asker"] == "大众日报记者"
    assert segments[0]["outlet"] == {"id": outlet.pk, "name": "大众日报", "url": url}
    assert segments[1]["outlet"] is None
    assert client.get(url).status_code == 200  # the page linked is there
    assert f'href="/outlets/{outlet.pk}/"' in client.get(release.get_absolute_url()).text


def test_withdrawn_release_json_names_the_outlet_without_a_link(client):
    release = make_release()
    ask(release, 1, "只在撤回稿里的电视台记者")
    release.status = Release.Status.WITHDRAWN
    release.withdrawn_at, release.withdrawal_reason = timezone.now(), "有误"
    release.save()
    outlet = client.get(f"/api/releases/{release.pk}/").json()["segments"][0]["outlet"]
    assert outlet["name"] == "只在撤回稿里的电视台" and outlet["url"] is None
    assert client.get(f"/outlets/{outlet['id']}/").status_code == 404


def test_notice_json_has_what_its_page_shows(client):
    transcript = make_release(title="实录")
    notice = make_notice(
        title="城市更新新闻发布会",
        starts_at=timezone.now() - DAY,
        ends_at=timezone.now() - DAY + datetime.timedelta(hours=2),
        description="介绍城市更新行动进展。",
        release=transcript,
    )
    data = client.get(f"/api/notices/{notice.pk}/").json()
    page = client.get(notice.get_absolute_url()).text
    for key in ("title", "place", "host_office", "description"):
        assert data[key] and data[key] in page, key
    assert data["speakers"] == ["市住房城乡建设局局长 李瑞玲", "市自然资源和规划局副局长 张振山"]
    assert all(speaker in page for speaker in data["speakers"])
    assert data["starts_at"] == timezone.localtime(notice.starts_at).isoformat()
    assert data["starts_at"].endswith("+08:00")
    assert (data["status"], data["held"], data["awaits_transcript"]) == ("published", True, False)
    assert data["release"] == {
        "id": transcript.pk,
        "url": f"http://testserver{transcript.get_absolute_url()}",
        "json_url": f"http://testserver/api/releases/{transcript.pk}/",
    }
    assert data["url"] == f"http://testserver/upcoming/{notice.pk}/"
    assert data["json_url"] == f"http://testserver/api/notices/{notice.pk}/"
    assert data["schema_version"] == 1


def test_notice_json_says_a_transcript_is_awaited_or_the_event_cancelled(client):
    held = make_notice(starts_at=timezone.now() - DAY, release=make_release(status="draft"))
    cancelled = make_notice(status=Notice.Status.CANCELLED)
    data = client.get(f"/api/notices/{held.pk}/").json()
    assert data["awaits_transcript"] is True and data["release"] is None  # a draft: not linked
    data = client.get(f"/api/notices/{cancelled.pk}/").json()
    assert (data["status"], data["held"], data["awaits_transcript"]) == ("cancelled", False, False)


def test_notice_json_of_a_draft_or_unknown_notice_is_json_404(client):
    draft = make_notice(status=Notice.Status.DRAFT)
    for url in (f"/api/notices/{draft.pk}/", "/api/notices/99999/", "/api/notices/?page=9"):
        response = client.get(url)
        assert response.status_code == 404, url
        assert response.json() == {"error": "not found"}


def test_notice_list_is_paginated_latest_first_without_drafts(client):
    now = timezone.now()
    for i in range(52):
        make_notice(title=f"第{i}场", starts_at=now + datetime.timedelta(days=30 - i))
    make_notice(title="草稿", status=Notice.Status.DRAFT, starts_at=now + 40 * DAY)
    data = client.get("/api/notices/").json()
    assert (data["count"], data["page"], data["pages"], len(data["results"])) == (52, 1, 2, 50)
    assert [n["title"] for n in data["results"][:2]] == ["第0场", "第1场"]
    assert data["next"] == "http://testserver/api/notices/?page=2"
    second = client.get(data["next"]).json()
    assert [n["title"] for n in second["results"]] == ["第50场", "第51场"]
    assert second["previous"] == "http://testserver/api/notices/"


def test_notice_json_query_counts_stay_fixed(client, django_assert_num_queries):
    make_notice(release=make_release())
    # The count, and the page of notices with their transcripts.
    with django_assert_num_queries(2):
        assert client.get("/api/notices/").status_code == 200
    notice = make_notice(release=make_release())
    for _ in range(60):
        make_notice(release=make_release())
    with django_assert_num_queries(2):
        assert len(client.get("/api/notices/?page=2").json()["results"]) == 12
    with django_assert_num_queries(1):
        assert client.get(f"/api/notices/{notice.pk}/").json()["release"]


def test_release_json_with_outlets_costs_what_it_did(client, django_assert_num_queries):
    release = make_release()
    answerer = add_speaker(release, "李瑞玲", "局长", "市住房和城乡建设局")
    for order in range(1, 31):
        ask(release, order, f"第{order}报社记者", answerer)
    with django_assert_num_queries(8):
        data = client.get(f"/api/releases/{release.pk}/").json()
    assert len({s["outlet"]["id"] for s in data["segments"]}) == 30


def test_api_index_says_where_the_open_data_is(client, django_assert_num_queries):
    make_release()  # the archive's version is known: the index itself reads nothing
    with django_assert_num_queries(0):
        data = client.get("/api/").json()
    assert data["releases"] == "http://testserver/api/releases/"
    assert data["notices"] == "http://testserver/api/notices/"
    assert data["dump"] == "http://testserver/data/pressroom-latest.zip"
    assert data["calendar"] == "http://testserver/upcoming.ics"
    for key in ("releases", "notices"):
        assert client.get(data[key]).status_code == 200
    assert client.post("/api/notices/").status_code == 405
