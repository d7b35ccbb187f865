"""Failures of the round blind118 (sixteen texts, scored blind once after blind116's
fixes, then fixed for the genre): each test is a page of our own of the same kind as a
real one."""

from releases.importing.parser import parse_article


def test_an_offices_initials_are_no_name_and_a_post_over_a_bracketed_name_labels_a_turn():
    page = "\n\n".join(
        [
            "Deputy PM's Post-Cabinet Press Conference 13/5/19",
            "Acting Prime Minister Tama Rewi held Monday's post-cabinet press conference.",
            "13 May 2019",
            "Acting PM (Rt Hon Tama Rewi): Good afternoon. This will be a brief press conference.",
        ]
    )
    result = parse_article(page)
    assert [(s.name, s.position) for s in result.speakers] == [
        ("Tama Rewi", "Acting Prime Minister")
    ]
    assert [s.answerers for s in result.segments] == [["Tama Rewi"]]


def test_a_transcribers_note_where_nothing_is_given_is_residue():
    page = "\n\n".join(
        [
            "Prime Minister Press Conference Transcript June 29",
            "Prime Minister Ross Hale: (00:00)",
            "[foreign language 00:00:02].",
            "Hello everyone. Since the beginning of the crisis, we have been focused on you.",
        ]
    )
    result = parse_article(page)
    assert result.segments[0].paragraphs[0].startswith("Hello everyone.")


def test_a_sentence_case_headline_names_who_holds_the_conference_and_his_words_follow():
    page = "\n".join(
        [
            "Transcript - Prime Minister Hale holds a year-end news conference in the capital",
            "Prime Minister Hale holds a year-end news conference in the capital",
            "As we look back at the third year of our mandate, it's fair to say that we were busy.",
            "We put a price on pollution and moved forward with a plan for a clean economy.",
            "But that's not all.",
            "We secured 3.8 billion dollars in funding for education in Canada, for Canadians.",
        ]
    )
    result = parse_article(page)
    assert [(s.name, s.position) for s in result.speakers] == [("Hale", "Prime Minister")]
    assert [s.answerers for s in result.segments] == [["Hale"]]
    assert result.segments[0].paragraphs[0].startswith("As we look back")
    # dollars in words are the page's dollar, as $ would be
    assert [(f.text, f.unit) for f in result.figures] == [("3.8 billion dollars", "CAD")]
