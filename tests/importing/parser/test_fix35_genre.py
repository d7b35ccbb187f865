"""blind35's failures, fixed for the genre: each test is a page of our own (invented names,
numbers and outlets) of the same kind as a real one."""

from releases.importing.parser import parse_article

TITLE = (
    "Transcript of doorstop interview: Press Gallery, Parliament House: 3 May 2031: trade talks; "
    "Cabinet leaks; the by-election; the free trade agreement; the budget"
)


def test_a_catalogue_record_with_capital_labels_alone_and_no_colon():
    page = "\n\n".join(
        [
            "Note: Where available, the PDF/Word icon below is provided to view the document",
            TITLE,
            "Download PDFDownload PDF",
            "Doorstop interview - Parliament House",
            "Transcript, E&OE",
            "3 May 2031",
            "JOURNALIST",
            "Are you able to say more about the trade talks?",
            "JANE HOLT",
            "I'm not able to go into the detail, but the talks are going well.",
            "JOURNALIST",
            "What does this show about the government's approach?",
            "JANE HOLT",
            "It shows that our efforts are working.",
        ]
    )
    result = parse_article(page)
    assert result.title == TITLE
    assert [s.name for s in result.speakers] == ["Jane Holt"]
    assert [(s.question, s.answerers) for s in result.segments] == [
        ("Are you able to say more about the trade talks?", ["Jane Holt"]),
        ("What does this show about the government's approach?", ["Jane Holt"]),
    ]


def test_a_speech_heading_and_an_answer_after_the_question_on_its_line():
    page = "\n".join(
        [
            "热门搜索:",
            "当前位置:首页 > 行业资讯",
            "王明远与媒体茶叙问答主要内容图片",
            "发布时间:2030-01-14 18:22:01 阅读: 来源:某某厂家",
            "王明远与媒体茶叙问答(主要内容)",
            "某某网5月24日讯 王明远5月22日下午与媒体茶叙,以下为王明远致词及问答主要内容。",
            "王明远开场致词:",
            "今天是我们就职之后第一次举行与媒体茶叙,我们希望在就任伊始能够多与大家交流。",
            "问:请问您认为对方的回应是善意的吗?        "
            "王明远:首先关于对方的回应,我想基本上应该是善意的。",
        ]
    )
    result = parse_article(page)
    assert result.title == "王明远与媒体茶叙问答(主要内容)"
    assert [s.name for s in result.speakers] == ["王明远"]
    assert [(s.question, s.answerers) for s in result.segments] == [
        (None, ["王明远"]),
        ("请问您认为对方的回应是善意的吗?", ["王明远"]),
    ]
    assert result.segments[1].paragraphs == ["首先关于对方的回应,我想基本上应该是善意的。"]


def test_a_bracketed_date_is_no_headline_and_a_stray_mark_before_a_label_goes():
    page = "\n".join(
        [
            "来源:时间:2030-02-22 21:47:36",
            "(2030.2.22)",
            "2月21日晚,某市政府新闻办召开疫情防控新闻发布会。某区副区长赵明进行新闻发布并回答记者提问。"
            "发布会由市委宣传部副部长钱进主持。",
            "?赵明:现将某区首轮核酸检测结果的情况通报如下,全部为阴性。",
        ]
    )
    result = parse_article(page)
    assert result.title == ""
    assert [s.answerers for s in result.segments] == [["赵明"]]


def test_a_live_page_reports_by_surname_the_officials_it_lists():
    page = "\n".join(
        [
            "|",
            "Getting your Trinity Audio player ready...",
            "|",
            "Police Minister Mark Mills, Police Commissioner Ruth Chalmers, and Deputy "
            "Commissioner Jill Rowe are holding a press conference this afternoon.",
            "The Valley Times will have live coverage below of the press conference.",
            "Chalmers said she recently arrived back from abroad.",
            "Mills says everything the police did was with the safety of the children in mind.",
        ]
    )
    result = parse_article(page)
    assert result.title != "Getting your Trinity Audio player ready..."
    assert {(s.name, s.position) for s in result.speakers} == {
        ("Mark Mills", "Police Minister"),
        ("Ruth Chalmers", "Police Commissioner"),
    }


def test_a_feature_opening_on_a_sentence_names_who_called_the_press_conference():
    page = "\n".join(
        [
            "一场记者会,一位市长的发言,让全城沸腾起来。",
            "这天是2月4日,本市新增2宗确诊个案。疫情汹涌而至,市长何一成紧急召开记者会,宣布限购口罩。",
            "“他做到了!”50岁的市民在家看着直播,拍掌叫好。",
        ]
    )
    result = parse_article(page)
    assert result.title == ""
    assert [(s.name, s.position) for s in result.speakers] == [("何一成", "市长")]
