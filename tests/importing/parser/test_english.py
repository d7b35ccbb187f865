import pytest

from releases.importing.parser.english import header_people, mentioned_people, post_and_name


def test_header_people_title_that_holds_a_briefing():
    line = "Pentagon Press Secretary Air Force Maj. Gen. Dana Whitfield Holds a Press Briefing"
    assert header_people(line) == [
        ("Dana Whitfield", "Pentagon Press Secretary Air Force Maj. Gen.")
    ]


def test_header_people_possessive_and_by():
    assert header_people("Foreign Ministry Spokesperson Lin Wei's Regular Press Conference") == [
        ("Lin Wei", "Foreign Ministry Spokesperson")
    ]
    assert header_people("Press Briefing by Press Secretary Alicia Moreno") == [
        ("Alicia Moreno", "Press Secretary")
    ]


@pytest.mark.parametrize(
    ("post", "line", "person"),
    [
        ("Prime Minister", "The Hon Thomas Reilly MP", ("Thomas Reilly", "Prime Minister")),
        ("Minister for Health", "Dr Anna Kemp", ("Anna Kemp", "Minister for Health")),
        ("Transcript", "Wednesday 12 June 2024", None),
        ("Prime Minister", "Press conference - Parliament House, Canberra", None),
    ],
)
def test_post_and_name_on_two_header_lines(post, line, person):
    assert post_and_name(post, line) == person


def test_mentioned_people_in_running_text():
    assert mentioned_people("I'm joined by the Treasurer, Jim Marsh.") == [
        ("Jim Marsh", "Treasurer")
    ]
    assert mentioned_people("Thanks, Danielle. Good afternoon, everybody.") == []


def test_a_noon_briefing_guest_announced_as_joining_is_introduced():
    from releases.importing.parser.english import joining_guests

    paragraph = (
        "Good afternoon.  In a short while, we will be joined by the Resident Coordinator for "
        "Chad, Anna Berg, who is joining us virtually from N'Djamena to brief."
    )
    assert joining_guests(paragraph) == [("Anna Berg", "Resident Coordinator for Chad")]
    assert joining_guests("We will be joined by friends, Anna Berg, who knows.") == []


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Army Major General Dana Holt, the acting surgeon general of the Army, said.",
            [("Dana Holt", "acting surgeon general of the Army")],
        ),
        ("We have Rear Admiral John Reed today.", [("John Reed", "")]),
    ],
)
def test_a_rank_is_no_post(paragraph, expected):
    assert mentioned_people(paragraph) == expected


def test_caps_label_with_post_and_full_name():
    from releases.importing.parser.english import caps_post_label

    assert caps_post_label("SECRETARY OF DEFENSE DR. MARK T. ESPER: Hello.")[:2] == (
        "Mark T. Esper",
        "Secretary of Defense",
    )
    assert caps_post_label("PRESS SECRETARY JOSH EARNEST: Hi.")[:2] == (
        "Josh Earnest",
        "Press Secretary",
    )
    assert caps_post_label("MADELEINE KING, MINISTER FOR RESOURCES: Welcome.")[:2] == (
        "Madeleine King",
        "Minister for Resources",
    )
    # An office alone, an office over a surname, an anonymous official: no full name here.
    for label in (
        "UNDER SECRETARY BASS: Yes.",
        "SENIOR ADMINISTRATION OFFICIAL: Yes.",
        "DEPUTY PRIME MINISTER: Yes.",
        "THE PRESIDENT: Yes.",
        "UNITED STATES DEPARTMENT: Yes.",
    ):
        assert caps_post_label(label) is None, label


def test_participants_listed_name_first():
    from releases.importing.parser.english import listed_people

    lines = [
        "Press conference Perth",
        "The Hon Ann Lowe MP",
        "Prime Minister",
        "The Hon Ben Carr MP",
        "Deputy Prime Minister",
        "Minister for Defence",
    ]
    assert listed_people(lines) == [
        ("Ann Lowe", "Prime Minister"),
        ("Ben Carr", "Deputy Prime Minister, Minister for Defence"),
    ]
    # Post over name: the other layout, read elsewhere.
    assert (
        listed_people(["Prime Minister", "The Hon Ann Lowe MP", "Treasurer", "The Hon Ben Carr MP"])
        == []
    )
    # A headline in two capitalised words is no member's name.
    assert listed_people(["Doorstop Interview", "Prime Minister"]) == []


def test_couple_and_photo_caption():
    from releases.importing.parser.english import couple_mentions
    from releases.importing.parser.residue import drop_photo_caption

    assert couple_mentions("On stage are Ron Nessen, James Brady and his wife Sarah Brady.") == [
        ("James Brady", "husband"),
        ("Sarah Brady", "wife"),
    ]
    text = (
        "President Harold J. Whitcomb greets volunteers in the Rose Garden on Tuesday. "
        "White House photo by Dana Fielding Thank you all for coming."
    )
    assert drop_photo_caption(text) == "Thank you all for coming."
    assert drop_photo_caption("We took a photo by the lake.") == "We took a photo by the lake."


def test_title_case_headline_names_nobody():
    assert mentioned_people("President Welcomes Volunteers to the Rose Garden") == []
    assert mentioned_people("Today President George W. Bush jokes with reporters.") == [
        ("George W. Bush", "President")
    ]


def test_a_story_names_the_briefer_by_surname_as_the_one_who_was_asked():
    from releases.importing.parser import parse_article

    text = (
        "Quiet questions at the first briefing for a new press corps\n\n"
        "The new press corps is officially in at the Pentagon.\n\n"
        "Torres’s boss, Pentagon top spokesman Dale Brennan, held only two briefings.\n\n"
        "Torres was asked whether the department would take legal action.\n\n"
        "“We will look at all options,” she said.\n"
    )
    result = parse_article(text)
    assert [(s.name, s.position) for s in result.speakers] == [("Torres", None)]


def test_the_briefer_asked_takes_the_full_name_the_story_prints():
    from releases.importing.parser import parse_article

    text = (
        "Questions at the briefing\n\n"
        "Press secretary Anna Torres held her first briefing on Tuesday.\n\n"
        "Torres was asked whether the department would take legal action.\n"
    )
    result = parse_article(text)
    assert [s.name for s in result.speakers] == ["Anna Torres"]


def test_two_people_asked_in_a_story_name_nobody():
    from releases.importing.parser import parse_article

    text = (
        "Questions at the briefing\n\n"
        "Torres was asked about the budget.\n\n"
        "Later Brennan was asked about the strikes.\n"
    )
    assert parse_article(text).speakers == []


def test_a_briefer_announcing_who_speaks_next_names_a_speaker():
    from releases.importing.parser import parse_article

    text = (
        "DoD News Briefing with Assistant Secretary Lund from the Pentagon\n\n"
        "MR. LUND: Good morning. My name is Eric Lund.\n\n"
        "And then speaking on behalf of the Navy, Admiral Okafor will speak, and then we'll "
        "take your questions.\n\n"
        "Q Thank you. When will the report be out?\n\n"
        "MR. LUND: Next week.\n"
    )
    names = [s.name for s in parse_article(text).speakers]
    assert "Okafor" in names


def test_a_president_who_will_speak_elsewhere_is_no_speaker():
    from releases.importing.parser import parse_article

    text = (
        "Press Briefing by the Press Secretary\n\n"
        "MS. LANE: Good afternoon. Tomorrow the President will speak in Ohio, and then "
        "Secretary Blinken will travel to Paris.\n\n"
        "Q When does he leave?\n\n"
        "MS. LANE: In the morning.\n"
    )
    names = [s.name for s in parse_article(text).speakers]
    assert "Blinken" not in names and not any("President" in n for n in names)


def test_with_that_and_a_reporters_first_name_gives_the_floor():
    from releases.importing.parser import parse_article

    text = (
        "State Department Press Briefing\n\n"
        "Mark Lund (00:00):\n\n"
        "Afternoon, everyone. Let me start with one announcement.\n\n"
        "(00:12)\n"
        "Today we are imposing visa restrictions on officials of the regime.\n\n"
        "(00:40)\n"
        "With that, Aaron?\n\n"
        "Aaron (00:42):\n\n"
        "What do the restrictions cover?\n\n"
        "Mark Lund (00:45):\n\n"
        "Travel to the United States.\n"
    )
    result = parse_article(text)
    opening = result.segments[0]
    assert opening.question is None
    assert not any("With that" in p for p in opening.paragraphs)
    assert any("With that" in p for p in result.host_remarks)


def test_an_office_to_come_and_an_abbreviated_office_as_labels():
    from releases.importing.parser import parse_article

    text = (
        "Transcript of remarks by Chief Executive-elect\n\n"
        "Following is a transcript of remarks by the Chief Executive-elect, Mrs Alice Wong, "
        "and the Director of the Chief Executive-elect's Office, Mr Lam Ka-fai, at a media "
        "session this morning (May 4):\n\n"
        "Chief Executive-elect: I'll say a few words and then I'll invite Mr Lam to speak.\n\n"
        "Director of the CEEO: First of all, I would like to thank Mrs Wong for her trust.\n\n"
        "Reporter: When will the team be announced?\n\n"
        "Chief Executive-elect: In due course.\n"
    )
    result = parse_article(text)
    assert [s.answerers for s in result.segments] == [
        ["Alice Wong"],
        ["Lam Ka-fai"],
        ["Alice Wong"],
    ]


def test_a_first_name_label_is_the_official_the_header_names_in_full():
    from releases.importing.parser import parse_article

    text = (
        "Press Briefing by Press Secretary Dana Whitfield 3/20/23 Transcript\n\n"
        "Dana (00:09):\n\n"
        "Good afternoon. I have one thing at the top before your questions.\n\n"
        "Marcus Bell (00:40):\n\n"
        "Thanks, Dana. Good afternoon.\n\n"
        "Dana (01:12):\n\n"
        "Okay, let's take questions.\n\n"
        "Tom (01:20):\n\n"
        "Will the President travel this week?\n\n"
        "Dana (01:25):\n\n"
        "Not this week.\n"
    )
    result = parse_article(text)
    names = [s.name for s in result.speakers]
    assert "Dana Whitfield" in names and "Tom" not in names
    assert result.segments[-1].question == "Will the President travel this week?"
    assert result.segments[-1].answerers == ["Dana Whitfield"]


def test_a_transcript_printed_as_one_paragraph_is_cut_into_its_turns():
    from releases.importing.parser import parse_article

    text = (
        "Department Press Briefing – February 26, 2024\n\n"
        "HomeDepartment Press Briefing – February 26, 2024 February 26, 2024 1:20 p.m. EST "
        "MR LUND: Good afternoon, everyone. Happy Monday. Matt, you want to start us off? "
        "QUESTION: You have nothing to say at the top? MR LUND: Not today. QUESTION: Nothing "
        "about NATO? MR LUND: We welcome the vote.  Q  And the timing? MR LUND: Soon.\n"
    )
    result = parse_article(text)
    assert [s.question for s in result.segments] == [
        None,
        "You have nothing to say at the top?",
        "Nothing about NATO?",
        "And the timing?",
    ]
    assert all(s.answerers == ["Lund"] for s in result.segments)


def test_a_guest_joining_named_before_the_post():
    from releases.importing.parser import parse_article

    text = (
        "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n\n"
        "The following is a near-verbatim transcript of today’s noon briefing by Anna Berg, "
        "Spokesperson for the Secretary-General.\n\n"
        "We are starting off with our guest today, and I am very pleased to be joined by Tomas "
        "Reyes, who is here as the Head of the Treaty Section, and he is here to give the "
        "annual update.\n"
    )
    people = {s.name: s.position for s in parse_article(text).speakers}
    assert people["Tomas Reyes"] == "Head of the Treaty Section"


def test_a_defense_transcript_headline_under_the_agency_lines():
    from releases.importing.parser import parse_article

    text = (
        "U.S. Department of Defense\n"
        "Office of the Assistant Secretary of Defense (Public Affairs)\n"
        "News Transcript\n\n"
        "Presenter: Pentagon Press Secretary Paul Reyes September 20, 2007\n\n"
        "DoD News Briefing with Press Secretary Paul Reyes from the Pentagon, Arlington, Va.\n\n"
        "MR. REYES: Good afternoon. Thank you all for coming today.\n\n"
        "Q Is the secretary travelling?\n\n"
        "MR. REYES: Yes.\n\n"
        "Q When?\n\n"
        "MR. REYES: Dana.\n\n"
        "Q On Iran, what did he say?\n\n"
        "MR. REYES: Nothing new.\n"
    )
    result = parse_article(text)
    assert result.title.startswith("DoD News Briefing with Press Secretary Paul Reyes")
    assert result.published == "2007-09-20"
    answered = [(s.question, s.paragraphs) for s in result.segments]
    assert ("Is the secretary travelling?", ["Yes."]) in answered
    assert ("When?", []) in answered  # Dana.: the floor to the next reporter
    assert ("On Iran, what did he say?", ["Nothing new."]) in answered


def test_a_blog_transcript_mark_with_the_time():
    from releases.importing.parser import parse_article

    text = (
        "President Impromptu Presser Departing White House – (Video and Transcript)…\n\n"
        "Chopper pressers are the best pressers.  President Trump delivers remarks to media.\n\n"
        "[Transcript] 5:51 P.M. EDT – THE PRESIDENT: Okay, so I’m heading to Pennsylvania.\n\n"
        "Q Why now?\n\n"
        "THE PRESIDENT: Because it is time.\n"
    )
    result = parse_article(text)
    assert result.segments[0].paragraphs == ["Okay, so I’m heading to Pennsylvania."]
    assert result.segments[0].answerers == ["Trump"]


def test_a_reprints_advertising_lines_between_turns_are_residue():
    from releases.importing.parser import parse_article

    text = (
        "State Dept. Daily Press Briefing December 1, 2006\n\n"
        "12:41 p.m. EST\n\n"
        "MR. LANE: Good afternoon, everyone. No opening statements today.\n\n"
        "Advertisement - scroll to continue reading\n\n"
        "Are you getting our free newsletter?\n\n"
        "Subscribe to Kiwi's 'The Catch Up' our free weekly newsletter sent every Monday.\n\n"
        "QUESTION: What about Beirut?\n\n"
        "MR. LANE: We are watching closely.\n"
    )
    result = parse_article(text)
    assert result.segments[0].paragraphs == [
        "Good afternoon, everyone. No opening statements today."
    ]


def test_one_lower_case_word_is_no_english_title():
    from releases.importing.parser.residue import not_a_title

    assert not_a_title("pressnotes")
    assert not not_a_title("Press Briefing by the Deputy Spokesperson")


def test_a_count_alone_before_a_relative_clause():
    from releases.importing.parser.english import english_figures

    found = english_figures(
        "The total number is about 450 that would be eligible to leave.", 0, 10, "USD"
    )
    assert [(f.text, f.unit, f.label) for f in found] == [("450", "", "total number")]
    assert english_figures("It was about 10 that night.", 0, 10, "USD") == []


def test_listed_people_name_over_a_portfolio_line():
    from releases.importing.parser.english import listed_people

    lines = ["Daily Press Briefing", "Ellen Marsh", "Director, Press Office", "Washington, DC"]
    assert listed_people(lines) == [("Ellen Marsh", "Director, Press Office")]
    # A bare name over a plain post (no portfolio after a comma) stays as before.
    assert listed_people(["Briefing", "Ellen Marsh", "Spokesperson"]) == []
    # Minister, Ministerial Services is a post line, never Name, Post.
    assert header_people("Minister, Ministerial Services") == []


def test_a_count_of_those_just_counted():
    from releases.importing.parser.english import english_figures

    found = english_figures(
        "Among those tested, 58 persons were swabbed, 17 of those tested positive.", 0, 10, "USD"
    )
    assert [(f.text, f.unit) for f in found] == [("58 persons", "persons"), ("17", "")]
    # Under ten, a year, or not after a comma or a sentence's end: no count.
    for text in (
        "Then, 3 of them came.",
        "In 2012 of those who asked, most agreed.",
        "Route 66 of those roads.",
    ):
        assert english_figures(text, 0, 10, "USD") == []


def test_an_event_over_its_subject_is_no_person():
    # A doorstop's headline over its subject: Name, Post in shape only.
    assert header_people("Doorstop Interview, Ministerial Reshuffle") == []
    assert header_people("Press Conference, Ministerial Statement") == []
    assert header_people("Ellen Marsh, Minister for Trade") == [
        ("Ellen Marsh", "Minister for Trade")
    ]


def test_a_count_of_people_after_two_words():
    from releases.importing.parser.english import english_figures

    found = english_figures(
        "More than 14,000 regional health workers have joined the drive.", 0, 10, "USD"
    )
    assert [(f.text, f.unit) for f in found] == [("14,000 regional health workers", "workers")]
    # Not a noun of people: not reached over two words.
    found = english_figures("Some 12,000 national park visits were logged.", 0, 10, "USD")
    assert [f.unit for f in found] == ["national"]


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("MR. McCLELLAN", "McClellan"),
        ("MR. MCCORMACK", "McCormack"),
        ("MacDONALD", "MacDonald"),
        ("MS. O'BRIEN", "O'Brien"),
        ("DeSANTIS", "DeSantis"),
        ("JEAN-PIERRE", "Jean-Pierre"),
        ("MR. MACK", "Mack"),
        ("SECRETARY KERRY", "Kerry"),
    ],
)
def test_capitals_label_keeps_name_case(label, name):
    # A capitals label is a name in capitals: Mc, Mac and O' keep their case, and a
    # prefix printed in mixed case is kept as printed.
    from releases.importing.parser.english import english_display

    assert english_display(label) == name


def test_header_people_long_name_remarks_and_presenter():
    line = (
        "The following is a near-verbatim transcript of today’s noon briefing by Mariela Cruz "
        "Alvarado, Associate Spokesperson for the Secretary-General."
    )
    assert header_people(line) == [
        ("Mariela Cruz Alvarado", "Associate Spokesperson for the Secretary-General")
    ]
    line = "Opening Remarks by Minister Lim Boon Keat at the Press Conference by the Taskforce"
    assert header_people(line) == [("Lim Boon Keat", "Minister")]
    line = "Presenter: Pentagon Press Secretary Daniel Whitcombe"
    assert header_people(line) == [("Daniel Whitcombe", "Pentagon Press Secretary")]


def test_header_people_from_a_photo_caption_with_its_credit():
    line = (
        "Ilse Marchetti, Chief Spokesperson of the Commission during the midday press "
        "briefing | Tom Verhaegen/EC — Audiovisual Service"
    )
    assert header_people(line) == [("Ilse Marchetti", "Chief Spokesperson of the Commission")]
