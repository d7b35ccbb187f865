"""Real pages as editors paste them: residue, office labels, one-line pastes, outlets in
brackets, narrated reports and traditional characters kept (tests/importer/realtexts)."""

from pathlib import Path

import pytest

from releases.importing.parser import parse_article
from releases.importing.parser.lead_people import people_in_sentences
from releases.importing.parser.oneline import split_run_on
from releases.importing.parser.outlets import normalise_label
from releases.importing.parser.residue import clean_title, colon_headline, drop_residue
from tests.importing.parser.reading import read

HK = """跳至主要內容

運輸局局長及路政署署長會見傳媒答問內容(附短片)
*******************

  以下是運輸局局長周明遠和路政署署長韓靜今日(三月五日)下午出席活動後會見傳媒的答問內容:

記者:局長,新的隧道收費方案何時推出?

局長:我們會在下月向立法會提交方案,每日約有1.2萬架次車輛會改用其他路線。

記者:韓署長,工程會否超支?

署長:現時沒有超支的跡象。

2025年3月5日(星期三)
香港時間18時20分
"""


def _answers(result):
    return [(s.question, s.answerers) for s in result.segments]


def _speaker_names(result):
    return [s.name for s in result.speakers]


# ---- traditional characters are kept -------------------------------------------------------


def test_traditional_release_is_stored_as_printed_and_marked_zh_hant():
    result = parse_article(HK)
    assert result.language == "zh-Hant"
    assert result.title == "運輸局局長及路政署署長會見傳媒答問內容"
    assert [(s.name, s.organisation, s.position) for s in result.speakers] == [
        ("周明遠", "運輸局", "局長"),
        ("韓靜", "路政署", "署長"),
    ]
    assert result.segments[0].paragraphs == [
        "我們會在下月向立法會提交方案,每日約有1.2萬架次車輛會改用其他路線。"
    ]
    assert [(f.text, f.value, f.unit) for f in result.figures] == [("1.2萬架次", 12000, "架次")]


def test_simplified_release_is_zh():
    assert parse_article("江城市举行新闻发布会\n\n市长罗建平介绍有关情况。").language == "zh"


# ---- people named in the lead, then called by their office ---------------------------------


def test_office_labels_resolve_to_the_people_the_lead_names():
    result = parse_article(HK)
    assert _answers(result) == [
        ("局長,新的隧道收費方案何時推出?", ["周明遠"]),
        ("韓署長,工程會否超支?", ["韓靜"]),
    ]
    assert result.published == "2025-03-05"


def test_lead_lists_with_honorifics_ranks_and_married_names():
    assert people_in_sentences(
        "以下是行政长官林郑月娥今日(十一月十一日)下午联同律政司司长郑若骅资深大律师和"
        "政制及内地事务局局长曾国卫就有关决定会见传媒的答问内容:"
    ) == [("林郑月娥", "行政长官"), ("郑若骅", "律政司司长"), ("曾国卫", "政制及内地事务局局长")]
    assert people_in_sentences("国防部新闻发言人孙涛大校回答了记者提问。") == [
        ("孙涛", "国防部新闻发言人")
    ]
    assert people_in_sentences(
        "会前,工业和信息化部副部长许立、产业发展司司长高原接受中外记者采访。"
    ) == [
        ("许立", "工业和信息化部副部长"),
        ("高原", "产业发展司司长"),
    ]
    assert people_in_sentences("江城市政府举行新闻发布会,罗建平市长出席并回答记者提问。") == [
        ("罗建平", "市长")
    ]


def test_a_title_two_people_share_stays_unresolved():
    text = (
        "以下是运输局局长周明远和教育局局长韩静今日会见传媒的答问内容:\n\n"
        "记者:请问有何安排?\n\n局长:我们会尽快公布。\n"
    )
    result = parse_article(text)
    assert result.segments[0].answerers == []
    assert {s.name for s in result.speakers} == {"周明远", "韩静"}


def test_ministers_corridor_post_labels_and_surname_titles():
    text = (
        "部长通道|许立:推动制造业向高端迈进\n\n"
        "会前,工业和信息化部副部长许立、产业发展司司长高原在人民大会堂北大厅接受中外记者采访。\n\n"
        "记者:许部长,今年有哪些新举措?\n\n部长:今年我们将实施技术改造升级工程。\n\n"
        "记者:请问高司长,进展如何?\n\n司长:进展顺利。\n"
    )
    assert _answers(parse_article(text)) == [
        ("许部长,今年有哪些新举措?", ["许立"]),
        ("请问高司长,进展如何?", ["高原"]),
    ]


def test_english_label_with_a_misspelt_surname_is_the_person():
    text = (
        "Department Press Briefing – April 3, 2025\n\n"
        "Miriam Okafor, Deputy Department Spokesperson\n\n"
        "MS OKAFOR: Good afternoon.\n\nQUESTION: Will any of that go through the UN?\n\n"
        "MS OKAFFOR: Yes, a large part of it.\n"
    )
    assert [s.answerers for s in parse_article(text).segments] == [
        ["Miriam Okafor"],
        ["Miriam Okafor"],
    ]


def test_english_label_by_surname_only_has_no_honorific():
    result = parse_article("MR PRICE: Good afternoon.\n\nQUESTION: Hello.\n\nMR PRICE: Hi.\n")
    assert _speaker_names(result) == ["Price"]


# ---- residue -------------------------------------------------------------------------------


def test_residue_lines_are_dropped_and_the_headline_found():
    kept, date = drop_residue(
        [
            "江城新闻网",
            "江城新闻网 > 新闻中心 > > 正文",
            "当前位置: 首页>政务公开>现场实录>",
            "江城市政府举行2025年城市更新新闻发布会",
            "分享",
            "人工智能朗读:",
            "4月18日,江城市政府举行新闻发布会。",
            "分享到:微信 微博 QQ空间",
            "https://www.jcnews.example/2025/0418/c1234.html",
            "文章编号:JC20250418001",
        ],
        english=False,
    )
    # The breadcrumb that names a channel stays for the parser to read it.
    assert kept == [
        "当前位置: 首页>政务公开>现场实录>",
        "江城市政府举行2025年城市更新新闻发布会",
        "4月18日,江城市政府举行新闻发布会。",
    ]
    assert date is None


def test_residue_menus_reading_dates_and_gov_banner():
    kept, _ = drop_residue(
        [
            "媒体",
            "• 甲报",
            "• 乙报",
            "分类",
            "• 本地",
            "新闻",
            "2024年11月22日 星期五",
            "标题",
            "正文。",
        ],
        english=False,
    )
    assert kept == ["标题", "正文。"]
    kept, _ = drop_residue(
        [
            "An official website of the United States Government Here's how you know",
            "Official websites use .gov",
            "Secure .gov websites use HTTPS",
            "Department Press Briefing",
            "MR PRICE: Hello.",
        ],
        english=True,
    )
    assert kept == ["Department Press Briefing", "MR PRICE: Hello."]


def test_headline_cleaning_and_colon_headlines():
    assert clean_title("保安局局长会见传媒谈话全文(只有中文)(附图)") == "保安局局长会见传媒谈话全文"
    assert clean_title("A briefing, annotated – Washington Post") == "A briefing, annotated"
    assert colon_headline(
        ["欧阳瑜: 任何人须到指定地点医观", "(澳门电台消息) " + "社会文化司司长欧阳瑜表示" * 6]
    )
    assert not colon_headline(["行政长官:早晨。", "记者:请问有何评论?" * 8])


def test_residue_hides_nothing_when_a_page_is_all_text():
    assert parse_article(
        "江城新闻网\n\n江城新闻网 > 新闻中心 > 正文\n\n分享\n"
    ).warnings  # nothing recognised: a warning, never an exception


# ---- one-line pastes, outlets in brackets ----------------------------------------------------


def test_one_line_paste_is_cut_into_turns_and_invents_no_one():
    text = (
        "国防部例行记者会 11月28日下午,国防部举行例行记者会,"
        "国防部新闻发言人孙涛大校回答了记者提问。"
        "记者:据了解,某国近日宣布将举行联合演习,并邀请中方观摩。请问这个消息是否属实?"
        "孙涛:应有关国家邀请,中方将派出观察员观摩此次演习。"
        "记者:有报道称,已有超过20个国家的军队代表团访华,请介绍有关情况。"
        "孙涛:今年以来,我军同30多个国家开展了联合演训。"
    )
    assert split_run_on(text)[:3] == [
        "国防部例行记者会",
        "11月28日下午,国防部举行例行记者会,国防部新闻发言人孙涛大校回答了记者提问。",
        "记者:据了解,某国近日宣布将举行联合演习,并邀请中方观摩。请问这个消息是否属实?",
    ]
    result = parse_article(text)
    assert result.title == "国防部例行记者会"
    assert _speaker_names(result) == ["孙涛"]
    assert [s.answerers for s in result.segments] == [["孙涛"], ["孙涛"]]


def test_outlets_in_brackets_and_parentheses():
    assert normalise_label("[南湖电视台记者]:今年有何变化?") == "南湖电视台记者:今年有何变化?"
    assert normalise_label("记者(新华社):有何支持?") == "新华社记者:有何支持?"
    assert normalise_label("▲DVB电视台记者:我想问") == "DVB电视台记者:我想问"
    text = (
        "南湖区新闻发布会实录\n\n5月9日,区发展和改革局局长杜文清介绍有关情况并答记者问。\n\n"
        "[南湖电视台记者]:今年有何变化?\n\n杜文清:时间压缩。\n\n"
        "记者(新华社):有何支持?\n\n杜文清:设立资金池。\n\n记者(南湖日报):下一步?\n\n杜文清:深化改革。\n"
    )
    assert [(s.question, s.asker) for s in parse_article(text).segments] == [
        ("今年有何变化?", "南湖电视台"),
        ("有何支持?", "新华社"),
        ("下一步?", "南湖日报"),
    ]


# ---- narrated reports ----------------------------------------------------------------------


def test_narrated_report_is_body_text_with_its_speaker():
    text = (
        "江北省发布一季度经济数据\n\n"
        "4月19日,江北省政府新闻办举行新闻发布会,省统计局副局长、新闻发言人葛安平介绍了一季度"
        "全省经济运行情况。\n\n葛安平介绍,一季度全省地区生产总值同比增长7.1%。\n\n"
        "谈及就业情况时,葛安平说:“就业形势总体稳定。”\n"
    )
    result = parse_article(text)
    assert result.segments == []
    assert [(s.name, s.organisation, s.position) for s in result.speakers] == [
        ("葛安平", "省统计局", "副局长、新闻发言人")
    ]
    assert len(result.body) == 2


# ---- English pages ---------------------------------------------------------------------------


def test_transcription_service_time_codes_and_audience_replies():
    from releases.importing.parser.outlets import join_timecoded

    assert join_timecoded(
        ["Jen Psaki: (00:22)", "Good afternoon.", "Audience: (00:26)", "Good afternoon.", "Next."]
    ) == ["JEN PSAKI: Good afternoon.", "Next."]


@pytest.mark.parametrize(
    ("text", "title", "published", "body", "speakers", "first_turn"),
    [
        pytest.param(
            "The latest briefing, annotated – Daily Courier\n\n"
            "Deputy press secretary Maria Lopez-Grant (photo) took questions on Thursday. "
            "Cameras were not allowed.\n\n"
            "We have annotated the transcript below. Click a highlighted passage.\n\n"
            "LOPEZ-GRANT: Good afternoon.\n\nQUESTION: Thank you, Maria.\n\n"
            "LOPEZ-GRANT: Go ahead with the question.\n",
            "The latest briefing, annotated",
            None,
            [
                "Deputy press secretary Maria Lopez-Grant (photo) took questions on Thursday. "
                "Cameras were not allowed.",
                "We have annotated the transcript below. Click a highlighted passage.",
            ],
            ["Maria Lopez-Grant"],
            ["Good afternoon."],
            id="newspaper-introduction-is-not-the-officials-and-a-surname-label-is-completed",
        ),
        pytest.param(
            "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n\n"
            "Department of Public Information . News and Media Division . New York\n\n"
            "24 April 2015\n\n"
            "The following is a near-verbatim transcript of today's noon briefing by Stéphane "
            "Dujarric, Spokesman for the Secretary-General.\n\n"
            "Good afternoon.\n\nThis morning, the Council met.\n",
            "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General",
            "2015-04-24",
            [],
            ["Stéphane Dujarric"],
            ["Good afternoon.", "This morning, the Council met."],
            id="un-header-ends-with-the-transcript-note",
        ),
    ],
)
def test_english_page_header_ends_where_the_officials_turns_begin(
    text, title, published, body, speakers, first_turn
):
    result = parse_article(text)
    assert (result.title, result.published, result.body) == (title, published, body)
    assert _speaker_names(result) == speakers
    assert result.segments[0].paragraphs == first_turn


def test_agency_photo_credit_in_parentheses():
    from releases.importing.parser.credits import caption_credits

    (credit,) = caption_credits("国防部新闻发言人蒋斌大校(中评社 海涵摄)")
    assert (credit.role, credit.name) == ("摄", "海涵")


# ---- abstaining rather than guessing -------------------------------------------------------


def test_an_office_nobody_was_introduced_in_answers_unsigned_with_a_warning():
    result = parse_article(
        "记者会答问内容(二)\n记者:隧道收费何时调整?\n运输局局长:下月。\n"
        "记者:会否分时段收费?\n运输局局长:仍在研究。\n"
    )
    assert _answers(result) == [("隧道收费何时调整?", []), ("会否分时段收费?", [])]
    assert result.speakers == []
    assert sum("没有署名" in w for w in result.warnings) == 2


def test_an_anonymous_official_is_nobody_even_when_only_one_person_is_named():
    result = parse_article(
        "BACKGROUND BRIEFING\nMR. HALE: This is on background.\n"
        "SENIOR ADMINISTRATION OFFICIAL: Thanks. The talks opened today.\n"
        "QUESTION: When is the next round?\nSENIOR ADMINISTRATION OFFICIAL: In May.\n"
    )
    assert ("When is the next round?", []) in _answers(result)
    assert all("Official" not in s.name for s in result.speakers)


def test_someone_recalled_in_a_former_post_is_no_speaker():
    result = parse_article(
        "市长谈旅游季安排\n市长韩立川今日回应传媒表示,旅游季将按计划举行。"
        "他回顾说,时任市长宁振邦当年提出打造山海旅游带。韩立川表示,门票将实行半价。\n"
    )
    assert _speaker_names(result) == ["韩立川"]


def test_a_full_name_is_read_past_a_title_and_a_following_word():
    result = parse_article(
        "MS OKORO: I'm pleased to introduce Ambassador Daniel Mbeki.\n"
        "AMBASSADOR MBEKI: Thank you. It's not Daniel Mbeki Day, but thank you.\n"
        "QUESTION: When will the report be out?\nAMBASSADOR MBEKI: Next month.\n"
    )
    assert ("When will the report be out?", ["Daniel Mbeki"]) in _answers(result)


NEWSPAPER = """要闻速递
滨海日报 2025年03月06日 星期四
市政协首场发布会:
发言人细说民生账本
本报记者 程晓岚
《滨海日报》(2025年03月06日 002版)

3月5日上午10时,市政协十四届三次会议首场新闻发布会在会议中心举行,大会发言人韩立诚有问必答。

市政协副秘书长、新闻发布会主持人孟庆华,市政协新闻中心主任许文杰在主席台就座。孟庆华简短地宣布:“发布会现在开始。”

有记者问及养老服务,韩立诚不紧不慢地回答:“我们提出了一批提案。”
"""


# Each page, and what is read from it: a path of tests/importing/parser/reading.py each.
PAGES = [
    pytest.param(
        NEWSPAPER,
        {
            "title": "市政协首场发布会:发言人细说民生账本",
            "published": "2025-03-06",
            "event_date": "2025-03-05",
            "credits (role, name)": [("记者", "程晓岚")],
            # 许文杰 only sits on the platform: no speaker.
            "speakers (name, role, position)": [
                ("韩立诚", "speaker", "大会发言人"),
                ("孟庆华", "host", "副秘书长"),
            ],
        },
        id="newspaper-page-masthead-headline-over-two-lines-byline-and-quoted-officials",
    ),
    pytest.param(
        "鄧佳明雲嶺記者會(huì)答問實錄\n"
        "  8月11日下午,青川市政府副市長兼市應急管理局局長鄧佳明雲嶺記者會(huì)上回答記者提問。\n"
        "  記者:下一步有什麼安排?\n"
        "  鄧佳明:我們將在未來兩周內完成排查。\n",
        {
            "speakers (name, organisation, position)": [
                ("鄧佳明", "青川市政府", "副市長兼市應急管理局局長")
            ],
            "title": "鄧佳明雲嶺記者會(huì)答問實錄",
            "segments[0].answerers": ["鄧佳明"],
        },
        id="mirror-pinyin-and-a-name-before-the-place-of-the-press-conference",
    ),
    pytest.param(
        "-記者會快訊(入境限制最新安排)-\n\n"
        "交通事務局局長林志遠今(12)日在跨部門應變中心記者會上表示,入境前14日內曾到過高風險地區"
        "的人士,須接受醫學觀察。\n",
        {
            "title": "記者會快訊(入境限制最新安排)",
            "speakers (name, organisation, position)": [("林志遠", "交通事務局", "局長")],
        },
        id="a-portal-item-names-its-official-once-before-a-dated-place",
    ),
    pytest.param(
        "Transcript of remarks by SJ at media session (with video)\n\n"
        "     Following is the transcript of remarks by the Secretary for Justice, Mr Paul Lam, "
        "at a media session today (May 6):\n\n"
        "Reporter:  Will the rules apply to pending cases?\n\n"
        "Secretary for Justice: Only to new cases.\n\n"
        "(Please also refer to the Chinese portion of the transcript.)\n\n"
        "Ends/Tuesday, May 6, 2025\nIssued at HKT 14:20\n",
        {
            "speakers (name, position)": [("Paul Lam", "Secretary for Justice")],
            "segments (answerers, paragraphs)": [(["Paul Lam"], ["Only to new cases."])],
            "published": "2025-05-06",
            "event_date": "2025-05-06",
        },
        id="hong-kong-english-transcript-post-before-mr-name-and-closing-lines",
    ),
    pytest.param(
        "This snapshot, taken on\n05/01/2010\n, shows web content acquired for preservation by "
        "The National Archives.\nNews\nWednesday 19 February 2003\n"
        "Prime Minister's Press Conference - 25 July\nPrime Minister:\n"
        "Good morning everyone. I am happy to take questions on anything.\n",
        {
            "title": "Prime Minister's Press Conference - 25 July",
            "speakers": [],
            "segments (question, answerers)": [(None, [])],
        },
        id="an-office-alone-on-its-line-with-nobody-named-answers-unsigned",
    ),
    pytest.param(
        "2024年5月20日,外交部發(fā)言人汪文斌主持例行記者會(huì)。\n"
        "問:中方有何期待?\n答:希望取得成果。\n"
        "《海濱日報》記者:中方是否出席?\n汪文斌:將出席。\n",
        {
            "title": "",
            "speakers (name, role, position)": [("汪文斌", "speaker", "發(fā)言人")],
            "segments (asker, answerers)": [(None, ["汪文斌"]), ("海濱日報", ["汪文斌"])],
        },
        id="a-dated-lead-sentence-is-no-headline-and-the-presiding-spokesperson-answers",
    ),
    pytest.param(
        "花絮:發言人談天氣\n\n"
        "【晨光網報道 記者 周一鳴】外交部發言人林向東12日主持例行記者會。"
        "當日例行記者會上,有記者問:今天的天氣怎麼樣?\n\n"
        "林向東笑著回答:“天氣很好。”\n",
        {
            "credits (role, name)": [("記者", "周一鳴")],
            "segments": [],
            "speakers (name)": ["林向東"],
        },
        id="a-bracketed-byline-is-a-credit-and-a-narrated-question-is-no-label",
    ),
    pytest.param(
        "2012年11月16日,外交部發言人洪磊主持例行記者會。\n洪磊首先發布消息:\n"
        "應邀請,總理將出席峰會。\n問:中方有何評論?\n答:我們歡迎。\n",
        {
            "segments[0].question": None,
            "segments[0].answerers": ["洪磊"],
            "segments[0].paragraphs": ["應邀請,總理將出席峰會。"],
        },
        id="a-known-spokesperson-announcing-first-labels-the-announcement",
    ),
    pytest.param(
        "(AGENPARL) – gio 20 luglio 2023 Department Press Briefing Index\n\n1:23 p.m. EDT\n\n"
        "MR MILLER: Nothing to start.\n\nQUESTION: Anything on Haiti?\n\nMR MILLER: Not today.\n",
        {"title": "Department Press Briefing Index"},
        id="an-english-page-title-loses-an-agency-prefix",
    ),
    pytest.param(
        "US State Dept Presser\nState Dept Press Briefing -June 13, 2023\n"
        "MR MILLER: Hello, everyone.\nQUESTION: Any news?\nMR MILLER: None.\n",
        {"title": "State Dept Press Briefing -June 13, 2023"},
        id="an-english-page-title-loses-a-site-kicker",
    ),
    pytest.param(
        "首页 > 图片聚焦 > 新闻发布会辑录(2023-04-26)\n\n新闻发布会辑录(2023-04-26)\n\n"
        "来源:省台办 发布时间:2023-04-27\n\n"
        "4月26日上午10时,国台办举行例行新闻发布会。发言人朱凤莲回答了记者提问。\n\n"
        "朱凤莲:欢迎大家参加例行发布会。\n\n朱凤莲:接下来开始提问。\n\n"
        "海峡两岸记者:请问如何认识这次会谈?\n\n朱凤莲:这次会谈意义重大。\n",
        {
            "title": "新闻发布会辑录(2023-04-26)",
            "segments[0].paragraphs": ["欢迎大家参加例行发布会。"],
            "segments[1].answerers": ["朱凤莲"],
        },
        id="a-headline-with-a-date-is-kept-and-the-spokesperson-gives-the-floor",
    ),
    pytest.param(
        "朱鳳蓮回應\n\n國台辦新任發言人朱鳳蓮答記者問。\n\n台媒記者問:背景板為何更換?\n\n"
        "朱鳳蓮:為了更好的服務。\n\n視頻\n\n更 多\n\n麒麟開光 造福四方!\n"
        "歷屆最多!派出74名運動員\n“熊貓列車”本周六首航!長啥樣?\n8000位跑手跑馬拉松\n",
        {
            "segments[0].paragraphs": ["為了更好的服務。"],
            "figures": [],
            "speakers (name, position)": [("朱鳳蓮", "發言人")],
        },
        id="a-video-list-after-the-answer-is-residue-and-a-new-post-is-the-post",
    ),
    pytest.param(
        "國台辦改每周開記者會\n\n聯合報／ 特派記者陳政錄／北京報導\n\n"
        "據大陸國台辦發言人陳斌華昨日主持記者會後宣布,發布會改為每周一次。\n\n"
        "陳斌華昨日主持例行新聞發布會。\n",
        {
            "credits (role, name)": [("特派記者", "陳政錄")],
            "speakers (name, position)": [("陳斌華", "發言人")],
        },
        id="a-reported-spokesperson-named-again-and-a-slashed-byline",
    ),
    pytest.param(
        "发言人首亮相\n\n国台办27日举行新闻发布会,新任发言人朱凤莲正式面向媒体亮相。\n\n"
        "国台办举行例行新闻发布会,新任发言人朱凤莲亮相,问候两岸记者。\n",
        {"speakers (name, position)": [("朱凤莲", "发言人")]},
        id="a-reported-spokesperson-new-in-the-post-is-the-post",
    ),
    pytest.param(
        "2013年7月10日10時,新聞辦舉行發佈會,請海關總署新聞發言人、統計分析司司長呂大良介紹情況,"
        "並答記者問。\n[湖南衛視記者]有沒有新的舉措?\n[呂大良]我們採取了措施。\n",
        {"segments (question, asker, answerers)": [("有沒有新的舉措?", "湖南衛視", ["呂大良"])]},
        id="live-text-bracket-labels-and-a-traditional-surname-lu",
    ),
    pytest.param(
        "某省政府首位女性新闻发言人亮相\n\n"
        "4月29日,某省人民政府举行例行新闻发布会,省政府副秘书长、新闻发言人王娥首次亮相。\n\n"
        "省政府副秘书长、新闻发言人王娥\n\n"
        "4月29日,某省人民政府举行例行新闻发布会,省政府副秘书长、新闻发言人王娥首次亮相。\n\n"
        "王娥回答,全省增速基本符合要求。\n",
        {"speakers (name, position, organisation)": [("王娥", "副秘书长、新闻发言人", "省政府")]},
        id="a-two-character-name-then-a-word-that-ends-a-name-printed-twice",
    ),
    pytest.param(
        "新闻热线:0531-1234567\n\n通讯员qq群:12345678\n\n某某报业集团主办\n\n首页 > 某省新闻\n\n"
        "某省政府新闻发言人亮相\n\n4月29日,某省人民政府举行例行新闻发布会,新闻发言人王娥首次亮相。\n",
        {"title": "某省政府新闻发言人亮相"},
        id="a-news-site-s-hotline-contributors-group-and-publisher-lines-are-residue",
    ),
    pytest.param(
        "第七任特首陈立文见传媒。\n\n"
        "第七任特首陈立文今(1)日表示,上任后会逐步推出政策,并与香港特首周家明共同研究合作。\n\n"
        "陈立文又指,希望政策能有效实行。\n",
        {"speakers (name, position)": [("陈立文", "特首")]},
        id="an-ordinal-of-the-post-is-no-part-of-it-and-a-partner-is-no-speaker",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PAGES)
def test_a_pasted_page(text, expected):
    assert read(parse_article(text), expected) == expected


def test_other_headlines_listed_after_the_text_are_residue_and_no_figures():
    result = parse_article(
        "司長談防疫\n\n社會文化司司長歐陽瑜表示,政府不會封關。\n\n"
        "兩位長者離世\n92歲長者離世\n本澳昨增9人入住設施\n高盛:兌美元有望朝100回升\n按年實質增長8%\n"
    )
    assert result.figures == []
    assert not any("長者" in p for p in result.body + [result.lead or ""])


def test_a_photo_caption_alone_gives_its_people_posts_and_credit():
    result = parse_article(
        "2012年1月18日,國務院新聞辦舉行新聞發佈會,中共中央對外宣傳辦公室、國務院新聞辦公室主任"
        "王晨介紹工作進展情況,並答記者問。"
        "圖為新聞辦新聞局局長郭衛民主持發佈會。中國政府網 陳競超 攝\n"
    )
    people = [(s.name, s.role, s.organisation, s.position) for s in result.speakers]
    assert ("王晨", "speaker", "中共中央對外宣傳辦公室、國務院新聞辦公室", "主任") in people
    assert ("郭衛民", "host", "新聞辦新聞局", "局長") in people
    assert len(people) == 2
    assert [(c.role, c.name) for c in result.credits] == [("攝", "陳競超")]


REV_PAGE = """Mar 3, 2024

Press Briefing by Press Secretary Dana Whitcomb 3/02/24 Transcript

RevBlogTranscriptsPress Briefing by Press Secretary Dana Whitcomb 3/02/24 Transcript

Transcribe Your Own Content

Speaker 1 (00:01):

Over here, over here!

Speaker 2 (00:02):

Do you prefer carrots or sticks?

easter helper (00:03):

Thank you all for coming out.

Dana Whitcomb (00:10):

Good afternoon, everybody.

Speaker 3 (00:12):

Good afternoon.

Speaker 5 (00:12):

Dana Whitcomb (00:13):

Okay. Today the President signed an order that will help 40,000 families.

Speaker 4 (01:02):

Dana, what about the rail strike?

Dana Whitcomb (01:05):

We are watching it closely.
"""


def test_time_coded_labels_after_the_name_and_unnamed_voices_are_nobody():
    result = parse_article(REV_PAGE)
    assert [(s.name, s.position) for s in result.speakers] == [("Dana Whitcomb", "Press Secretary")]
    assert [(s.question, s.answerers, s.paragraphs) for s in result.segments] == [
        (
            None,
            ["Dana Whitcomb"],
            [
                "Good afternoon, everybody.",
                "Okay. Today the President signed an order that will help 40,000 families.",
            ],
        ),
        ("Dana, what about the rail strike?", ["Dana Whitcomb"], ["We are watching it closely."]),
    ]


SHOT_LIST = """Washington DC - 6 March 2018

1. Wide of briefing room

2. SOUNDBITE: (English) Dana Whitcomb, White House Press Secretary:

"The President will meet the governors tomorrow morning."

3. Mid of reporters

4. SOUNDBITE: (English) Dana Whitcomb, White House Press Secretary:

(Reporter question off camera): "Will the tariffs go ahead?"

(Dana Whitcomb): "Nothing has changed on that."

5. SOUNDBITE: (English) Dana Whitcomb, White House Press Secretary:

(Reporter quest
"""


def test_a_shot_list_s_soundbites_are_the_named_official_s_turns():
    result = parse_article(SHOT_LIST)
    assert result.title == ""  # Washington, DC - 6 March 2018 is a place and a date
    assert [(s.name, s.position) for s in result.speakers] == [
        ("Dana Whitcomb", "White House Press Secretary")
    ]
    assert [(s.question, s.answerers, s.paragraphs) for s in result.segments] == [
        (None, ["Dana Whitcomb"], ['"The President will meet the governors tomorrow morning."']),
        ('"Will the tariffs go ahead?"', ["Dana Whitcomb"], ['"Nothing has changed on that."']),
    ]


PAGE_DIR = Path(__file__).resolve().parent / "pages"
PORTAL_MFA = (PAGE_DIR / "portal_mfa_dated_line.txt").read_text(encoding="utf-8")
MENU_WIRE = (PAGE_DIR / "pipe_menu_minister.txt").read_text(encoding="utf-8")
FONT_REPORT = (PAGE_DIR / "font_line_report.txt").read_text(encoding="utf-8")
ONE_LINE_ANNOUNCEMENT = (PAGE_DIR / "one_line_announcement.txt").read_text(encoding="utf-8")


def test_a_dated_presiding_line_is_no_headline_and_the_announcement_is_the_spokesperson_s():
    result = parse_article(PORTAL_MFA)
    assert result.title == "关于边境口岸开放 外交部发言人这样回应"
    assert [(s.name, s.position, s.organisation) for s in result.speakers] == [
        ("汪晓峰", "发言人", "外交部")
    ]
    assert _answers(result) == [
        (None, ["汪晓峰"]),
        ("有报道称,边境口岸将于下月全面开放,你能否证实?", ["汪晓峰"]),
        ("中方对此有何评论?", ["汪晓峰"]),
    ]
    assert result.segments[0].paragraphs[0].startswith("应国务院总理邀请")


def test_a_menu_of_places_between_pipes_is_residue_and_a_minister_of_a_ministry_is_split():
    result = parse_article(MENU_WIRE)
    assert result.title == "商务部长钟山就对外贸易回答中外记者提问"
    assert [(s.name, s.position, s.organisation) for s in result.speakers] == [
        ("钟山", "部长", "商务部")
    ]
    assert [(c.role, c.name) for c in result.credits] == [("摄", "李明")]
    assert result.lead.startswith("新华社北京3月8日电")


def test_a_font_line_and_a_url_with_a_date_are_residue_and_a_post_after_a_session():
    result = parse_article(FONT_REPORT)
    assert result.title == "孙涛:今年的提问都很精彩!"
    # A numbered session is a meeting, no body: its post is kept whole, as the blind labels
    # of real pages keep it (全国政协十四届二次会议副秘书长兼新闻发言人).
    assert [(s.name, s.position, s.organisation) for s in result.speakers] == [
        ("孙涛", "全国政协十二届一次会议新闻发言人", None)
    ]
    assert result.published == "2012-03-04"
    assert [(f.text, f.value, f.unit) for f in result.figures] == [
        ("1小时", 1, "小时"),
        ("2个小时", 2, "小时"),
    ]


def test_a_one_line_paste_s_first_sentence_is_no_headline_and_its_answers_are_unsigned():
    result = parse_article(ONE_LINE_ANNOUNCEMENT)
    assert result.title == ""
    assert result.lead.startswith("应国务院总理邀请")
    assert [s.answerers for s in result.segments] == [[], []]
    assert not result.speakers


def _people(name):
    result = parse_article((PAGE_DIR / name).read_text(encoding="utf-8"))
    return sorted((s.name, s.position, s.organisation) for s in result.speakers), result


def test_a_post_with_a_qualifier_in_parentheses_and_the_official_after_he():
    people, result = _people("hk_lead_post_in_parentheses.txt")
    assert people == sorted(
        [
            ("梁思遠", "司長", "財政司"),
            ("何志明", "局長", "財經事務及庫務局"),
            ("葉曉彤", "常任秘書長(庫務)", "財經事務及庫務局"),
            ("陳李嘉欣", "政府經濟顧問", None),
        ]
    )
    assert _answers(result) == [("司長,今年的赤字會否擴大?", ["梁思遠"])]


def test_officials_also_attending_with_honorifics_after_their_names():
    people, result = _people("hk_officials_also_attending.txt")
    assert people == sorted(
        [
            ("李樂怡", "行政長官", None),
            ("邱德明", "局長", "商務及經濟發展局"),
            ("黃國強", "局長", "保安局"),
            ("陳素心", "局長", "食物及衞生局"),
            ("曾志偉", "處長", "入境事務處"),
            ("陳雅儀", "署長", "衞生署"),
            ("高振邦", "行政總裁", "醫院管理局"),
        ]
    )
    assert _answers(result) == [("特首,會否全面封關?", ["李樂怡"])]


def test_posts_listed_across_a_comma_stay_with_the_person_after_them():
    people, result = _people("city_posts_across_a_comma.txt")
    assert people == [
        ("胡立新", "市委副书记、市长", None),
        ("陈卫东", "市委常委、秘书长,市政府常务副市长", None),
    ]
    assert ("1个多小时", 1, "小时") in [(f.text, f.value, f.unit) for f in result.figures]


def test_a_lead_ending_in_its_full_text_colon_is_no_person_and_names_the_official():
    people, result = _people("reprint_lead_introduces_full_text.txt")
    assert people == [("李乐怡", "香港特首", None)]
    assert result.lead.endswith("以下是记者会全文:")
    assert [s.answerers for s in result.segments] == [["李乐怡"]]
    assert ("一宗", 1, "宗") in [(f.text, f.value, f.unit) for f in result.figures]


# ---- after blind7's first run (hand-written pages of its layouts) --------------------------


def test_a_hong_kong_english_lead_names_the_official_and_those_with_him():
    people, result = _people("hk_english_lead_with_guests.txt")
    assert people == sorted(
        [
            ("Peter Chan", "Secretary for Housing", None),
            ("Amy Lau", "Director of Housing", None),
            ("Ken Ho", "Under Secretary for Housing", None),
            ("Paul Ng", "Commissioner of Rating and Valuation", None),
        ]
    )
    assert result.title == "Transcript of remarks by SHA at media session"
    assert [(s.question, s.answerers, s.paragraphs) for s in result.segments] == [
        (
            "When will the next batch of flats be ready?",
            ["Peter Chan"],
            ["The next batch will be ready by the end of the year."],
        )
    ]


def test_two_un_briefers_each_answer_under_their_own_briefing_line():
    people, result = _people("un_two_briefers.txt")
    assert people == [
        ("Anna Keller", "Spokesperson for the Secretary-General", None),
        ("Tomas Berg", "Spokesperson for the General Assembly President", None),
    ]
    assert [(s.answerers, s.headings) for s in result.segments] == [
        (["Anna Keller"], ["Briefing by the Spokesperson for the Secretary-General", "Sudan"]),
        (["Tomas Berg"], ["Briefing by the Spokesperson for the General Assembly President"]),
    ]


def test_initials_never_spelled_out_name_nobody_and_a_q_a_headline_is_the_title():
    people, result = _people("excerpts_initials_labels.txt")
    assert people == []
    assert result.title == "Q: Why are seats left empty at events? A: Every event is different"
    assert [(s.question, s.answerers, s.paragraphs) for s in result.segments] == [
        (
            "Why does your office pre-screen reporters for large events?",
            [],
            ["Every event is different. We credential as many reporters as possible."],
        ),
        ("Will you end the pre-screening?", [], ["There is no restriction."]),
    ]
    # The next excerpt's headline is the page's, not part of an answer.
    assert result.body == ["Paul Ortega Won’t Say When The Rail Talks Will Resume"]


def test_a_long_post_before_a_full_name_in_the_headline_keeps_the_first_name():
    people, result = _people("headline_two_posts_names.txt")
    assert people == [
        ("Dana Whitcomb", "Press Secretary", None),
        (
            "Paul Ortega",
            "National Security Council Coordinator for Strategic Communications",
            None,
        ),
    ]
    assert [s.answerers for s in result.segments] == [["Dana Whitcomb"], ["Paul Ortega"]]


def test_skip_links_and_a_flash_notice_are_residue_and_the_kicker_is_split():
    people, result = _people("portal_skip_links_kicker_report.txt")
    assert (result.kicker, result.title) == ("会场花絮", "市政协发布会的“老问题”")
    assert people == [("赵明远", "发言人", None)]


def test_a_minister_named_before_his_post_and_quoted_and_joined_agency_credits():
    people, result = _people("overseas_paper_minister_named_first.txt")
    assert result.title == "部長記者會笑聲不斷"
    assert people == [("孫立平", "部長", None)]
    # The same photographer under two captions is one credit.
    assert [(c.role, c.name) for c in result.credits] == [("攝", "周明軒")]


def test_a_video_story_s_sound_bite_label_is_no_byline():
    people, result = _people("video_story_sound_bites.txt")
    assert people == [("刘晓峰", "大会新闻发言人", None)]
    assert result.credits == []
    assert [(f.text, f.value, f.unit) for f in result.figures] == [("三场", 3, "场")]


def test_a_speech_archive_s_utterances_with_sentiment_and_time_range_lines():
    people, result = _people("speech_archive_utterances.txt")
    assert result.title.startswith("Press Conference: Dana Whitcomb Holds a Press Briefing")
    assert people == [("Dana Whitcomb", None, None)]
    assert [(s.question, s.answerers, s.paragraphs) for s in result.segments] == [
        (None, ["Dana Whitcomb"], ["Good afternoon, everybody."]),
        (
            "Will the President sign the rail bill this week?",
            ["Dana Whitcomb"],
            ["He expects to sign it on Friday.", "It will help 40,000 workers keep their jobs."],
        ),
    ]
    assert result.body == []


def test_a_glued_agency_credit_and_a_portal_comment_box():
    result = parse_article(
        "外交部长就外交政策回答记者提问\n\n"
        "这是部长在回答记者提问。新华社记者李明摄\n\n"
        "新华社北京3月8日电 外交部长钟华就外交政策回答中外记者提问。\n\n"
        "钟华:各位记者朋友,大家上午好!\n\n"
        "网友评论\n\n共有 0 条评论 查看更多评论>>\n\n发表评论\n\n请登录:\n内 容:\n"
    )
    assert [(c.role, c.name) for c in result.credits] == [("摄", "李明")]
    assert result.figures == []


# ---- after blind8's first run (hand-written pages of its layouts) --------------------------


def test_an_archive_with_sentences_on_lines_and_labels_broken_after_the_honorific():
    people, result = _people("archive_sentence_lines_broken_label.txt")
    assert result.title == "DoD News Briefing with Assistant Secretary Harlan from the Pentagon"
    assert ("Peter Harlan", "Assistant Secretary", None) in people
    assert [(s.question, s.answerers) for s in result.segments][:2] == [
        (None, ["Peter Harlan"]),
        (None, ["Voss"]),
    ]
    # Lita., a reporter's first name alone, gives the floor: no part of the answer.
    assert "Lita." not in result.segments[1].paragraphs


def test_a_stammered_go_ahead_gives_the_floor_and_the_department_s_name_is_no_title():
    people, result = _people("state_reprint_floor_and_suffix.txt")
    assert result.title == "Department Press Briefing – March 4, 2024"
    assert [(s.question, s.answerers) for s in result.segments] == [
        (None, ["Miller"]),
        ("That was like 45 seconds.", []),
        ("What is your take on the talks?", ["Miller"]),
    ]


def test_advertising_words_between_the_pieces_of_a_sentence_are_residue():
    people, result = _people("spam_mirror_ad_words.txt")
    assert result.title == ""
    assert people == [("林美君", "發言人", "行政院")]
    assert [(f.text, f.value, f.unit) for f in result.figures] == [("1年", 1, "年")]
    assert not any(p in ("廚具", "購物") for p in result.body + [result.lead or ""])


def test_a_tv_mirror_s_menu_channel_and_slashed_byline_with_two_names():
    people, result = _people("tv_mirror_menu_channel_byline.txt")
    assert result.title == "美君上任-接任政院發言人 林美君堅持"
    assert people == [("林美君", "發言人", "行政院")]
    assert [(c.role, c.name) for c in result.credits] == [("記者", "李志明"), ("記者", "王大同")]


def test_a_post_from_the_lead_s_presiding_sentence_and_tons_in_traditional_characters():
    result = parse_article(
        "國臺辦新聞發佈會文字實錄\n\n2020-12-16 12:42:00\n來源:台灣網\n字號\n\n"
        "台灣網12月16日北京訊 國臺辦今天上午舉行例行新聞發佈會。"
        "本次新聞發佈會由國臺辦新聞局副局長、新聞發言人朱明華主持。\n\n"
        "朱明華:大家早上好,歡迎大家參加今天的發佈會,現在開始提問。\n\n"
        "東南衛視記者:今年進口多少奶粉?\n\n朱明華:今年進口奶粉24萬噸。\n"
    )
    assert [(s.name, s.position) for s in result.speakers] == [("朱明華", "副局長、新聞發言人")]
    assert result.source == "台灣網"
    # The welcome that only opens the floor is the host's words, not a statement.
    assert [s.question for s in result.segments] == ["今年進口多少奶粉?"]
    assert [(f.text, f.value, f.unit) for f in result.figures] == [("24萬噸", 240000, "噸")]


def test_a_person_the_lead_names_again_with_no_post_before_does_not_stop_the_parse():
    # The roster held 王娥 with no post when the lead named her with one: the parse failed
    # and kept the whole text as body.
    result = parse_article(
        "某某网\n\n某省政府首位女性新闻发言人亮相\n\n"
        "4月29日,某省人民政府举行例行新闻发布会,省政府副秘书长、新闻发言人王娥首次亮相,"
        "端庄大方,谈吐优雅。之后,王娥就经济运行情况进行了解读。\n\n"
        "王娥回答,全省增速基本符合要求。\n"
    )
    assert not any("解析时出错" in w for w in result.warnings)
    assert [(s.name, s.position) for s in result.speakers] == [("王娥", "副秘书长、新闻发言人")]


def test_a_portal_report_on_a_spokeswoman_s_first_press_conference():
    # The lead printed twice, a caption with her posts alone, 首次 after her name.
    people, result = _people("portal_spokeswoman_first_time.txt")
    assert result.title == "某省政府首位女性新闻发言人亮相 端庄大方受好评"
    assert people == [("王娥", "副秘书长、新闻发言人", "省政府")]
    assert not any("解析时出错" in w for w in result.warnings)


def test_hong_kong_officials_listed_before_met_the_media_and_an_office_label():
    people, result = _people("hk_officials_met_the_media.txt")
    assert result.title == "Transcript of remarks by CS, S for T and SED at media session"
    assert people == sorted(
        [
            ("Henry Wong Ka-ming", "Chief Secretary for Administration", None),
            ("Alice Cho", "Secretary for Transport", None),
            ("Peter Ng", "Secretary for Commerce and Economic Development", None),
        ]
    )
    question = "Secretary, when will the tunnel reopen? Some 40 to 50 lorries are waiting."
    assert _answers(result) == [(question, ["Alice Cho"])]
    assert result.figures == []  # 40 to 50 lorries: a range, left to the editor


def test_hong_kong_labels_giving_the_office_designate_and_the_full_name():
    people, result = _people("hk_designate_labels.txt")
    assert people == sorted(
        [
            ("David Ho", "Chief Executive-elect", None),
            ("Mary Chan Wai-ling", "Chief Secretary for Administration (designate)", None),
            ("Tony Lau Kin-wah", "Financial Secretary (designate)", None),
        ]
    )
    assert _answers(result) == [(None, ["Mary Chan Wai-ling"]), (None, ["Tony Lau Kin-wah"])]
    assert result.segments[0].paragraphs[0].startswith("Today is a momentous occasion")
    assert result.segments[1].paragraphs == ["I am deeply honoured"]


def test_a_blog_s_transcript_marker_and_the_president_label_resolved_to_the_one_named():
    people, result = _people("blog_the_president_label.txt")
    assert result.title == "President Hale Impromptu Presser Departing the White House"
    assert people == [("Hale", "President", None)]
    assert _answers(result) == [
        (None, ["Hale"]),
        ("Mr. President, what is your reaction to the vote?", ["Hale"]),
    ]
    assert result.segments[0].paragraphs == ["Hello, everybody. How are you? Very good numbers."]


def test_the_president_label_with_no_president_named_is_nobody_s_answer():
    result = parse_article(
        "Remarks Departing the White House\n\nTHE PRESIDENT: Hello, everybody.\n\n"
        "Q Sir, what is your reaction?\n\nTHE PRESIDENT: We will see.\n"
    )
    assert result.speakers == []
    assert [s.answerers for s in result.segments] == [[], []]


def test_a_pool_report_gives_the_gaggler_s_post_with_his_full_name():
    result = parse_article(
        "Fw: Travel print pool report 4: gaggle\n\n"
        "From: Jane Roe [mailto:xxx@email.com]\nSubject: Travel print pool report 4: gaggle\n\n"
        "Shortly after takeoff, Deputy White House Press Secretary Tom Baker gaggled with the "
        "press corps for about 10 min.\n\n"
        "On trade, Baker did not say much. “I would refer you to Commerce,” Baker said.\n"
    )
    assert [(s.name, s.position) for s in result.speakers] == [
        ("Tom Baker", "Deputy White House Press Secretary")
    ]


def test_an_e_paper_s_lines_over_a_headline_printed_twice_are_residue():
    result = parse_article((PAGE_DIR / "epaper_headline_twice.txt").read_text(encoding="utf-8"))
    assert result.title == "特首下次記招宣佈新措施?"
    # 希望下一次召開記者會時是…: a clause of his words, no person 時是.
    assert [s.name for s in result.speakers] == ["陳立文"]


def test_a_report_s_name_colon_sub_headings_are_no_turns_and_a_caption_no_headline():
    people, result = _people("macao_report_name_subheadings.txt")
    assert not result.title
    assert people == [("陈立文", "特首", None)]
    assert result.segments == []


def test_a_noon_briefing_guest_joining_later_is_a_speaker_and_the_opening_the_briefer_s():
    result = parse_article(
        "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n\n"
        "The following is a near-verbatim transcript of today’s noon briefing by Paul Lind, "
        "Spokesperson for the Secretary-General.\n\n**Noon Briefing Guest\n\n"
        "Good afternoon.  In a short while, we will be joined by the Resident Coordinator for "
        "Chad, Anna Berg, who is joining us virtually to brief.\n\n**Sudan\n\n"
        "Turning to Sudan, our colleagues report more fighting.\n"
    )
    assert sorted(s.name for s in result.speakers) == ["Anna Berg", "Paul Lind"]
    assert [s.answerers for s in result.segments] == [["Paul Lind"]]


def test_a_rank_in_a_briefing_s_header_is_no_post():
    result = parse_article(
        "DoD News Briefing with Army Major General Dana Holt\n\n"
        "GEN. HOLT: Good afternoon. Let me start with the numbers.\n\n"
        "Q General, how many?\n\nGEN. HOLT: Many.\n"
    )
    assert [(s.name, s.position) for s in result.speakers] == [("Dana Holt", None)]


def test_lead_lists_office_name_post_in_macao_order():
    lead = (
        "应变协调中心于今(18)日举行例行记者会,山顶医院区文彬医务主任、"
        "旅游局市场推广厅叶嘉厅长、交通事务局道路交通管理处冯卓言处长共同会见传媒。"
    )
    assert people_in_sentences(lead) == [
        ("区文彬", "山顶医院医务主任"),
        ("叶嘉", "旅游局市场推广厅厅长"),
        ("冯卓言", "交通事务局道路交通管理处处长"),
    ]
    # Offices and posts with no names between them name nobody.
    assert people_in_sentences("卫生局、教育局和旅游局共同会见传媒。") == []
    assert people_in_sentences("卫生局医务主任、旅游局厅长共同会见传媒。") == []


def test_one_line_paste_with_spaces_and_name_labels():
    text = (
        "各位记者朋友,大家下午好。今天我们请到了市长韩立新,现在开始发布,请韩市长先介绍情况,"
        "介绍以后再回答大家的提问。有请韩市长。 大家好!今年我们将把稳增长放在更加突出的位置。"
        " 孙萌: 谢谢韩市长,下面开始提问。 平川日报记者: 今年的重点项目有哪些?"
        " 韩立新: 谢谢你的提问。"
        " 今年全市安排重点项目120个。"
    )
    assert split_run_on(text)[1:] == [
        "大家好!今年我们将把稳增长放在更加突出的位置。",
        "孙萌: 谢谢韩市长,下面开始提问。",
        "平川日报记者: 今年的重点项目有哪些?",
        "韩立新: 谢谢你的提问。",
        "今年全市安排重点项目120个。",
    ]
    # One word before a colon in a long paragraph is no transcript.
    prose = (
        "今年我们将把稳增长放在更加突出的位置,全力以赴推进各项工作落实落地。" * 4
        + " 注意: 请按时参会。"
    )
    assert split_run_on(prose) == [prose]
