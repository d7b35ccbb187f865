"""Headlines among a page's residue, as real pages gave them (names and numbers invented)."""

import pytest

from releases.importing.parser import parse_article


@pytest.mark.parametrize(
    "lines, title",
    [
        # An image's alternative text over the headline.
        (
            [
                "Interview logo",
                "06/13/31: Press Briefing by Press Secretary Dana Reyes",
                "hi everyone good afternoon okay so we're gonna get to it this evening the"
                " president will welcome community leaders to the White House",
            ],
            "06/13/31: Press Briefing by Press Secretary Dana Reyes",
        ),
        # A sidebar's timed link over the headline.
        (
            [
                "• 6:52 pm Mayor's Press Conference MELTDOWN",
                "Prime Minister Hale holds a joint press conference with the Prime Minister of"
                " Lakeland",
                "PRIME MINISTER HALE: Good afternoon, everyone, and welcome to our friends.",
            ],
            "Prime Minister Hale holds a joint press conference with the Prime Minister of"
            " Lakeland",
        ),
        # A press office's section before the headline, asterisks after one.
        (
            [
                "Releases: Transcript of the Mayor's press briefing on the heat wave",
                "Mayor Lena Park: Good morning, everyone.",
            ],
            "Transcript of the Mayor's press briefing on the heat wave",
        ),
        (
            [
                "南湖市:减负稳岗政策加速落地 全年释放红利约49亿元******",
                "南湖市人社局今天召开新闻发布会。",
            ],
            "南湖市:减负稳岗政策加速落地 全年释放红利约49亿元",
        ),
        # A periodical site's note over the excerpt.
        (
            [
                "论文部分内容阅读",
                "南湖市长接受境外媒体联合采访",
                "1月29日,南湖市长王立接受了11家境外媒体的联合采访。",
            ],
            "南湖市长接受境外媒体联合采访",
        ),
        # An editor's note's tag, a photo's name alone: no headline.
        (["【编者注】", "南湖县今天召开新闻发布会,县长王立出席并回答记者提问。"], ""),
        (["林国伟", "【本报讯】经济财政司司长林国伟昨日会见传媒,回答记者提问。"], ""),
    ],
)
def test_the_headline_is_found_among_the_pages_residue(lines, title):
    assert parse_article("\n\n".join(lines)).title == title


def test_someone_speaking_in_the_first_line_means_the_page_has_no_headline():
    page = "\n\n".join(
        [
            "We're just going to interrupt you. We're going to go straight to Lakeport, where the"
            " police are holding a press conference.",
            "Good afternoon. I want to update you on the events of last night.",
        ]
    )
    assert parse_article(page).title == ""
