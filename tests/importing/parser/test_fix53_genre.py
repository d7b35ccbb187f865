"""Failures of the round blind53, fixed for the genre after it was scored: each test is a
page of our own (invented names and numbers) of the same kind as a real one."""

from releases.importing.parser import parse_article


def test_a_content_farms_fields_over_a_transcripts_headline():
    page = "\n".join(
        [
            "蕾丝面料是怎么生产的(蕾丝面料工厂)",
            "2031-02-23",
            "更新时间:2031-02-23 21:08:11作者:未知",
            "毛明主持南湖外事办例行记者会",
            "南湖日报记者:基里巴斯官员称,南湖警方正在开展社区警务合作。外事办能否提供更多信息?",
            "毛明:我不了解你提到的具体情况,请向主管部门了解。",
        ]
    )
    result = parse_article(page)
    assert result.title == "毛明主持南湖外事办例行记者会"
    assert [(s.name, s.role) for s in result.speakers] == [("毛明", "speaker")]
    assert [(s.asker, s.answerers) for s in result.segments] == [("南湖日报", ["毛明"])]


def test_a_spam_mirrors_keywords_after_the_headlines_bar():
    page = "\n\n".join(
        [
            "南湖监管局:“3·15”曝光问题正依法从严从快查处|青青草原综合久久大伊人精品",
            "南湖新闻网3月17日电 南湖监管局17日举行新闻发布会。南湖监管局新闻发言人王明介绍,"
            "“3·15”曝光的问题正依法从严从快查处。",
        ]
    )
    assert parse_article(page).title == "南湖监管局:“3·15”曝光问题正依法从严从快查处"


def test_a_transcripts_host_by_bare_name_menus_on_two_lines_and_a_bodys_deputies():
    page = "\n".join(
        [
            "首頁|必讀|視頻|專訪|運營|制造|監管|芯片|物聯網|量子|低空經濟|智能汽車|特約記者",
            "手機|互聯網|IT|5G|光通信|人工智能|云計算|大數據|報告|智慧城市|移動互聯網|會展",
            "首頁 >> 監管 >> 正文",
            "",
            "李明成出席“高質量完成規劃”主題新聞發布會 介紹大力推進新型工業化有關情況",
            "",
            "2031年9月10日 08:51  南湖新聞辦、南湖網",
            "",
            "2031年9月9日上午,南湖新聞辦公室舉行系列主題新聞發布會。南湖工業廳廳長李明成,副廳長"
            "辛國明、副廳長張云山出席新聞發布會,介紹大力推進新型工業化有關情況,並答記者問。",
            "",
            "壽小紅:女士們、先生們,大家上午好!歡迎出席南湖新聞辦新聞發布會。今天我們邀請到南湖工業廳"
            "廳長李明成先生,請他為大家介紹有關情況。出席今天新聞發布會的還有:副廳長辛國明先生、"
            "副廳長張云山先生。下面,請李明成先生作介紹。",
            "",
            "李明成:女士們、先生們,新聞界的朋友們,大家上午好!非常感謝大家長期以來的關心和支持。",
        ]
    )
    result = parse_article(page)
    assert result.title == "李明成出席“高質量完成規劃”主題新聞發布會 介紹大力推進新型工業化有關情況"
    people = {(s.name, s.role, s.position, s.organisation) for s in result.speakers}
    assert people == {
        ("李明成", "speaker", "廳長", "南湖工業廳"),
        ("辛國明", "speaker", "副廳長", "南湖工業廳"),
        ("張云山", "speaker", "副廳長", "南湖工業廳"),
        ("壽小紅", "host", None, None),
    }
    # A host's one turn that welcomes, presents and hands over stays the first statement,
    # under the host (the reading of the real labels since blind40).
    assert [s.answerers for s in result.segments] == [["壽小紅"], ["李明成"]]


def test_a_transcription_services_one_voice_by_first_name():
    page = "\n".join(
        [
            "Tamsin (00:00):",
            "… the attack reminding us of what's at stake. The President has offered the world a"
            " chance to see a leader committed to solving the world's threats.",
            "(00:19)",
            "Now as the conflict continues, the President has also been clear about what comes"
            " next.",
        ]
    )
    result = parse_article(page)
    assert [s.name for s in result.speakers] == ["Tamsin"]
    assert [(s.answerers, len(s.paragraphs)) for s in result.segments] == [(["Tamsin"], 2)]


def test_names_in_brackets_over_their_words_and_a_post_in_apposition():
    page = "\n\n".join(
        [
            "Agency Media Telebriefing Transcript on Operation Lightspeed | Agency Newsroom",
            "[Dr. Rob Redman]",
            "Are you mine? Ok great.",
            "Good afternoon and thank you Secretary Azir for joining us today. In a few moments"
            " Dr. Jay Butte, ACD’s Deputy Director for Infectious Diseases and the former"
            " incident manager, will provide you a brief update.",
            "[Dr. Jay Butte]",
            "Good afternoon everybody. Thank you for being here.",
        ]
    )
    result = parse_article(page)
    assert [(s.name, s.position) for s in result.speakers] == [
        ("Rob Redman", None),
        ("Jay Butte", "ACD’s Deputy Director for Infectious Diseases"),
    ]
    assert [s.answerers for s in result.segments] == [["Rob Redman"], ["Jay Butte"]]


def test_a_release_distributors_issuer_and_line_over_a_citys_transcript():
    page = "\n\n".join(
        [
            "City of Lakeport, NY",
            "06/28/2031 | Press release | Distributed by Public on 06/28/2031 18:30",
            "Transcript: Mayor Ada Grant, Speaker Lee Reach Handshake Agreement For"
            " Responsible, Balanced, And On-time Fiscal Year 2032 Budget That Invests In Future Of"
            " Lakeport City",
            "June 28, 2031",
            "Mayor Ada Grant: One of the most significant moments, when I was elected, was a walk"
            " through the city museum with our entire leadership.",
        ]
    )
    result = parse_article(page)
    assert result.title.startswith("Transcript: Mayor Ada Grant, Speaker Lee Reach")
