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


def test_a_prime_ministers_name_line_over_her_statement_opens_it_no_lead():
    page = "\n\n".join(
        [
            "PM press conference with Taoiseach Jan Borg: 19 June 2017",
            "Prime Minister Anne Carver held a press conference with the Eastland Taoiseach Jan "
            "Borg after talks in the capital.",
            "Image of Prime Minister Anne Carver with Taoiseach Jan Borg",
            "PM press conference with Taoiseach Jan Borgg",
            "Prime Minister Anne Carver",
            "I would like to extend a warm welcome to Jan Borg to the capital today for the first "
            "time and offer my congratulations on his appointment as Taoiseach.",
            "The unique relationship shared between our two countries is one of friendship, close "
            "cooperation and a deep sense of shared endeavour, bound by common values and "
            "generations of family links between our people, and we have discussed today how to "
            "take it further in the years to come.",
            "We have discussed a range of issues today, including trade and security, and we "
            "agreed that our officials will meet again in the autumn to take this work forward.",
        ]
    )
    release = parse_article(page)
    assert release.lead in ("", None)
    assert [(s.answerers, s.paragraphs[0][:20]) for s in release.segments] == [
        (["Anne Carver"], "I would like to exte")
    ]
