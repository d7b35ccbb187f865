"""Key figures: numbers with a unit, quoted in the release, each with a label.

What counts as a figure: an Arabic number followed by a unit or a measure word (40.6公里,
355个, 99.7%, 16.9万套, 20余部), a list of them after 分别, and a Chinese numeral only where
it counts something after a word such as 连续, 累计, 近 or 先后有 (连续六年 → 6 年,
近千家 → 1000 家, 先后有两个记者 → 2 个), says how long something lasted (过往三日,
上任四年来, 还有近两个小时, 入境前14日内), how many times it was done (两次被延时) or is a
round count with 多 or 余 (二百多张椅子); tenths as a percentage (约3成 → 30 %,
两成 → 20 %). What does not: dates and years (2018年, 5月30日), times, ordinals and
anniversaries (第一, 第四代, 70周年), spans of time after 近
(近三年), numbers inside quoted names or titles (“四部曲”, “十四五”, 《2030年可持续发展议程》;
a quoted sentence of speech is not a name, its figures count), codes (5G, PM2.5), and
Chinese numerals without such a word (六个精, 三年行动), sessions (三次会议). In English
briefings (english.py): percentages, money ($, US$, £, €; a bare $ is the dollar of the
country in the header), counts in millions or billions or with thousands separators, with
their noun (27 million working people → people), degrees, and years, months or days where
the text says how long (more than 25 years; not 25 years ago).

The label is the noun the figure counts: the noun after a measure word (29条瓶颈路 → 瓶颈路)
or else the phrase before the number, less leading verbs and adverbs (累计建成地下综合管廊
40.6公里 → 地下综合管廊) and trailing linking verbs (处置率达到99.7% → 处置率).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from .english import english_figures
from .result import Figure, figure_value, multipliers
from .text import HAN, LOOKBACK

UNITS = """
个百分点 百分点 平方公里 平方千米 平方米 立方米 千瓦时 标准箱
标箱 公里 千米 厘米 毫米 公顷 米 亩 批次 家次 件次 户次 车次
架次 千克 公斤 吨 克 千瓦 兆瓦 吉瓦 千伏 伏 美元 欧元 港元 港币 日元
英镑 元 人次 人份 人 名 位 户 个季度 个月 个 个工作日 工作日 座 条 处
部 套 项 件 辆 台 所 家 次 批 场 栋 幢 间 张 棵 株 只
头 艘 架 列 趟 种 类 片 块 本 册 份 篇 门 支 宗 笔 组
对 层 床 段 村 例 起 天 周 小时 分钟 秒 倍 周岁 岁 年 届
""".split()
# Measure words: the noun after them is what is counted.
MEASURE_WORDS = set(
    "个 座 条 处 部 套 项 件 辆 台 所 家 批 场 栋 幢 间 张 种 类 片 块 本 册 份 篇 门 支 宗 笔 组 "
    "对 层 只 头 艘 架 列 名 位 户 例 起 棵 株 床 段 村".split()
)
_MULTIPLIERS = multipliers({"万亿": 12, "千万": 7, "百万": 6, "亿": 8, "万": 4})
_UNIT_ALT = "|".join(sorted(map(re.escape, UNITS), key=len, reverse=True))
# Possessive quantifiers: a long run of digits must not be re-tried at every length.
# 2 532宗: a Hong Kong release's thousands set apart by a space, as by a comma.
_NUMBER = (
    r"(?<![\d.])(?:\d{1,3}(?:,\d{3})++(?:\.\d++)?|\d{1,3}(?: \d{3})++(?![\d.])|\d++(?:\.\d++)?)"
)
_FIGURE_RE = re.compile(
    rf"(?P<num>{_NUMBER})\s*(?P<approx>余|多)?(?P<mult>万亿|千万|百万|亿|万)?(?P<approx2>余|多)?"
    # 1000万吨/年, 537件/套, 26微克/立方米: a unit per another, printed with a slash
    rf"\s*(?:(?P<pct>%|‰)|(?P<unit>(?:{_UNIT_ALT})(?:/(?:{_UNIT_ALT}|年|月|日|天|小时))?))"
)
_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5}
_CN_DIGITS.update({"六": 6, "七": 7, "八": 8, "九": 9})
_CN_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10000}
_CN_FIGURE_RE = re.compile(
    rf"(?P<trigger>连续|累计|共计|总计|先后有|先后|已有|超过|逾|新增|将近|接近|近|约|超|上(?=[百千万]))"
    rf"(?P<cn>[一二两三四五六七八九十百千万]+)(?P<approx>余|多)?(?P<unit>{_UNIT_ALT})"
)
# After a word of approximation a count is a figure (近千家), a span of time is not (近三年).
_APPROX_TRIGGERS = {"将近", "接近", "近", "约", "超", "上", "逾", "超过"}
_PERIOD_UNITS = {"年", "个月", "天", "周", "小时", "分钟", "秒", "个工作日", "工作日"}
_CN = "一二两三四五六七八九十百千万"
_ANY_NUMERAL_RE = re.compile(rf"[\d{_CN}]")
# How long something lasted, in Chinese numerals: 过往三日, 上任四年来, 还有近两个小时.
# A span is a figure only where the text says it lasted (a word before it that measures
# time, or 来 after it); 近三年 and 三年行动 are periods and names, not durations.
_CN_SPAN_RE = re.compile(
    # 到重庆市访问三日: a visit and how long it lasts.
    rf"(?:(?P<before>(?:历时|历经|用时|长达|持续|再过|访问|出访|考察|停留|逗留)(?:了)?"
    rf"(?P<near>近|将近|接近|约|逾|超过)?|"
    rf"过去|过往|有近|有|大约|约|推迟|延迟|延后|提前|将近|接近|近|(?<=[{HAN}])了)|(?<![{_CN}第近每数几届月\d.]))"
    rf"(?P<cn>[{_CN}]+|(?<=前)\d{{1,3}}(?=日))(?P<approx>多|余)?"
    r"(?P<unit>个多小时|个多月|个小时|个钟头|个月|小时|分钟|句钟|年|天|日|周)"
    r"(?P<after>以来|来|之内|之间|内|左右)?(?![年月度代级])"
)
# Hours and their Cantonese word (兩句鐘): a span of hours after 约 or 近 is how long
# something lasted (约两小时, 近两句钟的记者会); 近三年 may be a period of the calendar.
_HOUR_UNITS = ("小时", "钟头", "句钟")
# How many times: 两次被延时, 曾两次转身. Not a session (三次会议, 二次全会) or an ordinal.
_CN_TIMES_RE = re.compile(
    rf"(?<![{_CN}第届每数几])(?P<cn>[{_CN}]+)次(?!会|全会|大会|代表|方|元|序|品|生|要|数)"
    rf"(?:被|都|也|又|先后)?(?P<verb>[{HAN}]{{2}})"
)
# A round count with 多 or 余 is a quantity, not a name: 二百多张椅子, 十余家企业.
_CN_ROUND_RE = re.compile(
    rf"(?<![{_CN}第数几每])(?P<cn>[一二两三四五六七八九]?[十百千万][{_CN}]*)(?P<approx>多|余)"
    rf"(?P<unit>{'|'.join(sorted(MEASURE_WORDS))})"
)
# A small count in Chinese numerals with a measure word that counts cases or events:
# 一宗源头不明, 两例, 六场主题会议. Only 宗 and 例 (cases) count one; 前两场 and ordinals
# are no counts. People (两位嘉宾, 十六位议员) are left out: at a press conference they are
# mostly those in the room, not what the release reports.
_CN_SMALL_COUNT_RE = re.compile(
    rf"(?<![{_CN}第数几每前后上下头])(?P<cn>[一二两三四五六七八九十]{{1,3}})"
    r"(?P<unit>宗|例|场)(?!数|次|面|合|所|景|地)"
)
# 延长一倍, 延长提问时间一倍, 增长两倍: a multiple in Chinese numerals after a verb of change.
_CN_MULTIPLE_RE = re.compile(
    rf"(?P<verb>增长|增加|提高|延长|扩大|翻了|翻|高出|多出)[{HAN}]{{0,6}}?(?P<cn>[{_CN}]{{1,3}})倍"
)
# Tenths: 约3成, 两成, 近八成 (recorded as a percentage). Not 成为, 成本, 一成不变.
_TENTHS_RE = re.compile(
    r"(?<![\d.一二两三四五六七八九十])(?P<num>\d(?:\.\d+)?|[一二两三四五六七八九]|十)成"
    r"(?![员本果功立交绩效熟长都片型套])"
)
_TENTHS_CONTEXT_RE = re.compile(
    r"(?:约|近|超|逾|占|达|到|有|为|了|的|将近|接近|超过|不到|不足|左右|以上)$"
)
_PERCENT_CN_RE = re.compile(r"百分之(?P<num>\d+(?:\.\d+)?|[零一二三四五六七八九十百点]+)")
_QUOTED_RE = re.compile(
    r"“[^”]{0,80}”|《[^》]{0,80}》|「[^」]{0,80}」|『[^』]{0,80}』|\"[^\"]{0,80}\""
)
_APPROX_BEFORE_RE = re.compile(r"(?:近|约|超过|超|逾|将近|接近|大约|多达|不足|不到)$")
# Where a label stops, going back from its number. Brackets are not boundaries: 农业(种植业)增加值.
_BOUNDARY = set(",、;:。!?《》【】[]\n")
_STRONG_BOUNDARY = set(',;:。!?“”"《》【】[]\n')
_LEAD_WORDS = sorted(
    """我国 新开通 优化调整 收集 征集 预计 涉及 累计 共计 总计
    合计 共 先后 已经 已 目前 截至目前 今年以来 其中 同时 并且
    并 还 一季度 二季度 三季度 四季度 上半年 下半年 前三季度
    同期 计划 安排 保障 供应 协调 统筹 储备 实施 将 力争 提出
    现有 我们 我市 我省 我区 我县 建成 建设 建立 改造 提升
    加装 打通 完成 实现 推动 推进 开展 解决 打造 投入 培育
    引进 改建 扩建 修建 栽植 种植 发放 帮助 带动 吸纳 安置
    组织 举办 接待 服务 惠及 覆盖 设立 设置 配备 招引 签约 开行
    落地 开工 竣工 投用 编制 制定 出台 印发 发布 公布 推出
    评选 认定 创建 培训 走访 排查 整治 处置 办理 受理 化解
    清理 拆除 整改 开通 开放 启动 布局 达成 取得 获得 入选
    吸引 释放 兑现 拨付 下达 争取 落实 形成 全市 全省 全区
    全县 全国 全年 今年 去年 本次 此次 了 的""".split(),
    key=len,
    reverse=True,
)
_TRAIL_WORDS = sorted(
    """不超过 不低于 不少于 原则上 达到 达 为 是 约 近 超过 超 逾 突破 累计 共计 共 总计 已达
    已 分别 有 占 保持在 保持 高达 多达 接近 约为 仅 只有 实现
    新增 稳定在 控制在 在 了 至 到 均 的 将 始终 每人每月
    每人每年 每人 每月 每年 每天 每户""".split(),
    key=len,
    reverse=True,
)
# Where the noun after a measure word ends: punctuation, a conjunction, or an adverb that
# starts the predicate (5个方面持续发力).
_AFTER_STOP_RE = re.compile(
    r"以及|及|和|等|的|认为|表示|希望|历经|经历|以上|以下|以内|左右|上下|[,、。;:“”(]|持续|不断|进一步|全面|积极|正在|同步|"
    r"共同|有效|全部|陆续|分别|先后|累计|加快|已|将|均|都|也|还|并|目前|\d|展映|设立|参与|参加|开展|"
    r"举办|举行|召开|组织(?!负责人|成员|机构|代表)|进行|实现|达到|完成|到场|出席|就座|参会|在|有何|有没有|有哪些|是否"
)
_LIST_SCOPE_RE = re.compile(
    r"^(?:我国|全市|全省|全国|全区|全县|全域|我市|我省|本市|本省|全年|今年)"
)
_LIST_MODIFIER_RE = re.compile(
    rf"^[{HAN}]{{1,8}}?(?:小区|社区|园区|城区|企业|行业|地区|农村|城镇|学校|医院)(?=[{HAN}]{{3,}})"
)


def cn_number(text: str) -> int | None:
    """六 → 6, 十二 → 12, 二十 → 20, 一百零五 → 105."""
    total, current = 0, 0
    for ch in text:
        if ch in _CN_DIGITS:
            current = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            total += (current or 1) * _CN_UNITS[ch]
            current = 0
        else:
            return None
    return total + current


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Names and slogans in quotation marks; a quoted sentence of speech is not one."""
    return [m.span() for m in _QUOTED_RE.finditer(text) if not re.search(r"[,。!?;]", m.group())]


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) lies inside one of the spans (sorted, not overlapping)."""
    k = bisect.bisect_right(spans, (start, 1 << 62)) - 1
    return k >= 0 and spans[k][0] <= start and end <= spans[k][1]


# Where a figure starts and ends in the text, and the figure.
_Found = tuple[int, int, Figure]


class _Taken:
    """Character ranges already read as figures, so that a second reading cannot overlap."""

    def __init__(self) -> None:
        self._spans: list[tuple[int, int]] = []

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect.bisect_left(self._spans, (end, end))
        return k > 0 and self._spans[k - 1][1] > start

    def add(self, start: int, end: int) -> None:
        bisect.insort(self._spans, (start, end))


# A verb followed by one of these is the start of a noun: 服务业, 覆盖率, 保障性住房.
_NOUN_SUFFIX = set("业者员方区点站厂所费率量额数性期面")


def _strip_words(text: str, words: list[str], leading: bool) -> str:
    index = _word_index(tuple(words), leading)
    changed = True
    while changed and text:
        changed = False
        for w in index.get(text[0] if leading else text[-1], ()):
            if leading:
                rest = text[len(w) :]
                if text.startswith(w) and len(rest) > 1 and rest[0] not in _NOUN_SUFFIX:
                    text, changed = rest, True
                    break
            elif text.endswith(w) and len(text) > len(w) + (len(w) == 1):
                text, changed = text[: -len(w)], True  # 平均 stays: 均 leaves no word
                break
    return text


@functools.cache
def _word_index(words: tuple[str, ...], leading: bool) -> dict[str, list[str]]:
    """Words by their first (or last) character, longest first."""
    index: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        index.setdefault(w[0] if leading else w[-1], []).append(w)
    return index


_NOT_BOUNDARY_RE = re.compile("[^" + re.escape("".join(sorted(_BOUNDARY))) + "]*")
_NOT_STRONG_BOUNDARY_RE = re.compile("[^" + re.escape("".join(sorted(_STRONG_BOUNDARY))) + "]*")


def _back_to(pattern: re.Pattern, text: str, start: int) -> int:
    """Where the run of characters matching pattern that ends at start begins (bounded)."""
    window = text[max(0, start - LOOKBACK) : start][::-1]
    return start - pattern.match(window).end()


def _clause_before(text: str, start: int) -> str:
    i = _back_to(_NOT_BOUNDARY_RE, text, start)
    # 电力、热力、燃气及水生产和供应业增长6.3%: a list of nouns with no number in it
    # belongs to the label.
    if i > 0 and text[i - 1] == "、":
        j = _back_to(_NOT_STRONG_BOUNDARY_RE, text, i - 1)
        if not re.search(r"\d", text[j:i]):
            i = j
    return text[i:start]


_LINK_RE = re.compile(r"(?:约为|达到|为|是)")
# 市级财政安排民生实事资金86.7亿元: who pays is not what the money is.
_PAYER_RE = re.compile(
    r"^(?:中央|省级|市级|区级|县级|各级)财政(?:累计|共|已|今年)?(?=安排|投入|拨付|下达|统筹|补助)"
)
# 崂山区今年将实施山体修复项目12个: the place doing it is not what is counted.
_PLACE_RE = re.compile(
    rf"^[{HAN}]{{1,6}}?[省市区县镇乡](?=今年|去年|将|已|共|累计|计划|新建|实施|完成|全年)"
)
_DATE_PREFIX_RE = re.compile(
    r"^(?:(?:19|20)\d\d年)?(?:\d{1,2}月份?)?(?:\d{1,2}日)?(?:以来|至今|底|末)?"
    # 今年前7个月中非贸易规模: the period reported on is no part of what is counted.
    r"(?:(?<=^)(?:今年|去年|本年)?(?:前\d{1,2}个月|上半年|下半年|前[一二三]季度|[一二三四]季度)"
    r"(?=[\u4e00-\u9fff]{2}))?"
)


def _label_before(text: str, start: int, percent: bool) -> str:
    clause = _unquoted(_clause_before(text, start).strip())
    # (记者 吴东)在北京冬奥会开幕倒计时24天: a bracket closed before the noun is no part of it
    clause = re.split(r"[)】\]]", clause)[-1] or clause
    trail = [w for w in _TRAIL_WORDS if not (percent and w in {"至", "到"})]
    clause = _strip_words(clause, trail, leading=False)
    if re.search(r"\d", clause) and len(clause) > 14:
        # 本届电影节共收到来自105个国家和地区的报名影片3964部: the noun after the last 的
        clause = re.split(r"的|\d[^\d]?", clause)[-1]
    clause = re.sub(r"连续[\d一二两三四五六七八九十]+年$", "", clause)
    # 中欧班列累计开行9000列: the verb after the subject is not part of its name.
    clause = re.sub(
        rf"(?<=[{HAN}]{{2}})(?:累计|共计|先后|已经?)[{HAN}]{{0,1}}[^\W\d量数额模值率]$", "", clause
    )
    clause = _strip_words(clause, trail, leading=False)
    # 计入标准为本人参保缴费基数的2%: the subject before the linking verb names the figure.
    links = list(_LINK_RE.finditer(clause))
    if links and links[-1].start() >= 2 and len(clause) - links[-1].end() <= 12:
        clause = clause[: links[-1].start()]
    clause = _PLACE_RE.sub("", _DATE_PREFIX_RE.sub("", clause))
    clause = _strip_words(clause, _LEAD_WORDS, leading=True)
    clause = _PAYER_RE.sub("", _DATE_PREFIX_RE.sub("", clause))
    clause = _strip_words(clause, _LEAD_WORDS, leading=True)
    # 承担了我国外贸进出口货量90%, 现在的水运口岸, 能够提供自驾游服务的边境口岸: a verb
    # with 了, a time word with 的 or a modal verb before the noun is not its name.
    bare = _LEADING_VERB_RE.sub("", clause)
    if bare != clause and len(bare) >= 2:
        clause = _strip_words(bare, _LEAD_WORDS, leading=True)
    if _LIST_SCOPE_RE.fullmatch(clause):
        return clause  # 全省8.7%的增速: the scope alone names the figure
    if clause in _TRAIL_WORDS or clause in _LEAD_WORDS:
        return ""
    label = _unquoted(clause[-24:].lstrip("、"))
    # 」50歲的…: a closing quotation mark alone before the number names nothing.
    return label if re.search(rf"[{HAN}\w]", label) else ""


_LEADING_VERB_RE = re.compile(
    rf"^(?:[{HAN}]{{1,2}}了(?=[{HAN}]{{2}})|(?:现在|当前|如今|眼下)的?|(?:能够|可以)[{HAN}]{{2}}(?=[{HAN}]{{3}}))"
)


def _unquoted(clause: str) -> str:
    """“全省生产总值3799.1亿元: an opening quotation mark is no part of the label."""
    for opening, closing in ("“”", "‘’", "「」", "『』"):
        if clause.startswith(opening) and closing not in clause:
            return clause[1:]
    return clause


def _label_after(text: str, end: int) -> str:
    rest = text[end : end + 24]
    rest = re.sub(r"^(?:以来|来)(?=[\u4e00-\u9fff])(?!自)", "", rest)  # 近30年来两岸交流…
    origin = re.match(
        rf"来自[^,。;]{{1,20}}?的([{HAN}]{{2,6}}?)(?=[,。;、]|将|会|在|也|都|$)", rest
    )
    if origin:
        return origin[1]  # 1200多位来自世界各国、各地区的嘉宾: who they are, not where from
    if re.match(r"以上|以下|以内|左右|上下|及|和|等|的|[^\w]", rest):
        return ""  # 150亿元以上: no noun follows
    m = _AFTER_STOP_RE.search(rest, 1)
    noun = rest[: m.start()] if m else rest
    if not noun or not re.match(f"[{HAN}]", noun) or re.match("为|是|用于|来自", noun):
        return ""  # 1518部为全球首映: a predicate follows, not a noun
    if not noun.endswith(("高中", "初中")):
        noun = re.sub(rf"(?<=[{HAN}]{{2}})(?:当中|之中|中)$", "", noun)  # 在其220个成员公司中
    return noun[:16]


def figures_in(
    text: str,
    segment: int | None = None,
    english: bool = False,
    limit: int = 1000,
    dollar: str = "USD",
) -> list[Figure]:
    """The figures quoted in one paragraph, in order; the first `limit` at most. A bare $
    is the dollar of the issuing country (english.dollar_of)."""
    if english:
        return english_figures(text, segment, limit, dollar)
    if not _ANY_NUMERAL_RE.search(text):
        return []  # every rule below starts from a digit or a Chinese numeral
    quoted = _quoted_spans(text)
    found: list[_Found] = []
    taken = _Taken()
    for rule in _RULES:
        for m in rule.pattern.finditer(text):
            if len(found) >= limit:
                break
            if rule.exclusive and taken.overlaps(m.start(), m.end()):
                continue
            item = rule.read(text, m, quoted, segment)
            if item and _weekday(text, item[0]):
                continue  # 每周五例行举办: 周五 is a weekday, 五例 no count
            if item:
                found.append(item)
                taken.add(item[0], item[1])
    found.sort(key=lambda item: item[0])
    _label_lists(text, found)
    _label_changes(text, found)
    _label_from_to(text, found)
    # 两次亲临视察, 中国这十年: how often, and the decade a campaign is named for, in Chinese
    # numerals are talk, not figures an editor keeps (no real text's reader counted one).
    return [f for _, _, f in found if not _CN_HOW_OFTEN_RE.fullmatch(f.text)]


_CN_HOW_OFTEN_RE = re.compile(r"[一二两三四五六七八九十]{1,3}次|十年")


def _weekday(text: str, start: int) -> bool:
    """A Chinese numeral that names a day of the week (每周五例行举办, 星期三上午): after 周
    or 星期, and before what is done that day, not a measure word (每周三场 counts)."""
    return (
        text[start : start + 1] in "一二三四五六日天"
        and text[max(0, start - 2) : start].endswith(("周", "週", "星期", "礼拜", "禮拜"))
        and re.match(r"[,。;、]|例行|上午|下午|晚上|举行|召开|举办", text[start + 1 : start + 3])
        is not None
    )


# 小组讨论由10次减为6次: both figures count what comes before 由.
_FROM_TO_RE = re.compile(
    r"由(?P<a>[^,。;由]{1,12}?)(?:减少|减|压减|缩减|下降|降低|降|增加|增长|增|提高|上升|扩大)"
    r"(?:为|至|到)(?P<b>[^,。;]{1,12})"
)


def _label_from_to(text: str, found: list[tuple[int, int, Figure]]) -> None:
    if "由" not in text:
        return
    for m in _FROM_TO_RE.finditer(text):
        pair = [f for start, _, f in found if start in (m.start("a"), m.start("b"))]
        if len(pair) != 2:
            continue
        subject = _clause_before(text, m.start()).strip()
        subject = re.sub(r"(?:则|也|都|均|分别|已经|已)$", "", subject).rsplit("的", 1)[-1]
        subject = _strip_words(subject, _LEAD_WORDS, leading=True)
        if 2 <= len(subject) <= 16:
            for figure in pair:
                figure.label = subject


def _cn_count_figure(text: str, m: re.Match, quoted: list, segment: int | None) -> _Found | None:
    """连续六年 → 6 年, 近千家 → 1000 家: a Chinese numeral after a word that counts."""
    value = cn_number(m.group("cn"))
    if not value or value < 2 or _inside(quoted, m.start(), m.end()):
        return None
    if m.group("trigger") in _APPROX_TRIGGERS and m.group("unit") in _PERIOD_UNITS:
        return None
    if m.group("unit") == "个" and text[m.end() : m.end() + 2] in {"小时", "钟头"}:
        return None  # 近两个小时: a span, read below
    if m.group("trigger").endswith("有") and m.group("unit") not in MEASURE_WORDS:
        return None  # 先后有两个记者 counts reporters; 已有两年 is a span, read below
    start = m.start() if m.group("trigger") == "连续" else m.start("cn")
    label = _count_label(text, m.start(), m.end(), m.group("unit"))
    figure = Figure(
        text=text[start : m.end()],
        value=value,
        unit=m.group("unit"),
        label=label,
        segment=segment,
        approximate=bool(m.group("approx")) or m.group("trigger") in _APPROX_TRIGGERS,
    )
    return start, m.end(), figure


def _span_figure(text: str, m: re.Match, quoted: list, segment: int | None) -> _Found | None:
    """过往三日 → 3 日, 上任四年来 → 4 年, 还有近两个小时 → 2 小时."""
    raw = m.group("cn")
    value = int(raw) if raw.isdigit() else cn_number(raw)
    before, after = m.group("before"), m.group("after")
    # 运作了一个月, 工作了三年: a span right after a verb and 了 is how long it went on, one
    # month included; elsewhere a span of one (一年来) is talk, not a figure.
    perfect = before == "了" and text[m.start() - 1 : m.start()] not in set("为成到")
    if before == "了" and not perfect:
        return None
    if not value or (value < 2 and not perfect) or not (before or after):
        return None
    if _inside(quoted, m.start(), m.end()):
        return None
    if before == "有" and not after:
        return None  # 有三年: a bare 有 says nothing about how long
    hours = m.group("unit").endswith(_HOUR_UNITS)
    if before in {"约", "大约"} and not after and not hours:
        return None  # 约两小时 lasted; 约三年 may be a period
    if before in {"近", "将近", "接近"} and not hours:
        return None  # 近两句钟的记者会 lasted; 近三年(来) is a period
    if not before and text[m.start() - 1 : m.start()] in _CALENDAR and after not in _WITHIN:
        return None  # 前三年, 这两年: a period of the calendar; 入境前14日内 is a span
    start, end = m.start("cn"), m.end("unit")
    unit = m.group("unit").replace("多", "")  # 两个多月: about two months
    unit = unit.removeprefix("个") if unit != "个月" else "个月"
    unit = "小时" if unit == "钟头" else unit
    label = _span_label(text, start)
    described = re.match(f"的([{HAN}]{{2,5}}?)(?:上|中|里|内|期间)?(?=[^{HAN}]|$)", text[end:])
    if not label and described:
        label = described[1]  # 近两句钟的记者会上: what lasted follows the span
    approximate = (
        bool(m.group("approx"))
        or bool(m.group("near"))
        or before in {"有近", "约", "大约", "近", "将近", "接近"}
        or "多" in m.group("unit")
    )
    figure = Figure(text[start:end], value, unit, label, segment, approximate)
    return start, end, figure


_CALENDAR = set("前后上这今")
_WITHIN = {"内", "之内"}
# Words between a span's subject and its number: 距开场还有近两个小时.
_SPAN_TRAIL_RE = re.compile(r"(?:还有|有|了|近|约|在|的|是|长达|达)+$")


def _span_label(text: str, start: int) -> str:
    """What lasted: the few characters before the span (上任四年来 → 上任, 距开场还有近…
    → 距开场), not the whole clause."""
    clause = _clause_before(text, start).strip().lstrip('“"')
    clause = _SPAN_TRAIL_RE.sub("", clause)
    clause = re.sub(r"^在", "", clause)
    clause = re.sub(rf"^(?:整个|整场|这场|这次|本次|此次|全场)(?=[{HAN}]{{2}})", "", clause)
    if len(clause) > 4 and clause.endswith(("前", "后")):
        return clause[-3:]  # 入境前14日内
    return clause if len(clause) <= 4 else clause[-2:]


def _small_count_figure(text: str, m: re.Match, quoted: list, segment: int | None) -> _Found | None:
    """一宗 → 1 宗 (源头不明), 六场主题会议 → 6 场 (主题会议)."""
    value = cn_number(m.group("cn"))
    unit = m.group("unit")
    if not value or (value < 2 and unit not in {"宗", "例"}) or _inside(quoted, m.start(), m.end()):
        return None
    # 三场的重要会议: what is counted comes after a 的 too.
    label = _label_after(text, m.end() + (text[m.end() : m.end() + 1] == "的"))
    label = label or _count_label(text, m.start(), m.end(), unit)
    return m.start(), m.end(), Figure(m.group(0), value, unit, label, segment)


def _multiple_figure(text: str, m: re.Match, quoted: list, segment: int | None) -> _Found | None:
    """延长一倍 → 1 倍 (延长…)."""
    value = cn_number(m.group("cn"))
    if not value or _inside(quoted, m.start(), m.end()):
        return None
    start = m.start("cn")
    label = _count_label(text, start, m.end(), "倍")
    return start, m.end(), Figure(text[start : m.end()], value, "倍", label, segment)


def _times_figure(text: str, m: re.Match, quoted: list, segment: int | None) -> _Found | None:
    """两次被延时 → 2 次 (延时): how many times something was done."""
    value = cn_number(m.group("cn"))
    if not value or value < 2 or _inside(quoted, m.start(), m.end()):
        return None
    end = m.start("cn") + len(m.group("cn")) + 1
    figure = Figure(text[m.start() : end], value, "次", m.group("verb"), segment)
    return m.start(), end, figure


def _round_figure(text: str, m: re.Match, quoted: list, segment: int | None) -> _Found | None:
    """二百多张椅子 → 200 张 (椅子), approximate."""
    value = cn_number(m.group("cn"))
    if not value or value < 10 or _inside(quoted, m.start(), m.end()):
        return None
    label = _count_label(text, m.start(), m.end(), m.group("unit"))
    figure = Figure(m.group(0), value, m.group("unit"), label, segment, True)
    return m.start(), m.end(), figure


def _percent_figure(text: str, m: re.Match, quoted: list, segment: int | None) -> _Found | None:
    """百分之五十 → 50 %."""
    raw = m.group("num")
    value = Decimal(raw) if raw[0].isdigit() else cn_number(raw.split("点")[0])
    if value is None or _inside(quoted, m.start(), m.end()):
        return None
    label = _label_before(text, m.start(), percent=True)
    return m.start(), m.end(), Figure(m.group(0), figure_value(Decimal(value)), "%", label, segment)


def _tenths_figure(text: str, m: re.Match, quoted: list, segment: int | None) -> _Found | None:
    """省外游客占比约3成 → 30 %; a Chinese numeral only after 约, 占, 达…: 两成 of what."""
    raw = m.group("num")
    before = text[max(0, m.start() - 4) : m.start()]
    if _inside(quoted, m.start(), m.end()):
        return None
    if not raw[0].isdigit() and not _TENTHS_CONTEXT_RE.search(before):
        return None
    tenths = Decimal(raw) if raw[0].isdigit() else Decimal(cn_number(raw) or 0)
    if not 0 < tenths <= 10:
        return None
    approximate = bool(_APPROX_BEFORE_RE.search(text[max(0, m.start() - 3) : m.start()]))
    label = _label_before(text, m.start(), percent=True)
    return (
        m.start(),
        m.end(),
        Figure(m.group(0), figure_value(tenths * 10), "%", label, segment, approximate),
    )


_CHANGE_RE = re.compile(
    r"^(?:比上年\S{0,6}?|(?:比|较)(?:上年|去年|上月|(?:19|20)\d\d年)?(?:同期|全年|年底|年末)?)?"
    r"(?P<change>(?:同比|环比)?"
    r"(?:增长|下降|提高|降低|增加|减少|回落|上涨|上升|下滑|增速)|占比|比重|占[^,。]{2,12})$"
)


def _label_changes(text: str, found: list[tuple[int, int, Figure]]) -> None:
    """国内生产总值296299亿元,同比增长5.3%: the change is of the figure before it.

    Figures that nothing names take the label of the one before them in the sentence.
    """
    base, last_end = "", 0
    for start, end, figure in found:
        if re.search(r"[。;!?]", text[last_end:start]):
            base = ""
        # 投资166亿元,连续五年保持在150亿元以上: nothing before them names these two.
        # 连续51日无输入关联病例 names what went on after it.
        unnamed = (
            figure.text.startswith("连续")
            and figure.unit != "日"
            and not _label_before(text, start, False)
        )
        if base and (not figure.label or unnamed):
            figure.label = base
        m = _CHANGE_RE.match(figure.label)
        if m and base:
            figure.label = base + m.group("change")
        elif not m and figure.label:
            base = figure.label
        last_end = end


def _arabic_figure(text: str, m: re.Match, quoted: list, segment: int | None) -> _Found | None:
    """40.6公里, 99.7%, 16.9万套: an Arabic number and its unit."""
    start, end = m.start(), m.end()
    num = m.group("num").replace(",", "").replace(" ", "")
    unit = "%" if m.group("pct") else m.group("unit")
    if m.group("pct") == "‰":
        unit = "‰"
    if _no_count(text, start, end, quoted, unit):
        return None
    hours = re.match(r"(多)?(?:小时|钟头)", text[end : end + 3]) if unit == "个" else None
    if hours:  # 2个小时, 1个多小时: hours
        end, unit = end + len(hours.group(0)), "小时"
    try:
        value = Decimal(num)
    except InvalidOperation:
        return None
    mult = m.group("mult")
    if mult:
        value *= _MULTIPLIERS[mult]
    if unit in {"天", "年", "个月", "小时"} and text[end : end + 1] == "半" and not mult:
        value, end = value + Decimal("0.5"), end + 1  # 会期缩短了4天半: four and a half days
    approximate = bool(m.group("approx") or m.group("approx2") or (hours and hours.group(1)))
    approximate = approximate or bool(_APPROX_BEFORE_RE.search(text[max(0, start - 3) : start]))
    text_start = start
    if text[max(0, start - 2) : start] == "连续":
        text_start = start - 2
    label = _arabic_label(text, text_start, end, unit)
    return (
        start,
        end,
        Figure(
            text=text[text_start:end],
            value=figure_value(value),
            unit=unit,
            label=label,
            segment=segment,
            approximate=approximate,
        ),
    )


def _no_count(text: str, start: int, end: int, quoted: list, unit: str) -> bool:
    """Whether the number at text[start:end] with this unit is no figure: part of a longer
    number or an ordinal, a clock time, a year, an anniversary, a period of the calendar."""
    before = text[max(0, start - 2) : start]
    after = text[end : end + 2]
    if before.endswith("第") or (before[-1:].isascii() and before[-1:].isalnum()):
        return True
    if before.endswith(".") or _inside(quoted, start, end):
        return True
    if before.endswith((":", ":")) and before[:1].isdigit():
        return True  # 19:09 台湾: a clock time, then a word
    if unit == "年":
        # Years (2018年) are dates; a number of years counts only in a duration.
        lead = text[max(0, start - 4) : start]
        if not (
            re.search(r"(?:连续|近|历时|用时|超过|已经|已|过去)$", lead)
            or after[:1] in "来间内"
            # 2200年建城史, 五千年的历史, 建城2200年以来: how old, not a date (2003年以来 is one)
            or re.match(r"的?(?:建城|建县|建市|建校|建院)?(?:历史|史)", text[end : end + 6])
            or (after == "以来" and re.search(r"(?:建城|建县|建市|建校|建院|成立)$", lead))
            # 音乐节我们签了10年: how long, after a verb's 了 (a year has four digits)
            or (lead.endswith("了") and end - start <= 3)
        ):
            return True
    if unit == "届" and (end - start > 4 or before.endswith("本")):
        return True  # 2023届毕业生: a class's year, not how many editions
    if unit in {"位", "名"} and before.endswith("前") and re.match(r"[。,,;;、)」”]|$", after):
        return True  # 进入全国外贸百强城市前50位。: a rank, not a count
    if unit == "个" and after[:1] == "月":  # handled as 个月 by the longer unit
        return True
    if unit == "周" and after[:1] == "年":  # 建交70周年: an anniversary, an ordinal
        return True
    # 前4个月 is a period of the calendar
    return unit in {"个月", "年", "天", "周"} and before.endswith(("前", "后", "上", "这"))


def _arabic_label(text: str, text_start: int, end: int, unit: str) -> str:
    """What an Arabic figure counts: the noun after a measure word, or what it measures."""
    if unit in MEASURE_WORDS:
        label = _label_after(text, end) or _label_before(text, text_start, percent=False)
        # 12座过街天桥项目: the measure word counts bridges, not projects.
        if len(label) > 4:
            pattern = r"(?:工程|建设)$" if unit in {"个", "项"} else r"(?:项目|工程|建设)$"
            label = re.sub(pattern, "", label)
        return label
    return _count_label(text, text_start, end, unit)


# 带动超过5万亿元的投资需求: after these verbs the noun comes after the figure.
_VERB_END_RE = re.compile(r"(?:带动|拉动|撬动|吸引|吸纳|产生|形成)$")


def _count_label(text: str, start: int, end: int, unit: str) -> str:
    if unit in MEASURE_WORDS:
        label = _label_after(text, end)
        if label:
            return label
    percent = unit in {"%", "‰", "个百分点", "百分点"}
    label = _label_before(text, start, percent)
    if _VERB_END_RE.search(_clause_before(text, start).rstrip("超过近约逾")):
        after = _label_after(text, end + (text[end : end + 1] == "的"))
        label = after or label
    if not label:
        after = _label_after(text, end)
        label = _strip_words(after, _LEAD_WORDS, leading=True) if after else ""
    return label


def _label_lists(text: str, found: list[tuple[int, int, Figure]]) -> None:
    """物业覆盖率、业委会覆盖率、物业缴费率、业主满意率,分别达到100%、99%、88%和92%."""
    i = 0
    previous: list[str] = []
    while i < len(found):
        j = i
        while j + 1 < len(found) and re.fullmatch(
            r"\s*(?:、|,|和|及|与|以及)\s*", text[found[j][1] : found[j + 1][0]]
        ):
            j += 1
        if j > i:
            before = previous or _sentence_labels(text, found, i)
            previous = _label_one_list(text, found[i : j + 1], before) or previous
        i = j + 1


def _sentence_labels(text: str, found: list[tuple[int, int, Figure]], i: int) -> list[str]:
    """Labels of the few figures before found[i] in its sentence: 开行9000列,发送货物87.5万标箱,
    同比分别增长…"""
    labels: list[str] = []
    start = found[i][0]
    for s, _, figure in reversed(found[max(0, i - 8) : i]):
        if re.search(r"[。;!?]", text[s:start]) or not figure.label:
            break
        labels.insert(0, figure.label)
    return labels


_RESPECTIVELY_RE = re.compile(
    r"(?P<pre>同比|环比)?分别(?P<change>(?:同比|环比)?(?:增长|下降|提高|降低))?"
    r"(?:达到|达|为|是|占|约)?\s*$"
)


_CHANGE_TAIL_RE = re.compile(r"(?:同比|环比)?(?:增长|下降|提高|降低)$")


def _label_one_list(
    text: str, items: list[tuple[int, int, Figure]], previous: list[str]
) -> list[str] | None:
    start = items[0][0]
    before = text[max(0, start - 12) : start]
    m = _RESPECTIVELY_RE.search(before)
    if not m:
        return None
    head_end = start - len(before) + m.start()
    head = text[max(0, head_end - LOOKBACK) : head_end]
    head = re.split(r"[。;!?]", head)[-1].rstrip(" ,")
    head = re.split(r"[,:]", head)[-1]
    names = [n.strip() for n in re.split(r"、|和|及|以及|与", head) if n.strip()]
    if re.search(r"\d", head):  # the clause before holds figures, not names
        names = []
    change = (m.group("pre") or "") + (m.group("change") or "") if m.group("change") else ""
    if len(names) < len(items):
        # 产量和销量分别达到…,分别同比增长30.3%和32.1%: the same things, changed.
        previous = previous[-len(items) :]
        if len(previous) == len(items) and change:
            names = [_CHANGE_TAIL_RE.sub("", name) + change for name in previous]
            for (_, _, figure), name in zip(items, names, strict=True):
                figure.label = name
        return None
    names = names[-len(items) :]
    names[0] = _strip_words(_LIST_SCOPE_RE.sub("", names[0]), _LEAD_WORDS, leading=True)
    longest_other = max(len(n) for n in names[1:])
    if len(names[0]) > longest_other:
        names[0] = _LIST_MODIFIER_RE.sub("", names[0])
    # 新能源汽车产量和销量: a short item shares the first one's head noun.
    for k in range(1, len(names)):
        if len(names[k]) <= 2 and len(names[0]) > len(names[k]) + 1:
            names[k] = names[0][: -len(names[k])] + names[k]
    for (_, _, figure), name in zip(items, names, strict=True):
        figure.label = name + change
    return names


@dataclass(frozen=True)
class _Rule:
    pattern: re.Pattern
    read: Callable[[str, re.Match, list, int | None], _Found | None]
    # Skipped where an earlier rule already read a figure (the same 三成 read twice).
    exclusive: bool = True


# In this order: a later rule does not read inside a figure an exclusive one has read.
# 连续40日无新增病例: days in a row (日 counts only here; alone it is a date's day).
_DAYS_IN_A_ROW_RE = re.compile(rf"连续(?P<num>\d{{1,4}}|[{_CN}]{{1,4}})日(?![期报本元])")


def _days_in_a_row_figure(
    text: str, m: re.Match, quoted: list, segment: int | None
) -> _Found | None:
    """连续40日 → 40 日 (无新增输入性病例)."""
    raw = m.group("num")
    value = int(raw) if raw.isdigit() else cn_number(raw)
    if not value or value < 2 or _inside(quoted, m.start(), m.end()):
        return None
    label = _label_after(text, m.end()) or _label_before(text, m.start(), percent=False)
    return m.start(), m.end(), Figure(m.group(0), value, "日", label, segment)


# 四百七十二位运动员, 四百多人: a compound Chinese numeral over a hundred before a measure
# word or 人 counts (an ordinal has 第, a name no measure word).
_CN_HUNDREDS_RE = re.compile(
    rf"(?<![{_CN}第数几每])(?P<cn>[一二两三四五六七八九][百千万][{_CN}]*?)(?P<approx>多|余)?"
    rf"(?P<unit>人次|人|{'|'.join(sorted(MEASURE_WORDS))})"
)


def _hundreds_figure(text: str, m: re.Match, quoted: list, segment: int | None) -> _Found | None:
    value = cn_number(m.group("cn"))
    if not value or value < 100 or _inside(quoted, m.start(), m.end()):
        return None
    label = _count_label(text, m.start(), m.end(), m.group("unit"))
    figure = Figure(m.group(0), value, m.group("unit"), label, segment, bool(m.group("approx")))
    return m.start(), m.end(), figure


# 18万公务员: ten thousands before the noun they count, with no measure word between;
# 旅游接待总人次首次突破1亿,: or at the end of a clause, what is counted named before.
_BARE_MYRIADS_RE = re.compile(
    rf"(?<![\d.,第])(?P<num>\d{{1,4}}(?:\.\d{{1,2}})?)(?P<mult>万|亿)"
    rf"(?:(?=[{HAN}]{{2}})|(?P<end>(?=[,,。;;!?]|$)))(?![多余])"
)


def _bare_myriads_figure(
    text: str, m: re.Match, quoted: list, segment: int | None
) -> _Found | None:
    if m.group("end") is not None:
        label = _label_before(text, m.start(), False)
    else:
        label = _label_after(text, m.end())
    if not label or _inside(quoted, m.start(), m.end()):
        return None
    value = Decimal(m.group("num")) * _MULTIPLIERS[m.group("mult")]
    figure = Figure(m.group(0), figure_value(value), "", label, segment)
    return m.start(), m.end(), figure


_RULES = (
    _Rule(_DAYS_IN_A_ROW_RE, _days_in_a_row_figure),
    _Rule(_FIGURE_RE, _arabic_figure),
    _Rule(_BARE_MYRIADS_RE, _bare_myriads_figure),
    _Rule(_CN_FIGURE_RE, _cn_count_figure),
    _Rule(_TENTHS_RE, _tenths_figure),
    _Rule(_CN_SPAN_RE, _span_figure),
    _Rule(_CN_TIMES_RE, _times_figure),
    _Rule(_CN_ROUND_RE, _round_figure),
    _Rule(_CN_HUNDREDS_RE, _hundreds_figure),
    _Rule(_CN_SMALL_COUNT_RE, _small_count_figure),
    _Rule(_CN_MULTIPLE_RE, _multiple_figure),
    _Rule(_PERCENT_CN_RE, _percent_figure, exclusive=False),
)
