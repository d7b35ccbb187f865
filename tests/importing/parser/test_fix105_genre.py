"""Failures of the round blind105 (the last, scored blind once, then fixed for the genre):
each test is a page of our own of the same kind as a real one."""

from releases.importing.parser import parse_article


def test_a_prime_minister_who_said_it_during_a_press_conference():
    page = "\n".join(
        [
            "PM on the visit of the Indian Prime Minister",
            "The upcoming visit of the Indian Prime Minister will be a historic visit said Prime "
            "Minister Tashi Tobden during a press conference yesterday. The Indian Prime Minister "
            "will be in the country for a two day visit.",
        ]
    )
    assert [(s.name, s.position) for s in parse_article(page).speakers] == [
        ("Tashi Tobden", "Prime Minister")
    ]


def test_two_leaders_holding_a_joint_press_conference_now():
    page = "\n".join(
        [
            "Leaders hold press conference after the Nordic meeting",
            "Iceland’s Prime Minister Katrin Jonsdottir and German Chancellor Angela Marker are "
            "holding a joint press conference following an annual meeting of prime ministers of "
            "Nordic countries.",
        ]
    )
    names = {s.name for s in parse_article(page).speakers}
    assert names == {"Katrin Jonsdottir", "Angela Marker"}


def test_the_prime_minister_who_announced_measures_where_the_press_conference_was_held():
    page = "\n".join(
        [
            "Prime Minister gets defensive",
            "During a highly charged press conference on Thursday afternoon where Prime Minister "
            "Robert Abel announced a raft of new measures, Dr Abel struck a defensive tone.",
        ]
    )
    assert [s.name for s in parse_article(page).speakers] == ["Robert Abel"]


def test_a_sites_telephone_lines_are_no_headline():
    page = "\n".join(
        [
            "新闻热线",
            "0791-86849275",
            "青河市委“青河这十年”主题新闻发布会举行",
            "7月15日,青河市委举行主题新闻发布会。市委书记周明远介绍有关情况并回答记者提问。",
        ]
    )
    assert parse_article(page).title == "青河市委“青河这十年”主题新闻发布会举行"
