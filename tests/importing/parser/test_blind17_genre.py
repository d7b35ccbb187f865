"""Layouts of the seventeenth blind round, fixed for the genre: each test is a page of our
own (invented names, numbers and outlets) of the same kind as a real one."""

from releases.importing.parser import parse_article

SRT_PAGE = """Subtitles for clip: File:03-02-11 County Briefing.webm

1
00:00:01,133 --> 00:00:02,863
Ms. Harlow:
Good morning.

2
00:00:02,867 --> 00:00:06,237
The county opened 14 new cooling centers
this week.

3
00:00:06,233 --> 00:00:09,003
The Press:
How many are open at night?

4
00:00:09,000 --> 00:00:11,530
Ms. Harlow:
Six of them, until midnight.
"""


def test_srt_cue_numbers_and_timings_are_residue_not_figures():
    result = parse_article(SRT_PAGE)
    texts = [f.text for f in result.figures]
    assert not any("," in t or ":" in t for t in texts), texts
    everything = "\n".join(
        result.body + result.host_remarks + [p for s in result.segments for p in s.paragraphs]
    )
    assert "-->" not in everything
    assert "00:00" not in everything


def test_text_with_a_stray_arrow_is_left_alone():
    text = "Minister Lane said on Monday:\nThe result 1,500 --> 2,000 will be published.\n"
    result = parse_article(text)
    assert "-->" in "\n".join(result.body + [p for s in result.segments for p in s.paragraphs])


WEBVTT_ONE_LINE = (
    "WEBVTT 00:03.100 --> 00:04.250 - Good morning. 00:06.400 --> 00:09.870 Before we begin, "
    "I want to thank the crews of the Harbor Fire District 00:09.870 --> 00:13.020 who worked "
    "through the night on the Linwood warehouse fire. 00:13.500 --> 00:17.330 Forty-two "
    "firefighters and 11 engines were on the scene by midnight. 00:17.900 --> 00:21.460 No one "
    "was hurt, and the district expects to reopen Canal Street on Thursday.\n"
)


def test_webvtt_file_on_one_line_is_one_unsigned_statement_with_no_headline():
    result = parse_article(WEBVTT_ONE_LINE)
    assert result.title == ""
    assert "未找到标题" in result.warnings
    assert len(result.segments) == 1
    segment = result.segments[0]
    assert segment.question is None and segment.answerers == []
    assert segment.paragraphs == [
        "Good morning. Before we begin, I want to thank the crews of the Harbor Fire District "
        "who worked through the night on the Linwood warehouse fire. Forty-two firefighters and "
        "11 engines were on the scene by midnight. No one was hurt, and the district expects "
        "to reopen Canal Street on Thursday."
    ]
    assert [f.text for f in result.figures] == ["11 engines"]


def test_browser_title_dash_with_its_site_cut_is_no_part_of_the_headline():
    text = (
        "Mayor Ortiz, back from leave, meets reporters at the depot -\n\n"
        "News\n\n"
        "Mayor Ortiz, back from leave, meets reporters at the depot\n\n"
        "Mayor Rosa Ortiz held her first press conference since her leave on Tuesday.\n"
    )
    assert parse_article(text).title == (
        "Mayor Ortiz, back from leave, meets reporters at the depot"
    )


def test_image_placeholder_line_is_no_headline():
    event = "5月8日,市政协十届二次会议新闻发布会在市会议中心举行,大会新闻发言人罗永清介绍会议议程。"
    lines = [event + "这是罗永清步入会场。平川日报记者 许安 摄"]
    lines += [event + "平川日报记者 许安 摄"] * 2 + ["【资料图】"]
    lines += [event + "平川日报记者 简宁 摄"] * 5 + [event + "这是发布会现场。平川日报记者 简宁 摄"]
    assert parse_article("\n\n".join(lines) + "\n").title != "【资料图】"


TV_STORY = """兩岸記者會交鋒 發言人表現大不同
國台辦發言人鄭文海vs.台灣記者:「台灣方面已經表明立場,請問國台辦對這次漁船扣留事件有什麼回應?」
問題一出,鄭文海低頭翻找稿子,沉默了將近8秒,現場氣氛一度尷尬,才緩緩開口回答。
國台辦發言人鄭文海:「我們一貫主張……(看稿)通過協商妥善處理相關問題。」語氣明顯遲疑,說完又重複了一次,似乎仍不太確定。
反觀我方發言人海委會副主委林致遠,從從容容。
海委會副主委林致遠:「我們要求對岸立即放人,這件事沒有什麼好談判的。」面對鏡頭語氣堅定,回應簡短有力,被不少網友稱讚。
"""


def test_tv_story_quoted_clips_with_narration_are_no_questions_and_answers():
    result = parse_article(TV_STORY)
    assert result.segments == []
    names = [s.name for s in result.speakers]
    assert "鄭文海" in names
    assert "海委會" not in names  # the office before a post is no person


LIVE_BLOG_COPY = (
    "Watch again: Nadia Kerr holds daily flood update\n"
    "today's government flood press conference at the Treasury.\n"
    "She was joined by Owen Pryce, Chair of the National Rivers Board and Lucy Adeyemi, "
    "Chief Engineer of the Coastal Agency.\n"
    "has started the Government briefing from the Treasury. It is her first time leading the "
    "press conference.\n"
    "She has started by repeating the figures that have been released today.\n"
)


def test_two_guests_with_posts_joined_by_and_are_two_people():
    result = parse_article(LIVE_BLOG_COPY)
    people = {s.name: s.position for s in result.speakers}
    assert people.get("Owen Pryce") == "Chair of the National Rivers Board"
    assert people.get("Lucy Adeyemi") == "Chief Engineer of the Coastal Agency"
    # Nadia Kerr holds daily flood update: the headline names the minister who leads it.
    assert "Nadia Kerr" in people
    # The blog's narration is nobody's statement.
    assert not any(s.answerers for s in result.segments)
