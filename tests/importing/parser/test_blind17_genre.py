"""Layouts of the seventeenth blind round, fixed for the genre: each test is a page of our
own (invented names, numbers and outlets) of the same kind as a real one."""

from releases.importing.parser import parse_article

SRT_PAGE = """Subtitles for clip: File:03-02-11 County Briefing.webm

1
00:00:01,133 --> 00:00:02,863
Ms. Harlow:
Good morning.

2
00:00:02,867 --> 00:00:06,237
The county opened 14 new cooling centers
this week.

3
00:00:06,233 --> 00:00:09,003
The Press:
How many are open at night?

4
00:00:09,000 --> 00:00:11,530
Ms. Harlow:
Six of them, until midnight.
"""


def test_srt_cue_numbers_and_timings_are_residue_not_figures():
    result = parse_article(SRT_PAGE)
    texts = [f.text for f in result.figures]
    assert not any("," in t or ":" in t for t in texts), texts
    everything = "\n".join(
        result.body + result.host_remarks + [p for s in result.segments for p in s.paragraphs]
    )
    assert "-->" not in everything
    assert "00:00" not in everything


def test_text_with_a_stray_arrow_is_left_alone():
    text = "Minister Lane said on Monday:\nThe result 1,500 --> 2,000 will be published.\n"
    result = parse_article(text)
    assert "-->" in "\n".join(result.body + [p for s in result.segments for p in s.paragraphs])


WEBVTT_ONE_LINE = (
    "WEBVTT 00:03.100 --> 00:04.250 - Good morning. 00:06.400 --> 00:09.870 Before we begin, "
    "I want to thank the crews of the Harbor Fire District 00:09.870 --> 00:13.020 who worked "
    "through the night on the Linwood warehouse fire. 00:13.500 --> 00:17.330 Forty-two "
    "firefighters and 11 engines were on the scene by midnight. 00:17.900 --> 00:21.460 No one "
    "was hurt, and the district expects to reopen Canal Street on Thursday.\n"
)


def test_webvtt_file_on_one_line_is_one_unsigned_statement_with_no_headline():
    result = parse_article(WEBVTT_ONE_LINE)
    assert result.title == ""
    assert "未找到标题" in result.warnings
    assert len(result.segments) == 1
    segment = result.segments[0]
    assert segment.question is None and segment.answerers == []
    assert segment.paragraphs == [
        "Good morning. Before we begin, I want to thank the crews of the Harbor Fire District "
        "who worked through the night on the Linwood warehouse fire. Forty-two firefighters and "
        "11 engines were on the scene by midnight. No one was hurt, and the district expects "
        "to reopen Canal Street on Thursday."
    ]
    assert [f.text for f in result.figures] == ["11 engines"]
