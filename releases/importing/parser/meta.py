"""The article's furniture and metadata: breadcrumb, title, dates, editor, source, lead."""

from __future__ import annotations

import datetime as dt
import itertools
import re

from .people import (
    Person,
    ends_with_title,
    is_title,
    people_in_list,
    place_in_list,
    split_position,
    split_title_name,
)
from .text import HAN

_BREADCRUMB_RE = re.compile(
    r"^(?:当前位置|您的位置|您现在的位置|你的位置|位置|所在位置)?\s*+[:]?\s*+"
    r"(首页|主页|网站首页|Home)\s*+(?:>|>|›|»|→|/|\\|-{1,2}>?)\s*(.+)$",
    re.IGNORECASE,
)
_CRUMB_SPLIT_RE = re.compile(r"\s*(?:>|>|›|»|→|\\|-{1,2}>|/)\s*")
_CRUMB_NOISE = {"正文", "详情", "内容", "文章", "阅读", "详细内容", "正文内容"}

# Not part of a day-first date or a range of them (24/08/2018 - 11/04/2022): no year after
# a slash, no day before one.
_DATE_RE = re.compile(
    r"(?<![\d/])((?:19|20)\d\d)\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})"
    r"(?!\d|/\d)\s*日?"
)
_MONTH_DAY_RE = re.compile(r"(?<![\d.])(\d{1,2})月(\d{1,2})日")
EN_MONTH_NAMES = (
    "January February March April May June July August September October November December"
).split()
_EN_MONTHS = {name.lower(): i for i, name in enumerate(EN_MONTH_NAMES, 1)}
_EN_MONTHS.update({name[:3]: i for name, i in list(_EN_MONTHS.items())})
_EN_MONTHS["sept"] = 9
_EN_DATE_RE = re.compile(
    r"\b(?:(?P<m1>[A-Z][a-z]{2,8})\.? (?P<d1>\d{1,2}), (?P<y1>(?:19|20)\d\d)"
    r"|(?P<d2>\d{1,2}) (?P<m2>[A-Z][a-z]{2,8}) (?P<y2>(?:19|20)\d\d))\b"
)
_FIELD_RE = re.compile(
    r"(责任编辑|编辑|来源|作者|发布时间|发布日期|时间|日期|浏览次数|阅读次数|点击数|字号)\s*[:]\s*"
)
_KICKER_RE = re.compile(r"^(.{1,14}?)\s*[丨|│︱]\s*(.+)$")


def iso_date(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def find_date(text: str) -> str | None:
    """The first full date (2023-05-31, 2023年5月31日, June 5, 2023) in the text."""
    m = _DATE_RE.search(text)
    if m:
        return iso_date(*map(int, m.groups()))
    m = _EN_DATE_RE.search(text)
    if m:
        month = _EN_MONTHS.get((m["m1"] or m["m2"] or "").lower())
        if month:
            return iso_date(int(m["y1"] or m["y2"]), month, int(m["d1"] or m["d2"]))
    return None


def channel_from(paragraph: str) -> str | None:
    """The last meaningful item of a breadcrumb (首页 > 威海要闻), or None."""
    m = _BREADCRUMB_RE.match(paragraph) if len(paragraph) <= 80 else None
    if not m:
        return None
    items = [i.strip() for i in _CRUMB_SPLIT_RE.split(m.group(2)) if i.strip()]
    items = [i for i in items if i not in _CRUMB_NOISE]
    return items[-1] if items else None


def meta_fields(paragraph: str) -> dict[str, str] | None:
    """Fields of a dateline such as "2023-05-31 编辑: 徐栋波" or "来源:X 作者:Y"."""
    if len(paragraph) > 160:
        return None
    fields: dict[str, str] = {}
    date = find_date(paragraph)
    matches = list(_FIELD_RE.finditer(paragraph))
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(paragraph)
        value = paragraph[m.end() : end]
        value = re.sub(r"[【\[][^】\]]{1,6}[】\]]", " ", value)  # 来源:X 【打印】
        value = value.strip(" |丨【】[]")
        fields[m.group(1)] = re.split(r"\s{2,}| (?=\d)", value)[0].strip()
    head = paragraph[: matches[0].start()] if matches else paragraph
    if date and (matches or len(_strip_date(head).strip(" |丨【】[]")) <= 12):
        fields["date"] = date
    if not fields or (not date and not matches):
        return None
    if "时间" in fields and set(fields) <= {"时间", "date"}:
        return None  # 时间: in a transcript's header is the event's
    if not matches and len(paragraph) > 40:
        return None
    return fields


def _strip_date(text: str) -> str:
    text = _DATE_RE.sub("", text)
    return re.sub(r"\d{1,2}:\d{2}(?:\d{2})?", "", text)


def split_kicker(title: str) -> tuple[str | None, str]:
    """权威发布丨精致城市论坛6月12日举办 → (权威发布, 精致城市论坛6月12日举办); 【X】Y too."""
    m = _KICKER_RE.match(title) or re.match(r"^[【\[](.{1,14}?)[】\]]\s*(.+)$", title)
    if m and m.group(2).strip():
        return m.group(1).strip(), m.group(2).strip()
    return None, title.strip()


# ---- the lead ----------------------------------------------------------------------------

# 国际在线陕西报道(冯妍):8月13日上午…: an outlet "reports", its reporter in brackets.
_SOURCE_RE = re.compile(
    r"^\s*(?P<source>[^\s,。()]{2,16}?)(?:讯|(?<=频道)消息|报道(?=\s*[(]))\s*(?:[(](?P<credit>[^()]{1,60})[)])?[:]?"
)
# 中新社上海一月三十一日电: the month and the day in Chinese numerals too.
_MD = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日"
_WIRE_RE = re.compile(
    rf"^\s*(?P<source>[^\s,。()]{{2,12}}?(?:社|网|台|报|客户端))"
    rf"[{HAN}]{{0,6}}?{_MD}电\s*(?:[(](?P<credit>[^()]{{1,60}})[)])?"
)
# 北京5月2日电 (记者 杜燕): a wire dateline whose agency the reprint left out.
_PLACE_WIRE_RE = re.compile(
    rf"^\s*(?P<place>[{HAN}]{{2,6}})\d{{1,2}}月\d{{1,2}}日电\s*[(](?P<credit>(?:记者|通讯员)[^()]{{1,40}})[)]"
)
# (记者 吴东 卓然 邓方佳)在北京冬奥会开幕倒计时24天…: the byline alone, its outlet left out.
_BYLINE_ONLY_RE = re.compile(r"^\s*[(](?P<credit>(?:本报)?(?:记者|通讯员)\s*[^()]{1,40})[)]")
_LOCAL_SOURCES = {"本报", "本网", "本台", "本刊", "本站", "本报记者"}
_CONFERENCE = r"(?:新闻发布会|发布会|记者会|新闻通气会|通气会|吹风会|媒体见面会|情况介绍会)"
CONFERENCE = _CONFERENCE
_HOST_OFFICE_RE = re.compile(
    rf"(?:^|[,。;]|日|时|午|天)(?P<office>[^,。;]{{2,40}}?)"
    rf"(?:于[^,。]{{1,30}}?)?(?:在[^,。]{{1,30}}?)?(?:举行|召开|举办|组织)[^,。]{{0,50}}?{_CONFERENCE}"
)
_OFFICE_NOISE_RE = re.compile(
    r"^(?:\d{1,2}月\d{1,2}日|今天|今日|昨天|昨日|日前|近日|上午|下午|晚上|\d{1,2}时|\d{1,2}点|"
    r"(?:本报|本台)?记者(?:近日|今天|日前)?从|"
    r"[(][^))]*[)]|,|,|\s)+"
)
_SPEAKER_VERBS = (
    r"(?:介绍|出席|回答|答记者问|就(?![业座])|通报|发布|解读|(?<![合工创制操协写运动])作(?!为)|对(?![外口接])|围绕|分别|参加|"
    r"宣布|解答|共同)"
)
_HOST_RE = re.compile(r"(?:由)?(?P<who>[^,。;由]{2,60}?)主持")


def lead_source(lead: str) -> tuple[str | None, str | None, str]:
    """(source, credit text, lead without the dateline prefix) from 威海新闻网讯 / 新华社…电."""
    m = _BYLINE_ONLY_RE.match(lead)
    if m:
        return None, m.group("credit"), lead[m.end() :].lstrip(" ,")
    m = _PLACE_WIRE_RE.match(lead)
    if m and not re.search(r"社|网|台|报|客户端", m.group("place")):
        return None, m.group("credit"), lead[m.end() :].lstrip(" ,")
    for pattern in (_SOURCE_RE, _WIRE_RE):
        m = pattern.match(lead)
        if m:
            # 青岛新闻网3月18日讯, 台湾网12月16日北京讯: the date and the place are no source.
            source = re.sub(r"\d{1,2}月\d{1,2}日[^\d\s,]{0,4}$", "", m.group("source"))
            if source in _LOCAL_SOURCES:
                source = None
            return source, m.group("credit"), lead[m.end() :].lstrip(" ,")
    return None, None, lead


def _is_event_date(text: str, m: re.Match) -> bool:
    """Not 自2024年1月1日起 or 截至5月底: a date that starts or ends a period."""
    before, after = text[max(0, m.start() - 3) : m.start()], text[m.end() : m.end() + 3]
    if re.search(r"(?:自|从|截至|截止|到|至)$", before):
        return False
    return not re.match(r"(?:起|以来|前|后|至)", after)


def event_date(text: str, published: str | None) -> str | None:
    """The first date in the lead's first sentence, resolved against the publication year
    when it has none."""
    text = re.split(r"[。!?]", text, maxsplit=1)[0]
    full = next((m for m in _DATE_RE.finditer(text) if _is_event_date(text, m)), None)
    short = next((m for m in _MONTH_DAY_RE.finditer(text) if _is_event_date(text, m)), None)
    if full and (not short or full.start() <= short.start()):
        return iso_date(*map(int, full.groups()))
    if not short and published:
        # 国家发展改革委20日举行…: a day of the publication's month (or the one before).
        day = re.search(r"(?<![\d月.至到\-—~])(\d{1,2})日(?!\d)", text)
        if day:
            pub = dt.date.fromisoformat(published)
            month = pub.month if int(day.group(1)) <= pub.day else pub.month - 1 or 12
            year = pub.year if month <= pub.month else pub.year - 1
            return iso_date(year, month, int(day.group(1)))
    if short and published:
        pub = dt.date.fromisoformat(published)
        date = iso_date(pub.year, int(short.group(1)), int(short.group(2)))
        if date and date > published:  # a December event reported in January
            date = iso_date(pub.year - 1, int(short.group(1)), int(short.group(2)))
        return date
    if published and re.search(r"^[^,。]{0,12}(?:今天|今日)", text):
        return published
    if published and re.search(r"^[^,。]{0,12}(?:昨天|昨日)", text):
        return (dt.date.fromisoformat(published) - dt.timedelta(days=1)).isoformat()
    return None


def host_office(lead: str) -> str | None:
    m = _HOST_OFFICE_RE.search(lead)
    if not m:
        return None
    office = _OFFICE_NOISE_RE.sub("", m.group("office")).strip()
    # 中评社北京2月3日电/南湖部3日举行…: the dateline's slash is no part of the office.
    office = re.sub(r"^.*[/|]\s*", "", office)
    office = re.sub(
        r"(?:今天|今日|昨天|昨日|日前|近日|(?:\d{1,2}月)?\d{1,2}日(?:上午|下午)?)$", "", office
    )
    return office if 2 <= len(office) <= 30 else None


def lead_people(lead: str) -> tuple[list[Person], list[Person]]:
    """(speakers, hosts) named in the lead: "…发布会,A,B,C,介绍…", "…,D、E出席…", "…F主持"."""
    speakers: list[Person] = []
    hosts: list[Person] = []
    presiding: list[Person] = []
    for sentence in re.split(r"[。;!?]", lead):
        for m in _HOST_RE.finditer(sentence):
            who = re.sub(r"^图为", "", re.split(r"[,]", m.group("who"))[-1])
            # 新任发言人林剑正式主持…: an adverb between the name and 主持 is no part of it
            who = re.sub(r"(?:正式|首次|再次|也|又|将)+$", "", who)
            person = split_title_name(who, guess=True)
            # 外交部发言人洪磊主持例行记者会: a spokesperson presides over their own
            # briefing and answers it; they are its speaker, not a host.
            # 记者会由市政府新闻办主任、市政府新闻发言人陈怡群主持: presided by, after 由,
            # over others the lead lists as presenting: the host, spokesman or not (decided
            # below, once the others are known).
            spokesman = person and (person.position or "").endswith("发言人")
            if spokesman and m.group(0).startswith("由"):
                presiding.append(person)
            elif spokesman:
                speakers.append(person)
            elif person:
                hosts.append(person)
        for alternatives in _people_chunks(sentence):
            found = max((people_in_list(c) for c in alternatives), key=len)
            # A name with no post before a verb (国际合|作共赢…, a word cut at 作) is no person
            # the lead introduces: someone listed to speak is printed with a post.
            found = [
                p
                for p in found
                # 这是一座美轮美奂的城市 常州就像…: a phrase before a place name is no post
                if p.position
                and _plausible_post(p.position)
                and ends_with_title(p.position)
                # 广东省长和深圳、珠海、汕头的市长: a place in a list of places before 的
                and not place_in_list(p.name, sentence)
            ]
            found = _offices_carried([p for p in (_own_post(p, found) for p in found) if p])
            seen = {s.name for s in speakers}
            speakers.extend(p for p in found if p.name not in seen)
    others = [p for p in speakers if all(p.name != q.name for q in presiding)]
    (hosts if others else speakers).extend(presiding)
    return speakers, hosts


# …逐步推出政策,并与香港特首李家超共同研究: someone the speaker will work with, named in a
# clause of their words, is no speaker; a post read across such a clause ends in 与 or 同
# before the office.
_PARTNER_RE = re.compile(r"(?:^|[,,])[^,,]*?(?:并与|并同|将与|会与|要与)")


# What starts the next person's post after a name: a day (22日, 今日) and a word that joins.
_AFTER_OTHER_RE = re.compile(
    r"^(?:\d{1,2}月)?(?:\d{1,2}日|[今昨明]日|[今昨]天|[今昨]晚|今早)?(?:上午|下午|晚上)?"
    r"(?:联同|以及|与|和|及|同)?"
)


def _own_post(person: Person, found: list[Person]) -> Person | None:
    """香港特首林郑月娥22日与警务处长卢伟聪: the post read before 卢伟聪 runs over another
    person's name, a day and 与; it starts after them (警务处长). A post still holding a
    day is a clause of the story, no post."""
    post = person.position or ""
    for other in found:
        at = post.rfind(other.name) if other.name != person.name else -1
        if at >= 0:
            rest = post[at + len(other.name) :]
            post = rest[_AFTER_OTHER_RE.match(rest).end() :]
    if not post or re.search(r"\d{1,2}[日月]", post):
        return None
    # 梅地亚中心多功能厅,中国人民银行行长: a place before the post, a clause of its own.
    parts = post.split(",")
    while len(parts) > 1 and not ends_with_title(parts[0]):
        parts.pop(0)
    post = ",".join(parts)
    return person if post == person.position else Person(person.name, post)


def _offices_carried(found: list[Person]) -> list[Person]:
    """中国人民银行行长周小川,副行长易纲: a bare title after someone of a named body is a
    post of that body."""
    office = None
    out = []
    for person in found:
        organisation, _ = split_position(person.position)
        if organisation:
            office = organisation
        elif office and is_title(person.position or ""):
            person = Person(person.name, office + person.position)
        out.append(person)
    return out


def _plausible_post(post: str) -> bool:
    """A post read across a clause of someone's words is none: 并与香港特首 (a partner),
    特首賀一誠形容“大件事”他才會召開記者會,希望… (quotation marks, a sentence)."""
    if _PARTNER_RE.search(post) or re.search(r"[“”「」\"]", post):
        return False
    if re.search(r"迎来|请来", post):
        return False  # 首场记者会将迎来国家发展改革委主任: the verb before the guest's post
    if re.match(r"(?:亦|也|更|又|还|并|未|均|都|已|曾|仍|却|则|便)", post) or "传出" in post:
        # 更传出行政院长卓荣泰…, 亦未向政院查证: an adverb or a verb of hearsay starts a
        # clause of the story, never a post.
        return False
    if re.match(r"(?:按照|依照|根据|为了|由于)", post):
        return False  # 按照大会安排,…: a preposition opens a clause, never a post
    if re.match(r"(?:享有|拥有|具有|享受)", post):
        return False  # 享有省级经济金融管理权限: what a city has, no post and name
    if re.search(r"[着著了]", post):
        return False  # 发挥着监督政府施政、反映…: a verb's aspect mark, a clause, no post
    return len(post) <= 40


_LIST_START_RE = re.compile(rf"{_CONFERENCE}[,:]?|邀请(?:到)?|(?<![申提])请|[,:]由|有[:]")


def _people_chunks(sentence: str) -> list[list[str]]:
    """The stretches of a sentence that may list people: each ends at a verb (介绍, 出席),
    the next starts after the clause that verb opened. Each comes with the shorter
    readings that start after a later 请 or 邀请 in it."""
    chunks = []
    start = 0
    first = _LIST_START_RE.search(sentence)
    verb = re.search(_SPEAKER_VERBS, sentence)
    # A list that ends in 出席发布会 has its conference after the verb: the list starts
    # at the sentence's start, not past the conference word.
    if first and not (verb and first.start() > verb.start()):
        start = first.end()
    for verb in re.finditer(_SPEAKER_VERBS, sentence):
        if verb.start() < start:
            continue
        # A list of speakers runs to a few hundred characters; the bounds keep a pasted
        # wall of text linear.
        chunk = sentence[max(start, verb.start() - 1000) : verb.start()]
        later = itertools.islice(_LIST_START_RE.finditer(chunk), 6)
        alternatives = [chunk] + [chunk[m.end() :] for m in later]
        alternatives = [a.strip(" ,") for a in alternatives if a.strip(" ,")]
        if alternatives:
            chunks.append(alternatives)
        comma = sentence.find(",", verb.end())
        if comma < 0:
            break
        start = comma + 1
    return chunks


# ---- the title ---------------------------------------------------------------------------

# 常州市代市长盛蕾在…新闻发布会上的讲话: the headline of a speech given at one.
SPEECH_TITLE_RE = re.compile(
    r"在[^,。:]{0,60}?(?:发布会|记者会|见面会|通气会)上的(?:讲话|致辞|致词|发言|主旨发言|介绍)$"
)
_TITLE_VERB_RE = re.compile(
    r"主持(?:召开)?(?:例行)?(?:新闻)?(?:记者会|发布会)|就.{1,40}答记者问|答记者问|"
    + SPEECH_TITLE_RE.pattern
)
_SPOKESPERSON_OFFICE_RE = re.compile(
    r"^(?:(?:19|20)\d\d年\d{1,2}月\d{1,2}日)?(?P<office>[^,。:丨|\d]{2,20}?)(?:新闻)?发言人"
)


def title_people(title: str) -> list[Person]:
    """The official a transcript's title names: 外交部发言人严思源主持例行记者会,
    市医疗保障局局长王明就…答记者问. Only people printed with a post."""
    m = _TITLE_VERB_RE.search(title)
    if not m:
        return []
    who = re.split(r"[,:丨|\s]", title[: m.start()])[-1]
    who = _DATE_RE.sub("", who)
    person = split_title_name(who)
    return [person] if person and person.position else []


def conference_office(title: str) -> str | None:
    """外交部 from 2024年7月9日外交部发言人严思源主持例行记者会."""
    if not re.search(_CONFERENCE, title):
        return None
    m = _SPOKESPERSON_OFFICE_RE.match(title)
    return m["office"] if m else None


def conference_date(title: str) -> str | None:
    """The date a transcript's title gives its press conference (2024年7月9日…记者会)."""
    return find_date(title) if re.search(_CONFERENCE, title) else None


def reads_as_lead(paragraph: str) -> bool:
    """Whether a first paragraph reports on the press conference (a lead) rather than
    being the first thing said at it."""
    if lead_source(paragraph)[0] or re.search(_CONFERENCE, paragraph):
        return True
    if re.search(r"举行|召开|举办|获悉|介绍|出席|回答|答记者问|表示|主持|发布了?", paragraph):
        return True
    speakers, hosts = lead_people(paragraph)
    return bool(speakers or hosts)
