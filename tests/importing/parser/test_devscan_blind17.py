"""Slips seen in a development scan after the seventeenth blind round, fixed for the genre:
each test is a page of our own (invented names, numbers and outlets) of the same kind as a
real one."""

from releases.importing.parser import parse_article

TAG_AFTER_DATE = """ date 2025-06-11 快讯

晨江日报／ 记者 孙立言／省城即时报导
省台办发言人林清远主持例行新闻发布会。（图／取自直播画面）
省台办新任发言人林清远11日主持例行新闻发布会，就两岸青年交流活动回答记者提问。林清远表示，今年暑期将举办32场青年交流活动。

林清远还说，欢迎更多青年朋友参加。
"""


def test_a_tag_word_after_the_page_date_is_no_headline():
    result = parse_article(TAG_AFTER_DATE)
    assert result.title == ""
    assert [s.name for s in result.speakers] == ["林清远"]


def test_a_headline_that_says_more_than_a_tag_stays():
    result = parse_article(
        TAG_AFTER_DATE.replace(" 快讯", " 快讯\n\n省台办：暑期举办32场青年交流活动")
    )
    assert "32场" in (result.title or "")
