import pytest

from releases.importing.parser.people import (
    looks_like_name,
    people_in_list,
    split_position,
    split_title_name,
)


def test_people_in_list_keeps_commas_inside_a_position():
    people = people_in_list(
        "联合国人居署中国项目主任张振山,山东省住房和城乡建设厅二级巡视员都昌林,"
        "威海市人民政府副市长、党组成员邓勇,"
        "威海市住房和城乡建设局党组书记、局长,市精致城市建设办公室主任李瑞玲"
    )
    assert [(p.name, p.position) for p in people] == [
        ("张振山", "联合国人居署中国项目主任"),
        ("都昌林", "山东省住房和城乡建设厅二级巡视员"),
        ("邓勇", "威海市人民政府副市长、党组成员"),
        ("李瑞玲", "威海市住房和城乡建设局党组书记、局长,市精致城市建设办公室主任"),
    ]


def test_people_in_list_reads_names_before_positions_and_drops_deng():
    people = people_in_list("邀请王海涛(市城乡建设局局长)、李娜(市城乡建设局副局长)等")
    assert [(p.name, p.position) for p in people] == [
        ("王海涛", "市城乡建设局局长"),
        ("李娜", "市城乡建设局副局长"),
    ]


def test_people_in_list_splits_at_and_only_after_a_name():
    people = people_in_list("市住房和城乡建设局局长张三和副市长李四")
    assert [p.name for p in people] == ["张三", "李四"]
    assert people[0].position == "市住房和城乡建设局局长"


def test_split_title_name_with_a_space_before_the_name():
    person = split_title_name("市发展和改革委员会党组书记、主任 王建华")
    assert (person.name, person.position) == ("王建华", "市发展和改革委员会党组书记、主任")


@pytest.mark.parametrize("phrase", ["局长", "习近平总书记", "各区市局长要求如下", "总体来看"])
def test_split_title_name_finds_no_name(phrase):
    assert split_title_name(phrase) is None


@pytest.mark.parametrize(
    ("full", "organisation", "position"),
    [
        ("山东省住房和城乡建设厅二级巡视员", "山东省住房和城乡建设厅", "二级巡视员"),
        ("联合国人居署中国项目主任", "联合国人居署", "中国项目主任"),
        ("威海市人民政府副市长、党组成员", "威海市人民政府", "副市长、党组成员"),
        ("国务院新闻办公室新闻局副局长", "国务院新闻办公室新闻局", "副局长"),
        ("市公安局交警支队支队长", "市公安局交警支队", "支队长"),
        ("某街道某社区党委书记", "某街道某社区", "党委书记"),
        ("中国工程院院士", "中国工程院", "院士"),
        ("二级巡视员", None, "二级巡视员"),
        ("副市长", None, "副市长"),
        # A city's or a province's head with the place printed in full: no body word, so
        # the post whole (the labelling conventions); an autonomous region's, prefecture's
        # or county's, a special administrative region's split at the region.
        ("广东省副省长", None, "广东省副省长"),
        ("宁夏回族自治区副主席", "宁夏回族自治区", "副主席"),
        ("湘西土家族苗族自治州州长", "湘西土家族苗族自治州", "州长"),
        ("长阳土家族自治县副县长", "长阳土家族自治县", "副县长"),
        ("澳门特别行政区行政长官", "澳门特别行政区", "行政长官"),
    ],
)
def test_split_position_organisation_rule(full, organisation, position):
    assert split_position(full) == (organisation, position)


def test_looks_like_name():
    assert looks_like_name("李瑞玲")
    assert looks_like_name("欧阳晓明")
    assert looks_like_name("迪丽热巴·迪力木拉提")
    assert not looks_like_name("要求如下")
    assert not looks_like_name("有关情况")


def test_an_office_with_no_post_is_all_organisation():
    # 发布会由陕西省人民政府新闻办公室张竞怡主持: no post, not 办 + 公室.
    assert split_position("陕西省人民政府新闻办公室") == ("陕西省人民政府新闻办公室", None)
    assert split_position("市政府办公室主任") == ("市政府办公室", "主任")


def test_split_position_keeps_a_second_post_after_jian_with_the_first():
    assert split_position("佤邦人民政府副主席兼对外关系部部长") == (
        "佤邦人民政府",
        "副主席兼对外关系部部长",
    )


def test_record_words_are_never_names():
    # 单位主管新闻说明会纪要:, (原标题:…): a record's word before a colon names nobody.
    for word in ("纪要", "原标题", "全文", "通报"):
        assert not looks_like_name(word)
    assert split_title_name("单位主管新闻说明会纪要") is None
    assert looks_like_name("纪明远")


def test_posts_of_different_bodies_are_kept_whole():
    from releases.importing.parser.people import split_position

    whole = "江州市委宣传部副部长、市政府新闻办主任"
    assert split_position(whole) == (None, whole)
    # a later post of the first body, or a unit of it, keeps the first body
    assert split_position("海关总署新闻发言人、统计分析司司长") == (
        "海关总署",
        "新闻发言人、统计分析司司长",
    )
    assert split_position("市委统战部机关党委书记") == ("市委统战部", "机关党委书记")
    assert split_position("市委党校教育长") == ("市委党校", "教育长")


def test_split_position_head_of_a_city_or_province():
    from releases.importing.parser.people import split_position

    # 市 and 省 are places, not words for a body: the post whole, no organisation.
    assert split_position("上海市市长") == (None, "上海市市长")
    assert split_position("广东省副省长") == (None, "广东省副省长")
    assert split_position("平川县副县长") == (None, "平川县副县长")
    assert split_position("上海市长") == (None, "上海市长")
