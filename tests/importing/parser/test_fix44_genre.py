"""blind44's failures, fixed for the genre after it was scored (it was the last round):
each test is a page of our own (invented names and numbers) of the same kind as a real one."""

from releases.importing.parser import parse_article


def test_a_hong_kong_release_sets_thousands_apart_by_a_space():
    page = "\n\n".join(
        [
            "行政長官會見傳媒開場發言",
            "以下是行政長官今日會見傳媒的開場發言:",
            "行政長官:過去一個月共有2 532宗確診個案,一天大概都有45宗。",
        ]
    )
    figures = [(f.text, f.value) for f in parse_article(page).figures]
    assert ("2 532宗", 2532) in figures
    assert all(text != "532宗" for text, _ in figures)


def test_the_site_name_after_a_dash_in_the_browser_title_is_no_part_of_the_headline():
    page = "\n\n".join(
        [
            "南湖新闻中心举行第四场集体采访-南湖网",
            "10月20日下午,南湖新闻中心举行第四场集体采访,7位新闻发言人回答了记者提问。",
        ]
    )
    assert parse_article(page).title == "南湖新闻中心举行第四场集体采访"


def test_an_office_label_is_not_the_holder_its_own_words_name():
    page = "\n\n".join(
        [
            "Speeches",
            "Press Conference - Canberra, ACT",
            "6 April 2031",
            "PRIME MINISTER: Good afternoon, everyone. Another big step today with the opening of"
            " the travel bubble. Prime Minister Hale called me last night and we had a very good"
            " discussion.",
            "JOURNALIST: When will it start?",
            "PRIME MINISTER: Monday fortnight.",
        ]
    )
    result = parse_article(page)
    assert "Hale" not in [s.name for s in result.speakers]
    assert all(s.answerers == [] for s in result.segments)
