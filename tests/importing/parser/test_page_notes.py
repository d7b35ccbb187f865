"""Small rules met on pages read for development: what is no title, no date, no name."""

import pytest

from releases.importing.parser import parse_article
from releases.importing.parser.meta import find_date
from releases.importing.parser.people import looks_like_name
from releases.importing.parser.residue import clean_title, not_a_title


def test_the_kind_of_a_page_is_no_title():
    assert not_a_title("• Transcript, E&OE")
    assert not not_a_title("Doorstop interview, Cairns")


def test_a_tables_empty_cells_after_a_headline_are_dropped():
    assert clean_title("江州市发言人名单公布 | ||||||||") == "江州市发言人名单公布"
    assert clean_title("发布会 | 江州") == "发布会 | 江州"


def test_a_page_field_label_before_the_headline_is_dropped():
    assert clean_title("標題:八十九年度新春記者會談話紀錄") == "八十九年度新春記者會談話紀錄"
    assert clean_title("标题:江州市新闻发布会") == "江州市新闻发布会"


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Period of Service: 02/09/2019 - 10/05/2023", None),
        ("2023-05-31", "2023-05-31"),
        ("(2016-3-1 15:55:59) 来源:江州日报", "2016-03-01"),
        ("2023.05.31.", "2023-05-31"),
    ],
)
def test_a_day_first_range_is_no_date(line, date):
    assert find_date(line) == date


@pytest.mark.parametrize("word", ["方面", "全体", "方案"])
def test_common_words_are_no_names(word):
    assert not looks_like_name(word)


def test_a_transcript_without_a_headline_has_no_title():
    text = (
        "• Transcript, E&OE\n\n"
        "KATE MORLAND: Thank you all for coming to Mackay today. The funding for the new "
        "hospital wing has been approved and construction will begin in March.\n\n"
        "JOURNALIST: Minister, when will the wing open?\n\n"
        "KATE MORLAND: We expect it to open to patients in late 2026."
    )
    result = parse_article(text)
    assert result.title == ""
    assert [s.answerers for s in result.segments] == [["Kate Morland"], ["Kate Morland"]]


def test_a_blog_indexs_date_glued_to_the_headline_is_dropped():
    assert clean_title("» Tuesday, March 4, 2008Lobby briefing") == "Lobby briefing"
    assert clean_title("March 4, 2008 Lobby briefing") == "March 4, 2008 Lobby briefing"


def test_a_sites_name_before_a_photographer_is_no_photographer():
    result = parse_article(
        "新闻办副主任陆安澜主持发布会\n"
        "市政府新闻办公室于3月6日召开新闻发布会,介绍春耕备耕情况。"
        "图为新闻办副主任陆安澜主持发布会。江南网 韩立 摄\n"
    )
    assert [(c.role, c.name) for c in result.credits] == [("摄", "韩立")]


def test_a_story_opening_with_a_quotation_has_no_headline():
    result = parse_article(
        "“We will keep the border checks in place for another month, and we will review them "
        "every week,” said Transport Minister Alan Ferrow.\n\n"
        "Mr Ferrow was speaking at the task force's press conference on Friday.\n"
    )
    assert result.title == ""


def test_a_hong_kong_print_page_without_headline_keeps_its_lead_as_lead():
    result = parse_article(
        "Following is a transcript of remarks by the Chief Secretary for Administration, "
        "Mr Victor Ho, at a media session today (May 4):\n"
        "Reporter: Will the scheme be extended?\n"
        "Chief Secretary for Administration: We will review it in the summer.\n"
    )
    assert result.title == ""
    assert result.lead.startswith("Following is a transcript")
    assert [s.answerers for s in result.segments] == [["Victor Ho"]]


def test_an_english_attachment_note_in_the_plural_is_no_part_of_the_title():
    title = "Transcript of remarks by CE at media session (with photos/videos)"
    assert clean_title(title) == "Transcript of remarks by CE at media session"
