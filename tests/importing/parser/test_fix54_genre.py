"""Failures of the round blind54, fixed for the genre after it was scored: each test is a
page of our own (invented names and numbers) of the same kind as a real one."""

from releases.importing.parser import parse_article


def test_a_un_press_encounters_secretary_general_by_his_letters():
    page = "\n\n".join(
        [
            "Secretary-General's press encounter after the vote in the General Assembly",
            "New York, 13 October 2031",
            "Q: Are you relieved to see your term wrapping up?",
            "SG: It was a very interesting period, and I wish my successor every success.",
            "Q: How do you feel about the way things are going with the resolution, Sir?",
            "SG: Well, I think some progress has been made, and I hope that the resolution will be"
            " adopted shortly.",
        ]
    )
    result = parse_article(page)
    assert [s.question for s in result.segments] == [
        "Are you relieved to see your term wrapping up?",
        "How do you feel about the way things are going with the resolution, Sir?",
    ]
    assert result.segments[0].paragraphs == [
        "It was a very interesting period, and I wish my successor every success."
    ]


def test_a_papers_column_name_in_brackets_is_no_headline():
    page = "\n".join(
        [
            "【新闻发布厅】",
            "3月6日10时,南湖人大会议新闻中心举行记者会,南湖发改委主任何立明,副主任张勇就经济社会"
            "发展的相关热点问题回答中外记者提问。",
            "经济发展:文武之道,一张一弛",
            "对于去年的经济增速,何立明说,这是主动调控的结果。",
        ]
    )
    result = parse_article(page)
    assert result.title in ("", None)
    assert [s.name for s in result.speakers] == ["何立明", "张勇"]


def test_opening_remarks_headed_by_the_office_of_who_makes_them():
    page = "\n\n".join(
        [
            "行政長官林明娥3月27日見記者,公布多項防疫新措施。保安局局長李家明亦有出席。"
            " 以下為開場白及問答全文:",
            "重溫直播:https://www.example.com/videos/207600503992159/",
            "行政長官抗疫記者會開場發言",
            "各位傳媒朋友、各位香港市民:",
            "新型冠狀病毒疫情席捲全球,今日的確診個案是破紀錄的65宗,令確診個案總數高達518宗。",
        ]
    )
    result = parse_article(page)
    [segment] = result.segments
    assert (segment.answerers, segment.headings) == (["林明娥"], ["行政長官抗疫記者會開場發言"])
    assert segment.paragraphs[0] == "各位傳媒朋友、各位香港市民:"


def test_a_headline_answering_the_press_printed_again_between_question_and_answer():
    page = "\n\n".join(
        [
            "移动新媒体",
            "南湖搜索",
            "南湖统计局发言人就一季度经济运行情况答记者问(实录)",
            "南湖日报网涂明 2031-04-15 16:45:42",
            "南湖日报网4月15日电(涂明)南湖统计局15日正式公布了第一季度经济运行情况。",
            "在公布数据后,南湖统计局新闻发言人盛明运15日当天就经济运行具体情况回答了媒体记者的提问。"
            "以下为问答实录:",
            "南湖电视台记者:",
            "请问盛司长,回落的原因主要有哪些?",
            "南湖统计局发言人就一季度经济运行情况答记者问(实录)",
            "盛明运:",
            "谢谢你的提问。这和调查时点有一定关系。",
        ]
    )
    result = parse_article(page)
    assert result.title == "南湖统计局发言人就一季度经济运行情况答记者问(实录)"
    [segment] = result.segments
    assert segment.paragraphs == ["谢谢你的提问。这和调查时点有一定关系。"]
