"""Failures of the round blind101 (scored blind once, then fixed for the genre): each test is
a page of our own of the same kind as a real one."""

from releases.importing.parser import parse_article


def test_a_prime_minister_who_addressed_journalists_on_a_day():
    page = "\n".join(
        [
            "I will govern until the last day",
            "Luxembourg Prime Minister Xavier Bell on Saturday addressed journalists to highlight "
            "the work of his government and speak about important topics.",
            "During a press conference which was broadcast for 50 minutes, Bell spoke about "
            "housing and the minimum wage.",
        ]
    )
    assert [(s.name, s.position) for s in parse_article(page).speakers] == [
        ("Xavier Bell", "Luxembourg Prime Minister")
    ]


def test_the_prime_minister_named_after_at_todays_press_conference():
    page = "\n".join(
        [
            "Prime Minister’s Press Conference",
            "At today's press conference, the Prime Minister of the Republic of Slovenia, Borut "
            "Pahl, outlined the major resolutions and decisions adopted by the Government in its "
            "53rd regular session and answered some questions regarding current issues.",
        ]
    )
    assert [(s.name, s.position) for s in parse_article(page).speakers] == [
        ("Borut Pahl", "Prime Minister of the Republic of Slovenia")
    ]


def test_portal_fields_e_paper_page_and_bare_tags_are_no_headline():
    page = "\n".join(
        [
            '<legend id="h4sia"></legend><samp id="h4sia"></samp>',
            '1. <blockquote id="h4sia"><rt id="h4sia"></rt></blockquote>',
            "当前版:01版",
            "文件编号: 组配分类: 发布实录",
            "“青河十年”主题新闻发布会答问实录",
            "8月12日,青河市举行主题新闻发布会。青河市委书记周明远介绍有关情况并回答记者提问。",
        ]
    )
    assert parse_article(page).title == "“青河十年”主题新闻发布会答问实录"
