"""blind41's failures, fixed for the genre: each test is a page of our own (invented names,
numbers and outlets) of the same kind as a real one."""

from releases.importing.parser import parse_article


def test_a_subtitle_file_pasted_on_one_line_loses_its_cue_numbers_and_timings():
    said = [
        "Good afternoon everybody , a couple of things here at the top .",
        "If I could , you may have seen last night",
        "that two ships were seen near the coast .",
        "These movements are in violation of the agreement",
        "and we are watching them very closely .",
        "We have been in touch with our partners in the region",
        "and we will have more to say about it later this week .",
        "The second thing is the budget request , which goes to the committee on Monday .",
        "It asks for more money for the ships and for the people who sail them .",
        "We think that is the right call and we will make the case for it .",
        "With that I am happy to take your questions .",
    ]
    page = " ".join(
        f"{n} 00:00:{2 * n:02d},240 --> 00:00:{2 * n + 1:02d},840 {line}"
        for n, line in enumerate(said, 1)
    )
    result = parse_article(page)
    assert [s.paragraphs for s in result.segments] == [[" ".join(said)]]


def test_a_papers_dateline_tag_is_no_part_of_the_officials_body():
    page = "\n\n".join(
        [
            "南湖日报",
            "【本报讯】经济财政司司长林国伟昨日出席国庆酒会后会见传媒,回答记者提问。",
            "林国伟表示,今年财政收入将比去年减少约八成。",
        ]
    )
    result = parse_article(page)
    assert [(s.name, s.position, s.organisation) for s in result.speakers] == [
        ("林国伟", "司长", "经济财政司")
    ]


def test_a_bare_spokesperson_speaks_for_the_body_that_holds_the_press_conference():
    page = "\n\n".join(
        [
            "南湖部首场网上记者会举行",
            "中评社北京2月3日电/南湖部3日举行首场网上记者会,由发言人在线回答中外记者提问。",
            "网上例行记者会历时65分钟,200多位中外记者参会。发言人吴文清围绕防疫举措等在线回答了"
            "20个问题。",
            "吴文清说,希望今天的首次网上记者会对大家更好地了解有关情况有所帮助。",
        ]
    )
    result = parse_article(page)
    assert [(s.name, s.position, s.organisation) for s in result.speakers] == [
        ("吴文清", "发言人", "南湖部")
    ]
