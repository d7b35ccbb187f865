"""blind39's wrong people, fixed for the genre: each test is a page of our own (invented
names, numbers and places) of the same kind as a real one."""

from releases.importing.parser import parse_article


def test_a_newspapers_dateline_place_in_capitals_is_nobodys_label():
    page = "\n\n".join(
        [
            "date 2031-12-06 LAKEPORT: Chief Minister Ravi Menon on Friday tackled questions on"
            " a wide range of issues at a meet-the-press organised by the Lakeport Press Club."
            " Edited excerpts:",
            "Will the election outcome be an evaluation of the government's performance?",
            "The evaluation of my government happens every day, through people's lives.",
        ]
    )
    result = parse_article(page)
    assert "Lakeport" not in [s.name for s in result.speakers]
    assert result.title == ""


def test_an_official_the_report_says_stayed_away_is_no_speaker():
    page = "\n\n".join(
        [
            "南湖县府首开记者会县长却未现身",
            "南湖县政府今天首度召开记者会说明救灾进度,但县长林美华也没出席,只有研考处长代表发言。"
            "记者会开始后仍不见林美华,现场媒体质疑县长去哪了。",
        ]
    )
    assert [s.name for s in parse_article(page).speakers] == []


def test_top_officials_in_a_police_report_are_no_name():
    page = "\n\n".join(
        [
            "【警方记者会】警首认用过期催泪弹",
            "警方记者会由警队副处长陈国明联同四名警队高层主持,传媒提出多项公众关注的提问,包括"
            "过期催泪弹、少女受伤及元朗事件。",
        ]
    )
    assert "高层" not in [s.name for s in parse_article(page).speakers]


def test_a_taiwan_records_post_between_surname_and_given_name_in_traditional_characters():
    page = "\n\n".join(
        [
            "跳到主要內容區塊",
            "林總統中外記者會答問實錄",
            "林總統志遠先生今天上午在台北賓館舉行就任後第一次中外記者會,就大家所關心的議題回答"
            "記者提問。",
            "貳、總統致詞:",
            "各位記者朋友,大家早安。新政府成立到今天剛好滿一個月。",
        ]
    )
    result = parse_article(page)
    assert [(s.name, s.position) for s in result.speakers] == [("林志遠", "總統")]


def test_a_ministrys_media_update_names_the_official_who_gave_it():
    page = "\n\n".join(
        [
            "COVID-19 media update, 29 June",
            "News article",
            "29 June 2031",
            "The Director-General of Health, Dr Mary Tane, provided an update to the media today"
            " at 1.00 pm.",
            "Today there are two new cases detected at the border.",
            "Questions from journalists.",
        ]
    )
    result = parse_article(page)
    assert [(s.name, s.position) for s in result.speakers] == [
        ("Mary Tane", "Director-General of Health")
    ]
