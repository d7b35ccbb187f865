import datetime
import html
import re

import pytest
from django.utils import timezone

from releases.models import ChangeNote, Credit, Release, Topic
from tests.conftest import add_figures, add_segments, add_speaker, make_release

pytestmark = pytest.mark.django_db

# Fields that name or locate things rather than say them; everything else is shown.
NOT_SHOWN = {"url", "json_url", "anchor", "role", "kind", "id", "schema_version", "value"}
NOT_SHOWN |= {"bibtex_url", "csl_json_url"}  # linked from the page by path
NOT_SHOWN |= {"language"}  # the page's lang attributes, tested in tests/test_translation.py
DATES = {"published_at", "updated_at", "noted_at"}


def leaves(data, key=None):
    """(key, value) for every string in a JSON document."""
    if isinstance(data, dict):
        for name, value in data.items():
            yield from leaves(value, name)
    elif isinstance(data, list):
        for value in data:
            yield from leaves(value, key)
    elif isinstance(data, str) and data:
        yield key, data


def page_text(client, release, prefix=""):
    content = client.get(prefix + release.get_absolute_url()).content.decode()
    body = content[content.index("<main") :]
    return html.unescape(re.sub(r"<[^>]+>", "", body))


def test_release_json_has_what_its_page_shows(client, reference_release):
    topic = Topic.objects.create(name="精致城市")
    reference_release.topics.add(topic)
    ChangeNote.objects.create(release=reference_release, text="更正了一处数据。")
    data = client.get(f"/api/releases/{reference_release.pk}/").json()
    text = page_text(client, reference_release)
    english = page_text(client, reference_release, "/en")  # where APA citations are shown
    for key, value in leaves(data):
        if key in NOT_SHOWN:
            continue
        if key in DATES:
            value = value[:10]
        assert value in (english if key == "apa" else text), (key, value)
    assert len(data["speakers"]) == 4 and "邓勇" in {s["name"] for s in data["speakers"]}
    assert [s["answerer"]["name"] for s in data["segments"]] == ["都昌林", "李瑞玲", "张振山"]
    assert len(data["figures"]) == reference_release.figures.count() > 20
    headings = [b for s in data["segments"] for b in s["answer"] if b["kind"] == "heading"]
    assert len(headings) == 6
    assert {c["role"] for c in data["credits"]} >= {"文"}
    assert f"http://testserver/topics/{topic.pk}/" in [t["url"] for t in data["topics"]]


def test_release_json_says_the_language_and_script_as_printed(client):
    release = make_release(title="行政長官會見傳媒開場發言", language=Release.Language.HANT)
    assert client.get(f"/api/releases/{release.pk}/").json()["language"] == "zh-Hant"


def test_release_json_figures_are_exact(client):
    release = make_release()
    add_figures(release, add_segments(release, 2))
    data = client.get(f"/api/releases/{release.pk}/").json()
    assert [(f["value"], f["unit"], f["segment"]) for f in data["figures"]] == [
        ("1", "个", 1),
        ("2", "个", 2),
    ]


def test_release_json_dates_are_local_iso(client):
    moment = datetime.datetime(2023, 5, 31, 2, 30, tzinfo=datetime.UTC)
    release = make_release(published_at=moment)
    data = client.get(f"/api/releases/{release.pk}/").json()
    assert data["published_at"] == "2023-05-31T10:30:00+08:00"
    assert data["url"] == f"http://testserver/releases/2023/{release.pk}/"


def test_release_page_links_its_json(client):
    release = make_release()
    content = client.get(release.get_absolute_url()).content.decode()
    assert f'<link rel="alternate" type="application/json" href="/api/releases/{release.pk}/">' in (
        content
    )


@pytest.mark.parametrize("status", [Release.Status.DRAFT])
def test_release_json_of_draft_is_404(client, status):
    release = make_release(status=status)
    response = client.get(f"/api/releases/{release.pk}/")
    assert response.status_code == 404
    assert response.json() == {"error": "not found"}


def test_release_json_of_scheduled_release_is_404(client):
    release = make_release(published_at=timezone.now() + datetime.timedelta(days=1))
    assert client.get(f"/api/releases/{release.pk}/").status_code == 404


def test_release_json_query_count_matches_page(client, django_assert_num_queries):
    release = make_release()
    speaker = add_speaker(release, "张三", "局长", "某局")
    add_figures(release, add_segments(release, 30, answerer=speaker))
    Credit.objects.create(release=release, role="文", name="某某")
    with django_assert_num_queries(8):
        client.get(f"/api/releases/{release.pk}/")


def test_release_list_is_paginated_and_filtered(client):
    for i in range(55):
        make_release(
            title=f"第{i}场",
            channel="威海要闻" if i % 2 else "政务公开",
            published_at=timezone.now() - datetime.timedelta(hours=i + 1),
        )
    data = client.get("/api/releases/").json()
    assert (data["count"], data["page"], data["pages"], len(data["results"])) == (55, 1, 2, 50)
    assert data["results"][0]["title"] == "第0场"
    assert data["next"] == "http://testserver/api/releases/?page=2"
    assert data["previous"] is None
    second = client.get("/api/releases/?page=2").json()
    assert len(second["results"]) == 5 and second["previous"] == "http://testserver/api/releases/"
    filtered = client.get("/api/releases/?channel=威海要闻").json()
    assert filtered["count"] == 27
    assert filtered["filters"] == {"channel": "威海要闻"}
    assert {r["channel"] for r in filtered["results"]} == {"威海要闻"}


def test_release_list_entries_match_the_index(client):
    release = make_release(title="甲", kicker="权威发布")
    add_speaker(release, "李瑞玲", "副局长", "市住房和城乡建设局")
    release.topics.add(Topic.objects.create(name="口袋公园"))
    entry = client.get("/api/releases/").json()["results"][0]
    assert entry["title"] == "甲" and entry["kicker"] == "权威发布"
    assert entry["speakers"] == [
        {"id": release.appearances.get().speaker_id, "name": "李瑞玲", "role": "speaker"}
    ]
    assert [t["name"] for t in entry["topics"]] == ["口袋公园"]
    assert entry["json_url"] == f"http://testserver/api/releases/{release.pk}/"


@pytest.mark.parametrize(
    "query", ["page=abc", "page=0", "page=99", "year=abc", "speaker=12345", "channel=%00"]
)
def test_release_list_bad_parameter_is_json_404(client, query):
    make_release()
    response = client.get(f"/api/releases/?{query}")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"


def test_release_list_query_count_is_constant(client, django_assert_num_queries):
    make_release()
    # Count, page, appearances with speakers, topics.
    with django_assert_num_queries(4):
        client.get("/api/releases/")
    for i in range(60):
        add_speaker(make_release(), f"人{i}").release.topics.add(
            Topic.objects.get_or_create(name=f"主题{i % 5}")[0]
        )
    with django_assert_num_queries(4):
        client.get("/api/releases/?page=2")


def test_api_refuses_post(client):
    assert client.post("/api/releases/").status_code == 405
