"""Failures of the round blind58, fixed for the genre after it was scored: each test is a
page of our own (invented names) of the same kind as a real one."""

from releases.importing.parser import parse_article


def test_deputies_a_report_lists_by_name_then_says_took_questions_are_speakers():
    page = "\n\n".join(
        [
            "开放的南湖 亮丽的名片",
            "——南湖代表团开放日侧记",
            "2031年03月09日 16:08 来源:南湖日报",
            "3月8日,南湖代表团在驻地举行全体会议,并对中外记者开放。40家中外媒体的近百名记者"
            "到会采访,刘明武、周建波、吴炜、李东强4位住湘全国人大代表接受中外记者集体采访。",
            "身为省发改委主任的刘明武代表率先向记者介绍了南湖60年来的巨大变化。",
            "会议审议中,袁桐山、丁秀峰等代表依次发言。",
        ]
    )
    people = {s.name: s for s in parse_article(page).speakers}
    assert set(people) == {"刘明武", "周建波", "吴炜", "李东强", "袁桐山", "丁秀峰"}
    assert (people["刘明武"].organisation, people["刘明武"].position) == ("省发改委", "主任")
    assert people["周建波"].position is None


def test_a_list_that_holds_no_name_gives_nobody():
    page = "\n\n".join(
        [
            "南湖代表团开放日侧记",
            "3月8日,南湖代表团举行全体会议。交通、教育、医疗等方面的代表依次发言,气氛热烈。",
        ]
    )
    assert parse_article(page).speakers == []


def test_an_information_office_spokeswoman_who_welcomes_and_hands_over_hosts():
    page = "\n\n".join(
        [
            "国务院新闻办就南湖产业发展情况举行发布会",
            "2031-03-03 09:04 来源: 新闻办网站",
            "国务院新闻办公室于2031年3月1日(星期一)上午10时举行新闻发布会,请南湖部部长肖明庆"
            "介绍南湖产业发展情况,并答记者问。",
            "国务院新闻办新闻局副局长、新闻发言人 寿小玲:",
            "女士们,先生们,大家上午好。欢迎出席国务院新闻办新闻发布会。今天我们非常高兴邀请到"
            "南湖部部长肖明庆先生,请他为大家介绍南湖产业发展情况,并回答大家感兴趣的问题。",
            "南湖部部长 肖明庆:",
            "各位记者朋友,大家上午好,感谢刚才主持人的介绍。我先向大家简要介绍一下情况。",
        ]
    )
    result = parse_article(page)
    roles = {s.name: s.role for s in result.speakers}
    assert roles == {"寿小玲": "host", "肖明庆": "speaker"}
    # Her opening words stay the first statement, under her name.
    assert [s.answerers for s in result.segments] == [["寿小玲"], ["肖明庆"]]


def test_a_spokesman_who_welcomes_and_then_announces_news_himself_is_no_host():
    page = "\n\n".join(
        [
            "南湖部举行例行新闻发布会",
            "南湖部新闻发言人 王小明:",
            "各位记者朋友,大家下午好。欢迎参加南湖部例行新闻发布会。首先,我向大家通报上月的"
            "工作情况。上月全省新增就业岗位12万个。",
            "记者:请问今年的目标是什么?",
            "王小明:今年的目标是新增就业岗位100万个。",
        ]
    )
    roles = {s.name: s.role for s in parse_article(page).speakers}
    assert roles == {"王小明": "speaker"}


def test_an_official_who_came_to_listen_is_no_speaker():
    page = "\n\n".join(
        [
            "核心提示:3月7日上午,南湖代表团举行全体会议,会议向中外媒体开放。",
            "3月7日上午,十三届全国人大二次会议南湖代表团举行全体会议,审查计划报告和预算报告。",
            "自治区党委书记、南湖代表团团长鹿明社,自治区党委副书记、自治区主席陈文武等参加审查,"
            "并回答记者提问。海关总署署长倪东峰,国家发改委、财政部有关同志到会听取意见。",
            "谈到南湖如何对接大湾区建设,鹿明社说,南湖将主动融入。",
        ]
    )
    names = {s.name for s in parse_article(page).speakers}
    assert "倪东峰" not in names
    assert {"鹿明社", "陈文武"} <= names


def test_a_ministers_full_text_under_a_briefing_by_headline_is_his_statement():
    lines = [
        "March 1, 2031",
        "Full text of press briefing by Honourable Minister of Information and Culture,"
        " Alhaji Musa Bello Monday 4 January 2031",
        "Full text of press briefing by Honourable Minister of Information and Culture,"
        " Alhaji Musa Bello Monday 4 January 2031",
        "Good morning gentlemen, and welcome to this press conference, our",
        "first this year.  In fact, it was meant to be the last for 2030, but",
        "it has now become the first for 2031. As you are aware, this press",
        "conference was scheduled for Tuesday, Dec. 29th 2030. However, we had",
        "to postpone it in order for me not to breach the Covid-19 protocols.",
        "2. Now that we are here, let me wish you all a Happy New Year. The",
        "year 2030 was a very challenging one for our country.",
    ]
    result = parse_article("\n\n".join(lines))
    assert [(s.name, s.position) for s in result.speakers] == [
        ("Musa Bello", "Minister of Information and Culture")
    ]
    [statement] = result.segments
    assert statement.question is None and statement.answerers == ["Musa Bello"]
    assert statement.paragraphs[0] == lines[3]
    assert len(statement.paragraphs) == len(lines) - 3
