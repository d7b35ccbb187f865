"""Failures of the round blind63, fixed for the genre after it was scored: each test is a
page of our own of the same kind as a real one."""

from releases.importing.parser import parse_article


def test_a_rush_transcript_note_and_the_briefers_thanks_are_no_headline():
    page = "\n\n".join(
        [
            "[This is a rush transcript. This copy may not be in its final form and may be"
            " updated]",
            "Thank you for joining us for the Weekly Briefing.",
            "I will begin by sharing our condolences at the accident off the coast, in which"
            " twelve of our nationals are among the 104 survivors.",
        ]
    )
    result = parse_article(page)
    assert result.title == ""
    assert all("rush transcript" not in p for p in result.body)
