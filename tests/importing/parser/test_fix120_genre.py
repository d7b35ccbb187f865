"""Failures of the round blind120 (eleven texts, scored blind once after blind119's
fixes, then fixed for the genre): each test is a page of our own of the same kind as a
real one."""

from releases.importing.parser import parse_article


def test_a_capitals_label_keeping_its_prefixs_case_is_no_spelling_of_the_name():
    page = "\n\n".join(
        [
            "Today on the gaggle",
            "Q: Can you say that the President is unhappy?",
            "MR. McDONALD: I think you can say the President has great confidence in him.",
            "Q: Would that be accurate?",
            "MR. McDONALD: I don't know who is saying that.",
        ]
    )
    assert [s.name for s in parse_article(page).speakers] == ["McDonald"]


def test_a_cue_then_the_videos_title_in_brackets_open_a_machine_transcript():
    page = (
        "* This transcript was created by voice-to-text technology. The transcript has not been "
        "edited for errors or omissions, it is for reference only and is not the official "
        "minutes of the meeting. [00:00:05] [Future of Police Leadership News Conference ] "
        "GOOD MORNING. I'M THE MODERATOR FOR TODAY."
    )
    assert parse_article(page).title == "Future of Police Leadership News Conference"


def test_a_bulleted_breadcrumb_and_a_bulleted_headline():
    page = "\n".join(
        [
            "• 您当前的位置:首页 > 国内新闻 > 某省新闻 > (某网观察)镜头中的首场新闻发布会",
            "  • (某网观察)镜头中的首场新闻发布会",
            "    时间:2017-10-18 17:37:19  来源:某网",
            "10月18日,首场新闻发布会举行,新闻发言人王建国回答记者提问。",
        ]
    )
    assert parse_article(page).title == "(某网观察)镜头中的首场新闻发布会"
