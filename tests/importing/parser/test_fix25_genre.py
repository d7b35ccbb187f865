"""blind25's failures, fixed for the genre: each test is a page of our own (invented names,
numbers and outlets) of the same kind as a real one."""

from releases.importing.parser import parse_article
from releases.importing.parser.english import english_figures


def _people(page: str) -> list[tuple[str, str | None]]:
    return [(s.name, s.full_position) for s in parse_article(page).speakers]


ONE_LINE_INTERVIEW = (
    "TRANSCRIPT OF DEPUTY PRIME MINISTER ’S MEDIA INTERVIEW ON 4 JUNE 2031 AT 5 PM "
    "Q: “Will the new housing grant reach first-time buyers this year?” "
    "Mr Tan: “It will. We have set aside S$40 million for the first round, and more will "
    "follow once we see how many apply.” "
    "Q: “And the older estates?” "
    "Mr Tan: “We will upgrade them in three phases, starting with the oldest blocks.”\n"
)


def test_an_interview_printed_as_one_line_is_cut_into_its_turns():
    result = parse_article(ONE_LINE_INTERVIEW)
    assert result.title.startswith("TRANSCRIPT OF DEPUTY PRIME MINISTER")
    assert [s.question for s in result.segments] == [
        "“Will the new housing grant reach first-time buyers this year?”",
        "“And the older estates?”",
    ]
    # Mr is no part of the name; the headline's office is the one speaker's post
    assert [(s.name, s.position) for s in result.speakers] == [("Tan", "Deputy Prime Minister")]
    assert all(s.answerers == ["Tan"] for s in result.segments)
    assert [(f.text, f.unit) for f in result.figures] == [("S$40 million", "SGD")]


def test_a_day_of_the_month_is_no_figure():
    found = english_figures("The meeting in Paris on 25 June appears to work.", None, 10, "USD")
    assert found == []


MEA_STYLE = (
    "Transcript of Weekly Media Briefing by the Official Spokesperson (June 04, 2031)\n\n"
    "Shri Ravi Menon, Official Spokesperson: Very good afternoon to all of you. Thank you for "
    "joining us for the weekly media briefing. I don't have any announcements. So, I'm happy "
    "to take questions. I know a lot of people have asked me questions. Let me start with "
    "Arjun first.\n\n"
    "Arjun Rao: Sir, Arjun Rao from Metro Times. Is the visa rule changing this month?\n\n"
    "Neha Das: Neha Das from the Coastal Herald. My question is on the fishermen.\n\n"
    "Shri Ravi Menon, Official Spokesperson: On the visa rule, nothing has changed.\n"
)


def test_an_opening_that_only_greets_and_calls_the_first_journalist_is_no_statement():
    result = parse_article(MEA_STYLE)
    assert result.segments[0].question.startswith("Sir, Arjun Rao from Metro Times.")


def test_journalists_who_give_their_own_names_ask_two_questions_under_no_outlet():
    result = parse_article(MEA_STYLE)
    assert [s.asker for s in result.segments] == [None, None]
    assert [s.question[:8] for s in result.segments] == ["Sir, Arj", "Neha Das"]
    assert result.segments[1].answerers == ["Ravi Menon"]


COUNCIL = (
    "行政長官答問會答問全文(只有中文)\n\n"
    "以下是行政長官梁志遠今日在立法會出席答問會的答問全文:\n\n"
    "立法會主席何文軒議員:行政長官現在回答議員的提問。鄧美玲議員。\n\n"
    "鄧美玲議員:多謝主席。行政長官,今年會否增加過渡性房屋單位?\n\n"
    "立法會主席何文軒議員:行政長官。\n\n"
    "行政長官:主席,我們今年會新增單位。\n"
)


def test_the_council_president_is_one_post_and_a_member_asks_under_her_name():
    result = parse_article(COUNCIL)
    people = {s.name: (s.role, s.organisation, s.position) for s in result.speakers}
    assert people["何文軒"] == ("host", None, "立法會主席")
    assert [s.asker for s in result.segments] == ["鄧美玲"]
    assert result.segments[0].answerers == ["梁志遠"]


UN_TWO_BRIEFERS = (
    "Spokesperson's Noon Briefing\n\n"
    "The following is a near-verbatim transcript of today’s noon briefing by Anna Berg, "
    "Deputy Spokesperson for the Secretary-General, and Omar Haddad, Spokesman for the "
    "President of the General Assembly.\n\n"
    "Good afternoon.\n\n"
    "**Secretary-General in Oslo\n\n"
    "The Secretary-General is in Oslo today, where he met the Prime Minister.\n"
)


def test_a_noon_briefing_by_two_briefers_opens_with_the_first():
    result = parse_article(UN_TWO_BRIEFERS)
    assert len(result.speakers) == 2
    assert [s.answerers for s in result.segments] == [["Anna Berg"]]
    assert result.segments[0].headings == ["Secretary-General in Oslo"]


def test_a_minister_the_pm_is_joined_by_is_a_speaker():
    page = (
        "POST-CABINET PRESS CONFERENCE: Monday, 2 June 2031\n\n"
        "PM: Well, good afternoon, everyone. It’s great to be joined this afternoon by our "
        "hard-working Health Minister, Jane Doyle, who’s doing some incredible work. The "
        "Budget will be about growth.\n"
    )
    assert _people(page) == [("Jane Doyle", "Health Minister")]


REPORT_WITH_PRESENTERS = (
    "06.02 直擊國新辦第9場發佈會 三部門負責人出席\n"
    "東江新聞記者 陳一\n"
    "6月2日上午,國新辦舉行新聞發佈會。\n"
    "東江新聞記者注意到,本場發佈會共三位發佈人,包括水利部水旱災害防禦司司長柯明遠、"
    "應急管理部救災司副司長鄭曉,氣象局新聞發言人賀文。\n"
    "記者:張一、李二\n"
    "圖集\n"
)


def test_a_report_lists_the_presenters_and_its_credit_line_is_kept():
    result = parse_article(REPORT_WITH_PRESENTERS)
    # the news app's month and day are no part of the headline
    assert result.title == "直擊國新辦第9場發佈會 三部門負責人出席"
    assert [s.name for s in result.speakers] == ["柯明遠", "鄭曉", "賀文"]
    assert result.speakers[0].organisation == "水利部水旱災害防禦司"
    assert result.segments == []
    assert {(c.role, c.name) for c in result.credits} >= {("記者", "張一"), ("記者", "李二")}


def test_a_mobile_pages_next_page_button_is_no_part_of_the_answer():
    page = (
        "2031年6月國防部例行記者會文字實錄\n"
        "記者:有報道稱,近期將舉行聯合演訓。請問有何評論?\n"
        "陸明川:有關演訓是年度計劃內的正常安排。\n"
        "輕觸這里,加載下一頁\n"
    )
    result = parse_article(page)
    assert result.segments[0].paragraphs == ["有關演訓是年度計劃內的正常安排。"]
