"""Who speaks in a paragraph: attribution prefixes, questions, sub-headings (the English
labels themselves are in english.py)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import NamedTuple

from .english import (
    CAPS_NAME_BRACKETED_POST_RE,
    EN_ASKED_BY_RE,
    EN_BARE_NAME_POST_LABEL_RE,
    EN_HOST_WORDS,
    EN_NAME_POST_LABEL_RE,
    EN_NAME_PREFIX_RE,
    EN_NOT_SPEAKERS,
    EN_OFFICE_RE,
    EN_OUTLET_PREFIX_RE,
    EN_POST_NAME_LABEL_RE,
    EN_PREFIX_RE,
    EN_Q_RE,
    EN_QUESTION_WORDS,
    EN_ROLE_PREFIX_RE,
    EN_UNIDENTIFIED,
    HONORIFICS,
    HONOURS,
    OFFICE_WORDS,
    SPOUSE_POSTS,
    TITLE_WORDS,
    caps_post_label,
    english_display,
    english_honorific,
    english_surname,
    office_only,
    office_pattern,
    office_surname,
    one_edit,
)
from .people import (
    ORG_SUFFIXES,
    TITLES,
    ends_with_title,
    has_title,
    is_title,
    looks_like_name,
    split_title_name,
)
from .result import HOST, SPEAKER
from .text import HAN

SPEAKER_TURN = "speaker"
HOST_TURN = "host"
QUESTION_TURN = "question"
ANSWER_TURN = "answer"


@dataclass
class Turn:
    kind: str
    text: str  # the paragraph after the prefix
    name: str | None = None
    asker: str | None = None
    label: str = ""  # the prefix as printed


@dataclass
class Entry:
    name: str
    position: str | None
    role: str
    aliases: set[str] = field(default_factory=set)
    member: bool = False  # named by a headline as The Hon … MP, no post given
    # The body a list of officials shares, when the text gives it apart from their posts.
    organisation: str | None = None


# Far more people than any press conference has; keeps a pasted list of names linear.
MAX_PEOPLE = 100


_EN_HONORIFIC_RE = re.compile(
    r"^(?:Dr|Mr|Mrs|Ms|Prof|Professor)\.?\s+(?=[A-Z][a-z][\w'\-]*\s+[A-Z][a-z])"
)


def without_honorific(name: str) -> str:
    """Dr Tony Holohan: the honorific is no part of the name."""
    return _EN_HONORIFIC_RE.sub("", name)


class Roster:
    """The people met so far in this article, in order of appearance.

    mentions holds people named in the text (the Chancellor of the Exchequer, Daniel Osei)
    who join the roster only if a turn is labelled with their post.
    """

    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self.mentions: list[tuple[str, str]] = []
        self.overflow = False
        # Labels that asked: Rishabh:, once a question, asks again in a follow-up.
        self.askers: set[str] = set()
        # Office holders a turn's own words named: another person, for every later turn too.
        self.named_by_speaker: set[str] = set()
        # Labels of journalists who gave their own name (Yeshi Seli: Yeshi Seli from …):
        # people, not outlets, so no asker of the archive's.
        self.self_named: set[str] = set()
        self.page = ""  # the whole text as pasted, its residue included

    def add(self, name: str, position: str | None, role: str = SPEAKER) -> Entry:
        name = without_honorific(name)
        if position:
            # Watch Ontario Premier Doug Ford's…: a video blurb's verb is no part of the post
            position = re.sub(r"^(?:Watch|Listen to|Read|See)\s+(?=[A-Z])", "", position)
        if position and "——" in position:
            # 交出…上海答卷——上海市市长应勇答记者问: a headline's theme before the dash
            position = position.rsplit("——", 1)[-1].strip() or None

        if len(name) >= 3 and name[0] in "和与及" and self.find(name[1:]) is not None:
            name = name[1:]  # …王蒙徽先生和副部长倪虹先生: 和 joins the two, no part of her name
        entry = self.find(name)
        if entry is None:
            entry = Entry(name, position, role)
            if len(self.entries) < MAX_PEOPLE:
                self.entries.append(entry)
            else:
                self.overflow = True  # the entry is read but not kept
        else:
            if (
                position
                and entry.position
                and position != entry.position
                and position.endswith(entry.position)
                and re.search(f"[{HAN}]", entry.position)
                and not re.search(r"前|原", position[: -len(entry.position)])
            ):
                entry.position = position  # 副部长, then 工业和信息化部副部长: the fuller
            entry.position = entry.position or position
            if role == HOST:
                entry.role = HOST
        return entry

    def copy(self) -> Roster:
        """A roster to try labels against without adding to this one."""
        other = Roster()
        other.entries = [
            Entry(e.name, e.position, e.role, set(e.aliases), e.member) for e in self.entries
        ]
        other.mentions = list(self.mentions)
        other.askers = set(self.askers)
        other.named_by_speaker = set(self.named_by_speaker)
        other.page = self.page
        return other

    def find(self, name: str) -> Entry | None:
        return next((e for e in self.entries if e.name == name), None)

    def hosts(self) -> list[Entry]:
        return [e for e in self.entries if e.role == HOST]

    def resolve(self, label: str) -> Entry | None:
        """A known person from a short label: 李瑞玲, 李局长 (surname + title), MR. PRICE."""
        label = label.strip()
        entry = self.find(label)
        if entry:
            return entry
        for e in self.entries:
            if label in e.aliases:
                return e
        glued = self._glued(label) or self._full_post(label)
        if glued:
            return glued
        # 陕西省人民政府新闻办公室张竞怡: a known name after the body the lead gives them.
        for e in self.entries:
            body = label[: -len(e.name)]
            if label.endswith(e.name) and len(body) >= 3 and body.endswith(tuple(ORG_SUFFIXES)):
                if not e.position or body in e.position or e.position in body:
                    return e
        # 韦振宇副部长, 王建华同志: a known name followed by a post or an honorific.
        for e in self.entries:
            rest = label[len(e.name) :]
            if label.startswith(e.name) and rest and is_title(rest):
                return e
        if re.fullmatch(f"[{HAN}]{{2,6}}", label):
            matches = [
                e
                for e in self.entries
                if e.name[0] == label[0] and e.position and label[1:] in e.position
            ]
            if len(matches) == 1:
                return matches[0]
        surname = english_surname(label)
        if surname:
            matches = [e for e in self.entries if e.name.split()[-1].upper() == surname]
            if len(matches) == 1:
                return matches[0]
            # MS OKAFFOR for Okafor: one letter off a surname only one person has.
            near = [e for e in self.entries if one_edit(e.name.split()[-1].upper(), surname)]
            if len(near) == 1 and len(surname) >= 5:
                return near[0]
            # SANDERS: for someone the text has introduced (White House Press Secretary …).
            named: dict[str, tuple[str, str]] = {}
            for n, p in self.mentions:
                if n.split()[0].rstrip(".").upper() in HONORIFICS:
                    continue  # Mr Goh names no more than the label does
                if n.split()[-1].upper() == surname:
                    # Scott Mcclellan in a headline, Scott McClellan below: one person,
                    # named as the text cases it most carefully.
                    key = n.lower()
                    known, known_post = named.get(key, (n, p))
                    better = sum(c.isupper() for c in n) > sum(c.isupper() for c in known)
                    named[key] = (n if better else known, known_post or p)
            if len(named) == 1 and not self.entries_by_surname(surname):
                name, position = next(iter(named.values()))
                return self.add(name, position or None)
        return None

    def _full_post(self, label: str) -> Entry | None:
        """运输及物流局局长: a label that is the whole post (office and title) one known
        person holds, as Hong Kong transcripts label their officials."""
        if not re.fullmatch(f"[{HAN}]{{5,20}}", label) or not is_title(label[-2:]):
            return None
        matches = [e for e in self.entries if e.position and e.position.endswith(label)]
        return matches[0] if len(matches) == 1 else None

    def _glued(self, label: str) -> Entry | None:
        """CHRISTIANPORTER: for Christian Porter, a label whose page lost its spaces."""
        if " " in label or len(label) < 8 or not label.isascii():
            return None
        key = label.lower()
        matches = [
            e for e in self.entries if " " in e.name and e.name.replace(" ", "").lower() == key
        ]
        return matches[0] if len(matches) == 1 else None

    def entries_by_surname(self, surname: str) -> list[Entry]:
        return [e for e in self.entries if e.name.split()[-1].upper() == surname]

    def holder(self, office: str, words: str = "") -> Entry | None:
        """The one person whose post is this office (Prime Minister:, Chancellor:), if known,
        and not named in the turn's own words (PRIME MINISTER: … Prime Minister Ardern
        called me…: another one).

        People only mentioned so far (the Chancellor of the Exchequer, Daniel Osei) join
        the roster when a turn is labelled with their post.
        """
        word = office_pattern(office)
        holders = [e for e in self.entries if e.position and word.search(e.position)]
        if holders:
            if len(holders) > 1:
                holders = [e for e in holders if e.position.lower() == office.lower()]
            speaks = len(holders) == 1 and self._speaks(holders[0].name, words)
            return holders[0] if speaks else None
        named = {name: position for name, position in self.mentions if word.search(position)}
        if len(named) == 1:
            name, position = next(iter(named.items()))
            return self.add(name, position) if self._speaks(name, words) else None
        return None

    def _speaks(self, name: str, words: str) -> bool:
        if _named_in(name, words):
            self.named_by_speaker.add(name)
        return name not in self.named_by_speaker


def _named_in(name: str, words: str) -> bool:
    """Whether a turn's words name the person by surname (then it is not theirs)."""
    return bool(words) and re.search(rf"\b{re.escape(name.split()[-1])}\b", words) is not None


# ---- Chinese prefixes ------------------------------------------------------------------

_NUMBERING = (
    r"(?:[(]?\d{1,2}[)、.,]|[(][一二三四五六七八九十]{1,3}[)]|[一二三四五六七八九十]{1,3}、)"
)
_PREFIX_RE = re.compile(
    # - 主持人 郭卫民:: a list's dash before the label too
    rf"^\s*+(?:{_NUMBERING}\s*|[-–•]\s+)?[【\[]?(?P<p>(?:《[^》:。]{{1,20}}》)?[^:【】\[\]。!?“”\"‘’《》]{{1,80}}?)[】\]]?"
    r"\s*[:]\s*(?P<rest>.*)$",
    re.S,
)
# 【name】 and [湖南卫视记者] (a live-text page's labels): a bracketed label with no colon,
# the words after it or on the next lines.
_BRACKET_RE = re.compile(
    r"^\s*+(?:【(?P<p>[^】]{1,40})】|\[(?P<q>[^\]]{1,40})\])\s*(?P<rest>.*)$", re.S
)
# Q马静: / A交通运输部部长李小鹏:: a Latin Q or A mark glued to a Chinese label.
_GLUED_QA_RE = re.compile(rf"^(?P<mark>[QAＱＡ])(?P<label>[{HAN}].*)$")
# Any run of white space (labels are compared without it).
WHITESPACE_RE = re.compile(r"\s+")
_DATELINE_BYLINE_RE = re.compile(r"(?:讯|消息|电)[((][^()()]{1,20}[))]$")
_QUESTION_LABEL_RE = re.compile(
    # 有记者提问: "a reporter asked", no outlet named
    r"^(?:问|提问|记者问|(?:有)?记者提问|问题|网友提问|Q|QUESTION|REPORTER)\s*[\d一二三四五六七八九十]{0,3}$"
)
ANSWER_LABEL_RE = re.compile(r"^(?:答|回答|A|ANSWER)\s*[\d一二三四五六七八九十]{0,3}$")
_ASKER_RE = re.compile(
    rf"^(?P<outlet>.{{0,40}}?)(?:的)?(?:特约|首席|融媒体|见习|实习)?记者"
    rf"(?:\s*[{HAN}]{{2,4}}?)?(?:提问|问)?$"
)
_BARE_NAME_RE = re.compile(rf"^\s*+(?:[-–•]\s+)?(?P<p>[{HAN}]{{2,3}})\s*:\s*(?P<rest>.*)$", re.S)
# Words that could pass for a two- or three-character name before a colon.
_NOT_NAMES = set(
    """方面 关于 包括 其中 目前 同时 特别 总之 具体 主要 重点 全年 当前 此外 另外 首先 其次 最后
    比如 例如 原因 结果 时间 地点 主题 背景 下一步 总的来看 一方面 另一方面 方式 范围 对象 内容
    要求 措施 任务 目标 成效 亮点 特点 意义 问题 答案 回答 提问 说明 备注 注意 提示 来源 作者
    编辑 记者 主持人""".split()
)


def bare_name_turn(paragraph: str, roster: Roster) -> Turn | None:
    """张进:… where 张进 was never introduced: only trusted where an answer is due."""
    m = _BARE_NAME_RE.match(paragraph)
    if not m or m.group("p") in _NOT_NAMES or not looks_like_name(m.group("p")):
        return None
    entry = roster.add(m.group("p"), None)
    return Turn(_kind(entry), m.group("rest").strip(), name=entry.name, label=m.group("p"))


_ADDRESS_RE = re.compile(
    r"^(?:各位|诸位|諸位)?(?:记者|記者|媒体|媒體|新闻界|新聞界|传媒|傳媒|网友|網友)?朋友们?們?$"
    r"|^女士们、?先生们|^女士們、?先生們|^各位(?:来宾|來賓|领导|領導|嘉宾|嘉賓)"
)
_HOST_NAMED_RE = re.compile(rf"^(?P<who>[{HAN}]{{4,40}})\s+(?=\S)")
_HOST_POST_THEN_NAME_RE = re.compile(rf"^(?P<post>[{HAN}、]{{4,40}})\s+(?P<name>[{HAN}]{{2,3}})$")
_HOST_RE = re.compile(r"^主持人\s*[、,((\s]*(?P<who>.*?)[)]?$")


_NARRATED_SAYING_RE = re.compile(r"(?:时说|说道|问道|表示|指出|强调|[^人]说)$")


def read_turn(paragraph: str, roster: Roster, english: bool = False) -> Turn | None:
    """The turn a paragraph opens, or None for a plain paragraph."""
    if english:
        return _read_english(paragraph, roster)
    m = _PREFIX_RE.match(paragraph) or _BRACKET_RE.match(paragraph)
    if not m:
        return None
    label, rest = (m.group("p") or m.groupdict().get("q") or "").strip(), m.group("rest").strip()
    if not label or len(label) > 80:
        return None
    if label.startswith("(") and ")" not in label:
        return None  # (原标题:…): a note in brackets, not a label
    glued = _GLUED_QA_RE.match(label)
    if glued and glued["mark"] in "QＱ" and looks_like_name(glued["label"]):
        # Q马静:…: a compilation's question mark glued to the reporter's name
        return Turn(QUESTION_TURN, rest, asker=glued["label"], label=label)
    if glued and glued["mark"] in "AＡ":
        # A交通运输部部长李小鹏:…: its answer mark glued to the answerer's label
        turn = read_turn(paragraph.lstrip()[1:], roster)
        if turn and turn.kind in {SPEAKER_TURN, HOST_TURN}:
            return turn
    prefix = _Prefix(label, WHITESPACE_RE.sub("", label), rest, paragraph)
    if _ADDRESS_RE.match(prefix.compact):
        return None  # 杨彬: / 各位记者朋友: / 大家上午好!…: the speaker greets the room
    if _DATELINE_BYLINE_RE.search(prefix.compact):
        return None  # 国际在线黑龙江频道消息(吕丹丹):7月16日,…: a news dateline and its byline
    if re.match(r"(?:以下[为是為]|下面[是为])", prefix.compact):
        return None  # 以下为新疆代表团答记者问实录:: what follows, announced; nobody's label
    if _NARRATED_SAYING_RE.search(prefix.compact) and rest.startswith(("“", "「")):
        return None  # 有记者提问时说:“…”: a report quoting, no transcript's label
    for reader in _CHINESE_READERS:
        turn = reader(prefix, roster)
        if turn:
            return turn
    return None


class _Prefix(NamedTuple):
    label: str  # as printed
    compact: str  # without spaces
    rest: str  # the paragraph after the prefix
    paragraph: str


def _question_or_answer(prefix: _Prefix, roster: Roster) -> Turn | None:
    """问:, 记者提问:, 网友提问:, QUESTION:; 答:, 回答:."""
    label, compact, rest = prefix.label, prefix.compact, prefix.rest
    if _QUESTION_LABEL_RE.match(compact) or _QUESTION_LABEL_RE.match(label.upper()):
        asker = "网友" if compact.startswith("网友") else None
        return Turn(QUESTION_TURN, rest, asker=asker, label=label)
    if ANSWER_LABEL_RE.match(compact):
        return Turn(ANSWER_TURN, rest, label=label)
    return None


def _asked_by(prefix: _Prefix, roster: Roster) -> Turn | None:
    """问(南方日报记者):"""
    asked_by = re.fullmatch(r"(?:问|提问)[(](.+?)[)]", prefix.compact)
    if not asked_by:
        return None
    outlet = _ASKER_RE.match(asked_by.group(1))
    asker = outlet.group("outlet").strip(" ,、") if outlet else asked_by.group(1)
    return Turn(QUESTION_TURN, prefix.rest, asker=asker or None, label=prefix.label)


def _answered_by(prefix: _Prefix, roster: Roster) -> Turn | None:
    """答(李瑞玲):, 李局长答: a known person answering."""
    answer_by = re.fullmatch(r"答\s*[(](.+?)[)]|(.+?)答", prefix.compact)
    entry = roster.resolve(answer_by.group(1) or answer_by.group(2)) if answer_by else None
    return _turn_of(entry, prefix.rest, prefix.label) if entry else None


_ANNOUNCES_RE = re.compile(
    r"(?P<who>.{2,12}?)(?:首先|先|还)?(?:发布|宣布)(?:以下|一条|几条|两条)?(?:消息|信息)"
)


def _announces(prefix: _Prefix, roster: Roster) -> Turn | None:
    """洪磊首先发布消息: a known person's announcement follows."""
    m = _ANNOUNCES_RE.fullmatch(prefix.compact)
    entry = roster.resolve(m["who"]) if m else None
    return _turn_of(entry, prefix.rest, prefix.label) if entry else None


# 泉州市委书记康涛就记者提问发表讲话: on what, then the verb
_REPORTS_RE = re.compile(
    r"(?P<who>.{2,40}?)(?:就[^,。:]{1,20}?)?(?:发表)?(?:报告|说明|致辞|致词|发言|简报|讲话)"
)


def _reports(prefix: _Prefix, roster: Roster) -> Turn | None:
    """外交部国际组织司司长吴尚年报告: a known person, or one given with the post, reports."""
    m = _REPORTS_RE.fullmatch(prefix.compact)
    if not m:
        return None
    entry = roster.resolve(m["who"])
    if entry is None:
        person = split_title_name(m["who"])
        if person is None or not person.position:
            return None
        entry = roster.add(person.name, person.position)
    return _turn_of(entry, prefix.rest, prefix.label)


def _host(prefix: _Prefix, roster: Roster) -> Turn | None:
    """主持人:, 主持人 孙丽:, 主持人(市政府新闻办副主任 孙丽):"""
    host = _HOST_RE.match(prefix.compact)
    if not host:
        return None
    who = host.group("who")
    if who.count("(") > who.count(")"):
        who += ")"  # 主持人杨扬(国新办新闻局副局长): the name, then the post in brackets
    named = _HOST_NAMED_RE.match(prefix.rest) if not who else None
    person = split_title_name(named["who"]) if named else None
    if person and person.position and looks_like_name(person.name):
        # 主持人:福建省委宣传部对外新闻处处长柯宜达 女士们、先生们…: the post and name, a
        # space, then the host's words.
        entry = roster.add(person.name, person.position, HOST)
        entry.role = HOST
        return Turn(HOST_TURN, prefix.rest[named.end() :], name=entry.name, label=prefix.label)
    alone = _HOST_POST_THEN_NAME_RE.match(prefix.rest) if not who else None
    if alone and looks_like_name(alone["name"]):
        # 主持人:沧州市委宣传部对外推广和新闻发布科 李思杰, alone on its line: the host's
        # section, a space, the name; her words follow on the next lines.
        entry = roster.add(alone["name"], alone["post"], HOST)
        entry.role = HOST
        return Turn(HOST_TURN, "", name=entry.name, label=prefix.label)
    rest = prefix.rest.strip()
    if not who and len(rest) <= 60 and not re.search(r"[,。!?:;]", rest):
        # 【主持人】廊坊市委外宣局局长、廊坊市政府新闻办主任汪国会, alone on its line
        person = split_title_name(rest)
        if person and person.position and looks_like_name(person.name):
            entry = roster.add(person.name, person.position, HOST)
            entry.role = HOST
            return Turn(HOST_TURN, "", name=entry.name, label=prefix.label)
    if who:
        person = split_title_name(who) or (
            split_title_name(who, guess=True) if len(who) <= 40 else None
        )
        entry = roster.resolve(who) if not person else None
        if person:
            entry = roster.add(person.name, person.position, HOST)
        if entry:
            entry.role = HOST
            return Turn(HOST_TURN, prefix.rest, name=entry.name, label=prefix.label)
    return host_turn(roster, prefix.rest, prefix.label)


def _outlet_asking(prefix: _Prefix, roster: Roster) -> Turn | None:
    """大众日报记者:"""
    asker = _ASKER_RE.match(prefix.compact)
    if not asker:
        return None
    # 《北京日报》记者: the title marks are no part of the outlet's name.
    outlet = asker.group("outlet").strip(" ,、")
    if re.search(r"[,。]", outlet):
        return None  # 当日例行记者会上,有记者问: a sentence that narrates a question
    outlet = re.sub(r"^《([^》]+)》$", r"\1", outlet) or None
    return Turn(QUESTION_TURN, prefix.rest, asker=outlet, label=prefix.label)


def _known_person(prefix: _Prefix, roster: Roster) -> Turn | None:
    entry = roster.resolve(prefix.compact)
    return _turn_of(entry, prefix.rest, prefix.label) if entry else None


def _bracketed_name(prefix: _Prefix, roster: Roster) -> Turn | None:
    """【陈晓峰】谢谢主持人, [赵启正]:女士们… (a live-text page): the bracket marks a speaker."""
    opening = prefix.paragraph.lstrip()[:1]
    if opening == "[" and not re.match(r"\s*\[[^\]]+\]\s*:", prefix.paragraph):
        return None
    if not (opening in "【[" and looks_like_name(prefix.compact)):
        return None
    if prefix.compact in _COLUMN_TAGS:
        return None  # 【花絮】記招未夠鐘…: a paper's column tag over a side item, no speaker
    entry = roster.add(prefix.compact, None)
    return _turn_of(entry, prefix.rest, prefix.label)


# A paper's column tags printed in brackets at the head of an item (simplified and traditional).
_COLUMN_TAGS = frozenset(
    "花絮 特写 特寫 特稿 短评 短評 社评 社評 评论 評論 "
    "时评 時評 快讯 快訊 速递 速遞 聚焦 观察 觀察 背景 "
    "链接 鏈接 独家 獨家 专访 專訪 视点 視點 焦点 焦點 "
    "侧记 側記 手记 手記 札记 札記 随笔 隨筆 观点 觀點 "
    "热点 熱點 头条 頭條 要闻 要聞 新闻 新聞 图集 圖集 "
    "视频 視頻 组图 組圖 独家专访 獨家專訪 新闻背景 "
    "新聞背景 记者手记 記者手記 现场直击 現場直擊 一线 一線 "
    "来论 來論 社论 社論 快评 快評 网评 網評 热评 熱評 来信 來信".split()
)


def _titled_person(prefix: _Prefix, roster: Roster) -> Turn | None:
    """山东省住房和城乡建设厅二级巡视员都昌林: a post and a name, met for the first time."""
    label = prefix.label
    if not has_title(label) and "(" not in label and "(" not in label:
        return None
    if _INTRODUCES_TEXT_RE.search(prefix.compact):
        return None  # …以下是记者会全文: a lead that introduces the transcript
    if _BYLINE_LABEL_RE.match(label):
        return None  # 国际在线陕西报道(冯妍):, 新华社北京8月13日电(记者 …): a dateline
    person = split_title_name(label)
    if person is None or not person.position and not looks_like_name(person.name):
        return None
    entry = roster.add(person.name, person.position)
    if (person.position or "").endswith("主持人"):
        entry.role = HOST  # 市政府新闻办副主任、主持人倪世勇: the post says who hosts
    return _turn_of(entry, prefix.rest, label)


_BYLINE_LABEL_RE = re.compile(r"^[^()]{2,24}?(?:讯|报道|电)\s*[(]")
_INTRODUCES_TEXT_RE = re.compile(r"(?:全文|实录|内容|如下|摘要|要点)$")


def _unheld_office(prefix: _Prefix, roster: Roster) -> Turn | None:
    """保安局局长: with nobody introduced in that office: an answer, but nobody's."""
    label = prefix.compact
    if len(label) > 20 or not ends_with_title(label) or split_title_name(label):
        return None
    # 揭秘济南美女新闻发言人:…, a headline: before the post stands no body that holds it.
    body = label[: -len(_last_title(label))]
    if body and not body.endswith(_ORG_ENDS) and len(body) > 3:
        return None
    return Turn(ANSWER_TURN, prefix.rest, label=prefix.label)


_TITLES_RE = re.compile("|".join(sorted(map(re.escape, TITLES), key=len, reverse=True)))
_ORG_ENDS = tuple(ORG_SUFFIXES)


def _last_title(label: str) -> str:
    ends = [m for m in _TITLES_RE.finditer(label) if m.end() == len(label)]
    return max((m.group(0) for m in ends), key=len) if ends else ""


# In this order: the first that reads the prefix decides the turn.
# 立法會主席曾鈺成議員: / 蔣麗芸議員:: a Legislative Council question session, chaired
# by the council's president; a member who speaks there asks.
_COUNCIL_CHAIR_RE = re.compile(rf"^(?:立法會|立法会)主席(?P<name>[{HAN}]{{2,4}})(?:議員|议员)$")
_COUNCIL_MEMBER_RE = re.compile(rf"^[{HAN}]{{2,5}}(?:議員|议员)$")


def _council(prefix: _Prefix, roster: Roster) -> Turn | None:
    """立法會主席曾鈺成議員: chairs (the host); once the chair has spoken, 蔣麗芸議員: is a
    member's question."""
    m = _COUNCIL_CHAIR_RE.match(prefix.compact)
    if m:
        entry = roster.add(m["name"], prefix.compact[: m.start("name")], HOST)
        entry.role = HOST
        return Turn(HOST_TURN, prefix.rest, name=entry.name, label=prefix.label)
    if _COUNCIL_MEMBER_RE.match(prefix.compact) and any(
        e.role == HOST and (e.position or "").endswith(("立法會主席", "立法会主席"))
        for e in roster.entries
    ):
        # 蔣麗芸議員: 議員 is a title after the name, no part of it
        asker = re.sub("(?:議員|议员)$", "", prefix.compact)
        return Turn(QUESTION_TURN, prefix.rest, asker=asker, label=prefix.label)
    return None


_CHINESE_READERS = (
    _council,
    _question_or_answer,
    _asked_by,
    _answered_by,
    _announces,
    _reports,
    _host,
    _outlet_asking,
    _known_person,
    _bracketed_name,
    _titled_person,
    _unheld_office,
)


def _kind(entry: Entry) -> str:
    return HOST_TURN if entry.role == HOST else SPEAKER_TURN


def _turn_of(entry: Entry, rest: str, label: str) -> Turn:
    """The turn of a known person: a host's or a speaker's."""
    return Turn(_kind(entry), rest, name=entry.name, label=label)


def host_turn(roster: Roster, rest: str, label: str) -> Turn:
    """A turn labelled only as the host's (主持人:, MODERATOR:): named when one host is known."""
    hosts = roster.hosts()
    return Turn(HOST_TURN, rest, name=hosts[0].name if len(hosts) == 1 else None, label=label)


_EN_HOST_POST_RE = re.compile(r"OSD\s+\(PR\)|Moderator|Host|Master of Ceremonies")


# : Thank you, Prime Minister. …?: a label whose name was lost before the colon, asking.
_EMPTY_LABEL_ASKS_RE = re.compile(r"^:\s+(?P<rest>[A-Z][^\n]*\?[^\n]{0,200})$")
_NUMBERED_ASKER_RE = re.compile(
    r"^\s*+(?P<label>(?:Reporter|REPORTER|Journalist|JOURNALIST)\s+\d{1,2})\s*:\s*(?P<rest>\S.*)$",
    re.S,
)


_EN_ANSWER_RE = re.compile(r"^\s*(?P<label>A|ANSWER|Answer)\s*:\s*(?P<rest>\S.*)$", re.S)
# Video, Audio & Rush Transcript: Governor …: a headline's first word, no one's name.
_EN_FIRST_WORD_RE = re.compile(r"^\s*(?P<label>[A-Za-z]+),[^:]{0,80}:")
_EN_FIELD_LABEL_RE = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z' ]{1,20}?)\s*:")


_CAPS_HONORIFIC_PLACE_RE = re.compile(
    r"^\s*+(?:GOV|SEN|REP|MAYOR|PRES|SEC|GEN|ADM|COL|LT)\.?\s+"
    r"(?P<name>[A-Z][A-Z'\-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][A-Z'\-]+){1,2}),\s+"
    r"(?P<where>(?:\([A-Z]\)\s+)?[A-Z][A-Z.\-]+(?:\s+[A-Z][A-Z.\-]+){0,2})\s*:\s*(?P<rest>.*)$",
    re.S,
)


_TITLED_FULL_NAME_LABEL_RE = re.compile(
    rf"^\s*(?P<post>(?:[A-Z][a-z]+\s+){{0,3}}(?:{TITLE_WORDS}))\s+"
    r"(?P<name>[A-Z][a-z][\w'\-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z][\w'\-]+){1,2})"
    r"(?:,\s*(?P<portfolio>[A-Z][A-Za-z&]+(?: [A-Za-z&]+){0,4}))?\s*:\s*(?P<rest>\S.*)$",
    re.S,
)
_POST_BRACKETED_NAME_RE = re.compile(
    r"^\s*(?P<post>[A-Z][A-Za-z]+(?: [A-Za-z]+){0,5}) "
    r"\((?:(?:Rt\.? )?Hon\.?|Dr\.?|Mr\.?|Ms\.?|Mrs\.?)?\s*"
    r"(?P<name>[A-Z][a-z][\w'\-]+(?: [A-Z][a-z][\w'\-]+){1,3})\)\s*:\s*(?P<rest>.+)$",
    re.S,
)
_HONORIFIC_BRACKETED_POST_RE = re.compile(
    r"^\s*(?:Mr|Ms|Mrs|Miss|Dr)\.?\s+(?P<name>[A-Z][a-z][\w'\-]+(?:\s+[A-Z][a-z][\w'\-]+)?)"
    r"\s*\((?P<post>[A-Z][^()]{2,80})\)\s*:\s*(?P<rest>.+)$",
    re.S,
)


def _read_english(paragraph: str, roster: Roster) -> Turn | None:
    field = _EN_FIELD_LABEL_RE.match(paragraph) or _EN_FIRST_WORD_RE.match(paragraph)
    if field and field["label"].upper() in EN_NOT_SPEAKERS:
        return None  # Disclaimer: This is not an official transcript…: a note, nobody's turn
    m = _EN_ANSWER_RE.match(paragraph)
    if m:  # ANSWER: / A: an answer whose label names nobody
        return Turn(ANSWER_TURN, m.group("rest").strip(), label=m.group("label"))
    m = EN_Q_RE.match(paragraph)
    if m:
        return Turn(QUESTION_TURN, m.group("rest").strip(), label="Q")
    m = _EMPTY_LABEL_ASKS_RE.match(paragraph)
    if m:
        return Turn(QUESTION_TURN, m.group("rest").strip(), label="")
    m = EN_ASKED_BY_RE.match(paragraph)
    if m:
        asker = m.group("asker").strip()
        return Turn(QUESTION_TURN, m.group("rest").strip(), asker=asker, label=asker)
    m = _NUMBERED_ASKER_RE.match(paragraph)
    if m:  # Reporter 1:, Journalist 2:: reporters told apart by a number, asking
        return Turn(QUESTION_TURN, m.group("rest").strip(), label=m.group("label"))
    m = EN_POST_NAME_LABEL_RE.match(paragraph)
    if m and re.search(rf"\b(?:{TITLE_WORDS})\b", m.group("post")):
        entry = roster.find(m.group("name")) or roster.add(m.group("name"), m.group("post"))
        entry.position = entry.position or m.group("post")
        label = paragraph[: paragraph.index(":", m.end("name"))]
        return _turn_of(entry, m.group("rest").strip(), label)
    m = EN_NAME_POST_LABEL_RE.match(paragraph)
    if m and re.search(rf"\b(?:{TITLE_WORDS}|OSD)\b", m.group("post")):
        # Shri Yatin Patel, OSD (PR): the press officer who reads out the questions hosts.
        role = HOST if _EN_HOST_POST_RE.fullmatch(m.group("post")) else SPEAKER
        entry = roster.find(m.group("name")) or roster.add(m.group("name"), m.group("post"), role)
        entry.position = m.group("post")  # the post the label prints
        label = paragraph[: paragraph.index(":", m.end("post"))]
        return _turn_of(entry, m.group("rest").strip(), label)
    m = EN_BARE_NAME_POST_LABEL_RE.match(paragraph)
    if (
        m
        and re.search(rf"\b(?:{TITLE_WORDS})\b", m.group("post"), re.I)
        and not re.search(rf"\b(?:{TITLE_WORDS}|Senator|Thank|Thanks)\b", m.group("name"))
    ):
        entry = roster.find(m.group("name")) or roster.add(m.group("name"), m.group("post"))
        entry.position = entry.position or m.group("post")
        label = paragraph[: paragraph.index(":", m.end("post"))]
        return _turn_of(entry, m.group("rest").strip(), label)
    m = _POST_BRACKETED_NAME_RE.match(paragraph)
    if m and (re.search(rf"\b(?:{TITLE_WORDS})\b", m["post"]) or m["post"].split()[-1] == "PM"):
        # Acting PM (Rt Hon Winston Peters): a New Zealand transcript's label
        # Acting PM: initials, where the lead may print the post in words
        post = None if m["post"].split()[-1] == "PM" else m["post"]
        entry = roster.find(m["name"]) or roster.add(m["name"], post)
        label = paragraph[: paragraph.index(":", m.end("name"))]
        entry.aliases.add(label)
        return _turn_of(entry, m["rest"].strip(), label)
    m = _HONORIFIC_BRACKETED_POST_RE.match(paragraph)
    if m and re.search(rf"\b(?:{TITLE_WORDS})\b", m["post"]):
        # Mr. Kerim (President of the General Assembly): a UN transcript's label
        entry = roster.find(m["name"]) or _known_surname(m["name"], roster)
        entry = entry or roster.add(m["name"], m["post"])
        entry.position = entry.position or m["post"]
        label = paragraph[: paragraph.index(":", m.end("post"))]
        entry.aliases.add(label)
        return _turn_of(entry, m["rest"].strip(), label)
    m = CAPS_NAME_BRACKETED_POST_RE.match(paragraph)
    if m and (not m["plain"] or re.search(rf"\b(?:{TITLE_WORDS})\b", m["post"])):
        name, post = english_display(m["name"]), m["post"]
        entry = roster.find(name) or roster.add(name, post)
        entry.position = post
        label = paragraph[: paragraph.index(":", m.end("post"))]
        entry.aliases.add(label)
        return _turn_of(entry, m["rest"].strip(), label)
    caps = caps_post_label(paragraph)
    if caps:
        name, post, label, rest = caps
        entry = roster.find(name) or roster.add(name, post)
        entry.position = post  # the post the transcript prints at the turn
        entry.aliases.add(label)
        return _turn_of(entry, rest, label)
    m = _CAPS_HONORIFIC_PLACE_RE.match(paragraph)
    if m:  # GOV. RICK PERRY, TEXAS: a broadcast transcript's label, the place after the name
        name = english_display(m["name"])
        entry = roster.find(name) or roster.add(name, None)
        label = paragraph[: paragraph.index(":", m.end("where"))]
        entry.aliases.add(label)
        return _turn_of(entry, m["rest"].strip(), label)
    m = _TITLED_FULL_NAME_LABEL_RE.match(paragraph)
    if m and not roster.find(m["post"]):
        # First Deputy Mayor Maria Torres-Springer: / Deputy Mayor Fabien Levy,
        # Communications:: a city transcript's label, the post in title case before the name
        post = m["post"] + (f", {m['portfolio']}" if m["portfolio"] else "")
        entry = roster.find(m["name"]) or roster.add(m["name"], post)
        entry.position = entry.position or post
        label = paragraph[: paragraph.index(":", m.end("name"))]
        entry.aliases.add(label)
        return _turn_of(entry, m["rest"].strip(), label)
    turn = _english_office(paragraph, roster)
    if turn:
        return turn
    turn = _spelled_initials_turn(paragraph, roster)
    if turn:
        return turn
    m = EN_PREFIX_RE.match(paragraph)
    if m:
        # SECRETARY LaHOOD: read as the capitals it stands for.
        label = " ".join(m.group("p").split()).upper()
        return _english_capitals(label, m.group("rest").strip(), roster)
    m = EN_ROLE_PREFIX_RE.match(paragraph)
    if m:
        return _english_role(m.group("p"), m.group("rest").strip(), roster)
    m = EN_NAME_PREFIX_RE.match(paragraph) or EN_OUTLET_PREFIX_RE.match(paragraph)
    if m:
        label, rest = m.group("p"), m.group("rest").strip()
        entry = roster.find(label) or _known_surname(label, roster)
        if entry:
            return _turn_of(entry, rest, label)
        named = office_surname(label)
        if named:
            # Prime Minister Trudeau: the office and the surname name the one who answers.
            entry = (
                roster.find(named[0])
                or _known_surname(named[0], roster)  # Mayor Park: Mayor Lena Park
                or roster.add(named[0], named[1])
            )
            entry.aliases.add(label)
            return _turn_of(entry, rest, label)
        turn = _mixed_honorific_turn(label, rest, roster)
        if turn:
            return turn
        if _asks(label, rest, roster) or _asker_again(label, rest, roster):
            roster.askers.add(label)
            # Yeshi Seli: Yeshi Seli from the New Indian Express. …?: a journalist who gives
            # her own name; the outlet is in the question, the label names no outlet.
            if label in rest[:80]:
                roster.self_named.add(label)
            asker = None if label in roster.self_named else label
            return Turn(QUESTION_TURN, rest, asker=asker, label=label)  # Reuters: Will…?
        if label.split()[0].upper() in HONOURS and len(label.split()) <= 3:
            # Samdech Techo: an honour, not a name: the answer is nobody's the text names
            return Turn(ANSWER_TURN, rest, label=label)
        if _first_named_speaker(label, rest, roster):
            # Jacinda Ardern: OK. Kia ora koutou katoa. with nobody named before: a person's
            # full name as the label of the first one who speaks.
            return _turn_of(roster.add(label, None), rest, label)
    return None


_NOT_A_PERSON_WORDS = re.compile(
    rf"\b(?:{TITLE_WORDS}|News|Radio|Television|TV|Times|Post|Press|Herald|Media|Network|"
    r"Group|Agency|Daily|Journal|Channel|Update|Statement|Note|Question|Answer|Health|"
    r"Ministry|Department|Office|Government|Council|Committee|Conference|Briefing|"
    # A page's fields over a transcript: Release Date:, Release Type:, Transcript ID:.
    r"Release|Type|Date|Location|Period|Category|Subject|Topic|Status|Reference)\b"
)


# Mr Wong:, Ms Tan Li Ping: an honorific and the name as printed, in title case.
_MIXED_HONORIFIC_RE = re.compile(
    r"(?P<hon>Mr|Ms|Mrs|Miss|Dr)\.?\s+(?P<name>[A-Z][a-z][a-zA-Z'\-]*(?:\s+[A-Z][a-z][a-zA-Z'\-]*)?)"
)


def _mixed_honorific_turn(label: str, rest: str, roster: Roster) -> Turn | None:
    """Mr Wong: as MR WONG: would be read: the one known person of that surname, or the
    one full name the page prints (National Development Minister Lawrence Wong); a new
    person only when the turn does not ask."""
    m = _MIXED_HONORIFIC_RE.fullmatch(label)
    if not m or any(w.upper() in OFFICE_WORDS for w in m["name"].split()):
        return None  # Mr Speaker:, Madam Chair: an office, no name
    upper = label.upper()
    entry = _spouse(upper, roster) or roster.resolve(upper)
    if entry is not None and _other_sex(label, entry):
        entry = None
    if entry is None:
        if _asks(label, rest, roster):
            return None
        name = m["name"] if " " in m["name"] else _full_name_on_page(m["name"], roster.page)
        entry = roster.find(name) or roster.add(name, None)
    entry.aliases.add(label)
    return _turn_of(entry, rest, label)


def _known_surname(label: str, roster: Roster) -> Entry | None:
    """McClellan: after Scott McClellan: the surname alone of the one known speaker who
    bears it (not of an asker)."""
    if " " in label or not re.fullmatch(r"[A-Z][A-Za-z'\-]{2,}", label):
        return None
    matches = [e for e in roster.entries if " " in e.name and e.name.split()[-1] == label]
    return matches[0] if len(matches) == 1 else None


def _first_named_speaker(label: str, rest: str, roster: Roster) -> bool:
    words = label.split()
    return (
        not roster.entries
        and 2 <= len(words) <= 3
        # Scott McClellan, Maria O'Neill: a surname with a capital inside (Mc, Mac, O').
        and all(re.fullmatch(r"[A-Z][a-z][a-z'\-]+|(?:Mc|Mac|O')[A-Z][a-z]{2,}", w) for w in words)
        and words[0].upper() not in HONORIFICS
        and not _NOT_A_PERSON_WORDS.search(label)
        and not looks_like_question(rest)
        # New Delhi: On the eve of…, Jose Luis: Catalan elections, EC concerned?: a story's
        # dateline or a reporter's question; the one who opens greets or speaks as I or we.
        and bool(_OPENS_AS_SPEAKER_RE.search(rest[:300]))
    )


_OPENS_AS_SPEAKER_RE = re.compile(
    r"\b(?:I|I'm|I’m|I'll|I’ll|I've|I’ve|we|We|we're|we’re|We're|We’re|we'll|we’ll|our|Our|"
    r"us|my|My|me|[Gg]ood (?:morning|afternoon|evening)|[Hh]ello|[Hh]i|[Tt]hank you|[Tt]hanks|"
    r"[Ww]elcome|[Kk]ia ora|OK|Okay)\b"
)


def _english_office(paragraph: str, roster: Roster) -> Turn | None:
    """Prime Minister:, Chancellor: the one known holder of that office."""
    m = EN_OFFICE_RE.match(paragraph)
    if not m:
        return None
    office = re.sub(r"^The\s+", "", m.group("p"))
    if office != m.group("p") and office.upper() in EN_QUESTION_WORDS:
        return Turn(QUESTION_TURN, m.group("rest").strip(), label=m.group("p"))  # The Press:
    rest = m.group("rest")
    entry = roster.holder(office, rest) if office.upper() not in EN_QUESTION_WORDS else None
    if not entry and office.upper() not in EN_QUESTION_WORDS:
        entry = _member_in_office(office, roster)
    if not entry and office_only(office) and office.upper() not in EN_QUESTION_WORDS:
        # Prime Minister: on its own line and nobody named in that office: the answer is
        # unsigned rather than more of the page's text.
        return Turn(ANSWER_TURN, m.group("rest").strip(), label=m.group("p"))
    if not entry:
        return None
    entry.aliases.add(m.group("p"))
    return _turn_of(entry, m.group("rest").strip(), m.group("p"))


def _member_in_office(office: str, roster: Roster) -> Entry | None:
    """MINISTER: under a headline naming one member of parliament (Transcript by The Hon
    Christian Porter MP) and nobody else: he is the minister who speaks."""
    if not re.fullmatch(r"(?:Prime\s+|Deputy\s+Prime\s+)?Minister", office, re.I):
        return None
    if len(roster.entries) != 1 or not roster.entries[0].member:
        return None
    entry = roster.entries[0]
    entry.position = entry.position or office.title()
    return entry


_ANONYMOUS_RE = re.compile(r"\bOFFICIALS?\b")
# The name of an event, not of a person: a transcript's heading in capitals before a colon.
_EVENT_LABEL_RE = re.compile(
    r"\b(?:CONFERENCE|BRIEFING|INTERVIEW|REMARKS|TRANSCRIPT|STATEMENT|MEETING|SESSION|"
    # TEKS UCAPAN VERBATIM: (a verbatim text, in Malay): the kind of text, nobody's words
    r"DOORSTOP|ANNOUNCEMENT|EXCERPTS?|VERBATIM)\b"
)
_INITIALS_RE = re.compile(r"[A-Z]{2,4}")
# A few words from a capital to a quoted word, no sentence ended: a headline's phrasing.
_SUBHEADING_RE = re.compile(r"[A-Z][^.!?:;,]{2,60}[\"”’]")


# Words of a clause, never of a name or an office: a headline in capitals before a colon.
_CAPS_SENTENCE_RE = re.compile(r"\b(?:WE|ARE|IS|WAS|WERE|OUR|YOU|THEY|NOT|HAVE|HAS)\b")


def _english_capitals(label: str, rest: str, roster: Roster) -> Turn | None:
    """MR. PRICE:, SECRETARY BLINKEN:, QUESTION:, MODERATOR:, CCTV: (asking)."""
    if label in EN_QUESTION_WORDS:
        return Turn(QUESTION_TURN, rest, label=label)
    if label in EN_UNIDENTIFIED:
        return _unidentified_turn(label, rest)
    if label in EN_HOST_WORDS:
        return host_turn(roster, rest, label)
    if label in _PM_LABELS:
        return _prime_minister_turn(label, rest, roster)
    if len(label) == 2 and label.isalpha():
        # DM: the one person the text introduces in the office its letters abbreviate.
        entry = roster.holder(label)
        return _turn_of(entry, rest, label) if entry else None
    if label in EN_NOT_SPEAKERS or len(label) < 3 or _EVENT_LABEL_RE.search(label):
        return None  # POST-CABINET PRESS CONFERENCE: a heading with its date, nobody's words
    if _CAPS_SENTENCE_RE.search(label):
        return None  # WE ARE CONSULTING THE FAMILY : GOVT ON …: a headline's clause, no one
    if _ANONYMOUS_RE.search(label):
        # SENIOR ADMINISTRATION OFFICIAL: a briefing on background names nobody.
        return Turn(ANSWER_TURN, rest, label=label)
    member = _member_in_office(label, roster)
    if member:  # MINISTER: under Transcript by The Hon … MP
        member.aliases.add(label)
        return _turn_of(member, rest, label)
    entry = _spouse(label, roster)
    entry = entry or roster.resolve(label)
    if entry is not None and _other_sex(label, entry):
        # MR. BRADY: after MRS. BRADY: the same surname, another person.
        entry = roster.find(english_display(label, office=True)) or roster.add(
            english_display(label, office=True), None
        )
    if entry is None and label.startswith("THE ") and office_only(label[4:]):
        # THE PRESIDENT: the one person named in that office, or nobody's answer.
        entry = roster.holder(english_display(label[4:], office=True))
        if entry is None:
            return Turn(ANSWER_TURN, rest, label=label)
    if entry is None and not english_honorific(label):
        entry = roster.holder(english_display(label, office=True), rest)  # PRIME MINISTER:
    if entry is None and _asks(label, rest, roster):
        return Turn(QUESTION_TURN, rest, asker=label, label=label)  # CCTV: Could you…?
    if entry is None and office_only(label):
        return Turn(ANSWER_TURN, rest, label=label)  # PRIME MINISTER: with nobody named
    if entry is None and _INITIALS_RE.fullmatch(label):
        # KJP: initials the text never spells out name nobody: a question if it asks,
        # else an answer, unsigned rather than a person made of letters.
        if looks_like_question(rest):
            return Turn(QUESTION_TURN, rest, label=label)
        if _SUBHEADING_RE.fullmatch(rest):
            return None  # MOH: Situation is "stable": a story's sub-heading, nobody's turn
        return Turn(ANSWER_TURN, rest, label=label)
    if entry is None:
        display = english_display(label)
        if english_honorific(label):
            display = _full_name_on_page(display, roster.page)
        entry = roster.add(display, _office_of_label(label, display))
    entry.aliases.add(label)
    return _turn_of(entry, rest, label)


def _office_of_label(label: str, display: str) -> str | None:
    """GOVERNOR HOGAN: → Governor: the office a label prints before the surname."""
    office = english_display(label, office=True)
    if display == office or not office.endswith(" " + display):
        return None
    office = office[: -len(display)].strip()
    return office if re.fullmatch(r"(?:Governor|Mayor|Premier|President|Senator)", office) else None


# CL          Hello and welcome…: a typed transcript's initials, spaces and no colon (the
# spaces are one by the time a paragraph is read, so the page as pasted is checked).
_SPACED_INITIALS_RE = re.compile(r"^(?P<label>[A-Z]{2,4}) (?P<rest>[A-Z][^\n]*)$", re.S)
# A person's full name as the page introduces it: after Dr, Mr, Ms, Mrs, Professor, or
# in "My name is …". Words of one capital each, a particle (van, de) allowed.
_INTRODUCED_NAME_RE = re.compile(
    r"(?:\b(?:Dr|Mr|Mrs|Ms|Prof|Professor)\.?[ \t]+|\b[Mm]y name is[ \t]+)"
    r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+(?:[A-Z][\w'’-]+|van|de|der|von|da|di|el|al)){1,3})"
    # Dr Tedros Adhanom Ghebreyesus, WHO Director-General. Then…: a post as printed, kept
    # only when it ends the sentence (a post with commas inside is not cut short).
    r"(?:,[ \t]+(?P<post>[^,.;:\n]{3,60})\.(?=[ \t]+[A-Z]|[ \t]*$))?",
    re.M,
)


_SPACED_LABEL_LINE_RE = re.compile(r"^([A-Z]{2,4})(?:[ \t]{2,}|\t)[A-Z]", re.M)


@functools.lru_cache(maxsize=8)
def _spaced_labels(page: str) -> frozenset[str]:
    """The initials that open a line of the page as pasted, spaces after them (once a page)."""
    return frozenset(_SPACED_LABEL_LINE_RE.findall(page))


@functools.lru_cache(maxsize=8)
def _introduced_names(page: str) -> tuple[dict[str, set[str]], dict[str, str]]:
    """The full names the page introduces, by their initials, and the posts printed after
    them (once a page)."""
    names: dict[str, set[str]] = {}
    posts: dict[str, str] = {}
    for m in _INTRODUCED_NAME_RE.finditer(page):
        words = m["name"].split()
        name = " ".join(words)
        names.setdefault("".join(w[0] for w in words).upper(), set()).add(name)
        if m["post"] and re.search(rf"\b(?:{TITLE_WORDS})\b", m["post"]):
            posts.setdefault(name, m["post"].strip())
    return names, posts


def _spelled_initials_turn(paragraph: str, roster: Roster) -> Turn | None:
    """CL   Hello…, TAG  Thank you…: initials with no colon are a person's label only when
    exactly one full name introduced on the page (Dr Tedros Adhanom Ghebreyesus, "My name
    is Christian Lindmeier") has those letters; otherwise the paragraph is left as it is."""
    m = _SPACED_INITIALS_RE.match(paragraph)
    if not m or m["label"] in EN_QUESTION_WORDS:
        return None
    label = m["label"]
    if label not in _spaced_labels(roster.page):
        return None  # the spaces as pasted: the line's first word is no label otherwise
    names, posts = _introduced_names(roster.page)
    found = names.get(label, set())
    if len(found) != 1:
        return None
    full = next(iter(found))
    entry = roster.find(full) or roster.add(full, posts.get(full))
    entry.aliases.add(label)
    if (
        not roster.hosts()
        and re.search(rf"\b[Mm]y name is {re.escape(full)}\b", m["rest"])
        and re.search(r"\b[Ww]elcome to\b", m["rest"])
    ):
        entry.role = HOST  # Hello and welcome to…. My name is …: who opens the conference
    return _turn_of(entry, m["rest"].strip(), label)


def _full_name_on_page(surname: str, page: str) -> str:
    """MR KIRBY: Kirby is John Kirby when the page prints that one full name (even in its
    residue, over the briefing's heading); otherwise the surname stays."""
    if " " in surname or not re.fullmatch(r"[A-Z][\w'’-]+", surname):
        return surname
    found = {
        m[1]
        for m in re.finditer(
            rf"\b([A-Z][a-z]+(?:[ \t]+[A-Z]\.)?[ \t]+{re.escape(surname)})\b(?![ \t]*[A-Z][a-z])",
            page,
        )
    }
    found = {f for f in found if f.split()[0].upper() not in OFFICE_WORDS | HONORIFICS}
    found = {f for f in found if f.split()[0] not in _NOT_FIRST_NAMES}
    return found.pop() if len(found) == 1 else surname


# Words that stand before a surname without being a first name (Mr, The, Dear…).
_NOT_FIRST_NAMES = {"The", "Dear", "Thank", "Thanks", "Mister", "Madam", "Sir", "Hello", "Hi"}


# PM: the prime minister's turns in an Australian or British transcript.
_PM_LABELS = {"PM", "THE PM"}


def _prime_minister_turn(label: str, rest: str, roster: Roster) -> Turn:
    """PM: the one person named as prime minister, or an unsigned answer."""
    entry = roster.holder("Prime Minister", rest)
    if entry is None:
        return Turn(ANSWER_TURN, rest, label=label)
    entry.aliases.add(label)
    return _turn_of(entry, rest, label)


_SEXED = {"MR": "m", "MRS": "f", "MS": "f", "MISS": "f"}


def _honorific(label: str) -> str:
    return label.replace(".", " ").split()[0].upper()


def _spouse(label: str, roster: Roster) -> Entry | None:
    """MRS. BRADY: the wife the text names (James Brady and his wife Sarah Brady)."""
    role = SPOUSE_POSTS.get(_honorific(label))
    surname = english_display(label)
    if not role or " " in surname:
        return None
    names = {
        n for n, p in roster.mentions if p == role and n.split()[-1].upper() == surname.upper()
    }
    if len(names) != 1:
        return None
    name = names.pop()
    return roster.find(name) or roster.add(name, None)


def _other_sex(label: str, entry: Entry) -> bool:
    """A label whose honorific is of the other sex than the ones the entry was met with."""
    sex = _SEXED.get(_honorific(label))
    met = {_SEXED.get(_honorific(a)) for a in entry.aliases if a and a[0].isupper()} - {None}
    return bool(sex and met and sex not in met)


def _english_role(label: str, rest: str, roster: Roster) -> Turn:
    """UN style: Question: / Spokesperson: in title case."""
    if label.upper() in EN_QUESTION_WORDS:
        return Turn(QUESTION_TURN, rest, label=label)
    if label.upper() in EN_UNIDENTIFIED:
        return _unidentified_turn(label, rest)
    if label == "Media":  # the press gallery asking in a post-Cabinet transcript
        return Turn(QUESTION_TURN, rest, asker=label, label=label)
    if label.upper() in EN_HOST_WORDS:
        return host_turn(roster, rest, label)
    holders = [e for e in roster.entries if e.position and label.lower() in e.position.lower()]
    entry = holders[0] if len(holders) == 1 else roster.add(label, None)
    return _turn_of(entry, rest, label)


def _unidentified_turn(label: str, rest: str) -> Turn:
    """UNIDENTIFIED: / UNIDENTIFIED REPORTER: is nobody's name: a question when it asks
    (or a reporter speaks), a long one an answer of nobody named, otherwise a remark (the
    voice that opens a signing ceremony), kept with the host's words and given to no
    answerer."""
    if "REPORTER" in label.upper() or rest.rstrip().endswith("?"):
        return Turn(QUESTION_TURN, rest, label=label)
    if len(rest) >= 300:
        # An unnamed official's briefing (…it is a 24-7 operation. I believe…): words of
        # substance, no host's; an answer of nobody named.
        return Turn(ANSWER_TURN, rest, label=label)
    return Turn(HOST_TURN, rest, label=label)


def _asker_again(label: str, text: str, roster: Roster) -> bool:
    """Raza: Raza from the Hindustan Times. …: a reporter who names themself and their
    outlet asks, with or without a question mark; so does a label that asked before
    (Rishabh: Windsor, yes sir. …), once the officials are known."""
    if not roster.entries:
        return False
    if label in roster.askers:
        return True
    # Raza from …, Runjhun Sharma, RT., Madhurendra News Nation se: the label's name first.
    intro = rf"(?:(?:I am|I'm|This is|my name is)\s+)?{re.escape(label)}(?:\s*,\s*|\s+)\S"
    opening = re.sub(
        r"^(?:(?:Hi|Hello|Sir|Ma'?am|Good\s+\w+)[,.]?\s+)*", "", text[:120], flags=re.I
    )
    return re.match(intro, opening, re.I) is not None


def _asks(label: str, text: str, roster: Roster) -> bool:
    """An unknown label before a question, once the officials are known: an outlet asking."""
    first = label.replace(".", " ").split()[0].upper()
    return bool(roster.entries) and first not in HONORIFICS and looks_like_question(text)


# ---- questions and headings ------------------------------------------------------------

_QUESTION_MARK_RE = re.compile(r"[?]|请问|吗[。,]?$|呢[。,]?$")
_TRAILING_THANKS_RE = re.compile(r"(?:谢谢|多谢|Thank you|Thanks)[。.!]*$", re.I)
_QUESTION_NUMBER_RE = re.compile(
    r"^\s*+(?:问题\s*[\d一二三四五六七八九十]{1,3}\s*[:、.]?|Q\d{1,2}[:.]?|"
    r"\d{1,2}[、.,)]|[(]\d{1,2}[)])\s*"
)


def looks_like_question(paragraph: str) -> bool:
    """A paragraph that asks: ends in ?, or has a ? near its end followed only by thanks."""
    text = _TRAILING_THANKS_RE.sub("", paragraph.strip()).strip(" ,")
    if not text:
        return False
    if text[-1] in "?":
        return True
    tail = text[-max(12, len(text) // 3) :]
    return bool(_QUESTION_MARK_RE.search(tail)) and len(text) < 400


def strip_question_number(text: str) -> str:
    return _QUESTION_NUMBER_RE.sub("", text, count=1).strip()


_BULLETS = "★☆◆◇●■□▲△▶►◎※•"
_BULLET_RE = re.compile(rf"^\s*+[{_BULLETS}]\s*(?P<text>.+)$", re.S)
_NUMBERED_RE = re.compile(
    r"^\s*+(?:[(][一二三四五六七八九十]{1,3}[)]|[一二三四五六七八九十]{1,3}[、是]|"
    r"第[一二三四五六七八九十]{1,3}[是,、:]|[(]\d{1,2}[)]|\d{1,2}[、.](?!\d))"
)
_SENTENCE_END = "。!?;"


def heading_of(paragraph: str) -> tuple[str, str | None] | None:
    """(heading, rest of the paragraph or None) when the paragraph opens with a sub-heading.

    ★-style bullets always make a heading (a long bulleted paragraph has a run-in heading
    up to its first full stop or colon). A numbered line (一、, (一), 一是, 1.) is a heading
    when it is short and has no sentence in it: 第一,是一个国际性开放平台,……。 is a
    numbered paragraph, not a heading.
    """
    text = paragraph.strip()
    # **Iraq**, and the UN's **Iraq or ** Iraq with no closing stars.
    bold = re.fullmatch(r"\*\*([^*]{1,80}?)(?:\*\*)?", text)
    if bold and not bold.group(1).rstrip().endswith((".", "?", "!", "。", "?", "!")):
        return bold.group(1).strip(), None
    m = _BULLET_RE.match(text)
    if m:
        body = m.group("text").strip()
        if len(body) <= 60:
            return body, None
        run_in = re.match(r"^(.{4,40}?[。:])(.+)$", body, re.S)
        if run_in:
            return run_in.group(1).rstrip("。:"), run_in.group(2).strip()
        return body, None
    if _NUMBERED_RE.match(text):
        inner = text.rstrip("。")
        # 一、严守保护红线,加强生态修复治理,绽放沧州运河新生机。: a chapter's heading may run
        # to clauses; 第一,是…, 一是…, 1. with a comma are points.
        chapter = re.match(
            r"^\s*(?:[一二三四五六七八九十]{1,3}、|[(][一二三四五六七八九十]{1,3}[)])", text
        )
        short = len(text) <= 24 or not re.search("[,]", text) or chapter is not None
        if len(text) <= 40 and short and not any(ch in inner for ch in _SENTENCE_END):
            return text, None
    return None


# ---- transcript conventions ------------------------------------------------------------

# A live transcript's clock time before a turn: 15:02 应晓东:, [10:05] 主持人:, 【15:02】.
_CLOCK_RE = re.compile(
    r"^(?:[\[【(]\s*\d{1,2}:\d{2}(?::\d{2})?\s*[\]】)]\s*"
    # 2004-12-28 15:55:31 - 主持人:, a live page's date and time, a dash, then the label
    r"|(?:\d{4}-\d{1,2}-\d{1,2}\s+)?\d{1,2}:\d{2}(?::\d{2})?\s+(?:-\s+)?)"
    r"(?![AaPp]\.?[Mm]\b|\d)(?=\S)"
)


def strip_clock_times(paragraphs: list[str]) -> list[str]:
    """Drop the clock times that open the turns of a live transcript (图文直播, 图文实录).

    Only when at least two paragraphs start with one: a single "8:30 ..." is text.
    """
    if sum(1 for p in paragraphs if _STAMP_AFTER_RE.search(p)) >= 2:
        # …做简要介绍: ( 07-09 10:02:23 ): a live page's entry, its time after it
        paragraphs = [_STAMP_AFTER_RE.sub("", p) for p in paragraphs]
    if sum(1 for p in paragraphs if _CLOCK_RE.match(p)) < 2:
        return paragraphs
    stripped = [_CLOCK_RE.sub("", p, count=1) for p in paragraphs]
    return [p for p in stripped if p]


_STAMP_AFTER_RE = re.compile(r"\s*\(\s*\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*\)\s*$")


_ASKS_RE = re.compile(
    r"^\s*+(?:\d{1,2}[.、]\s*)?(?:【问】|\[问\]|问\s*\d{0,2}\s*:|Q\s*\d{0,2}\s*:)"
)
_ANSWER_INSIDE_RE = re.compile(r"(?<=[?。!])\s*(?=【答】|\[答\]|答\s*:|A\s*:)")


def split_run_together(paragraph: str) -> list[str]:
    """问:…?答:… in one paragraph (copy-paste from many 政策解读 pages) as two paragraphs."""
    if not _ASKS_RE.match(paragraph):
        return [paragraph]
    m = _ANSWER_INSIDE_RE.search(paragraph)
    if not m:
        return [paragraph]
    return [paragraph[: m.start()].rstrip(), paragraph[m.end() :].lstrip()]


# What a host says: welcome, give the floor, thank, close. A person whose every turn says
# one of these is the host, whatever the label calls them.
_HOST_WORDS_RE = re.compile(
    r"欢迎(?:出席|参加|各位|大家|来到)|下面(?:请|进入|开始)|(?:请|欢迎)(?:大家|各位|记者|媒体).{0,6}提问|"
    r"提问前请|(?:发布会|记者会|吹风会|通气会)(?:到此结束|就到这里|现在开始)|今天的(?:新闻)?发布会|"
    r"请.{1,16}(?:补充|回答|介绍|作介绍|发布|谈谈|说明)|谢谢.{1,16}(?:的介绍|的回答|的发布)|"
    r"还有(?:哪位|没有)记者|最后一个问题|请继续提问|继续提问|现在开始提问|有请.{1,12}[。!]"
)
# Giving the floor, with nothing else: "Go ahead, Zeke.", "Yes, in the back.", 请提问。
_ADDRESSEE = r"(?:[A-Z][a-z]+|ma'am|sir|in the (?:back|middle|front)|right here|over here)"
_FLOOR_RE = re.compile(
    rf"^(?:(?:okay|ok|all right|alright|yeah|right|and|so)[,.]?\s*)*(?:[A-Z][a-z]+,\s*)?"
    rf"(?:(?:go ahead|next question|you're next)(?:[,.]?\s*{_ADDRESSEE})*"
    rf"|(?:yes|yeah|sure|please)[,.]?\s*{_ADDRESSEE}(?:[,.]?\s*{_ADDRESSEE})*)[.!]?$"
    r"|^(?:好的?[,。]?)?(?:请(?:这位|那位|后排|前排|中间)?.{0,8}(?:记者|朋友)?提问|下一位|请继续)[。!]?$"
    r"|^(?:接下来|下面|现在)(?:我们)?(?:开始|进入)?(?:提问|记者提问|提问环节)[。!]?$"
    # 看看大家有甚麼問題?: an official asking for questions, and nothing else.
    r"|^(?:好的?[,。]?)?(?:看看|那么|那|现在)?(?:大家|各位)(?:还)?有(?:什么|甚么|没有)问题(?:吗|呢)?[?。]?$",
    re.I,
)


def host_like(text: str) -> bool:
    return bool(_HOST_WORDS_RE.search(text)) or gives_floor(text)


def gives_floor(text: str) -> bool:
    """A turn that only calls on the next questioner."""
    # (Laughter.) Said, go ahead.: a transcriber's note before it changes nothing.
    text = re.sub(r"^(?:\([A-Za-z .\-]{3,20}\)\s*)+", "", text.strip())
    # Go – go ahead. You're good.: a stammer before it, a word of comfort after it.
    text = re.sub(r"^(\w+)\s*[–—-]\s*(?=\1\b)", "", text, flags=re.I)
    text = re.sub(r"(?<=[.!])\s+(?:You[’']re good|You[’']re fine|Please)[.!]?$", "", text)
    # 大家早上好,欢迎大家参加今天的发布会,现在开始提问。: a welcome that only opens the floor.
    # 我没有要主动发布的内容,现在请大家提问。: nothing to announce, then the floor.
    text = re.sub(
        r"(?<=[,。!])我(?:今天)?没有(?:要)?(?:主动)?发布的(?:内容|消息|信息)[,。]", "", text
    )
    if re.match(r"^(?:各位|大家|女士们|记者朋友们)", text) and re.search(
        r"[,。!](?:现在|下面|接下来)(?:我们)?(?:开始提问|请(?:大家)?提问)[。!]?$", text
    ):
        return len(text) <= 50
    if re.fullmatch(r"[A-Z][a-z]{2,15}\.", text) and text[:-1] not in _ONE_WORD_ANSWERS:
        return True  # Shaun.: a reporter's first name alone gives the floor
    return len(text) <= 60 and bool(_FLOOR_RE.match(text))


# One-word answers that could pass for a first name on their own: never a call on a reporter.
_ONE_WORD_ANSWERS = set(
    """Yes Yeah Yep Nope Sure Right Correct Exactly Absolutely Okay Indeed Thanks Never Nothing
    Certainly Agreed Fine Good Great Maybe Perhaps Again True False Definitely Probably Possibly
    Precisely Totally Not None Neither Both Everything Everyone Nobody Noted Understood Done
    Today Tomorrow Yesterday Soon Later Now Here There Please Sorry Thank""".split()
)
