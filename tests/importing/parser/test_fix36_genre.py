"""blind36's failures, fixed for the genre: each test is a page of our own (invented names,
numbers and outlets) of the same kind as a real one."""

from releases.importing.parser import parse_article


def test_speech_to_text_labels_name_then_time_on_their_own_line():
    page = (
        "Logo - Unofficial Transcript\n"
        "Ruth Kermode 0:00\n"
        "Good afternoon, everyone, and thank you for joining us. Let me hand over to the "
        "minister for the numbers, Alan.\n"
        "Alan Quine 0:31\n"
        "Thank you, Chief Minister. The total number of tests now stands at 12,405.\n"
        "Ruth Kermode 1:02\n"
        "Thank you, Alan.\n"
    )
    result = parse_article(page)
    assert result.title != "Logo - Unofficial Transcript"
    assert [s.name for s in result.speakers] == ["Ruth Kermode", "Alan Quine"]
    assert [s.answerers for s in result.segments] == [
        ["Ruth Kermode"],
        ["Alan Quine"],
        ["Ruth Kermode"],
    ]
    assert "12,405" in {f.text for f in result.figures}


def test_journalists_labelled_by_name_and_station_ask_and_a_pulled_quote_is_no_answer():
    page = (
        "May 3, 2031\n\n"
        "I was worried because I think more effort went into counting the votes, rather than "
        "into reading the bills and really looking at the problems that I had pointed out to "
        "them in the various bills.\n\n"
        "Reporters (in order of appearance):\n\n"
        "ANN BOLT, KXYZ\n"
        "TOM REED, RIVER CITY TRIBUNE\n\n"
        "Transcript:\n\n"
        "ANN BOLT, KXYZ: Governor Hale, thanks for joining us today.\n\n"
        "GOVERNOR HALE: It's a pleasure.\n\n"
        "TOM REED, RIVER CITY TRIBUNE: Was the session more about you than the bills?\n\n"
        "GOVERNOR HALE: I think it was campaign season.\n"
    )
    result = parse_article(page)
    assert [s.name for s in result.speakers] == ["Hale"]
    assert [(s.question, s.answerers) for s in result.segments] == [
        ("Governor Hale, thanks for joining us today.", ["Hale"]),
        ("Was the session more about you than the bills?", ["Hale"]),
    ]
    assert result.body and result.body[0].startswith("I was worried")


def test_an_officials_name_and_post_label_is_no_journalists():
    page = (
        "Press briefing\n"
        "QUESTION: Is the review still going on?\n"
        "DANA FROST, CITY HALL PRESS SECRETARY: It is, and it will be finished next week.\n"
    )
    result = parse_article(page)
    assert result.segments[0].answerers == ["Dana Frost"]


def test_a_headline_over_its_url_dateline_under_menus_and_the_body_before_a_post():
    page = (
        "新闻 | 本市 | 民生 | 广电 | 体育 | 图事 | 理论 | 志愿 | 专题 | 工作室 | 不良信息举报\n"
        '"江云"客户端\n'
        "您当前的位置 :江南网 > 新闻中心 > 国内 > 国内要闻 正文\n"
        "最新新闻排行\n"
        "· 江南第四金!运动会选手摘金\n"
        "· 本市正式供暖\n"
        "卫生部部长张文林笑言:“来这里是安全的!”\n"
        "http://www.jiangnan.example  2004-05-06 21:09\n"
        "在6日召开的新闻发布会上,卫生部部长张文林郑重宣布:“在这里工作、生活都是安全的!”"
        "引起全场记者的笑声。\n"
        "出席这场新闻发布会的中外记者分外多。\n"
    )
    result = parse_article(page)
    assert result.title == "卫生部部长张文林笑言:“来这里是安全的!”"
    assert [(s.name, s.position, s.organisation) for s in result.speakers] == [
        ("张文林", "部长", "卫生部")
    ]


def test_a_live_text_page_on_one_line_with_time_stamps_is_the_hosts_opening():
    page = (
        "某某健康管理专注:视力健康,欢迎来电。续兰: 各位记者朋友,大家下午好。欢迎各位出席"
        "教育厅今天在江城举行的新闻发布会,这是今年的第8场。2030-10-29 15:30续兰: 今天我们"
        "来共同关注防控近视这项非常重要的工作,特别感谢各位记者朋友。2030-10-29 15:31续兰: "
        "关注教育新闻的记者朋友都知道,我们今年创新组织了系列发布采访活动。"
    )
    result = parse_article(page)
    assert [(s.name, s.role) for s in result.speakers] == [("续兰", "host")]
    assert len(result.segments) == 1
    assert result.segments[0].answerers == ["续兰"]
    assert len(result.segments[0].paragraphs) == 3
    assert not any("2030-10-29" in p for p in result.segments[0].paragraphs)


def test_an_english_transcript_copied_without_line_breaks():
    page = (
        "March 3, 2031Mayor Jane de Vries: I've been going around the city, getting a sense of "
        "what's going on out there. I've spent some time at the beach, inspecting the flood "
        "defences that have been put in place.Let me emphasize at the outset, the sanitation "
        "department is doing an extraordinary job. I want to thank the men and women of the "
        "department.Now, the fact is, the snow keeps coming down, between one and three "
        "inches per hour, depending on where you are in the city.I'll say again, the travel ban "
        "is in effect and the police will enforce it."
    )
    result = parse_article(page)
    assert [(s.name, s.position) for s in result.speakers] == [("Jane de Vries", "Mayor")]
    assert result.segments[0].answerers == ["Jane de Vries"]
    assert [p[:12] for p in result.segments[0].paragraphs] == [
        "I've been go",
        "Let me empha",
        "Now, the fac",
        "I'll say aga",
    ]


def test_a_wire_story_keeps_its_last_paragraph_with_the_editor_and_number_run_on():
    page = (
        "中央社\n"
        "(中央社記者林小春南城4日電)南城市政府今天晚間宣布,明天達停班停課標準,5日停止上班、停止上課。\n"
        "南城市長王秀英今天晚間於災害應變中心主持工作會報,她會後接受媒體聯訪時表示,風力達到"
        "颱風停班課標準,呼籲市民非必要不要外出。(編輯:陳協文)1121004\n"
        "新聞來源:中央社\n"
    )
    result = parse_article(page)
    assert result.title == ""
    assert any(p.startswith("南城市長王秀英今天晚間") for p in result.body)
    assert ("編輯", "陳協文") in {(c.role, c.name) for c in result.credits}
    assert [(s.name, s.position) for s in result.speakers] == [("王秀英", "南城市長")]


def test_a_participants_list_under_the_date_and_subjects_lines():
    page = "\n\n".join(
        [
            "19 August 2031",
            "Subjects: a new school building, road investments, the jobs summit, coal royalties",
            "Joint press conference, Hillside State High School, Queensland",
            "Joint press conference with",
            "The Hon Carl Dickens MP",
            "Queensland Treasurer",
            "The Hon Sandra Fenwick MP",
            "Queensland Attorney-General",
            "Amy Arden",
            "Acting Principal",
            "JAMES CHALK, TREASURER:",
            "I want to thank the state government for the investment in this school.",
        ]
    )
    result = parse_article(page)
    assert result.title == "Joint press conference, Hillside State High School, Queensland"
    assert {(s.name, s.position) for s in result.speakers} == {
        ("Carl Dickens", "Queensland Treasurer"),
        ("Sandra Fenwick", "Queensland Attorney-General"),
        ("Amy Arden", "Acting Principal"),
        ("James Chalk", "Treasurer"),
    }


def test_stories_naming_who_held_or_spoke_at_the_conference_they_report():
    held = parse_article(
        "Press gallery takes the premier to task\n"
        "Nearly a week since he was last seen, Premier Dan Ford staged a news conference this "
        "afternoon at the legislature.\n"
        "It was a subdued Ford who met reporters today to announce the new measures.\n"
    )
    assert [(s.name, s.position) for s in held.speakers] == [("Dan Ford", "Premier")]

    spoke = parse_article(
        "Daily health briefings to drop to two days a week\n"
        "The department has held daily briefings since the start of the crisis.\n"
        "Chief Medical Officer Dr Tony Hollis confirmed the change at last night's briefing, "
        "which was the last of its kind.\n"
    )
    assert [(s.name, s.position) for s in spoke.speakers] == [
        ("Tony Hollis", "Chief Medical Officer")
    ]
