"""Layouts of the nineteenth blind round, fixed for the genre: each test is a page of our
own (invented names, numbers and outlets) of the same kind as a real one."""

from releases.importing.parser import parse_article

UNIDENTIFIED_PAGE = """Joint press interaction of the Prime Ministers of Norland and Eastmark

UNIDENTIFIED: Distinguished guests, we welcome you to today's signing ceremony.

UNIDENTIFIED: This concludes the signing ceremony.

MR. TOMAS VALE: Thank you. We signed two agreements today on trade and on energy.

UNIDENTIFIED REPORTER: Will the trade talks start this year?

MR. TOMAS VALE: They start in June.
"""


def test_unidentified_label_is_nobody():
    result = parse_article(UNIDENTIFIED_PAGE)
    names = [s.name for s in result.speakers]
    assert not any("nidentified" in (n or "") for n in names), names
    assert "Tomas Vale" in names, names
    asked = [s for s in result.segments if s.question]
    assert asked and "trade talks" in asked[0].question
    for seg in result.segments:
        assert not any("nidentified" in (a or "") for a in seg.answerers), seg


SURNAME_LABEL_PAGE = """Ministry of Harbours

Diplomacy at Sea

Mara Quillon
Daily Press Briefing
Port Ellis
March 3, 2021

MS QUILLON: Good afternoon, everybody.

MS QUILLON: Just one thing at the top. The harbour reopens on Monday.

QUESTION: When does the ferry run again?

MS QUILLON: On Tuesday.
"""


def test_surname_label_takes_the_full_name_printed_on_the_page():
    result = parse_article(SURNAME_LABEL_PAGE)
    names = [s.name for s in result.speakers]
    assert names == ["Mara Quillon"], names


def test_surname_label_keeps_the_surname_when_no_full_name_is_printed():
    page = SURNAME_LABEL_PAGE.replace("Mara Quillon\n", "")
    names = [s.name for s in parse_article(page).speakers]
    assert names == ["Quillon"], names


def test_unidentified_remark_is_no_statement():
    result = parse_article(UNIDENTIFIED_PAGE)
    assert any("signing ceremony" in r for r in result.host_remarks), result.host_remarks
    for seg in result.segments:
        assert not any("signing ceremony" in p for p in seg.paragraphs), seg


DOORSTOP_PAGE = """Transcript of Minister for Trade Dr Ann Torvik's Doorstop Interview, 2 May

2 May 2022

Minister: Thanks for coming. I met Minister Halvard, Minister of Commerce of Eastmark.

Question: Will the trade deal be signed?

Minister: We hope so, by the end of the year.
"""


def test_bare_minister_label_is_the_headline_doorstop_minister():
    result = parse_article(DOORSTOP_PAGE)
    names = [s.name for s in result.speakers]
    assert names == ["Ann Torvik"], names
    assert all(seg.answerers == ["Ann Torvik"] for seg in result.segments), result.segments
