"""The sitemap: an index of sections, public pages only, split into pages; robots.txt
points to it."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone

from releases.models import Outlet, Release, Topic
from tests.conftest import add_speaker, at, make_release
from tests.stats.conftest import ask
from tests.views.test_notices import make_notice

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


def sitemap_locations(client, url):
    response = client.get(url)
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return [loc.text for loc in root.iter(f"{SITEMAP}loc")]


def test_sitemap_index_lists_every_section(client):
    make_release()
    sections = sitemap_locations(client, "/sitemap.xml")
    for name in ("pages", "releases", "speakers", "organisations", "topics", "stats", "notices"):
        assert f"http://testserver/sitemap-{name}.xml" in sections


def test_sitemap_lists_public_releases_with_lastmod(client):
    public = make_release(published_at=at(2023, 5))
    make_release(status=Release.Status.DRAFT)
    make_release(published_at=timezone.now() + datetime.timedelta(days=1))
    response = client.get("/sitemap-releases.xml")
    root = ET.fromstring(response.content)
    urls = root.findall(f"{SITEMAP}url")
    assert [u.find(f"{SITEMAP}loc").text for u in urls] == [
        f"http://testserver{public.get_absolute_url()}"
    ]
    assert urls[0].find(f"{SITEMAP}lastmod").text.startswith("2023-05-15")


def test_sitemap_lists_pages_people_organisations_topics(client):
    release = make_release(published_at=at(2023, 5))
    appearance = add_speaker(release, "李瑞玲", "副局长", "市住房和城乡建设局")
    topic = Topic.objects.create(name="口袋公园")
    release.topics.add(topic)
    hidden = add_speaker(make_release(status=Release.Status.DRAFT), "未公开", "", "未公开机构")
    pages = sitemap_locations(client, "/sitemap-pages.xml")
    assert "http://testserver/archive/2023/05/" in pages and "http://testserver/" in pages
    speakers = sitemap_locations(client, "/sitemap-speakers.xml")
    assert speakers == [f"http://testserver/speakers/{appearance.speaker_id}/"]
    assert f"/speakers/{hidden.speaker_id}/" not in " ".join(speakers)
    organisations = sitemap_locations(client, "/sitemap-organisations.xml")
    assert organisations == [f"http://testserver/organisations/{appearance.organisation_id}/"]
    assert sitemap_locations(client, "/sitemap-topics.xml") == [
        f"http://testserver/topics/{topic.pk}/"
    ]


def asked_release(topic, asker, **kwargs):
    release = make_release(published_at=at(2023, 5), **kwargs)
    release.topics.add(topic)
    answerer = add_speaker(release, "李瑞玲", "局长", "市住房和城乡建设局")
    ask(release, 1, asker, answerer)
    return release


def test_sitemap_lists_upcoming_and_published_notices_only(client):
    published = make_notice()
    cancelled = make_notice(status="cancelled")
    draft = make_notice(status="draft")
    urls = sitemap_locations(client, "/sitemap-notices.xml")
    assert urls[0] == "http://testserver/upcoming/"
    assert f"http://testserver{published.get_absolute_url()}" in urls
    assert f"http://testserver{cancelled.get_absolute_url()}" in urls
    assert f"http://testserver{draft.get_absolute_url()}" not in urls
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_sitemap_lists_statistics_and_outlet_pages_with_public_questions(client):
    topic = Topic.objects.create(name="住房")
    release = asked_release(topic, "大众日报记者")
    asked_release(topic, "只在草稿里的报社记者", status=Release.Status.DRAFT)
    withdrawn = asked_release(topic, "只在撤回稿里的电视台记者")
    withdrawn.status = Release.Status.WITHDRAWN
    withdrawn.withdrawn_at, withdrawn.withdrawal_reason = at(2023, 6), "有误"
    withdrawn.save()
    make_release(title="没有提问的发布会").topics.add(Topic.objects.create(name="无人问"))
    answerer = release.appearances.get()
    outlet = Outlet.objects.get(name="大众日报")
    urls = sitemap_locations(client, "/sitemap-stats.xml")
    assert urls == [
        "http://testserver/stats/",
        f"http://testserver/outlets/{outlet.pk}/",
        f"http://testserver/stats/speakers/{answerer.speaker_id}/",
        f"http://testserver/stats/organisations/{answerer.organisation_id}/",
        f"http://testserver/stats/topics/{topic.pk}/",
    ]
    for url in urls:  # every page listed is there
        assert client.get(url.removeprefix("http://testserver")).status_code == 200


def test_sitemap_of_statistics_costs_fixed_queries(client, django_assert_num_queries):
    topic = Topic.objects.create(name="住房")
    asked_release(topic, "大众日报记者")
    # The ids of outlets, speakers, organisations and topics: one query each, then cached.
    with django_assert_num_queries(4):
        assert len(sitemap_locations(client, "/sitemap-stats.xml")) == 5
    with django_assert_num_queries(0):
        assert len(sitemap_locations(client, "/sitemap-stats.xml")) == 5
    for n in range(30):
        other = Topic.objects.create(name=f"主题 {n}")
        asked_release(other, f"第 {n} 报社记者")
    with django_assert_num_queries(4):
        assert len(sitemap_locations(client, "/sitemap-stats.xml")) == 5 + 30 * 2


def test_sitemap_splits_large_sections_into_pages(client, monkeypatch):
    from releases.publishing import sitemaps

    monkeypatch.setattr(sitemaps.ReleaseSitemap, "limit", 2)
    for _ in range(5):
        make_release()
    sections = sitemap_locations(client, "/sitemap.xml")
    assert "http://testserver/sitemap-releases.xml?p=3" in sections
    assert len(sitemap_locations(client, "/sitemap-releases.xml?p=3")) == 1


@pytest.mark.parametrize(
    "url", ["/sitemap-nothing.xml", "/sitemap-releases.xml?p=abc", "/sitemap-releases.xml?p=9"]
)
def test_sitemap_bad_section_or_page_is_404(client, url):
    make_release()
    assert client.get(url).status_code == 404
