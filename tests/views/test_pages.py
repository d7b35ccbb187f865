import datetime

import pytest
from django.test import Client
from django.utils import timezone

from releases.models import Release
from tests.conftest import add_figures, add_segments, add_speaker, make_release

pytestmark = pytest.mark.django_db


def test_index_lists_only_published_releases_newest_first(client):
    older = make_release(
        title="较早的发布会", published_at=timezone.now() - datetime.timedelta(days=2)
    )
    newer = make_release(title="较新的发布会")
    make_release(title="草稿发布会", status=Release.Status.DRAFT, published_at=None)
    make_release(title="定时发布会", published_at=timezone.now() + datetime.timedelta(days=1))
    response = client.get("/")
    content = response.content.decode()
    assert response.status_code == 200
    assert content.index(newer.title) < content.index(older.title)
    assert "草稿发布会" not in content
    assert "定时发布会" not in content


def test_index_entry_shows_date_kicker_lead_and_speakers(client, reference_release):
    content = client.get("/").content.decode()
    assert "2023-05-31" in content
    assert "权威发布" in content
    assert "威海新闻网讯 5月30日" in content
    assert "张振山、都昌林、邓勇、李瑞玲" in content
    assert 'href="/releases/2023/1/"' in content


def test_index_paginates_with_page_numbers(client, settings):
    for _ in range(settings.RELEASES_PER_PAGE + 1):
        make_release()
    first = client.get("/").content.decode()
    assert 'href="?page=2"' in first
    second = client.get("/?page=2")
    assert second.status_code == 200
    assert len(second.context["releases"]) == 1


@pytest.mark.parametrize("page", ["abc", "-1", "0", str(10**9), "1.5", ""])
def test_index_bad_page_is_a_designed_404(client, page):
    make_release()
    response = client.get("/", {"page": page})
    if page == "":
        assert response.status_code == 200
        return
    assert response.status_code == 404
    assert "页面不存在" in response.content.decode()
    assert '<html lang="zh-Hans">' in response.content.decode()


def test_detail_shows_every_part_of_the_reference_release(client, reference_release):
    response = client.get("/releases/2023/1/")
    content = response.content.decode()
    assert response.status_code == 200
    # Breadcrumb, kicker, title, dates, editor, source, lead.
    for text in ["威海要闻", "权威发布", "精致城市论坛6月12日举办", "2023-05-31", "2023-05-30"]:
        assert text in content
    for text in ["徐栋波", "威海新闻网", "市政府新闻办", "威海新闻网讯 5月30日"]:
        assert text in content
    # Who spoke, with position and organisation as printed then.
    assert "山东省住房和城乡建设厅二级巡视员" in content
    assert "威海市住房和城乡建设局党组书记、局长,市精致城市建设办公室主任" in content
    assert "威海市人民政府副市长、党组成员" in content
    assert "联合国人居署中国项目主任" in content
    # The questions, linked to their anchors, and each answer with its answerer.
    for number in (1, 2, 3):
        assert f'href="#q{number}"' in content
        assert f'id="q{number}"' in content
    segments = response.context["release"].segments.all()
    assert [s.answerer.speaker.name for s in segments] == ["都昌林", "李瑞玲", "张振山"]
    for heading in ["精当规划", "精美设计", "精心建设", "精细管理", "精准服务", "精明增长"]:
        assert f"<h3>{heading}" in content
    # Key figures, each linking to the answer that quoted it.
    assert "40.6公里" in content and "地下综合管廊" in content
    assert "16.9万套" in content
    assert content.count('class="figure') >= 20
    # Credits, without the credit text left in the answer.
    for text in ["董倩萍", "毕钰晶", "张振山"]:
        assert text in content
    assert "Hi威海客户端记者" not in content


def test_detail_figure_links_to_the_answer_that_quoted_it(client, reference_release):
    content = client.get("/releases/2023/1/").content.decode()
    card = content[content.index("40.6公里") - 200 : content.index("40.6公里")]
    assert 'href="#q2"' in card


def test_detail_shows_change_notes_and_update_time(client, reference_release):
    reference_release.updated_at = timezone.now()
    reference_release.save()
    reference_release.change_notes.create(text="更正了李瑞玲的职务。")
    content = client.get("/releases/2023/1/").content.decode()
    assert "更正了李瑞玲的职务。" in content
    assert "更新" in content


def test_detail_of_draft_or_future_release_is_404_to_the_public(client):
    draft = make_release(status=Release.Status.DRAFT, published_at=None)
    future = make_release(published_at=timezone.now() + datetime.timedelta(days=3))
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get(future.get_absolute_url()).status_code == 404


def test_staff_can_preview_drafts_and_scheduled_releases(admin_client):
    draft = make_release(title="预览草稿", status=Release.Status.DRAFT, published_at=None)
    response = admin_client.get(draft.get_absolute_url())
    assert response.status_code == 200
    assert "预览:这是草稿" in response.content.decode()


def test_detail_with_wrong_year_redirects_to_the_canonical_url(client, reference_release):
    response = client.get("/releases/2021/1/")
    assert response.status_code == 301
    assert response["Location"] == "/releases/2023/1/"


@pytest.mark.parametrize(
    "url",
    [
        "/releases/2023/999/",
        "/releases/2023/" + "9" * 30 + "/",
        "/releases/2023/abc/",
        "/releases/23/1/",
        "/releases/2023/-1/",
        "/nothing-here/",
    ],
)
def test_bad_detail_urls_are_designed_404s(client, reference_release, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "返回首页" in response.content.decode()


def test_editor_html_is_escaped_on_the_public_page(client):
    release = make_release(title="<script>alert(1)</script>标题")
    add_segments(release, 1)
    release.segments.update(answer="<b>粗体</b>")
    content = client.get(release.get_absolute_url()).content.decode()
    assert "<script>alert(1)</script>" not in content
    assert "&lt;script&gt;" in content
    assert "<b>粗体</b>" not in content


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_public_pages_answer_get_and_head_only(client, reference_release, method):
    for url in ["/", "/releases/2023/1/"]:
        assert getattr(client, method)(url).status_code == 405
    assert client.head("/").status_code == 200


def test_detail_query_count_is_constant(client, django_assert_num_queries):
    small = make_release()
    speaker = add_speaker(small, "张三", "局长", "某局")
    add_figures(small, add_segments(small, 1, answerer=speaker))
    large = make_release()
    speakers = [add_speaker(large, f"发言人{i}", "主任", f"机构{i}") for i in range(10)]
    add_figures(large, add_segments(large, 50, answerer=speakers[0]))
    for release in (small, large):
        with django_assert_num_queries(DETAIL_QUERIES):
            assert client.get(release.get_absolute_url()).status_code == 200


def test_index_query_count_is_constant(client, django_assert_num_queries):
    release = make_release()
    add_speaker(release, "张三")
    with django_assert_num_queries(INDEX_QUERIES):
        client.get("/")
    for i in range(99):
        add_speaker(make_release(), f"发言人{i}")
    with django_assert_num_queries(INDEX_QUERIES):
        client.get("/")


def test_index_builds_its_month_chart_once(client, settings, monkeypatch):
    # The chart is handed to the template as a callable, so that a kept side panel costs
    # nothing; the template must call it once, not at each of its uses (it was eight).
    settings.FRAGMENT_CACHE_SECONDS = 0
    from releases.views import pages

    calls = []

    def counted(*args, **kwargs):
        calls.append(args)
        return month_chart(*args, **kwargs)

    month_chart = pages.month_chart
    monkeypatch.setattr(pages, "month_chart", counted)
    add_speaker(make_release(published_at=timezone.now() - datetime.timedelta(days=40)), "张三")
    html = client.get("/").content.decode()
    assert 'class="month-chart"' in html
    assert len(calls) == 1


# The release, then appearances, segments, figures, photos, credits, change notes, topics.
DETAIL_QUERIES = 8
# The page of releases, their appearances with speakers (the total comes with the facet
# counts); then, with the counts not yet cached: years, speakers, organisations,
# channels, topics; then the month counts of the chart. (When the next scheduled release
# falls due is read when the archive changes, not per page.)
INDEX_QUERIES = 2 + 5 + 1


@pytest.mark.parametrize("method", ["post", "put", "delete", "options"])
def test_public_site_refuses_writes_before_csrf_checks(reference_release, method):
    browser = Client(enforce_csrf_checks=True)
    for url in ["/", "/releases/2023/1/", "/search/", "/feeds/atom/"]:
        response = getattr(browser, method)(url)
        assert response.status_code == 405
        assert response["Allow"] == "GET, HEAD"
