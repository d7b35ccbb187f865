"""Layouts of the twentieth blind round, fixed for the genre: each test is a page of our
own (invented names, numbers and outlets) of the same kind as a real one."""

from releases.importing.parser import parse_article

SUBJECTS_PAGE = """3 March 2011

Doorstop Interview, Harbour Street Offices, Port Ellis

SUBJECTS: Rates, harbour funding, the ferry strike

JOURNALIST:

Will rates rise this month?

TREASURER:

I will not pre-empt the board. The economy is in good shape.

JOURNALIST:

And the ferry strike?

TREASURER:

Both sides should talk.
"""


def test_subjects_header_is_nobody():
    result = parse_article(SUBJECTS_PAGE)
    assert result.speakers == [], result.speakers
    asked = [s.question for s in result.segments]
    assert asked == ["Will rates rise this month?", "And the ferry strike?"], asked
    for seg in result.segments:
        assert seg.answerers == [], seg
    assert result.segments[0].paragraphs[0].startswith("I will not pre-empt"), result.segments


BACK_LINK_PAGE = """Back

Harbour board to stand down, Ports Office to take over ferry safety

The minister thanked all ferry crews.

Nora Pell | March 09, 2023, 10:12 AM

The Harbour Board will stand down on March 13, the Ports Office announced in a release.

The Ports Office will run ferry safety from then on, the release added.
"""


def test_back_link_is_no_title():
    result = parse_article(BACK_LINK_PAGE)
    assert result.title == (
        "Harbour board to stand down, Ports Office to take over ferry safety"
    ), result.title


FLASH_PAGE = """-記者會快訊  開展海港安全工作是長遠之計
新聞局
2023-10-14 21:07

就海港安全的工作,港務局局長林海明表示,海港很安全,開展海港安全工作是長遠之計,對市民有提示作用。
"""


def test_office_line_under_flash_headline_is_not_glued():
    result = parse_article(FLASH_PAGE)
    assert result.title == "記者會快訊 開展海港安全工作是長遠之計", result.title
