"""Genre cases found in the eighth development scan (invented pages)."""

from releases.importing.parser import parse_article

_PANEL = (
    "Global Health Agency Press Briefing Transcript March 3\n\n"
    "Lena Marsh: (02:10)\n"
    "Hello, everybody. I am Lena Marsh, speaking to you from our headquarters and welcoming "
    "you to our weekly press conference today, Tuesday, 3rd March. Present in the room is the "
    "Director-General, Dr. Omar Feld, and Dr. Ruth Anand, Technical Lead for Measles. Joining "
    "us remotely is Dr. Ken Ito, our chief scientist. Now I would like to hand over to "
    "Dr. Feld for his opening remarks. Dr. Feld, the floor is yours.\n\n"
    "Dr. Feld: (03:02)\n"
    "Thank you, Lena. Good morning. This week 14 countries reported new measles outbreaks, "
    "and we have shipped 2.3 million doses of vaccine.\n\n"
)


def _roles(text):
    return {s["name"]: s["role"] for s in parse_article(text).to_dict()["speakers"]}


def test_moderator_who_names_herself_and_the_panel_hosts():
    # The opening turn names its own speaker, welcomes to the press conference, presents
    # the panel and gives the floor: a moderator, not a statement.
    d = parse_article(_PANEL).to_dict()
    roles = {s["name"]: s["role"] for s in d["speakers"]}
    assert roles.get("Lena Marsh") == "host"
    assert roles.get("Omar Feld") == "speaker"
    assert all("Lena Marsh" not in (s["answerers"] or []) for s in d["segments"])
    assert any("welcoming you" in p for p in d["host_remarks"])


def test_minister_who_welcomes_and_hands_over_stays_speaker():
    # Without naming herself and presenting a panel, a welcoming official who hands over
    # is not taken for a moderator.
    text = (
        "Health Minister Press Conference\n\n"
        "Anna Volk: (00:05)\n"
        "Good morning and welcome to this press conference. Today we are announcing 300 new "
        "nurses for regional hospitals. I would like to hand over to Dr. Feld. Dr. Feld, the "
        "floor is yours.\n\n"
        "Dr. Feld: (01:10)\n"
        "Thank you, Minister. The nurses start in June.\n"
    )
    assert _roles(text).get("Anna Volk") == "speaker"


def test_moderator_who_answers_later_is_not_a_host():
    text = _PANEL + (
        "Reporter: (05:00)\nWhen will the doses arrive?\n\n"
        "Lena Marsh: (05:20)\n"
        "The doses arrive in April, and 400,000 more are ordered for May, which we will ship "
        "to the districts with the most cases first.\n"
    )
    assert _roles(text).get("Lena Marsh") != "host"


_LIVE = (
    "市政府新闻办举行新闻发布会介绍春季植树工作\n\n"
    "2024-03-08 11:30:00\n\n"
    "主持人 市政府新闻办副主任 高明远:\n"
    "各位记者朋友,上午好!欢迎参加市政府新闻办新闻发布会。今天我们请来了市园林绿化局局长"
    "林书文先生,请他介绍春季植树工作情况。下面,请记者朋友提问。\n\n"
    "2024-03-08 11:39:02\n"
    "城市晚报记者:\n"
    "今年计划新增多少绿地?\n\n"
    "2024-03-08 11:41:15\n"
    "林书文:\n"
    "今年全市计划新增绿地320公顷,栽植乔木4.5万株。\n\n"
    "2024-03-08 11:43:20\n"
    "都市电视台记者:\n"
    "植树活动市民如何报名?\n\n"
    "林书文:\n"
    "市民可以通过市园林绿化局官方网站报名。\n"
)


def test_live_time_stamps_between_turns_are_residue():
    d = parse_article(_LIVE).to_dict()
    assert [s["question"] for s in d["segments"]] == [
        "今年计划新增多少绿地?",
        "植树活动市民如何报名?",
    ]
    texts = [p for s in d["segments"] for p in s["paragraphs"]]
    assert not any("2024-03-08" in p for p in texts)
    assert all(s["answerers"] == ["林书文"] for s in d["segments"])


def test_time_stamp_under_the_headline_is_kept_as_the_date():
    # The stamp under the headline follows no turn: the page's date, not dropped as a
    # live page's stamp.
    d = parse_article(_LIVE).to_dict()
    assert (d["published"] or d["event_date"] or "").startswith("2024-03-08")


_COUNCIL = (
    "行政長官答問會答問全文(只有中文)\n"
    "**************************\n\n"
    "  以下是行政長官今日在立法會出席答問會的答問全文:\n\n"
    "立法會主席林國明議員:行政長官現在回答議員的提問。馬小文議員。\n\n"
    "馬小文議員:多謝主席。行政長官,今年會否增加2000個過渡性房屋單位?\n\n"
    "立法會主席林國明議員:行政長官。\n\n"
    "行政長官:主席,我們今年會新增2000個單位,明年再增加1500個。\n\n"
    "立法會主席林國明議員:周志強議員。\n\n"
    "周志強議員:多謝主席。長者醫療券金額會否提高?\n\n"
    "立法會主席林國明議員:行政長官。\n\n"
    "行政長官:多謝周議員。醫療券金額會提高至每年2500元。\n"
)


def test_council_question_session_chair_hosts_and_members_ask():
    d = parse_article(_COUNCIL).to_dict()
    roles = {s["name"]: s["role"] for s in d["speakers"]}
    assert roles.get("林國明") == "host"
    assert "馬小文" not in roles and "周志強" not in roles
    # 議員 a title after the name (the blind25 labels), no part of the asker
    assert [s["asker"] for s in d["segments"]] == ["馬小文", "周志強"]
    assert all(s["question"] for s in d["segments"])


def test_member_label_without_council_chair_is_no_question():
    # A party's press conference: members who speak there are no askers.
    text = (
        "民建聯記者會\n\n"
        "馬小文議員:今日我們提出三項建議,包括增加2000個過渡性房屋單位。\n\n"
        "記者:幾時落實?\n\n"
        "馬小文議員:我們希望明年落實。\n"
    )
    d = parse_article(text).to_dict()
    assert all(s["asker"] != "馬小文議員" for s in d["segments"])


def test_topic_heading_of_a_quote_column_is_no_title():
    # The page's headline was not copied; the first of several 關於 X headings is none.
    text = (
        "關於城市綠化\n"
        "今年我們新增綠地320公頃,市民的意見我們年年回應。\n"
        "關於公共交通\n"
        "地鐵新線明年通車,巴士線路再優化20條。\n"
        "記者 林小明 整理"
    )
    assert parse_article(text).to_dict()["title"] in ("", None)


def test_single_guanyu_headline_stays_the_title():
    text = (
        "关于春季植树工作\n\n"
        "3月8日,市政府新闻办举行新闻发布会,市园林绿化局局长林书文介绍,今年全市计划新增绿地"
        "320公顷。\n"
    )
    assert parse_article(text).to_dict()["title"] == "关于春季植树工作"


def test_stamp_between_a_question_headline_and_the_source_field_is_the_date():
    text = (
        "三年来市政府首场发布会回顾:哪些话题最受关注?\n\n"
        "2025-01-08 09:30:00\n"
        "来源:江城晚报\n\n"
        "主持人 市政府新闻办副主任 高明远:各位记者朋友,上午好!下面,请记者朋友提问。\n\n"
        "城市晚报记者:今年计划新增多少绿地?\n\n"
        "林书文:今年全市计划新增绿地320公顷。\n"
    )
    assert parse_article(text).to_dict()["published"] == "2025-01-08"


def test_question_number_over_the_first_question_is_no_title():
    text = (
        "Question 1\n\n"
        "MP Alan Tan: Sir, what opportunities can we seize in this new environment?\n\n"
        "Minister for Trade Dr Mei Lin Koh: The first thing is that 14 new agreements are "
        "under negotiation.\n"
    )
    assert parse_article(text).to_dict()["title"] in ("", None)


def test_server_error_page_and_menu_bar_over_a_story_are_residue():
    text = (
        "404 Not Found\n\n"
        "NEWSNET/2.10.4\n"
        "首页 | 时政 | 财经 | 综合 | 港澳台 | 评论 | 图片 | 订阅本频道的新闻\n"
        "    您当前的位置 :江城在线 > 国内新闻 > 综合 正文 404 Not Found\n\n"
        "林书文:今年新增绿地320公顷\n\n"
        "市园林绿化局局长林书文在新闻发布会现场。   江城网 周明摄\n\n"
        "  [城市晚报记者]请问林局长,今年计划新增多少绿地?\n\n"
        "  [林书文]今年全市计划新增绿地320公顷,栽植乔木4.5万株。\n"
    )
    d = parse_article(text).to_dict()
    assert d["title"] == "林书文:今年新增绿地320公顷"


def test_pipes_in_a_headline_are_no_menu_bar():
    text = (
        "发布会 | 全市新增绿地320公顷\n\n"
        "3月8日,市政府新闻办举行新闻发布会,市园林绿化局局长林书文介绍,今年全市计划新增绿地"
        "320公顷。\n"
    )
    # (the part before the bar is a kicker; the headline stays)
    assert parse_article(text).to_dict()["title"].endswith("全市新增绿地320公顷")
