"""Failures of the round blind86 (scored blind once, then fixed for the genre): each test is
a page of our own of the same kind as a real one."""

from releases.importing.parser import parse_article


def test_summary_points_of_a_ministers_briefing_honourable_and_mp():
    page = "\n".join(
        [
            "TAKEAWAYS FROM THE MINISTRY OF INFORMATION PRESS BRIEFING",
            "Today the Minister of Information and Media and Chief Government Spokesperson Hon. "
            "Peter Banda, MP held a press briefing at which a number of issues were discussed.",
            "Here are the highlights:",
            "• He dismissed as fake a video circulating on social media.",
        ]
    )
    result = parse_article(page)
    assert [(s.name, s.position) for s in result.speakers] == [
        ("Peter Banda", "Minister of Information and Media and Chief Government Spokesperson")
    ]


def test_a_state_sites_transcript_with_chevron_labels():
    page = "\n".join(
        [
            "May 29, 2020 10:30 AM Press Conference Transcript",
            "Video source: State Public Television (May 29, 2020, 10:30 AM)",
            "Governor Hale >> Good morning, everyone. This has been a difficult week.",
            "Reporter >> Governor, will the curfew hold?",
            "Governor Hale >> It will.",
        ]
    )
    result = parse_article(page)
    assert [(s.name, s.position) for s in result.speakers] == [("Hale", "Governor")]
    assert (
        result.segments[0].paragraphs[0]
        == "Good morning, everyone. This has been a difficult week."
    )
    assert [s.answerers for s in result.segments] == [["Hale"], ["Hale"]]


def test_a_report_leaves_out_those_who_only_attended_and_keeps_those_who_spoke():
    page = "\n".join(
        [
            "7月17日下午,“四季青山 相约夏天”发布会在某省江城市举行。市委书记柳云出席。市委常委、"
            "宣传部部长叶建明主持活动,市政协党组成员、机关党组书记胡建林参加。",
            "江城市副市长汪元成,江城市文化和旅游局二级巡视员张宏远等受邀参加。",
            "汪元成代表江城市委市政府向发布会召开表示祝贺。他说,两地山水人脉紧密相连。",
        ]
    )
    result = parse_article(page)
    assert [(s.name, s.role, s.position) for s in result.speakers] == [
        ("叶建明", "host", "市委常委、宣传部部长"),
        ("汪元成", "speaker", "江城市副市长"),
    ]


def test_a_governors_post_with_the_place_the_blurb_gives():
    page = "\n".join(
        [
            "Gov. Ann Hale Press Conference on the Floods",
            "Westland Governor Ann Hale held a news briefing on the floods. Read the full press "
            "conference transcript here.",
            "Governor Ann Hale: (00:00)",
            "Good afternoon. The water is going down.",
        ]
    )
    result = parse_article(page)
    assert [(s.name, s.position) for s in result.speakers] == [("Ann Hale", "Westland Governor")]


def test_quarters_in_a_row_are_counted_in_quarters():
    page = "\n".join(
        [
            "江城举行经济运行情况新闻发布会",
            "江城市统计局局长王明介绍,全市GDP增速连续10个季度保持全省第一。",
        ]
    )
    result = parse_article(page)
    assert [(f.value, f.unit) for f in result.figures] == [(10, "个季度")]
