"""Failures of the rounds blind61 and blind62, fixed for the genre after they were scored:
each test is a page of our own (invented names) of the same kind as a real one."""

from releases.importing.parser import parse_article


def _people(page: str) -> dict[str, tuple[str | None, str | None]]:
    return {s.name: (s.organisation, s.position) for s in parse_article(page).speakers}


def test_a_news_pages_story_times_and_section_code_are_no_speaker_nor_headline():
    page = "\n\n".join(
        [
            "235257",
            "BC",
            "Premier Jane Holt speaks about the wildfire season",
            "UPDATE: 2:30 p.m.",
            "Premier Jane Holt spoke about the wildfire season and the minimum wage during Holt's"
            " weekly press conference Wednesday.",
            '"We are ready for a hard summer," Holt said.',
            "ORIGINAL: 1:25 p.m.",
            "Premier Jane Holt provides an update from the Legislature Wednesday.",
        ]
    )
    result = parse_article(page)
    assert result.title == "Premier Jane Holt speaks about the wildfire season"
    assert [s.name for s in result.speakers] == ["Jane Holt"]


def test_a_bulleted_date_or_a_posting_time_over_the_headline_is_no_headline():
    for line in ("• 14 JUL 2031", "01/12/31 15:36"):
        page = "\n\n".join(
            [
                line,
                "PM Rowan's Remarks – Post Cabinet Media Briefing (Thursday 14th July 2031)",
                "Good afternoon members of the media. I came in to deal with one matter today.",
            ]
        )
        assert parse_article(page).title.startswith("PM Rowan's Remarks")


def test_a_place_before_a_storys_sentence_is_no_name():
    page = "\n\n".join(
        [
            "Doug Hale Press Conference Ontario, CA Stay-At-Home Orders Transcript April 16",
            "Ontario, Canada Premier Doug Hale held a press conference on April 16, 2031 to"
            " address continued stay-at-home orders. Read the transcript of the briefing here.",
            "Premier Doug Hale: (00:00)",
            "Today I'm here to make a tough decision, and I will make it.",
        ]
    )
    assert [s.name for s in parse_article(page).speakers] == ["Doug Hale"]


def test_an_undersecretarys_abbreviations_before_the_surname_are_no_name():
    page = "\n\n".join(
        [
            "PCO USEC. REYES: Magandang umaga, Malacañang Press Corps. Welcome sa ating press"
            " briefing ngayong araw.",
            "Q: Good morning, Usec. What about the rice prices?",
            "PCO USEC. REYES: The prices are going down this week.",
        ]
    )
    result = parse_article(page)
    assert [s.name for s in result.speakers] == ["Reyes"]
    assert result.segments[-1].answerers == ["Reyes"]


def test_deputies_listed_after_their_title_who_answered_are_speakers():
    page = "\n\n".join(
        [
            "南湖代表团举行媒体开放日活动",
            "本报北京3月7日电 3月7日上午,南湖代表团举行媒体开放日活动。",
            "全国人大代表林卓、唐仁强、黄伟、范明就记者提问进行了精彩的回答。",
        ]
    )
    assert set(_people(page)) == {"林卓", "唐仁强", "黄伟", "范明"}


def test_an_official_by_post_and_name_after_quoted_words_is_a_speaker():
    page = "\n\n".join(
        [
            "只此南湖——南湖代表团开放团组活动侧记",
            "3月6日下午,南湖代表团举行开放团组会议。",
            "“我们将全力以赴推动高质量发展。”省委书记、南湖代表团团长尹宏掷地有声地道出要义。",
            "在热烈的互动氛围中,尹宏详细介绍了南湖的发展目标。",
        ]
    )
    assert _people(page) == {"尹宏": (None, "省委书记、南湖代表团团长")}


def test_an_official_by_body_name_and_title_who_presented_is_a_speaker():
    page = "\n\n".join(
        [
            "南湖省政府新闻办召开新闻发布会",
            "2月10日,省政府新闻办召开新闻发布会。",
            "会上,省发展改革委何瑞副主任就我省参与建设的情况进行了详细介绍,并回答了记者提问。",
        ]
    )
    assert _people(page) == {"何瑞": ("省发展改革委", "副主任")}
