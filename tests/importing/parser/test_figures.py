import pytest

from releases.importing.parser.english import dollar_of
from releases.importing.parser.figures import cn_number, figures_in


def _one(text):
    (figure,) = figures_in(text)
    return figure


# Sentences by the language of their page: the figure as printed, its value and its unit.
FIGURES = {
    "zh": [
        ("累计建成地下综合管廊40.6公里。", "40.6公里", 40.6, "公里"),
        ("累计解决办证难16.9万套。", "16.9万套", 169000, "套"),
        ("年度计划投资2600亿元。", "2600亿元", 260000000000, "元"),
        ("总投资1.5万亿元。", "1.5万亿元", 1500000000000, "元"),
        ("城市管理案件处置率达到99.7%。", "99.7%", 99.7, "%"),
        ("比上年加快0.1个百分点。", "0.1个百分点", 0.1, "个百分点"),
        ("编制了20余部技术导则。", "20余部", 20, "部"),
        ("压缩至0.5个工作日以内。", "0.5个工作日", 0.5, "个工作日"),
        ("完成抽检4.2万批次。", "4.2万批次", 42000, "批次"),
        # Tenths (成) as a percentage, and round counts in Chinese numerals.
        ("省外游客占比约3成,较去年同期提高。", "3成", 30, "%"),
        ("东南亚游客占到两成。", "两成", 20, "%"),
        ("重点监测的近千家商贸企业实现销售额。", "千家", 1000, "家"),
        ("吸引上万人参加。", "万人", 10000, "人"),
    ],
    "en": [
        ("announcing nearly $300 million in aid", "$300 million", 300000000, "USD"),
        ("the unemployment rate held at 3.9 percent.", "3.9 percent", 3.9, "%"),
        ("the economy added 175,000 jobs in April", "175,000 jobs", 175000, "jobs"),
        ("has created 15 million jobs.", "15 million jobs", 15000000, "jobs"),
        # Other currencies, and a noun phrase as the unit.
        ("a tax cut worth £900 a year", "£900", 900, "GBP"),
        ("investing £3.4 billion to modernise the NHS", "£3.4 billion", 3400000000, "GBP"),
        ("a fund of €2bn for research", "€2bn", 2000000000, "EUR"),
        (
            "cutting taxes for 27 million working people.",
            "27 million working people",
            27000000,
            "people",
        ),
        ("45,000 households signed up", "45,000 households", 45000, "households"),
    ],
}


@pytest.mark.parametrize(
    ("language", "text", "printed", "value", "unit"),
    [
        pytest.param(language, *row, id=f"{language}-{row[1]}")
        for language, rows in FIGURES.items()
        for row in rows
    ],
)
def test_figures_in_reads_value_and_unit(language, text, printed, value, unit):
    (figure,) = figures_in(text, english=language == "en")
    assert (figure.text, figure.value, figure.unit) == (printed, value, unit)


def test_figures_in_marks_approximate_figures():
    assert _one("编制了20余部技术导则。").approximate
    assert _one("达到近900万台。").approximate
    assert not _one("改造老旧小区355个。").approximate


@pytest.mark.parametrize(
    "text",
    [
        "2018年6月,习近平总书记在威海提出。",
        "5月30日,市政府新闻办举行发布会。",
        "第一,是一个国际性开放平台。",
        "在全国率先开展第四代城市设计。",
        "积极开展化解城市成长烦恼“四部曲”。",
        "“十四五”时期,突出“六个精”。",
        "被授予“全球改善人类居住环境100佳范例”城市。",
        "促进《2030年可持续发展议程》的落实。",
        "开展城市品质提升三年行动。",
        "5G基站和PM2.5监测。",
        "今年前4个月,产销两旺。",
        "上午10时举行。",
        "今年是两国建交70周年。",
        "近三年,省级财政持续加大投入。",
        "推出数十条精品旅游线路。",
        "这项工作一成不变。",
        "三成员国代表出席。",
    ],
)
def test_figures_in_skips_dates_ordinals_names_and_codes(text):
    assert figures_in(text) == []


def test_figures_in_counts_chinese_numerals_after_a_counting_word():
    figure = _one("空气质量连续六年稳定达到国家二级标准。")
    assert (figure.text, figure.value, figure.unit, figure.label) == (
        "连续六年",
        6,
        "年",
        "空气质量",
    )


def test_figures_in_round_chinese_counts_are_approximate():
    assert _one("重点监测的近千家商贸企业。").approximate
    assert _one("占比约3成。").approximate


def test_figures_in_counts_figures_in_quoted_speech_but_not_in_names():
    text = "他说:“下一步,力争全年接待游客突破2亿人次。”开展“100佳”评选。"
    assert [f.text for f in figures_in(text)] == ["2亿人次"]


def test_figures_in_labels_a_list_after_fenbie():
    figures = figures_in(
        "全市住宅小区物业覆盖率、业委会覆盖率、物业缴费率、业主满意率,分别达到100%、99%、88%和92%。"
    )
    assert [(f.value, f.label) for f in figures] == [
        (100, "物业覆盖率"),
        (99, "业委会覆盖率"),
        (88, "物业缴费率"),
        (92, "业主满意率"),
    ]


def test_figures_in_labels_a_second_fenbie_list_with_the_first():
    figures = figures_in(
        "新能源汽车产量和销量分别达到298.5万辆和294万辆,分别同比增长30.3%和32.1%。"
    )
    assert [f.label for f in figures] == [
        "新能源汽车产量",
        "新能源汽车销量",
        "新能源汽车产量同比增长",
        "新能源汽车销量同比增长",
    ]


def test_figures_in_labels_a_fenbie_list_with_the_figures_before_it():
    figures = figures_in("中欧班列累计开行9000列,发送货物87.5万标箱,同比分别增长11%和10%。")
    assert [f.label for f in figures] == [
        "中欧班列",
        "发送货物",
        "中欧班列同比增长",
        "发送货物同比增长",
    ]


def test_figures_in_labels_a_change_against_last_year():
    figures = figures_in("省外游客占比约3成,较去年同期提高2.1个百分点。")
    assert [f.label for f in figures] == ["省外游客占比", "省外游客占比提高"]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("累计打通29条瓶颈路。", "瓶颈路"),
        ("省级财政累计安排医共体建设补助资金38.5亿元。", "医共体建设补助资金"),
        ("充电基础设施累计数量达到近900万台。", "充电基础设施累计数量"),
        ("建成26个停车场、12座过街天桥项目。", "停车场"),
        ("改造老旧小区355个,加装电梯106部。", "老旧小区"),
        ("城市管理案件处置率达到99.7%。", "城市管理案件处置率"),
        ("计入标准为本人参保缴费基数的2%。", "计入标准"),
        ("服务业增加值增长5.0%。", "服务业增加值增长"),
        # the period reported on is no part of what is counted
        ("据报道,今年前7个月江海贸易规模为1.25万亿元。", "江海贸易规模"),
        ("上半年全市新增就业岗位12万个。", "新增就业岗位"),
    ],
)
def test_figures_in_labels_the_counted_noun(text, label):
    assert figures_in(text)[0].label == label


def test_figures_in_labels_a_change_with_the_figure_before_it():
    figures = figures_in("社会消费品零售总额120327亿元,同比增长4.7%。")
    assert figures[1].label == "社会消费品零售总额同比增长"


def test_figures_in_remembers_the_segment():
    assert _one("建成26个停车场。").segment is None
    assert figures_in("建成26个停车场。", segment=3)[0].segment == 3


def test_figures_in_english_dollar_of_the_issuing_country():
    assert dollar_of("Press conference - Parliament House, Canberra") == "AUD"
    assert dollar_of("Press Briefing by Press Secretary Alicia Moreno") == "USD"
    (figure,) = figures_in("announcing $1.2 billion for homes", english=True, dollar="AUD")
    assert (figure.value, figure.unit) == (1200000000, "AUD")


def test_figures_in_english_keeps_a_proper_noun_as_printed():
    (figure,) = figures_in("13.6 million Australians will receive a tax cut", english=True)
    assert (figure.text, figure.unit) == ("13.6 million Australians", "Australians")


def test_figures_in_english_skips_years_and_times():
    assert figures_in("On March 14, 2024 at 1:17 p.m. we met 3 people.", english=True) == []


@pytest.mark.parametrize(
    ("text", "value"), [("六", 6), ("十二", 12), ("二十", 20), ("一百零五", 105)]
)
def test_cn_number(text, value):
    assert cn_number(text) == value


@pytest.mark.parametrize("text", ["发布会两次被延时。", "总书记三次亲临视察。", "中国这十年·东江"])
def test_how_often_and_the_decade_in_chinese_numerals_are_no_figures(text):
    assert figures_in(text) == []


@pytest.mark.parametrize(
    ("text", "printed", "value", "unit", "label"),
    [
        ("在过往三日,我去了内蒙古访问。", "三日", 3, "日", "过往"),
        ("我明天会率领代表团到成都市访问两日,期间会出席合作会议。", "两日", 2, "日", "访问"),
        ("这是本届政府上任四年来的工作汇报。", "四年", 4, "年", "上任"),
        ("距开场还有近两个小时,记者已排起长队。", "两个小时", 2, "小时", "距开场"),
        ("新闻发布厅摆放了二百多张椅子。", "二百多张", 200, "张", "椅子"),
        ("先后有两个记者的提问涉及这一问题。", "两个", 2, "个", "记者"),
        ("不同类别人士在入境前14日内曾去过的地方。", "14日", 14, "日", "入境前"),
    ],
)
def test_figures_in_reads_chinese_numeral_spans_times_and_counts(text, printed, value, unit, label):
    figure = _one(text)
    assert (figure.text, figure.value, figure.unit, figure.label) == (
        printed,
        value,
        unit,
        label,
    )


@pytest.mark.parametrize(
    "text",
    [
        "十一届全国人大三次会议首场新闻发布会。",
        "本届政府上任四周年。",
        "今年是第二次举办。",
        "有三年时间没有见面。",
        "在现时未有二十三条之前。",
        "席间有十六位议员发言。",
        "今年前三年的数据。",
    ],
)
def test_figures_in_skips_sessions_anniversaries_and_bare_periods(text):
    assert figures_in(text) == []


@pytest.mark.parametrize(
    ("text", "printed", "unit", "label"),
    [
        (
            "He brings more than 25 years of experience in peace processes.",
            "25 years",
            "years",
            "experience",
        ),
        (
            "Holding the temperature increase to 1.5 degrees.",
            "1.5 degrees",
            "degrees",
            "temperature increase",
        ),
        (
            "Commitments from about 65 percent of global GDP to do that.",
            "65 percent",
            "%",
            "global GDP",
        ),
    ],
)
def test_english_figures_read_spans_degrees_and_shares(text, printed, unit, label):
    (figure,) = figures_in(text, english=True)
    assert (figure.text, figure.unit, figure.label) == (printed, unit, label)


def test_english_figures_skip_ages_and_times_ago():
    assert figures_in("He left 25 years ago, aged 45 years old.", english=True) == []


def test_english_a_million_with_a_verb_after_it_is_a_count_with_no_unit():
    # A UN briefing's "1 million internally displaced": what is said of the count follows.
    (figure,) = figures_in("Over 1 million have been injured.", english=True)
    assert (figure.text, figure.value, figure.unit) == ("1 million", 1e6, "")
    assert figure.label == "injured"
    (figure,) = figures_in("Some 1 million are now internally displaced in Gaza.", english=True)
    assert (figure.text, figure.unit, figure.label) == ("1 million", "", "internally displaced")
    assert figures_in("Over 25 have been injured.", english=True) == []


@pytest.mark.parametrize(
    ("text", "printed", "value", "unit"),
    [
        ("过去14天,其中一宗源头不明。", "一宗", 1, "宗"),
        ("再过两个多月,将举行会议。", "两个多月", 2, "个月"),
        ("将举行六场主题会议。", "六场", 6, "场"),
        ("原定1小时,实际开了2个小时。", "2个小时", 2, "小时"),
        ("主办方将提问时间延长一倍。", "一倍", 1, "倍"),
    ],
)
def test_small_counts_in_chinese_numerals_and_hours(text, printed, value, unit):
    found = [(f.text, f.value, f.unit) for f in figures_in(text)]
    assert (printed, value, unit) in found


@pytest.mark.parametrize("text", ["感谢两位嘉宾。", "前两场比赛都赢了。", "一场误会。", "两件事。"])
def test_people_in_the_room_and_single_events_are_no_small_counts(text):
    assert figures_in(text) == []


def test_figure_labels_lose_an_opening_quotation_mark():
    (figure,) = figures_in("“开行国际货运班列154列,进出口总值增长")
    assert figure.label == "国际货运班列"


def test_money_labels_take_the_noun_after_or_the_noun_before_of():
    found = figures_in(
        "He said the $4.2 billion budget represents real growth of $23 million.", english=True
    )
    assert [(f.text, f.label) for f in found] == [
        ("$4.2 billion", "budget"),
        ("$23 million", "real growth"),
    ]


def test_a_small_count_labels_the_noun_after_de():
    (figure,) = figures_in("上午将会有三场的重要会议举行。")
    assert (figure.text, figure.label) == ("三场", "重要会议")


@pytest.mark.parametrize(
    ("text", "printed", "unit"),
    [
        ("restrictions on 60 Georgian individuals", "60 Georgian individuals", "individuals"),
        ("Since then 73 journalists were detained.", "73 journalists", "journalists"),
        ("New limits for 31 hazardous solvents", "31 hazardous solvents", "solvents"),
    ],
)
def test_english_counts_with_no_measure_word(text, printed, unit):
    (figure,) = figures_in(text, english=True)
    assert (figure.text, figure.unit) == (printed, unit)


@pytest.mark.parametrize(
    "text",
    [
        "We met 3 people.",
        "Section 230 protections stay.",
        "Resolution 2334 states it.",
        "in 2023 students left",
        "He called 5 minutes ago.",
        "that briefing was only 38 minutes long.",
        "after the 9/11 attacks",
        "we have around 800 to 900 people who are willing",
    ],
)
def test_english_bare_counts_not_read(text):
    assert figures_in(text, english=True) == []


def test_a_clock_time_before_a_word_is_no_figure():
    assert figures_in("2020-08-12 19:09 台湾 -") == []


@pytest.mark.parametrize(
    ("text", "printed", "unit"),
    [("整个记者会约两小时,包括", "两小时", "小时"), ("每年暑期暂停两周左右时间", "两周", "周")],
)
def test_chinese_spans_after_about_or_before_or_so(text, printed, unit):
    (figure,) = figures_in(text)
    assert (figure.text, figure.unit) == (printed, unit)


def test_about_three_years_is_no_span():
    assert figures_in("约三年") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("本澳已连续40日无新增输入性病例。", [("连续40日", 40, "日")]),
        ("派出了四百七十二位运动员参赛。", [("四百七十二位", 472, "位")]),
        ("有四百多人能够去参与。", [("四百多人", 400, "人")]),
        ("会期缩短了4天半。", [("4天半", 4.5, "天")]),
        ("比原计划推迟两个多月。", [("两个多月", 2, "个月")]),
        # An ordinal, a saying, a date's day: no count.
        ("排在第一百二十位。", []),
        ("三百六十行,行行出状元。", []),
        ("5月18日起连续日报。", []),
    ],
)
def test_counts_in_words_and_days_in_a_row(text, expected):
    assert [(f.text, f.value, f.unit) for f in figures_in(text)] == expected


def test_english_span_after_first_or_next():
    texts = ["An overview of my first 30 days in office.", "Over the next 10 years it grows."]
    assert [[(f.text, f.value) for f in figures_in(t, english=True)] for t in texts] == [
        [("30 days", 30)],
        [("10 years", 10)],
    ]
    assert figures_in("He came 30 days ago.", english=True) == []


def test_from_to_labels_both_figures_with_the_subject():
    text = "跟去年比,政协的小组讨论由10次减为6次,大会发言则由3场减为两场。"
    assert [(f.text, f.label) for f in figures_in(text)] == [
        ("10次", "小组讨论"),
        ("6次", "小组讨论"),
        ("3场", "大会发言"),
        ("两场", "大会发言"),
    ]


@pytest.mark.parametrize(
    ("text", "printed", "value", "unit"),
    [
        ("从去年1月至今,历时近千天,发布会已举行至第300场。", "千天", 1000, "天"),
        ("记者会持续了近两个小时。", "两个小时", 2, "小时"),
        ("近两句钟的记者会上,特首回应逾二十条提问", "两句钟", 2, "句钟"),
        ("新团队已运作了一个月,各项工作顺利。", "一个月", 1, "个月"),
        ("他在当地工作了三年。", "三年", 3, "年"),
    ],
)
def test_chinese_spans_that_say_how_long(text, printed, value, unit):
    spans = [f for f in figures_in(text) if f.text == printed]
    assert [(f.value, f.unit) for f in spans] == [(value, unit)]


def test_a_span_of_hours_names_what_lasted_after_it():
    (figure, _count) = figures_in("近两句钟的记者会上,特首回应逾二十条提问")
    assert figure.label == "记者会"


@pytest.mark.parametrize("text", ["近三年来,我们", "近两年,我们", "他成为了一年", "约三年"])
def test_chinese_periods_that_are_no_spans(text):
    assert figures_in(text) == []


@pytest.mark.parametrize(
    ("text", "printed", "unit"),
    [
        ("Eric Lund gaggled with the press corps for about 10 min. Then", "10 min", "min"),
        ("He spoke for 5 minutes and left.", "5 minutes", "minutes"),
    ],
)
def test_english_short_durations_where_the_text_says_how_long(text, printed, unit):
    (figure,) = figures_in(text, english=True)
    assert (figure.text, figure.unit) == (printed, unit)


@pytest.mark.parametrize(
    "text", ["you show up 15 minutes late", "That was like 45 seconds.", "38 minutes long."]
)
def test_english_short_durations_in_banter_not_read(text):
    assert figures_in(text, english=True) == []


@pytest.mark.parametrize(
    "text", ["the secretary 100% agrees with,” she said.", "I am 100 percent sure of it."]
)
def test_english_hundred_percent_meaning_wholly_is_no_figure(text):
    assert figures_in(text, english=True) == []


def test_english_hundred_percent_of_something_is_a_figure():
    (figure,) = figures_in("Turnout rose to 100% of the district.", english=True)
    assert figure.text == "100%"


@pytest.mark.parametrize(
    ("text", "printed", "label"),
    [
        ("已举行至第300场,平均2.5天一场。", "2.5天", "平均"),
        ("百多位部长级官员以及800多名代表将出席", "800多名", "代表"),
        ("现在的水运口岸已经达到了125个", "125个", "水运口岸"),
        ("水运口岸达到了125个,承担了我国外贸进出口货量的80%以上", "80%", "外贸进出口货量"),
        ("目前能够提供自驾游服务的边境口岸已经超过28个", "28个", "自驾游服务的边境口岸"),
        ("全省6.5%的增速符合预期", "6.5%", "全省"),
        ("整个记者会约两小时", "两小时", "记者会"),
        ("300场发布会历经寒暑", "300场", "发布会"),
        ("调查显示,48%民众认为政策可能造成风险", "48%", "民众"),
    ],
)
def test_chinese_figure_labels(text, printed, label):
    (figure,) = [f for f in figures_in(text) if f.text == printed]
    assert figure.label == label


def test_labels_of_counts_of_people_from_elsewhere_and_of_an_organisation():
    found = figures_in(
        "50多位国际组织负责人以及总共1200多位来自世界各国和各个地区的嘉宾,将齐聚一堂"
    )
    assert [(f.text, f.label) for f in found] == [
        ("50多位", "国际组织负责人"),
        ("1200多位", "嘉宾"),
    ]


def test_a_closing_quotation_mark_alone_is_no_label():
    (figure,) = figures_in("「但他做到!」50岁的袁先生在家看着直播")
    assert figure.label == ""


def test_a_weekday_is_no_count():
    from releases.importing.parser.figures import figures_in

    assert figures_in("发布会今后将在每周五例行举办。") == []
    assert [f.text for f in figures_in("每周三场发布会")] == ["三场"]


def test_figures_in_english_when_words_and_every():
    figures = figures_in(
        "Cases are now doubling about every 12 days. We may see the number of weekly cases "
        "rise to more than 3,000 next month.",
        english=True,
    )
    assert [(f.text, f.unit, f.label) for f in figures] == [
        ("12 days", "days", "doubling"),
        ("3,000", "", "weekly cases"),
    ]


def test_english_dollars_named_in_words_after_the_amount():
    (figure,) = figures_in("a shortfall of 40 billion Hong Kong dollars this year", english=True)
    assert (figure.text, figure.value, figure.unit) == ("40 billion Hong Kong dollars", 4e10, "HKD")
