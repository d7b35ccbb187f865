"""blind43's failures, fixed for the genre: each test is a page of our own (invented names,
numbers and outlets) of the same kind as a real one."""

from releases.importing.parser import parse_article


def test_a_broadcast_transcript_drops_its_anchor_and_reads_the_governors_label():
    page = "\n".join(
        [
            "Return to Transcripts main page",
            "Live Event/Special",
            "Lakeland Governor Ann Marsh Holds Press Briefing",
            "Aired March 02, 2031 - 16:14 ET",
            "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.",
            "TOM REED, NEWS ANCHOR: We turn our attention to Lakeland City, where we find Governor"
            " Ann Marsh. Let's listen in.",
            "GOV. ANN MARSH, LAKELAND: ... this facility and how we will respond.",
            "UNIDENTIFIED MALE: Yesterday, as the governor said, it is a round-the-clock operation."
            " I received a call almost at once and I was here within 30 minutes. Very shortly"
            " after that the state police joined us, and since then we have had teams on the"
            " ground in every county that asked for help, with more arriving every hour today.",
            "QUESTION: Is there any risk to drinking water?",
            "MARSH: We have a strike team on its way for that.",
        ]
    )
    result = parse_article(page)
    assert [(s.name, s.position) for s in result.speakers] == [("Ann Marsh", "Lakeland Governor")]
    assert [(s.question, s.answerers, s.paragraphs[0][:20]) for s in result.segments] == [
        (None, ["Ann Marsh"], "... this facility an"),
        (None, [], "Yesterday, as the go"),
        ("Is there any risk to drinking water?", ["Ann Marsh"], "We have a strike tea"),
    ]
    assert "RUSH TRANSCRIPT" not in " ".join(result.body)


def test_a_press_office_contact_line_is_nobodys_turn():
    page = "\n".join(
        [
            "Mail this story to a friend.",
            "Transcript: Mayor Holds Media Availability on the Heat Wave",
            "CONTACT:, (555) 788-2958",
            "Mayor Lena Park: Good morning, everyone. It will feel like 100 degrees today.",
            "Question: Will the cooling centers stay open overnight?",
            "Mayor Park: They will, every one of them.",
        ]
    )
    result = parse_article(page)
    assert [s.name for s in result.speakers] == ["Lena Park"]
    assert result.title == "Transcript: Mayor Holds Media Availability on the Heat Wave"


def test_a_report_says_the_prime_minister_was_at_todays_press_conference():
    page = "\n".join(
        [
            "PM's Press Conference Monday, 12 December 2031",
            "Video + Audio: Press conference held today to announce the new Cabinet",
            "Click for big version",
            "Prime Minister Rob Dunn was back to his usual self at today's Press Conference to"
            " announce the new Cabinet line-up.",
            "- Site Audio (22 Minutes): Prime Minister Rob Dunn's Press Conference Today",
            "He then faced questions from the Press Gallery on the promotions.",
        ]
    )
    result = parse_article(page)
    assert [(s.name, s.position) for s in result.speakers] == [("Rob Dunn", "Prime Minister")]
    assert [f.text for f in result.figures] == []


def test_a_headlines_theme_before_the_dash_is_no_part_of_the_post():
    page = "\n".join(
        [
            "江南日报",
            "交出高质量发展的江南答卷——江南市市长陈立答记者问",
            "1月29日,江南市市长陈立出席江南市人代会记者会,回答了18家中外媒体记者的提问。",
        ]
    )
    result = parse_article(page)
    assert [(s.name, s.position) for s in result.speakers] == [("陈立", "江南市市长")]
