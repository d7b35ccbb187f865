import datetime

import pytest
from django.core.management import call_command
from django.db.models import Count
from django.urls import reverse
from django.utils import timezone

from releases.models import Figure, Release, Segment, Speaker
from releases.search import index
from tests.conftest import add_segments, add_speaker, make_release

pytestmark = pytest.mark.django_db


def search(client, q, **params):
    return client.get(reverse("releases:search"), {"q": q, **params})


def found(response):
    return [hit.release.pk for hit in response.context["hits"]]


@pytest.fixture
def pocket_park():
    release = make_release(title="口袋公园建设情况", lead="市政府新闻办举行发布会。")
    answerer = add_speaker(release, "都昌林", "二级巡视员", "山东省住房和城乡建设厅")
    segments = add_segments(release, 3, answerer=answerer)
    Segment.objects.filter(pk=segments[1].pk).update(
        question="老旧小区改造进展如何?",
        answer="今年改造老旧小区120个,建成地下综合管廊40.6公里。",
    )
    Figure.objects.create(
        release=release,
        segment=segments[2],
        order=1,
        value=169000,
        unit="套",
        label="保障性住房",
        text="16.9万套",
    )
    index.index_releases([release.pk])
    return release


def test_search_finds_two_character_and_long_chinese_queries(client, pocket_park):
    make_release(title="无关的发布会")
    assert found(search(client, "公园")) == [pocket_park.pk]
    assert found(search(client, "地下综合管廊")) == [pocket_park.pk]


def test_search_finds_english_words(client):
    release = make_release(title="UN-Habitat forum", lead="Housing policy")
    assert found(search(client, "housing")) == [release.pk]
    assert found(search(client, "hous")) == []


def test_search_treats_full_width_as_half_width(client):
    release = make_release(title="ＵＮ人居署论坛")
    assert found(search(client, "un人居署")) == [release.pk]
    assert found(search(client, "ＵＮ")) == [release.pk]


def test_search_finds_simplified_text_from_traditional_query(client, pocket_park):
    assert found(search(client, "老舊小區")) == [pocket_park.pk]


def test_search_finds_traditional_text_from_either_script(client):
    # Imported Hong Kong releases keep their traditional characters.
    release = make_release(
        title="運輸局局長會見傳媒答問內容", lead="以下是運輸局局長周明遠的答問內容。"
    )
    index.index_releases([release.pk])
    assert found(search(client, "运输局局长")) == [release.pk]
    assert found(search(client, "運輸局局長")) == [release.pk]
    assert found(search(client, "周明远")) == [release.pk]


def test_search_finds_speaker_names_and_figure_labels(client, pocket_park):
    assert found(search(client, "都昌林")) == [pocket_park.pk]
    assert found(search(client, "保障性住房")) == [pocket_park.pk]


def test_search_single_character_matches_anywhere_in_a_word(client):
    release = make_release(title="威海港")
    assert found(search(client, "港")) == [release.pk]


def test_search_hit_links_to_the_segment_with_the_words(client, pocket_park):
    response = search(client, "老旧小区")
    (hit,) = response.context["hits"]
    assert hit.url == pocket_park.get_absolute_url() + "#q2"
    assert f'href="{hit.url}"' in response.content.decode()


def test_search_hit_in_title_links_to_the_release(client, pocket_park):
    (hit,) = search(client, "口袋公园").context["hits"]
    assert hit.url == pocket_park.get_absolute_url()


def test_search_highlights_words_and_escapes_editors_markup(client):
    release = make_release(title="安全提示")
    (segment,) = add_segments(release, 1)
    segment.answer = "<script>alert('x')</script> 防汛演练"
    segment.save()
    html = search(client, "防汛").content.decode()
    assert "<mark>防汛</mark>" in html
    assert "&lt;script&gt;" in html
    assert "<script>alert" not in html


def test_search_ranks_title_matches_first(client):
    in_body = make_release(title="其他", lead="提到口袋公园一次")
    in_title = make_release(
        title="口袋公园", published_at=timezone.now() - datetime.timedelta(days=30)
    )
    assert found(search(client, "口袋公园")) == [in_title.pk, in_body.pk]


def test_search_never_finds_drafts_or_future_releases(client):
    make_release(title="草稿公园", status=Release.Status.DRAFT, published_at=None)
    make_release(title="定时公园", published_at=timezone.now() + datetime.timedelta(days=1))
    public = make_release(title="公开公园")
    assert found(search(client, "公园")) == [public.pk]


def test_search_index_follows_edits_and_deletes(client):
    release = make_release(title="海水浴场开放")
    assert found(search(client, "浴场")) == [release.pk]
    release.title = "沙滩开放"
    release.save()
    assert found(search(client, "浴场")) == []
    assert found(search(client, "沙滩")) == [release.pk]
    (segment,) = add_segments(release, 1)
    segment.answer = "新增救生员"
    segment.save()
    assert found(search(client, "救生员")) == [release.pk]
    segment.delete()
    assert found(search(client, "救生员")) == []
    release.delete()
    assert index.count() == 0


def test_search_finds_renamed_speaker_under_new_name(client):
    release = make_release()
    appearance = add_speaker(release, "张三")
    speaker = appearance.speaker
    speaker.name = "李四"
    speaker.save()
    assert found(search(client, "李四")) == [release.pk]
    assert found(search(client, "张三")) == []


def test_rebuild_search_index_restores_a_lost_index(client, capsys):
    release = make_release(title="渔港经济区")
    index.clear()
    assert found(search(client, "渔港")) == []
    call_command("rebuild_search_index")
    assert found(search(client, "渔港")) == [release.pk]
    assert "1/1" in capsys.readouterr().out


@pytest.mark.parametrize("q", ["", "%", "'", "\x00", "😀", "威" * 500, "a' OR 1=1 --", '"*'])
def test_search_odd_queries_get_a_friendly_page(client, q):
    make_release(title="威海")
    response = search(client, q)
    assert response.status_code == 200
    assert "搜索" in response.content.decode()


def test_search_long_query_says_it_was_cut(client):
    response = search(client, "威海" * 200)
    assert "查询太长" in response.content.decode()


def test_search_empty_query_asks_for_words(client):
    assert "请输入要查找的字词" in search(client, "").content.decode()


def test_search_bad_page_is_404(client):
    make_release(title="威海")
    assert search(client, "威海", page="abc").status_code == 404
    assert search(client, "威海", page="99").status_code == 404


def test_search_combines_with_filters(client):
    release = make_release(title="口袋公园")
    add_speaker(release, "都昌林")
    other = make_release(title="口袋公园二期")
    speaker = release.appearances.get().speaker
    response = search(client, "口袋公园", speaker=speaker.pk)
    assert found(response) == [release.pk]
    assert other.pk not in found(response)


def _populate(n):
    for i in range(n):
        release = make_release(title=f"口袋公园 {i}")
        answerer = add_speaker(release, f"发言人{i}")
        add_segments(release, 3, answerer=answerer)
        index.index_releases([release.pk])


def test_search_query_count_is_constant(client, django_assert_num_queries):
    _populate(1)
    with django_assert_num_queries(11) as one:
        search(client, "口袋公园")
    _populate(30)
    with django_assert_num_queries(len(one.captured_queries)):
        response = search(client, "口袋公园")
    assert len(response.context["hits"]) == 20


def test_generate_releases_makes_findable_releases_with_reused_speakers(client):
    call_command("generate_releases", count=40, verbosity=0)
    assert Release.objects.count() == 40
    assert Segment.objects.filter(answerer__isnull=False).count() >= 80
    assert Figure.objects.exists()
    busiest = Speaker.objects.annotate(n=Count("appearances")).order_by("-n").first()
    assert busiest.n > 1
    visible = set(Release.objects.published().values_list("pk", flat=True))
    hits = found(search(client, busiest.name))
    assert hits and set(hits) <= visible
    # The generator writes the index directly; a rebuild from the database agrees with it.
    call_command("rebuild_search_index", verbosity=0)
    assert found(search(client, busiest.name)) == hits
