"""blind37's failures, fixed for the genre: each test is a page of our own (invented names,
numbers and outlets) of the same kind as a real one."""

from releases.importing.parser import parse_article


def test_notes_of_numbered_questions_with_lettered_answers_name_nobody_they_cannot():
    page = "\n".join(
        [
            "• Comments 1",
            "Questions and Answers from the Press Conference (Unofficial)",
            "DISCLAIMER: This is not an official transcript of what was said.",
            "The mayor called the press conference to order at 12:30 PM",
            "1. Are the body cameras of the officer available",
            "A. The mayor cannot say. The video is stored on the camera.",
            "2. Where is the officer today?",
            "A, On administrative duty until the case is resolved.",
        ]
    )
    result = parse_article(page)
    assert result.title == "Questions and Answers from the Press Conference (Unofficial)"
    assert result.speakers == []  # neither Disclaimer nor Answer is anybody
    assert [(s.question, s.answerers, s.paragraphs) for s in result.segments] == [
        (
            "Are the body cameras of the officer available",
            [],
            ["The mayor cannot say. The video is stored on the camera."],
        ),
        ("Where is the officer today?", [], ["On administrative duty until the case is resolved."]),
    ]


def test_answer_labels_answer_unsigned():
    result = parse_article(
        "Press briefing\nQUESTION: Is it done?\nANSWER: Yes, it is done.\n"
        "QUESTION: When?\nANSWER: Today.\n"
    )
    assert result.speakers == []
    assert [(s.question, s.paragraphs) for s in result.segments] == [
        ("Is it done?", ["Yes, it is done."]),
        ("When?", ["Today."]),
    ]


def test_a_story_asks_by_surname_the_party_president_it_names_once_in_full():
    page = "\n".join(
        [
            "The premier's first press conference? Nope.",
            "Prime Minister Ravi Nair and National Party president Arun Shahid addressed the "
            "press conference at the party headquarters on Friday.",
            "Shahid spoke about the party's three month-long campaign.",
            "Nair told the journalists how smooth the party's campaign had been.",
            "When Shahid was asked about the violence in the east, he blamed the other side.",
        ]
    )
    result = parse_article(page)
    assert {(s.name, s.position) for s in result.speakers} == {
        ("Arun Shahid", "National Party president"),
        ("Ravi Nair", "Prime Minister"),
    }


def test_a_forum_post_of_a_press_conference_with_the_mayor_labelled_by_surname():
    page = "\n".join(
        [
            "顯示廣告",
            "作者 ab ()",
            "標題 [討論] 301112林文傑出訪行前記者會",
            "時間 Mon Jan 13 00:16:24 2031",
            "301112林文傑出訪行前記者會",
            "記者:市長可不可以跟我們說一下此行的主要目的?",
            "林:這一次要出訪四個國家,先去布拉格,因為我們有跟布拉格簽姐妹市。",
        ]
    )
    result = parse_article(page)
    assert result.title != "顯示廣告"
    assert [s.name for s in result.speakers] == ["林文傑"]
    assert result.segments[0].answerers == ["林文傑"]


def test_two_mayors_labelled_by_name_take_the_post_each_is_addressed_by():
    page = "\n".join(
        [
            "2031/03/26 雙城論壇 會後媒體聯訪",
            "記者:",
            "兩位市長對於區域聯防的共識是什麼?",
            "-------",
            "柯文山:",
            "這個侯市長有來跟我講過,我想雙城合作是合理的。",
            "------",
            "記者:",
            "那你有感受到壓力嗎?",
            "侯友明:",
            "我們大家都認真做事啦,我跟柯市長都是一步一腳印。",
        ]
    )
    result = parse_article(page)
    assert {(s.name, s.position) for s in result.speakers} == {
        ("柯文山", "市長"),
        ("侯友明", "市長"),
    }


def test_a_report_quoting_a_reporter_has_no_transcript_turns():
    page = "\n".join(
        [
            "三次小高潮里的民生关注",
            "----三次小高潮里的民生关注//----[ ]",
            "3月2日下午 , 大会在人民大会堂举行新闻发布会 , "
            "大会新闻发言人郭立民介绍本次大会情况并回答中外记者提问。",
            "环保:“必须坚定地往前走”",
            "有记者提问时说:“一些地方为了环保指标采取‘一刀切’ , 影响了经济发展。”",
        ]
    )
    result = parse_article(page)
    assert result.segments == []
    assert [(s.name, s.position) for s in result.speakers] == [("郭立民", "大会新闻发言人")]
    assert result.lead != "----三次小高潮里的民生关注//----[ ]"


def test_a_report_names_the_official_who_spoke_at_the_conference_it_reports():
    page = "\n".join(
        [
            "2030年4月22日上午,某市政府新闻办公室举办了一场新闻发布会,对抗疫工作进行了介绍。",
            "会上,市应对疫情工作领导小组指挥部副指挥长、市人民政府副市长曹明就疫情防控基本情况做了详细的介绍。",
            "曹明在会上介绍,今年新春伊始,疫情席卷全国,市委、市政府认真贯彻落实各项部署。",
        ]
    )
    result = parse_article(page)
    assert [(s.name, s.position) for s in result.speakers] == [
        ("曹明", "副指挥长、市人民政府副市长")
    ]
