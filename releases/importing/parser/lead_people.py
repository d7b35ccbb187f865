"""People named once in a lead, then called by their office.

Hong Kong and Macao releases name everyone in one sentence and label every turn by office
only: 以下是運輸局局長周明遠和路政署署長韓靜今日…的答問內容, then 局長:, 署長:, 行政長官:.
Mainland reports do the same with 接受中外记者采访 (…副部长许立、…司长高原…), with the name
before the post (罗建平市长出席并回答记者提问) or with a rank after the name (新闻发言人孙涛
大校). What this module adds to the roster, and how a label finds its person:

- people_in_sentences(): every "post + name" (or "name + post" before 出席, 主持, 回答…) in
  the lead's sentences, the post ending in a known title (people.TITLES, plus 行政长官 and
  the like); what follows the name must end it: a separator (、 和 及 与 联同), a time word
  (今日, 昨晚, 今(23)日), a verb that introduces a press conference, an honorific or a
  rank, which is dropped (资深大律师, 教授, 大校).
- add_aliases(): each person's post is a label for them (保安局局长, 行政长官), and so is the
  bare title (局长, 署长, 发言人) and surname + title (许部长, 韩署长) when only one person
  holds it. A title two people share stays unresolved: no answerer rather than a guess.
- drop_ranks(): a rank read as the end of a name (孙涛大 of 孙涛大校) is taken off.

Names are never looked up in a list: a name is what stands between a post and one of
those words, and must look like a name (people.looks_like_name).
"""

from __future__ import annotations

import re

from .english import STYLE_RE, TITLE_WORDS
from .people import (
    ORG_SUFFIXES,
    SURNAMES,
    TITLES,
    ends_with_title,
    is_title,
    looks_like_name,
    place_in_list,
    same_body,
    split_position,
)
from .result import HOST, SPEAKER
from .text import HAN
from .turns import Roster

# How a Hong Kong release's lead starts (以下為 reads as 以下为 in the simplified copy).
HK_LEAD = ("以下是", "以下为", "以下為")

# Offices that people.TITLES leaves out, met in Hong Kong, Macao and Taiwan releases.
EXTRA_TITLES = (
    "候任行政长官 行政长官 特首 司长 副司长 局长 署长 副署长 处长 总监 专员 关长 处长 "
    "次长 政务次长 常任秘书长 发言人 新闻发言人 院长 部长 主委 主任委员"
).split()
_TITLES = sorted(set(TITLES) | set(EXTRA_TITLES), key=len, reverse=True)
_TITLE_ALT = "|".join(map(re.escape, _TITLES))
RANKS = "上将 中将 少将 大校 上校 中校 少校 大尉 上尉 中尉 少尉".split()
HONORIFICS = "资深大律师 大律师 太平绅士 教授 博士 医生 先生 女士 同志 议员".split()
_AFTER_NAME = (
    "、|和|以及|及|与|一同|一起|同(?!志)|联同|,|:|;|。|\\(|今日|今天|昨日|昨天|昨晚|今早|今晚|今\\(|明日|在|向|就|于|"
    "出席|主持|针对|介绍|回答|答记者问|答问|接受|会见|举行|首次|表示|说|通报|发布|亮相|通过|对|带领|率|"
    "等|一行|分别|共同|作|进行|解读|的|称|指出|强调|笑称|笑言|郑重|宣布|坦言|透露|召开|紧急|亲自|澄清|说明|亦|也|$|"
    "担任|登台|上台|致辞|先后|依次|围绕|分享|感慨|以《|"
    # 廳長余向東攜兩位副廳長: the official brought (携) others with him
    "携|攜|"
    "\\d{1,2}日|"
    "\\d{1,2}月\\d{1,2}日|"
    # …副局长任京东三位二十大代表: how many the list holds, after its last name
    "[一二两三四五六七八九十]位|"
    # 赵国安邦康记者招待会上: a two-character place, then the press conference held there.
    # 丁怡铭举记者会: 举 holds it, the name's third character is no place's.
    rf"[{HAN}](?![举舉开召在于於])[{HAN}](?:记者招待会|新闻发布会|记者会|发布会|新闻吹风会)"
)
_TAIL = "|".join(map(re.escape, RANKS + HONORIFICS))
_POST_NAME_RE = re.compile(
    # 市委外宣办(市政府新闻办)主任李勇: an office's other name in brackets inside the post
    rf"(?P<post>(?:[^,;:。()“”「」]|(?<=[办局委部厅处署会院])\([^(),;:。\d]{{1,10}}[办局委部厅处署会院]\))"
    rf"{{0,40}}?(?:{_TITLE_ALT})"
    rf"(?:\([^(),;:。\d]{{1,6}}\))?)"
    # 新闻发言人伊力江·阿那依提: a Uyghur or transliterated name, its parts joined by a dot
    rf"(?P<name>[{HAN}]{{1,8}}[·・](?:[{HAN}]{{1,8}}[·・])?[{HAN}]{{1,8}}?|[{HAN}]{{2,4}}?)"
    rf"(?P<tail>{_TAIL})?(?=(?:{_AFTER_NAME}))"
)
_NAME_AFTER_RE = re.compile(rf"(?P<name>[{HAN}]{{2,3}}?)(?=(?:{_AFTER_NAME}))")
_NAME_POST_RE = re.compile(
    rf"(?:^|[,、;。])(?P<name>[{HAN}]{{2,3}})(?P<post>副?(?:市长|省长|区长|县长|州长|部长|主任|书记|"
    rf"局长|厅长|主席|总理|行政长官))(?=出席|主持|介绍|回答|答记者问|接受|会见|表示|就|在|向)"
)
# Words a lead puts before its list: 以下是 (以下为), 会前, 由.
_LEADING_RE = re.compile(
    r"^(?:并和|并与|并同|以下是|以下为|以下為|我是|我叫|(?:他们|她们)(?:分别)?[是为]|他|她|会前|会上|会后|当天|当时|随后|并由|由|其中包括|包括|其中|邀请到了|邀请到|邀请|特邀|请到了|请到|请|联同|和|以及|及|与|据|、|\s"
    r"|上午|下午|晚上|早上|中午|傍晚"
    # 厅长余向东携两位副厅长张振粤: those the first brought with him, and how many
    r"|携|攜|[一二两兩三四五六七八九十]位"
    # 林郑月娥22日与警务处长卢伟聪: the day after the previous person starts no post.
    r"|\d{1,2}月|\d{1,2}日|[今昨明]日|[今昨]天|[今昨]晚|今早)+"
)


# 时任国家主席胡锦涛: someone recalled in their former post is not at the press conference.
# 前任新闻发言人, 教育部前任新闻发言人: a post someone held before, no speaker's now.
FORMER_POST_RE = re.compile(r"^[^,。]{0,12}?(?:时任|前任|曾任|原任|已故)")
# …记者问发言人赵明远: the post starts after the verb that asks (顾问, 访问 are no verb);
# 本次新闻发布会由…发言人朱凤莲主持: after 由; 这是…副主任赵明远在…说的: after 这是;
# 我们请…发言人耿雁生大校向大家介绍: after 我们请.
_VERB_RE = re.compile(
    r"(?:^这是|^这就是|谈及|表示|认为|指出|提到|介绍|称赞|评价|迎来|请来|邀请到|请到了|(?<![顾访学])问|(?<=[会上后])由|(?<![转出])让|(?<=我们)请"
    # 女記者朱寧寧向發言人傅瑩提了一個問題: the one asked is after 向
    r"|向(?=(?:新闻|新聞)?(?:发言人|發言人)))"
)


def _is_name(text: str) -> bool:
    """A name, or a Hong Kong married name: two surnames and a given name (林郑月娥)."""
    if looks_like_name(text):
        return True
    return len(text) == 4 and text[0] in SURNAMES and text[1] in SURNAMES


def _persons(sentence: str) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    carried = ""  # 市委常委、秘书长, before 市政府常务副市长陈新武: posts cut off by a comma
    for clause in re.split(r"[,;。!?⋯…]", sentence):
        at = 0
        posts_only = _POSTS_ONLY_RE.fullmatch(clause.strip())
        # 讲台上出现了两位发言人: a sentence that ends with a title is no list of posts.
        sentence_like = re.search(r"[了的是位名]|出现", clause)
        if posts_only and not sentence_like and not _POST_NAME_RE.search(clause):
            carried = _LEADING_RE.sub("", clause.strip()) + ","
            continue
        before = len(found)
        found_here = False  # a person found in this clause before the match
        while at < len(clause):
            m = _POST_NAME_RE.search(clause, at)
            if not m:
                break
            if _PARTNER_RE.match(m["post"].strip()):
                at = m.end()  # …并与香港特首李家超共同研究: a partner, no speaker
                continue
            # The post starts after the previous person and the words that join them.
            post = _LEADING_RE.sub("", m["post"].strip())
            skipped = clause[at : m.start()]
            if re.fullmatch(rf"[{HAN}·]{{1,40}}", skipped):
                # 四川省卫生健康委应对新型冠状病毒肺炎疫情领导小组医疗救治组常务副组长、…副院长
                # 曾俊: a post longer than the pattern reads, its start left behind.
                post = _LEADING_RE.sub("", skipped + m["post"].strip())
            if at and m.start() == at and clause[at] == "、" and not found_here:
                # 中共内蒙古自治区委员会书记、…主任李纪恒: the first post, read as a post
                # (…委员) and a name (会书记) that is none, runs on into the second.
                post = _LEADING_RE.sub("", clause[:at].strip()) + m["post"].strip()
            # …记者谈及新任新闻发言人王国庆: the post starts after the verb of the sentence.
            post = _VERB_RE.split(post)[-1]
            # 长期从事新闻发布工作的市政府新闻办主任: the post starts after the last 的.
            post = post.rsplit("的", 1)[-1]
            post = post.removeprefix("还有")  # 出席发布会的还有…团长王洪国
            name = m["name"]
            end = m.end()
            if not _is_name(name) and (_title_of(post + name) or "").endswith(name[-2:]):
                # 省人大常委会主任于伟国作…: 于 read as the word after 常委会主任, the post
                # running on; the name is the one after it.
                after = _NAME_AFTER_RE.match(clause, m.end())
                if after and _is_name(after["name"]):
                    post, name, end = post + name, after["name"], after.end()
            if carried and at == 0 and m.start() == 0:
                post = carried + post
            # …搬出陆委会副主委梁文杰的说法: someone's words cited, not a person present.
            cited = clause[m.end() : m.end() + 1] == "的"
            # …监督一司二级巡视员妥佳女士: a post, two or three characters and 先生 or 女士
            # name a person whatever the surname.
            addressed = m["tail"] in ("先生", "女士") and len(name) <= 3
            if (
                (_is_name(name) or addressed)
                and post
                and not FORMER_POST_RE.match(post)
                and not _DAY_RE.search(post)  # a post holding a day is a clause of the story
                and not cited
            ):
                if found and at and clause.startswith("、" + post, at):
                    post = same_body(found[-1][1], post)  # …主任赵启正、副主任王国庆
                found.append((name, post))
                found_here = True
            at = end
        carried = ""
        if len(found) == before and ("、" in clause or "主持" in clause):
            found.extend(_office_name_post_list(clause))
        for m in _NAME_POST_RE.finditer(clause):
            if looks_like_name(m["name"]) and all(m["name"] != n for n, _ in found):
                found.append((m["name"], m["post"]))
        for m in _POST_INSIDE_NAME_RE.finditer(clause):
            name = m["surname"] + m["given"]
            if m["surname"] in SURNAMES and all(name != n for n, _ in found):
                found.append((name, m["post"]))
    return found


# 陈总统水扁先生, 张秘书长俊雄先生: the formal order of a Taiwan record, the post between the
# surname and the given name, 先生 or 女士 after them.
_POST_INSIDE_NAME_RE = re.compile(
    rf"(?P<surname>[{HAN}])(?P<post>副?(?:总统|院长|秘书长|部长|市长|县长|主委|主任委员))"
    rf"(?P<given>[{HAN}]{{1,2}}?)(?:先生|女士)"
)


# Macao's order, office, name, post: 仁伯爵综合医院罗奕龙医务主任、旅游局执照及监察厅陈露厅长
# 共同会见传媒. Read only in a list of two or more where every item reads so.
_OFFICE_END_RE = re.compile(
    r"(?:"
    + "|".join(
        map(
            re.escape,
            sorted(
                set(ORG_SUFFIXES) | {"处", "司", "科", "组", "队", "室", "所"},
                key=len,
                reverse=True,
            ),
        )
    )
    + ")$"
)
_ITEM_POST_RE = re.compile(rf"^(?:[{HAN}]{{0,4}}(?:{_TITLE_ALT})|[{HAN}]{{1,4}}(?:员|官|师))$")
_LIST_END_RE = re.compile(r"(?:共同|一同|一起|联同)?(?:会见|出席|接受|介绍|回答|主持|通报)[^、]*$")


def _office_name_post(item: str) -> tuple[str, str] | None:
    """(name, office + post) of 旅游局执照及监察厅陈露厅长: the name between an office's
    last word and a post; a post that is a title alone wins (陈露 厅长 over 陈露厅 长)."""
    readings = []
    for size in (2, 3):
        for at in range(2, len(item) - size - 1):
            office, name, post = item[:at], item[at : at + size], item[at + size :]
            if (
                _OFFICE_END_RE.search(office)
                and not name.endswith("副")  # 程胜副处长: 程胜 and 副处长
                and not _OFFICE_END_RE.search(name)  # 市委宣传部工作人员: no 宣传部
                and len(post) <= 6
                and _ITEM_POST_RE.match(post)
                and _is_name(name)
            ):
                readings.append((post in _TITLES, size == 3, name, office + post))
    if not readings:
        return None
    best = max(readings)
    return best[2], best[3]


# …陶冶处长分别对…进行了发布: what the people did, after the list of them.
_LIST_VERB_RE = re.compile(r"(?:还|也|将)?(?:分别|先后|依次|共同|一同|一起|联同)")
# 发布会由省环境保护厅宣教中心张家良副主任主持: one person, who presides.
_PRESIDED_BY_RE = re.compile(rf"由(?P<item>[{HAN}]{{5,30}})主持")


def _office_name_post_list(clause: str) -> list[tuple[str, str]]:
    listed = _LIST_VERB_RE.split(clause.strip(), maxsplit=1)[0]
    items = _LIST_END_RE.sub("", listed).split("、")
    if len(items) < 2:
        presided = _PRESIDED_BY_RE.search(clause)
        read = _office_name_post(presided["item"]) if presided else None
        # …由市委宣传部工作人员主持: staff, no post and no name
        return [read] if read and _title_of(read[1]) else []
    # 出席今天发布会的领导有:省环境保护厅大气处陶冶处长、…: the words that present the list
    items[0] = re.split(r"[::]", items[0])[-1]
    read = [_office_name_post(item.strip()) for item in items]
    return [r for r in read if r] if all(read) else []


# 并与 / 将与 / 会同 before a post: the speaker will work with someone, who is mentioned.
_PARTNER_RE = re.compile(r"(?:并|将|会|要|还)(?:与|同)")


# Posts alone between commas, no name after them: 市委常委、秘书长 (in 市委常委、秘书长,
# 市政府常务副市长陈新武, the second post goes on after the comma).
_POSTS_ONLY_RE = re.compile(
    rf"(?:[{HAN}]{{0,12}}(?:{_TITLE_ALT}|常委)、)*[{HAN}]{{0,12}}(?:{_TITLE_ALT}|常委)"
)


_DAY_RE = re.compile(r"\d{1,2}[日月]")


# A lead names its people in its first sentences; longer text is not searched (linear time).
_MAX_LEAD = 600


def people_in_sentences(text: str | None) -> list[tuple[str, str]]:
    """(name, post) for each person a lead names with their post."""
    if not text:
        return []
    seen: dict[str, str] = {}
    for name, post in _persons(_unquote_posts(text[:_MAX_LEAD])):
        if _HEARSAY_RE.match(post):
            continue  # 更传出行政院长卓荣泰在…: someone a rumour names, not the lead's official
        if _asked_about(text, post):
            continue
        if place_in_list(name, text):
            continue  # 广东省长和深圳、珠海、汕头的市长
        if re.match(r"向(?:海内外|国内外|境内外|海外|世界|各界)", name):
            continue  # …的市长向海内外介绍: to those at home and abroad, nobody's name
        seen.setdefault(name, post)
    return list(seen.items())


def _asked_about(text: str, post: str) -> bool:
    """会前媒体问及台北市长蒋某某称…: the post read after 问及 (谈及, 提及, 论及, 涉及) is of
    someone the question is about, not of an official who speaks."""
    return post.startswith("及") and re.search("[问谈提论涉]" + re.escape(post), text) is not None


# A post read from the start of a clause that tells a rumour or a report (更传出…, 传出…,
# 据传…, 外传…) belongs to someone the story mentions.
_HEARSAY_RE = re.compile(r"(?:更|又|还|并|亦|也)?(?:传出|据传|外传|盛传|传闻|传言)")


# “卫福部次长”吕建德, “行政院”发言人: offices a report sets in quotation marks.
_QUOTED_OFFICE_RE = re.compile(
    rf"“([{HAN}]{{1,12}}(?:{_TITLE_ALT}|"
    + "|".join(map(re.escape, ORG_SUFFIXES))
    + rf"))”(?=[{HAN}])"
)


def _unquote_posts(text: str) -> str:
    return _QUOTED_OFFICE_RE.sub(r"\1", text)


def _title_of(post: str) -> str | None:
    last = re.split(r"[、,]", post)[-1]
    for title in _TITLES:
        if last.endswith(title):
            return title
    return None


def add_aliases(roster: Roster) -> None:
    """Posts, bare titles and surname + title as labels for the people who hold them."""
    titles: dict[str, list] = {}
    for entry in roster.entries:
        if not entry.position:
            continue
        for part in re.split(r"[、,]", entry.position):
            part = part.strip()
            if part:
                entry.aliases.add(part)
                title = _title_of(part)
                if title:
                    titles.setdefault(title, []).append(entry)
    for title, holders in titles.items():
        unique = {id(e): e for e in holders}
        if len(unique) != 1:
            continue
        entry = next(iter(unique.values()))
        surname = entry.name[:2] if len(entry.name) == 4 else entry.name[0]
        entry.aliases.update({title, surname + title})
        # A deputy is addressed by the post itself (部长 for a 副部长), if no one holds it.
        if title.startswith("副") and title[1:] not in titles:
            entry.aliases.update({title[1:], surname + title[1:]})
        if title.endswith("发言人"):
            entry.aliases.update({"发言人", "新闻发言人"})


def drop_ranks(roster: Roster, text: str) -> None:
    """孙涛大 of 孙涛大校 is 孙涛: a rank after a name is no part of it."""
    for entry in roster.entries:
        for rank in RANKS:
            if entry.name.endswith(rank[0]) and entry.name + rank[1:] in text:
                shorter = entry.name[:-1]
                if looks_like_name(shorter) and roster.find(shorter) is None:
                    entry.name = shorter
                break


# 省委书记…彭清华作主题发布并回答记者提问,省长尹力回答有关提问。…胡凯红主持。: the line under
# the lead that names who presents and answers.
# 将答记者问: a plan, no press conference held.
_PRESENTERS_LINE_RE = re.compile(r"(?<![将拟])(?:作主题发布|回答(?:了)?(?:记者|有关)提问|答记者问)")


def _only_listens(text: str, name: str) -> bool:
    """海关总署署长倪岳峰,…有关同志到会听取意见。: someone who came to listen, in a sentence
    where nobody answers or presents, is no speaker."""
    sentence = re.split(r"[。;]", text[text.find(name) :], maxsplit=1)[0]
    # …总经理武焕群;…区文体局局长马玉兰…在主席台就座: seated on the podium, a list that may
    # run over a semicolon
    seated = re.split(r"。", text[text.find(name) :], maxsplit=1)[0]
    if re.search(r"就座", seated):
        sentence = seated
    # 出席記者會各部會首長包含…邱義仁、…陳菊等人。: those a report lists as attending
    at = text.find(name)
    whole = text[text.rfind("。", 0, at) + 1 : at + len(sentence)]
    attending = re.search(
        r"出席(?:记者会|記者會|发布会|發布會)[^。;]{0,12}(?:包含|包括)[^。;]*等人$", whole
    ) or re.search(r"(?:出席|在座)的?(?:还)?有[^。;]*等人$", whole)
    return (
        re.search(r"听取意见|列席|旁听|就座", sentence) is not None or attending is not None
    ) and not re.search(r"回答|介绍|发言|答问|答记者问|说明|发布", sentence)


def extend_roster(roster: Roster, lead: str | None, paragraphs: list[str], english: bool) -> None:
    """People of the lead (and of a Hong Kong 以下是… line) join the roster, with their
    offices as labels."""
    if english:
        return
    texts = [lead] if lead else []
    texts += [
        p
        for p in paragraphs[:3]
        if p.startswith(HK_LEAD) or "联同" in p[:80] or (lead and _PRESENTERS_LINE_RE.search(p))
    ]
    # …蔡允革出席。市委常委、秘书长、市委新闻发言人罗蔺主持新闻发布会。: under the lead, the
    # sentence of who presides (not the guests who only attended).
    texts += [
        m.group(1)
        for p in paragraphs[:3]
        if lead and p != lead and p not in texts
        for m in _PRESIDES_SENTENCE_RE.finditer(p)
        if "由" not in m.group(1)  # 例行记者会,由发言人…主持: the spokesperson who answers
    ]
    for text in texts:
        office = None
        for name, post in people_in_sentences(text):
            if _only_listens(text, name):
                continue
            organisation, _ = split_position(post)
            if organisation:
                office = organisation
            elif office and is_title(post):
                post = office + post  # 工业和信息化部部长李乐成,副部长辛国斌: its 副部长
            entry = roster.find(name)
            if entry is None:
                # …新闻发言人胡凯红主持。: the one who presides hosts.
                # …张家良副主任主持: a post may come between the name and the word.
                presides = re.search(re.escape(name) + rf"[{HAN}]{{0,5}}?主持(?!人)", text)
                roster.add(name, post, HOST if presides else SPEAKER)
            elif entry.position and post.endswith("," + entry.position):
                entry.position = post  # 市委常委、秘书长,市政府常务副市长 over 常务副市长
            elif not entry.position or (
                entry.position.endswith(post)
                and entry.position != post
                and (
                    _LEADING_RE.match(entry.position)
                    or re.search(r"[、和及]", entry.position[: -len(post)])
                )
            ):
                # 以下是运输局局长 → 运输局局长; …局长陈素心教授、入境事务处处长 (a list read
                # past an honorific) → 入境事务处处长
                entry.position = post
    drop_ranks(roster, "\n".join(texts))
    add_aliases(roster)


_PRESIDES_SENTENCE_RE = re.compile(
    r"(?:^|(?<=[。;]))([^。;]{4,60}?主持(?:了)?(?:本次|今天的)?(?:新闻发布会|发布会|记者会)?)(?=[。;]|$)"
)


# A narrated report names its speaker again where it quotes them.
_QUOTES_RE = re.compile(r"(?:表示|介绍|说|指出|强调|回答|称|透露|回应|澄清|坦言|笑称)")


# …李肇星先是言辞坚定地声明:“… / 李连宁开门见山地宣布:“…: quoted words after a few
# words of manner, the speech itself in quotation marks.
_QUOTED_SPEECH_RE = re.compile(
    r"[^,。;:“”\n]{0,10}?(?:说|表示|声明|宣布|回答|指出|强调|称|道|介绍|坦言|回应|插话)[:,]?“"
)
# …这个问题难坏了李毅中。他“实在”地说:“…: the name ends a sentence and the next one, its
# pronoun the subject, quotes the person's words.
_PRONOUN_SPEECH_RE = re.compile(
    r"[。!?]\s*(?:他|她)[^,。;:\n]{0,12}?(?:说|表示|声明|宣布|回答|指出|强调|称|道|坦言|回应)[:,]?“"
)
# A post that names the host of the press conference: 全国人大常委会副秘书长、新闻发布会主持人.
_HOST_PART_RE = re.compile(r"[、,]?[^、,]{0,12}主持人$")


def _quoted(text: str, name: str) -> bool:
    """Whether the text names the person at least twice and quotes them. Words cited
    inside someone else's quotation (a reporter's question: 「台北市长某某称,…」) are not
    theirs at the press conference."""
    again = [m.end() for m in re.finditer(re.escape(name), text)]
    return len(again) >= 2 and any(
        not _inside_quotation(text, at - len(name))
        and (
            _QUOTES_RE.match(text, at, at + 3)
            or _QUOTED_SPEECH_RE.match(text, at)
            or _PRONOUN_SPEECH_RE.match(text, at)
            or (text[at - len(name) - 1 : at - len(name)] == "”" and _SAID_AFTER_RE.match(text, at))
        )
        for at in again
    )


def _inside_quotation(text: str, at: int) -> bool:
    line = text[text.rfind("\n", 0, at) + 1 : at]
    return sum(line.count(c) for c in "“「『") > sum(line.count(c) for c in "”」』")


# “…。”耿爽开场问候说: the quotation first, then the name and the verb of saying.
_SAID_AFTER_RE = re.compile(
    r"(?:开场|问候|笑着|接着|随后|随即|补充|继续|又|还|则|也)*(?:[说説]|表示|称|道|强调)[。,]"
)


def _spokesperson(post: str, text: str, name: str) -> bool:
    """The spokesperson a report is about (新任发言人朱凤莲正式…亮相), named again later:
    the one who speaks at the press conference, quoted or not."""
    return post.endswith("发言人") and len(re.findall(re.escape(name), text)) >= 2


# A post and a name the strict reading set aside (大会发言人李肇星引经据典: no word that
# ends a name follows it); taken only when the name is then quoted.
_POST_ANY_RE = re.compile(
    rf"(?P<post>[^,;:。()“”]{{0,40}}?(?:{_TITLE_ALT}))(?P<name>[{HAN}]{{2,4}})"
)


def _loose_persons(paragraph: str, text: str) -> list[tuple[str, str]]:
    found = []
    for clause in re.split(r"[,;。!?]", paragraph[:_MAX_LEAD]):
        for m in _POST_ANY_RE.finditer(clause):
            post = _VERB_RE.split(_LEADING_RE.sub("", m["post"].strip()))[-1].rsplit("的", 1)[-1]
            for size in (3, 2):
                name = m["name"][:size]
                if size == 3 and _runs_on(clause, m.start("name"), text):
                    continue  # 新闻发言人李娥首次亮相: 李娥, not 李娥首
                if _is_name(name) and (_quoted(text, name) or _spokesperson(post, text, name)):
                    if post and not FORMER_POST_RE.match(post):
                        found.append((name, post))
                    break
    return found


def _runs_on(clause: str, start: int, text: str) -> bool:
    """A three-character name whose third character starts a word that ends a name
    (李娥首次亮相: 首次), where the two-character name is also printed on its own."""
    two, three = clause[start : start + 2], clause[start : start + 3]
    return (
        len(three) == 3
        and bool(re.match(f"(?:{_AFTER_NAME})", clause[start + 2 :]))
        and text.count(two) > text.count(three)
    )


# 陈德铭部长马上问道, 李克強總理舉行記者招待會: a name, then the post, as reports print a
# minister or the premier; only taken for someone the report also quotes.
_POST_AFTER_NAME_RE = re.compile(r"副?(?:部长|总理|副总理|市长|省长|主席|外长)")


_BODY_END = "部局署厅委办院会府省市县区联"  # 联: 中国残联主席程凯, no 国残联


def _names_before_posts(text: str) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for m in _POST_AFTER_NAME_RE.finditer(text[: _MAX_LEAD * 4]):
        for size in (3, 2):
            name = text[max(0, m.start() - size) : m.start()]
            # 卫生部部长张文康: the body before the post, no name (卫 is a surname); 南城市长
            # 王秀英: a place before the post, its holder named after it.
            after = text[m.end() : m.end() + 3]
            held = looks_like_name(after) and re.match(_AFTER_NAME, text[m.end() + 3 :])
            if name[-1:] in _BODY_END or held:
                continue
            if len(name) == size and looks_like_name(name) and name[0] in SURNAMES:
                if all(name != n for n, _ in found):
                    found.append((name, m.group(0)))
                break
    return found


def _organisation_before_post(text: str, name: str) -> bool:
    """反觀我方發言人陸委會副主委梁文傑: 陸委會 is the office before a post, no name."""
    return name[-1] in "会办局署院厅委" and bool(
        re.search(
            re.escape(name) + r"(?:副|常务)?(?:主委|主任|局长|署长|院长|厅长|主席|秘书长)", text
        )
    )


def reported_people(roster: Roster, lead: str | None, body: list[str], headline: str = "") -> None:
    """A news report on a press conference: the officials it names with their post and
    quotes again (葛安平介绍,… / 李娥回答,… / 李连宁开门见山地宣布:“…”) are its speakers;
    others it only mentions (attending, or named in passing) are not. One named as the
    conference's host (…、新闻发布会主持人李连宁) is its host."""
    paragraphs = ([lead] if lead else []) + body
    text = "\n".join(p[:_MAX_LEAD] for p in paragraphs[:40])
    # 卫生部部长张文康笑言:“…” over a lead that quotes him once: the headline quotes too.
    quoting = f"{headline}\n{text}" if headline else text
    for p in paragraphs[:4]:
        for name, position, organisation in presiding_caption(p, text):
            entry = roster.find(name)
            if entry is not None and entry.position == position and not entry.organisation:
                # 指挥官周文彬表示 read earlier, with no body: the caption's order and body.
                roster.entries.remove(entry)
                entry = None
            if entry is None:
                entry = roster.add(name, position, SPEAKER)
                entry.organisation = organisation
    candidates = [
        pair for p in paragraphs[:4] for pair in people_in_sentences(p) + _loose_persons(p, text)
    ]
    candidates += _names_before_posts(text)
    # 乌兰察布市委书记杜学军作了…专场发布 further down: what he did there, not quoted words,
    # makes him a speaker.
    later = dict(pair for p in paragraphs[4:12] for pair in people_in_sentences(p))
    candidates += [
        (n, p)
        for n, p in later.items()
        if all(n != c for c, _ in candidates) and (_presented(text, n) or _at_conference(text, n))
    ]
    listed = [pair for p in paragraphs[:8] for pair in listed_people(p)]
    listed += [pair for pair in attending_who_answered(text) if pair not in listed]
    named = {e.name for e in roster.entries} | {n for n, _ in candidates}
    for name, post in candidates:
        if _organisation_before_post(text, name):
            continue
        post = re.split(r"[⋯…]", post)[-1]  # …做有關工作⋯衛生局局長: the sentence before is cut
        if any(k != name and len(k) >= 2 and name.startswith(k) for k in named):
            continue  # 发言人吴谦特别提前…: 吴谦 and the first character of the next word
        if (
            _quoted(quoting, name)
            or _spokesperson(post, text, name)
            or _presented(text, name)
            or _at_conference(text, name)
        ):
            chairs = any(_CHAIRS_RE.match(text, m.end()) for m in re.finditer(name, text))
            role = HOST if _HOST_PART_RE.search(post) or chairs else SPEAKER
            post = _HOST_PART_RE.sub("", post) or post
            entry = roster.find(name)
            if entry is None:
                roster.add(name, post, role)
            elif not entry.position or (post.endswith(entry.position) and post != entry.position):
                entry.position = post  # 行政院發言人 over 發言人
    for name, post in listed:
        if roster.find(name) is None:
            roster.add(name, post, SPEAKER)
    _presiding(roster, text, bool(listed))
    drop_ranks(roster, text)


# 国务院新闻办公室…举行新闻发布会,发表…白皮书,介绍…,并答记者问。…主席雪克来提·扎克尔,…
# 常委李学军等出席。: the officials a report lists as attending, right after it says the
# press conference answered questions, are the ones who answered.
_ANSWERED_THEN_ATTENDING_RE = re.compile(
    r"(?P<held>(?:^|(?<=[。\n]))[^。\n]{0,200}?(?:发布会|记者会)[^。]{0,200}?"
    r"(?:并答记者(?:提)?问|回答(?:了)?记者(?:的)?提问))。\s*"
    r"(?P<list>[^。]{6,400}?)等?(?:领导|同志)?出席(?:发布会|新闻发布会|记者会)?。"
)


def attending_who_answered(text: str) -> list[tuple[str, str]]:
    m = _ANSWERED_THEN_ATTENDING_RE.search(text)
    if not m or people_in_sentences(m["held"]):
        return []  # …曹正民,…苟永平分别介绍…并回答记者提问。…秦耀出席: they answered, not him
    people = people_in_sentences(m["list"] + "出席")
    return people if len(people) >= 2 else []


# 刘宏武、周红波…彭石华8位住桂全国人大代表接受中外记者集体采访 / 袁桐利、丁绣峰…吴相君等代表
# 依次发言: deputies a report lists by name alone, then says they spoke or took questions.
_DELEGATES_RE = re.compile(
    rf"(?P<list>[{HAN}]{{2,4}}(?:、[{HAN}]{{2,3}})+)"
    r"等?(?:\d{1,2}|[一二两三四五六七八九十]{1,3})?[位名]?[^,。;、:“”]{0,8}?(?:代表|委员)们?"
    r"(?:先后|依次|分别|相继|一起|共同|集体)?(?:接受|发言|介绍|回答|答问|答记者问|讲述)"
)


def delegates_who_spoke(text: str) -> list[tuple[str, str | None]]:
    """The deputies such a list names (all of them names, or none taken), each with the post
    the text gives where it says 身为…的NAME (身为自治区发改委主任的刘宏武代表)."""
    found: list[tuple[str, str | None]] = []
    for m in _DELEGATES_RE.finditer(text):
        first, *rest = m["list"].split("、")
        first = next((first[-k:] for k in (3, 2) if _is_name(first[-k:])), "")
        rest[-1] = rest[-1].removesuffix("等")  # …马健、何雄等6位代表
        names = [first, *rest]
        if not all(_is_name(n) for n in names):
            continue
        for name in names:
            post = re.search(rf"(?:身为|作为)(?P<post>[^,。;、的]{{2,30}}?)的{name}", text)
            if post and _title_of(post["post"]) is None:
                post = None
            if all(name != n for n, _ in found):
                found.append((name, post["post"] if post else None))
    for m in _BODY_NAME_POST_RE.finditer(text):
        if _is_name(m["name"]) and all(m["name"] != n for n, _ in found):
            found.append((m["name"], m["body"] + m["post"]))
    for m in _TITLE_THEN_DELEGATES_RE.finditer(text):
        names = m["list"].split("、")
        if all(_is_name(n) for n in names):
            found += [(n, None) for n in names if all(n != f for f, _ in found)]
    # the deputies' pattern is slow on long text: only where a deputy (代表) is named
    deputies = _DEPUTY_SAYS_RE.finditer(text) if "代表" in text else ()
    for m in (*deputies, *_QUOTED_OFFICIAL_RE.finditer(text)):
        post = _VERB_RE.split(_LEADING_RE.sub("", m["post"].strip()))[-1].rsplit("的", 1)[-1]
        # 尹弘掷地有声地道出: a two-character name and the word after it, the two
        # characters printed without the third elsewhere (尹弘详细介绍了…)
        name = m["name"]
        if len(name) == 3 and (not _is_name(name) or text.count(name[:2]) > text.count(name)):
            name = name[:2]
        if _is_name(name) and post and all(name != n for n, _ in found):
            found.append((name, post))
    return found


# 会上,省发展改革委何睿副主任就…进行了详细介绍: an official by body, name and title, and
# what he did at the press conference.
_BODY_NAME_POST_RE = re.compile(
    rf"(?:^|[,。;\n])(?:会上|会后|随后|其中|同时)?,?"
    rf"(?P<body>[{HAN}]{{2,14}}?(?:委|厅|局|部|办|院|署|中心))(?P<name>[{HAN}]{{2,3}}?)"
    r"(?P<post>副?(?:主任|局长|厅长|部长|司长|处长|院长|秘书长|巡视员|市长|省长|主席|新闻发言人|发言人))"
    r"(?=就|对|向|出席|介绍|回答|作|表示|通报|发布)"
)
# 全国人大代表林铎、唐仁健…马利民就记者提问进行了精彩的回答: the deputies after their title.
_TITLE_THEN_DELEGATES_RE = re.compile(
    rf"(?:人大代表|政协委员)(?P<list>[{HAN}]{{2,3}}(?:、[{HAN}]{{2,3}})+)"
    r"(?:先后|依次|分别|相继|一起|共同|集体)?(?:就[^,。;、]{1,12}?)?(?:进行了?[^,。;、]{0,4}?)?"
    r"(?:接受|发言|介绍|回答|答问|答记者问|讲述)"
)
# “…。”省委书记、江西代表团团长尹弘掷地有声地道出要义。: an official by post and name after
# the words a report quotes, and a verb of saying.
_QUOTED_OFFICIAL_RE = re.compile(
    rf"[”\"](?P<post>[^,;:。“”\n]{{2,30}}(?:{_TITLE_ALT}))(?P<name>[{HAN}]{{2,3}})"
    r"[^,。;“”]{0,8}?(?:说|表示|道出|指出|强调|回答|介绍)"
)


# 江苏省副省长马秋林代表说,… / 江苏省经信委主任谢志成代表围绕…发言: a deputy by post and name,
# then what he said.
_DEPUTY_SAYS_RE = re.compile(
    rf"(?P<post>[^,;:。、“”\n]{{2,30}}?(?:{_TITLE_ALT}))(?P<name>[{HAN}]{{2,3}})代表"
    r"(?:说|表示|认为|指出|建议|提出|谈到|围绕)"
)


# …副主任朱之鑫、…副部长钟山出席吹风会,向中外媒体解读…: officials who attended and
# presented. Attending alone (…出席。) is not enough.
# …司长丁东、…司长张新出席介绍情况,并答记者问: attended and presented (a list of four).
_PRESENTS_RE = re.compile(
    r"[^。;]{0,80}?出席(?:[^。;]{0,30}?[,,](?:并)?(?:向[^。;,]{1,12})?|并)?"
    r"(?:解读|介绍|通报|回答|答问|答记者问|答记者提问)"
)


# …知名主持人范洲担任主持 / 大众网总编辑潘子江主持了开通仪式: chaired it, its host.
_CHAIRS_RE = re.compile(r"担任(?:本次|此次)?(?:发布会|见面会)?主持|主持了")

# What a report says the person did at the press conference it covers, after the name.
_AT_CONFERENCE_RES = [
    # 曹慧在会上介绍,…: spoke at it.
    re.compile(
        r"(?:在|于)?(?:会上|发布会上|记者会上|新闻发布会上)"
        r"(?:介绍|表示|说|指出|强调|通报|回应|致辞|讲话|发言)"
    ),
    # 行政长官贺一诚紧急召开记者会,宣布…: called it.
    re.compile(
        r"(?:紧急|临时|亲自|再度|再次|今天|昨天|当天)?(?:召开|举行)"
        r"[^。,]{0,20}?(?:记者会|发布会|吹风会|记者招待会)"
    ),
    # 张亚强在致辞中说, 汪元程代表武汉市委市政府向发布会召开表示祝贺: spoke at it.
    re.compile(r"在(?:致辞|讲话|发言)中(?:说|表示|指出|强调|介绍)"),
    re.compile(r"代表[^,。;:“”]{2,30}?(?:表示|致辞|讲话|发言)"),
    # 惠州市美学协会会长…丁娜登台致辞: spoke at it.
    re.compile(r"(?:登台|上台)?(?:致辞|作(?:了)?(?:主旨)?讲话|发表(?:了)?讲话)"),
    # 市委书记杜学军作了主题为“…”专场发布 / 副市长肖华鑫,就…作了发布: presented at it.
    re.compile(
        r",?(?:就|围绕)?[^。;]{0,60}?作(?:了)?(?:题为|主题为)?(?:“[^”]{1,40}”)?的?"
        r"(?:主题|专题|专场)?(?:发布|推介)(?![会厅])"
    ),
    # 州长孟必光,在昨晚举行的新闻发布会上宣布:…: announced it there.
    re.compile(
        r",?在[^。,;]{0,12}?(?:举行|召开)的(?:新闻)?(?:发布会|记者会|新闻发布会)上"
        r"(?:宣布|介绍|表示|说|指出|通报)"
    ),
    # 导演杨程成在发布会现场感慨:“…: spoke there.
    re.compile(r"在(?:新闻)?(?:发布会|记者会)现场(?:感慨|表示|说|介绍|分享|指出)"),
    # “…”…局长何强宇分享道,…: the words just quoted are his.
    re.compile(r"(?:分享|感慨|感叹)道[:,]"),
    # 市长张子林围绕“…”这一主题介绍了…: presented a topic.
    # 市委书记李忠科,市委副书记、市长丁巨胜就媒体关心的焦点问题进行了回答: with those listed
    re.compile(
        r"(?:,[^,。;]{2,40}?){0,3},?(?:就|围绕)[^。;]{1,60}?(?:作了?|进行了?)?"
        r"(?:介绍|通报|解读|回答|解答)"
    ),
    # 行署专员李大义以《神州北极·大美兴安》为题,介绍了…: presented under a title
    re.compile(r"以[^。;]{1,40}?为题,?(?:介绍|作|发布)"),
    # 市长张广智向到会的各路记者介绍了…: told the press.
    re.compile(r"向[^。,;]{0,12}?(?:记者|媒体|嘉宾)(?:朋友)?们?(?:介绍|通报|发布|解读)"),
    _CHAIRS_RE,
    # 台中市长卢秀燕…主持…会报,她会后接受媒体联访时表示,…: took the press's questions.
    re.compile(
        r"[^。]{0,60}?(?:接受[^。,]{0,8}(?:联访|采访|访问|提问)|受访)[^。]{0,8}?(?:表示|说|指出|称|强调)"
    ),
]


def _at_conference(text: str, name: str) -> bool:
    return any(
        pattern.match(text, m.end())
        for m in re.finditer(re.escape(name), text)
        for pattern in _AT_CONFERENCE_RES
    )


def _presented(text: str, name: str) -> bool:
    at = [m.end() for m in re.finditer(re.escape(name), text)]
    return any(_PRESENTS_RE.match(text, i) and "。" not in text[i : i + 2] for i in at)


def _held_by_re(name: str) -> re.Pattern:
    return re.compile(
        rf"(?:^|[,。\n]|(?<=\d))(?P<body>[{HAN}]{{2,20}}?)(?:\((?P<abbr>[{HAN}]{{2,6}})\))?"
        r"(?:\d{1,2}日|今天|今日|昨天|昨日)?(?:上午|下午)?(?:召开|举行)[^,。]{0,20}?"
        rf"(?:记者会|发布会|吹风会),(?:由(?P<post>[^,。]{{1,30}}?){re.escape(name)}主持"
        # …指挥中心举行记者会,指挥官陈时中针对…: the post just after, the body's own.
        rf"|(?P<next>[{HAN}]{{1,8}}?){re.escape(name)})"
    )


def _body_of_conference(entry, text: str) -> None:
    """大陆委员会(陆委会)16日召开例行记者会,由副主委兼发言人梁文杰主持: a post with no body
    is the post of the body that holds the press conference (its short name, if given)."""
    from .people import split_position

    if not entry.position:
        return
    m = _held_by_re(entry.name).search(text)
    if not m or (m["post"] or m["next"]) != entry.position or split_position(entry.position)[0]:
        return
    body = m["abbr"] or m["body"]
    if m["body"].endswith(tuple(ORG_SUFFIXES)) and split_position(body + entry.position)[0] == body:
        entry.position = body + entry.position


# …社区防疫组组长庄人祥(左起)、指挥官王必胜、发言人罗一钧27日主持指挥中心终场记者会。: a
# photo caption naming, post before name, the officials who presided over the press conference.
_CAPTION_PRESIDING_RE = re.compile(
    r"^(?P<list>[^,。;:]{4,160}?、[^,。;:]{4,160}?)(?:\d{1,2}日)?(?:共同|一同|一起)?主持"
    r"[^,。;]{0,30}?(?:记者会|发布会|例行会|简报)"
)
_POSITION_MARK_RE = re.compile(r"\((?:左|右|前|后)(?:起|一|二|三)?\)")


def presiding_caption(paragraph: str, text: str) -> list[tuple[str, str, str | None]]:
    """(name, position, organisation) of each official a caption lists as presiding; the
    body they share is the longest start of the first post that the text names on its own."""
    m = _CAPTION_PRESIDING_RE.match(_POSITION_MARK_RE.sub("", paragraph.strip()))
    if not m:
        return []
    people = []
    for item in m["list"].split("、"):
        item = item.strip()
        for size in (3, 2):
            name, post = item[-size:], item[:-size]
            if len(post) >= 2 and name[0] in SURNAMES and looks_like_name(name):
                people.append((name, post))
                break
        else:
            return []  # an item that is no post and name: no list of officials
    if len(people) < 2:
        return []
    first = people[0][1]
    shared = None
    for i in range(len(first) - 2, 3, -1):
        head = first[:i]
        if head.endswith(tuple(ORG_SUFFIXES)) and text.count(head) > 1:
            shared = head
            break
    found = []
    for name, post in people:
        if shared and post.startswith(shared):
            post = post[len(shared) :]
        found.append((name, post, shared))
    return found


def _presiding(roster: Roster, text: str, listed: bool) -> None:
    """…裘新主持见面会 / 徐麟在主持发布会时指出: who presides is the host, with the post
    printed there when it ends the same way (…、市委新闻发言人 over 上海市委新闻发言人). A
    spokesperson presiding answers their own briefing, unless the report lists the
    spokespersons who speak (分别是…)."""
    names = {e.name for e in roster.entries}
    for entry in roster.entries:
        _body_of_conference(entry, text)
        if entry.role != HOST and _introduces_speaker(entry.name, names, text):
            entry.role = HOST
            continue
        m = re.search(re.escape(entry.name) + _PRESIDES, text)
        if m is None or entry.role == HOST:
            continue
        post = ""
        clause = re.split(r"[,;。!?\n]", text[: m.start() + len(entry.name)])[-1]
        found = [p for n, p in people_in_sentences(clause) if n == entry.name]
        if found:
            post = found[0]
        if (post or entry.position or "").endswith("发言人") and not listed:
            continue
        entry.role = HOST
        last = _title_of(entry.position or "")
        if post and len(post) > len(entry.position or "") and (not last or post.endswith(last)):
            entry.position = post


_PRESIDES = r"(?:在|正在)?主持(?!人)"
# 林涛在向中外记者介绍赵明时说: who presents another speaker to the reporters hosts (the
# outgoing spokesman at his successor's first briefing).
_INTRODUCES = r"(?:在|正在)?向(?:中外|现场|在场)?(?:媒体|记者)(?:朋友)?介绍"


def _introduces_speaker(name: str, names: set[str], text: str) -> bool:
    for m in re.finditer(re.escape(name) + _INTRODUCES, text):
        after = text[m.end() : m.end() + 4]
        if any(after.startswith(n) for n in names if n != name):
            return True
    return False


# …的13位新闻发言人分别是:市纪委常委黄建平;市委组织部秘书长冯伟、副巡视员王小宝;…: the
# people of the press conference listed by office after 分别是 / 分别为.
_LISTED_RE = re.compile(
    r"(?P<head>[^。;:]{0,40}?(?:发言人|发布人|嘉宾|负责人|出席|介绍|回答)[^。;:]{0,12}?)"
    r"分别(?:是|为)[::]?(?P<list>[^。]{4,600})"
)


def _comma_listed(listed: str) -> list[tuple[str, str]]:
    """…发布人的分别为:中共普洱市委书记李庆元,中共普洱市委副书记、市委统战部部长杨永铸,…:
    one person between commas, each with the whole post before the name (posts joined by 、
    are one). All or nothing, two at least."""
    from .people import split_title_name

    found: list[tuple[str, str]] = []
    for item in re.split(r"[,,]", listed.split("。")[0]):
        person = split_title_name(item.strip())
        if person is None or not person.position or not _is_name(person.name):
            return []
        found.append((person.name, person.position))
    return found if len(found) >= 2 else []


def listed_people(paragraph: str) -> list[tuple[str, str]]:
    """(name, post) for each person of a 分别是 list; a bare title after 、 takes the
    office of the item before it (市委组织部秘书长冯伟、副巡视员王小宝). All or nothing: one
    item that is no post and name drops the list."""
    from .people import split_position, split_title_name

    m = _LISTED_RE.search(paragraph)
    if not m:
        return []
    commas = _comma_listed(m["list"])
    if commas:
        return commas
    found: list[tuple[str, str]] = []
    for group in re.split(r"[;;]", m["list"]):
        office = None
        for item in group.split("、"):
            person = split_title_name(item.strip())
            if person is None or not person.position or not _is_name(person.name):
                return []
            post = person.position
            organisation, _ = split_position(post)
            if organisation:
                office = organisation
            elif office:
                post = office + post
            elif not office:
                return []
            found.append((person.name, post))
    return found if len(found) >= 2 else []


# English: a run of two or three capitalised words, as a full name is printed (Ned Price,
# Sarah Huckabee Sanders). Only used to complete a surname label (MR PRICE:, SANDERS:) when
# exactly one such name in the text ends with that surname.
_EN_RUN_RE = re.compile(
    r"(?<![\w.])((?:[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?\s){1,2}(?:Mc|Mac)?[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?)"
    r"(?![\w-])"
)


_EN_NOT_NAME_WORDS = set(
    """Prime Minister Secretary President Vice Deputy General Chancellor Treasurer Ambassador
    Spokesperson Spokesman Spokeswoman Director Governor Mayor Premier Senator Speaker Leader
    House White State Department Press Briefing Room Council Security National United Nations
    Good Morning Afternoon Evening Thank Happy Day Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday January February March September October
    November December The This That And But Our We""".split()
) | set(TITLE_WORDS.split("|"))


def full_names(paragraph: str) -> list[tuple[str, str]]:
    """(name, "") for each run of capitalised words that could be a full name; a title
    before it or a word after it is dropped (Ambassador John Bass, Ned Price Day)."""
    found = []
    # His Excellency Chandrikapersad Santokhi: the style is no part of the name
    paragraph = STYLE_RE.sub("", paragraph[:2000])
    for m in _EN_RUN_RE.finditer(paragraph):
        words = m.group(1).split()
        while words and words[0] in _EN_NOT_NAME_WORDS:
            words.pop(0)
        while words and words[-1] in _EN_NOT_NAME_WORDS:
            words.pop()
        if len(words) >= 2 and not set(words) & _EN_NOT_NAME_WORDS:
            found.append((" ".join(words), ""))
    return found


# 发布人:李慧芳 郑州市政府副秘书长主持人:石大东 郑州市委宣传部副部长参加人: 李洪涛 …: a city
# press conference's line-up on one line, each role word, then names each followed by a post
# (the next name run into the post's end).
_LINEUP_ROLE_RE = re.compile(r"(发布人|主持人|参加人|出席人|嘉宾)\s*[:：]\s*")


def lineup_people(line: str) -> list[tuple[str, str, str]]:
    """(name, post, role) of each person a line-up names; all or nothing."""
    parts = _LINEUP_ROLE_RE.split(line.strip().rstrip("。"))
    if len(parts) < 3 or parts[0].strip():
        return []
    found: list[tuple[str, str, str]] = []
    for word, chunk in zip(parts[1::2], parts[2::2], strict=True):
        role = HOST if word == "主持人" else SPEAKER
        tokens: list[str] = []
        for token in chunk.split():
            if len(token) == 1 and tokens and len(tokens[-1]) == 1:
                tokens[-1] += token  # 尚 东: a two-character name printed with a space
            else:
                tokens.append(token)
        pending = None
        for token in tokens:
            if pending is None:
                if not looks_like_name(token):
                    return []
                pending = token
                continue
            if ends_with_title(token):
                found.append((pending, token, role))
                pending = None
                continue
            for n in (3, 2):
                post, name = token[:-n], token[-n:]
                if ends_with_title(post) and looks_like_name(name):
                    found.append((pending, post, role))
                    pending = name
                    break
            else:
                return []
        if pending is not None:
            return []
    return found if len(found) >= 2 else []
