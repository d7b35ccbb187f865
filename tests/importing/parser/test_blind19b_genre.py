"""More layouts of the nineteenth blind round, fixed for the genre: each test is a page of
our own (invented names, numbers and outlets) of the same kind as a real one."""

from releases.importing.parser import parse_article
from releases.importing.parser.result import HOST

SPECIAL_BRIEFING_PAGE = "\n\n".join(
    [
        "Transcript of Special Briefing by Secretary (North) on the visit to Oslo (May 3, 2021)",
        "May 3, 2021",
        "Official Spokesperson, Shri Vivek Anand: Good afternoon and a very warm welcome to this "
        "special briefing. I have with me Secretary (North) Smt. Lata Iyer. Over to Secretary "
        "(North) now.",
        "Secretary (North), Smt. Lata Iyer: Good afternoon. The Prime Minister held talks with "
        "the Prime Minister of Norway today.",
        "Question: Was a shipping agreement signed?",
        "Secretary (North), Smt. Lata Iyer: Not yet; the text is being finalised.",
    ]
)


def test_spokesperson_who_welcomes_and_hands_over_hosts():
    result = parse_article(SPECIAL_BRIEFING_PAGE)
    people = {s.name: s for s in result.speakers}
    assert set(people) == {"Vivek Anand", "Lata Iyer"}, people
    assert people["Vivek Anand"].role == HOST
    assert people["Lata Iyer"].position == "Secretary (North)"
    assert all("Vivek Anand" not in s.answerers for s in result.segments)
    assert result.segments[0].answerers == ["Lata Iyer"]
    assert result.segments[1].answerers == ["Lata Iyer"]


def test_spokesperson_who_also_answers_is_no_host():
    page = SPECIAL_BRIEFING_PAGE + (
        "\n\nQuestion: When will the Minister travel?\n\n"
        "Official Spokesperson, Shri Vivek Anand: The Minister travels to Oslo in June, and "
        "we will share the details of the programme closer to the date.\n"
    )
    result = parse_article(page)
    people = {s.name: s for s in result.speakers}
    assert people["Vivek Anand"].role != HOST
    assert result.segments[-1].answerers == ["Vivek Anand"]


JOINT_STATEMENTS_PAGE = "\n\n".join(
    [
        "Joint press statements of the Presidents of Norland and Eastmark",
        "PRESIDENT KARL OSTEN: Good morning, and welcome, President Ruiz, to this press "
        "conference in Norport. Our talks covered trade and energy, and we agreed to open two "
        "new consulates next year. Over to you.",
        "PRESIDENT ANA RUIZ: Thank you, Karl. Eastmark values this partnership.",
    ]
)


def test_leader_whose_statement_hands_over_keeps_the_statement():
    # A leader welcomes to the press conference and hands over too; only a spokesperson's
    # opening is a host's.
    result = parse_article(JOINT_STATEMENTS_PAGE)
    assert all(s.role != HOST for s in result.speakers), result.speakers
    answered = [a for s in result.segments for a in s.answerers]
    assert answered == ["Karl Osten", "Ana Ruiz"], answered


JOINT_INTERACTION_PAGE = "\n\n".join(
    [
        '"The floor is now closed"',
        "From our mailbag: the Prime Minister of Eastmark meets the press with his guest. The "
        "transcript as the office sent it.",
        "UNIDENTIFIED: Excellencies, we welcome you to today's signing ceremony, where one "
        "agreement is going to be signed.",
        "UNIDENTIFIED: This concludes the signing ceremony.",
        "MODERATOR: A very good evening, and welcome to the joint press interaction. First, the "
        "Prime Minister of Eastmark, Honourable Dr. Ravi Menon, would be making his opening "
        "statement. Next, the Prime Minister of Norland, his Excellency Erik Dahl will be making "
        "a statement. May I now invite the Prime Minister of Eastmark?",
        "DR. RAVI MENON (Prime Minister of Eastmark): Your Excellency, ladies and gentlemen, it "
        "is an honour to welcome the Prime Minister of Norland on his first visit.",
    ]
)


def test_capitals_label_with_doctor_and_bracketed_post():
    result = parse_article(JOINT_INTERACTION_PAGE)
    people = {s.name: s for s in result.speakers}
    assert set(people) == {"Ravi Menon", "Erik Dahl"}, people
    assert people["Ravi Menon"].position == "Prime Minister of Eastmark"
    assert people["Erik Dahl"].position == "Prime Minister of Norland"
    assert [s.answerers for s in result.segments] == [["Ravi Menon"]]
    assert result.segments[0].paragraphs[0].startswith("Your Excellency")
    # the blog's lead is nobody's statement
    assert any(p.startswith("From our mailbag") for p in result.body)


def test_capitals_label_with_doctor_needs_a_post():
    page = (
        "Talks\n\nDR. ANNA BERG (Reuters): Will the talks resume?\n\n"
        "MR. KARL LUND (Minister of Trade): Next week.\n"
    )
    result = parse_article(page)
    names = [s.name for s in result.speakers]
    assert "Anna Berg" not in names, names
    assert "Karl Lund" in names, names
