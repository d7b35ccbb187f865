"""Failures of the round blind126 (sixteen texts, scored blind once after blind124's
fixes, then fixed for the genre): each test is a page of our own of the same kind as a
real one."""

from releases.importing.parser import parse_article


def test_a_full_name_with_accents_and_a_lower_case_post_label_a_turn():
    page = "\n\n".join(
        [
            "Press Conference Held on the Visit of the Prime Minister at the Ministry",
            "Jana Novotná, Government spokesperson: Good morning, ladies and gentlemen, welcome.",
            "Milan Dvořák, Prime Minister of the Republic: Good afternoon. I chose two ministers.",
        ]
    )
    speakers = {(s.name, s.position) for s in parse_article(page).speakers}
    assert speakers >= {
        ("Jana Novotná", "Government spokesperson"),
        ("Milan Dvořák", "Prime Minister of the Republic"),
    }


def test_thousands_in_words_and_a_former_ministers_banner():
    page = "\n\n".join(
        [
            "This content relates to a former minister",
            "Press conference about schools",
            "MINISTER: There are 105 thousand schools in the country.",
        ]
    )
    result = parse_article(page)
    assert result.title == "Press conference about schools"
    assert [(f.text, f.value) for f in result.figures] == [("105 thousand schools", 105000)]
