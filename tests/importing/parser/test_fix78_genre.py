"""Failures of the round blind78 (scored blind, then fixed for the genre): each test is a
page of our own of the same kind as a real one."""

from releases.importing.parser import parse_article


def test_a_speech_given_at_a_press_conference_is_its_speakers_statement():
    page = "\n".join(
        [
            "海州市代市长陈立华在2022中国海州茶博会新闻发布会上的讲话 (本页约3600+字)",
            "2022-12-25 15:16:36 32",
            "海州市代市长陈立华在2022中国海州茶博会新闻发布会上的讲话 (2022年10月8日) "
            "各位来宾,新闻界的朋友们:大家下午好! 2022中国海州茶博会将于明天正式开幕,今天我们在这里"
            "举行新闻发布会,介绍海州经济社会发展情况。 这是一座山清水秀的城市 海州就像一幅画,"
            "去年全市地区生产总值2805亿元。",
        ]
    )
    result = parse_article(page)
    assert result.title == "海州市代市长陈立华在2022中国海州茶博会新闻发布会上的讲话"
    # 这是一座山清水秀的城市 海州: a phrase and a place, nobody's post and name
    assert [(s.name, s.position) for s in result.speakers] == [("陈立华", "海州市代市长")]
    assert [s.answerers for s in result.segments] == [["陈立华"]]
    assert result.segments[0].paragraphs[0].startswith("各位来宾,新闻界的朋友们")
    assert [f.text for f in result.figures] == ["2805亿元"]


def test_a_live_pages_boxes_and_a_hosts_bulleted_label_over_his_greeting():
    page = "\n".join(
        [
            "网上直播 文字实录 图片实录 返回直播页",
            "国新办就《2022年中国的海洋》白皮书举行发布会",
            "国务院新闻办公室将于2022年12月29日(星期四)发表《2022年中国的海洋》白皮书,并于当日"
            "上午10时举行新闻发布会,请国家海洋局新闻发言人周向东介绍有关情况。",
            "直播摘要",
            "图片实录 更多",
            "活动标题",
            "• 国新办就《2022年中国的海洋》白皮书举行发布会",
            "活动描述",
            "• 国务院新闻办公室将于2022年12月29日(星期四)发表《2022年中国的海洋》白皮书",
            "文字内容:",
            "• 吴松:",
            "女士们、先生们,上午好。在白皮书发表之际,我们今天很高兴地请来了国家海洋局新闻发言人"
            "周向东先生,给大家介绍有关情况。现在先请周向东先生讲话。",
            "• 周向东:",
            "女士们、先生们:上午好!白皮书正文由五部分组成。",
        ]
    )
    result = parse_article(page)
    assert result.title == "国新办就《2022年中国的海洋》白皮书举行发布会"
    assert [(s.name, s.role) for s in result.speakers] == [
        ("周向东", "speaker"),
        ("吴松", "host"),
    ]
    # the host greets, presents the guest and gives him the floor: the first statement
    assert [s.answerers for s in result.segments] == [["吴松"], ["周向东"]]
    assert result.body == []


def test_a_site_notice_box_and_the_sites_mobile_name_over_the_headline():
    page = "\n".join(
        [
            "站点公告:",
            "• 中国海州网移动版",
            "海州将论证实施新一轮港口扩建",
            "2021-04-20 09:39:00",
            "中新社海州4月19日电 海州市港口管理局副局长周向东19日在新闻发布会上透露,"
            "港口扩建将分三期实施。",
        ]
    )
    assert parse_article(page).title == "海州将论证实施新一轮港口扩建"


def test_a_labelled_speech_in_answer_to_the_press_and_a_boss_honorific_is_no_name():
    page = "\n".join(
        [
            "海州市系列主题新闻发布会",
            "2019-09-11 17:33:59",
            "9月5日上午,海州市系列主题新闻发布会在市政府新闻发布厅召开。",
            "海州市委书记陈立华就记者提问发表讲话:",
            "今年是关键之年。这是1997年习总书记时任省长时亲自推动的工程,目前每天有1万吨的水送到"
            "海岛的家家户户。",
        ]
    )
    result = parse_article(page)
    assert result.title == "海州市系列主题新闻发布会"
    assert [(s.name, s.position) for s in result.speakers] == [("陈立华", "海州市委书记")]
    assert [s.answerers for s in result.segments] == [["陈立华"]]


def test_officials_a_traditional_report_quotes_with_a_variant_character_and_an_epithet():
    page = "\n".join(
        [
            "6日下午,十二屆全國人大一次會議的海州團“開放日”在海州廳舉行。",
            "海州市長吳松回應説,受到處罰影響的只是該項目中的一部分,目前正在進行整改。",
            "履新不久的中共海州市委書記陳立華,在當天接受記者採訪時,則聚焦於海州的生態建設。",
        ]
    )
    result = parse_article(page)
    assert [(s.name, s.position) for s in result.speakers] == [
        ("吳松", "海州市長"),
        ("陳立華", "中共海州市委書記"),
    ]


def test_speaking_to_journalists_at_the_briefing_names_the_minister_given_in_full_above():
    page = "\n\n".join(
        [
            "Says Minister Boyd",
            "By Mark Hale",
            "Monrovia – The country's Minister of Information, Culture and Tourism, Hon. Ann "
            "K. Boyd, has described the President's visit to Accra as a significant step.",
            "Speaking to journalists during the Ministry's regular press briefing on Thursday, "
            "July 3, 2025, Minister Boyd underscored the importance of the visit.",
        ]
    )
    result = parse_article(page)
    assert [(s.name, s.position) for s in result.speakers] == [
        ("Ann K. Boyd", "Minister of Information, Culture and Tourism")
    ]


def test_a_briefing_addressed_to_the_members_of_the_press_is_one_unsigned_statement():
    page = "\n".join(
        [
            "24 November Press Briefing",
            "Monday, 24th November 2008",
            "Monrovia, Liberia - Members of the Press:",
            "We'll begin with the two-day visit over the weekend by the President of Ghana.",
            "Prior to the visit, the President continued her town hall meetings in the west.",
            "Agriculture",
            "• The residents say the Government's support is crucial to their farms.",
        ]
    )
    result = parse_article(page)
    assert result.title == "24 November Press Briefing"
    assert result.speakers == []
    [statement] = result.segments
    assert statement.answerers == []
    assert statement.paragraphs[0] == "Members of the Press:"
    assert statement.headings == ["Agriculture"]
    assert "第 1 个问答的回答没有署名,未能确定回答人" in result.warnings


def test_a_category_line_over_the_briefings_name_and_the_welcome_to_colleagues():
    page = "\n".join(
        [
            "Government Matters, News release",
            "Media Briefing",
            "Good morning colleagues and welcome to another media briefing on the engagements "
            "of the President.",
            "Potential investments",
            "The President met officials of the Ports Authority on the new jetty.",
        ]
    )
    result = parse_article(page)
    assert result.title == "Media Briefing"
    [statement] = result.segments
    assert statement.headings == ["Potential investments"]


def test_guests_each_beside_the_governor_with_a_word_on_them_then_post_and_name():
    page = "\n\n".join(
        [
            "TRANSCRIPT: September 25th, 2020 Coronavirus Briefing Media",
            "Governor Mark Hale: Good afternoon, everybody. I'm honored to be joined by the "
            "woman to my right who needs no introduction, the Commissioner of the Department of "
            "Health, Ann Boyd. To her right, the State's Epidemiologist, another familiar face, "
            "Dr. Lee Park. To my left, a guy who needs no introduction, the Superintendent of "
            "the State Police, Colonel Tom Reed.",
        ]
    )
    result = parse_article(page)
    assert [(s.name, s.position) for s in result.speakers] == [
        ("Mark Hale", "Governor"),
        ("Ann Boyd", "Commissioner of the Department of Health"),
        ("Lee Park", "State's Epidemiologist"),
        ("Tom Reed", "Superintendent of the State Police"),
    ]


def test_an_official_a_briefings_story_quotes_post_first_between_commas():
    page = "\n".join(
        [
            "Gov. Mark Hale held a briefing today to update the state on its COVID-19 response.",
            "Key points from today's briefing:",
            "•The governor says he expects three million rapid tests by the end of year.",
            "•State Department of Health Director, Dr. Ann Boyd, says the state has received "
            "its playbook for the vaccine.",
        ]
    )
    result = parse_article(page)
    assert [(s.name, s.position) for s in result.speakers] == [
        ("Mark Hale", "Governor"),
        ("Ann Boyd", "State Department of Health Director"),
    ]
