"""Layouts and slips of the fifteenth blind round, fixed for the genre: each test is a page
of our own (invented names, numbers and outlets) of the same kind as a real one."""

from releases.importing.parser import parse_article


def _names(result):
    return [s.name for s in result.speakers]


FORUM_COPY = """发表于 2025-03-06 07:12 IP属地:未知
查看 4.2W | 回复 3
今年市人代会闭幕后不举行市长记者会
今年市人代会闭幕后不举行市长记者会
发布 /2025年3月05日 11:20 AM
本次市人代会新闻发言人胡望舒在记者会上答问时说,今年的会议闭幕后不举行市长记者会。
在今天上午的新闻发布会上,平川日报记者提问,今年的会议闭幕后,是否邀请市长出席记者会?
胡望舒答问时说,去年会议闭幕后,市长出席了记者会。
胡望舒说:“今年将增加局长记者会的场次。”
"""


def test_forum_post_line_is_no_title_and_a_cut_name_is_no_person():
    result = parse_article(FORUM_COPY)
    assert result.title == "今年市人代会闭幕后不举行市长记者会"
    # 胡望 is only ever printed as part of 胡望舒: no second, cut person.
    assert _names(result) == ["胡望舒"]


SUMMARY = (
    "Prime Minister Hana Whitcombe was joined for her Monday press conference by Minister of "
    "Transport Rawiri Pask to announce a review of inter-island ferry contracts."
)
POST_CABINET = f"""Site has an Ethical Paywall
Licence needed for work use Learn More
Top Stories

Reviews | Columns | Local News | Regional News | Search

PM's Post-Cab 3/2/25: Ferries and Floods

Transcript follows below

{SUMMARY}

Whitcombe also answered questions on flood recovery funding and the regional fuel tax.

Advertisement - scroll to continue reading

***

POST-CABINET PRESS CONFERENCE: MONDAY, 3 FEBRUARY 2025 FTR 16:02:00

PM: Good afternoon, everyone. This week I am in Nelson on Wednesday and in the House on Thursday.

Media: Prime Minister, when will the ferry review report?

PM: By the end of June.
"""


def test_post_cabinet_heading_is_no_person_and_pm_label_is_the_prime_minister():
    result = parse_article(POST_CABINET)
    assert result.title == "PM's Post-Cab 3/2/25: Ferries and Floods"
    assert [(s.name, s.position) for s in result.speakers] == [
        ("Hana Whitcombe", "Prime Minister"),
        ("Rawiri Pask", "Minister of Transport"),
    ]
    assert "Post-Cabinet Press Conference" not in _names(result)
    opening = result.segments[0]
    assert opening.question is None and opening.answerers == ["Hana Whitcombe"]
    assert opening.paragraphs[0].startswith("Good afternoon, everyone.")


def test_pm_label_with_nobody_introduced_names_nobody():
    text = (
        "PM's Post-Cab 3/2/25: Ferries\n\n"
        "POST-CABINET PRESS CONFERENCE: MONDAY, 3 FEBRUARY 2025\n\n"
        "PM: Good afternoon, everyone. This week I am in Nelson.\n"
    )
    result = parse_article(text)
    assert result.speakers == []
    assert all(not s.answerers for s in result.segments)


def test_meeting_spokesman_has_no_organisation():
    from releases.importing.parser.people import split_position

    assert split_position("本次市人代会议新闻发言人") == (None, "新闻发言人")
    assert split_position("此次全市两会新闻发言人") == (None, "新闻发言人")
    # A body that ends in 会议 is still one.
    assert split_position("中国人民政治协商会议全国委员会副主席") == (
        "中国人民政治协商会议全国委员会",
        "副主席",
    )


JOINT_REMARKS = "\n".join(
    [
        "Transcript - Prime Minister Aldous and President Keane of Ardmore deliver joint remarks",
        "Prime Minister Aldous and President Keane of Ardmore deliver joint remarks",
        "THE RIGHT HONOURABLE MARTIN ALDOUS (Prime Minister of Norland): Hello everyone. "
        "Thank you for being here today.",
        "Last week 16 villagers were killed in a landslide and over 120 injured. "
        "The police have arrested over 300 looters.",
        "With 250 newly trained rescuers, we will be ready. "
        "We have opened 45 temporary shelter sites and 12 field hospitals.",
    ]
)


def test_honourable_capitals_label_with_bracketed_post_and_digit_counts():
    result = parse_article(JOINT_REMARKS)
    assert [(s.name, s.position) for s in result.speakers][0] == (
        "Martin Aldous",
        "Prime Minister of Norland",
    )
    opening = result.segments[0]
    assert opening.answerers == ["Martin Aldous"]
    assert opening.paragraphs[0] == "Hello everyone. Thank you for being here today."
    figures = [(f.text, f.value, f.unit) for f in result.figures]
    assert figures == [
        ("16 villagers", 16, "villagers"),
        ("120", 120, ""),
        ("300 looters", 300, "looters"),
        ("250 newly trained rescuers", 250, "rescuers"),
        ("45 temporary shelter sites", 45, "sites"),
        ("12 field hospitals", 12, "hospitals"),
    ]


def test_digit_counts_that_name_or_date_are_no_figures():
    text = (
        "Pentagon Press Briefing\n\n"
        "MR. HALE: Under resolution 2417 states must report. Section 230 protections stay.\n\n"
        "In 2019 voters chose. We met at 10 Downing Street with 9 officials, 25 years ago.\n"
    )
    assert [f.text for f in parse_article(text).figures] == []


STAFF_HANDS_OVER = "\n\n".join(
    [
        "Secretary of the Navy Dana R. Whitfield Press Conference",
        "STAFF: Good afternoon, everyone. It's my pleasure to welcome Secretary of the Navy "
        "Dana R. Whitfield to the briefing room. The secretary will deliver opening remarks "
        "and then take your questions.",
        "With that, over to you, Madam Secretary.",
        "",
        "Thank you. This has been a hard week for the fleet.",
        "We mourn the loss of two sailors at Harbor Point.",
    ]
)


def test_unlabelled_statement_after_a_moderator_hands_over_to_the_one_welcomed():
    result = parse_article(STAFF_HANDS_OVER)
    assert [(s.name, s.position) for s in result.speakers] == [
        ("Dana R. Whitfield", "Secretary of the Navy")
    ]
    assert [(s.question, s.answerers, s.paragraphs) for s in result.segments] == [
        (
            None,
            ["Dana R. Whitfield"],
            [
                "Thank you. This has been a hard week for the fleet.",
                "We mourn the loss of two sailors at Harbor Point.",
            ],
        )
    ]


def test_moderator_handing_over_with_two_people_welcomed_names_nobody():
    text = STAFF_HANDS_OVER.replace(
        "to the briefing room.",
        "and Admiral Ray Ortega to the briefing room. Welcome "
        "Assistant Secretary of the Navy Lee Park, too.",
    )
    result = parse_article(text)
    assert all(not s.answerers for s in result.segments)


def test_a_report_that_starts_with_its_dated_sentence_has_no_headline():
    text = (
        "3月2日,河西县首次举办县“两会”新闻发布会,这也是河西“两会”宣传上的新做法。\n"
        "此次河西“两会”,吸引了省市多家媒体参与报道。\n"
        "新闻发布会上,相关部门负责人介绍了去年为民办实事工程的情况。\n"
    )
    result = parse_article(text)
    assert result.title == ""
    assert "未找到标题" in result.warnings
    # A headline that is no sentence stays the title.
    headed = parse_article("河西县首次举办县“两会”新闻发布会\n" + text)
    assert headed.title == "河西县首次举办县“两会”新闻发布会"


CAPTION_PRESIDING = (
    "防疫中心成立900天舉辦700場記者會 周文彬感謝媒體\n"
    "河西防疫應變中心監測組組長林志遠(左起)、指揮官周文彬、發言人陳雅婷15日主持終場記者會。"
    "(記者黃立群攝)\n"
    "〔記者吳佩珊/河西報導〕河西防疫應變中心今日迎來終場記者會,指揮官周文彬表示,"
    "感謝媒體將疫情資訊公開透明地傳達。\n"
    "周文彬指出,接任以來已主持80場記者會,「沒有你們,訊息無法傳遞出去」。\n"
)


def test_officials_named_only_in_a_caption_as_presiding_are_speakers():
    result = parse_article(CAPTION_PRESIDING)
    assert [(s.name, s.organisation, s.position, s.role) for s in result.speakers] == [
        ("林志遠", "河西防疫應變中心", "監測組組長", "speaker"),
        ("周文彬", "河西防疫應變中心", "指揮官", "speaker"),
        ("陳雅婷", "河西防疫應變中心", "發言人", "speaker"),
    ]
    # A caption of people at a ceremony, no press conference presided: nobody.
    other = CAPTION_PRESIDING.replace("15日主持終場記者會", "15日出席典禮")
    assert "林志遠" not in [s.name for s in parse_article(other).speakers]
