"""Page metadata: JSON-LD, canonical and Open Graph links, feed links."""

import json
import re

import pytest

from releases.models import Topic
from tests.conftest import make_release

pytestmark = pytest.mark.django_db


def json_ld(content):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', content, re.S)
    assert len(blocks) == 1
    return json.loads(blocks[0])


def test_release_page_has_news_article_json_ld(client, reference_release):
    content = client.get(reference_release.get_absolute_url()).content.decode()
    data = json_ld(content)
    url = f"http://testserver{reference_release.get_absolute_url()}"
    assert data["@context"] == "https://schema.org" and data["@type"] == "NewsArticle"
    assert data["headline"] == reference_release.title
    assert data["mainEntityOfPage"] == {"@type": "WebPage", "@id": url}
    assert data["datePublished"].startswith("2023-05-31")
    assert data["dateModified"] >= data["datePublished"]
    assert data["publisher"]["@type"] == "Organization" and data["publisher"]["name"]


def test_json_ld_cannot_close_its_element(client):
    release = make_release(title="</script><script>alert(1)</script>", lead="a & b <!--")
    content = client.get(release.get_absolute_url()).content.decode()
    block = content[content.index('<script type="application/ld+json">') :]
    block = block[: block.index("</script>")]
    assert "<" not in block[1:] and "&" not in block
    assert json_ld(content)["headline"] == "</script><script>alert(1)</script>"


def test_json_ld_is_the_only_inline_script(client, reference_release):
    content = client.get(reference_release.get_absolute_url()).content.decode()
    inline = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", content)
    assert inline == ['<script type="application/ld+json">']


def test_release_page_has_canonical_and_open_graph(client):
    release = make_release(title="精致城市论坛", lead="导语文字")
    release.topics.add(Topic.objects.create(name="精致城市"))
    content = client.get(f"{release.get_absolute_url()}?utm_source=x").content.decode()
    url = f"http://testserver{release.get_absolute_url()}"
    assert f'<link rel="canonical" href="{url}">' in content
    assert '<meta property="og:type" content="article">' in content
    assert '<meta property="og:title" content="精致城市论坛">' in content
    assert '<meta property="og:description" content="导语文字">' in content
    assert f'<meta property="og:url" content="{url}">' in content
    assert '<meta property="article:tag" content="精致城市">' in content
    assert '<meta property="article:published_time"' in content


def test_release_page_announces_the_feeds(client):
    release = make_release()
    content = client.get(release.get_absolute_url()).content.decode()
    assert '<link rel="alternate" type="application/atom+xml"' in content
    assert '<link rel="alternate" type="application/rss+xml"' in content


def test_detail_query_count_unchanged_by_metadata(
    client, reference_release, django_assert_num_queries
):
    with django_assert_num_queries(8):
        client.get(reference_release.get_absolute_url())
