"""Failures of the round blind123 (fourteen texts, scored blind once after blind122's
fixes, then fixed for the genre): each test is a page of our own of the same kind as a
real one."""

from releases.importing.parser import parse_article


def test_a_newsroom_desks_byline_is_a_credit_and_no_headline():
    page = "\n\n".join(
        [
            "生活中心/王俊佑報導",
            "疫情趨於平穩,記者會還要天天開?發言人莊人明表示會再評估。",
        ]
    )
    result = parse_article(page)
    assert result.title == ""
    assert [(c.role, c.name) for c in result.credits] == [("記者", "王俊佑")]


def test_a_post_in_title_case_before_a_full_name_labels_a_turn():
    page = "\n\n".join(
        [
            "Transcript: Mayor Holds Media Briefing",
            "November 6, 2024",
            "First Deputy Mayor Ana Torres-Vale: Good morning, everyone. My name is Ana "
            "Torres-Vale. I'm the first deputy mayor for the city.",
            "Deputy Mayor Fabio Lenz, Communications: And we have the mayor with us today.",
            "Mayor Eric Stone: Thanks so much, first deputy mayor.",
        ]
    )
    result = parse_article(page)
    posts = {s.name: s.position for s in result.speakers}
    assert posts == {
        "Ana Torres-Vale": "First Deputy Mayor",
        "Fabio Lenz": "Deputy Mayor, Communications",
        "Eric Stone": "Mayor",
    }
