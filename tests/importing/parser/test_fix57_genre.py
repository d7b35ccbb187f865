"""Failures of the round blind57, fixed for the genre after it was scored: each test is a
page of our own (invented names) of the same kind as a real one."""

from releases.importing.parser import parse_article


def _names(page: str) -> list[str]:
    return [s.name for s in parse_article(page).speakers]


def test_a_name_that_starts_with_yu_after_a_post_ending_in_zhuren():
    page = "\n\n".join(
        [
            "庆祝成立70周年南湖专场新闻发布会在北京举行",
            "20.07.2031  10:02",
            "19日上午,庆祝成立70周年南湖专场新闻发布会在北京举行。 南湖日报记者 张永明 摄",
            "  19日上午,国务院新闻办公室在北京举行庆祝成立70周年南湖专场新闻发布会,来自境内外媒体"
            "的89位记者参会。省委书记、省人大常委会主任于国伟作主题发布并回答记者提问。省委副书记、"
            "省长唐明杰,省委常委、常务副省长张南志回答有关提问。",
            "  于国伟在新闻发布时说,南湖清新美丽、山海相连。",
            "  于国伟说,南湖经济社会取得了巨大进步。",
        ]
    )
    people = {s.name: s.position for s in parse_article(page).speakers}
    assert set(people) == {"于国伟", "唐明杰", "张南志"}
    assert people["于国伟"].endswith("省人大常委会主任")


def test_deputies_by_post_and_name_who_said_something_in_a_report():
    page = "\n\n".join(
        [
            "南湖代表团全体会议对外开放",
            "3月6日,南湖代表团举行第三次全体会议,本次全体会议对境内外记者开放。",
            "11位代表首先进行了审议发言。南湖省副省长马秋山代表说,南湖要为全国先行探路;"
            "南湖康健集团有限公司董事长肖明代表说,要创新动能;南湖省经信委主任谢成志代表围绕"
            "“推进高质量发展”发言。",
        ]
    )
    assert set(_names(page)) == {"马秋山", "肖明", "谢成志"}


def test_the_last_name_of_a_list_before_deng_loses_it():
    page = "\n\n".join(
        [
            "南湖代表团开放日侧记",
            "随后,楼阳明、王凯文、何雄等3位代表回答记者提问,畅谈发展愿景。",
        ]
    )
    assert _names(page) == ["楼阳明", "王凯文", "何雄"]


def test_a_members_seat_in_a_participants_list_is_his_post():
    page = "\n".join(
        [
            "Press conference - Western Springs",
            "",
            "Transcript",
            "The Hon Adam Albury MP",
            "Prime Minister of Australia",
            "Anne Stone MP",
            "Member for Werrin",
            "Nathan Hayes MP",
            "New South Wales Member for Lepton",
            "",
            "ANNE STONE, MEMBER FOR WERRIN: Morning everybody, thank you for coming out.",
            "",
            "PRIME MINISTER: Thank you very much, Anne.",
        ]
    )
    people = {s.name: s.position for s in parse_article(page).speakers}
    assert people["Nathan Hayes"] == "New South Wales Member for Lepton"


def test_a_blog_posts_sidebar_heading_and_a_pull_quote_are_no_headline():
    blog = "\n\n".join(
        [
            "Most Popular",
            "Wednesday, 20 June 2031",
            "Kenyan president comments on new spokesperson's first press briefing",
            "Today the deputy government spokesperson had her first press briefing.",
        ]
    )
    assert parse_article(blog).title == (
        "Kenyan president comments on new spokesperson's first press briefing"
    )
    story = "\n".join(
        [
            "“That is not acceptable in a constitutional democracy. We have a free press and we"
            " get to ask questions. That’s our job, and your job is to answer them.”",
            "A tense media briefing in Tshwane called by Social Development Minister Thandi"
            " Mokoena to discuss grant payments ended with a journalist explaining why free"
            " press matters.",
            "Minister Mokoena says social assistance is a constitutional right.",
        ]
    )
    result = parse_article(story)
    assert result.title == ""
    assert [(s.name, s.position) for s in result.speakers] == [
        ("Thandi Mokoena", "Social Development Minister")
    ]
