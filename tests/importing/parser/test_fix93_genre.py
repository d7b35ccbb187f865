"""Failures of the round blind93 (the last round, scored blind once, then fixed for the
genre): each test is a page of our own of the same kind as a real one."""

from releases.importing.parser import parse_article


def test_units_named_before_their_members_are_no_person():
    page = "\n".join(
        [
            "青河市召开安全生产工作新闻发布会",
            "5月10日,青河市政府新闻办召开新闻发布会。市能源局、市住建局等13家市安委会主要成员"
            "单位参加发布会。市应急管理局局长吴学明介绍有关情况。",
        ]
    )
    names = [s.name for s in parse_article(page).speakers]
    assert "单位" not in names and "单位参" not in names
    assert "吴学明" in names


def test_a_story_names_its_minister_post_first_between_commas():
    page = "\n".join(
        [
            "Connect with us",
            "Politics",
            "Cabinet Agrees To Extend School Feeding Scheme To All Districts – Minister Okello",
            "By Grace Namara",
            "On Tuesday, the weekly Cabinet meeting was held at State House. The Minister of "
            "Information and Communications, Dr. Peter Okello, has this morning addressed the "
            "press about the decisions of the meeting.",
            "The Minister said the scheme will reach 1.2 million pupils next year.",
        ]
    )
    release = parse_article(page)
    assert [(s.name, s.position) for s in release.speakers] == [
        ("Peter Okello", "Minister of Information and Communications")
    ]
    assert release.title == (
        "Cabinet Agrees To Extend School Feeding Scheme To All Districts – Minister Okello"
    )


def test_a_press_secretary_with_a_possessive_and_esquire_held_the_briefing():
    page = "\n".join(
        [
            "Press Secretary Holds First Briefing Of The Year",
            "Freetown, Monday 8 January 2024 – The Republic’s Press Secretary, Amadu Kamara Esq., "
            "has held the first of the weekly State House Press Briefings, which aim at informing "
            "the public.",
            "The session brought together editors and station managers.",
        ]
    )
    assert [(s.name, s.position) for s in parse_article(page).speakers] == [
        ("Amadu Kamara", "Press Secretary")
    ]


def test_officials_a_report_says_presented_are_speakers_further_down():
    page = "\n".join(
        [
            "青河市举行庆祝建市四十周年专场新闻发布会",
            "9月12日,青河市举行专场新闻发布会。",
            "发布会介绍了青河市四十年来的发展成就。",
            "青河市位于省境东部,总面积1.2万平方公里。",
            "近年来,青河市经济总量连续跨越新台阶。",
            "会上,青河市委书记周明远作了主题为“奋进四十年”的专场发布。",
            "青河市委副书记、市长韩立新围绕“产业强市”这一主题介绍了相关情况。",
            "副市长孙海涛向到会的各路记者介绍了青河市文旅融合发展情况。",
        ]
    )
    names = [s.name for s in parse_article(page).speakers]
    assert names == ["周明远", "韩立新", "孙海涛"]
