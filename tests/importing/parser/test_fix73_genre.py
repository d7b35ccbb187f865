"""Failures of the round blind73 (the last blind round scored), fixed for the genre after
it was scored: each test is a page of our own of the same kind as a real one."""

from releases.importing.parser import parse_article


def test_a_bill_signings_headline_and_capitals_labels_with_the_office():
    page = "\n".join(
        [
            "Governor Transcript: April 13 Press Conference",
            "newsBot",
            "GOVERNOR LINDQVIST: Thank you all for joining us. Today I am signing 66 bills "
            "into law.",
            "PRESIDENT MORALES: Thank you, Governor. This was a historic session.",
        ]
    )
    result = parse_article(page)
    assert result.title == "Governor Transcript: April 13 Press Conference"
    assert [(s.name, s.position) for s in result.speakers] == [
        ("Lindqvist", "Governor"),
        ("Morales", "President"),
    ]
    assert [s.answerers for s in result.segments] == [["Lindqvist"], ["Morales"]]


def test_a_transcription_services_breadcrumb_and_an_abbreviated_post():
    page = "\n\n".join(
        [
            "Aug 30, 2031",
            "Nevada Gov. Ana Maria Lind Hurricane Press Conference Transcript",
            "RevBlogTranscriptsNevada Governor Ana Maria Lind TranscriptsNevada Gov. Ana "
            "Maria Lind Hurricane Press Conference Transcript",
            "Nevada Gov. Ana Maria Lind held a press conference on August 30, 2031 to provide "
            "updates on the hurricane. Read the transcript here.",
            "Nevada Gov. Ana Maria Lind: (00:00)",
            "Our focus since the early hours of this morning has been on search and rescue.",
            "Saving lives is the first priority. We have crews from 16 states on the ground.",
            "Nevada Gov. Ana Maria Lind: (02:15)",
            "Power will not be restored for several days in the hardest-hit parishes.",
        ]
    )
    result = parse_article(page)
    assert [(s.name, s.position) for s in result.speakers] == [
        ("Ana Maria Lind", "Nevada Governor")
    ]


def test_a_posts_categories_line_is_no_headline():
    page = "\n\n".join(
        [
            "Media Briefing, Press Releases|",
            "[This is a rush transcript. This copy may not be in its final form]",
            "Thanks for joining us for the Weekly Briefing.",
            "The Prime Minister is at the border today where he will open a market.",
        ]
    )
    assert parse_article(page).title == ""


def test_a_named_hosts_opening_in_traditional_characters_is_the_first_statement():
    page = "\n".join(
        [
            "活動標題",
            "- 國新辦就網上營商環境情況舉行發佈會",
            "文字內容:",
            "- 主持人陳明遠:",
            "各位下午好!今天我們特地舉行一個小型的發佈會,回答大家的提問。我們很高興請來了"
            "國新辦網路局的副局長鍾立平先生,下面我們就請鍾立平副局長做介紹。",
            "2031-02-14 14:28:53 - 鍾立平:",
            "女士們、先生們,各位下午好!在回答大家問題之前,我想講三點。",
            "2031-02-14 14:32:52 - 鍾立平:",
            "第一,網上營商環境一直保持改善的勢頭,網上開辦企業的時間已經縮短到一天以內,"
            "我們十分重視吸取國際上的成功經驗和做法。",
            "2031-02",
        ]
    )
    result = parse_article(page)
    assert [s.answerers for s in result.segments] == [["陳明遠"], ["鍾立平"]]
    assert result.segments[0].paragraphs[0].startswith("各位下午好!")
    # the copy cut inside the next entry's time stamp: no words of his
    assert result.segments[1].paragraphs[-1].endswith("成功經驗和做法。")


def test_a_hosts_opening_under_a_bare_name_label_and_several_host_turns():
    page = "\n".join(
        [
            "庆祝建党百年东江专场新闻发布会实录",
            "6月16日上午,中共中央宣传部在北京举行庆祝建党百年东江专场新闻发布会,"
            "东江省委书记王东林、省长许晴介绍有关情况。",
            "陈立新:女士们、先生们,上午好!欢迎大家出席中共中央宣传部新闻发布会。",
            "今天,我们邀请东江省委书记王东林先生,省长许晴女士,介绍有关情况。",
            "下面,我们先请王书记作介绍。",
            "王东林:各位记者朋友,大家上午好!东江是革命老区。",
            "陈立新:下面请记者朋友提问。",
            "人民日报记者:东江如何推动高质量发展?",
            "许晴:我们主要做了三件事。",
        ]
    )
    result = parse_article(page)
    assert [s.answerers for s in result.segments] == [["陈立新"], ["王东林"], ["许晴"]]
    # her later words only give the floor: no statement of hers
    assert result.host_remarks == ["下面请记者朋友提问。"]


def test_a_weekly_briefing_copied_with_nobodys_name_is_one_unsigned_statement():
    page = "\n".join(
        [
            "Media Briefing, Press Releases|",
            "[This is a rush transcript. This copy may not be in its final form]",
            "Thanks for joining us for the Weekly Briefing.",
            "The Prime Minister is at the border today where he will open a market.",
            "The new transmission line will carry 100 MW to the border region over a 132 KV line.",
        ]
    )
    result = parse_article(page)
    [statement] = result.segments
    assert statement.question is None and statement.answerers == []
    assert statement.paragraphs[0] == "Thanks for joining us for the Weekly Briefing."
    assert any("没有署名" in w for w in result.warnings)  # the editor is told to sign it
    assert {(f.text, f.unit, f.segment) for f in result.figures} == {
        ("100 MW", "MW", 0),
        ("132 KV", "KV", 0),
    }
