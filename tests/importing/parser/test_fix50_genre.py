"""Failures of the rounds blind48 to blind50, fixed for the genre after they were scored:
each test is a page of our own (invented names and numbers) of the same kind as a real one."""

from releases.importing.parser import parse_article


def test_a_spam_mirrors_advert_over_the_copy_is_no_headline():
    page = "\n".join(
        [
            "👥南湖网页登录入口👪",
            "“南湖故事不是孤立的,而是人类故事的重要篇章。”",
            "会后,更多意犹未尽的中外记者在场内相互攀谈。",
            "南湖网页登录入口历时约90分钟,本场记者会临近尾声,主持人将最后的提问机会给了一位外国记者。",
        ]
    )
    result = parse_article(page)
    assert result.title == ""
    # the paragraph the advert was injected into is the story's, and stays
    assert any(p.startswith("南湖网页登录入口历时约90分钟") for p in result.body)


def test_a_menu_that_starts_with_the_sites_home_is_no_headline():
    page = "\n\n".join(
        [
            "无码好片_激情影院_高清在线观看,最新精品,在线不卡",
            "南湖网首页 时政 国际 财经 高层 理论 论坛 思客 房产 军事 港澳 图片 视频",
            "提升生态文明,建设美丽南湖",
            "时间:9月29日14:30 地点:南湖新闻中心",
            "南湖环境厅厅长李干明、副厅长黄润明出席新闻发布会,介绍有关情况并回答记者提问。",
        ]
    )
    assert parse_article(page).title == "提升生态文明,建设美丽南湖"


def test_a_recording_pages_title_in_brackets_is_the_headline():
    page = "\n".join(
        [
            "[Press Conference: “Police Update on Internal Review”]",
            "[00:00:20]",
            "UH, I WANNA FIRST, UH, SAY AGAIN, I APOLOGIZE TO VICTIMS AND THEIR FAMILIES.",
            "THIS IS NOT THE SERVICE THEY DESERVE.",
        ]
    )
    assert parse_article(page).title == "Press Conference: “Police Update on Internal Review”"


def test_a_video_pages_upload_age_is_no_headline():
    page = "\n\n".join(
        [
            "• last year",
            "Governor Pat Hale Holds Press Briefing On Flood Recovery",
            "GOVERNOR HALE: Good morning, everyone. Thank you all for being here today.",
            "We have made real progress this week on the roads.",
        ]
    )
    assert parse_article(page).title == "Governor Pat Hale Holds Press Briefing On Flood Recovery"


def test_a_transcription_services_labels_broken_after_the_bracket():
    page = (
        "Pat Lane: (\n02:06) [French 00:00:05]. Pat Lane: (\n02:11) As we start to reopen, we"
        " announced a $9-billion plan to help students get through the crisis. Pat Lane: (\n"
        "02:37) We're creating 500 green jobs for young people. Pat Lane: (\n04:52) We also"
        " talked about the new app."
    )
    result = parse_article(page)
    assert result.title == ""
    assert [s.answerers for s in result.segments] == [["Pat Lane"]]
    assert not any("Pat Lane:" in p for p in result.segments[0].paragraphs)
    assert ("$9-billion", 9_000_000_000) in {(f.text, f.value) for f in result.figures}


def test_a_transcript_copied_without_its_labels_gives_the_officials_words_a_segment():
    page = "\n".join(
        [
            "女士们、先生们,大家下午好!欢迎出席南湖新闻办新闻发布会。今天我们邀请到南湖农业厅副厅长"
            "麦尔江·木提先生,请他向大家介绍上半年农业经济运行情况,并回答大家关心的问题。出席今天"
            "发布会的还有:南湖农业厅发展规划处处长陈邦明先生。",
            "现在,我们先请麦尔江先生作介绍。",
            "2031-07-17 15:00:34",
            "新闻媒体的各位朋友,女士们、先生们,大家下午好!在此,我向大家介绍上半年农业经济运行情况。",
            "今年以来,各级农业部门全力以赴抓好粮食稳产保供。",
        ]
    )
    result = parse_article(page)
    assert [s.answerers for s in result.segments] == [["麦尔江·木提"]]
    assert result.segments[0].paragraphs[-1] == "今年以来,各级农业部门全力以赴抓好粮食稳产保供。"
    assert result.host_remarks[0].startswith("女士们、先生们")


def test_pinyin_inserted_without_tones_and_repeated_is_read_past():
    page = "\n".join(
        [
            "南(nan)湖(hu)召開(kai)新(xin)聞發布會(hui)",
            "今天(tian)上午,南(nan)湖農(nong)(nong)(nong)業(ye)(ye)廳副(fu)廳長(chang)(chang)王樂(le)明先生(sheng)出席"
            "新聞發布會(hui),介紹(shao)有關情況并回答(da)記者提問。",
        ]
    )
    result = parse_article(page)
    # read without the pinyin, kept as printed
    assert [s.name for s in result.speakers] == ["王樂(le)明"]


def test_a_day_before_a_video_pages_description_is_nobody():
    page = "\n".join(
        [
            "On Tuesday, State Department Spokesperson Pat Miller held a press briefing.",
            "Fuel your success with Forbes. Gain unlimited access to premium journalism, including"
            " breaking news and more:",
            "Stay Connected",
            "Forbes on Facebook: http://fb.com/forbes",
            "Forbes Video on Twitter: http://www.twitter.com/forbes",
            "More From Forbes: http://forbes.com",
            "Category",
            "NewsTranscript",
            "00:00Good afternoon, everybody. I have a few things at the top today.",
            "00:05First, the Secretary travels to Brussels tomorrow for meetings with allies.",
        ]
    )
    result = parse_article(page)
    assert [(s.name, s.position) for s in result.speakers] == [
        ("Pat Miller", "State Department Spokesperson")
    ]
    assert not any("Forbes" in p for s in result.segments for p in s.paragraphs)


def test_a_governor_abbreviated_with_party_and_state_held_the_briefing():
    page = "\n\n".join(
        [
            "Gov. Pat Justin (R-WV) and members of his administration held a press briefing.",
            "00:00Hello, everyone. Sorry, we've had a little bit of technical issues and everything"
            " here,",
            "00:05but it's Thursday, July the 11th, and thank you for being with us. And we're"
            " going to",
            "00:10go through a bunch of stuff today, and the first thing is the flooding.",
            "00:15You know, I've said over and over that we will be there for every county.",
            "00:20And so today we have our whole team here with us to walk you through it.",
        ]
    )
    result = parse_article(page)
    assert [(s.name, s.position) for s in result.speakers] == [("Pat Justin", "Governor")]
    assert [s.answerers for s in result.segments] == [["Pat Justin"]]


def test_a_live_pages_entries_on_one_line_under_bare_names():
    page = "\n".join(
        [
            "|",
            "10日上午10时南湖人大会议在新闻发布厅举行中外记者招待会,南湖农业厅厅长杜青明就农业"
            "问题答记者问。南湖网进行文字实时报道,敬请关注。",
            "|",
            "[南湖网报道] 今天上午10时,南湖人大会议将举行记者招待会。 [09:46] | [南湖网报道]"
            " 现在各媒体记者都陆续进入了新闻发布厅。 [09:50] | [彭方] 记者招待会马上就要开始了,我想"
            "先宣布几条注意事项。 [09:59] | [彭方] 第一,请关闭手机和呼机,或者把它们放在静音的位置,"
            "如果有电话来也最好不要在场内接听。 [10:00]"
            " | [曹卫明] 女士们,先生们,大家好,南湖人大",
        ]
    )
    result = parse_article(page)
    assert [s.answerers for s in result.segments] == [["彭方"], ["曹卫明"]]
    assert result.segments[0].paragraphs == [
        "记者招待会马上就要开始了,我想先宣布几条注意事项。",
        "第一,请关闭手机和呼机,或者把它们放在静音的位置,如果有电话来也最好不要在场内接听。",
    ]


def test_captions_on_one_line_with_a_mark_for_each_new_voice():
    page = (
        "of G.D.P. and we're increasing our investments in defence here in canada. So yes, we"
        " will continue to do more for canada and our allies. >> Question: I'm with global"
        " national. We're talking about that 2% and the commitment to get there. Will you spend"
        " $40 billion? >> Prime Minister Pat Tremblay: sorry, I think you mean nato members. >>"
        " Question: yes, nato. Thank you. How can your government say it is serious? >> Prime"
        " Minister Pat Tremblay: first of all, it's important to recognize what we have done."
    )
    result = parse_article(page)
    assert [(s.question is not None, s.answerers) for s in result.segments] == [
        (False, ["Pat Tremblay"]),
        (True, ["Pat Tremblay"]),
        (True, ["Pat Tremblay"]),
    ]
    assert {f.unit for f in result.figures if f.text == "$40 billion"} == {"CAD"}
