"""blind40's failures, fixed for the genre: each test is a page of our own (invented names,
numbers and outlets) of the same kind as a real one."""

from releases.importing.parser import parse_article


def test_a_live_page_with_field_names_dated_labels_and_a_host_with_his_post_in_brackets():
    page = "\n".join(
        [
            "活動標題",
            "- 江南省介紹新聞發佈工作進展",
            "活動描述",
            "- 2031年12月28日下午4:00,江南省政府新聞辦公室舉辦新聞發佈會,請江南省政府新聞辦公室"
            "主任周立言、副主任林望介紹新聞發佈工作進展情況,並答記者問。",
            "文字內容:",
            "- 江南網:",
            "今天,江南陽光普照,許多熟悉面孔已經來到會場。",
            "2031-12-28 15:55:31 - 主持人陳明(省新聞辦新聞處副處長):",
            "女士們、先生們,下午好!先請周主任做一個簡單的介紹。",
            "2031-12-28 16:02:55 - 周立言:",
            "大家好!今年我們一共舉行了48場新聞發佈會。",
        ]
    )
    result = parse_article(page)
    assert result.title == "江南省介紹新聞發佈工作進展"
    assert {(s.name, s.role, s.position, s.organisation) for s in result.speakers} == {
        ("周立言", "speaker", "主任", "江南省政府新聞辦公室"),
        ("林望", "speaker", "副主任", "江南省政府新聞辦公室"),
        ("陳明", "host", "副處長", "省新聞辦新聞處"),
    }
    answers = [s for s in result.segments if s.answerers == ["周立言"]]
    assert [s.paragraphs for s in answers] == [["大家好!今年我們一共舉行了48場新聞發佈會。"]]
    assert "活動描述" not in (result.lead or "") + "".join(result.body)


def test_a_second_post_listed_after_the_first_persons_is_held_in_the_same_body():
    page = "\n".join(
        [
            "江南省召开新闻发布会",
            "6月1日,江南省人民政府新闻办公室举行新闻发布会,省交通运输厅厅长王海、副厅长李青介绍"
            "有关情况,省委书记赵山、市长钱水出席。",
            "王海:今年新修公路120公里。",
        ]
    )
    posts = {s.name: (s.organisation, s.position) for s in parse_article(page).speakers}
    assert posts["李青"] == ("省交通运输厅", "副厅长")
    assert posts["王海"] == ("省交通运输厅", "厅长")


def test_a_member_of_parliament_labelled_by_name_and_seat_in_capitals():
    page = "\n".join(
        [
            "MARY COLLINS, MEMBER FOR RIVERTON: Welcome everyone. It's great to have the Prime"
            " Minister here to open our office.",
            "DAVID HALE, PRIME MINISTER: It is fantastic to be here, in one of the 81 seats"
            " we won.",
        ]
    )
    result = parse_article(page)
    assert [(s.name, s.position) for s in result.speakers] == [
        ("Mary Collins", "Member for Riverton"),
        ("David Hale", "Prime Minister"),
    ]
    assert [s.answerers for s in result.segments] == [["Mary Collins"], ["David Hale"]]


def test_a_surname_label_takes_the_headlines_post_and_full_name_and_related_stories_go():
    page = "\n".join(
        [
            "Transport Ministry Spokesperson Alan Marsh Addresses Delays",
            "‘We will publish the figures every week’",
            'REPORTER: "Why were there 14 delays last month?"',
            'MARSH: "We had two storms, and the line was closed for safety."',
            "Video files",
            "Similar stories",
            "Minister Opens New Station in Lakeside",
            "Comey: Rail Unions Who Knew About the Plan",
            "Power Outage at the Ministry, Lakeside Area",
        ]
    )
    result = parse_article(page)
    assert [(s.name, s.position) for s in result.speakers] == [
        ("Alan Marsh", "Transport Ministry Spokesperson")
    ]
    assert [(s.answerers, s.paragraphs) for s in result.segments] == [
        (["Alan Marsh"], ['"We had two storms, and the line was closed for safety."'])
    ]


def test_a_speech_archives_utterance_records_are_turns_of_the_briefer_the_headline_names():
    records = [
        ("Note", "Neutral", "00:00:00-00:00:00 ( sec)", '"[The press briefing resumes]" 1'),
        ("Dana Reyes", "Somewhat Positive", "00:00:00-00:00:05 (6 sec)", '"I am back." 2'),
        ("Question", "Very Positive", "00:00:05-00:00:07 (2 sec)", '"Will you stay long?" 3'),
        ("Dana Reyes", "Very Positive", "00:00:07-00:00:31 (23 sec)", '"Not for long." 4'),
        ("Dana Reyes", "Neutral", "00:00:31-00:00:40 (9 sec)", '"I have a call at five." 5'),
    ]
    page = "\n\n".join(
        ["Press Conference: Dana Reyes Holds a Press Briefing at The White House - June 7, 2031"]
        + [line for record in records for line in record]
    )
    result = parse_article(page)
    assert [s.name for s in result.speakers] == ["Dana Reyes"]
    assert [(s.question, s.answerers, s.paragraphs) for s in result.segments] == [
        (None, ["Dana Reyes"], ["I am back."]),
        ("Will you stay long?", ["Dana Reyes"], ["Not for long.", "I have a call at five."]),
    ]


def test_captions_in_lower_case_under_the_headline_are_kept_as_the_briefers_words():
    captions = [
        "hi everyone good afternoon okay so we're gonna get to it this",
        "evening the president will welcome community leaders lawmakers students and",
        "hundreds of others for a celebration concert on the south lawn you probably are",
        "hearing a little bit of the sound check right now",
    ]
    page = "\n".join(
        [
            "06/13/31: Press Briefing by Press Secretary Dana Reyes",
            "By a user, published 11 months ago, 41 min read",
            *captions,
        ]
    )
    result = parse_article(page)
    assert [(s.name, s.position) for s in result.speakers] == [("Dana Reyes", "Press Secretary")]
    kept = " ".join(p for s in result.segments for p in s.paragraphs)
    assert all(line in kept for line in captions)
