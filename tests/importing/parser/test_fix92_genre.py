"""Failures of the round blind92 (the last round, scored blind once, then fixed for the
genre): each test is a page of our own of the same kind as a real one."""

from releases.importing.parser import parse_article


def test_a_date_and_time_line_and_a_summary_sentence_are_no_headlines():
    for first in (
        "February 24 2021 2:52pm",
        "Today, Premier Hale and Dr Tam held a press conference to discuss COVID-19. Here is "
        "the summary:",
    ):
        page = "\n".join([first, "Premier Hale: Good afternoon. We have 12 new cases today."])
        assert not parse_article(page).title, first
