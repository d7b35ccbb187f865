"""Failures of the round blind113 (four texts, scored blind once after blind112, then fixed
for the genre): each test is a page of our own of the same kind as a real one."""

from releases.importing.parser import parse_article
from releases.importing.parser.credits import parse_credits


def test_a_role_word_before_its_own_names_opens_a_batch_of_credits():
    assert [(c.role, c.name) for c in parse_credits("记者 李思远 制作 王嘉一")] == [
        ("记者", "李思远"),
        ("制作", "王嘉一"),
    ]
    # a role word after the names, with none after it, is still theirs
    assert [(c.role, c.name) for c in parse_credits("记者 王晨阳 李思远 摄")] == [
        ("摄", "王晨阳"),
        ("摄", "李思远"),
    ]


def test_a_video_items_closing_credits_keep_their_roles():
    page = "\n".join(
        [
            "某市召开疫情防控新闻发布会",
            "9月23日,某市召开新闻发布会,市政府副秘书长王庭一介绍,全市共设置了537个采样点。"
            "(记者 李思远 制作 王嘉一)",
        ]
    )
    assert [(c.role, c.name) for c in parse_article(page).credits] == [
        ("记者", "李思远"),
        ("制作", "王嘉一"),
    ]
