"""blind33's failures, fixed for the genre: each test is a page of our own (invented names,
numbers and outlets) of the same kind as a real one."""

from releases.importing.parser import parse_article


def test_a_city_hall_transcript_under_its_navigation_with_a_particle_in_the_mayors_name():
    page = (
        "Secondary Navigation\n"
        "Transcript: Mayor van Dorn Announces Press Office Appointments\n"
        "February 7, 2014\n"
        "Mayor Anna van Dorn: Good morning, everyone. I'm bringing people together here today.\n"
        "Well, this is an exciting press conference because I'm going to announce a team.\n"
    )
    result = parse_article(page)
    assert result.title == "Transcript: Mayor van Dorn Announces Press Office Appointments"
    assert [(s.name, s.position) for s in result.speakers] == [("Anna van Dorn", "Mayor")]
    assert [s.answerers for s in result.segments] == [["Anna van Dorn"]]


def test_a_news_sites_section_label_and_video_shortcode_name_nobody():
    page = (
        "LATEST STORIES:\n"
        "Historic visit by the eastern premier\n"
        "Share this story...\n"
        "[projekktor id=’18939′]\n"
        "It was both an historic and strange day at the legislature, as the Premier of the "
        "east paid a visit. The visit was the first in fifty years.\n"
    )
    result = parse_article(page)
    assert result.title == "Historic visit by the eastern premier"
    assert "Latest Stories" not in {s.name for s in result.speakers}
    assert all("projekktor" not in p and "Share this" not in p for p in result.body)


def test_a_forums_board_bar_a_channel_over_its_section_and_a_one_sentence_item():
    notes = (
        "看板 nCoV2030 關於我們 聯絡資訊\n"
        "聲明:非逐字稿,僅作意思摘要 政府單位:中央防疫中心\n"
        "民視:請問指揮中心的看法?\n"
    )
    assert parse_article(notes).title != "看板 nCoV2030 關於我們 聯絡資訊"

    report = (
        "生活\n綜合\n"
        "王大明缺席記者會原因曝 李小華回應「沒有鬆弛指揮官的任務」\n"
        "外界傳聞王大明有望參選,今天指揮中心回應,部長今天仍然沒有參加記者會。\n"
    )
    result = parse_article(report)
    assert result.title == "王大明缺席記者會原因曝 李小華回應「沒有鬆弛指揮官的任務」"
    assert result.channel == "生活"

    one = parse_article("行政長官陳大文傍晚6時在政府總部會見傳媒。\n")
    assert one.title == ""  # one sentence of a story, no headline
    assert one.body == ["行政長官陳大文傍晚6時在政府總部會見傳媒。"]


def test_a_summary_of_two_premiers_answering_names_both_in_full_with_their_posts():
    page = (
        "September 9, 2030, Northland Premier Dan Fox and Lakeland Premier François Aubin "
        "addressed media after the conclusion of the first-ever Northland-Lakeland summit. "
        "During this week’s summit, the governments agreed to collaborate on job creation and "
        "on preparing provincial health systems for a potential second wave of the virus.\n\n"
        "Following this afternoon’s announcement, Premiers Fox and Aubin responded to "
        "questions from the media.\n\n"
        "Premier Fox confirmed that Northland would begin reporting outbreaks in schools.\n"
    )
    result = parse_article(page)
    assert result.title == ""  # a long lead of two sentences is no headline
    people = {(s.name, s.position) for s in result.speakers}
    assert people == {("Dan Fox", "Northland Premier"), ("François Aubin", "Lakeland Premier")}
