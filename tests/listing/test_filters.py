import datetime
import re

import pytest
from django.conf import settings
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from releases.listing import filters
from releases.models import Release, Topic
from tests.conftest import add_speaker, at, make_release

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive():
    """Five releases over two years, two speakers, two organisations, two channels, a topic."""
    housing = Topic.objects.create(name="老旧小区改造")
    a = make_release(title="甲", channel="威海要闻", published_at=at(2023, 5))
    add_speaker(a, "李瑞玲", "副局长", "市住房和城乡建设局")
    add_speaker(a, "张振山", "主任", "市住房和城乡建设局")
    a.topics.add(housing)
    b = make_release(title="乙", channel="威海要闻", published_at=at(2023, 6))
    add_speaker(b, "李瑞玲", "局长", "市住房和城乡建设局")
    b.topics.add(housing)
    c = make_release(title="丙", channel="政务公开", published_at=at(2023, 6, 20))
    add_speaker(c, "张振山", "主任", "市教育局")
    d = make_release(title="丁", channel="政务公开", published_at=at(2022, 12))
    add_speaker(d, "李瑞玲", "处长", "市教育局")
    make_release(title="戊", status=Release.Status.DRAFT, published_at=at(2023, 5))
    return {"topic": housing, "releases": (a, b, c, d)}


def titles(response):
    return [release.title for release in response.context["releases"]]


def facet(response, name):
    for item in response.context["filtering"].facets:
        if item.name == name:
            return {option.label: option.count for option in item.options}
    return None


def test_parse_reads_every_filter():
    params = QueryDict("year=2023&month=5&speaker=3&organisation=4&channel=威海要闻&topic=7&page=2")
    assert filters.parse(params) == filters.Filters(2023, 5, 3, 4, "威海要闻", 7)


@pytest.mark.parametrize(
    "query",
    [
        "year=abc",
        "year=23",
        "year=-2023",
        "year=99999",
        "month=5",
        "year=2023&month=13",
        "year=2023&month=0",
        "speaker=x",
        "speaker=-1",
        "speaker=0",
        "topic=1.5",
        "organisation=" + "9" * 30,
        "channel=%00",
        "channel=" + "频" * 51,
    ],
)
def test_parse_refuses_malformed_values(query):
    with pytest.raises(filters.BadFilter):
        filters.parse(QueryDict(query))


def test_parse_ignores_empty_values():
    assert filters.parse(QueryDict("year=&speaker=&channel=+")).is_empty


def test_local_range_of_december_ends_next_january():
    start, end = filters.local_range(2023, 12)
    assert (start.year, start.month, end.year, end.month) == (2023, 12, 2024, 1)


def test_index_lists_all_published_releases_with_facet_counts(client, archive):
    response = client.get("/")
    assert titles(response) == ["丙", "乙", "甲", "丁"]
    assert facet(response, "year") == {"2023": 3, "2022": 1}
    assert facet(response, "speaker") == {"李瑞玲": 3, "张振山": 2}
    assert facet(response, "organisation") == {"市住房和城乡建设局": 2, "市教育局": 2}
    assert facet(response, "channel") == {"威海要闻": 2, "政务公开": 2}
    assert facet(response, "topic") == {"老旧小区改造": 2}


def test_index_filters_by_year_and_shows_months(client, archive):
    response = client.get("/?year=2023")
    assert titles(response) == ["丙", "乙", "甲"]
    assert facet(response, "month") == {"5月": 1, "6月": 2}
    assert facet(response, "year") is None


def test_index_filters_by_month(client, archive):
    response = client.get("/?year=2023&month=6")
    assert titles(response) == ["丙", "乙"]


def test_index_filters_by_speaker_organisation_channel_topic(client, archive):
    li = archive["releases"][0].appearances.get(speaker__name="李瑞玲").speaker
    education = archive["releases"][2].appearances.get().organisation
    assert titles(client.get(f"/?speaker={li.pk}")) == ["乙", "甲", "丁"]
    assert titles(client.get(f"/?organisation={education.pk}")) == ["丙", "丁"]
    assert titles(client.get("/?channel=政务公开")) == ["丙", "丁"]
    assert titles(client.get(f"/?topic={archive['topic'].pk}")) == ["乙", "甲"]


def test_index_filters_combine_and_recount(client, archive):
    li = archive["releases"][0].appearances.get(speaker__name="李瑞玲").speaker
    response = client.get(f"/?speaker={li.pk}&channel=威海要闻&year=2023")
    assert titles(response) == ["乙", "甲"]
    assert facet(response, "month") == {"5月": 1, "6月": 1}
    assert facet(response, "organisation") == {"市住房和城乡建设局": 2}
    assert facet(response, "topic") == {"老旧小区改造": 2}
    assert facet(response, "speaker") is None  # already chosen


def test_index_organisation_counts_a_release_once(client, archive):
    """Two speakers of one organisation at one release: one release for the organisation."""
    response = client.get("/?year=2023&month=5")
    assert facet(response, "organisation") == {"市住房和城乡建设局": 1}


def test_facet_links_narrow_the_list(client, archive):
    response = client.get("/?channel=威海要闻")
    html = response.content.decode()
    link = re.search(r'href="([^"]*)"[^>]*>2023</a> <span class="facet__count">2</span>', html)
    assert link, "the year facet links with its count"
    assert titles(client.get(link.group(1).replace("&amp;", "&"))) == ["乙", "甲"]


def test_active_filter_can_be_removed(client, archive):
    response = client.get("/?channel=政务公开&year=2023")
    html = response.content.decode()
    assert "政务公开" in html
    removal = [a.remove_url for a in response.context["filtering"].active if a.name == "channel"]
    assert removal == ["/?year=2023"]


def test_pagination_keeps_the_filters(client, settings):
    for i in range(25):
        make_release(channel="威海要闻", published_at=at(2023, 1, 1) + datetime.timedelta(hours=i))
    make_release(channel="政务公开")
    html = client.get("/?channel=威海要闻").content.decode()
    assert 'href="?channel=%E5%A8%81%E6%B5%B7%E8%A6%81%E9%97%BB&amp;page=2"' in html
    assert len(titles(client.get("/?channel=威海要闻&page=2"))) == 5


def test_single_facet_list_is_indexable(client, archive):
    for query in ("/", "/?channel=政务公开", "/?year=2023&month=6"):
        assert b'name="robots"' not in client.get(query).content


def test_list_beyond_one_facet_is_noindex(client, archive):
    html = client.get("/?channel=政务公开&year=2023").content.decode()
    assert '<meta name="robots" content="noindex">' in html


def test_filtered_list_has_canonical_url_in_fixed_order(client, archive):
    html = client.get("/?year=2023&channel=政务公开&utm_source=x").content.decode()
    assert (
        '<link rel="canonical" href="http://testserver/?year=2023&amp;channel='
        '%E6%94%BF%E5%8A%A1%E5%85%AC%E5%BC%80">' in html
    )


@pytest.mark.parametrize(
    "query",
    ["year=abc", "year=2023&month=13", "month=4", "speaker=abc", "speaker=999999", "topic=0"],
)
def test_index_bad_filter_is_404(client, archive, query):
    response = client.get(f"/?{query}")
    assert response.status_code == 404
    assert "页面不存在" in response.content.decode()


def test_unknown_parameter_is_ignored(client, archive):
    assert client.get("/?colour=blue").status_code == 200


def test_facet_counts_follow_a_new_release(client, archive):
    assert facet(client.get("/"), "channel") == {"威海要闻": 2, "政务公开": 2}
    make_release(channel="政务公开")
    assert facet(client.get("/"), "channel") == {"政务公开": 3, "威海要闻": 2}


def test_facet_counts_follow_an_unpublished_release(client, archive):
    assert facet(client.get("/"), "year")["2023"] == 3
    release = archive["releases"][0]
    release.status = Release.Status.DRAFT
    release.save()
    assert facet(client.get("/"), "year")["2023"] == 2


def test_facet_counts_follow_a_topic_change(client, archive):
    archive["releases"][2].topics.add(archive["topic"])
    assert facet(client.get("/"), "topic") == {"老旧小区改造": 3}


# Committed for real; naming the apps makes the flush afterwards TRUNCATE ... CASCADE on
# PostgreSQL, which also empties the search index that references releases.
@pytest.mark.django_db(transaction=True, available_apps=settings.INSTALLED_APPS)
def test_editors_save_counts_the_archive_again_before_the_next_reader(client, archive):
    client.get("/")
    make_release(channel="民生关注")  # committed: the counts are made again at once
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/")
    assert facet(response, "channel")["民生关注"] == 1
    assert not [q["sql"] for q in queries if "COUNT(" in q["sql"]]


def test_cached_counts_follow_a_scheduled_release_falling_due(client, archive, monkeypatch):
    make_release(channel="民生关注", published_at=timezone.now() + datetime.timedelta(minutes=5))
    assert "民生关注" not in facet(client.get("/"), "channel")
    later = timezone.now() + datetime.timedelta(minutes=6)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert facet(client.get("/"), "channel")["民生关注"] == 1


def test_filtered_index_query_count_is_constant(client, archive, django_assert_num_queries):
    li = archive["releases"][0].appearances.get(speaker__name="李瑞玲").speaker
    url = f"/?speaker={li.pk}&year=2023"
    # Speaker name; page, appearances; facets (months, organisations, channels, topics).
    # The total comes from the month counts: no COUNT.
    with django_assert_num_queries(1 + 2 + 4):
        client.get(url)
    # Counted once, then from the cache.
    with django_assert_num_queries(1 + 2):
        client.get(url)
    for i in range(30):
        release = make_release(channel=f"频道{i}", published_at=at(2023, 3))
        add_speaker(release, "李瑞玲", f"职务{i}", f"机构{i}")
    with django_assert_num_queries(1 + 2 + 4):
        client.get(url)
    with django_assert_num_queries(1 + 2):
        client.get(url)


def test_filtered_list_title_names_the_filters(client, archive):
    html = client.get("/?channel=政务公开&year=2023").content.decode()
    assert "<title>2023 · 政务公开 · " in html
