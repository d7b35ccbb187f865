"""Failures of the round blind69, fixed for the genre after it was scored: each test is a
page of our own of the same kind as a real one."""

from releases.importing.parser import parse_article


def _speakers(page: str) -> dict[str, tuple[str, str | None, str | None]]:
    return {s.name: (s.role, s.position, s.organisation) for s in parse_article(page).speakers}


def test_a_spokesman_who_names_himself_and_presents_the_guests_on_the_next_line_hosts():
    page = "\n".join(
        [
            "滨海自治区第9场新闻发布会实录",
            "2024-05-20来源:滨海日报",
            "周海:各位媒体记者朋友,大家上午好。欢迎出席滨海自治区新闻发布会,"
            "我是滨海自治区人民政府新闻发言人周海。",
            "首先,我介绍一下参加今天发布会的人员,他们是滨海自治区人民政府新闻发言人阿不都·热合曼、"
            "滨海自治区作家协会副主席古丽·买买提、滨海人民出版社社长林晓。",
            "首先,我就有关问题谈一些看法。",
        ]
    )
    assert _speakers(page) == {
        "周海": ("host", "新闻发言人", "滨海自治区人民政府"),
        "阿不都·热合曼": ("speaker", "新闻发言人", "滨海自治区人民政府"),
        "古丽·买买提": ("speaker", "副主席", "滨海自治区作家协会"),
        "林晓": ("speaker", "社长", "滨海人民出版社"),
    }


def test_a_regional_sessions_spokesman_and_a_deputy_keep_their_posts_whole():
    page = "\n".join(
        [
            "滨海日报讯(记者王一报道)1月26日下午,2026滨海两会第二场新闻发布会举行。",
            "1月26日下午,新闻发布会在两会新闻中心举行。图为发布会现场。滨海网-滨海日报记者 何平摄",
            "新闻发布会伊始,自治区十四届人大四次会议新闻发言人周海向媒体记者介绍了会议的相关情况。"
            "随后,他与自治区人大代表古丽·买买提一同回答记者提问。",
        ]
    )
    result = parse_article(page)
    assert {s.name: (s.position, s.organisation) for s in result.speakers} == {
        "周海": ("自治区十四届人大四次会议新闻发言人", None),
        "古丽·买买提": ("自治区人大代表", None),
    }
    assert {(c.role, c.name) for c in result.credits} == {("记者", "王一"), ("摄", "何平")}


def test_a_governor_presents_the_doctors_and_officials_who_join_her():
    joined_with = "\n".join(
        [
            "Bayland Governor Anna Reyes COVID-19 Press Conference Transcript November 12",
            "Bayland Governor Anna Reyes’s November 12 press conference. She addressed a spike in "
            "cases. Read the full transcript here.",
            "Gov. Reyes: (00:32)",
            "Good afternoon. I am joined with Dr. Mara Quint and Dr. Lena Hale, a physician at "
            "Bay Health System and chief medical officer here in Capital City. We are in the "
            "hardest part of this pandemic.",
        ]
    )
    assert {s.name: s.position for s in parse_article(joined_with).speakers} == {
        "Anna Reyes": "Bayland Governor",
        "Mara Quint": None,
        "Lena Hale": "physician at Bay Health System and chief medical officer here in "
        "Capital City",
    }
    joined_by = "\n".join(
        [
            "Bayland Governor Anna Reyes Press Conference Transcript May 28",
            "Bayland Governor Anna Reyes’s May 28 press conference. Read the full transcript here.",
            "Gov. Reyes: (00:32)",
            "Good afternoon. I of course am joined by Dr. Mara Quint our Chief Medical Executive, "
            "our State Budget Director, Chris Kolbe, Jamie Brown, who is the president of the Bay "
            "Nurses Association, and Dale Orr, president of Orr's Training and Apprentice Fund. "
            "For the past 12 weeks, we have acted.",
        ]
    )
    assert {s.name: s.position for s in parse_article(joined_by).speakers} == {
        "Anna Reyes": "Bayland Governor",
        "Mara Quint": "Chief Medical Executive",
        "Chris Kolbe": "State Budget Director",
        "Jamie Brown": "president of the Bay Nurses Association",
        "Dale Orr": "president of Orr's Training and Apprentice Fund",
    }


def test_the_end_of_a_countrys_name_in_a_headline_is_no_person():
    page = "\n".join(
        [
            "Opening Statement by Prime Minister Kale, Joint Press Conference Hon. Peter Kale MP, "
            "Prime Minister of Papua New Guinea, and Hon. Tom Reed MP, Prime Minister of Fiji",
            "Members of the Press",
            "Thank you very much for joining us here this afternoon.",
        ]
    )
    assert "New Guinea" not in {s.name for s in parse_article(page).speakers}


def test_a_headlines_surname_takes_the_full_name_and_post_printed_later_in_it():
    # the page prints a blank line between paragraphs
    page = "\n\n".join(
        [
            "Opening Statement by Prime Minister O’Rourke, Joint Press Conference Hon. Tavita "
            "O’Rourke MP, Prime Minister of Nauvia, and Hon. Ana Lind MP, Prime Minister of "
            "Westland 3rd May 2031",
            "Members of the Press",
            "Ladies and Gentlemen,",
            "Thank you very much for joining us here this afternoon.",
            "Today, Prime Minister Lind and I discussed many issues that affect our countries.",
        ]
    )
    result = parse_article(page)
    assert (result.speakers[0].name, result.speakers[0].position) == (
        "Tavita O’Rourke",
        "Prime Minister of Nauvia",
    )
    assert result.segments[0].answerers == ["Tavita O’Rourke"]
    assert result.segments[0].paragraphs[:2] == [
        "Members of the Press",
        "Ladies and Gentlemen,",
    ]
