import pytest

from releases.importing.parser.meta import (
    channel_from,
    conference_date,
    conference_office,
    event_date,
    find_date,
    host_office,
    lead_people,
    lead_source,
    meta_fields,
    reads_as_lead,
    split_kicker,
    title_people,
)


@pytest.mark.parametrize(
    ("line", "channel"),
    [
        ("首页 > 威海要闻", "威海要闻"),
        ("当前位置:首页 > 新闻中心 > 政务要闻", "政务要闻"),
        ("首页 > 发布会 > 正文", "发布会"),
        ("首页 > ", None),
        ("首页很好看", None),
    ],
)
def test_channel_from_breadcrumb(line, channel):
    assert channel_from(line) == channel


def test_meta_fields_dateline():
    assert meta_fields("2023-05-31 编辑: 徐栋波") == {"编辑": "徐栋波", "date": "2023-05-31"}
    fields = meta_fields("发布日期:2023-11-08  来源:烟台市人民政府新闻办公室  浏览次数:1532")
    assert fields["date"] == "2023-11-08"
    assert fields["来源"] == "烟台市人民政府新闻办公室"


def test_meta_fields_event_time_is_not_a_dateline():
    assert meta_fields("时间:2024年4月16日 10:00") is None


def test_split_kicker():
    assert split_kicker("权威发布丨精致城市论坛6月12日举办") == (
        "权威发布",
        "精致城市论坛6月12日举办",
    )
    assert split_kicker("【新闻发布】我市启动改造") == ("新闻发布", "我市启动改造")
    assert split_kicker("精致城市论坛6月12日举办") == (None, "精致城市论坛6月12日举办")


def test_lead_source_and_credit():
    assert lead_source("威海新闻网讯 5月30日,市政府新闻办举行")[:2] == ("威海新闻网", None)
    assert lead_source("本报讯(记者 张雅琴)2月26日,")[:2] == (None, "记者 张雅琴")
    assert lead_source("新华社北京5月20日电(记者 王晨阳)国家")[:2] == ("新华社", "记者 王晨阳")


@pytest.mark.parametrize(
    ("lead", "published", "expected"),
    [
        ("5月30日,市政府新闻办举行", "2023-05-31", "2023-05-30"),
        ("12月30日,市政府新闻办举行", "2024-01-02", "2023-12-30"),
        ("2024年4月16日上午,国新办举行", None, "2024-04-16"),
        ("近日,印发办法,自2024年1月1日起施行。", "2023-12-08", None),
        ("国家发展改革委20日举行发布会", "2024-05-20", "2024-05-20"),
        ("今天上午,市政府新闻办举行", "2024-05-20", "2024-05-20"),
        ("应中方邀请,挪威外交大臣将于7月10日至12日访华。", "2024-07-09", None),
    ],
)
def test_event_date_resolves_the_year(lead, published, expected):
    assert event_date(lead, published) == expected


@pytest.mark.parametrize(
    ("lead", "office"),
    [
        ("5月30日,市政府新闻办举行精致城市论坛新闻发布会,", "市政府新闻办"),
        ("国务院新闻办公室于6月15日(星期四)上午10时举行新闻发布会", "国务院新闻办公室"),
        ("国家发展改革委20日举行5月份新闻发布会", "国家发展改革委"),
        ("市政府召开常务会议", None),
        ("记者从云南省人民政府新闻办公室28日举行的新闻发布会上获悉", "云南省人民政府新闻办公室"),
    ],
)
def test_host_office(lead, office):
    assert host_office(lead) == office


def test_lead_people_speakers_and_host():
    speakers, hosts = lead_people(
        "3月12日上午,济南市人民政府新闻办公室召开新闻发布会,邀请市财政局副局长刘晓梅,"
        "市自然资源和规划局总规划师陈志刚介绍有关情况,并回答记者提问。"
        "市政府新闻办副主任孙丽主持发布会。"
    )
    assert [p.name for p in speakers] == ["刘晓梅", "陈志刚"]
    assert [(p.name, p.position) for p in hosts] == [("孙丽", "市政府新闻办副主任")]


def test_title_people_names_the_spokesperson_of_a_transcript():
    (person,) = title_people("2024年7月9日外交部发言人严思源主持例行记者会")
    assert (person.name, person.position) == ("严思源", "外交部发言人")
    assert title_people("市医疗保障局负责人就职工医保改革答记者问") == []
    assert title_people("精致城市论坛6月12日举办") == []


def test_conference_office_and_date_from_a_transcript_title():
    title = "2024年7月9日外交部发言人严思源主持例行记者会"
    assert conference_office(title) == "外交部"
    assert conference_date(title) == "2024-07-09"
    assert conference_date("2024年7月9日市长调研重点项目") is None


@pytest.mark.parametrize(
    ("paragraph", "lead"),
    [
        ("应中方邀请,挪威外交大臣将于7月10日至12日访华。", False),
        ("5月30日,市政府新闻办举行精致城市论坛新闻发布会。", True),
        ("新华社北京5月20日电(记者 王晨阳)国家发展改革委20日举行发布会。", True),
        ("近日,市民政局副局长孟宪华就《措施》回答了记者提问。", True),
    ],
)
def test_reads_as_lead(paragraph, lead):
    assert reads_as_lead(paragraph) is lead


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Sept. 5, 2024", "2024-09-05"),
        ("Wednesday 12 June 2024", "2024-06-12"),
        ("Dec 1, 2023", "2023-12-01"),
    ],
)
def test_find_date_english_abbreviated_months(line, date):
    assert find_date(line) == date


def test_lead_source_with_the_date_in_chinese_numerals():
    source, credit, rest = lead_source("中新社上海一月三十一日电 (记者 王晓燕)上海市市长今天…")
    assert (source, credit, rest) == ("中新社", "记者 王晓燕", "上海市市长今天…")
