"""Failures of the round blind81 (scored blind, the last round, then fixed for the genre):
each test is a page of our own of the same kind as a real one."""

from releases.importing.parser import parse_article
from releases.importing.parser.figures import figures_in


def test_a_transcript_summary_keeps_the_place_printed_before_the_governors_post():
    page = "\n".join(
        [
            "May 26, 2020",
            "South Dakota Gov. Jan Miller Press Conference Transcript May 26",
            "South Dakota Governor Jan Miller held a press conference on coronavirus on May 26. "
            "Miller addressed the reopening of schools.",
            "Jan Miller: (00:02)",
            "Good afternoon, everyone. Thank you for joining us today.",
        ]
    )
    result = parse_article(page)
    assert [(s.name, s.position) for s in result.speakers] == [
        ("Jan Miller", "South Dakota Governor")
    ]


def test_a_spokesman_who_answered_questions_from_journalists_is_the_briefer():
    page = "\n".join(
        [
            "Government Spokesperson: our diplomatic actions are permanent",
            "Government Spokesman Mr. Andreas Kallis answered questions from journalists today, "
            "as part of his Briefing for the Media, held at the Presidential Palace.",
            "Asked about the new energy block, the Spokesperson said that the ministry has made "
            "its own assessments.",
        ]
    )
    result = parse_article(page)
    assert [(s.name, s.position) for s in result.speakers] == [
        ("Andreas Kallis", "Government Spokesman")
    ]


def test_the_spokesman_who_spoke_at_the_beginning_of_todays_briefing():
    page = "\n".join(
        [
            "Daily briefing of the Press by the Government Spokesman 22 October 2003",
            "At the beginning of today's briefing of the press, the Government Spokesman Mr "
            "Petros Andreou referred to the foreign ministers' visit and stated that no progress "
            "was made.",
            "This proves once more, Mr Andreou added, that talks are needed.",
        ]
    )
    result = parse_article(page)
    assert [(s.name, s.position) for s in result.speakers] == [
        ("Petros Andreou", "Government Spokesman")
    ]


def test_english_figures_of_a_named_disease_and_a_dollar_sign_set_apart():
    found = figures_in("We have 879,825 COVID-19 cases and $ 3.56 billion in aid.", english=True)
    assert [(f.text, f.value, f.unit) for f in found] == [
        ("879,825 COVID-19 cases", 879825, "cases"),
        ("$ 3.56 billion", 3560000000, "USD"),
    ]


def test_a_headline_set_over_three_lines_ending_in_the_kind_of_record():
    page = "\n".join(
        [
            "河北发布 > 专题库 > 专题新闻",
            "临城市政府新闻办",
            "“第三届临城市文化旅游大会”",
            "新闻发布会文字实录",
            "来源: 长城网",
            "尊敬的各位领导,各位嘉宾,新闻界的朋友们:",
            "大家上午好!欢迎出席今天的新闻发布会。",
        ]
    )
    result = parse_article(page)
    assert result.title == "临城市政府新闻办“第三届临城市文化旅游大会”新闻发布会文字实录"


def test_an_unlabelled_records_host_presents_himself_and_the_guests_one_per_line():
    page = "\n".join(
        [
            "青州市政府新闻办",
            "“第三届青州市读书节”新闻发布会文字实录",
            "尊敬的各位领导,各位嘉宾,新闻界的朋友们:",
            "大家上午好!",
            "欢迎出席由青州市人民政府新闻办公室举办的新闻发布会。我是市委宣传部副部长张立,"
            "今天的发布会由我主持,首先请允许我介绍出席今天发布会的各位领导,他们是:",
            "青州市政府党组成员 王月先生;",
            "青州市文化广电和旅游局局长 丁晓女士;",
            "今天发布会议程主要有两项,一是请丁晓局长介绍读书节筹办情况;二是新闻媒体自由提问。",
        ]
    )
    result = parse_article(page)
    assert [(s.name, s.role, s.organisation, s.position) for s in result.speakers] == [
        ("张立", "host", "市委宣传部", "副部长"),
        ("王月", "speaker", "青州市政府", "党组成员"),
        ("丁晓", "speaker", "青州市文化广电和旅游局", "局长"),
    ]
