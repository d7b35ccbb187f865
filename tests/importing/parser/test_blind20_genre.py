"""Layouts of the twentieth blind round, fixed for the genre: each test is a page of our
own (invented names, numbers and outlets) of the same kind as a real one."""

from releases.importing.parser import parse_article

SUBJECTS_PAGE = """3 March 2011

Doorstop Interview, Harbour Street Offices, Port Ellis

SUBJECTS: Rates, harbour funding, the ferry strike

JOURNALIST:

Will rates rise this month?

TREASURER:

I will not pre-empt the board. The economy is in good shape.

JOURNALIST:

And the ferry strike?

TREASURER:

Both sides should talk.
"""


def test_subjects_header_is_nobody():
    result = parse_article(SUBJECTS_PAGE)
    assert result.speakers == [], result.speakers
    asked = [s.question for s in result.segments]
    assert asked == ["Will rates rise this month?", "And the ferry strike?"], asked
    for seg in result.segments:
        assert seg.answerers == [], seg
    assert result.segments[0].paragraphs[0].startswith("I will not pre-empt"), result.segments


BACK_LINK_PAGE = """Back

Harbour board to stand down, Ports Office to take over ferry safety

The minister thanked all ferry crews.

Nora Pell | March 09, 2023, 10:12 AM

The Harbour Board will stand down on March 13. The Ports Office announced it in a release.

The Ports Office will run ferry safety from then on. The release added that crews are ready.
"""


def test_back_link_is_no_title():
    result = parse_article(BACK_LINK_PAGE)
    assert result.title == (
        "Harbour board to stand down, Ports Office to take over ferry safety"
    ), result.title


FLASH_PAGE = """-記者會快訊  開展海港安全工作是長遠之計
新聞局
2023-10-14 21:07

就海港安全的工作,港務局局長林海明表示,海港很安全,開展海港安全工作是長遠之計,對市民有提示作用。
"""


def test_office_line_under_flash_headline_is_not_glued():
    result = parse_article(FLASH_PAGE)
    assert result.title == "記者會快訊 開展海港安全工作是長遠之計", result.title


UN_PRESS_CONFERENCE_PAGE = """Press Conference by Secretary-General Ilse Marrow at Harbour Hall

Following is a transcript of Secretary-General Ilse Marrow's press conference, held today:

Ladies and Gentlemen of the media,

It is a pleasure to see you as the new session begins.  Let me start with two matters.

First, I appeal to all sides to let aid reach the 2 million people cut off in the north.

Second, I welcome the agreement between President Dovan and Prime Minister Kell.
"""


def test_press_conference_named_after_its_giver_is_his_statement():
    result = parse_article(UN_PRESS_CONFERENCE_PAGE)
    assert [(s.name, s.position) for s in result.speakers] == [("Ilse Marrow", "Secretary-General")]
    assert len(result.segments) == 1, result.segments
    seg = result.segments[0]
    assert seg.question is None and seg.answerers == ["Ilse Marrow"]
    assert seg.paragraphs[0] == "Ladies and Gentlemen of the media,"
    assert seg.paragraphs[-1].startswith("Second, I welcome"), seg.paragraphs
    assert [f.segment for f in result.figures] == [0], result.figures


REMARKS_BY_SURNAME_PAGE = """Remarks by President Dovan following the Harbour Council

Source: Harbour Council (HC) i, published on Friday, June 6 2014.

Piet Anders Dovan i

President of the Harbour Commission

Remarks by President Dovan following the Harbour Council

Press conference

Port Ellis, 6 June 2014

Good afternoon Ladies and Gentlemen,

Let me begin by congratulating Mara Quillon. I have known her for more than 15 years.

The Council also agreed on the strategic priorities for the next five years.
"""


def test_remarks_by_post_and_surname_take_the_full_name_printed_below():
    result = parse_article(REMARKS_BY_SURNAME_PAGE)
    assert [(s.name, s.position) for s in result.speakers] == [
        ("Piet Anders Dovan", "President of the Harbour Commission")
    ]
    assert [s.answerers for s in result.segments] == [["Piet Anders Dovan"]]
    assert result.segments[0].paragraphs[0] == "Good afternoon Ladies and Gentlemen,"


def test_remarks_headline_naming_two_people_is_nobody_s_statement():
    page = REMARKS_BY_SURNAME_PAGE.replace(
        "Remarks by President Dovan following",
        "Remarks by President Dovan and Prime Minister Kell following",
    ).replace("Piet Anders Dovan i\n\nPresident of the Harbour Commission\n\n", "")
    result = parse_article(page)
    assert not any(s.answerers for s in result.segments), result.segments


POST_CABINET_PAGE = """Post-Cabinet Press Conference: Monday, 7 October 2019

Hana Ruelle

Minister, Arts, Culture and Heritage

Minister, Harbours

Prime Minister

link

Good afternoon. This week I am in Port Ellis on Tuesday and will open the ferry terminal.

As you know, last week we released the harbour plan.
"""


def test_portfolio_with_commas_under_the_name_makes_the_statement_hers():
    result = parse_article(POST_CABINET_PAGE)
    assert [(s.name, s.position) for s in result.speakers] == [
        ("Hana Ruelle", "Minister, Arts, Culture and Heritage, Minister, Harbours, Prime Minister")
    ]
    assert [s.answerers for s in result.segments] == [["Hana Ruelle"]]
    assert len(result.segments[0].paragraphs) == 2


def test_guests_joining_by_post_and_name_are_speakers():
    page = POST_CABINET_PAGE.replace(
        "As you know,",
        "Today I am joined by Minister Lund and Minister Hay to talk about it.\n\nAs you know,",
    )
    result = parse_article(page)
    assert [(s.name, s.position) for s in result.speakers][1:] == [
        ("Lund", "Minister"),
        ("Hay", "Minister"),
    ]
    assert [s.answerers for s in result.segments] == [["Hana Ruelle"]]


JOINED_STATEMENT_PAGE = """Harbour Secretary's statement on the ferry strike: 7 April 2020

Good afternoon.

I'm joined by Chief Harbour Adviser Sir Ian Pell and our Chief Safety Officer Professor Ada Kemp.

Ferries will run again on Monday.
"""


def test_guests_joining_with_honorifics_are_speakers_and_the_unnamed_office_nobody():
    result = parse_article(JOINED_STATEMENT_PAGE)
    assert [(s.name, s.position) for s in result.speakers] == [
        ("Ian Pell", "Chief Harbour Adviser"),
        ("Ada Kemp", "Chief Safety Officer"),
    ]
    assert not any(s.answerers for s in result.segments), result.segments


SPOKESPERSON_RUN_IN_PAGE = (
    "据港湾新闻,5月4日下午,港务部召开例行新闻发布会。有记者就渡轮停运的报道进行提问。"
    "港务部新闻发言人 林海明:关于这个问题,我们的态度是一贯的。"
    "希望各方相向而行,共同推动渡轮恢复运行。\n"
)


def test_spokesperson_label_run_into_the_lead_is_his_answer():
    result = parse_article(SPOKESPERSON_RUN_IN_PAGE)
    assert not result.title, result.title
    assert result.lead.endswith("进行提问。"), result.lead
    assert [(s.name, s.position, s.organisation) for s in result.speakers] == [
        ("林海明", "新闻发言人", "港务部")
    ]
    assert [s.answerers for s in result.segments] == [["林海明"]]
    assert result.segments[0].paragraphs[0].startswith("关于这个问题")


def test_spokesperson_saying_in_narration_is_no_label():
    page = SPOKESPERSON_RUN_IN_PAGE.replace("港务部新闻发言人 林海明:", "港务部新闻发言人表示:")
    result = parse_article(page)
    assert result.speakers == [] and result.segments == [], result.segments


def test_chinese_item_without_headline_has_no_title():
    page = (
        "据港湾新闻,5月4日下午,港务局召开例行新闻发布会。港务局表示,渡轮将于下周恢复运行。\n"
        "港务局还表示,今年将新建码头三座。\n"
    )
    assert parse_article(page).title == ""


def test_a_room_of_a_ministry_is_a_body():
    from releases.importing.parser.people import split_position

    assert split_position("情报室次长") == ("情报室", "次长")
    assert split_position("室主任") == (None, "室主任")


AUTHOR_FIELD_PAGE = """港湾连开了30场新闻发布会

2020-03-13 20:27:08 作者:林佳妮 来源:港湾网   打印本页

港湾网记者3月13日报道:今天下午2点整,港务局会议室迎来了第30场港湾安全新闻发布会。从年初至今,这一系列发布会从未间断。
"""


def test_author_field_on_the_time_line_is_a_credit():
    result = parse_article(AUTHOR_FIELD_PAGE)
    assert [(c.role, c.name) for c in result.credits] == [("作者", "林佳妮")]


def test_author_field_already_credited_by_the_byline_is_not_repeated():
    page = AUTHOR_FIELD_PAGE.replace("港湾网记者3月13日报道", "港湾网3月13日讯(记者 林佳妮)")
    result = parse_article(page)
    assert [c.name for c in result.credits].count("林佳妮") == 1, result.credits


def test_initials_before_a_quoted_phrase_are_a_sub_heading():
    page = BACK_LINK_PAGE + (
        '\nHPO: Ferries are "safe"\n\nThe Ports Office added that crews were ready. All is calm.\n'
    )
    result = parse_article(page)
    assert result.segments == [], result.segments
    assert 'HPO: Ferries are "safe"' in result.body, result.body


LIST_PAGE = """Statement from Harbour House: 7 April 2020

  • Only sail for food or work
  • Wash your hands when you get home

Do not meet others, even friends or family.

Harbour Secretary's statement on the ferry strike: 7 April 2020

Good afternoon.

Welcome to today's Harbour House press conference. Ferries will run again on Monday.
"""


def test_list_page_title_is_the_item_the_greeting_follows():
    result = parse_article(LIST_PAGE)
    assert result.title == "Harbour Secretary's statement on the ferry strike: 7 April 2020"


def test_list_page_title_stays_without_a_greeting():
    page = LIST_PAGE.replace("Good afternoon.\n\n", "")
    assert parse_article(page).title == "Statement from Harbour House: 7 April 2020"


def test_possessive_headline_with_the_name_in_the_transcript_line():
    page = UN_PRESS_CONFERENCE_PAGE.replace(
        "Press Conference by Secretary-General Ilse Marrow at Harbour Hall",
        "Secretary-General's remarks at press conference",
    ).replace("Ilse Marrow's press", "Ilse Marrows’ press")
    result = parse_article(page)
    assert [(s.name, s.position) for s in result.speakers] == [
        ("Ilse Marrows", "Secretary-General")
    ]
    assert [s.answerers for s in result.segments] == [["Ilse Marrows"]]


def test_title_case_words_after_the_name_are_no_part_of_it():
    from releases.importing.parser.english import header_people

    for line in (
        "Press Conference by Governor Hale Regarding Storm Response",
        "News Conference by Mayor Ana Lind On Flood Update",
    ):
        names = [name for name, _post in header_people(line)]
        assert not any(" " in n and n.split()[-1] in {"Response", "Update"} for n in names)
        assert not any("Regarding" in n or " On" in n for n in names), names


def test_a_story_under_a_press_conference_headline_is_nobody_s_statement():
    page = """Press Conference by Governor Ana Lind at Harbour Hall

The governor said the ferries would run again on Monday. She added that crews were ready.

Reporters asked about the strike. The governor did not answer.
"""
    result = parse_article(page)
    assert not any(s.answerers for s in result.segments), result.segments
