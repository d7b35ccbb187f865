"""Layouts found in the development texts before the rounds blind78 and blind79 were scored:
each test is a page of our own of the same kind as a real one."""

from releases.importing.parser import parse_article


def test_field_lines_with_each_name_run_into_its_post_and_the_topic_as_the_headline():
    page = "\n".join(
        [
            "發布時間:2019年4月8日上午10:00",
            "發布地點:海州市行政中心新聞發布廳",
            "發布主題:第二屆海州茶文化節新聞發布會",
            "發布人員:陳立華海州市委宣傳部副部長、市網信辦主任",
            "周向東海州市東港區委常委、宣傳部長",
            "吳松海州市文化旅遊局副局長",
            "主持人:李明遠海州市政府新聞發言人",
            "4月8日上午,市政府召開新聞發布會。市政府新聞發言人李明遠主持,陳立華、周向東、吳松"
            "分別介紹了茶文化節籌辦情況。以下是新聞發布會實錄。",
            "市政府新聞發言人李明遠:各位記者朋友,大家上午好!",
            "我是海州市政府新聞發言人李明遠,很高興主持今天的新聞發布會。今年的茶文化節將在"
            "五月舉行,活動安排比往年更加豐富,下面逐一向大家作專題發布。",
        ]
    )
    result = parse_article(page)
    assert result.title == "第二屆海州茶文化節新聞發布會"
    assert [(s.name, s.role, s.position, s.organisation) for s in result.speakers] == [
        ("陳立華", "speaker", "海州市委宣傳部副部長、市網信辦主任", None),
        ("周向東", "speaker", "海州市東港區委常委、宣傳部長", None),
        ("吳松", "speaker", "副局長", "海州市文化旅遊局"),
        ("李明遠", "host", "新聞發言人", "海州市政府"),
    ]
    # the host greets, says he hosts today and goes on with the news: a statement
    assert [s.answerers for s in result.segments] == [["李明遠"]]


def test_a_run_on_line_is_split_only_where_the_text_names_the_person_again():
    page = "\n".join(
        [
            "發布主題:海州茶文化節新聞發布會",
            "發布人員:陳立華海州市委宣傳部副部長",
            "市政府召開新聞發布會,介紹茶文化節籌辦情況。",
        ]
    )
    # 陳立華 appears nowhere else: no guess at where the name ends
    assert parse_article(page).speakers == []


def test_a_sites_section_line_over_a_headline_naming_the_press_conference():
    page = "\n\n".join(
        [
            "Stories you can use",
            "Gov.-Elect Hale outlines transition plans in press conference",
            "Gov.-Elect Mara Hale held her first press conference since the election on Friday to "
            "describe how the transition is going and to answer questions about her cabinet.",
            '"We will be open with the public," Hale said.',
        ]
    )
    result = parse_article(page)
    assert result.title == "Gov.-Elect Hale outlines transition plans in press conference"


def test_a_transcripts_headline_listing_who_speaks_each_by_post():
    page = "\n\n".join(
        [
            "Ohio Governor Mark Hale and US Surgeon General Ann Boyd COVID-19 Briefing "
            "Transcript May 4",
            "Mark Hale: (00:00)",
            "Thank you all for coming. Dr. Boyd, thank you for being in Columbus today.",
        ]
    )
    result = parse_article(page)
    assert [(s.name, s.position) for s in result.speakers] == [
        ("Mark Hale", "Ohio Governor"),
        ("Ann Boyd", "US Surgeon General"),
    ]


def test_joining_me_today_are_the_officials_each_post_before_the_name():
    page = "\n\n".join(
        [
            "TRANSCRIPT: Press Conference July 9, 2020",
            "GOVERNOR HALE:  Good afternoon.  Joining me today are Deputy Health Secretary Ann "
            "Boyd and Assistant Health Secretary Dr. Lee Park.",
            "Yesterday I spoke with the nation's governors about testing, and we will keep "
            "pressing for more federal support for the states.",
        ]
    )
    result = parse_article(page)
    assert [(s.name, s.position) for s in result.speakers] == [
        ("Hale", "Governor"),
        ("Ann Boyd", "Deputy Health Secretary"),
        ("Lee Park", "Assistant Health Secretary"),
    ]


def test_a_governor_who_took_the_podium_for_his_briefing_gives_it():
    page = "\n".join(
        [
            "Governor Mark Hale took podium for his weekly press briefing, addressing the "
            "issues facing the state.",
            "3:16 PM – Budget",
            "- Still gathering facts on the agencies' spending",
        ]
    )
    result = parse_article(page)
    assert [(s.name, s.position) for s in result.speakers] == [("Mark Hale", "Governor")]
