"""blind24's failures, fixed for the genre: each test is a page of our own (invented names,
numbers and outlets) of the same kind as a real one."""

from releases.importing.parser import parse_article
from releases.importing.parser.english import english_figures

DOORSTOP_WITH_LOCAL_MEMBER = (
    "Doorstop interview with Ken Marlow, Member for Ashby and Tess Quill, candidate for"
    " Bayside\n"
    "KEN MARLOW: Ladies and gentlemen, I am Ken Marlow, Federal Member for Ashby. I just wanted"
    " to welcome the Acting Prime Minister and Trade Minister Nora Vance up to the seat of"
    " Ashby. This morning we have been out meeting local people. I hand over to the Acting"
    " Prime Minister.\n"
    "NORA VANCE: Thank you Ken. I'm delighted to be here in Ashby today.\n"
    "The new port link will be built this year.\n"
    "JOURNALIST: When will the works start?\n"
    "NORA VANCE: In the spring, as planned.\n"
)


def test_a_local_member_who_welcomes_the_minister_and_hands_over_hosts():
    result = parse_article(DOORSTOP_WITH_LOCAL_MEMBER)
    people = {s.name: (s.role, s.position) for s in result.speakers}
    # his post from the headline, printed after his name and a comma
    assert people["Ken Marlow"] == ("host", "Member for Ashby")
    assert people["Nora Vance"][0] == "speaker"
    # his welcome is no statement; the minister's opening words and her answer are hers
    assert [s.answerers for s in result.segments] == [["Nora Vance"], ["Nora Vance"]]
    assert result.segments[1].question == "When will the works start?"


def test_a_statement_that_hands_over_without_welcoming_the_next_speaker_is_still_a_speakers():
    page = DOORSTOP_WITH_LOCAL_MEMBER.replace(
        "I just wanted to welcome the Acting Prime Minister and Trade Minister Nora Vance up"
        " to the seat of Ashby. ",
        "Today we open 14 new schools in the seat of Ashby. ",
    )
    assert page != DOORSTOP_WITH_LOCAL_MEMBER
    result = parse_article(page)
    roles = {s.name: s.role for s in result.speakers}
    assert roles["Ken Marlow"] == "speaker"


BRACKET_LABELS_ALONE = """EN
www.gov.cn
國務院政策例行吹風會:穩外貿有關情況
2031-04-27 來源: 中國政府網
字號:默認 大 超大 | 打印 |
國務院新聞辦公室2031年4月27日上午10時舉行國務院政策例行吹風會,請商務部副部長鄭遠帆,對外貿易司司長柯明介紹穩外貿有關情況,並答記者問。
【東江經濟報記者】
一季度外貿進出口增長4.8%。請問如何看待外貿形勢?
【商務部副部長 鄭遠帆】
謝謝你的提問。今年以來,外貿穩中有進,一季度新設外貿企業1.2萬家。
我們將進一步推動政策落地。
"""


def test_bracket_labels_alone_on_their_lines_open_a_question_and_its_answer():
    result = parse_article(BRACKET_LABELS_ALONE)
    # the language switch and the portal's address are no headline
    assert result.title == "國務院政策例行吹風會:穩外貿有關情況"
    assert len(result.segments) == 1
    segment = result.segments[0]
    assert segment.question.startswith("一季度外貿進出口增長4.8%")
    assert segment.asker == "東江經濟報"
    assert segment.answerers == ["鄭遠帆"]
    assert segment.paragraphs[-1] == "我們將進一步推動政策落地。"


def test_a_bracketed_column_tag_alone_on_its_line_is_no_speaker():
    page = BRACKET_LABELS_ALONE.replace("【東江經濟報記者】", "【花絮】")
    result = parse_article(page)
    assert "花絮" not in {s.name for s in result.speakers}


DEFENCE_BRIEF = """国防部:演训活动正常,外界不必过度解读
新闻资讯
11月30日下午,国防部举行例行记者会,国防部新闻局局长、国防部新闻发言人陆明川大校答记者问。
记者:据报道,近期有关方面将举行联合演训。请问对此有何评论?
陆明川:有关演训活动是年度计划内的正常安排,不针对任何特定对象。
编辑:东江鸿远贸易有限公司
标签:国防部,新闻局,演训,大校,记者会
"""


def test_a_column_line_under_the_headline_and_a_tags_line_are_residue():
    result = parse_article(DEFENCE_BRIEF)
    assert result.title == "国防部:演训活动正常,外界不必过度解读"
    # the lead names the spokesman with his posts (大校 a rank)
    people = [(s.name, s.organisation, s.position) for s in result.speakers]
    assert people == [("陆明川", "国防部新闻局", "局长、国防部新闻发言人")]
    assert result.segments[0].paragraphs == [
        "有关演训活动是年度计划内的正常安排,不针对任何特定对象。"
    ]


def test_a_sites_section_named_by_its_kinds_of_page_is_no_headline():
    page = (
        "Opinion pieces, speeches & transcripts\n\n"
        "Transcript: Doorstop Interview 3 March\n\n"
        "March 3, 2031\n\n"
        "JANE ORRIN, SHADOW MINISTER FOR TRANSPORT: The Government has lost control of its own"
        " budget, and commuters are paying for it.\n"
    )
    result = parse_article(page)
    assert result.title == "Transcript: Doorstop Interview 3 March"
    assert [(s.name, s.position) for s in result.speakers] == [
        ("Jane Orrin", "Shadow Minister for Transport")
    ]


def test_a_thousands_comma_followed_by_a_space_is_one_number():
    found = english_figures("There were 2, 416 cases since yesterday.", None, 10, "USD")
    assert [(f.text, f.value, f.unit) for f in found] == [("2, 416 cases", 2416, "cases")]


def test_a_day_of_the_month_before_a_comma_is_not_joined_to_the_count():
    found = english_figures("On March 3, 200 people came to the hall.", None, 10, "USD")
    assert all(f.value != 3200 for f in found)


def test_a_cut_off_numbered_line_at_the_end_of_the_copy_is_no_heading():
    page = BRACKET_LABELS_ALONE + "一是穩定外貿基本\n"
    segment = parse_article(page).segments[0]
    assert segment.headings == []
    assert segment.paragraphs[-1] == "一是穩定外貿基本"


def test_a_numbered_line_with_words_under_it_stays_a_heading():
    page = BRACKET_LABELS_ALONE + "一是穩定外貿基本\n我們將擴大出口信用保險覆蓋面。\n"
    assert parse_article(page).segments[0].headings == ["一是穩定外貿基本"]


def _people(page: str) -> list[tuple[str, str | None]]:
    return [(s.name, s.full_position) for s in parse_article(page).speakers]


def test_a_report_names_the_official_who_presented_at_the_press_conference():
    page = (
        "省人大会议举行第三场新闻发布会\n"
        "来源: 东江日报 发布时间: 2031-01-25 09:18\n"
        "1月24日下午,省人大会议举行第三场新闻发布会,邀请省发展改革委、省农业农村厅负责同志发布今年重点工作。\n"
        "新闻发布会上,省发展改革委副主任柯庭远介绍了我省今年的重点项目安排。\n"
    )
    assert _people(page) == [("柯庭远", "省发展改革委副主任")]


def test_a_report_names_the_spokesman_who_answered_so_many_questions():
    page = (
        "外国记者首次参加国防部例行记者会\n"
        "东江晚报讯 5位外国媒体驻京记者昨日参加了每月例行的国防部记者会。\n"
        "当天的记者会持续80分钟。国防部新闻发言人耿立生在记者会上回答了18个提问,其中4个来自外国媒体。\n"
    )
    # 生在记者会: the third character of the name, not a place where the conference was held
    assert _people(page) == [("耿立生", "国防部新闻发言人")]


def test_a_report_names_the_mayor_who_attended_his_own_press_conference():
    page = (
        "|\n"
        "賴明德致詞時表示,感謝各界朋友的支持。(東江社攝) |\n"
        "東江社香港7月20日電(記者 趙一鳴)西港市長賴明德出席推廣西港行程的最後一場活動,"
        "“西港觀光、農特產”記者會。賴明德相當感性地感謝香港友人的熱情。\n"
    )
    # 賴 is a surname; the script is kept as printed
    assert _people(page) == [("賴明德", "西港市長")]


def test_a_report_that_only_mentions_a_press_conference_names_no_speaker():
    page = (
        "全市文旅推介活动举行\n"
        "7月20日,市文旅局在会展中心举办推介活动,市民游客踊跃参与。\n"
        "据悉,明年将举办更多活动。\n"
    )
    assert _people(page) == []
