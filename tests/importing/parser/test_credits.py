import pytest

from releases.importing.parser.credits import (
    caption_credits,
    credit_line,
    editor_of,
    parse_credits,
    split_trailing_credits,
)


def _pairs(credits):
    return [(c.role, c.name) for c in credits]


def test_split_trailing_credits_from_the_last_paragraph():
    text, credits = split_trailing_credits(
        "促进落实。(Hi威海客户端记者 董倩萍/文 毕钰晶/图 张博然/设计)"
    )
    assert text == "促进落实。"
    assert _pairs(credits) == [("文", "董倩萍"), ("图", "毕钰晶"), ("设计", "张博然")]


@pytest.mark.parametrize(
    ("inner", "pairs"),
    [
        ("记者 张雅琴 通讯员 韩磊", [("记者", "张雅琴"), ("通讯员", "韩磊")]),
        ("记者 王晨阳 李思远", [("记者", "王晨阳"), ("记者", "李思远")]),
        ("文/张三 图/李四", [("文", "张三"), ("图", "李四")]),
        ("记者 丁一凡 摄", [("摄", "丁一凡")]),
        ("苏州日报记者 钱晓婷 通讯员 卫苏医", [("记者", "钱晓婷"), ("通讯员", "卫苏医")]),
        ("江南网 韩立 摄", [("摄", "韩立")]),
    ],
)
def test_parse_credits_layouts(inner, pairs):
    assert _pairs(parse_credits(inner)) == pairs


@pytest.mark.parametrize("inner", ["星期四", "图片来源于网络,请勿转载", "上午10时", ""])
def test_parse_credits_rejects_other_brackets(inner):
    assert parse_credits(inner) is None


def test_split_trailing_credits_leaves_other_brackets():
    text = "农业(种植业)增加值同比增长3.7%。(完)"
    assert split_trailing_credits(text) == (text, [])


def test_credit_line_whole_paragraph():
    assert _pairs(credit_line("(摄影 宋佳)")) == [("摄影", "宋佳")]
    assert credit_line("这是一个普通的段落,不是署名。") is None


@pytest.mark.parametrize(
    ("line", "name"),
    [("责任编辑:赵文静", "赵文静"), ("【责任编辑:于洋】", "于洋"), ("编辑 徐栋波", "徐栋波")],
)
def test_editor_of(line, name):
    assert editor_of(line) == name


def test_editor_of_plain_text():
    assert editor_of("编辑了20余部技术导则") is None


@pytest.mark.parametrize(
    ("caption", "pairs"),
    [
        ("2月28日,省政府新闻办举行新闻发布会。新华社记者 郑可欣 摄", [("摄", "郑可欣")]),
        ("这是一段农村公路(无人机照片,11月20日摄)。新华社记者 周文杰 摄", [("摄", "周文杰")]),
        ("发布会现场。张三/摄", [("摄", "张三")]),
        ("新华社记者 王晨阳 李思远 摄", [("摄", "王晨阳"), ("摄", "李思远")]),
    ],
)
def test_caption_credits_from_a_caption_without_tu_wei(caption, pairs):
    assert _pairs(caption_credits(caption)) == pairs


@pytest.mark.parametrize(
    "paragraph", ["记者们在现场进行拍摄", "他说,我们将继续加大力度进行拍摄", "市民纷纷拿出手机拍摄"]
)
def test_caption_credits_ignores_prose_ending_in_she(paragraph):
    assert caption_credits(paragraph) is None


def test_parse_credits_local_outlet_before_the_role():
    assert _pairs(parse_credits("本网记者 卢佳琪 整理")) == [("整理", "卢佳琪")]
    assert _pairs(parse_credits("本报记者 张雅琴")) == [("记者", "张雅琴")]


def test_an_editor_line_with_a_space_before_its_bracket_is_the_editor_not_a_credit():
    from releases.importing.parser import parse_article

    result = parse_article(
        "北京举行发布会\n\n记者会上,发言人介绍情况。(記者 林小明)\n\n[责任编辑:郭小玥 ]\n"
    )
    assert result.editor == "郭小玥"
    assert all(c.role != "责任编辑" for c in result.credits)


def test_a_dateline_byline_in_a_story_printed_again_below_the_lead():
    from releases.importing.parser import parse_article

    result = parse_article(
        "市政府首位女新闻发言人亮相\n\n"
        "4月9日,市人民政府举行例行新闻发布会,市政府副秘书长、新闻发言人周岚首次亮相。\n\n"
        "发布会现场\n\n"
        "东岭网4月9日讯(记者 方晓棠 柯一苇)4月9日,市人民政府举行例行新闻发布会。\n\n"
        "周岚回答,全市经济运行总体平稳。\n"
    )
    assert _pairs(result.credits) == [("记者", "方晓棠"), ("记者", "柯一苇")]


def test_a_wire_dateline_whose_agency_the_reprint_left_out():
    from releases.importing.parser import parse_article

    result = parse_article(
        "北京连续召开100场疫情防控新闻发布会\n\n"
        "北京5月2日电 (记者 杜小燕)截至5月2日,北京市已经连续召开100场新闻发布会。"
        "北京市人民政府新闻发言人徐建华今天表示,发布会每日举行。\n\n"
        "徐建华表示,北京作为首都,疫情防控关系全局。\n"
    )
    assert _pairs(result.credits) == [("记者", "杜小燕")]
    assert result.source is None


def test_caption_credit_with_slash_after_reporter_and_name():
    from releases.importing.parser.credits import caption_credits

    credits = caption_credits("现场座无虚席。江南报·江南网记者蔡思远/摄")
    assert [(c.role, c.name) for c in credits] == [("摄", "蔡思远")]


def test_dateline_bare_name_and_agency_dateline():
    from releases.importing.parser.credits import bracket_byline, dateline_credits

    assert [(c.role, c.name) for c in dateline_credits("邓慧敏")] == [("记者", "邓慧敏")]
    credits, rest = bracket_byline("(南岛社记者邱宛蓉台中5日电)农业委员会今天表示")
    assert [(c.role, c.name) for c in credits] == [("记者", "邱宛蓉")]
    assert rest == "农业委员会今天表示"


def test_a_newsrooms_byline_with_names_and_place():
    from releases.importing.parser.credits import slashed_byline

    assert _pairs(slashed_byline("林若华 郑家豪 报导 / 台中市")) == [
        ("记者", "林若华"),
        ("记者", "郑家豪"),
    ]
    assert slashed_byline("立法院 报导 / 台北市 今天") is None
