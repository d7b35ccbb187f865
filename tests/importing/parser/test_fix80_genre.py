"""Failures of the round blind80 (scored blind, then fixed for the genre): each test is a
page of our own of the same kind as a real one."""

from releases.importing.parser import parse_article
from releases.importing.parser.figures import figures_in


def test_a_federations_short_name_is_its_body_and_no_name():
    page = "\n".join(
        [
            "中新网7月3日电 国务院新闻办公室3日举行新闻发布会。",
            "会上,中国残联主席林海平介绍,残疾人就业持续扩大。林海平表示,将继续推进相关工作。",
        ]
    )
    result = parse_article(page)
    assert [(s.name, s.position, s.organisation) for s in result.speakers] == [
        ("林海平", "主席", "中国残联")
    ]


def test_a_report_names_who_chaired_and_who_spoke_on_the_stage():
    page = "\n".join(
        [
            "2024年10月8日上午,第三届滨江文化博览会媒体见面会在滨江科技馆举行。",
            "此次见面会由滨江广播电视台主持人陈雨担任主持,各界嘉宾云集。",
            "滨江市摄影家协会会长周立新登台致辞。他表示,博览会将展示城市发展成果。",
        ]
    )
    result = parse_article(page)
    assert {(s.name, s.role) for s in result.speakers} == {
        ("陈雨", "host"),
        ("周立新", "speaker"),
    }


def test_a_story_on_the_governor_who_got_heated_during_his_press_conference():
    page = "\n".join(
        [
            "LARAMIE (April 3, 2020) — Governor Mark Holden got heated during his press "
            "conference this afternoon, while extending the public health orders.",
            "Holden urged residents to stay at home and keep six feet apart.",
            "Later in the conference Holden apologised for his outburst.",
        ]
    )
    result = parse_article(page)
    assert [(s.name, s.position) for s in result.speakers] == [("Mark Holden", "Governor")]


def test_a_title_case_headline_names_the_governor_elect_by_surname():
    page = "\n".join(
        [
            "Bergman Holds First Press Conference as Governor-Elect",
            "They were elected hours ago, but already Governor–elect Dana Bergman is talking "
            "about future plans.",
            "“We had tremendous support,” said Bergman.",
        ]
    )
    result = parse_article(page)
    assert [(s.name, s.position) for s in result.speakers] == [("Dana Bergman", "Governor–elect")]


def test_machine_captions_under_their_times_are_one_statement_in_the_pages_order():
    lines = ["okay good morning thank you all for", "coming", "syndrome", "research says"]
    lines += ["that two of three", "pregnancies are", "diagnosed with down", "syndrome"]
    lines += ["we do have a law", "codified", "in law"]
    page = "\n".join(
        [
            "PIERRE (KTV) — Below is a machine-generated transcript of Gov. Kristi Lane’s news "
            "conference Thursday morning.",
            "The transcript may include some errors in transcribing.",
            *[f"00:{i:02d}\n{line}" for i, line in enumerate(lines)],
        ]
    )
    result = parse_article(page)
    assert [(s.name, s.position) for s in result.speakers] == [("Kristi Lane", "Governor")]
    [statement] = result.segments
    assert statement.paragraphs == lines
    assert statement.answerers == ["Kristi Lane"]
    assert "PIERRE (KTV)" in (result.title or "") + (result.lead or "")


def test_figures_of_a_clause_ending_in_myriads_editions_and_years_after_le():
    found = figures_in("扬州2023年全市旅游接待总人次首次突破1亿,创历史新高。")
    assert [(f.text, f.value, f.unit) for f in found] == [("1亿", 100000000, "")]
    found = figures_in("连续举办20届陶瓷博览会,麦田音乐节我们签了10年,2023届毕业生都来了。")
    assert [(f.text, f.unit) for f in found] == [("20届", "届"), ("10年", "年")]
    assert figures_in("进入全国外贸百强城市前50位。") == []
