"""Failures of the round blind51, fixed for the genre after it was scored: each test is a
page of our own (invented names and numbers) of the same kind as a real one."""

from releases.importing.parser import parse_article


def test_a_headline_set_over_two_lines_the_press_conference_on_the_second():
    page = "\n".join(
        [
            "EN",
            "https://www.example.gov/",
            "",
            "新聞辦就2031年1-2月份",
            "南湖經濟運行情況舉行發佈會",
            "",
            "2031-03-14 12:28 來源: 南湖網",
            "",
            "南湖新聞辦公室于2031年3月14日上午10時舉行新聞發佈會,請南湖統計局新聞發言人毛明勇"
            "介紹1-2月份經濟運行情況,並答記者問。",
        ]
    )
    # kept in the script printed
    assert parse_article(page).title == "新聞辦就2031年1-2月份南湖經濟運行情況舉行發佈會"


def test_a_sites_home_link_site_map_and_a_papers_page_line_are_no_headline():
    spam = "\n\n".join(
        [
            "杏林娱乐首页",
            "杏林娱乐网站xml地图",
            "南湖统计局局长宁吉明:前两个月南湖经济运行开局总体向好",
            "作者:lanke 时间:2031-03-13 07:36:54 点击:6888",
            "3月12日,南湖人大会议举行第三次全体会议。南湖统计局局长宁吉明在“部长通道”接受采访。",
        ]
    )
    assert parse_article(spam).title == "南湖统计局局长宁吉明:前两个月南湖经济运行开局总体向好"
    paper = "\n\n".join(
        [
            "第06版:同心奋进新时代·特别报道",
            "首场记者招待会,这些回答很干脆",
            "《 南湖政协报 》 ( 2031年10月18日   第 06 版)",
            "本报记者 崔明",
            "17日上午举行的首场记者招待会上,南湖发展和改革委员会党组成员、副主任赵明,南湖能源局"
            "党组成员、副局长任东三位代表,向中外记者介绍了有关情况,并回答了记者提问。",
        ]
    )
    result = parse_article(paper)
    assert result.title == "首场记者招待会,这些回答很干脆"
    assert [s.name for s in result.speakers] == ["赵明", "任东"]


def test_a_spokesperson_presents_the_guests_by_body_name_and_title():
    page = "\n\n".join(
        [
            "南湖交通厅政府网站",
            "2031年南湖交通厅第一次例行新闻发布会(文字实录)",
            "主题: 2031年第一次例行新闻发布会",
            "时间: 2031-01-19 14:00",
            "文字实录",
            "【南湖交通厅新闻发言人 徐成明】1-19 14:02:00",
            "女士们、先生们,新闻媒体的朋友们:",
            "大家上午好!欢迎参加今天的新闻发布会,这是今年第一次例行新闻发布会。",
            "今天新闻发布会主要通报两方面内容。今天和我一起出席发布会的嘉宾分别是:南湖交通厅运输"
            "服务处王平巡视员,南湖海上搜救中心卓力副主任。",
            "下面我先介绍第一项内容。",
        ]
    )
    result = parse_article(page)
    people = [(s.name, s.position, s.organisation) for s in result.speakers]
    assert people == [
        ("徐成明", "新闻发言人", "南湖交通厅"),
        ("王平", "巡视员", "南湖交通厅运输服务处"),
        ("卓力", "副主任", "南湖海上搜救中心"),
    ]
    assert result.segments[0].paragraphs[0] == "女士们、先生们,新闻媒体的朋友们:"


def test_the_officials_a_governor_says_join_her_with_their_posts_after_the_names():
    page = "\n\n".join(
        [
            "Aug 19, 2031",
            "Lakeland Governor Anne Whitby Press Conference Transcript August 19",
            "Transcribe Your Own Content",
            "Anne Whitby: (05:40)",
            "Good afternoon. It is Wednesday, August 19th. I am joined today, of course, by Dr."
            " Jane Kaldor, our chief medical executive, Senator Winnie Brooks, and Dr. Lea Roby,"
            " superintendent of the Grand Rapids public schools. I'm so grateful that they could"
            " all join me today.",
            "Today, we are here to talk about funding for schools.",
        ]
    )
    result = parse_article(page)
    assert [(s.name, s.position) for s in result.speakers] == [
        ("Anne Whitby", "Lakeland Governor"),
        ("Jane Kaldor", "chief medical executive"),
        ("Winnie Brooks", "Senator"),
        ("Lea Roby", "superintendent of the Grand Rapids public schools"),
    ]


def test_a_headlines_short_form_of_a_name_is_the_labelled_speaker_once():
    page = "\n\n".join(
        [
            "Department of Defense Press Briefing by Secretary Ash Morton and General Lee Dane in"
            " the Pentagon Briefing Room",
            "SECRETARY OF DEFENSE ASHTON MORTON: Well, good afternoon. Welcome.",
            "Tomorrow, it'll be almost two months since I took the oath of office.",
        ]
    )
    names = [s.name for s in parse_article(page).speakers]
    assert "Ashton Morton" in names
    assert "Ash Morton" not in names


def test_two_who_hold_a_news_conference_and_a_live_streams_captions_in_capitals():
    page = "\n\n".join(
        [
            "Mark Ember and Joseph Dunn hold news conference at the Pentagon, live stream",
            "Mark Ember and Joseph Dunn hold news conference at the Pentagon, live stream",
            "LEADERS, TIME AND AGAIN THEY EMPHASIZE THE NEED FOR THE UNITED STATES TO CONTINUE TO"
            " SHOW LEADERSHIP THROUGHOUT THE REGION. WE WILL CONTINUE TO EXPAND OUR DEFENSE"
            " ACTIVITIES THROUGHOUT THE REGION, IN CLOSE COOPERATION WITH OUR ALLIES AND PARTNERS."
            " I WILL TRAVEL TO EUROPE TO MEET WITH SOME OF OUR ALLIES TO DISCUSS OUR POSTURE IN"
            " EUROPE AND OUR ONGOING EFFORTS TO DETER AGGRESSION.",
        ]
    )
    result = parse_article(page)
    assert [s.name for s in result.speakers] == ["Mark Ember", "Joseph Dunn"]
    assert [s.answerers for s in result.segments] == [["Mark Ember"]]


def test_a_premier_by_post_and_surname_provides_an_update_in_the_first_person():
    page = "\n\n".join(
        [
            "Premier Hale provides a COVID-19 update | August 14",
            "Well good afternoon. I had a great day in windsor essex yesterday. Businesses. Are"
            " opening their doors. People, are going back to work. And i know many people across"
            " the province. Are getting back to normal.",
        ]
    )
    result = parse_article(page)
    assert [(s.name, s.position) for s in result.speakers] == [("Hale", "Premier")]
    assert [s.answerers for s in result.segments] == [["Hale"]]


def test_a_news_storys_quoted_remarks_under_who_said_them():
    page = "\n".join(
        [
            "News story: Foreign Secretary and US Secretary of State press conference",
            "",
            "Ministry of Defence said:",
            "Speaking at the press conference today in London, Foreign Secretary Will Hale said:",
            "“It is a great honour to welcome the Secretary of State to London today.",
            "“Secretary Kerr, we are delighted that you chose the United Kingdom as your first"
            " destination overseas.",
        ]
    )
    result = parse_article(page)
    assert [(s.name, s.position) for s in result.speakers] == [("Will Hale", "Foreign Secretary")]
    [segment] = result.segments
    assert segment.answerers == ["Will Hale"]
    assert (
        segment.paragraphs[0]
        == "“It is a great honour to welcome the Secretary of State to London today."
    )
