"""blind42's failures, fixed for the genre: each test is a page of our own (invented names,
numbers and outlets) of the same kind as a real one."""

from releases.importing.parser import parse_article


def test_a_ministrys_record_lists_host_and_guests_name_first_under_padded_field_names():
    page = "\n\n".join(
        [
            "江南省卫生健康委员会2031年4月18日新闻发布会文字实录",
            "时 间:2031年4月18日",
            "地 点:江南省南湖市会堂",
            "主持人: 周明 江南省卫生健康委新闻发言人、宣传处副处长",
            "嘉 宾: 吴海 全省爱卫办副主任、江南省卫生健康委规划处处长",
            "许 伟 南湖市卫生健康委副主任",
            "李先平 南湖市人民政府市长",
            "江南省卫生健康委新闻发言人、宣传处副处长 周明:",
            "各位媒体朋友,大家上午好!欢迎参加新闻发布会。",
            "南湖日报记者:请问今年有什么新举措?",
            "李先平:今年我们新建公园12个。",
        ]
    )
    result = parse_article(page)
    assert {(s.name, s.role, s.position, s.organisation) for s in result.speakers} == {
        ("周明", "host", "新闻发言人、宣传处副处长", "江南省卫生健康委"),
        ("吴海", "speaker", "全省爱卫办副主任、江南省卫生健康委规划处处长", None),
        ("许伟", "speaker", "副主任", "南湖市卫生健康委"),
        ("李先平", "speaker", "市长", "南湖市人民政府"),
    }
    assert [s.answerers for s in result.segments] == [["李先平"]]


def test_a_transcripts_headline_names_the_prime_minister_by_a_three_word_name():
    page = "\n".join(
        [
            "Transcript of Prime Minister Tan Wei Ming's Media Wrap Up in Hanoi, Vietnam",
            "12 December 2031",
            "Q: Could you give us an update on the inquiry so far?",
            "PM: The investigations are carrying on, I think things are well in hand.",
        ]
    )
    result = parse_article(page)
    assert [(s.name, s.position) for s in result.speakers] == [("Tan Wei Ming", "Prime Minister")]
    assert [s.answerers for s in result.segments] == [["Tan Wei Ming"]]


def test_a_portals_channels_between_dashes_are_no_headline_and_to_the_media_is_no_name():
    page = "\n".join(
        [
            "南湖网首页 - 新闻 - 体育 - 娱乐 - 财经 - IT - 汽车 - 房产 - 短信 - 邮件 - 搜",
            "索南湖网首页 > 新闻频道 > 国内",
            "江南南湖警方召开首次新闻发布会公布治安形势",
            "1月5日,南湖警方召开了首次新闻发布会,公布了全年社会治安情况。",
            "今后每月将分别由市公安局第一、第二或常规新闻发言人向媒体通报治安情况。",
        ]
    )
    result = parse_article(page)
    assert result.title == "江南南湖警方召开首次新闻发布会公布治安形势"
    assert result.speakers == []


def test_a_reports_sections_headed_by_each_spokespersons_label_are_narrated_not_turns():
    page = "\n\n".join(
        [
            "刑侦总队新闻发言人王立:",
            "刑事案件同比降一成",
            "作为刑侦总队发言人、副总队长的王立,通报了上半年刑侦系统的工作情况。他称,今年以来,"
            "全市刑事案件同比下降10.9%。",
            "巡特警总队新闻发言人赵平:",
            "严控校园周边安全",
            "赵平表示,巡特警专门针对每日两个出行高峰时段加强街面巡逻。",
            "1问 上岗前是否经过新闻发言人培训?",
            "巡特警总队发言人赵平:作为新闻发言人,要精通自身业务。",
        ]
    )
    result = parse_article(page)
    assert [(s.question, s.answerers) for s in result.segments] == [
        ("1问 上岗前是否经过新闻发言人培训?", ["赵平"])
    ]


def test_words_that_only_give_the_floor_name_the_next_questions_asker():
    page = "\n\n".join(
        [
            "Joint Press Conference at the East Room, Government House",
            "PM Tan Wei Ming held a joint press conference with US President Ann Hale at the"
            " East Room.",
            "President Hale: First question is Maria Lopez.",
            "Q: Thank you, Madam President. Will the talks go on next week?",
            "President Hale: Yes, they will, and we expect progress.",
        ]
    )
    result = parse_article(page)
    assert [(s.question, s.asker, s.answerers) for s in result.segments] == [
        (
            "Thank you, Madam President. Will the talks go on next week?",
            "Maria Lopez",
            ["Ann Hale"],
        )
    ]


def test_an_office_and_surname_label_is_the_person_the_lead_names_in_full_with_that_post():
    page = "\n\n".join(
        [
            "Joint Press Conference at Government House",
            "PM Tan Wei Ming held a joint press conference with President Ann Hale today.",
            "President Hale: Good afternoon.",
            "Q: Will the talks go on?",
            "President Hale: Yes.",
        ]
    )
    result = parse_article(page)
    assert [(s.name, s.position) for s in result.speakers] == [("Ann Hale", "President")]
    assert [s.answerers for s in result.segments] == [["Ann Hale"], ["Ann Hale"]]
