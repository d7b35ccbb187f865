"""Failures of the round blind104 (scored blind once, then fixed for the genre): each test is
a page of our own of the same kind as a real one."""

from releases.importing.parser import parse_article


def test_a_title_of_honour_as_a_label_names_nobody():
    page = "\n".join(
        [
            "Questions and answers at the press conference on the coronavirus",
            "Reporter: I have two questions. Has the Royal Government prepared any fund for this "
            "period?",
            "Samdech Techo: Thank you for your questions. I do not disclose how much, but I would "
            "assure you the Royal Government would spend what it takes.",
        ]
    )
    release = parse_article(page)
    assert "Samdech Techo" not in [s.name for s in release.speakers]
    assert all(not s.answerers for s in release.segments)
    assert any("Royal Government would spend" in p for s in release.segments for p in s.paragraphs)


def test_a_governments_section_name_is_no_headline():
    page = "\n".join(
        [
            "Interviews and press conferences",
            "Prime Minister Nikol Pashyan's press conference took place",
            "12.03.2024",
            "Nikol Pashyan: Good afternoon, dear journalists. Let's start the press conference.",
        ]
    )
    assert parse_article(page).title == "Prime Minister Nikol Pashyan's press conference took place"


def test_the_spokespeople_a_report_lists_between_semicolons_with_lower_case_posts():
    page = "\n".join(
        [
            "Ministry officials deflect questions in marathon briefing",
            "A 5.5-hour Interior Ministry press conference reviewed recent raids against forced "
            "labor. Six spokespeople took turns behind a lectern, giving long speeches before "
            "taking questions. The spokespeople were Interior Ministry spokesman Khieu Sopheak; "
            "National Police spokesman Chhay Kimkhan; and government spokesman Phay Siphon.",
        ]
    )
    assert [(s.name, s.position) for s in parse_article(page).speakers] == [
        ("Khieu Sopheak", "Interior Ministry spokesman"),
        ("Chhay Kimkhan", "National Police spokesman"),
        ("Phay Siphon", "government spokesman"),
    ]
