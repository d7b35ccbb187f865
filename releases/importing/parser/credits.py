"""Credits (记者 董倩萍/文 毕钰晶/图) and editors, usually in the last paragraph."""

from __future__ import annotations

import re

from .people import looks_like_name
from .result import Credit
from .text import HAN

# Roles printed after a name (董倩萍/文) or before it (文/董倩萍).
SLASH_ROLES = (
    "文 图 摄 摄影 摄像 设计 视频 制图 编辑 海报 剪辑 航拍 配音 校对 统筹 动画 美编 插画 策划 监制 "
    "审核 制作 翻译 整理 文字整理 速记"
).split()
# Roles printed as a word before the names: 记者 张三 李四 通讯员 王五.
WORD_ROLES = (
    "见习记者 特约记者 特派记者 融媒体记者 实习记者 记者 通讯员 实习生 摄影 摄像 责任编辑 编辑 "
    "作者 策划 设计 统筹 监制 审核 校对 翻译 文字整理 整理 速记"
).split()
_SLASH_ALT = "|".join(sorted(SLASH_ROLES, key=len, reverse=True))
_WORD_ALT = "|".join(sorted(WORD_ROLES, key=len, reverse=True))
_NAME = rf"[{HAN}]{{2,4}}(?:·[{HAN}]{{1,6}})?"
_NAME_ROLE_RE = re.compile(rf"^(?P<name>{_NAME})/(?P<role>{_SLASH_ALT})$")
_ROLE_NAME_RE = re.compile(rf"^(?P<role>{_SLASH_ALT})[/:](?P<name>{_NAME})?$")
# 记者/李鸿杰: a word role before a slash, as the slash roles are written.
_WORD_RE = re.compile(rf"^(?P<outlet>.{{0,16}}?)(?P<role>{_WORD_ALT})[:/]?(?P<name>{_NAME})?$")
_NAME_RE = re.compile(rf"^{_NAME}$")
_TRAILING_RE = re.compile(r"[(\[【](?P<inner>[^()\[\]【】]{2,160})[)\]】]\s*$")
_EDITOR_RE = re.compile(
    rf"^[\[【(]?(?:责任编辑|责编|编辑)\s*[:]?\s*(?P<name>{_NAME}(?:[ 、,]{_NAME})*)\s*[\]】)]?$"
)


# 中新社发 廖攀 摄: an agency "issues" (发) a photo; the agency is no name.
# 全媒记者 龙巍: a paper's all-media reporter, the word before the role no name either.
_OUTLET_RE = re.compile(r"(?:发布|日报|晚报|早报|新闻|网|台|社|社发|客户端|融媒|全媒|全媒体)$")


def _is_outlet(text: str) -> bool:
    return text in {"本网", "本报", "本台", "本刊", "本站", "本社"} or bool(_OUTLET_RE.search(text))


def parse_credits(inner: str) -> list[Credit] | None:
    """Credits from the text of a credit line, or None if it is not one."""
    # 北京日报客户端 | 记者 刘苏雅 李祺瑶: a bar between the outlet and its reporters.
    tokens = [t for t in re.split(r"[\s、,;]+", inner.strip()) if t and t != "|"]
    # 文字整理:上海发布 许佳: the outlet before the name is not a person.
    tokens = [
        re.sub(rf"[:](?:[{HAN}]{{2,6}})$", ":", t) if _OUTLET_RE.search(t) else t for t in tokens
    ]
    tokens = [t for t in tokens if not (_OUTLET_RE.search(t) and len(t) >= 4 and "/" not in t)]
    # 中国网 郑亮 摄: a three-character site (人民网, 中新网, 光明网) is no photographer.
    tokens = [t for t in tokens if not re.fullmatch(rf"[{HAN}]{{2}}网", t)]
    # 特派记者 胡彦殊 董世梅 摄影 毛漫丁 发自北京: where the reporters filed from, no name.
    tokens = [t for t in tokens if not re.fullmatch(rf"发自[{HAN}]{{2,6}}", t)]
    if not tokens or len(tokens) > 16:
        return None
    credits: list[Credit] = []
    pending_role: str | None = None
    pending_names: list[str] = []
    last_batch: list[Credit] = []
    for at, token in enumerate(tokens):
        m = _NAME_ROLE_RE.match(token)
        if m:
            batch = [Credit(m["role"], n) for n in [*pending_names, m["name"]]]
            credits.extend(batch)
            pending_names, pending_role, last_batch = [], None, batch
            continue
        m = _ROLE_NAME_RE.match(token)
        if m:
            pending_role = m["role"]
            last_batch = [Credit(pending_role, m["name"])] if m["name"] else []
            credits.extend(last_batch)
            continue
        if token in SLASH_ROLES and pending_names:  # 中国政府网 陈竞超 摄
            last_batch = [Credit(token, n) for n in pending_names]
            credits.extend(last_batch)
            pending_names = []
            continue
        names_follow = at + 1 < len(tokens) and _NAME_RE.match(tokens[at + 1])
        if token in SLASH_ROLES and last_batch and not names_follow:
            # 记者 张三 摄: the role comes last
            for credit in last_batch:
                credit.role = token
            continue
        if token in SLASH_ROLES and last_batch and names_follow:
            # 记者 李思源 制作 王嘉怡, 摄影 张三: a role word before its own names opens a batch
            pending_role, last_batch = token, []
            continue
        m = _WORD_RE.match(token)
        # 本网记者 and 新华社记者 are an outlet and a role; 张三记者 would be a name.
        outlet = m["outlet"] if m else ""
        if m and (not outlet or not _NAME_RE.match(token) or _is_outlet(outlet)):
            pending_role = m["role"]
            last_batch = [Credit(pending_role, m["name"])] if m["name"] else []
            credits.extend(last_batch)
            continue
        if _NAME_RE.match(token):
            if pending_role:
                # 记者 王晨阳 李思远 摄: the names after one role word are one batch.
                last_batch.append(Credit(pending_role, token))
                credits.append(last_batch[-1])
            else:
                pending_names.append(token)
            continue
        return None
    # (圖/翻攝央視): a picture taken from a broadcast, credited to nobody.
    credits = [c for c in credits if not _NOT_A_CREDIT_RE.match(c.name)]
    if pending_names or not credits:
        return None
    return credits


_NOT_A_CREDIT_RE = re.compile(r"^(?:翻摄|翻拍|截图|截自|资料|取自|来自|网络|视频截图)")


def split_trailing_credits(paragraph: str) -> tuple[str, list[Credit]]:
    """Cut a closing credit parenthesis off a paragraph: (…记者 董倩萍/文 毕钰晶/图)."""
    m = _TRAILING_RE.search(paragraph)
    if m:
        photo = re.match(r"(?:图片|图|照片)/(.+摄)$", m["inner"])  # (圖/記者任以芳攝)
        credits = (photo and caption_credits(photo[1])) or parse_credits(m["inner"])
        if credits:
            return paragraph[: m.start()].rstrip(), credits
    return paragraph, []


# 【同期】中新社记者 梁晓辉: a video story's label for who speaks next on camera, no byline.
_SOUND_BITE_RE = re.compile(r"^[【\[](?:同期|现场|画外音|解说|采访)[】\]]")


def credit_line(paragraph: str) -> list[Credit] | None:
    """Credits when the whole paragraph is a credit line: (记者 张三 通讯员 李四), 文/张三."""
    text = paragraph.strip()
    if len(text) > 80 or _SOUND_BITE_RE.match(text):
        return None
    inner = re.fullmatch(r"[(\[【](.+)[)\]】]", text)
    credits = parse_credits(inner.group(1) if inner else text)
    if credits and _ASKS_RE.match(text) and not all(looks_like_name(c.name) for c in credits):
        return None  # 《环球时报》记者:据报: a question cut off by the end of the copy
    return credits


# An outlet's reporter and a colon: a question's label.
_ASKS_RE = re.compile(r"^[^\s:()]{0,20}记者\s*:")


def editor_of(paragraph: str) -> str | None:
    """The editor's name from a line such as 责任编辑:徐栋波."""
    m = _EDITOR_RE.match(paragraph.strip())
    return m["name"] if m else None


# A photo caption's closing credit: …举行新闻发布会。新华社记者 郑可欣 摄, 张三/摄, (李四 摄).
_CAPTION_CREDIT_RE = re.compile(
    rf"(?:^|[。.!?()]\s*)(?P<credit>[^\s。,()]{{0,16}}?(?:记者|摄影|通讯员)\s*{_NAME}(?:\s+{_NAME})*\s*/?\s*摄"
    rf"|(?:[^\s。,()]{{2,10}}(?:网|社|台|报)\s+)?{_NAME}(?:\s+{_NAME})*\s+摄|{_NAME}\s*/\s*摄)[)]?$"
)


# …答記者問。(中評社 海涵攝): the agency and the photographer in parentheses at the end.
_AGENCY_PHOTO_RE = re.compile(rf"\((?:[^\s()]{{2,8}}\s+)?(?P<name>{_NAME})\s*摄\)\s*\|?$")


# 中新社盛家鵬攝 alone on its line: an agency and the photographer with no space between.
_AGENCY_NAME_PHOTO_RE = re.compile(
    rf"^(?:中新社|新华社|中新网|人民网|新华网|中评社)(?P<name>{_NAME})摄$"
)


# …。新华网/中国政府网 翟子赫摄: the outlets, then the photographer run into 摄.
_OUTLETS_NAME_PHOTO_RE = re.compile(
    r"(?:^|[。.!?]\s*)[^\s。,()/]{2,10}(?:网|社|台|报)(?:/[^\s。,()/]{2,10}(?:网|社|台|报))*"
    rf"\s+(?P<name>{_NAME})摄$"
)


# 新闻发布会现场 摄影 刘嘉丽: the caption, then the photographer after 摄影 and a space.
_TRAILING_PHOTOGRAPHER_RE = re.compile(rf"\S\s+摄影\s+(?P<name>{_NAME})$")


def caption_credits(paragraph: str) -> list[Credit] | None:
    """The credits of a photo caption that ends in a photographer's credit, or None."""
    if len(paragraph) > 200:
        return None
    outlets = _OUTLETS_NAME_PHOTO_RE.search(paragraph.strip())
    if outlets and looks_like_name(outlets["name"]):
        return [Credit("摄", outlets["name"])]
    joined = _AGENCY_NAME_PHOTO_RE.match(paragraph.strip())
    if joined and looks_like_name(joined["name"]):
        return [Credit("摄", joined["name"])]
    agency = _AGENCY_PHOTO_RE.search(paragraph.strip())
    if agency:
        return [Credit("摄", agency["name"])]
    trailing = _TRAILING_PHOTOGRAPHER_RE.search(paragraph.strip())
    if trailing and looks_like_name(trailing["name"]):
        return [Credit("摄影", trailing["name"])]
    m = _CAPTION_CREDIT_RE.search(paragraph.strip())
    if not m:
        return None
    credit = m["credit"].replace(" /", "/").replace("/ ", "/")
    credit = re.sub(r"^(?:图片|图|照片)/", "", credit)  # (圖/記者蔡紹堅攝): 圖/ says photo
    # 新华社记者李鑫摄: the role, the name and 摄 run together, read as 新华社记者 李鑫 摄.
    # 中青报·中青网记者李峥苨/摄 too.
    # 天山网-新疆日报记者 邹懿摄: the name and 摄 run together after a space.
    glued = re.fullmatch(rf"(.{{0,16}}?(?:记者|摄影|通讯员))\s?({_NAME})/?摄", credit)
    if glued and looks_like_name(glued[2]):
        credit = f"{glued[1]} {glued[2]} 摄"
    return parse_credits(credit)


# 【環球時報-環球網報道 記者 王盼盼】外交部發言人…: an outlet's byline in brackets before the lead.
_BRACKET_BYLINE_RE = re.compile(
    rf"^[【\[](?P<outlet>[^】\]]{{0,30}}?)\s*"
    rf"(?P<credit>(?:{_WORD_ALT})\s*{_NAME}(?:[ 、]{_NAME})*)[】\]]"
)


def bracket_byline(paragraph: str) -> tuple[list[Credit], str] | None:
    """The credits of a bracketed byline that opens a paragraph, and the rest of it."""
    m = _BRACKET_BYLINE_RE.match(paragraph.strip())
    credits = parse_credits(m["credit"]) if m else None
    if not credits:
        return _agency_dateline(paragraph)
    return credits, paragraph.strip()[m.end() :].strip()


# (中央社記者李雅雯台北16日電): an agency's dateline in parentheses, the reporter's name run
# into the place. Read only where the run splits one way: a three-character name and a
# two-character place (李雅雯 台北), or two and two.
_AGENCY_DATELINE_RE = re.compile(
    rf"^\((?P<agency>[^()\s]{{2,8}}?)记者(?P<run>[{HAN}]{{4,5}})\d{{1,2}}日电\)"
)


def _agency_dateline(paragraph: str) -> tuple[list[Credit], str] | None:
    m = _AGENCY_DATELINE_RE.match(paragraph.strip())
    if not m:
        return None
    name = m["run"][: len(m["run"]) - 2]
    if not looks_like_name(name):
        return None
    return [Credit("记者", name)], paragraph.strip()[m.end() :].strip()


# 聯合報／ 特派記者陳政錄／北京報導: outlet, role and name, place, between slashes; the
# outlet may be left out (記者魏有德／綜合報導).
_SLASHED_BYLINE_RE = re.compile(
    rf"^(?:[^/\s]{{2,12}}\s*/\s*)?(?P<role>{_WORD_ALT})\s*(?P<name>{_NAME})\s*/\s*"
    rf"[{HAN}]{{2,8}}(?:报导|报道|电)$"
)


def slashed_byline(paragraph: str) -> list[Credit] | None:
    m = _SLASHED_BYLINE_RE.match(paragraph.strip())
    if m:
        return [Credit(m["role"], m["name"])]
    return _reported_by(paragraph)


# 陳詩雅 徐弋桓 報導 / 台北市: a television newsroom's byline, the reporters' names and the
# place, with no role word; they are its reporters.
_REPORTED_BY_RE = re.compile(
    rf"^(?P<names>{_NAME}(?:\s+{_NAME}){{0,3}})\s+(?:报导|报道)\s*/\s*[{HAN}]{{2,8}}$"
    # 生活中心/賴俊佑報導: the newsroom's desk, then the reporter
    rf"|^[{HAN}]{{2,6}}(?:中心|组|組)\s*/\s*(?P<names2>{_NAME}(?:\s+{_NAME}){{0,3}})\s*(?:报导|报道)$"
)


def _reported_by(paragraph: str) -> list[Credit] | None:
    m = _REPORTED_BY_RE.match(paragraph.strip())
    names = (m["names"] or m["names2"]).split() if m else []
    if not names or not all(looks_like_name(n) for n in names):
        return None
    return [Credit("记者", n) for n in names]


def dateline_credits(inner: str) -> list[Credit] | None:
    """Credits in the parentheses of a dateline (…讯(记者 蒋涛), …讯(潘珊菊)): a name alone
    there is the reporter's. (记者李嘉妮报道): the closing 报道 says she reports."""
    inner = re.sub(r"\s*(?:报道|报导|報導)$", "", inner)
    credits = parse_credits(inner)
    if credits is None and _NAME_RE.match(inner.strip()) and looks_like_name(inner.strip()):
        return [Credit("记者", inner.strip())]
    names = inner.split()
    if credits is None and 2 <= len(names) <= 3 and all(map(_bare_name, names)):
        return [Credit("记者", name) for name in names]  # 中新社北京11月5日电 (李百加 徐雪莹)
    return credits


def _bare_name(word: str) -> bool:
    return _NAME_RE.match(word) is not None and looks_like_name(word)


# A role the parser supplies (a dateline's bare name is the 记者) on a traditional page.
_TRADITIONAL_ROLES = {"记者": "記者", "摄": "攝", "摄影": "攝影", "编辑": "編輯"}


def printed_role(role: str, traditional: bool) -> str:
    return _TRADITIONAL_ROLES.get(role, role) if traditional else role
