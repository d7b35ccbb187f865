"""Layouts met in the twenty-first blind round of real pages, fixed for the genre: each test
is a page of our own (invented names, numbers and outlets) of the same kind as a real one."""

from releases.importing.parser import parse_article

COLUMN_TAG_PAGE = """logo 首頁 > 晨報 > 本地專題 > 正文

【花絮】發布會超時 局長再答兩題

2021-05-18

運輸局局長程嘉駿昨日的記者會原定舉行40分鐘,但有記者指未夠鐘,程嘉駿笑笑回到台前,再答了兩條問題。

記者會最終舉行約52分鐘。 晨報記者 葉思齊
"""


def test_column_tag_is_no_speaker():
    result = parse_article(COLUMN_TAG_PAGE)
    names = [s.name for s in result.speakers]
    assert "花絮" not in names, names
    assert not any("花絮" in a for seg in result.segments for a in seg.answerers)


DAY_BEFORE_PARTNER_PAGE = """ date 2020-03 記者鄧文山/綜合報導

澳城特首方志鴻18日與衛生局長龐嘉欣及數名司局長出席記者會,說明防疫措施。記者多次打斷龐嘉欣說話,方志鴻則再度上台回應。

方志鴻表示,政府會在掌握更多事實後再作交代。
"""


def test_post_stops_at_another_person_and_a_day():
    result = parse_article(DAY_BEFORE_PARTNER_PAGE)
    posts = {s.name: s.position for s in result.speakers}
    for post in posts.values():
        assert post is None or ("18日" not in post and "方志鴻" not in post), posts
    assert posts.get("龐嘉欣") in (None, "衛生局長"), posts


def test_date_field_run_into_byline_is_no_title():
    result = parse_article(DAY_BEFORE_PARTNER_PAGE)
    assert result.title == "", result.title
    assert [(c.role, c.name) for c in result.credits] == [("記者", "鄧文山")]


NO_ANNOUNCEMENTS_PAGE = "\n\n".join(
    [
        "Media Centre",
        "Transcript of Weekly Media Briefing by the Official Spokesperson (May 11, 2022)",
        "Shri Devan Mehra, Official Spokesperson: A very good afternoon to all of you. Thank"
        " you for joining us for this weekly media briefing. I don’t really have any"
        " announcements to begin with, so I will take a few questions, and we’ll start with"
        " you. Yes, go ahead.",
        "Question: Sir, on the port agreement signed last week, when will the first ships call?",
        "Shri Devan Mehra, Official Spokesperson: The agreement enters into force next month,"
        " and the details will be shared by the ministry concerned.",
    ]
)


def test_host_hand_over_is_no_statement():
    result = parse_article(NO_ANNOUNCEMENTS_PAGE)
    assert result.segments, result.segments
    assert all(seg.question is not None for seg in result.segments), result.segments[0]
    assert result.segments[0].answerers == ["Devan Mehra"], result.segments[0].answerers


CAPTION_OVER_STORY_PAGE = "\n\n".join(
    [
        "Harbour Minister Tove Lindqvist | Arne Solberg/AFP via Getty Images",
        "In an unexpected turn, the Council's chief spokeswoman Ines Farrow opened the first"
        " daily briefing of the week by answering the harbour minister directly over remarks"
        " he made about the canal tolls and the Council's budget plans.",
        "Farrow said the Council regretted the minister's words.",
    ]
)


def test_photo_credit_and_story_sentence_are_no_title():
    result = parse_article(CAPTION_OVER_STORY_PAGE)
    assert result.title == "", result.title


PHOTO_SOURCE_RUN_IN_PAGE = """2021年6月9日外交部发言人方明远主持例行记者会
第十届东方海洋论坛将于6月20日在青岛举行。
图片来源:外交部网站问:据报道,某国宣布对两家港口公司实施制裁。中方对此有何评论?
答:我们坚决反对单边制裁。
图片来源:外交部网站问:论坛有哪些国家参加?
答:我们会及时发布消息。
"""


def test_photo_source_note_run_into_question():
    result = parse_article(PHOTO_SOURCE_RUN_IN_PAGE)
    questions = [seg.question for seg in result.segments if seg.question]
    assert len(questions) == 2, questions
    assert all(not q.startswith("图片来源") for q in questions), questions
    assert result.segments[1].answerers == ["方明远"], result.segments[1].answerers
