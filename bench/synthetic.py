"""Realistic synthetic press releases for load tests; plain Python, no Django.

Everything is drawn from a seeded random generator, so the same seed gives the same
archive. Speakers and organisations come from fixed pools and recur across releases,
as they do in a real archive; text is assembled from phrase banks in the register of a
municipal press conference.
"""

import datetime
import random
from dataclasses import dataclass, field
from decimal import Decimal

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡"
    "余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯"
    "龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏建文辉力晶婷波宁云峰斌"
    "瑞林昌振山倩栋博然钰凯鑫宇浩轩子涵欣怡佳琪梓晨俊颖"
)
CITIES = """
威海 环翠区 文登区 荣成市 乳山市 经济技术开发区 火炬高技术产业开发区 临港经济技术开发区
""".split()
ORGANISATIONS = """
市住房和城乡建设局 市发展和改革委员会 市教育局 市科学技术局 市工业和信息化局 市公安局
市民政局 市司法局 市财政局 市人力资源和社会保障局 市自然资源和规划局 市生态环境局
市交通运输局 市水务局 市农业农村局 市海洋发展局 市商务局 市文化和旅游局 市卫生健康委员会
市退役军人事务局 市应急管理局 市审计局 市市场监督管理局 市体育局 市统计局 市医疗保障局
市城市管理局 市大数据中心 市行政审批服务局 市地方金融监督管理局 市人民政府 市政府新闻办公室
市总工会 团市委 市妇联 市残联 市税务局 国网威海供电公司 威海海关 市气象局
山东省住房和城乡建设厅 山东省交通运输厅 联合国人居署 市消防救援支队 市中级人民法院
市人民检察院 市数字经济发展中心 市投资促进中心 市港航发展中心 市园林绿化中心
""".split()
POSITIONS = """
局长 副局长 党组书记、局长 党组成员、副局长 主任 副主任 二级巡视员 总工程师 处长 副市长
一级调研员 秘书长
""".split()
CHANNELS = ["威海要闻", "政务公开", "民生关注", "经济发展", "城市建设", "社会事业"]
KICKERS = ["权威发布", "新闻发布会", "政策解读", "发布会", ""]
# One outlet a line. From 大众日報記者 on, outlets printed more than one way, as editors and
# importers find them: one outlet each.
OUTLETS = """
大众日报记者
威海日报记者
威海广播电视台记者
新华社记者
中国新闻社记者
齐鲁晚报记者
威海晚报记者
山东广播电视台记者
人民网记者
闪电新闻记者
大众日報記者
大众日报
新华社首席记者
齐鲁晚报·齐鲁壹点记者
中央广播电视总台央视记者
中国日报记者
半岛都市报记者
经济日报记者
Reuters
REUTERS reporter
Bloomberg
NHK reporter
网友
""".strip().splitlines()
TOPICS = """
精致城市 老旧小区改造 城市更新 口袋公园 地下综合管廊 海绵城市 营商环境 乡村振兴 海洋经济
文化旅游 教育 医疗卫生 养老服务 就业创业 生态环境 交通出行 安全生产 食品安全 数字政府
科技创新 招商引资 对外开放 住房保障 民生实事 疫情防控 防汛抗旱 社会保障 体育赛事 港口航运
智慧城市
""".split()
SUBJECTS = """
老旧小区改造 口袋公园建设 地下综合管廊 海绵城市建设 城市更新行动 精致城市建设 营商环境优化
乡村振兴战略 海洋经济发展 文旅融合发展 学前教育普惠 基层医疗服务 居家养老服务 高校毕业生就业
大气污染防治 公共交通优化 安全生产专项整治 食品安全监管 一网通办改革 科技企业培育
重点项目招引 跨境电商发展 保障性租赁住房 清洁取暖工程 海岸带保护修复 智慧城管平台
全民健身设施 新能源汽车推广 渔港经济区建设 历史文化街区保护 农村供水保障 垃圾分类处理
中小企业纾困 人才安居工程
""".split()
ACTIONS = ["推进", "实施", "开展", "深化", "加快", "统筹", "完善", "启动", "扩大", "巩固"]
RESULTS = [
    "群众获得感、幸福感、安全感进一步增强",
    "城市功能品质全面提升",
    "工作走在全省前列",
    "形成一批可复制可推广的经验",
    "市民满意度持续提高",
    "发展质量和效益稳步提升",
    "为高质量发展提供了有力支撑",
    "服务效能明显改善",
    "基础设施短板加快补齐",
]
CLAUSES = [
    "坚持以人民为中心的发展思想",
    "围绕群众急难愁盼问题",
    "按照“精致城市·幸福威海”的目标定位",
    "聚焦重点领域和关键环节",
    "坚持问题导向和目标导向相结合",
    "统筹发展和安全",
    "强化部门协同和上下联动",
    "对标国内先进城市",
    "结合我市实际",
    "坚持规划引领、项目支撑",
    "注重市民参与和共建共享",
    "以钉钉子精神抓好落实",
    "持续深化“放管服”改革",
]
MEASURES = [
    "建立工作台账,实行清单化管理、项目化推进",
    "制定出台专项实施方案和配套政策",
    "组织专班逐一走访,现场解决实际困难",
    "引入社会资本参与建设运营",
    "完善考核评价和激励约束机制",
    "开展专项督查,确保各项任务按期完成",
    "搭建线上服务平台,实现全程网办",
    "加大财政资金投入力度",
    "鼓励街道、社区因地制宜开展试点",
    "邀请专家和市民代表参与方案论证",
]
UNITS = [
    ("个", "项目"),
    ("万元", "资金"),
    ("亿元", "投资"),
    ("公里", "道路"),
    ("平方公里", "面积"),
    ("户", "居民"),
    ("套", "住房"),
    ("%", "比例"),
    ("处", "公园"),
    ("万人次", "服务"),
]
FIGURE_LABELS = """
累计完成 新建 改造提升 惠及 同比增长 总投资 覆盖 新增 建成 受理
""".split()
QUESTION_OPENERS = ["请问", "市民关心的是,", "据了解,", "近年来,", "下一步,"]
QUESTION_ENDINGS = """
有哪些具体举措? 取得了哪些成效? 下一步有哪些考虑? 市民如何参与? 有哪些新变化? 如何保障落实?
""".split()


@dataclass
class SyntheticAppearance:
    speaker: str
    organisation: str
    position: str
    role: str  # "speaker" or "host"


@dataclass
class SyntheticSegment:
    question: str
    asker: str
    answerer: int  # index into appearances
    answer: str


@dataclass
class SyntheticFigure:
    value: Decimal
    unit: str
    label: str
    text: str
    segment: int  # index into segments
    headline: bool


@dataclass
class SyntheticRelease:
    title: str
    kicker: str
    channel: str
    published_at: datetime.datetime
    lead: str
    host_office: str
    editor: str
    appearances: list = field(default_factory=list)
    segments: list = field(default_factory=list)
    figures: list = field(default_factory=list)
    topics: list = field(default_factory=list)
    credits: list = field(default_factory=list)


class Generator:
    """Draws releases from fixed pools: `Generator(seed).release(n)` is deterministic."""

    def __init__(self, seed=2023, speakers=800, start=datetime.date(2012, 1, 1), days=365 * 12):
        self.random = random.Random(seed)
        rnd = self.random
        names = set()
        while len(names) < speakers:
            names.add(rnd.choice(SURNAMES) + "".join(rnd.choices(GIVEN, k=rnd.choice((1, 2, 2)))))
        self.speakers = sorted(names)
        # Each person works for one organisation most of their career.
        self.employer = {name: rnd.choice(ORGANISATIONS) for name in self.speakers}
        self.start = start
        self.days = days

    def _sentence(self, subject):
        rnd = self.random
        return (
            f"{rnd.choice(CLAUSES)},{rnd.choice(CITIES)}{rnd.choice(ACTIONS)}{subject},"
            f"{rnd.choice(MEASURES)},{rnd.choice(RESULTS)}。"
        )

    def _number(self):
        rnd = self.random
        unit, noun = rnd.choice(UNITS)
        if unit == "%":
            value = Decimal(rnd.randint(10, 999)) / 10
            return value, unit, f"{value}%", noun
        value = Decimal(rnd.randint(2, 9999))
        if rnd.random() < 0.3:
            shown = Decimal(rnd.randint(11, 999)) / 10
            return shown * 10000, unit, f"{shown}万{unit}", noun
        return value, unit, f"{value}{unit}", noun

    def release(self, n):
        rnd = self.random
        subject = rnd.choice(SUBJECTS)
        other = rnd.choice(SUBJECTS)
        day = self.start + datetime.timedelta(days=rnd.randrange(self.days))
        published_at = datetime.datetime.combine(
            day, datetime.time(rnd.randint(8, 20), rnd.randrange(60)), tzinfo=datetime.UTC
        )
        appearances = self._appearances()
        introductions = "、".join(
            f"{a.organisation}{a.position}{a.speaker}" for a in appearances[1:]
        )
        lead = (
            f"{day.month}月{day.day}日,市政府新闻办举行{subject}新闻发布会,{introductions},"
            f"介绍{subject}有关情况,并回答记者提问。"
        )
        segments, figures = [], []
        for s in range(rnd.randint(2, 6)):
            topic = subject if s % 2 == 0 else other
            segments.append(self._segment(s, topic, len(appearances), figures))
        return SyntheticRelease(
            title=f"{rnd.choice(CITIES)}{rnd.choice(ACTIONS)}{subject}"
            f"{rnd.choice(('', '新闻发布会', '有关情况', '工作进展'))}",
            kicker=rnd.choice(KICKERS),
            channel=rnd.choice(CHANNELS),
            published_at=published_at,
            lead=lead,
            host_office="市政府新闻办",
            editor=rnd.choice(self.speakers[:40]),
            appearances=appearances,
            segments=segments,
            figures=figures,
            topics=sorted(set(rnd.sample(TOPICS, rnd.randint(1, 3)))),
            credits=[("文", rnd.choice(self.speakers)), ("图", rnd.choice(self.speakers))],
        )

    def _appearances(self):
        """Two to five people, the first of them the host."""
        rnd = self.random
        people = rnd.sample(self.speakers, rnd.randint(2, 5))
        return [
            SyntheticAppearance(
                speaker=name,
                organisation=self.employer[name],
                position=rnd.choice(POSITIONS),
                role="host" if i == 0 else "speaker",
            )
            for i, name in enumerate(people)
        ]

    def _segment(self, s, topic, people, figures):
        """Segment ``s`` (0 is the opening statement); its figures are added to ``figures``."""
        rnd = self.random
        answerer = rnd.randrange(1, people)
        paragraphs = []
        for _ in range(rnd.randint(2, 5)):
            if rnd.random() < 0.25:
                paragraphs.append(f"★{rnd.choice(ACTIONS)}{topic},{rnd.choice(RESULTS)}")
            body = "".join(self._sentence(topic) for _ in range(rnd.randint(1, 3)))
            if rnd.random() < 0.6:
                value, unit, text, noun = self._number()
                label = f"{rnd.choice(FIGURE_LABELS)}{noun}"
                body += f"{rnd.choice(('截至目前', '今年以来', '去年'))},{label}{text}。"
                figures.append(
                    SyntheticFigure(value, unit, label, text, s, headline=len(figures) < 2)
                )
            paragraphs.append(body)
        question = (
            ""
            if s == 0
            else (
                f"{rnd.choice(QUESTION_OPENERS)}{rnd.choice(CITIES)}在{topic}方面"
                f"{rnd.choice(QUESTION_ENDINGS)}"
            )
        )
        return SyntheticSegment(
            question=question,
            asker="" if s == 0 else rnd.choice(OUTLETS),
            answerer=answerer,
            answer="\n\n".join(paragraphs),
        )
