"""Slips of the twenty-third blind round, fixed for the genre: each test is a page of our own
(invented names, numbers and outlets) of the same kind as a real one."""

from releases.importing.parser import parse_article

SCIO_OPENING = """国新办举行前三季度水利工作情况新闻发布会

国务院新闻办公室于2031年10月12日上午10时举行新闻发布会,水利部总工程师、规划司司长柯明远,防御司司长尹秋生介绍前三季度水利工作情况,并答记者问。
国务院新闻办新闻局副局长、新闻发言人 程慕白:
女士们、先生们,上午好!欢迎大家出席国务院新闻办新闻发布会。今天我们邀请到水利部总工程师、规划司司长柯明远先生,请他向大家介绍前三季度水利工作情况,并回答大家关心的问题。出席今天发布会的还有:水利部防御司司长尹秋生先生。
现在,我们先请柯明远先生介绍情况。
水利部总工程师、规划司司长 柯明远:
女士们、先生们,大家上午好!前三季度,全国完成水利建设投资8120亿元,同比增长6.3%。
新华社记者:
请问今年的防汛形势如何?
水利部防御司司长 尹秋生:
谢谢您的提问。今年共发生编号洪水19次,各地提前转移群众41万人。
"""


def _speakers(result):
    return {s.name: s.role for s in result.speakers}


def test_the_scio_hosts_welcome_that_hands_over_is_her_opening_statement():
    # The labels of blind23 read such an opening as host remarks; every later round's labels
    # (blind40, blind47, blind48, blind52, blind53, blind66) keep it as the conference's
    # first statement, under the host, the hand-over line included. The parser follows them.
    result = parse_article(SCIO_OPENING)
    roles = _speakers(result)
    assert roles["程慕白"] == "host"
    assert roles["柯明远"] == "speaker"
    assert result.segments[0].question is None
    assert result.segments[0].answerers == ["程慕白"]
    assert result.segments[0].paragraphs[-1] == "现在,我们先请柯明远先生介绍情况。"
    assert result.segments[1].answerers == ["柯明远"]


def test_a_spokesman_who_presents_himself_is_no_host():
    # 我是…新闻发言人…首先由我向大家通报: he welcomes and presents, then speaks himself.
    text = SCIO_OPENING.replace(
        "今天我们邀请到水利部总工程师、规划司司长柯明远先生,请他向大家介绍前三季度水利工作情况,"
        "并回答大家关心的问题。出席今天发布会的还有:水利部防御司司长尹秋生先生。",
        "我是新闻发言人程慕白。出席今天发布会的有水利部防御司司长尹秋生先生。"
        "首先由我向大家通报前三季度水利工作情况。",
    )
    assert _speakers(parse_article(text)).get("程慕白") != "host"


FARM_PAGE = """2031年04月02日 10:11:12 情感 31 投稿:用户投稿

水利局长答记者问

水利局长柯明远:
新闻界的朋友们,大家上午好。今年全市新建水库12座。
"""


def test_a_content_farms_posting_line_is_no_title():
    result = parse_article(FARM_PAGE)
    assert "投稿" not in (result.title or "")


def test_a_bulleted_share_button_is_no_title():
    result = parse_article("  • 分享到:\n    链接已复制\n\n" + FARM_PAGE.split("\n", 2)[2])
    assert "分享" not in (result.title or "")
    assert "链接已复制" not in (result.title or "")


PM_TRANSCRIPTS = """PM Transcripts

Transcripts from the Prime Ministers of Australia

Harlowe, Jane

Period of Service: 02/03/2031 - 04/05/2034
Release Date:
11/06/2032
Release Type:
Transcript
Transcript ID:
51234
Location:
Bunbury, WA
Press Conference - Bunbury, WA

Prime Minister

PRIME MINISTER: Well, good morning, everyone. It's great to be here in Bunbury with the Premier.

And today we're committing $420 million to the new port road, so it gets built.
"""


def test_the_pm_transcripts_archive_names_the_prime_minister():
    result = parse_article(PM_TRANSCRIPTS)
    assert result.title == "Press Conference - Bunbury, WA"
    assert [(s.name, s.position) for s in result.speakers] == [("Jane Harlowe", "Prime Minister")]
    assert result.segments[0].answerers == ["Jane Harlowe"]


def test_without_the_archives_index_line_no_prime_minister_is_guessed():
    result = parse_article(PM_TRANSCRIPTS.replace("Harlowe, Jane\n\n", ""))
    assert all(s.name != "Jane Harlowe" for s in result.speakers)
    assert all("Jane Harlowe" not in s.answerers for s in result.segments)


SELF_INTRODUCED = """水利部就防汛抗旱工作情况举行发布会(实录)

发布日期:2031-06-26 15:57:28 来源:互联网

程慕白:

女士们,先生们,大家上午好,欢迎大家参加水利部新闻办公室举行的专题新闻发布会,我是水利部新闻发言人程慕白。今天由我和两位同事共同向大家介绍有关情况并回答提问。

出席今天发布会的有水利部规划司司长柯明远先生,防御司司长尹秋生先生。

首先由我向大家通报有关情况。

今年以来,全国共发生编号洪水19次,各地提前转移群众41万人。
"""


def test_a_spokesman_who_names_himself_under_a_bare_label_speaks():
    result = parse_article(SELF_INTRODUCED)
    people = {s.name: (s.role, s.position, s.organisation) for s in result.speakers}
    assert people["程慕白"][0] == "speaker"
    assert "新闻发言人" in people["程慕白"][1]
    assert set(people) == {"程慕白", "柯明远", "尹秋生"}
    assert people["柯明远"][2] is None or not people["柯明远"][2].startswith("有")
    assert result.segments[0].question is None
    assert result.segments[0].answerers == ["程慕白"]


def test_a_bare_label_whose_turn_names_nobody_is_not_guessed():
    text = SELF_INTRODUCED.replace("我是水利部新闻发言人程慕白。", "")
    result = parse_article(text)
    assert all(s.name != "程慕白" for s in result.speakers)


def test_a_ministry_spokesman_who_heads_its_office_keeps_the_ministry():
    from releases.importing.parser.people import split_position

    assert split_position("水利部新闻发言人、办公厅主任") == ("水利部", "新闻发言人、办公厅主任")
    # Another body's office, named: the posts stay whole.
    assert split_position("河东市委宣传部副部长、市政府办公厅主任")[0] is None


MENU_PAGE = """  • 分享到:
    链接已复制

    LANGUAGES

    新闻

    新闻直播 要闻 国际 军事 政协 政务 图片 视频

    财经

    财经 金融 证券 汽车 科技 消费 能源 地产 农业

    观点

    观点 理论 智库 中国3分钟 中国访谈 中国网评 中国关键词

    首页> 中国发展门户网> 网上直播>

    【系列主题新闻发布会】介绍“十四五”时期水利发展成就

    2031-09-17 10:30

    来源:中国网

    国务院新闻办新闻局局长、新闻发言人 程慕白:

    女士们、先生们,大家上午好!欢迎出席国务院新闻办新闻发布会。现在,我们首先请柯明远部长作介绍。
"""


def test_a_channel_name_over_its_menu_is_no_title():
    result = parse_article(MENU_PAGE)
    assert result.title not in ("新闻", "财经", "观点")
    assert "水利发展成就" in (result.title or "")
