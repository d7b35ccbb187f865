"""blind29's failures, fixed for the genre: each test is a page of our own (invented names,
numbers and outlets) of the same kind as a real one."""

from releases.importing.parser import parse_article


def test_a_video_tag_before_a_headline_is_no_person():
    page = (
        "WATCH: Press conference by the multi-ministry task force\n\n"
        "EASTLAND — The Prime Minister gave an update on the situation on Saturday.\n\n"
        "Source: TODAY\n"
    )
    assert "Watch" not in {s.name for s in parse_article(page).speakers}


def test_a_spokesman_who_turns_to_the_room_again_makes_a_statement():
    page = (
        "国防部10月例行记者会内容全文\n"
        "记者:近日,有关方面公布了所谓“战时计划”。请问对此有何评论?\n"
        "张立刚:这些做法都是毫无意义的,也是必将失败的。\n"
        "张立刚:各位记者朋友,11月11日是空军成立纪念日。空军将组织飞行展示。\n"
        "今天的例行记者会到此结束。\n"
    )
    segments = parse_article(page).segments
    assert [s.question is None for s in segments] == [False, True]
    assert segments[0].paragraphs == ["这些做法都是毫无意义的,也是必将失败的。"]
    assert segments[1].paragraphs[0].startswith("各位记者朋友")


def test_a_broadcast_time_stamp_before_a_label_and_names_that_give_the_floor():
    page = (
        "White House Press Briefing; Storm Response\n\n"
        "[14:00:00] QUESTION: -- on Capitol Hill the other day. Is that still the case?\n\n"
        "DANA WHITFIELD, WHITE HOUSE PRESS SECRETARY: I have not asked him about that.\n\n"
        "Eamon (ph).\n\n"
        "QUESTION: Will the President travel this week?\n\n"
        "WHITFIELD: No.\n"
    )
    segments = parse_article(page).segments
    assert [s.question for s in segments] == [
        "-- on Capitol Hill the other day. Is that still the case?",
        "Will the President travel this week?",
    ]
    assert segments[0].paragraphs == ["I have not asked him about that."]
    assert segments[1].paragraphs == ["No."]  # a one-word answer stays the answer
