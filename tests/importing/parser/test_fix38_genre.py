"""blind38's failures, fixed for the genre: each test is a page of our own (invented names,
numbers and outlets) of the same kind as a real one."""

from releases.importing.parser import parse_article


def test_the_line_under_the_lead_names_who_presents_answers_and_presides():
    page = "\n".join(
        [
            "江南日报 2030年06月19日",
            "江南专场新闻发布会实录",
            "6月17日上午,国务院新闻办公室在北京举行江南专场新闻发布会。",
            "省委书记、省人大常委会主任魏清明作主题发布并回答记者提问,省委副书记、省长尹立"
            "回答有关提问。国务院新闻办公室新闻局局长、新闻发言人胡海红主持。",
            "新华社记者:请问江南如何融入国家大局?",
            "魏清明:感谢你的提问。江南的发展一定要在国家大局下来推动。",
        ]
    )
    result = parse_article(page)
    assert {(s.name, s.role, s.position) for s in result.speakers} == {
        ("魏清明", "speaker", "省委书记、省人大常委会主任"),
        ("尹立", "speaker", "省委副书记、省长"),
        ("胡海红", "host", "局长、新闻发言人"),
    }
    assert [s.answerers for s in result.segments] == [["魏清明"]]


def test_a_headline_over_two_lines_above_its_source_and_date_under_menus():
    page = "\n".join(
        [
            "中央人民政府网站 | 省委 | 省人大 | 省政府 | 省政协",
            "您的位置: 江南省人民政府网 / 政务公开 / 新闻动态",
            "省人大会议举行第二场新闻发布会",
            "5位发布人就“开启新征程,迎接新任务”作主题发布",
            "来源: 江南日报 发布时间: 2030-01-25 09:18 编辑: 许娜",
            "1月24日下午,省人大会议举行第二场新闻发布会,邀请5个单位的有关负责同志作主题发布。",
        ]
    )
    assert parse_article(page).title == "省人大会议举行第二场新闻发布会"


def test_a_live_page_names_the_minister_updating_the_public_at_its_press_conference():
    page = "\n".join(
        [
            "The daily government press conference is taking place.",
            "First Minister Mark Drayton is updating the public on what is being done.",
            "The briefing gets underway at 12.30pm.",
            "We'll be bringing you all the latest updates from the briefing.",
        ]
    )
    result = parse_article(page)
    assert [(s.name, s.position) for s in result.speakers] == [("Mark Drayton", "First Minister")]


def test_a_storys_short_sentences_under_its_headline_are_kept_as_its_text():
    page = "\n".join(
        [
            "Premier Joan Harper promises the province will be ready for July 1",
            "| January 16, 2031 in Provincial",
            "Local Community Advertising",
            "Premier Joan Harper held her first press conference of the year on Tuesday morning.",
            "She addressed several topics, including housing, transportation and her trip abroad.",
            "Harper promised to have the province ready for the new date, but acknowledged delays.",
            "Shortly after, she was asked to comment on what one reporter called a slow system.",
        ]
    )
    result = parse_article(page)
    text = [result.lead or ""] + result.body + [p for s in result.segments for p in s.paragraphs]
    for sentence in (
        "Premier Joan Harper held her first press conference of the year on Tuesday morning.",
        "She addressed several topics, including housing, transportation and her trip abroad.",
    ):
        assert sentence in text


def test_a_byline_of_reporters_then_photographers_gives_each_their_role():
    page = "\n\n".join(
        [
            "代表团开放日现场,记者争相发问",
            "2030-10-19 21:22:16来源:某某在线编辑:邓强",
            "某报集团特派记者 胡彦林 董世兰 摄影 毛漫青 田为民 发自北京",
            "十八大以来的这五年,全省走过了一段极不平凡的发展历程。",
        ]
    )
    credits = {(c.role, c.name) for c in parse_article(page).credits}
    assert {("特派记者", "胡彦林"), ("特派记者", "董世兰"), ("摄影", "毛漫青")} <= credits
    assert not any(name.startswith("发自") for _role, name in credits)
