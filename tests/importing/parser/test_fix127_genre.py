"""Failures of the round blind127 (sixteen texts, scored blind once after blind126's
fixes, then fixed for the genre): each test is a page of our own of the same kind as a
real one."""

from releases.importing.parser import parse_article


def test_a_pages_greeting_an_empty_field_and_an_edition_are_no_headline():
    for first, expected in (
        ("今天是:某某官网", "全省服务区提升工作新闻发布会召开"),
        ("更新时间:", "全省服务区提升工作新闻发布会召开"),
    ):
        page = "\n\n".join(
            [first, expected, "8月20日,省交通厅召开新闻发布会,副厅长王建国介绍情况。"]
        )
        assert parse_article(page).title == expected
    page = "\n\n".join(
        [
            "U.S. Edition",
            "Full press conference: County officials address emergency alerts",
            "good afternoon, everybody. thank you very much.",
        ]
    )
    assert parse_article(page).title.startswith("Full press conference")


def test_a_menu_led_by_the_sites_slogan_is_no_headline():
    page = "\n\n".join(
        [
            "游遍秦岭从某某游网开始>> | 某某游首页 | 意见反馈 | 天气预报 | 网站投稿 | 上传图片",
            "省旅游局召开新闻发布会,副局长陆建国介绍了黄金周的安排。",
        ]
    )
    assert "首页" not in parse_article(page).title


def test_a_storys_quoted_sentence_is_no_headline():
    page = "\n\n".join(
        [
            "“A fire was reported on the 16th floor of the building,” Burke said in a statement. "
            "“The fire was extinguished and no injuries were reported.”",
            "Fire Chief Brian Burke spoke to reporters on Wednesday.",
        ]
    )
    assert parse_article(page).title == ""
