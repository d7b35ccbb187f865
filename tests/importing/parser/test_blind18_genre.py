"""Layouts of the eighteenth blind round, fixed for the genre: each test is a page of our
own (invented names, numbers and outlets) of the same kind as a real one."""

from releases.importing.parser import parse_article

FOR_THE_SPOKESMAN_PAGE = (
    "据《东岸日报》报道,北京时间3月4日下午,某省人大会议新闻发布会在省会举行。"
    "对于省人大会议新闻发言人来说,这次发布会“人气”较高,中外记者提问也不限于人大工作。\n"
    """

问:今年的立法计划有哪些重点?

答:今年将审议9部地方性法规。
"""
)


def test_laishuo_after_a_post_is_no_name():
    result = parse_article(FOR_THE_SPOKESMAN_PAGE)
    names = [s.name for s in result.speakers]
    assert "来说" not in names, names


ONE_PARAGRAPH_ITEM = (
    "今早9:00河西防疫應變中心舉行記者會,指揮官周文彬針對某週刊報導「中心已購得20萬劑疫苗」"
    "一內容嚴正否認,然下午3:00中心仍要召開臨時記者會,是否疫情又有變化?"
    "記者會現場將提供直播,將由指揮官周文彬親自說明。\n"
)


def test_one_paragraph_item_has_no_headline_and_names_the_commander():
    result = parse_article(ONE_PARAGRAPH_ITEM)
    assert result.title == ""
    assert [(s.name, s.organisation, s.position) for s in result.speakers] == [
        ("周文彬", "河西防疫應變中心", "指揮官")
    ]


VIDEO_PAGE = """Catch the Harbor Authority in action.

Harbor Authority Leaders Hold News Conference

  • April 2, 2024 | 21:14

Officials of the Harbor Authority brief reporters on the new pier schedule.
"""


def test_a_video_sites_tagline_is_not_the_title():
    result = parse_article(VIDEO_PAGE)
    assert result.title == "Harbor Authority Leaders Hold News Conference"


EMPTY_LABEL_PAGE = (
    ": Thank you, Treasurer. The housing plan leans on the states again. "
    "How will you get them to sign up this time?\n"
    "MARCUS HALE, TREASURER: We will sit down with every one of them, "
    "and the money follows the homes.\n"
)


def test_an_empty_label_at_the_top_asks_and_is_not_the_title():
    result = parse_article(EMPTY_LABEL_PAGE)
    assert result.title == ""
    assert result.segments[0].question.startswith("Thank you, Treasurer.")
    assert result.segments[0].asker is None
    assert result.segments[0].answerers == ["Marcus Hale"]
