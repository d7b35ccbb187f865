"""Failures of the round blind131 (ten texts, scored blind once after blind130's fixes,
then fixed for the genre): each test is a page of our own of the same kind as a real
one."""

from releases.importing.parser import parse_article


def test_a_slogan_before_a_surname_is_no_given_name_and_caption_times_no_headings():
    page = "\n".join(
        [
            "President Hale's Press Conference",
            "President Hale's full press conference",
            "President:",
            "    Thank you very much.",
            "  • 0:07 - 0:11",
            '    I just wanted to begin by mentioning that the people say, "Never Hale." And',
            "  • 0:12 - 0:17",
            "    we are doing very well.",
        ]
    )
    result = parse_article(page)
    assert [s.name for s in result.speakers] == ["Hale"]
    assert all(not h[:1].isdigit() for s in result.segments for h in s.headings)
