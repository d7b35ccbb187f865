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


def test_a_first_line_ending_with_a_full_stop_is_a_caption_not_a_title():
    text = (
        "中共江州市委新闻发言人见面会举行。\n"
        "12日,中共江州市委新闻发言人见面会举行,市委新闻发言人方志远亮相。\n"
        "方志远表示,今后每月举行一次发布会。"
    )
    assert parse_article(text).title == ""
