"""Recognising people in context: "position + name" phrases, lists of them, their organisation.

Names are never looked up in a list of people. A name is what follows a job title
(主任, 局长, 巡视员, 发言人...) in an attribution or an enumeration, checked only for
looking like a Chinese personal name (a common surname and two to four characters) or a
transliterated one (with ·).

Organisation and position are split by one rule: the organisation is the longest leading
part of the first post (up to the first 、 or comma) that ends in a word for a body
(厅, 局, 署, 委员会, 人民政府, 办公室, 大学, 公司...); the position is everything after
it, later posts included. 山东省住房和城乡建设厅二级巡视员 gives 山东省住房和城乡建设厅 +
二级巡视员; 威海市住房和城乡建设局党组书记、局长,市精致城市建设办公室主任 gives
威海市住房和城乡建设局 + 党组书记、局长,市精致城市建设办公室主任. A post with no such
word (副市长) has no organisation, nor has a city's or a province's head printed with the
place in full (上海市市长, 广东省副省长: 市 and 省 are places, not bodies). An autonomous
region's head is split at the region: 广西壮族自治区副主席 gives 广西壮族自治区 + 副主席
(自治州, 自治县 and 特别行政区 alike).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import HAN

# Job titles that end a position and so mark where a name may start. Longest first in the
# pattern, so 副局长 wins over 局长 and 党组成员 over 成员.
TITLES = """
新闻发言人 发言人 负责人 主持人 召集人 联系人 创始人 带头人 传承人 责任人 合伙人
党组书记 党委书记 党工委书记 副书记 书记 常务副主任 副主任 主任委员 主任科员 主任医师 主任
常务副市长 副市长 市长 副省长 省长 副区长 区长 副县长 县长 副镇长 镇长 乡长 村长 州长 旗长
副局长 局长 副厅长 厅长 副部长 部长 副司长 司长 副处长 处长 副科长 科长 副署长 署长 副院长 院长
副校长 校长 副所长 所长 副站长 站长 副馆长 馆长 副社长 社长 副行长 行长 副会长 会长
副理事长 理事长 副秘书长 秘书长 董事长 副总经理 总经理 经理 副总裁 总裁 总监 首席执行官
总工程师 总经济师 总会计师 总规划师 总建筑师 工程师 规划师 建筑师 设计师 经济师 会计师 分析师
律师 医师 教师 讲师 教育长 首席经济学家 经济学家 学者
副主席 主席 常委 委员 党组成员 成员 一级巡视员 二级巡视员 巡视员 一级调研员 二级调研员 调研员
督察员 督学 专员 特派员 监察员 检察长 检察官 法官 庭长 审判员 政委 参事 顾问 助理 秘书 干事
主管 主编 总编辑 副教授 教授 副研究员 研究员 院士 博士 首席专家 专家 医生 护士长
队长 大队长 支队长 总队长 警官 警长 警监 警督 指挥长 指挥官 团长 司令员 参谋长
舰长 船长 园长 厂长 场长 组长
代表 大使 公使 总领事 领事 参赞 理事 监事长 监事 董事 网格员 讲解员 志愿者
候任行政长官 行政长官 长官 特首 总理 副总理 国务委员
""".split()

# Words for a body, longest first; the suffix of an organisation name.
ORG_SUFFIXES = """
人民代表大会常务委员会 管理委员会 委员会 常委会 管委会 人民政府 政府 办公室 办事处 办公厅
人民法院 人民检察院 法院 检察院 研究院 研究所 研究室 研究中心 研究会 设计院 规划院 大学 学院 学校
党校 医院 中心 集团 有限公司 公司 银行 协会 学会 联合会 商会 基金会 总会 出版社 报社 电视台
广播电台 融媒体中心 指挥部 领导小组 工作组 小组 海关 街道 社区 支队 大队 总队 会议
残联 侨联 妇联 文联 工商联 台企联 台联 科协 作协
厅 局 署 委 办 部 院 社 所 站 馆 队 处 科 司 台 会 室 人大 政协 团
""".split()

# A party committee inside a body belongs to the post, not the organisation: 社区党委书记.
_PARTY_BODIES = ("党委", "党工委", "党组", "党总支", "党支部")

SURNAMES = set(
    "王李张洪刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛"
    "郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰"
    "焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁"
    "蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂"
    "全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠"
    "荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹"
    "井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰"
    "赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝"
    "智幸奉植衡富尧闭由傅阎贝竺靖蹇禤韶赖萧续"
    # rarer surnames of officials met in the texts (怀进鹏, 寿小丽), and others of their kind
    "怀寿逄郦蔚钮贲酆禄訾缑仉郄闾习扶谯郗宓郇萨鄂弓蒯汝雒骞乜琚逢訚布操笪隗綦郏代咸骞"
)
COMPOUND_SURNAMES = (
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 "
    "令狐 宇文 司徒 夏侯 端木 独孤 南宫 西门 万俟 轩辕"
).split()

_TITLE_RE = re.compile("|".join(sorted(map(re.escape, TITLES), key=len, reverse=True)))
_HAN_RE = re.compile(f"[{HAN}]")
_DEPUTY_RE = re.compile(
    r"(?:全国|全國|自治区|自治區|[省市区县區縣])?人大代表|(?:全国|全國)?政[协協]委[员員]"
)
_INVITED_RE = re.compile(
    r"^(?:[^,。、]{0,16}?(?:邀请到|邀請到|请到了|請到了|请来了|請來了|邀请了|邀請了))?(?:了|还有|還有)?"
)
_NAME_RE = re.compile(f"^[{HAN}]{{2,4}}$")
_TRANSLIT_RE = re.compile(f"^[{HAN}]{{1,8}}(?:[·・•.][{HAN}]{{1,8}}){{1,3}}$")
_LATIN_NAME_RE = re.compile(r"^[A-Z][a-zA-Z'\-]+(?: [A-Z][a-zA-Z'.\-]*){1,3}$")
_HONORIFIC_RE = re.compile(r"(?:同志|先生|女士|博士|教授)$")
# Tibetan names are one or two of these given names (向巴平措, 白玛赤林, 色珠), no surname.
TIBETAN_NAMES = set(
    """平措 次仁 扎西 多吉 白玛 卓玛 格桑 尼玛 达瓦 次珠 洛桑 旺堆 央金 德吉 拉巴
    顿珠 罗布 索朗 普布 边巴 巴桑 桑珠 强巴 曲珍 旦增 贡嘎 嘎玛 阿旺 措姆 赤林
    向巴 色珠 益西 丹增 坚参 江村 琼达 拉珍 次旦 群培 仁青 多布 加措 桑布 朗杰
    才旦 斯塔 热地 列确 晋美 土登 洛珠 次央 旺姆 卓嘎 普琼 米玛 单增 多杰 才让
    扎巴 仁增 次成 格列 嘉措 坚赞 索南 旺久 普赤 达娃 洛追 次加 巴珠
    """.split()
)
SEPARATORS = "、,;"


@dataclass
class Person:
    name: str
    position: str | None  # the whole phrase before the name, organisation included


# Words for a record or its parts that a surname could start (纪要, 全文, 原标题, 通报):
# never a name, whatever stands before them (单位主管新闻说明会纪要:).
RECORD_WORDS = frozenset(
    "纪要 全文 原标题 原题 标题 简报 通报 通稿 概要 摘要 要点 "
    "文字实录 实录 速记 记录 全记录".split()
)


# Common words a surname could start that follow a body in prose (国务院方面, 政府全面):
# never a name after a post or an office.
# 对于…发言人来说: 来 is a surname, but 来说/来讲/来看 after a post are words, never a name.
COMMON_WORDS = frozenset(
    "方面 方向 方式 方法 方案 全体 全部 全面 全国 全市 全省 高度 时间 来说 来讲 来看 来自"
    " 高层 高官 高管 高票 高分 高速 高效 单位 单位参 单位的 单元 单独 单一 单项 全员 全程 全年"
    " 原创 原文 原标题 原题 原帖 原图 原声"
    # 发言人周四在新闻发布会上表示: a weekday after the post, no name (周一 and 周天 are
    # names as often as days, so they stay names)
    " 周二 周三 周四 周五 周六 周日 周末".split()
)


# 向媒体, 向记者: "to the media" after a post, and 都不, 把这: a surname's character before a
# word no given name holds. Phrases of a sentence, never a name.
_PHRASE_NOT_NAME_RE = re.compile(
    r"^向(?:媒|记者|社会|公众|大家|外界|市民|群众|全国|广大|中外|海内外|国内外|境内外|海外|世界|各界)"
    r"|^.[不的了是把被]"
)


def place_in_list(name: str, text: str) -> bool:
    """广东省长和深圳、珠海、汕头的市长: a "name" followed by more places and 的 is a place in
    a list of places before a post, no person."""
    return re.search(re.escape(name) + rf"、[{HAN}、]{{2,20}}的", text) is not None


def looks_like_name(text: str) -> bool:
    """Whether text could be a personal name on its own."""
    if "·" in text and _TRANSLIT_RE.match(text):
        return True  # 阿不都·热合曼: a transliterated name, whatever its characters
    if text in RECORD_WORDS or text in COMMON_WORDS or _PHRASE_NOT_NAME_RE.match(text):
        return False
    if _TRANSLIT_RE.match(text) or _LATIN_NAME_RE.match(text):
        return True
    if not _NAME_RE.match(text):
        return False
    if text in TIBETAN_NAMES or (
        len(text) == 4 and text[:2] in TIBETAN_NAMES and text[2:] in TIBETAN_NAMES
    ):
        return True
    if text[:2] in COMPOUND_SURNAMES:
        return len(text) >= 3
    if len(text) == 2 and text[1] == "总":
        return False  # 习总(书记), 王总: a surname and a boss's honorific, not a name
    return text[0] in SURNAMES and len(text) <= 3


def clean_name(text: str) -> str:
    text = text.strip(" ()[]【】")
    text = _HONORIFIC_RE.sub("", text) if len(text) > 3 else text
    # 王  强: two-character names are often padded to the width of three.
    if re.fullmatch(f"[{HAN}] +[{HAN}]", text):
        text = text.replace(" ", "")
    return text.strip()


def split_title_name(phrase: str, guess: bool = False) -> Person | None:
    """Read "position + name" (联合国人居署中国项目主任张振山) or "name(position)".

    Returns None when the phrase does not end in a name. With guess, a phrase with no
    known title may still end in a name of the usual length (only for places where a
    name is expected, such as the lead's list of speakers).
    """
    phrase = phrase.strip(" :")
    if not phrase:
        return None
    bracketed = re.fullmatch(r"(.+?)\s*[(](.+)[)]", phrase)
    if bracketed:
        name = clean_name(bracketed.group(1))
        if looks_like_name(name):
            return Person(name, bracketed.group(2).strip() or None)
        name = clean_name(bracketed.group(2))
        if looks_like_name(name):
            return Person(name, bracketed.group(1).strip() or None)
    ends = [m.end() for m in _TITLE_RE.finditer(phrase)]
    if ends:
        position, name = phrase[: ends[-1]], clean_name(phrase[ends[-1] :])
        if not name:
            return None
        if looks_like_name(name):
            return Person(name, position.strip() or None)
        # The title list missed the last post: fall back to the name's usual length.
        return _name_at_end(phrase)
    if looks_like_name(clean_name(phrase)):
        return Person(clean_name(phrase), None)
    if phrase.endswith(tuple(ORG_SUFFIXES)):
        return None  # 中共中央对外宣传办公室: an office in a list, not 公室 the person
    return _name_at_end(phrase) if guess else None


# Characters that end most job titles, for titles missing from TITLES (督导, 总师...).
_TITLE_END_CHARS = "长员任记师席理人官监表授问导委士督"


def _name_at_end(phrase: str) -> Person | None:
    """A name of the usual length after something that reads as a post."""
    phrase = phrase.rstrip()
    spaced = re.fullmatch(r"(.+?)\s+(\S+)", phrase)
    if spaced and looks_like_name(clean_name(spaced.group(2))):
        return Person(clean_name(spaced.group(2)), spaced.group(1).strip())
    for size in (3, 2):
        tail, head = phrase[-size:], phrase[:-size].strip()
        if not head or not looks_like_name(tail) or _TITLE_RE.search(tail):
            continue
        if any(m.start() < len(head) < m.end() for m in _TITLE_RE.finditer(phrase)):
            continue  # 有关行政长|官选举: a name never starts inside a title
        if head.endswith(tuple(ORG_SUFFIXES)) or head[-1] in _TITLE_END_CHARS:
            return Person(tail, head)
    return None


def ends_with_title(phrase: str) -> bool:
    phrase = phrase.rstrip(" :")
    return any(m.end() == len(phrase) for m in _TITLE_RE.finditer(phrase))


def title_at(text: str, at: int) -> str | None:
    """The post printed right at text[at:] (李克强总理: 总理 after the name)."""
    m = _TITLE_RE.match(text, at)
    return m.group(0) if m else None


def has_title(phrase: str) -> bool:
    return bool(_TITLE_RE.search(phrase))


def is_title(text: str) -> bool:
    """One post or honorific on its own: 副部长, 总工程师, 先生, 同志."""
    return bool(re.fullmatch(rf"(?:{_TITLE_RE.pattern}|先生|女士|同志)", text))


def split_list(text: str) -> list[tuple[str, str]]:
    """Cut at separators outside brackets and quotes; return (separator, piece) pairs."""
    pieces: list[tuple[str, str]] = []
    depth = 0
    start, sep = 0, ""
    for i, ch in enumerate(text):
        if ch in "([【《“「":
            depth += 1
        elif ch in ")]】》”」" and depth:
            depth -= 1
        elif ch in SEPARATORS and depth == 0:
            pieces.append((sep, text[start:i]))
            start, sep = i + 1, ch
    pieces.append((sep, text[start:]))
    return [(s, p.strip()) for s, p in pieces if p.strip()]


_AND_RE = re.compile(f"(?<=[{HAN}])(?:和|及|以及|与|同)(?=[{HAN}])")


def people_in_list(text: str) -> list[Person]:
    """Read an enumeration of people; a position may itself contain 、 and commas.

    A piece that ends in a title and not in a name (威海市住房和城乡建设局党组书记、局长)
    is carried over to the next piece with its separator, until a piece ends in a name.
    """
    text = re.sub(r"^(?:特别)?(?:邀请|请|由|特邀|是)", "", text.strip())
    text = re.sub(r"(?:等(?:同志|人)?|同志|一行)$", "", text.strip())
    # 厅长余向东携两位副厅长张振粤和张勇: those he brought with him are listed after him
    text = re.sub(rf"(?<=[{HAN}])[携攜](?:[一二两兩三四五六七八九十]位)?", "、", text)
    people: list[Person] = []
    carried = ""
    for sep, piece in split_list(text):
        for part in _split_and(piece):
            candidate = (carried + sep + part) if carried else part
            joined, sep = sep == "、" and not carried, ""
            person = split_title_name(candidate, guess=True)
            if person and (person.position or not carried):
                if joined and people:
                    person.position = same_body(people[-1].position, person.position)
                people.append(person)
                carried = ""
            elif (
                ends_with_title(candidate)
                or candidate.endswith(tuple(ORG_SUFFIXES))
                or (carried and not person)
            ):
                carried = candidate
            else:
                carried = ""
    return people


def same_body(previous: str | None, post: str | None) -> str | None:
    """副主任 listed right after 国务院新闻办公室主任赵启正、: a bare post of the same rank
    as the post before it is held in the same body (国务院新闻办公室副主任)."""
    if not previous or not post:
        return post
    organisation, bare = split_position(post)
    before, title = split_position(previous)
    if organisation or not bare or not before or not title:
        return post
    if re.sub(r"^(?:常务)?副", "", bare) != re.sub(r"^(?:常务)?副", "", title):
        return post
    return before + bare


def _split_and(piece: str) -> list[str]:
    """Split 市长张三和副市长李四 at 和 only where a name ends just before it."""
    parts = []
    start = 0
    for m in _AND_RE.finditer(piece):
        left = piece[start : m.start()]
        person = split_title_name(left)
        if person and person.position and left.endswith(person.name):
            parts.append(left)
            start = m.end()
    parts.append(piece[start:])
    return [p for p in parts if p]


def split_position(full: str | None) -> tuple[str | None, str | None]:
    """(organisation, position) from a whole position phrase; see the module docstring."""
    if not full:
        return None, None
    # 【本报讯】经济财政司司长: the paper's dateline tag before the post is no part of it.
    full = re.sub(r"^【[^】]{1,12}】", "", full).strip(" ,、")
    # 我们非常高兴邀请到贵州省委副书记、省长, 还有工业和信息化部…: the host's words before
    # the guest's post.
    full = _INVITED_RE.sub("", full).strip()  # 我们邀请了 市卫健委主任: the space after it
    if not full:
        return None, None
    if full.startswith("《"):
        # 《政府工作报告》起草组负责人、国务院研究室主任: a document's drafting group is no
        # body to cut at; the posts are kept whole.
        return None, full
    if full.endswith(tuple(ORG_SUFFIXES)) and not ends_with_title(full):
        parts = full.split("、")
        if len(parts) > 1 and all(p.endswith(tuple(ORG_SUFFIXES)) for p in parts):
            return None, full  # 榆林市委宣传部、市政府新闻办: two bodies, kept whole
        return full, None  # …新闻办公室张竞怡: an office, and no post
    # …副主席兼对外关系部部长: the organisation is the first post's; 兼 adds a second post.
    first = re.split(f"[{SEPARATORS}]|兼", full, maxsplit=1)[0]
    if _bodies_apart(full):
        return None, full  # 中央宣传部副部长、国务院新闻办公室主任: two bodies, kept whole
    if _DEPUTY_RE.fullmatch(first):
        # 全国人大代表、江苏省委副书记、省长: a deputy or member is not staff of the congress
        # or conference; the posts are kept whole (as r1071's and r1110's labels).
        return None, full
    if first != full and first.endswith(tuple(ORG_SUFFIXES)):
        listed = _offices_then_post(full)
        if listed:
            return listed
    # 立法會主席: the president of Hong Kong's or Macao's legislature, one post (as r436's
    # and r439's labels read it).
    if re.fullmatch(r"(?:立法會|立法会)副?主席", full):
        return None, full
    # 上海市市长, 广东省副省长: a city's or a province's head, its name printed in full.
    # 市, 省 and 县 are places, not words for a body, so the post is kept whole with no
    # organisation (the labelling conventions' rule, as r352's and r372's labels).
    if re.fullmatch(f"[{HAN}]{{1,6}}(市|省|县)副?\\1长", full):
        return None, full
    # 广西壮族自治区副主席, 延边朝鲜族自治州州长, 香港特别行政区行政长官: the same for an
    # autonomous region, prefecture or county and a special administrative region.
    region = _REGION_HEAD_RE.fullmatch(full)
    if region:
        return region[1], region[2]
    ministry = re.fullmatch(f"([{HAN}]{{2,4}}?)(?<![部副])部长", full)
    if ministry:
        return ministry[1] + "部", "部长"  # 外交部长: the minister of 外交部
    best = 0
    for i in range(3, len(first) - 1):
        head, rest = first[:i], first[i:]
        if not head.endswith(tuple(ORG_SUFFIXES)):
            continue
        if rest[0] in "长员士":  # 局长, 委员, 院士: the suffix belongs to the title
            continue
        if head.endswith("共青团"):
            continue  # 共青团中央书记: the league's central committee, not the league
        if len(rest) < 2 or not _HAN_RE.match(rest[0]):
            continue
        best = i
    if not best:
        return _offices_then_post(full) or (None, full)
    organisation, position = full[:best], full[best:]
    if _LOCAL_COMMITTEE_RE.fullmatch(organisation) and _COMMITTEE_POST_RE.match(position):
        # 哈尔滨市委副书记、市长, 蓝田县委书记, 自治区党委常委: a city's or county's party
        # committee (or one not named) and its secretary or member, one post kept whole, as
        # a city's head is (most labels read them so; a province's named committee is split)
        return None, full
    for party in _PARTY_BODIES:
        for office in ("", "机关"):  # 市委统战部机关党委书记: the body's own party committee
            trimmed = organisation[: -len(office + party)]
            if organisation.endswith(office + party) and trimmed.endswith(tuple(ORG_SUFFIXES)):
                organisation, position = trimmed, office + party + position
                break
        else:
            continue
        break
    if organisation.startswith(_THIS_MEETING) or _NUMBERED_SESSION_RE.search(organisation):
        if not organisation.startswith(_THIS_MEETING):
            return None, full  # 全国政协十四届二次会议副秘书长: a session's post, kept whole
        # 本次全国人大会议新闻发言人: the spokesman of this session, a meeting and no body.
        return None, position.strip() or None
    return organisation, position.strip() or None


_LOCAL_COMMITTEE_RE = re.compile(
    f"(?:中共)?[{HAN}]{{1,8}}(?:市|县|縣|区|區|旗)委|(?:省|市|县|縣|区|區)委|自治[区區](?:党|黨)委"
)
_COMMITTEE_POST_RE = re.compile(
    r"(?:常务副|常務副|副)?(?:书记|書記)|常委|委员|委員|副?(?:秘书长|秘書長)"
)


_THIS_MEETING = ("本次", "本届", "此次", "这次", "今年")
# 十四届二次会议, 十三屆三次會議, 十四届人大四次会议: a numbered session, a meeting and no body.
_NUMBERED_SESSION_RE = re.compile(
    r"[届屆](?:人大|政协|政協)?[一二三四五六七八九十\d]{0,3}次(?:全体)?(?:会议|會議)$"
)


_REGION_HEAD_RE = re.compile(
    f"([{HAN}]{{2,12}}(?:自治区|自治州|自治县|自治旗|特别行政区))"
    "(副?主席|副?州长|副?县长|副?旗长|行政长官)"
)


def _offices_then_post(full: str) -> tuple[str, str] | None:
    """中共中央对外宣传办公室、国务院新闻办公室主任: offices listed, then one post."""
    for i in range(len(full) - 2, 2, -1):
        if full[:i].endswith(tuple(ORG_SUFFIXES)) and is_title(full[i:]):
            listed = re.split(f"[{SEPARATORS}]", full[:i])
            if any(is_title(part) or part.endswith("常委") for part in listed):
                # 市委常委、秘书长,市政府常务副市长 and 四川省委常委、宣传部部长: posts
                # listed, not offices
                return None
            return full[:i], full[i:]
    return None


# 国家卫生健康委规划司: a unit printed with the body it belongs to.
_PARENT_OF_UNIT_RE = re.compile(
    r"^(.{2,20}?(?:委员会|委|部|署|总局|厅|办公室|办|院|政府))[^委部署厅办院]{2,8}(?:司|局|处|科)$"
)


def _bodies_apart(full: str) -> bool:
    """Posts of different bodies, each named (北京市委宣传部副部长、市政府新闻办主任): no one
    organisation is theirs. A later post of the first body (国防部新闻局局长、国防部新闻发言人)
    or a bare title (党组成员、副局长) keeps the first body."""
    parts = [p for p in re.split(f"[{SEPARATORS}]", full) if p]
    if len(parts) < 2 or "兼" in full:
        return False
    bodies = [_body_of(part) for part in parts]
    first = bodies[0]
    if not first:
        return False
    for body in bodies[1:]:
        if not body or first.startswith(body) or body.startswith(first):
            return False
        parent = _PARENT_OF_UNIT_RE.match(body)
        if parent and not (first.startswith(parent[1]) or parent[1].startswith(first)):
            continue  # 全国爱卫办副主任、国家卫生健康委规划司司长: the unit of another body
        unit = body.endswith(("司", "局", "处", "科", "研究室")) and not body.endswith("公司")
        # …新闻宣传处副处长、廊坊市商务局副局长: a city's bureau is a body of its own
        unit = unit and not re.match(f"[{HAN}]{{2,4}}[省市县区州](?!委)", body)
        if unit and not _NATIONAL_BODY_RE.match(body):
            # 海关总署新闻发言人、统计分析司司长: a unit of the first body (国家数据局 is not:
            # 国家发展改革委党组成员、国家数据局局长 names two)
            return False
        if body in ("办公厅", "办公室"):
            return False  # 农业部新闻发言人、办公厅主任: the first body's own office, unnamed
        if first.endswith(("省委", "市委", "党委")) and re.fullmatch(f"[{HAN}]{{2,3}}部", body):
            # 四川省委常委、宣传部部长: a province's or city's party committee and its own
            # department (a county's post is kept whole, as the labels have it)
            return False
        if first.endswith(
            ("组委", "组委会", "筹委会", "集团", "公司", "协会", "联合会")
        ) and re.fullmatch(f"[{HAN}]{{2,5}}部", body):
            return False  # 北京冬奥组委新闻发言人、新闻宣传部部长: the committee's own department
    return True


_NATIONAL_BODY_RE = re.compile(
    r"(?:国家|國家|中国|中國|中央|全国|全國|国务院|國務院|共青团|共青團)"
)


def _body_of(part: str) -> str | None:
    """The body a single post names before its title (市委新闻发言人: 市委)."""
    m = _TITLE_RE.search(part)
    while m and m.end() != len(part):
        m = _TITLE_RE.search(part, m.start() + 1)
    if not m or m.start() < 2:
        return None
    head = re.sub(r"\([^()]{1,12}\)$", "", part[: m.start()])  # 市委外宣办(市政府新闻办)主任
    if part.endswith(("调研员", "巡视员")):
        head = head.removesuffix("副")  # 宣传部副调研员: a rank, the body before it
    head = re.sub(r"(?:常务|专职|执行)$", "", head)  # 市委宣传部常务副部长: the body before it
    return head if head.endswith(tuple(ORG_SUFFIXES) + ("市委", "省委", "区委", "县委")) else None
