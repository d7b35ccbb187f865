"""Reports that list the officials of a press conference without a transcript, met again
in the rounds blind40 to blind47 (each test a page of our own, invented names): a photo
report's captions, a list after 发言人是:, a week's round-up of press conferences and a
list whose later officials print only a title of the first one's body."""

from releases.importing.parser import parse_article


def _people(result):
    return [(s.name, s.position, s.organisation) for s in result.speakers]


def test_a_photo_reports_captions_name_the_officials_pictured():
    page = "\n\n".join(
        [
            "首页 资讯 风采 资源 建设 产业 合作",
            "南湖新闻中心第二场集体采访",
            "来源:南湖网 编辑:林木 人气: 发布时间:2031-10-26 09:36:44",
            "摘要: 南湖新闻中心举办第二场集体采访。",
            "       2031年10月18日下午15:00,南湖新闻中心在新闻发布厅举办第二场集体采访。东州、"
            "西州、北州代表团新闻发言人出席,介绍代表团学习讨论情况,并回答记者提问。(南湖网 刘 景)",
            "南湖新闻中心举行第二场集体采访",
            "南湖社 陈光",
            "东州省委常委、秘书长赵明远",
            "徐山",
            "西州省委副书记金海",
            "徐山",
            "北州省委副书记、东城市委书记胡建国",
            "徐山",
            "东州广播电视台记者提问",
            "南湖网 陈光",
            "西州广播电视台记者提问",
            "南湖网 陈光",
            "南湖青年报记者提问",
            "南湖网 陈光",
            "文字实录",
            "  • 南湖新闻中心负责人 寿丽:",
            "    女士们、先生们,大家下午好!欢迎出席南湖新闻中心集体采访。大会期间,新闻中心将举行"
            "5场集体采访,邀请31个代表团与有关部门负责人",
        ]
    )
    result = parse_article(page)
    # the official who speaks under the captions, then the three pictured
    assert _people(result) == [
        ("寿丽", "负责人", "南湖新闻中心"),
        ("赵明远", "常委、秘书长", "东州省委"),
        ("金海", "副书记", "西州省委"),
        ("胡建国", "北州省委副书记、东城市委书记", None),
    ]


def test_a_reports_list_after_spokespersons_are_gives_each_post():
    page = "\n\n".join(
        [
            "南湖新闻中心举行第四场集体采访-南湖网",
            "2031-10-20 02:59:23 来源:南湖网",
            "  10月19日,南湖新闻中心举行集体采访。东州、西州、北州代表团新闻发言人出席,"
            "介绍代表团学习讨论情况,并回答记者提问。南湖社记者 陈光 摄",
            "  这3位新闻发言人是:东州省委常委、秘书长罗明,西州省委常委、宣传部部长郑丽,"
            "北州省委副书记石刚。他们结合实际,讲述了各地经济社会发展取得的成就。",
        ]
    )
    result = parse_article(page)
    assert _people(result) == [
        ("罗明", "常委、秘书长", "东州省委"),
        ("郑丽", "常委、宣传部部长", "西州省委"),
        ("石刚", "副书记", "北州省委"),
    ]


def test_a_weeks_round_up_names_who_presented_at_each_press_conference():
    page = "\n".join(
        [
            "",
            "原标题:《一周发布盘点》:12场新闻发布会解读政策 回应关切",
            "6月6日至6月14日,南湖新闻办、有关部门共举行12场新闻发布会。",
            "南湖新闻办",
            "6月10日下午,南湖新闻办举行政策例行吹风会,南湖卫生委员会副主任王和生及财政厅"
            "有关负责人介绍医改重点工作任务有关情况。",
            "6月11日下午,南湖新闻办举行政策例行吹风会,南湖水利厅副厅长叶春介绍当前防汛情况。",
            "6月12日下午,南湖新闻办举行政策例行吹风会,南湖科技厅副厅长徐平和司法厅有关负责人"
            "介绍《南湖遗传资源管理条例》有关情况。",
        ]
    )
    result = parse_article(page)
    assert [s.name for s in result.speakers] == ["王和生", "叶春", "徐平"]
    assert result.segments == []


def test_a_title_after_an_official_of_a_body_is_a_post_of_that_body():
    page = "\n\n".join(
        [
            "记者会结束后,还有你不知道的“料”",
            "9日上午,梅园中心多功能厅,南湖银行行长周明川,副行长易刚,副行长、南湖外汇管理局"
            "局长潘功明就“金融改革与发展”相关问题回答中外记者提问。",
            "11点40分记者会结束后,周明川又被记者追问,周明川笑答“以后有机会再问吧”。",
        ]
    )
    result = parse_article(page)
    assert _people(result) == [
        ("周明川", "行长", "南湖银行"),
        ("易刚", "副行长", "南湖银行"),
        ("潘功明", "副行长、南湖外汇管理局局长", None),
    ]


def test_an_officials_name_over_the_post_over_the_words_is_the_label():
    page = "\n".join(
        [
            "南湖新闻办举行系列主题新闻发布会 介绍加快建设文化强省有关情况",
            "来源: | 作者:finance-7 | 发布时间: 2031-12-15 | 14 次浏览 | 分享到:",
            "",
            "12月14日,南湖新闻办举行系列主题新闻发布会。南湖文化厅副厅长卢明川、公共服务处处长"
            "陈斌出席,介绍加快建设文化强省有关情况,并答记者问。",
            "",
            "",
            "陈文君",
            "",
            "南湖新闻办新闻处处长、新闻发言人",
            "",
            "",
            "女士们、先生们,上午好!欢迎出席南湖新闻办新闻发布会。出席今天新闻发布会的有:南湖文化厅"
            "副厅长卢明川先生,公共服务处处长陈斌先生。",
            "",
            "下面,请卢明川先生介绍情况。",
            "",
            "",
            "卢明川",
            "",
            "南湖文化厅副厅长",
            "",
            "",
            "各位媒体记者朋友,女士们、先生们,大家上午好。很高兴就加快建设文化强省的情况与大家交流。",
            "",
            "建设文化强省,是我们的一项重要任务。",
        ]
    )
    result = parse_article(page)
    # A host's one turn that welcomes, presents and hands over stays the first statement,
    # under the host (the reading of the real labels since blind40).
    assert [(s.question, s.answerers) for s in result.segments] == [
        (None, ["陈文君"]),
        (None, ["卢明川"]),
    ]
    assert result.segments[0].paragraphs[-1] == "下面,请卢明川先生介绍情况。"
    assert result.segments[1].paragraphs[0].startswith("各位媒体记者朋友")
    host = next(s for s in result.speakers if s.role == "host")
    assert host.name == "陈文君"


def test_a_live_pages_entries_labelled_by_post_and_name_without_a_colon():
    page = "\n".join(
        [
            "|",
            " 新闻发布会现场 |",
            "|",
            "南湖文旅厅办公室副主任、主持人 李晓明 女士们、先生们,各位媒体朋友: 大家下午好。"
            "欢迎参加南湖文旅厅第三季度例行新闻发布会。今天,我们邀请到非物质文化遗产处副处长胡燕女士,向大家"
            "介绍有关情况。 首先,我们请胡燕女士介绍近期举办的重点活动有关情况。 [09-24 15:05] |",
            "|",
            "南湖文旅厅非物质文化遗产处副处长 胡燕 各位新闻界的朋友们,大家好!我向大家介绍近期非遗"
            "重点活动有关情况。今年共举办活动120场。 [09-24 15:08] |",
        ]
    )
    result = parse_article(page)
    host = next(s for s in result.speakers if s.role == "host")
    assert host.name == "李晓明"
    # The host's one turn welcomes the press and gives the guest the floor: it stays the
    # first statement, under the host (as the real page's label reads it).
    assert [s.answerers for s in result.segments] == [["李晓明"], ["胡燕"]]
    assert result.segments[1].paragraphs[0].endswith("今年共举办活动120场。")


def test_a_live_pages_source_and_time_over_each_entry_are_no_words():
    page = "\n".join(
        [
            "南湖人大会议民生主题记者会",
            "",
            "南湖人大会议于3月9日下午3时举行记者会,邀请南湖教育厅厅长怀明远、南湖住建厅厅长倪洪就"
            "教育、住房等相关问题回答中外记者提问。",
            "",
            "图文滚动",
            "  • 南湖网报道",
            "    2031-03-09 15:20",
            "    南湖电视台记者:",
            "    我的问题想提给怀明远厅长。请问教育厅将采取怎样的举措来加强人才的培养呢?谢谢。",
            "  • 南湖网报道",
            "    2031-03-09 15:21",
            "    南湖教育厅厅长 怀明远:",
            "    谢谢您的提问。我们将从三个方面加强人才培养。",
        ]
    )
    result = parse_article(page)
    assert "怀明远" in {s.name for s in result.speakers}
    [segment] = result.segments
    assert segment.question.endswith("谢谢。")
    assert (segment.asker, segment.answerers) == ("南湖电视台", ["怀明远"])
    assert segment.paragraphs == ["谢谢您的提问。我们将从三个方面加强人才培养。"]


def test_a_bare_dollar_under_an_australian_seats_label_is_australian():
    page = "\n\n".join(
        [
            "Transcripts",
            "Monday, 31st March 2031",
            "Press Conference - Perth",
            "JANE FOWLER, MEMBER FOR HASLUCK: Good morning. It is my great pleasure to have the"
            " Prime Minister and the Premier of Western Australia here today.",
            "PRIME MINISTER: Thank you, Jane. From today the cap on prescription medicines comes"
            " down from $31.60 to $25, for every patient who needs them.",
        ]
    )
    result = parse_article(page)
    assert {(f.text, f.unit) for f in result.figures} >= {("$31.60", "AUD"), ("$25", "AUD")}
