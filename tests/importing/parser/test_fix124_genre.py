"""Failures of the round blind124 (sixteen texts, scored blind once after blind125's
fixes, then fixed for the genre): each test is a page of our own of the same kind as a
real one."""

from releases.importing.parser import parse_article


def test_a_weekday_after_the_post_and_a_joining_word_are_no_names():
    page = "\n\n".join(
        [
            "某部举行新闻发布会",
            "今天,我们很高兴地邀请到某部部长王建国先生和副部长李红先生,请他们介绍情况。",
            "大会发言人周四在新闻发布会上表示,将审议有关立法。",
        ]
    )
    names = {s.name for s in parse_article(page).speakers}
    assert "周四" not in names and "和李红" not in names
    assert {"王建国", "李红"} <= names


def test_a_time_field_a_request_id_and_counters_are_no_headline():
    for first in ("发稿时间:2020-05-24 03:46:52", "requestId:68cca7e06b5291.32008526.", "1 1 1"):
        page = "\n\n".join([first, "某部今天举行新闻发布会,新闻发言人王建国介绍了有关情况。"])
        assert parse_article(page).title != first
