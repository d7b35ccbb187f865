"""blind45's failures, fixed for the genre: each test is a page of our own (invented names,
numbers and outlets) of the same kind as a real one."""

from releases.importing.parser import parse_article


def test_a_headline_of_post_name_and_press_conference_names_the_speaker():
    page = "\n\n".join(
        [
            "UN Secretary-General Maria Santos Press Conference",
            "25 Jun 2031",
            "UN Secretary-General Maria Santos Press Conference",
            "New York, 25 June 2031",
            "Ladies and Gentlemen, welcome.",
            "We mark tomorrow's anniversary of the Charter at a time of upheaval and risk.",
        ]
    )
    result = parse_article(page)
    assert [(s.name, s.position) for s in result.speakers] == [
        ("Maria Santos", "UN Secretary-General")
    ]


def test_a_sites_name_and_address_before_the_headline_are_no_part_of_it():
    page = "\n\n".join(
        [
            "南湖新媒体(http://www.nanhu-media.cn):省政府新闻办举行解读《南湖省林木保护办法》新闻发布会",
            "省政府新闻办副主任陈明:新闻界的各位朋友,女士们、先生们:大家下午好!",
        ]
    )
    assert parse_article(page).title == "省政府新闻办举行解读《南湖省林木保护办法》新闻发布会"


def test_a_video_pages_timed_caption_lines_are_the_statement_of_the_official_it_names():
    lines = [
        "Members of my administration are here with me today, and we have",
        "our Corporation Counsel and our Budget Director. And so with that there",
        "are a few presentations and I will turn it over to our Deputy Mayor",
        "who will share an overview of the executive orders that were signed",
        "this morning by the administration for the people of our city",
        "and the work that we will do over the next few weeks together.",
    ]
    page = "\n".join(
        [
            "Skip to playerSkip to main contentSkip to footer",
            "Lakeport Mayor Dana Cole holds a press briefing.",
            "Category",
            "🗞",
            "NewsTranscript",
            *(f"00:00:{7 * i:02d}{line}" for i, line in enumerate(lines)),
        ]
    )
    result = parse_article(page)
    assert result.title == "Lakeport Mayor Dana Cole holds a press briefing."
    assert [(s.name, s.position) for s in result.speakers] == [("Dana Cole", "Lakeport Mayor")]
    assert [s.answerers for s in result.segments] == [["Dana Cole"]]
    said = " ".join(result.segments[0].paragraphs)
    assert "00:00" not in said and all(line.split()[0] in said for line in lines)


def test_a_speechs_first_words_end_the_header_and_open_the_speakers_statement():
    page = "\n\n".join(
        [
            "UN Secretary-General Maria Santos Press Conference",
            "25 Jun 2031",
            "New York, 25 June 2031",
            "Ladies and Gentlemen, welcome.",
            "We mark tomorrow's anniversary of the Charter at a time of upheaval.",
            "From the pandemic to climate disruption, we are a world in turmoil.",
            "The pandemic has laid bare severe inequalities.",
            "And it has underscored the world's fragility, as I said in March.",
        ]
    )
    result = parse_article(page)
    assert [s.answerers for s in result.segments] == [["Maria Santos"]]
    assert result.segments[0].paragraphs[0] == "Ladies and Gentlemen, welcome."


def test_a_place_over_the_headline_is_no_headline():
    page = "\n\n".join(
        [
            "New York",
            "16 September 2031",
            "Secretary-General's press conference (full transcript)",
            "Good afternoon, Ladies and Gentlemen. It is a great pleasure to see you.",
        ]
    )
    assert parse_article(page).title == "Secretary-General's press conference (full transcript)"
