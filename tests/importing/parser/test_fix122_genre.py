"""Failures of the round blind122 (fourteen texts, scored blind once after blind121's
fixes, then fixed for the genre): each test is a page of our own of the same kind as a
real one."""

from releases.importing.parser import parse_article


def test_an_office_in_the_plural_is_nobodys_name():
    page = "\n\n".join(
        [
            "Mayor Holds Weekly Press Conference",
            "On Tuesday, the Mayor Dana Ruiz held a weekly press conference with Deputy Mayors.",
            "MAYOR RUIZ: Good morning, everybody. Thank you for joining us.",
        ]
    )
    names = [s.name for s in parse_article(page).speakers]
    assert "Mayors" not in names
