"""Known gaps of the later blind rounds, fixed for the genre: each test is a page of our own
(invented names, numbers and outlets) of the same kind as a real one."""

from releases.importing.parser import parse_article

MAYOR_REPORT = """平川市市长谈今年汛期防汛准备
平川市十届人大三次会议闭幕后,平川市政府在会展中心举行记者招待会。平川市市长郑立群与中外记者见面,并回答中外媒体的提问。
平川市市长郑立群在回答东江日报记者提问时说,今年汛期来得早,我们已按要求提前部署。
郑立群表示,全市将逐段排查堤防,发现问题及时整改。(记者 陶一鸣)
"""


def test_a_city_head_printed_with_the_city_is_one_post_with_no_organisation():
    # 市 is a place, not a word for a body: 平川市市长 is the post, whole, and the mayor
    # has no organisation (the labelling conventions: the organisation ends in a body word).
    result = parse_article(MAYOR_REPORT)
    people = [(s.name, s.position, s.organisation) for s in result.speakers]
    assert people == [("郑立群", "平川市市长", None)]


def test_a_province_head_is_whole_but_a_bureau_is_still_cut_at_the_body():
    from releases.importing.parser.people import split_position

    assert split_position("东江省副省长") == (None, "东江省副省长")
    assert split_position("平川市市长") == (None, "平川市市长")
    assert split_position("平川市公安局局长") == ("平川市公安局", "局长")
