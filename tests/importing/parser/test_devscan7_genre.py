"""Genre cases found in the seventh development scan (invented pages)."""

from releases.importing.parser import parse_article


def _people(text):
    return [
        (s["name"], s["position"], s["organisation"])
        for s in parse_article(text).to_dict()["speakers"]
    ]


def test_post_after_zheshi_is_not_organisation():
    # A report opening on a quote: 这是 starts the sentence, not the organisation.
    text = (
        "“每一个数字都算数。”\n"
        "这是省交通运输厅党组成员、副厅长林海波在昨天新闻发布会开场时说的一句话。\n"
        "林海波介绍,全省新建农村公路1200公里。"
    )
    people = _people(text)
    assert people and people[0][0] == "林海波"
    assert all(not (org or "").startswith("这是") for _, _, org in people)
    assert all(not (pos or "").startswith("这是") for _, pos, _ in people)
