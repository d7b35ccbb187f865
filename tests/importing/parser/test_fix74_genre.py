"""Failures of the round blind74 (the last blind round scored), fixed for the genre after
it was scored: each test is a page of our own of the same kind as a real one."""

from releases.importing.parser import parse_article


def test_a_blog_on_a_governors_weekly_news_conference_names_him_not_he():
    page = "\n\n".join(
        [
            "Governor Tom Brandt usually holds a news conference once a week, on Mondays, but he "
            "was away yesterday. He briefed reporters on the trip this morning, then answered "
            "questions on a range of issues.",
            "AUDIO of Brandt’s news conference.",
            "Recent Comments",
        ]
    )
    result = parse_article(page)
    assert [(s.name, s.position) for s in result.speakers] == [("Tom Brandt", "Governor")]


def test_the_host_announces_the_news_himself_under_his_label_twice():
    page = "\n".join(
        [
            "应急管理部2031年7月例行新闻发布会",
            "文字实录",
            "主持人 应急管理部新闻发言人、新闻宣传司司长 申立新:",
            "各位记者朋友,大家上午好!欢迎参加应急管理部新闻发布会。",
            "按照惯例,我先向大家通报上半年全国自然灾害和安全生产形势。",
            "主持人 申立新:",
            "一、上半年自然灾害形势",
            "上半年,各种自然灾害共造成3914.3万人次受灾,因灾死亡失踪178人。",
        ]
    )
    result = parse_article(page)
    [statement] = result.segments
    assert statement.answerers == ["申立新"]
    assert statement.headings == ["一、上半年自然灾害形势"]
    assert statement.paragraphs[-1].startswith("上半年,各种自然灾害")
    assert {f.segment for f in result.figures} == {0}


def test_a_governors_office_and_surname_label_alone_over_his_remarks():
    page = "\n".join(
        [
            "Transcript: Remarks from Governor Ann Walsh's Weekly Press Conference",
            "Montpelier – At his weekly press conference today, Governor Ann Walsh addressed "
            "areas of agreement with the Legislature.",
            "A transcript of opening remarks from Governor Walsh can be found below.",
            "Governor Walsh:",
            "Good afternoon and thanks for being here.",
            "As you know, over the last few weeks I have been critical of the Legislature.",
            "But today I want to point out a few areas where we agree.",
        ]
    )
    result = parse_article(page)
    assert [s.name for s in result.speakers] == ["Ann Walsh"]
    [statement] = result.segments
    assert statement.answerers == ["Ann Walsh"]
    assert statement.paragraphs[0] == "Good afternoon and thanks for being here."
