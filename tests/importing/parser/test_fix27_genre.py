"""blind27's failures, fixed for the genre: each test is a page of our own (invented names,
numbers and outlets) of the same kind as a real one."""

from releases.importing.parser import parse_article


def test_a_report_presided_over_by_a_spokesman_names_him_host_over_the_presenters():
    page = (
        "1月17日下午,东江市人民政府新闻办公室举行市政府民生主题记者会。市教委主任柯一鸣,"
        "市民政局局长宋晓出席记者会,介绍有关情况,并回答记者提问。"
        "记者会由市政府新闻办主任、市政府新闻发言人陈怡然主持。\n"
    )
    roles = {s.name: s.role for s in parse_article(page).speakers}
    assert roles == {"陈怡然": "host", "柯一鸣": "speaker", "宋晓": "speaker"}


def test_a_spokesman_who_presides_over_his_own_briefing_is_its_speaker():
    page = (
        "国台办2031年9月15日新闻发布会文字实录\n"
        "国务院台湾事务办公室今天上午举行例行新闻发布会。"
        "本次新闻发布会由国台办新闻局副局长、新闻发言人朱丽安主持。\n"
        "朱丽安:两个月没有和大家见面,欢迎大家来参加发布会。\n"
    )
    roles = {s.name: s.role for s in parse_article(page).speakers}
    assert roles == {"朱丽安": "speaker"}


def test_a_greeting_with_no_announcements_that_opens_the_floor_is_no_statement():
    page = (
        "Transcript of Weekly Media Briefing by Official Spokesperson (July 27, 2031)\n\n"
        "Official Spokesperson, Shri Ravi Menon: Very good afternoon to all of you and a very "
        "warm welcome over here. Delighted to see all of you here, all friends and "
        "camerapersons. Now I don’t have any announcements to make, so I am in your hands for "
        "questions that you may have.\n\n"
        "Question: Is the visit going ahead?\n\n"
        "Official Spokesperson, Shri Ravi Menon: Yes, as planned.\n"
    )
    result = parse_article(page)
    assert [s.question for s in result.segments] == ["Is the visit going ahead?"]


def test_a_greeting_with_no_announcements_but_a_statement_stays_a_statement():
    page = (
        "Transcript of Weekly Media Briefing by Official Spokesperson (July 27, 2031)\n\n"
        "Official Spokesperson, Shri Ravi Menon: Good afternoon. I don't have any announcements "
        "on travel, but the Minister will visit Nordland next week to sign two agreements.\n\n"
        "Question: Is the visit going ahead?\n\n"
        "Official Spokesperson, Shri Ravi Menon: Yes, as planned.\n"
    )
    result = parse_article(page)
    assert result.segments[0].question is None
    assert result.segments[0].answerers == ["Ravi Menon"]


def test_an_office_headline_with_a_word_before_the_interview_gives_the_post():
    page = (
        "TRANSCRIPT OF DEPUTY PRIME MINISTER ’S WRAP-UP INTERVIEW WITH MEDIA ON 18 APRIL 2031\n\n"
        "Q: “Could you give us an overview of your trip?”\n\n"
        "Mr Tan: “Well, let me start with the forum, which went very well.”\n"
    )
    assert [(s.name, s.position) for s in parse_article(page).speakers] == [
        ("Tan", "Deputy Prime Minister")
    ]


def test_a_gaggle_headline_names_both_briefers_before_where_it_was_held():
    page = (
        "Press Gaggle by Press Secretary Dana Whitfield and National Security Advisor Omar "
        "Haddad En Route Tokyo, Japan\n\n"
        "Aboard Air Force One\n\n"
        "MS. WHITFIELD: Hi, everybody. I just have a quick topper, and then we’ll have Omar.\n"
    )
    people = [(s.name, s.position) for s in parse_article(page).speakers]
    assert ("Omar Haddad", "National Security Advisor") in people
    assert ("Dana Whitfield", "Press Secretary") in people


def test_a_speakers_list_gives_names_and_posts_and_its_heading_is_nobody():
    page = (
        "This is the full text of the press conference held to present the response to the "
        "Independents.\n\n"
        "Transcript of the coalition leader’s press conference.\n\n"
        "SPEAKERS:\n\n"
        "- ALAN REED, Premier of Eastland\n\n"
        "- MARY McDONAGH, Deputy Premier, Minister for Agriculture\n\n"
        "ALAN REED: All right. Well, thank you very much. We are releasing our response today. "
        "[Read more…]\n"
    )
    result = parse_article(page)
    assert result.title == "Transcript of the coalition leader’s press conference."
    assert [(s.name, s.position) for s in result.speakers] == [
        ("Alan Reed", "Premier of Eastland"),
        ("Mary McDonagh", "Deputy Premier, Minister for Agriculture"),
    ]
    assert result.segments[0].paragraphs == [
        "All right. Well, thank you very much. We are releasing our response today."
    ]


def test_a_one_line_paste_keeps_the_paragraphs_its_spaces_mark():
    page = (
        "應國務院總理邀請,東洲共和國總理將於6月10日至12日對中國進行正式訪問。 "
        "問:據報道,七國集團首腦會議將把海上問題作為焦點議題。中方對此有何評論? "
        "答:我們注意到有關報道。關於會議可能的涉華議題,我昨天已經表明了立場。 "
        "關於其他議題,我們希望相關各方採取緩和局勢的措施。 "
        "問:東洲舉行總統選舉,中方對此有何評論? 答:我們尊重東洲人民的選擇。\n"
    )
    segments = parse_article(page).segments
    assert [s.question[:6] for s in segments] == ["據報道,七國", "東洲舉行總統"]
    assert segments[0].paragraphs == [
        "我們注意到有關報道。關於會議可能的涉華議題,我昨天已經表明了立場。",
        "關於其他議題,我們希望相關各方採取緩和局勢的措施。",
    ]
