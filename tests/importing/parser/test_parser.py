"""How parse_article reads the turns of a transcript: hosts, interruptions, layouts."""

import pytest

from releases.importing.parser import parse_article
from tests.importing.parser.reading import read

SCIO = """国新办举行新闻发布会

国务院新闻办公室于2024年3月19日上午10时举行新闻发布会,请工业和信息化部副部长韦振宇,\
工业和信息化部总工程师陆晨曦介绍有关情况,并答记者问。

国务院新闻办公室新闻局副局长 邢慧敏:
女士们、先生们,大家上午好!欢迎出席国务院新闻办新闻发布会。下面,首先请韦振宇先生作介绍。

韦振宇:
各位媒体朋友,大家上午好!今年工业经济回升向好。

邢慧敏:
谢谢韦振宇先生的介绍。下面请大家提问,提问前请通报所在的新闻机构。

路透社记者:
今年以来,工业生产的走势怎么样?

韦振宇:
今年1—2月,规模以上工业增加值同比增长7.0%。

邢慧敏:
请陆晨曦女士再补充一下。

陆晨曦:
我补充一点,制造业投资增长9.4%。

邢慧敏:
今天的发布会到此结束,谢谢各位。
"""


def _answers(result):
    return [(s.question, s.answerers) for s in result.segments]


def test_parse_article_host_known_by_what_she_says():
    result = parse_article(SCIO)
    assert result.speaker("邢慧敏").role == "host"
    assert result.speaker("韦振宇").role == "speaker"
    assert "今天的发布会到此结束,谢谢各位。" in result.host_remarks


def test_parse_article_answer_goes_on_after_the_host_asks_for_more():
    result = parse_article(SCIO)
    assert _answers(result) == [
        (None, ["韦振宇"]),
        ("今年以来,工业生产的走势怎么样?", ["韦振宇", "陆晨曦"]),
    ]
    assert result.segments[1].paragraphs[-1] == "我补充一点,制造业投资增长9.4%。"
    assert result.figures[-1].segment == 1


def test_parse_article_host_introducing_a_statement_starts_a_new_segment():
    text = SCIO.replace("请陆晨曦女士再补充一下。", "下面请陆晨曦女士介绍制造业投资情况。")
    assert _answers(parse_article(text))[-1] == (None, ["陆晨曦"])


def test_parse_article_clock_times_before_turns():
    text = (
        "浙江省新闻发布会图文实录\n\n"
        "6月27日下午,省政府新闻办举行新闻发布会,省卫生健康委副主任应晓东出席发布会。\n\n"
        "15:11 浙江日报记者:老百姓看病有哪些变化?\n\n"
        "15:12 应晓东:\n去年门急诊人次达到3.6亿人次。\n\n"
        "15:30 主持人:今天的发布会到此结束。"
    )
    result = parse_article(text)
    assert _answers(result) == [("老百姓看病有哪些变化?", ["应晓东"])]
    assert result.segments[0].asker == "浙江日报"
    assert result.body == []


def test_parse_article_spokesperson_named_only_in_the_title():
    text = (
        "2024年7月9日外交部发言人严思源主持例行记者会\n\n"
        "应中方邀请,挪威外交大臣将于7月10日至12日访华。\n\n"
        "问:中方对此访有何期待?\n\n答:我们期待此访取得成功。"
    )
    result = parse_article(text)
    assert [(s.name, s.organisation, s.position) for s in result.speakers] == [
        ("严思源", "外交部", "发言人")
    ]
    assert result.lead is None
    assert _answers(result) == [(None, ["严思源"]), ("中方对此访有何期待?", ["严思源"])]
    assert (result.event_date, result.host_office) == ("2024-07-09", "外交部")


def test_parse_article_question_and_answer_in_one_paragraph():
    text = (
        "政策解读\n\n近日,市民政局副局长孟宪华就《措施》回答了记者提问。\n\n"
        "问:有哪些补贴?答:每人每月发放补贴100元。\n\n问:何时实施?答:自印发之日起施行。"
    )
    result = parse_article(text)
    assert _answers(result) == [("有哪些补贴?", ["孟宪华"]), ("何时实施?", ["孟宪华"])]


def test_parse_article_english_floor_giving_is_not_an_answer():
    text = (
        "Press Briefing by Press Secretary Danielle Saint-Clair\n\nSeptember 12, 2024\n\n"
        "MS. SAINT-CLAIR: Good afternoon. I have one thing at the top.\n\n"
        "MS. SAINT-CLAIR: Go ahead, Zeke.\n\n"
        "Q Thank you. Is the White House worried?\n\n"
        "MS. SAINT-CLAIR: No.\n\nMS. SAINT-CLAIR: Go ahead.\n\nQ And on trade?\n\n"
        "MS. SAINT-CLAIR: We will see."
    )
    result = parse_article(text)
    assert [s.paragraphs for s in result.segments] == [
        ["Good afternoon. I have one thing at the top."],
        ["No."],
        ["We will see."],
    ]
    assert result.host_remarks == ["Go ahead, Zeke.", "Go ahead."]


def test_parse_article_english_office_labels_and_outlets():
    text = (
        "Prime Minister Rachel Holloway's remarks at the press conference: 14 March 2024\n\n"
        "Published: 14 March 2024\n\nPrime Minister:\n\nGood afternoon.\n\n"
        "I'm joined today by the Chancellor of the Exchequer, Daniel Osei.\n\n"
        "Question (BBC): Why do families feel worse off?\n\n"
        "Prime Minister: I understand that.\n\nChancellor: And real wages have grown."
    )
    result = parse_article(text)
    assert [(s.name, s.position) for s in result.speakers] == [
        ("Rachel Holloway", "Prime Minister"),
        ("Daniel Osei", "Chancellor of the Exchequer"),
    ]
    assert [(s.question, s.asker, s.answerers) for s in result.segments] == [
        (None, None, ["Rachel Holloway"]),
        ("Why do families feel worse off?", "BBC", ["Rachel Holloway", "Daniel Osei"]),
    ]
    assert result.published == "2024-03-14"


def test_parse_article_photo_captions_keep_their_credit():
    text = (
        "云南:今年将新建改造农村公路5000公里\n\n2024-02-28 20:15:36 来源:新华网\n\n"
        "新华社昆明2月28日电(记者 周文杰)今年云南将新建改造农村公路5000公里。\n\n"
        "2月28日,云南省人民政府新闻办公室举行新闻发布会。新华社记者 郑可欣 摄\n\n"
        "云南省交通运输厅副厅长杨绍华在发布会上介绍,全省农村公路总里程达到27.5万公里。\n\n"
        "【纠错】 【责任编辑:岳明哲】"
    )
    result = parse_article(text)
    assert [(c.role, c.name) for c in result.credits] == [("记者", "周文杰"), ("摄", "郑可欣")]
    assert result.editor == "岳明哲"
    assert not any("郑可欣" in p for p in result.body)
    assert [s.name for s in result.speakers] == ["杨绍华"]


# ---- English briefings: who hosts, who is a guest, who answers -----------------------------

# Each page, and what is read from it: a path of tests/importing/parser/reading.py each.
BRIEFINGS = [
    pytest.param(
        "BACKGROUND PRESS CALL ON THE OCEAN SUMMIT\n"
        "MR. HOLLOWAY: Thank you for joining. A few ground rules: this call is on background.\n"
        "Q (Off-mic.)\n"
        "MR. HOLLOWAY: With that, I will turn it over to our senior official.\n"
        "SENIOR STATE DEPARTMENT OFFICIAL: Thanks, Ben. The summit opens today.\n"
        "QUESTION: Which countries have signed?\n"
        "SENIOR STATE DEPARTMENT OFFICIAL: Twelve so far.\n",
        {
            "speakers (name, role)": [("Holloway", "host")],
            "segments (question, answerers)": [
                (None, []),
                ("Which countries have signed?", []),
            ],
            "segments[0].paragraphs": ["Thanks, Ben. The summit opens today."],
        },
        id="a-moderator-who-turns-it-over-is-the-host-and-a-bare-stage-note-asks-nothing",
    ),
    pytest.param(
        "Press Briefing\n"
        "MS. ALDEN: Good afternoon. With that, I'll turn it over to Tomas Reyes.\n"
        "MR. REYES: Thanks. The program opens today.\n"
        "QUESTION: Will it expand?\n"
        "MS. ALDEN: Next year.\n",
        {"speaker(Alden).role": "speaker", "segments[-1].answerers": ["Alden"]},
        id="a-press-secretary-who-brings-in-a-guest-and-takes-questions-is-no-moderator",
    ),
    pytest.param(
        "Department Press Briefing\n"
        "MS ALDEN: I am pleased to introduce Ambassador Maria Vance – she, of course, is the "
        "Assistant Secretary of State for Oceans and Fisheries; and our colleague Tomas Reyes – he "
        "is the Deputy Administrator for Coastal Programs.\n"
        "ASSISTANT SECRETARY VANCE: Thank you.\n",
        {
            "speaker(Maria Vance).position": (
                "Assistant Secretary of State for Oceans and Fisheries"
            ),
            "speaker(Tomas Reyes).position": "Deputy Administrator for Coastal Programs",
            "segments[-1].answerers": ["Maria Vance"],
        },
        id="guests-introduced-with-a-dash-are-speakers-with-their-posts",
    ),
    pytest.param(
        "Department Press Briefing\nMR MILLER: Nothing to start.\n"
        "QUESTION: No, someone else can go first.\nMR MILLER: (Laughter.) Said, go ahead.\n"
        "QUESTION: Did you see the map?\nMR MILLER: I did.\nQUESTION: (Off-mike.)\n"
        "MR MILLER: And we support two states.\n",
        {
            "segments (question, paragraphs)": [
                (None, ["Nothing to start."]),
                ("No, someone else can go first.", []),
                ("Did you see the map?", ["I did.", "And we support two states."]),
            ]
        },
        id="off-mike-asks-nothing-and-a-name-then-go-ahead-gives-the-floor",
    ),
    pytest.param(
        "Department Press Briefing\nMR MILLER: Today the Special Envoy and Coordinator of the "
        "Global Engagement Center Jamie Rubin is with us.\nMR RUBIN: Thanks.\n",
        {
            "speaker(Jamie Rubin).position": (
                "Special Envoy and Coordinator of the Global Engagement Center"
            )
        },
        id="a-guest-introduced-by-a-post-with-and-keeps-the-whole-post",
    ),
    pytest.param(
        "This is a platform for User Generated Content. G/O Media assumes no liability.\n\n"
        "Subject: Travel pool #2: Gaggle on trade\n\n*From:* Rogers, Katie <>\n\n"
        "Hogan Gidley gaggled for about midway through the flight.\n\n"
        '*On trade:* "We want a fair deal."\n',
        {
            "title": "Travel pool #2: Gaggle on trade",
            "speakers (name)": ["Hogan Gidley"],
            "segments": [],
        },
        id="a-pool-report-names-the-official-who-gaggled-and-its-subject-is-the-title",
    ),
    pytest.param(
        "Press Gaggle by Scott Mcclellan\n\nSpoken by\n\nScott McClellan\n\n"
        "Aboard Air Force One En Route Tampa, Florida 9:13 A.M. EDT MR. McCLELLAN: The President "
        "had his usual briefings. … Continue reading Press Gaggle by Scott Mcclellan\n",
        {
            "speakers (name)": ["Scott McClellan"],
            "segments (answerers, paragraphs)": [
                (["Scott McClellan"], ["The President had his usual briefings. …"])
            ],
        },
        id="a-run-in-first-turn-and-a-mc-surname-in-capitals",
    ),
]


@pytest.mark.parametrize(("text", "expected"), BRIEFINGS)
def test_english_briefing(text, expected):
    assert read(parse_article(text), expected) == expected


def test_parse_article_empty_field_and_reading_count_are_no_headline():
    # A company site's copy: 日期/来源:/编辑 lines, a reading count, no headline.
    result = parse_article(
        "日期:2022-06-14 10:20:11\n来源:\n编辑:临川绿源建材有限公司\n0次\n"
        "6月13日下午,平江市政府新闻办举行新闻发布会,市水务局局长郑立群介绍今年防汛准备情况并回答记者提问。\n"
        "问:今年汛期有什么特点?\n答:预计汛期降雨偏多,我们已经完成水库的汛前检查。\n"
    )
    assert result.title == ""
    assert not result.figures
    assert [s.name for s in result.speakers] == ["郑立群"]


def test_a_minister_quoted_through_a_pronoun_in_the_next_sentence_is_a_speaker():
    result = parse_article(
        "谁的提问难住了部长\n\n"
        "昨天的记者会上,外国记者把一个问题抛向周志远部长。\n\n"
        "财经日报记者也向周志远部长发问:“明年出口会不会回落?”这个问题难坏了周志远。"
        "他“老实”地说:“这个问题很难回答,我还是第一次听说!”现场传来笑声。\n\n"
        "会场外,市民方晓棠说:“很期待。”\n"
    )
    assert [(s.name, s.position) for s in result.speakers] == [("周志远", "部长")]


def test_yiji_ends_a_name_in_a_lead_listing_officials():
    result = parse_article(
        "跨部门记者会答问内容\n\n"
        "署理行政长官王志明今日下午联同卫生署署长陈嘉怡医生、旅游事务专员黄智远以及"
        "医院管理局行政总裁高文杰医生举行跨部门记者会。以下是记者会答问内容:\n\n"
        "记者:想问口罩供应如何?\n\n"
        "署理行政长官:我们正在增加供应。\n"
    )
    people = {s.name: s.organisation for s in result.speakers}
    assert "黄智远" in people and "黄智远以" not in people
    assert people["高文杰"] == "医院管理局"


def test_a_breadcrumb_with_a_time_stamp_and_a_welcome_with_nothing_to_announce():
    result = parse_article(
        "国台办2024年6月12日新闻发布会文字实录\n\n"
        "东岸网 > 新闻 > 国台办新闻发布会      2024-06-12 18:19:18\n\n"
        "东岸网讯:6月12日上午10时,国务院台办在新闻发布厅举行例行新闻发布会。"
        "发言人陈明远就近期两岸热点问题回答了记者提问。\n\n"
        "陈明远:各位记者朋友,大家好!欢迎大家前来参加国务院台办例行新闻发布会。"
        "我没有要主动发布的内容,现在请大家提问。\n\n"
        "新华社记者:对此有何评论?\n\n"
        "陈明远:我们坚决反对。\n"
    )
    assert "东岸网 >" not in (result.lead or "")
    assert [(s.name, s.position) for s in result.speakers] == [("陈明远", "发言人")]
    assert [s.question for s in result.segments] == ["对此有何评论?"]


def test_page_residue_around_a_narrated_transcript():
    # [提要], an empty 关键词:, a lead read by a 消息: dateline, (原标题:…), 更多新闻:, …版权
    result = parse_article(
        "海关回应奶粉限购:建议理性消费\n\n"
        "2013-04-10 11:07:00    作者:   来源:东岭在线  我要评论\n\n"
        "关键词:\n[提要]\n\n"
        "东岭在线消息:4月10日上午10时,国务院新闻办公室举行新闻发布会,"
        "请海关总署新闻发言人、综合统计司司长方建国介绍一季度进出口情况,并答记者问。\n\n"
        "南湖卫视记者:\n\n多个国家对婴儿奶粉出现了限购措施,请问海关怎么评论?\n\n"
        "方建国:\n\n我们建议消费者理性消费。\n\n"
        "(原标题:海关回应奶粉限购问题:建议消费者理性消费)\n\n"
        "更多新闻:\n\n东岭网版权\n"
    )
    assert [(s.name, s.organisation) for s in result.speakers] == [("方建国", "海关总署")]
    assert result.segments[0].paragraphs == ["我们建议消费者理性消费。"]


def test_bracketed_buttons_a_url_line_with_a_bracketed_date_and_other_headlines():
    result = parse_article(
        "文汇首页 > 即时新闻 > 正文\n"
        "【打印】   【评论】   【推荐】  【关闭】  \n\n"
        "周启明:不赞成明星委员老请假\n\n"
        "http://news.example.com   [2012-03-02]    我要评论\n\n"
        "【文汇网讯】全国政协新闻发布会今日召开,新闻发言人周启明在会后接受媒体联合访问。\n\n"
        "问:您是否知道他请假的消息?\n\n"
        "周启明:我需要先问一下他。\n\n"
        "      责任编辑:张斐\n"
        "太原发生疑似纵火案 13人死亡      [2012-03-02]\n"
    )
    assert result.title == "周启明:不赞成明星委员老请假"
    assert [(s.name, s.position) for s in result.speakers] == [("周启明", "新闻发言人")]
    assert result.figures == []


def test_labels_on_lines_of_their_own_with_no_colon():
    result = parse_article(
        "外交部部长就外交政策答记者问\n\n"
        "  主持人 何立新\n\n"
        "  各位记者朋友,大家上午好。我们很高兴地邀请到外交部部长周海先生回答大家的提问。\n\n"
        "  外交部部长 周海\n\n"
        "  各位记者朋友,大家上午好。现在我愿意回答大家的问题。\n\n"
        "  南湖日报记者\n\n"
        "  外长您好。请问中方举办这次论坛有什么样的考虑?\n\n"
        "  周海\n\n"
        "  这是一个好问题。我们希望各方共襄盛举。\n"
    )
    assert [s.question for s in result.segments] == [
        None,
        "外长您好。请问中方举办这次论坛有什么样的考虑?",
    ]
    assert [s.answerers for s in result.segments] == [["周海"], ["周海"]]
    assert {(s.name, s.role) for s in result.speakers} == {("周海", "speaker"), ("何立新", "host")}


def test_short_lines_in_a_report_are_not_labels():
    result = parse_article(
        "发布会侧记\n\n"
        "新华社记者\n\n"
        "昨天的发布会上,记者们纷纷举手提问,现场气氛热烈。\n\n"
        "外交部部长 周海\n\n"
        "他回答了十多个问题。\n"
    )
    assert result.segments == []


def test_the_first_woman_in_a_post_holds_the_post():
    result = parse_article(
        "(晚报记者 张莹)5月18日上午,国家发展改革委召开新闻发布会,发改委首位女发言人"
        "林素也在发布会上首次亮相。\n\n"
        "5月18日,国家发展改革委发言人林素主持她的首场例行发布会。\n\n"
        "“今天是我第一次走上发布台。”林素说。\n"
    )
    assert [(s.name, s.position) for s in result.speakers] == [("林素", "发言人")]


def test_a_live_text_page_with_bracketed_names_and_time_stamps():
    result = parse_article(
        "人民网\n全国政协会议新闻发布会\n[刷新]\n\n"
        "[人民网]:3月2日15时,全国政协会议新闻发布会将在人民大会堂举行,"
        "由大会发言人周启明先生介绍会议情况,并回答记者的提问。  [14:44]\n\n"
        "[人民网]:现在记者已陆续进场,发布会即将开始。  [14:51]\n\n"
        "[王立新]:女士们、先生们,大家下午好。全国政协会议新闻发布会现在开始。"
        "首先请大会副秘书长、大会发言人周启明先生介绍本次会议的有关情况,然后回答大家的提问。"
        "  [15:01]\n\n"
        "[周启明]:女士们、先生们,大家下午好。我受大会秘书处的委托,介绍本次会议的情况。  [15:02]\n"
    )
    people = {(s.name, s.role) for s in result.speakers}
    assert people == {("王立新", "host"), ("周启明", "speaker")}
    assert result.segments[0].answerers == ["周启明"]
    assert result.segments[0].paragraphs == [
        "女士们、先生们,大家下午好。我受大会秘书处的委托,介绍本次会议的情况。"
    ]


def test_precision_in_news_reports_on_a_briefing():
    # 国际合|作共赢: no name cut at a verb; (圖／翻攝央視) credits nobody; 記者X／綜合報導
    result = parse_article(
        "▲大陸海關總署署長孫曉君。（圖／翻攝央視）\n\n"
        "記者魏有明／綜合報導\n\n"
        "大陸海關總署今（25）日總結成效稱，國際合作成果顯著，大陸海關總署署長孫曉君表示，"
        "「我國已成為全球157個國家和地區的前三大貿易夥伴，國際合作共贏新優勢更加凸顯。」\n\n"
        "孫曉君表示，海關累計對外簽署合作文件519份。\n"
    )
    assert [s.name for s in result.speakers] == ["孫曉君"]
    assert [(c.role, c.name) for c in result.credits] == [("記者", "魏有明")]


def test_a_browser_title_with_its_channel_and_site_is_cut():
    result = parse_article(
        "海关总署:进口奶粉增长23.7% 新西兰为最大来源国--财经--东岭网\n"
        "东岭网>>财经\n\n"
        "海关总署:进口奶粉增长23.7% 新西兰为最大来源国\n\n"
        "2013年04月10日10:35    来源:东岭网-财经频道\n\n"
        "东岭网北京4月10日电(记者 薛小白)今日上午,海关总署新闻发言人方建国发布一季度进出口情况。"
        "方建国说,今年一季度,我国进口奶粉24万吨。\n"
    )
    assert result.title == "海关总署:进口奶粉增长23.7% 新西兰为最大来源国"


def test_small_form_colons_and_a_headline_that_ends_in_a_post():
    result = parse_article(
        "8月25日 行政長官選舉候任人新聞發佈會(文字稿)\n\n"
        "賀一明多謝各位傳媒,大家有什麼問題隨便提出來。\n\n"
        "記者﹕賀生你好﹗想問下司級官員班底的問題?\n\n"
        "賀一明﹕多謝﹗我會考慮司級官員。\n"
    )
    assert [s.answerers for s in result.segments][-1] == ["賀一明"]
    report = parse_article(
        "揭秘济南美女新闻发言人:我不会说“无可奉告”\n\n"
        "来源:济南时报\n\n"
        "在市政府第二次新闻发布会上,新闻发言人刘芹完成了自己的“首秀”。"
        "“那天正好是小年后一天。”刘芹说。\n"
    )
    assert report.title == "揭秘济南美女新闻发言人:我不会说“无可奉告”"
    assert report.segments == []


def test_an_outlet_in_quotation_marks_in_an_askers_label_and_a_cut_page_list():
    result = parse_article(
        "國台辦9月11日例行發布會全文\n\n"
        "國台辦於9月11日上午舉行例行新聞發布會。發言人陳明遠回答了記者提問。\n\n"
        "東方衛視記者:請問對此有何評論?\n\n"
        "陳明遠:我們堅決反對。\n\n"
        "台灣“南方時報”記者:請問大陸團客何時可以赴台?\n\n"
        " 【 第1頁 第2頁 第3頁 第1\n"
    )
    assert [s.question for s in result.segments] == [
        "請問對此有何評論?",
        "請問大陸團客何時可以赴台?",
    ]
    assert result.segments[0].paragraphs == ["我們堅決反對。"]


def test_a_first_line_ending_with_a_full_stop_is_a_caption_not_a_title():
    text = (
        "中共江州市委新闻发言人见面会举行。\n"
        "12日,中共江州市委新闻发言人见面会举行,市委新闻发言人方志远亮相。\n"
        "方志远表示,今后每月举行一次发布会。"
    )
    assert parse_article(text).title == ""


def test_an_outlet_in_quotation_marks_stays_in_the_askers_name():
    result = parse_article(
        "國台辦例行發布會全文\n\n"
        "國台辦於9月11日上午舉行例行新聞發布會。發言人陳明遠回答了記者提問。\n\n"
        "台灣“南方時報”記者:請問大陸團客何時可以赴台?\n\n"
        "陳明遠:我們一直歡迎。\n"
    )
    assert [s.asker for s in result.segments] == ["台灣“南方時報”"]
