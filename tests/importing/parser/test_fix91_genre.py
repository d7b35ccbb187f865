"""Failures of the round blind91 (scored blind once, then fixed for the genre): each test is
a page of our own of the same kind as a real one."""

from releases.importing.parser import parse_article


def test_a_breadcrumb_with_no_colon_is_no_headline():
    page = "\n".join(
        [
            "您的位置首页 青河资讯 资讯",
            "借力冰雪盛会 青河发力做大做强冰雪产业",
            "2024-01-10 09:00 来源:青河日报",
            "1月9日,青河市政府新闻办举行新闻发布会,市文化和旅游局局长王海介绍冰雪产业发展情况。",
        ]
    )
    assert parse_article(page).title == "借力冰雪盛会 青河发力做大做强冰雪产业"


def test_a_pages_date_lines_and_a_photo_caption_are_no_headlines():
    for first in (
        "• 4/3/2025",
        "May 3, 2025 – Westport, Westland",
        "Gov. Paul Hale at an afternoon press conference Thursday at the Fair.",
        "Follow us on:",
    ):
        page = "\n".join(
            [
                first,
                "Gov. Paul Hale pointed to the new mill as an example of the state's growth at his "
                "annual press conference at the County Fair.",
                '"They want to be a part of this economy," Hale said.',
            ]
        )
        result = parse_article(page)
        assert not result.title, first
        assert [(s.name, s.position) for s in result.speakers] == [("Paul Hale", "Governor")]


def test_kilovolts_are_counted():
    page = "\n".join(
        [
            "青河举行特高压输电工程新闻发布会",
            "市发展改革委主任李明介绍,青河至东海±800千伏特高压直流输电工程全线贯通。",
        ]
    )
    assert [(f.value, f.unit) for f in parse_article(page).figures] == [(800, "千伏")]


def test_a_video_description_with_the_officials_party_and_a_capitals_date_are_no_headlines():
    for first in (
        "Gov. Ann Hale (D-WL) holds a Team Westland update briefing.",
        "24 FEBRUARY 2021",
    ):
        page = "\n".join([first, "Governor Ann Hale: Good afternoon. We have new numbers today."])
        assert not parse_article(page).title, first
