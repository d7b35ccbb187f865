"""More failures of the rounds blind59 and blind60, fixed for the genre after they were
scored: each test is a page of our own (invented names) of the same kind as a real one."""

from releases.importing.parser import parse_article

SCIO_BILINGUAL = "\n\n".join(
    [
        "国新办 2031-07-04 80次",
        "陈文军:",
        "Chen Wenjun:",
        "女士们、先生们,上午好!欢迎大家出席国务院新闻办新闻发布会。我们非常高兴邀请到南湖省委"
        "副书记、省长金湘林先生与大家见面,介绍南湖转型的情况,并回答大家关心的问题。出席今天"
        "新闻发布会的还有:南湖省委常委、常务副省长吴卫先生,副省长赵红燕女士。",
        "Ladies and gentlemen, good morning. Welcome to this press conference held by the State"
        " Council Information Office. Today we are pleased to invite Mr. Jin Xianglin, deputy"
        " secretary of the CPC Nanhu Provincial Committee and governor of Nanhu province.",
        "下面,先请金省长作介绍。",
        "Now, I'll give the floor to Governor Jin.",
        "金湘林:",
        "Jin Xianglin:",
        "女士们、先生们,媒体朋友们,大家上午好!很高兴与大家见面。",
        "Ladies and gentlemen, friends from the media, good morning! I am glad to meet you.",
    ]
)


def test_a_scio_host_named_only_over_her_welcome_hosts_and_her_opening_is_a_statement():
    result = parse_article(SCIO_BILINGUAL)
    roles = {s.name: s.role for s in result.speakers}
    assert roles["陈文军"] == "host"
    assert [s.answerers for s in result.segments] == [["陈文军"], ["金湘林"]]
    assert result.segments[0].paragraphs[0].startswith("女士们、先生们,上午好!欢迎大家出席")
    # The guests her opening presents are listed, the invitation no part of a post.
    people = {s.name: (s.organisation, s.position) for s in result.speakers}
    assert people["金湘林"] == ("南湖省委", "副书记、省长")
    assert people["吴卫"] == ("南湖省委", "常委、常务副省长")
    assert people["赵红燕"] == (None, "副省长")


def test_a_host_who_opens_the_questions_keeps_her_words_as_remarks():
    page = SCIO_BILINGUAL.replace("下面,先请金省长作介绍。", "下面,请记者朋友提问。")
    result = parse_article(page)
    assert all(s.answerers != ["陈文军"] for s in result.segments)


def test_a_deputys_posts_are_kept_whole_with_no_organisation():
    page = "\n\n".join(
        [
            "南湖代表团举行开放日活动",
            "3月6日,南湖代表团全体会议向中外媒体开放。全国人大代表、南湖省委副书记、省长"
            "王清林回答记者提问。",
            "王清林说,今年南湖将新建5000个充电桩。",
        ]
    )
    people = {s.name: (s.organisation, s.position) for s in parse_article(page).speakers}
    assert people["王清林"] == (None, "全国人大代表、南湖省委副书记、省长")


def test_a_lead_of_chained_party_committee_posts_keeps_each_post_whole():
    page = "\n\n".join(
        [
            "国新办就南湖自治区发展情况举行新闻发布会",
            "国务院新闻办公室举行新闻发布会。6月21日上午10时,请中共南湖自治区委员会书记、"
            "南湖自治区人大常委会主任李纪文,中共南湖自治区委员会副书记、南湖自治区人民政府主席"
            "布小玲介绍有关情况,并答记者问。",
            "李纪文:感谢主持人。很高兴在这里同大家见面。",
        ]
    )
    people = {s.name: (s.organisation, s.position) for s in parse_article(page).speakers}
    # Two bodies joined by 、: one position, no organisation (the labelling conventions).
    assert people["李纪文"] == (None, "中共南湖自治区委员会书记、南湖自治区人大常委会主任")
    assert people["布小玲"] == (None, "中共南湖自治区委员会副书记、南湖自治区人民政府主席")
