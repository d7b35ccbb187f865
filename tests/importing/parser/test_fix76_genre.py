"""Failures of the round blind76 (scored blind, then fixed for the genre): each test is a
page of our own of the same kind as a real one."""

from releases.importing.parser import parse_article


def test_a_reports_labelled_question_with_the_answer_told_in_the_third_person_is_no_segment():
    page = "\n".join(
        [
            "1月20日上午,省人大会议召开地市专场记者会。临海市委副书记、市长方文涛出席记者会。",
            "省电视台记者提问:高铁开通后,临海将如何发挥区位优势?",
            "“高铁开通后,临海与省城往来更加便捷。”方文涛在回答中介绍说,2025年,临海站旅客"
            "突破800万人次。",
            "方文涛表示,接下来,临海将做好站城融合。",
        ]
    )
    result = parse_article(page)
    assert [s.name for s in result.speakers] == ["方文涛"]
    assert result.segments == []  # a news report: the answer is the reporter's words
    assert any("方文涛表示" in p for p in result.body)
    assert [(f.text, f.segment) for f in result.figures] == [("800万人次", None)]


def test_a_read_aloud_widgets_help_is_no_headline_and_a_preposition_no_post():
    page = "\n".join(
        [
            "语音朗读,设置朗读按钮,默认不",
            "朗读,老年人用户单击按钮即可对当前",
            "区域内容进行朗读,再次点击,",
            "取消朗读。",
            "按照大会安排,3月8日,出席全国人大会议的海东代表团举行新闻发布活动,代表团新闻发言人"
            "马立新介绍了有关情况。",
            "据介绍,代表团共有38名代表出席本次会议。",
        ]
    )
    result = parse_article(page)
    assert "朗读" not in (result.title or "")
    assert [s.name for s in result.speakers] == ["马立新"]  # 按照大会 is no post of 安排


def test_a_governor_elect_who_held_his_first_press_conference():
    page = "\n\n".join(
        [
            "Gov.-Elect Dana Whitfield held her first press conference since her election "
            "Friday to provide details about the transition.",
            '"As governor, I aim to be accessible," Whitfield said.',
        ]
    )
    result = parse_article(page)
    assert [(s.name, s.position) for s in result.speakers] == [("Dana Whitfield", "Gov.-Elect")]
