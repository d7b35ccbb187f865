from urllib.parse import urlencode

import feedparser
import pytest

from releases.models import Release, Topic
from tests.conftest import add_speaker, make_release

pytestmark = pytest.mark.django_db

FEEDS = ["/feeds/atom/", "/feeds/rss/"]


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


@pytest.mark.parametrize("url", FEEDS)
def test_feed_lists_published_releases_newest_first(client, url):
    make_release(title="旧的")
    make_release(title="新的", kicker="权威发布")
    make_release(title="草稿", status=Release.Status.DRAFT)
    feed = parse(client, url)
    assert [entry.title for entry in feed.entries] == ["权威发布丨新的", "旧的"]
    entry = feed.entries[0]
    assert entry.link.startswith("http://testserver/releases/")
    assert entry.summary.startswith("导语")
    assert entry.published_parsed


@pytest.mark.parametrize("url", FEEDS)
def test_feed_of_reference_release_is_valid(client, reference_release, url):
    feed = parse(client, url)
    assert feed.entries[0].title.endswith(reference_release.title)


@pytest.mark.parametrize("url", FEEDS)
def test_feed_narrows_to_a_speaker(client, url):
    a = make_release(title="有他")
    appearance = add_speaker(a, "李瑞玲")
    make_release(title="没有他")
    feed = parse(client, f"{url}?speaker={appearance.speaker_id}")
    assert [entry.title for entry in feed.entries] == ["有他"]
    assert "李瑞玲" in feed.feed.title


@pytest.mark.parametrize("url", FEEDS)
def test_feed_narrows_to_a_topic_and_lists_categories(client, url):
    topic = Topic.objects.create(name="口袋公园")
    release = make_release(title="公园")
    release.topics.add(topic)
    make_release(title="别的")
    feed = parse(client, f"{url}?topic={topic.pk}")
    assert [entry.title for entry in feed.entries] == ["公园"]
    assert [tag.term for tag in feed.entries[0].tags] == ["口袋公园"]


@pytest.mark.parametrize("url", FEEDS)
def test_feed_bad_filter_is_404(client, url):
    assert client.get(f"{url}?speaker=abc").status_code == 404
    assert client.get(f"{url}?topic=12345").status_code == 404


@pytest.mark.parametrize("url", FEEDS)
def test_feed_refuses_post(client, url):
    assert client.post(url).status_code == 405


def test_feed_query_count_is_constant(client, django_assert_num_queries):
    for i in range(3):
        make_release().topics.add(Topic.objects.get_or_create(name=f"主题{i}")[0])
    with django_assert_num_queries(2):
        client.get("/feeds/atom/")
    for i in range(40):
        make_release().topics.add(Topic.objects.get_or_create(name=f"主题{i}")[0])
    with django_assert_num_queries(2):
        client.get("/feeds/atom/")


def test_index_announces_its_feeds(client):
    make_release()
    html = client.get("/?channel=威海要闻").content.decode()
    assert 'rel="alternate" type="application/atom+xml"' in html
    assert 'href="/feeds/atom/?channel=%E5%A8%81%E6%B5%B7%E8%A6%81%E9%97%BB"' in html
    assert 'type="application/rss+xml"' in html


@pytest.mark.parametrize("url", FEEDS)
def test_feed_of_a_search_lists_the_matching_releases(client, url):
    make_release(title="地下综合管廊建设情况", channel="威海要闻")
    make_release(title="口袋公园建设情况", channel="威海要闻")
    make_release(title="管廊巡检", channel="政务公开")
    feed = parse(client, f"{url}?q=管廊")
    assert [entry.title for entry in feed.entries] == ["管廊巡检", "地下综合管廊建设情况"]
    assert "管廊" in feed.feed.title
    assert feed.feed.link.startswith("http://testserver/search/?q=")
    narrowed = parse(client, f"{url}?q=管廊&channel=威海要闻")
    assert [entry.title for entry in narrowed.entries] == ["地下综合管廊建设情况"]


@pytest.mark.parametrize("query", ["%", "'", "\x00", "😀", "管" * 500])
def test_feed_of_an_odd_search_is_still_valid(client, query):
    make_release(title="管廊")
    parse(client, "/feeds/atom/?" + urlencode({"q": query}))


def test_search_page_announces_its_feed(client):
    make_release(title="地下综合管廊建设情况")
    content = client.get("/search/?q=管廊&year=2023").content.decode()
    assert 'href="/feeds/atom/?q=%E7%AE%A1%E5%BB%8A&amp;year=2023"' in content
