"""The statistics pages: the overview, an outlet, a speaker, an organisation, a topic."""

import re

import pytest

from releases.models import Organisation, Outlet, Release, Speaker, Topic
from tests.conftest import add_speaker, at, make_release
from tests.stats.conftest import ask

pytestmark = pytest.mark.django_db


def outlet_url(name):
    return f"/outlets/{Outlet.objects.get(name=name).pk}/"


def test_overview_ranks_outlets_answerers_and_organisations(client, archive):
    html = client.get("/stats/").content.decode()
    assert "共 8 个提问,其中 7 个注明了回答人" in html
    assert f'<a href="{outlet_url("大众日报")}">大众日报</a>' in html
    assert html.index("大众日报") < html.index("Reuters") < html.index("新华社")
    assert f'href="/stats/speakers/{archive["li"].pk}/"' in html
    assert "市教育局" in html


def test_overview_in_english(client, archive):
    html = client.get("/en/stats/").content.decode()
    assert "Outlets asking most" in html and "8 questions, 7 with their answerer named" in html


def test_outlet_page_counts_its_questions_and_lists_the_newest_month(client, archive):
    response = client.get(outlet_url("大众日报"))
    html = response.content.decode()
    assert "提问 4 次,其中 4 个注明了回答人" in html
    assert "2024年3月的 2 个提问" in html
    second, third = Release.objects.get(title="第二场"), Release.objects.get(title="第三场")
    assert f'href="/releases/2024/{second.pk}/#q1"' in html
    assert f'href="/releases/2024/{third.pk}/#q1"' in html
    # Who answered them.
    assert re.search(r"李瑞玲</a> <span[^>]*>3 个提问", html)


def test_outlet_page_chart_has_a_table_and_bars_link_to_the_month(client, archive):
    html = client.get(f"{outlet_url('大众日报')}?year=2023").content.decode()
    svg = html[html.index("<svg") : html.index("</svg>")]
    assert 'aria-hidden="true"' in svg
    assert '<a href="?year=2023&amp;month=5#questions" tabindex="-1">' in svg
    table = html[html.index('<table class="stats-table stats-chart__table"') :]
    assert '<a href="?year=2023&amp;month=5#questions">2023年5月</a></th><td>2</td>' in table
    first = Release.objects.get(title="第一场")
    assert f'href="/releases/2023/{first.pk}/#q2"' in html
    assert f'href="/releases/2023/{first.pk}/#q3"' in html


@pytest.mark.parametrize(
    "query", ["?year=2022", "?year=2024&month=4", "?month=3", "?year=abc", "?year=2024&page=9"]
)
def test_outlet_page_without_such_questions_is_404(client, archive, query):
    assert client.get(f"{outlet_url('大众日报')}{query}").status_code == 404


def test_outlet_of_drafts_only_is_404(client, archive):
    draft = Release.objects.get(title="草稿")
    ask(draft, 9, "未公开日报记者", None)
    assert client.get(outlet_url("未公开日报")).status_code == 404
    assert client.get("/outlets/999/").status_code == 404


def test_speaker_organisation_and_topic_pages(client, archive):
    html = client.get(f"/stats/speakers/{archive['wang'].pk}/").content.decode()
    assert "回答 3 个提问" in html and "提问最多的媒体" in html
    education = Organisation.objects.get(name="市教育局")
    html = client.get(f"/stats/organisations/{education.pk}/").content.decode()
    assert "本机构发言人回答 3 个提问" in html
    assert f'<a href="{outlet_url("Reuters")}">Reuters</a>' in html
    html = client.get(f"/stats/topics/{archive['housing'].pk}/").content.decode()
    assert "本主题的发布会上共 6 个提问,其中 6 个注明了回答人" in html


def test_stats_pages_are_linked_from_the_navigation_and_the_question_list(client, archive):
    assert 'href="/stats/"' in client.get("/").content.decode()
    html = client.get(f"/stats/speakers/{archive['li'].pk}/").content.decode()
    assert f'<a href="{outlet_url("大众日报")}">大众日報記者</a>' in html


def test_stats_follow_an_editors_change(client, archive):
    url = outlet_url("Reuters")
    assert "提问 2 次" in client.get(url).content.decode()
    ask(Release.objects.get(title="第三场"), 3, "Reuters", None)
    assert "提问 3 次" in client.get(url).content.decode()


def grow(topic, count):
    """``count`` more releases of ``topic``, each with three questions answered by 李瑞玲."""
    for i in range(count):
        release = make_release(published_at=at(2020 + i % 5, i % 12 + 1))
        release.topics.add(topic)
        appearance = add_speaker(release, "李瑞玲", "局长", "市住房和城乡建设局")
        for order, asker in enumerate(("大众日报记者", "Reuters", "新华社记者"), 1):
            ask(release, order, asker, appearance)


def test_stats_query_counts_stay_fixed_from_1_to_100_releases(client, django_assert_num_queries):
    topic = Topic.objects.create(name="住房")
    grow(topic, 1)
    speaker = Speaker.objects.get(name="李瑞玲").pk
    organisation = Organisation.objects.get(name="市住房和城乡建设局").pk
    pages = [
        # Months, topics, and three rankings (counted afresh: the cache starts empty).
        ("/stats/", 5),
        # The outlet, its months, two rankings, the month's page of questions.
        (outlet_url("大众日报"), 5),
        (f"/stats/speakers/{speaker}/", 4),
        (f"/stats/organisations/{organisation}/", 5),
        (f"/stats/topics/{topic.pk}/", 6),
    ]
    for url, queries in pages:
        with django_assert_num_queries(queries):
            assert client.get(url).status_code == 200
    grow(topic, 99)
    assert Release.objects.published().count() == 100
    for url, queries in pages:
        with django_assert_num_queries(queries):
            assert client.get(url).status_code == 200
    # Once counted, a page costs the subject and its page of questions, the overview nothing.
    url = f"{outlet_url('大众日报')}?year=2022&month=3"
    with django_assert_num_queries(2):
        assert client.get(url).status_code == 200
    with django_assert_num_queries(0):
        client.get("/stats/")


def test_release_page_links_the_asker_to_its_outlet(client, archive):
    first = Release.objects.get(title="第一场")
    html = client.get(first.get_absolute_url()).content.decode()
    assert f'<a href="{outlet_url("大众日报")}">大众日报记者</a>' in html


def test_release_page_follows_a_merge_of_outlets(client, archive):
    from releases.stats import outlets

    first = Release.objects.get(title="第一场")
    reuters, dazhong = Outlet.objects.get(name="Reuters"), Outlet.objects.get(name="大众日报")
    assert f"/outlets/{reuters.pk}/" in client.get(first.get_absolute_url()).content.decode()
    outlets.merge(dazhong, [reuters])
    html = client.get(first.get_absolute_url()).content.decode()
    assert f"/outlets/{reuters.pk}/" not in html
    assert f'<a href="/outlets/{dazhong.pk}/">Reuters</a>' in html
