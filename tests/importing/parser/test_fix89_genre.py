"""Failures of the round blind89 (scored blind once, then fixed for the genre): each test is
a page of our own of the same kind as a real one."""

from releases.importing.parser import parse_article


def test_a_governor_presents_the_officials_beside_him():
    page = "\n".join(
        [
            "Governor Paul Marsh",
            "TRANSCRIPT: June 30th, 2021 Coronavirus Briefing Media",
            "Governor Paul Marsh: Good afternoon, everybody. With me today, the woman on my "
            "right who needs no introduction, the Commissioner of the Department of Health, Judy "
            "Hale, to her right, another familiar face, the State’s Epidemiologist, Dr. Ann Tam. "
            "To my far left, the State Police Superintendent Colonel Pat Keane, and we will hear "
            "from him.",
            "Let me start with the numbers.",
        ]
    )
    result = parse_article(page)
    assert [(s.name, s.position) for s in result.speakers] == [
        ("Paul Marsh", "Governor"),
        ("Judy Hale", "Commissioner of the Department of Health"),
        ("Ann Tam", "State’s Epidemiologist"),
        ("Pat Keane", "State Police Superintendent"),
    ]


def test_a_label_with_initials_keeps_them_as_printed():
    page = "\n".join(
        [
            "Westland Governor J.B. Hale Coronavirus Briefing March 26",
            "Westland governor J.B. Hale provided a press briefing on March 26. Read the full "
            "transcript here.",
            "J.B. Hale: (00:00)",
            "Good afternoon. Today we have new numbers to share.",
        ]
    )
    result = parse_article(page)
    assert [s.name for s in result.speakers] == ["J.B. Hale"]
    assert result.segments[0].answerers == ["J.B. Hale"]


def test_thousands_set_apart_by_a_space_in_an_english_statement():
    page = "\n".join(
        [
            "POST-CABINET PRESS BRIEFING",
            "The nation is advised that cumulative cases stood at 247 336, with 241 160 recoveries "
            "and 5 466 deaths. The government received 60 000 doses of vaccine.",
        ]
    )
    result = parse_article(page)
    assert [(f.text, f.value) for f in result.figures] == [
        ("247 336", 247336),
        ("241 160 recoveries", 241160),
        ("5 466 deaths", 5466),
        ("60 000 doses", 60000),
    ]


def test_a_video_pages_description_of_a_briefing_is_no_headline():
    page = "\n".join(
        [
            "In a press briefing on Tuesday, Gov. Ann Hale (D-WL) highlighted recent fixes to the "
            "state's unemployment program including reduced wait times.",
            "00:00that work. Your commitment ensures that people get what they need",
            "00:04when they need it.",
        ]
    )
    assert not parse_article(page).title
