"""Failures of the round blind83 (the last round, scored blind once, then fixed for the
genre): each test is a page of our own of the same kind as a real one."""

from releases.importing.parser import parse_article


def test_a_report_names_a_vice_mayor_of_a_rare_surname_and_the_host_who_presided():
    page = "\n".join(
        [
            "某省青州市副市长操明远近日在新闻发布会上宣布,全市将举办第五届花卉博览会。",
            "操明远说,今年是加快建设中心城市的关键一年。",
            "新闻发布会由中共青州市委宣传部副部长钱文华主持。操明远副市长详细介绍了博览会的筹备情况。",
        ]
    )
    result = parse_article(page)
    assert [(s.name, s.role, s.organisation, s.position) for s in result.speakers] == [
        ("钱文华", "host", "中共青州市委宣传部", "副部长"),
        ("操明远", "speaker", None, "某省青州市副市长"),
    ]


def test_a_report_whose_officials_are_listed_before_they_answered():
    page = "\n".join(
        [
            "出彩看青州",
            "——“这十年”主题系列新闻发布会青州专场侧记",
            "9月22日,“这十年”主题系列新闻发布会青州专场在省人民政府新闻发布厅举行。各媒体记者"
            "踊跃提问,青州市委书记朱建西、市长王慧等紧扣青州实际,热情作答。",
            "“经济总量达4342亿元,稳居全省第三”……一串串数据浓缩了青州非凡的十年。",
        ]
    )
    result = parse_article(page)
    assert [(s.name, s.position) for s in result.speakers] == [
        ("朱建西", "青州市委书记"),
        ("王慧", "市长"),
    ]


def test_a_spam_mirrors_keyword_title_is_no_headline():
    page = "\n".join(
        [
            "久久久国产久首页_99re免费精品视频_中文人妻精品一区在线_亚洲黄69影院",
            "省政府新闻办:愿为各界提供信息发布平台",
            "东南网10月18日讯 省政府新闻办在福州举行新闻发布会,省政府新闻办主任、新闻发言人"
            "朱明介绍了有关情况。",
        ]
    )
    result = parse_article(page)
    assert result.title == "省政府新闻办:愿为各界提供信息发布平台"
