"""Failures of the round blind90 (scored blind once, then fixed for the genre): each test is
a page of our own of the same kind as a real one."""

from releases.importing.parser import parse_article
from releases.importing.parser.lead_people import people_in_sentences


def test_officials_called_comrade_in_a_list_after_and():
    sentence = (
        "市生态环境局副局长周登明介绍了相关情况,并和青河市农业农村局三级调研员俞红林同志、"
        "青河市统计局副局长徐创业同志一起回答了记者提问。"
    )
    assert people_in_sentences(sentence)[1:] == [
        ("俞红林", "青河市农业农村局三级调研员"),
        ("徐创业", "青河市统计局副局长"),
    ]


def test_a_correspondents_byline_is_no_headline():
    page = "\n".join(
        [
            "□通讯员赵育林",
            "本报讯 12月9日,青河市人民政府新闻办公室举行新闻发布会,市委宣传部副部长吴子明主持,"
            "市文化和旅游局局长张广明介绍了全市文化旅游发展情况。",
        ]
    )
    assert not parse_article(page).title
