"""Failures of the round blind56 (the session's last), fixed for the genre after it was
scored: each test is a page of our own (invented names) of the same kind as a real one."""

from releases.importing.parser import parse_article


def test_an_e_papers_contact_lines_are_no_headline():
    page = "\n\n".join(
        [
            "第02版:",
            "联系方式",
            "办公室 :38166899",
            "总编室 :38166811",
            "网 站 :38166855",
            "南湖省委“这十年·南湖”主题新闻发布会举行",
            "(上接01版)南湖省委书记王明在发布会上介绍,十年来全省交通实现跨越发展。",
        ]
    )
    assert parse_article(page).title == "南湖省委“这十年·南湖”主题新闻发布会举行"


# A story on a First Minister's press conference, ending in his words in quotes.
FIRST_MINISTERS_SPEECH = "\n\n".join(
    [
        "First Minister's press conference speech in full as the path out of lockdown is confirmed",
        "The end of almost all restrictions next month will not be a free-for-all, Mark Dray"
        " has stated.",
        "This is everything Mr Dray said in his address:",
        '"Good afternoon.',
        '"Thank you for joining me today as we complete the latest three-week review."',
    ]
)


def test_everything_the_minister_said_under_a_line_by_surname():
    result = parse_article(FIRST_MINISTERS_SPEECH)
    assert [s.name for s in result.speakers] == ["Mark Dray"]
    [segment] = result.segments
    assert segment.answerers == ["Mark Dray"]
    assert segment.paragraphs[0] == '"Good afternoon.'


def test_a_spokesmans_greeting_that_hands_over_to_the_moderator_is_no_statement():
    page = "\n\n".join(
        [
            "Transcript of Virtual Weekly Media Briefing by the Official Spokesperson (July 08,"
            " 2031)",
            "July 08, 2031",
            "Shri Arun Bagga, Official Spokesperson: A very Good evening to all of you. Welcome to"
            " this week's Media briefing. I'll hand over to Yash to take us through the questions.",
            'Shri Yash Patel, OSD (PR): Sir, Dhara from Sputnik has asked, "Could you please'
            " share some details about the Minister's stopover yesterday?\"",
            "Shri Arun Bagga, Official Spokesperson: Thank you Yash. As you know, the Minister left"
            " for a visit yesterday.",
        ]
    )
    result = parse_article(page)
    assert [(s.question is not None, s.answerers) for s in result.segments] == [
        (True, ["Arun Bagga"])
    ]


def test_the_post_a_headline_gives_the_press_conferences_one_official():
    assert [(s.name, s.position) for s in parse_article(FIRST_MINISTERS_SPEECH).speakers] == [
        ("Mark Dray", "First Minister")
    ]
