"""blind47's failures, fixed for the genre after it was scored (it was the last round):
each test is a page of our own (invented names and numbers) of the same kind as a real one."""

from releases.importing.parser import parse_article


def test_a_governors_release_with_a_rush_transcript_below_is_her_statement():
    page = "\n\n".join(
        [
            "Audio, Video, Photos & Rush Transcript: Governor Lane Hosts Media Availability"
            " Following Cabinet Meeting",
            "Earlier today, Governor Mary Lane hosted a media availability following her second"
            " cabinet meeting.",
            "AUDIO of the Governor's remarks is available here.",
            "A rush transcript of the Governor's remarks is available below:",
            "We just concluded a very fascinating cabinet meeting. It's my second time assembling"
            " our cabinet.",
            "I'm really pretty pleased with the people who are focused on one thing.",
        ]
    )
    result = parse_article(page)
    assert [(s.name, s.position) for s in result.speakers] == [("Mary Lane", "Governor")]
    assert [s.answerers for s in result.segments] == [["Mary Lane"]]


def test_a_former_spokesperson_mentioned_in_a_report_is_no_speaker():
    page = "\n".join(
        [
            "各路記者把新任教育部發言人團團圍住",
            "今天,教育部第7次例行新聞發布會,新任教育部新聞發言人顧梅首次與媒體見面,會議一結束,數十記者將顧梅圍住,對其進行拍照采訪。",
            "由于教育部前任新聞發言人王旭東頗受媒體重視,其高調卸任,引起了媒體對新任發言人的興趣。今天第一次站在媒體面前的顧梅略施粉黛,一直微笑著面對各路媒體。整場新聞發布會,顧梅恪守主持人的職責,說完開場白之后,便逐一介紹與會人士,自始至終沒有發表個人意見,與王旭東的“大放厥詞”大相徑庭。",
        ]
    )
    result = parse_article(page)
    assert [(s.name, s.position) for s in result.speakers] == [("顧梅", "新聞發言人")]


def test_a_spokespersons_nothing_to_announce_over_three_lines_is_no_statement():
    page = "\n\n".join(
        [
            "南湖部召开例行新闻发布会(2031年6月12日)",
            "手动刷新",
            "【何东】:",
            "各位记者朋友:",
            "大家下午好,欢迎参加南湖部例行新闻发布会。今天我没有需要向大家通报的信息。",
            "下面请提问。",
            "【南湖日报记者】:",
            "前5月,南湖货物贸易总值同比增长2.5%。请问如何看待?",
            "【何东】:",
            "今年以来,南湖外贸在复杂环境中稳健前行。",
        ]
    )
    result = parse_article(page)
    assert [(s.question is not None, s.answerers) for s in result.segments] == [(True, ["何东"])]
    assert [(f.text, f.segment) for f in result.figures] == [("2.5%", 0)]
