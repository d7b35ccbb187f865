"""Operators and readers: public pages come from the shared page cache, and any change an
editor makes shows on every page it affects at the very next request."""

import datetime
from urllib.parse import urlencode

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from releases.caching import freshness
from releases.models import ChangeNote, Organisation, Release, Segment, Speaker, Topic
from tests.conftest import make_release

pytestmark = pytest.mark.django_db

DETAIL = "/releases/2023/1/"
# Every kind of public page the reference release shows on.
PAGES = {
    "detail": DETAIL,
    "detail_en": "/en" + DETAIL,
    "index": "/",
    "index_en": "/en/",
    "archive": "/archive/2023/05/",
    "speaker": "/speakers/2/",
    "organisation": "/organisations/3/",
    "topic": "/topics/1/",
    "search": "/search/?" + urlencode({"q": "管廊"}),
    "atom": "/feeds/atom/",
    "rss": "/feeds/rss/",
    "json": "/api/releases/1/",
    "json_list": "/api/releases/",
    "sitemap": "/sitemap-releases.xml",
}


@pytest.fixture(autouse=True)
def _searchable(reference_release):
    """Fixtures are loaded without signals: index what they hold."""
    from releases.search import index

    index.rebuild()


def body(client, url):
    response = client.get(url)
    return response.status_code, response.content.decode()


def warm(client):
    for url in PAGES.values():
        client.get(url)


def test_repeat_request_is_served_without_a_query(client, reference_release):
    first = client.get(DETAIL)
    with CaptureQueriesContext(connection) as queries:
        again = client.get(DETAIL)
    assert len(queries) == 0
    assert again.content == first.content
    assert again["ETag"] == first["ETag"]
    assert again["Content-Type"] == first["Content-Type"]
    assert again["Content-Security-Policy"] == first["Content-Security-Policy"]
    assert "Cookie" not in again.get("Vary", "")


def test_a_change_elsewhere_costs_a_release_page_one_query_and_no_render(client, reference_release):
    first = client.get(DETAIL)
    make_release(title="海洋牧场建设新闻发布会")  # the archive's version moves on
    with CaptureQueriesContext(connection) as queries:
        again = client.get(DETAIL)
    assert len(queries) == 1  # the release's own version
    assert again.content == first.content
    assert again["ETag"] != first["ETag"]


def test_a_kept_release_page_keeps_the_rules_of_its_address(client, reference_release):
    client.get(DETAIL)
    make_release(title="海洋牧场建设新闻发布会")  # the page cache misses, the kept page stays
    wrong_year = client.get("/releases/2022/1/")
    assert wrong_year.status_code == 301 and wrong_year["Location"].endswith(DETAIL)
    assert client.get("/releases/2023/999999/").status_code == 404
    reference_release.published_at = timezone.now() + datetime.timedelta(days=1)
    reference_release.save()  # scheduled again: not public until then
    assert client.get(reference_release.get_absolute_url()).status_code == 404


def test_parameters_a_page_does_not_read_make_no_new_render(client, reference_release):
    for url, tracked in [
        ("/", "/?utm_source=feed&_=1"),
        ("/?year=2023", "/?_=2&year=2023"),
        ("/search/?q=%E7%AE%A1%E5%BB%8A", "/search/?q=%E7%AE%A1%E5%BB%8A&fbclid=x"),
        (DETAIL, DETAIL + "?utm_source=feed"),
    ]:
        first = client.get(url)
        with CaptureQueriesContext(connection) as queries:
            again = client.get(tracked)
        assert len(queries) <= 1, tracked  # a release page reads its own version
        assert again.content == first.content, tracked
    # Parameters a page reads are pages of their own.
    assert client.get("/?year=2022").content != client.get("/?year=2023").content


def test_head_is_served_from_the_cache_with_the_length_of_the_page(client, reference_release):
    page = client.get(DETAIL).content
    with CaptureQueriesContext(connection) as queries:
        head = client.head(DETAIL)
    assert len(queries) == 0
    assert head.status_code == 200 and head.content == b""
    assert int(head["Content-Length"]) == len(page)


def test_conditional_requests_are_answered_before_any_render(client, reference_release):
    first = client.get(DETAIL)
    with CaptureQueriesContext(connection) as queries:
        by_etag = client.get(DETAIL, headers={"If-None-Match": first["ETag"]})
        by_date = client.get(DETAIL, headers={"If-Modified-Since": first["Last-Modified"]})
    assert len(queries) == 0
    assert by_etag.status_code == by_date.status_code == 304
    assert by_etag["ETag"] == first["ETag"]
    assert by_etag["Cache-Control"] == first["Cache-Control"]


def test_every_public_page_carries_etag_and_last_modified(client, reference_release):
    for url in [*PAGES.values(), "/robots.txt", "/sitemap.xml", "/archive/"]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response.has_header("ETag") and response.has_header("Last-Modified"), url


def test_an_edit_changes_the_etag_and_a_stale_one_gets_the_new_page(client, reference_release):
    old = client.get(DETAIL)["ETag"]
    reference_release.title = "精致城市论坛改期举办"
    reference_release.save()
    response = client.get(DETAIL, headers={"If-None-Match": old})
    assert response.status_code == 200
    assert response["ETag"] != old
    assert "精致城市论坛改期举办" in response.content.decode()


def test_signed_in_editors_bypass_the_page_cache(client, admin_client, reference_release):
    client.get(DETAIL)
    reference_release.status = Release.Status.DRAFT
    reference_release.save()
    # The editor previews the draft; the public gets the 404, not the editor's page.
    assert admin_client.get(DETAIL).status_code == 200
    assert client.get(DETAIL).status_code == 404


def test_a_bad_host_is_refused_even_when_the_page_is_cached(client, reference_release):
    client.get(DETAIL)
    assert client.get(DETAIL, headers={"Host": "evil.example.com"}).status_code == 400


def test_error_pages_are_not_kept(client, reference_release):
    assert client.get("/releases/2023/999/").status_code == 404
    make_release(title="后来发布的稿件", pk=999, published_at=timezone.now())
    assert client.get("/releases/2026/999/").status_code in (200, 301)


def _retitle(release):
    release.title = "精致城市论坛改期举办"
    release.save()
    return "精致城市论坛改期举办"


def _rename_speaker(release):
    Speaker.objects.filter(pk=2).update(name="都昌林")  # no signal: the next save tells
    speaker = Speaker.objects.get(pk=2)
    speaker.name = "都昌霖"
    speaker.save()
    return "都昌霖"


def _rename_organisation(release):
    organisation = Organisation.objects.get(pk=3)
    organisation.name = "威海市政府"
    organisation.save()
    return "威海市政府"


def _rename_topic(release):
    topic = Topic.objects.get(pk=1)
    topic.name = "精致城市建设"
    topic.save()
    return "精致城市建设"


def _edit_answer(release):
    segment = Segment.objects.filter(release=release).order_by("order").first()
    segment.answer = f"{segment.answer}\n\n新增的答复段落"
    segment.save()
    return "新增的答复段落"


def _note_a_change(release):
    ChangeNote.objects.create(release=release, noted_at=timezone.now(), text="更正了一处数字")
    return "更正了一处数字"


CHANGES = {
    _retitle: ["detail", "detail_en", "index", "index_en", "archive", "speaker"]
    + ["organisation", "topic", "search", "atom", "rss", "json", "json_list"],
    _rename_speaker: ["detail", "detail_en", "index", "speaker", "json"],
    _rename_organisation: ["detail", "organisation", "json"],
    _rename_topic: ["detail", "topic", "atom", "json", "json_list"],
    _edit_answer: ["detail", "json"],
    _note_a_change: ["detail", "json"],
}


@pytest.mark.parametrize("change", CHANGES, ids=lambda change: change.__name__.strip("_"))
def test_a_change_shows_at_once_on_every_page_it_affects(client, reference_release, change):
    warm(client)
    text = change(reference_release)
    for page in CHANGES[change]:
        status, html = body(client, PAGES[page])
        assert status == 200 and text in html, page


def test_an_unpublished_release_leaves_every_page_at_once(client, reference_release):
    warm(client)
    reference_release.status = Release.Status.DRAFT
    reference_release.save()
    assert client.get(DETAIL).status_code == 404
    assert client.get("/api/releases/1/").status_code == 404
    assert client.get("/speakers/2/").status_code == 404
    for page in ["index", "index_en", "atom", "rss", "json_list", "search"]:
        assert "精致城市论坛6月12日举办" not in body(client, PAGES[page])[1], page
    assert DETAIL not in body(client, "/sitemap-releases.xml")[1]


def test_a_deleted_release_leaves_every_page_at_once(client, reference_release):
    release = make_release(title="海洋牧场建设新闻发布会", published_at=timezone.now())
    warm(client)
    urls = ["/", "/en/", "/feeds/atom/", "/api/releases/", "/sitemap-releases.xml"]
    assert all(release.get_absolute_url() in body(client, url)[1] for url in urls)
    detail = release.get_absolute_url()
    assert client.get(detail).status_code == 200
    release.delete()
    assert client.get(detail).status_code == 404
    for url in urls:
        assert detail not in body(client, url)[1], url


def test_a_published_release_shows_at_once(client, reference_release):
    warm(client)
    release = make_release(title="海洋牧场建设新闻发布会", published_at=timezone.now())
    for url in ["/", "/en/", "/feeds/atom/", "/api/releases/", "/sitemap-releases.xml"]:
        html = body(client, url)[1]
        assert "海洋牧场建设新闻发布会" in html or release.get_absolute_url() in html, url


def test_a_scheduled_release_shows_when_due_without_a_save(client, reference_release, monkeypatch):
    make_release(
        title="海洋牧场建设新闻发布会",
        published_at=timezone.now() + datetime.timedelta(minutes=10),
    )
    warm(client)
    assert "海洋牧场建设新闻发布会" not in body(client, "/")[1]
    later = timezone.now() + datetime.timedelta(minutes=11)
    monkeypatch.setattr(timezone, "now", lambda: later)
    for url in ["/", "/feeds/atom/", "/api/releases/", "/archive/"]:
        assert "海洋牧场建设新闻发布会" in body(client, url)[1] or url == "/archive/", url
    # Nothing else is scheduled: the next moment that changes a page is midnight.
    assert freshness.current().next_due == freshness.next_midnight().timestamp()


def test_a_rebuilt_search_index_shows_at_once(client, reference_release):
    from releases.search import index

    assert "精致城市论坛6月12日举办" in body(client, PAGES["search"])[1]
    index.clear()
    assert "精致城市论坛6月12日举办" not in body(client, PAGES["search"])[1]
    index.rebuild()
    assert "精致城市论坛6月12日举办" in body(client, PAGES["search"])[1]


def test_absolute_links_come_from_the_site_url_not_the_host(client, settings, reference_release):
    settings.SITE_URL = "https://pressroom.example.org"
    settings.ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]
    for url in [DETAIL, "/feeds/atom/", "/sitemap.xml", "/sitemap-releases.xml", "/robots.txt"]:
        pages = {
            host: client.get(url, headers={"Host": host}).content
            for host in ("127.0.0.1", "localhost:8000")
        }
        assert pages["127.0.0.1"] == pages["localhost:8000"], url
        assert b"https://pressroom.example.org/" in pages["127.0.0.1"], url
        assert b"127.0.0.1" not in pages["127.0.0.1"] and b"localhost" not in pages["127.0.0.1"]
    data = client.get("/api/releases/1/", headers={"Host": "localhost"}).json()
    assert data["url"] == "https://pressroom.example.org" + DETAIL
