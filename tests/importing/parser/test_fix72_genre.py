"""Failures of the round blind72, fixed for the genre after it was scored: each test is a
page of our own of the same kind as a real one."""

from releases.importing.parser import parse_article


def test_a_live_texts_dashed_labels_and_the_hosts_presentation_give_each_post():
    page = "\n".join(
        [
            "活动标题",
            "- 国新办就滨海军队建设情况举行发布会",
            "文字内容:",
            "- 主持人 林晓:",
            "女士们、先生们,大家上午好!下面举行新闻发布会,我们请滨海国防部新闻事务局局长、"
            "滨海国防部新闻发言人周海大校向大家介绍近年来军队建设发展情况,并回答记者们的提问。"
            "出席发布会的还有滨海军区工兵团团长王志上校。下面请周海大校作介绍。",
            "2031-07-30 10:34:09",
            "- 周海:",
            "各位媒体朋友,建军以来,滨海军队英勇奋斗。",
        ]
    )
    result = parse_article(page)
    speakers = {s.name: (s.role, s.position, s.organisation) for s in result.speakers}
    assert speakers == {
        "林晓": ("host", None, None),
        "周海": ("speaker", "局长、滨海国防部新闻发言人", "滨海国防部新闻事务局"),
        "王志": ("speaker", "团长", "滨海军区工兵团"),
    }
    assert result.segments[-1].answerers == ["周海"]


def test_a_live_stream_tag_is_no_speaker_and_the_minister_taking_his_turn_is():
    page = "\n\n".join(
        [
            " date 2031-06-24 General News",
            "LIVESTREAMING: Information Ministry press conference",
            "The Minister for Works and Housing, Kofi Mensah Boateng takes his turn to address "
            "citizens on updates from his outfit as far as the outbreak is concerned.",
            "There have been reports on the shortage of isolation centres in some regions.",
        ]
    )
    result = parse_article(page)
    assert result.title == "LIVESTREAMING: Information Ministry press conference"
    assert result.published == "2031-06-24"
    assert [(s.name, s.position) for s in result.speakers] == [
        ("Kofi Mensah Boateng", "Minister for Works and Housing")
    ]
