"""Failures of the round blind116 (sixteen texts, scored blind once after blind115's fixes,
the last of ten texts or more; then fixed for the genre): each test is a page of our own of
the same kind as a real one."""

from releases.importing.parser import parse_article


def test_places_listed_before_a_post_and_an_audience_are_no_names():
    page = "\n\n".join(
        [
            "某省三大特区发展成果发布会",
            "本报讯 昨日下午,国务院新闻办组织新闻发布会,专门介绍某省三大经济特区的发展成果。"
            "某省省长和青州、临州、安州的市长向海内外介绍特区工作,并回答记者提问。",
            "发布会上,特区的发展成就引起关注。",
        ]
    )
    names = [s.name for s in parse_article(page).speakers]
    assert "和青州" not in names and "向海内外" not in names
