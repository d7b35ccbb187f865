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
