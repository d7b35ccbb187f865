"""Failures of the round blind128 (sixteen texts, scored blind once after blind129's
fixes, then fixed for the genre): each test is a page of our own of the same kind as a
real one."""

from releases.importing.parser import parse_article


def test_news_announced_at_someones_invitation_names_no_guest():
    page = "\n\n".join(
        [
            "2018年3月某部例行记者会",
            "发布人:某部新闻局副局长、新闻发言人王建国大校",
            "3月29日下午,某部举行3月例行记者会,新闻发言人王建国大校答记者问。",
            "王建国:各位记者朋友,大家下午好,欢迎大家出席本月例行记者会。",
            "首先我发布一条消息。应某国国防部长绍伊古大将邀请,国务委员兼国防部长李卫和上将将于"
            "4月1日至8日出访。",
            "下面欢迎记者提问。",
            "记者:国务委员兼国防部长李卫和履新后的首访为什么会选择该国?",
        ]
    )
    names = {s.name for s in parse_article(page).speakers}
    assert "李卫" not in names and "李卫和" not in names


def test_a_librarys_disclaimer_is_no_headline():
    page = "\n\n".join(
        [
            "Disclaimer: The Parliamentary Library does not warrant or accept liability for the "
            "accuracy or usefulness of the transcripts.",
            "Press conference - Brisbane",
            "PREMIER: Well good morning. I welcome the Prime Minister to Queensland.",
        ]
    )
    assert parse_article(page).title == "Press conference - Brisbane"


def test_a_photos_caption_under_a_label_alone_is_no_part_of_the_turn():
    page = "\n\n".join(
        [
            "国新办就某领域改革发展有关情况举行发布会",
            "国务院新闻办公室于10月28日举行新闻发布会,某委副主任王建华介绍有关情况。",
            "以下是发布会文字实录:",
            "国务院新闻办新闻局 李小红:",
            "国务院新闻办公室新闻局副局长李小红主持发布会",
            "女士们、先生们,大家下午好。欢迎出席国务院新闻办公室新闻发布会。",
            "王建华:",
            "某委党组成员、副主任王建华",
            "谢谢主持人。各位媒体朋友,大家下午好。",
        ]
    )
    result = parse_article(page)
    said = [p for s in result.segments for p in s.paragraphs]
    assert "某委党组成员、副主任王建华" not in said
    assert [s.paragraphs[0] for s in result.segments if s.answerers == ["王建华"]] == [
        "谢谢主持人。各位媒体朋友,大家下午好。"
    ]
