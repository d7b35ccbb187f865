"""Failures of the round blind88 (scored blind once, then fixed for the genre): each test is
a page of our own of the same kind as a real one."""

from releases.importing.parser import parse_article
from releases.importing.parser.people import split_position


def test_a_deputy_head_of_two_bodies_keeps_the_posts_whole():
    assert split_position("青河市委宣传部常务副部长、市文明城市创建办公室主任") == (
        None,
        "青河市委宣传部常务副部长、市文明城市创建办公室主任",
    )


def test_a_video_pages_description_and_a_byline_are_no_headlines():
    described = "\n".join(
        [
            "• last year",
            "On Tuesday, Gov. Ann Hale (R-WL) held an administrative update briefing.",
            "Governor Ann Hale: Hello, everyone. It's Wednesday, May the 8th.",
        ]
    )
    assert not parse_article(described).title
    signed = "\n".join(
        [
            "By Jean Mugisha",
            "This Sunday, the President of Westland Paul Karenzi was a guest of the national "
            "broadcaster. On its cameras, Paul Karenzi held a press conference, interrupted by two "
            "breaks.",
            "In the beginning, Paul Karenzi spoke about the pandemic.",
        ]
    )
    result = parse_article(signed)
    assert not result.title
    assert [(s.name, s.position) for s in result.speakers] == [
        ("Paul Karenzi", "President of Westland")
    ]


def test_the_hosts_office_and_name_over_the_welcome_label_her_turn():
    page = "\n".join(
        [
            "【实录】青河市发展成就系列新闻发布会(生态文明建设专场)",
            "时间:2026-01-07 16:59:51 来源:青河发布",
            "12月26日上午,青河市人民政府新闻办公室举行发展成就系列新闻发布会第二场。",
            "青河市委宣传部、市政府新闻办 冯晓",
            "各位媒体朋友:",
            "大家上午好!欢迎出席市政府新闻办新闻发布会。",
            "首先,请市林草局王局长介绍我市林草工作成效。",
        ]
    )
    result = parse_article(page)
    host = result.speakers[0]
    assert (host.name, host.role, host.organisation, host.position) == (
        "冯晓",
        "host",
        None,
        "青河市委宣传部、市政府新闻办",
    )
    assert result.segments[0].answerers == ["冯晓"]
    assert result.segments[0].paragraphs[0] == "各位媒体朋友:"
