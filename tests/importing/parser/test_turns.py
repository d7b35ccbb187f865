import pytest

from releases.importing.parser.result import HOST
from releases.importing.parser.turns import (
    ANSWER_TURN,
    HOST_TURN,
    QUESTION_TURN,
    SPEAKER_TURN,
    Roster,
    gives_floor,
    heading_of,
    host_like,
    looks_like_question,
    read_turn,
    split_run_together,
    strip_clock_times,
)


@pytest.fixture
def roster():
    r = Roster()
    r.add("李瑞玲", "威海市住房和城乡建设局党组书记、局长")
    r.add("孙丽", "市政府新闻办副主任", HOST)
    return r


def test_read_turn_attribution_sharing_a_line(roster):
    turn = read_turn("山东省住房和城乡建设厅二级巡视员都昌林:2018年6月,习近平总书记……", roster)
    assert (turn.kind, turn.name, turn.text) == (SPEAKER_TURN, "都昌林", "2018年6月,习近平总书记……")
    assert roster.find("都昌林").position == "山东省住房和城乡建设厅二级巡视员"


def test_read_turn_known_name_alone(roster):
    assert read_turn("李瑞玲:谢谢。", roster).name == "李瑞玲"


def test_read_turn_surname_and_title(roster):
    assert read_turn("李局长:谢谢。", roster).name == "李瑞玲"


@pytest.mark.parametrize(
    ("paragraph", "asker"),
    [
        ("大众日报记者:请问……?", "大众日报"),
        ("中央广播电视总台央视记者:请问……?", "中央广播电视总台央视"),
        ("记者:请问……?", None),
        ("问:请问……?", None),
        ("1.问:请问……?", None),
        ("网友提问:请问……?", "网友"),
    ],
)
def test_read_turn_questions(roster, paragraph, asker):
    turn = read_turn(paragraph, roster)
    assert (turn.kind, turn.asker, turn.text) == (QUESTION_TURN, asker, "请问……?")


def test_read_turn_host_by_role_and_by_name(roster):
    assert read_turn("主持人:谢谢大家。", roster).name == "孙丽"
    turn = read_turn("孙丽:下面请记者提问。", roster)
    assert (turn.kind, turn.name) == (HOST_TURN, "孙丽")


def test_read_turn_answer_without_name(roster):
    assert read_turn("答:谢谢。", roster).kind == ANSWER_TURN
    assert read_turn("答(李瑞玲):谢谢。", roster).name == "李瑞玲"


@pytest.mark.parametrize(
    "paragraph",
    [
        "威海边探索、边总结、边提升,在具体推进中,突出“六个精”:",
        "总体来看,有以下几点:",
        "李瑞玲表示:我们将继续努力。",
        "上午10:30,发布会开始。",
        "习近平总书记指出:城市是人民的城市。",
    ],
)
def test_read_turn_plain_paragraphs_are_not_turns(roster, paragraph):
    assert read_turn(paragraph, roster) is None


def test_read_turn_english(roster):
    roster.add("Daniel Hart", "Department Spokesperson")
    assert read_turn("MR HART: Good afternoon.", roster, english=True).name == "Daniel Hart"
    assert read_turn("Q Thank you.", roster, english=True).kind == QUESTION_TURN
    assert read_turn("QUESTION: Thanks.", roster, english=True).kind == QUESTION_TURN
    # An office is no part of a name (as MR. is not): SECRETARY BLINKEN is Blinken.
    turn = read_turn("SECRETARY BLINKEN: Thanks.", roster, english=True)
    assert turn.name == "Blinken"
    # An office that nobody in the text holds answers, but is nobody.
    turn = read_turn("PRIME MINISTER: I have.", roster, english=True)
    assert turn.kind == ANSWER_TURN and turn.name is None


def test_looks_like_question():
    assert looks_like_question("威海如何破解这项崭新课题?")
    assert looks_like_question("请问如何看待当前的经济形势?谢谢。")
    assert not looks_like_question("总体看,本次精致城市论坛有4个特点。")


@pytest.mark.parametrize(
    ("paragraph", "heading"),
    [
        ("★精当规划,以系统思维搭建精致城市“四梁八柱”", "精当规划,以系统思维搭建精致城市“四梁八柱”"),
        ("(一)项目总体情况", "(一)项目总体情况"),
        ("一、农业生产形势稳定", "一、农业生产形势稳定"),
        ("一是坚持规划引领。", "一是坚持规划引领。"),
    ],
)
def test_heading_of(paragraph, heading):
    assert heading_of(paragraph) == (heading, None)


@pytest.mark.parametrize(
    "paragraph",
    [
        "第一,是一个国际性开放平台,论坛聚焦城市发展普遍性问题,经验成果力求具有普遍意义。",
        "一是压茬推进前期工作。建立重点项目机制,对前期手续实行并联审批。",
        "坚持世界眼光、威海特色,制定了国内首部精致城市条例。",
    ],
)
def test_heading_of_numbered_paragraphs_are_not_headings(paragraph):
    assert heading_of(paragraph) is None


def test_read_turn_name_followed_by_post_or_honorific(roster):
    assert read_turn("李瑞玲局长:谢谢。", roster).name == "李瑞玲"
    assert read_turn("李瑞玲同志:谢谢。", roster).name == "李瑞玲"
    assert read_turn("李瑞玲女士:谢谢。", roster).name == "李瑞玲"


def test_read_turn_english_question_with_outlet(roster):
    turn = read_turn("Question (ITV News): Can you rule it out?", roster, english=True)
    assert (turn.kind, turn.asker, turn.text) == (QUESTION_TURN, "ITV News", "Can you rule it out?")


def test_read_turn_english_office_labels(roster):
    roster.add("Rachel Holloway", "Prime Minister")
    roster.mentions.append(("Daniel Osei", "Chancellor of the Exchequer"))
    assert read_turn("Prime Minister:", roster, english=True).name == "Rachel Holloway"
    turn = read_turn("Chancellor: And if I may add.", roster, english=True)
    assert (turn.kind, turn.name) == (SPEAKER_TURN, "Daniel Osei")
    assert roster.find("Daniel Osei").position == "Chancellor of the Exchequer"


@pytest.mark.parametrize("line", ["From: Prime Minister's Office", "Published: 14 March 2024"])
def test_read_turn_english_header_fields_are_not_turns(roster, line):
    roster.add("Rachel Holloway", "Prime Minister")
    assert read_turn(line, roster, english=True) is None


def test_strip_clock_times_of_a_live_transcript():
    lines = ["15:00 主持人 童思远:", "【15:02】应晓东:好。", "[15:05] 主持人:谢谢。"]
    assert strip_clock_times(lines) == [
        "主持人 童思远:",
        "应晓东:好。",
        "主持人:谢谢。",
    ]


def test_strip_clock_times_leaves_a_single_time_and_clock_lines():
    paragraphs = ["上午10:30,发布会开始。", "8:30 记者来到现场。"]
    assert strip_clock_times(paragraphs) == paragraphs
    clock_lines = ["2:31 P.M. EDT", "3:02 P.M. EDT"]
    assert strip_clock_times(clock_lines) == clock_lines


@pytest.mark.parametrize(
    ("paragraph", "parts"),
    [
        ("问:有哪些补贴?答:每人每月100元。", ["问:有哪些补贴?", "答:每人每月100元。"]),
        ("【问】何时实施?【答】即日施行。", ["【问】何时实施?", "【答】即日施行。"]),
        ("问:为何回答“答:不知道”?", ["问:为何回答“答:不知道”?"]),
        ("答:关于这个问题?答:我们认为……", ["答:关于这个问题?答:我们认为……"]),
    ],
)
def test_split_run_together_question_and_answer(paragraph, parts):
    assert split_run_together(paragraph) == parts


@pytest.mark.parametrize(
    ("text", "floor"),
    [
        ("Go ahead, Zeke.", True),
        ("Okay. Go ahead.", True),
        ("Yes, in the back.", True),
        ("请提问。", True),
        ("Yes.", False),
        ("Thank you.", False),
        ("So, a couple things.", False),
    ],
)
def test_gives_floor(text, floor):
    assert gives_floor(text) is floor


def test_host_like_words():
    assert host_like("谢谢韦振宇先生的介绍。下面请大家提问,提问前请通报所在的新闻机构。")
    assert host_like("请韦振宇先生再补充一下。")
    assert host_like("今天的发布会到此结束,谢谢各位。")
    assert not host_like("谢谢你的提问。今年1—2月,规模以上工业增加值同比增长7.0%。")


def test_read_turn_english_offices_in_capitals(roster):
    roster.add("Thomas Reilly", "Prime Minister")
    roster.mentions.append(("Jim Marsh", "Treasurer"))
    assert read_turn("PRIME MINISTER: Good morning.", roster, english=True).name == "Thomas Reilly"
    assert read_turn("TREASURER: No.", roster, english=True).name == "Jim Marsh"


def test_read_turn_english_journalist_and_staff(roster):
    turn = read_turn("JOURNALIST: Treasurer, will it add to inflation?", roster, english=True)
    assert (turn.kind, turn.asker) == (QUESTION_TURN, None)
    assert read_turn("STAFF: Next question to Sam.", roster, english=True).kind == HOST_TURN


def test_read_turn_english_rank_resolves_to_the_person(roster):
    roster.add("Dana Whitfield", "Pentagon Press Secretary")
    assert (
        read_turn("MAJ. GEN. DANA WHITFIELD: Hello.", roster, english=True).name == "Dana Whitfield"
    )
    assert read_turn("GEN. WHITFIELD: Yes.", roster, english=True).name == "Dana Whitfield"


def test_post_and_name_reporting_is_a_turn():
    from releases.importing.parser.turns import Roster, read_turn

    turn = read_turn("外交部国际组织司司长吴尚年报告:", Roster())
    assert turn is not None and turn.name == "吴尚年"
    # A report named by its kind, or by nobody with a post, opens no turn.
    assert read_turn("政府工作报告:今年的主要目标是稳增长。", Roster()) is None
    assert read_turn("情况说明:会议推迟举行。", Roster()) is None


def test_a_note_opening_with_a_bracket_is_no_label():
    from releases.importing.parser.turns import Roster, read_turn

    assert read_turn("(原标题:海关回应奶粉限购问题:建议理性消费)", Roster()) is None


def test_read_turn_full_name_label_of_the_first_speaker():
    turn = read_turn("Miriama Tane: Kia ora koutou. Good afternoon.", Roster(), english=True)
    assert (turn.kind, turn.name) == (SPEAKER_TURN, "Miriama Tane")
    # An outlet, an office, a question or a label after known people: no new person.
    assert read_turn("Radio Aotearoa: Good afternoon.", Roster(), english=True) is None
    assert read_turn("Health Ministry: Numbers follow.", Roster(), english=True) is None
    assert read_turn("Tom Reid: Will it open?", Roster(), english=True) is None
    known = Roster()
    known.add("Miriama Tane", None)
    assert read_turn("Tom Reid: I agree with that.", known, english=True) is None
