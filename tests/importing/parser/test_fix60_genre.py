"""Failures of the rounds blind59 and blind60, fixed for the genre after they were scored:
each test is a page of our own (invented names) of the same kind as a real one."""

from releases.importing.parser import parse_article

BILINGUAL = "\n\n".join(
    [
        "国新办 2031-07-04 80次",
        "陈文军:",
        "Chen Wenjun:",
        "女士们、先生们,上午好!欢迎大家出席国务院新闻办新闻发布会。我们很高兴地邀请到南湖省委"
        "副书记、省长金湘林先生与大家见面,介绍南湖转型的情况,并回答大家关心的问题。",
        "Ladies and gentlemen, good morning. Welcome to this press conference held by the State"
        " Council Information Office. Today we are pleased to invite Mr. Jin Xianglin, deputy"
        " secretary of the CPC Nanhu Provincial Committee and governor of Nanhu province, to"
        " brief you on Nanhu's transformation and to answer your questions.",
        "下面,先请金省长作介绍。",
        "Now, I'll give the floor to Governor Jin.",
        "金湘林:",
        "Jin Xianglin:",
        "女士们、先生们,媒体朋友们,大家上午好!很高兴与大家见面。",
        "Ladies and gentlemen, friends from the media, good morning! I am glad to meet you.",
    ]
)


def test_a_bilingual_transcript_is_read_by_its_chinese_labels():
    result = parse_article(BILINGUAL)
    assert result.language == "zh"
    assert result.title == ""
    people = {s.name: (s.organisation, s.position) for s in result.speakers}
    assert people["金湘林"] == ("南湖省委", "副书记、省长")
    statement = result.segments[-1]
    assert statement.answerers == ["金湘林"]
    # The English under each Chinese paragraph stays in the same turn.
    assert statement.paragraphs[-1].startswith("Ladies and gentlemen, friends from the media")


def test_a_livestreamed_tag_before_a_headline_is_nobody():
    page = "\n\n".join(
        [
            "LIVESTREAMED: Ministry of Information press conference",
            "The Ministry of Information is holding a press conference on the situation in the"
            " region. Watch it live here.",
        ]
    )
    assert parse_article(page).speakers == []
