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


def test_a_caption_listing_four_officials_who_attended_and_presented_gives_all_four():
    page = "\n".join(
        [
            "改革创新赋能体育发展——国新办发布会聚焦滨海体育",
            "2031-09-19 09:22:45 来源:滨海网",
            "9月18日,国务院新闻办公室在北京举行系列主题新闻发布会,滨海体育总局副局长周海强、"
            "滨海体育总局群众体育司司长丁东、滨海体育总局竞技体育司司长张新、"
            "滨海体育总局体育经济司司长杨雪林出席介绍情况,并答记者问。滨海社记者 潘旭 摄",
            "滨海社记者田光",
            "滨海体育总局副局长周海强介绍,2022年至2030年,滨海共获得世界冠军1244个。",
        ]
    )
    result = parse_article(page)
    assert {s.name: (s.position, s.organisation) for s in result.speakers} == {
        "周海强": ("副局长", "滨海体育总局"),
        "丁东": ("司长", "滨海体育总局群众体育司"),
        "张新": ("司长", "滨海体育总局竞技体育司"),
        "杨雪林": ("司长", "滨海体育总局体育经济司"),
    }


def test_a_label_cut_by_the_end_of_the_copy_joins_no_question():
    page = "\n".join(
        [
            "滨海国防部2031年5月例行记者会文字实录",
            "记者:有报道称,滨海海军近日举行演习。请问有何评论?",
            "张晓刚:这是年度计划内的例行训练,不针对任何特定目标。",
            "记者:有评论称滨海将持续强化防卫力量。请问解放军是否会举行演习?",
            "张",
        ]
    )
    result = parse_article(page)
    assert result.segments[-1].question == (
        "有评论称滨海将持续强化防卫力量。请问解放军是否会举行演习?"
    )


def test_tibetan_names_with_no_surname_are_read_from_a_reports_list():
    page = "\n".join(
        [
            "西藏代表团代表接受中外记者集体采访",
            "滨海网北京3月7日电 3月7日下午,全国人大代表、西藏自治区人大常委会主任扎西平措,"
            "全国人大代表、拉萨市市长多吉次珠,全国人大代表、西藏自治区畜牧兽医研究所副所长"
            "色珠在大会新闻中心多功能厅,接受中外记者集体采访。",
            "全国人大代表、西藏自治区人大常委会主任扎西平措在回答记者提问时说,西藏的交通条件有限。",
        ]
    )
    result = parse_article(page)
    assert {s.name for s in result.speakers} == {"扎西平措", "多吉次珠", "色珠"}


def test_an_analytics_call_before_the_headline_and_a_byline_under_it():
    page = "\n\n".join(
        [
            "gtag('config', 'UA-1234567-1'); Inaugural briefing on Cabinet meeting – The "
            "Westland Mail",
            "Inaugural briefing on Cabinet meeting",
            "Information Minister Ana Lind",
            "Spread the love",
            "WESTPORT – The President has said that all cabinet decisions will be released to "
            "the public on Wednesdays. Here is the official briefing.",
            "1. As you are aware, the new Cabinet held its inaugural meeting yesterday.",
        ]
    )
    result = parse_article(page)
    assert result.title == "Inaugural briefing on Cabinet meeting"
    assert [(s.name, s.position) for s in result.speakers] == [("Ana Lind", "Information Minister")]
