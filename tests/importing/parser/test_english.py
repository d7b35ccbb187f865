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
