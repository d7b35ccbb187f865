"""Failures of the round blind125 (eleven texts, scored blind once after blind123's
fixes, then fixed for the genre): each test is a page of our own of the same kind as a
real one."""

from releases.importing.parser import parse_article


def test_a_speech_archives_stamp_is_nobody():
    page = "\n\n".join(
        [
            "Ann Lee Press Conference Post Election",
            "delivered 14 November 2016, City Hall, Springfield",
            "AUTHENTICITY CERTIFIED: Text version below transcribed directly from audio Hello, "
            "everybody. Hello, hello. In a couple hours, I'll be departing on my final trip.",
        ]
    )
    assert "Authenticity Certified" not in [s.name for s in parse_article(page).speakers]


def test_a_sign_in_wall_and_a_newsletter_form_over_the_headline():
    page = "\n\n".join(
        [
            "Subscribe",
            "* indicates required",
            "To continue reading",
            "Create a free account or sign in to unlock more free articles.",
            "By continuing, you agree to the Terms of Service and acknowledge our Privacy Policy",
            "Mayor Delivers Last Press Conference Of The Year",
            "The mayor held his last press conference of the year on Friday and took questions.",
        ]
    )
    assert parse_article(page).title == "Mayor Delivers Last Press Conference Of The Year"
