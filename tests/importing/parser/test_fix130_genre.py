"""Failures of the round blind130 (twelve texts, scored blind once after blind128's
fixes, then fixed for the genre): each test is a page of our own of the same kind as a
real one."""

from releases.importing.parser import parse_article


def test_a_source_date_and_readers_line_is_no_headline():
    page = "\n".join(
        [
            "国新办&某台 2023-03-02 144次",
            "某部召开新闻发布会介绍财政工作",
            "3月1日,某部召开新闻发布会,部长王建国介绍情况并回答记者提问。",
        ]
    )
    assert parse_article(page).title == "某部召开新闻发布会介绍财政工作"
