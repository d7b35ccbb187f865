"""Failures of the round blind103 (scored blind once, then fixed for the genre): each test is
a page of our own of the same kind as a real one."""

from releases.importing.parser import parse_article


def test_a_statement_opening_on_ladies_and_gentlemen_of_the_press_has_no_headline():
    page = "\n".join(
        [
            "Ladies and Gentlemen of the Press,",
            "I would like to first of all welcome you. Our people and I are very pleased to "
            "receive the President of the Republic on a State visit.",
            "We wish to place this visit under the banner of friendship, to which the presence of "
            "the President today bears eloquent testimony.",
        ]
    )
    release = parse_article(page)
    assert release.title in ("", None)
    assert len(release.segments) == 1
    assert release.segments[0].paragraphs[0] == "Ladies and Gentlemen of the Press,"
