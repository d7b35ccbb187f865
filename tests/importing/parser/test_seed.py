"""The reference release: its exact structure, as the importer issue requires."""

import json

import pytest

from releases.importing.parser import parse_article
from tests.importing import CORPUS

SEED = CORPUS / "000_4afd75f9a84009b0.txt"


@pytest.fixture(scope="module")
def seed():
    return parse_article(SEED.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def expected():
    return json.loads(SEED.with_suffix(".json").read_text(encoding="utf-8"))


def test_seed_header_fields(seed):
    assert seed.title == "精致城市论坛6月12日举办"
    assert seed.kicker == "权威发布"
    assert seed.channel == "威海要闻"
    assert seed.published == "2023-05-31"
    assert seed.editor == "徐栋波"
    assert seed.source == "威海新闻网"
    assert seed.event_date == "2023-05-30"
    assert seed.host_office == "市政府新闻办"
    assert seed.lead.startswith("威海新闻网讯 5月30日")
    assert seed.warnings == []


def test_seed_speakers_exact(seed):
    assert [(s.name, s.organisation, s.position, s.role) for s in seed.speakers] == [
        ("张振山", "联合国人居署", "中国项目主任", "speaker"),
        ("都昌林", "山东省住房和城乡建设厅", "二级巡视员", "speaker"),
        ("邓勇", "威海市人民政府", "副市长、党组成员", "speaker"),
        ("李瑞玲", "威海市住房和城乡建设局", "党组书记、局长,市精致城市建设办公室主任", "speaker"),
    ]


def test_seed_speaker_position_keeps_its_comma(seed):
    assert seed.speaker("李瑞玲").full_position == (
        "威海市住房和城乡建设局党组书记、局长,市精致城市建设办公室主任"
    )


def test_seed_segments_and_answerers(seed):
    assert [s.answerers for s in seed.segments] == [["都昌林"], ["李瑞玲"], ["张振山"]]
    assert all(s.asker is None for s in seed.segments)
    assert seed.segments[0].question.startswith("此次精致城市论坛由省住房城乡建设厅共同主办")
    assert seed.segments[2].question == "联合国人居署出于哪些考虑,选择联合主办这次精致城市论坛活动?"


def test_seed_attribution_sharing_a_line_starts_the_answer(seed):
    assert seed.segments[0].paragraphs[0].startswith("2018年6月,习近平总书记在威海提出")
    assert seed.segments[1].paragraphs[0].startswith("“精致城市”是习近平总书记在威海首次提出")


def test_seed_headings_are_the_six_stars(seed):
    assert seed.segments[1].headings == [
        "精当规划,以系统思维搭建精致城市“四梁八柱”",
        "精美设计,塑造“大气山海精致栖居”的城市风貌",
        "精心建设,全域提升重大基础设施承载能力",
        "精细管理,推动城市治理体系和治理能力现代化",
        "精准服务,坚持“小切口”改善“大民生”",
        "精明增长,持续提升城市可持续发展能力",
    ]
    assert seed.segments[0].headings == seed.segments[2].headings == []


def test_seed_related_link_is_furniture(seed):
    paragraphs = [p for s in seed.segments for p in s.paragraphs] + seed.body
    assert not any("相关链接" in p for p in paragraphs)


def test_seed_credits_split_off_the_last_paragraph(seed):
    assert [(c.role, c.name) for c in seed.credits] == [
        ("文", "董倩萍"),
        ("图", "毕钰晶"),
        ("设计", "张博然"),
    ]
    assert seed.segments[-1].paragraphs[-1].endswith("《新城市议程》的落实。")


def test_seed_segments_match_the_hand_labelled_file(seed, expected):
    found = seed.to_dict()["segments"]
    for got, want in zip(found, expected["segments"], strict=True):
        for key in ("question", "asker", "answerers", "headings", "paragraphs"):
            assert got[key] == want[key]


def test_seed_figures_reach_the_bar(seed, expected):
    found = {(f.segment, f.text, f.value, f.unit) for f in seed.figures}
    wanted = {(f["segment"], f["text"], f["value"], f["unit"]) for f in expected["figures"]}
    matched = len(found & wanted)
    assert matched / len(found) >= 0.95
    assert matched / len(wanted) >= 0.95


@pytest.mark.parametrize(
    ("text", "value", "unit", "label"),
    [
        ("40.6公里", 40.6, "公里", "地下综合管廊"),
        ("78.6平方公里", 78.6, "平方公里", "海绵城市"),
        ("99.7%", 99.7, "%", "城市管理案件处置率"),
        ("16.9万套", 169000, "套", "办证难"),
        ("20余部", 20, "部", "技术导则"),
        ("连续六年", 6, "年", "空气质量"),
        ("连续三年", 3, "年", "城市体检"),
        ("29条", 29, "条", "瓶颈路"),
    ],
)
def test_seed_figure_values_and_labels(seed, text, value, unit, label):
    figure = next(f for f in seed.figures if f.text == text)
    assert (figure.value, figure.unit, figure.label) == (value, unit, label)


def test_seed_percentage_list_labels_each_figure(seed):
    labels = {f.text: f.label for f in seed.figures if f.text in {"100%", "99%", "88%", "92%"}}
    assert labels == {
        "100%": "物业覆盖率",
        "99%": "业委会覆盖率",
        "88%": "物业缴费率",
        "92%": "业主满意率",
    }


@pytest.mark.parametrize(
    "printed", ["2018年", "5月30日", "第一", "四部曲", "六个精", "100佳", "第四代"]
)
def test_seed_non_figures_are_left_out(seed, printed):
    assert not any(printed in f.text or f.text in printed for f in seed.figures)


def test_seed_to_dict_has_the_issue_schema(seed):
    data = seed.to_dict()
    assert {"title", "published", "editor", "speakers", "segments", "figures", "credits"} <= set(
        data
    )
    assert set(data["speakers"][0]) >= {"name", "position", "organisation", "role"}
    assert set(data["figures"][0]) >= {"text", "value", "unit", "label", "segment"}
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data
