"""Failures of the round blind52, fixed for the genre after it was scored: each test is a
page of our own (invented names and numbers) of the same kind as a real one."""

from releases.importing.parser import parse_article


def test_a_host_who_announces_the_news_himself_makes_a_statement():
    page = "\n\n".join(
        [
            "实录丨南湖应急厅2031年5月例行新闻发布会",
            "南湖应急厅于5月16日(星期一)下午3时,以网络视频的形式举行5月例行新闻发布会。南湖应急厅"
            "新闻发言人、新闻宣传处处长申明利主持并通报4月份全省自然灾害和安全生产形势;救援协调处"
            "处长郭治明出席发布会,介绍防灾减灾救灾工作,并回答记者提问。",
            "南湖应急厅新闻发言人、新闻宣传处处长申明利主持发布会",
            "申明利:",
            "各位记者朋友,大家下午好!欢迎参加南湖应急厅例行新闻发布会。",
            "首先,我向大家通报4月份全省自然灾害和安全生产形势。",
            "一、4月份自然灾害形势。",
            "4月份,全省自然灾害以风雹、干旱为主,各种自然灾害共造成22.5万人次受灾。",
        ]
    )
    result = parse_article(page)
    [segment] = result.segments
    assert segment.answerers == ["申明利"]
    assert segment.paragraphs[0] == "各位记者朋友,大家下午好!欢迎参加南湖应急厅例行新闻发布会。"
    assert segment.headings == ["一、4月份自然灾害形势。"]
    assert result.host_remarks == []


def test_a_host_who_introduces_the_guests_makes_no_statement():
    page = "\n\n".join(
        [
            "南湖应急厅2031年5月例行新闻发布会",
            "南湖应急厅于5月16日下午3时举行5月例行新闻发布会。南湖应急厅办公室主任申明利主持;救援"
            "协调处处长郭治明出席发布会,介绍防灾减灾救灾工作,并回答记者提问。",
            "南湖应急厅办公室主任申明利主持发布会",
            "申明利:",
            "各位记者朋友,大家下午好!欢迎参加南湖应急厅例行新闻发布会。",
            "首先,我向大家介绍出席今天发布会的嘉宾:救援协调处处长郭治明先生。",
            "郭治明:",
            "各位记者朋友,大家好。4月份,全省共开展救援行动120次。",
        ]
    )
    result = parse_article(page)
    assert [s.answerers for s in result.segments] == [["郭治明"]]
    assert len(result.host_remarks) == 2


def test_a_host_who_reports_the_new_policies_without_saying_i():
    page = "\n\n".join(
        [
            "南湖卫健委在东州召开新闻发布会",
            "5月12日,南湖卫健委在东州召开新闻发布会,南湖卫健委新闻发言人、宣传处副处长胡强明主持发布会"
            "并通报近期出台的重要政策文件情况;东州卫健局局长李明出席发布会,介绍有关情况,并回答记者"
            "提问。",
            "胡强明:",
            "各位媒体朋友,大家上午好!欢迎参加南湖卫健委在东州召开的新闻发布会。",
            "首先,向大家通报近期出台的卫生健康重要政策文件情况。",
            "一是印发《关于进一步加强医疗机构投诉管理的通知》,要求医疗机构建立患者诉求快速响应机制。",
        ]
    )
    result = parse_article(page)
    assert [s.answerers for s in result.segments] == [["胡强明"]]
    assert result.segments[0].paragraphs[0].startswith("各位媒体朋友")
