"""Failures of the round blind112 (scored blind once after blind111, then fixed for the
genre): each test is a page of our own of the same kind as a real one."""

from releases.importing.parser import parse_article


def test_a_site_and_its_section_glued_to_the_headline():
    page = "\n\n".join(
        [
            "Westland Supports Growth",
            "WestReporter.comWestlandWestland Government Holds First Briefing in 3 Years",
            "Westland Government Holds First Briefing in 3 Years",
            "The government arranged the first journalists’ briefing in three years. Westland "
            "government spokesman Paul Andros stood on the podium on May 4 before journalists.",
            "The briefing took place at 12:30 pm, when Andros entered the room.",
        ]
    )
    release = parse_article(page)
    assert release.title == "Westland Government Holds First Briefing in 3 Years"
    assert [(s.name, s.position) for s in release.speakers] == [
        ("Paul Andros", "Westland government spokesman")
    ]


def test_a_storys_first_sentence_of_twenty_words_is_no_headline():
    page = "\n\n".join(
        [
            "A first formal briefing for the new government representative, within the House "
            "briefing room and without cameras, took place today in the capital.",
            "The spokesman made it clear that the needed measures will be taken today.",
        ]
    )
    assert parse_article(page).title in ("", None)
