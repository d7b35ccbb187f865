"""Failures of the round blind129 (ten texts, scored blind once after blind127's fixes,
then fixed for the genre): each test is a page of our own of the same kind as a real
one."""

from releases.importing.parser import parse_article


def test_a_government_sites_links_run_together_are_no_headline():
    page = "\n".join(
        [
            "寄給朋友政府主網頁",
            "政務司司長談行政長官請辭",
            "剛才行政長官宣布了他請辭的決定。大家都知道這個決定仍需要中央人民政府批准。",
        ]
    )
    assert parse_article(page).title == "政務司司長談行政長官請辭"
