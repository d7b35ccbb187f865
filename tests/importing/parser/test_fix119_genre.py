"""Failures of the round blind119 (fifteen texts, scored blind once after blind118's
fixes, then fixed for the genre): each test is a page of our own of the same kind as a
real one."""

from releases.importing.parser import parse_article


def test_a_bilingual_transcripts_pinyin_label_and_a_hosts_guests_of_today():
    page = "\n\n".join(
        [
            "某主题发布会",
            "某部对外新闻局局长、新闻发言人陈文华:",
            "Chen Wenhua:",
            "女士们、先生们,上午好!欢迎大家出席新闻发布会。",
            "今天我们请中共某省委书记、省人大常委会主任王丽女士,中共某省委副书记、省长李建国先生,"
            "介绍有关情况,并回答大家关心的问题。",
        ]
    )
    result = parse_article(page)
    roles = {(s.name, s.role) for s in result.speakers}
    assert roles == {("陈文华", "host"), ("王丽", "speaker"), ("李建国", "speaker")}
    assert all("Chen Wenhua:" not in p for s in result.segments for p in s.paragraphs)


def test_an_english_transcripts_list_of_speakers_in_lower_case_and_its_host():
    page = "\n\n".join(
        [
            "ㄑ Press Room ㄑ Press Conference Transcripts ㄑ Press Conferences of the Office",
            "Press conference on the revitalization of Northland",
            "Ms. Lin Hua, deputy secretary of the Northland Provincial Committee and governor of "
            "Northland province",
            "Mr. Zhou Yang, deputy director general of the Press Bureau and spokesperson of the "
            "Office",
            "Zhou Yang:",
            "Ladies and gentlemen, good morning. Welcome to this press conference held by the "
            "Office. Today, we have invited Ms. Lin Hua to brief you.",
            "Now, I'll give the floor to Ms. Lin for her introduction.",
            "Lin Hua:",
            "Ladies and gentlemen, good morning. Northland has grown.",
        ]
    )
    result = parse_article(page)
    assert result.title == "Press conference on the revitalization of Northland"
    roles = {(s.name, s.role) for s in result.speakers}
    assert roles == {("Lin Hua", "speaker"), ("Zhou Yang", "host")}
    assert [s.answerers for s in result.segments] == [["Lin Hua"]]


def test_a_machine_transcripts_note_and_its_bracketed_title():
    page = (
        "* This transcript was created by voice-to-text technology. The transcript has not been "
        "edited for errors or omissions, it is for reference only and is not the official "
        'minutes of the meeting. [Press Conference: "Mayor Updates Media"] [00:00:18] MAYOR, '
        "IS THIS TROUBLING? IT IS TROUBLING."
    )
    assert parse_article(page).title == 'Press Conference: "Mayor Updates Media"'


def test_a_tv_archives_listing_and_a_home_page_link_are_no_headline():
    for first in (
        "tv Officials Hold Briefing on Hurricane Season CSPAN June 5, 2024 5:57pm-6:29pm EDT",
        "> 进入某某在线首页",
    ):
        page = "\n\n".join([first, "good morning everyone and welcome. thank you for coming."])
        title = parse_article(page).title
        assert "CSPAN" not in title and "首页" not in title


def test_what_follows_announced_is_nobodys_label():
    page = "\n\n".join(
        [
            "某代表团开放日",
            "以下为某代表团答记者问实录:",
            "新华社记者:请问这一提法背后有什么考虑?",
        ]
    )
    result = parse_article(page)
    assert all(s.asker != "以下为某代表团答" for s in result.segments)
