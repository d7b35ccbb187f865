"""Failures of the round blind92 (the last round, scored blind once, then fixed for the
genre): each test is a page of our own of the same kind as a real one."""

from releases.importing.parser import parse_article


def test_a_date_and_time_line_and_a_summary_sentence_are_no_headlines():
    for first in (
        "February 24 2021 2:52pm",
        "Today, Premier Hale and Dr Tam held a press conference to discuss COVID-19. Here is "
        "the summary:",
    ):
        page = "\n".join([first, "Premier Hale: Good afternoon. We have 12 new cases today."])
        assert not parse_article(page).title, first


def test_a_premier_here_with_a_minister_named_after_his_post():
    page = "\n".join(
        [
            "Press conference, Westport",
            "JOHN HALE, PREMIER OF WESTLAND: Thank you for joining us. I’m very pleased this "
            "morning to be here with the Federal Minister for the Environment, Murray Tait. We are "
            "finalising the summer plan.",
        ]
    )
    result = parse_article(page)
    assert ("Murray Tait", "Federal Minister for the Environment") in [
        (s.name, s.position) for s in result.speakers
    ]


def test_a_story_quotes_a_deputy_first_minister_after_a_comma():
    page = "\n".join(
        [
            "Leaders resume joint press conferences",
            "The First and Deputy First ministers resumed joint press conferences on Thursday. "
            "Deputy First Minister Maria O’Dowd was asked about the funeral.",
            "Asked about it at the briefing, Ms O’Dowd said “I do accept the public anger.”",
        ]
    )
    result = parse_article(page)
    assert [(s.name, s.position) for s in result.speakers] == [
        ("Maria O’Dowd", "Deputy First Minister")
    ]


def test_rarer_surnames_of_a_regions_leaders():
    page = "\n".join(
        [
            "寧夏回族自治區在京舉行新聞發布會",
            "6月8日,國務院新聞辦公室舉行新聞發布會,寧夏回族自治區黨委副書記、自治區主席鹹明,"
            "自治區常務副主席張超然介紹有關情況,並答記者問。省委宣傳部副部長騫進才主持。",
        ]
    )
    names = {s.name for s in parse_article(page).speakers}
    assert {"鹹明", "張超然", "騫進才"} <= names


def test_a_banner_and_a_date_and_time_over_the_headline():
    page = "\n".join(
        [
            "coronavirus livestream",
            "February 24 2021 2:52pm",
            "Coronavirus: Westland’s new premier says he’s a ‘science guy’",
            "In his first COVID-19 briefing as premier, John Hale said that he trusts science.",
        ]
    )
    assert (
        parse_article(page).title == "Coronavirus: Westland’s new premier says he’s a ‘science guy’"
    )


def test_a_story_on_a_premiers_press_conference_by_office_and_surname():
    page = "\n".join(
        [
            "Vaccines are coming ... a few of the themes for Premier Hale's Wednesday Press "
            "conference",
            "The Premier provided some thoughts on the COVID-19 front today, hosting his first "
            "press conference since expanded measures.",
        ]
    )
    assert [(s.name, s.position) for s in parse_article(page).speakers] == [("Hale", "Premier")]
