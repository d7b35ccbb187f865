"""parse_article(): the text of a press-conference release in, its structure out."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from . import lead_people, meta, residue
from .captions import strip_cues, strip_glued_times
from .credits import (
    bracket_byline,
    caption_credits,
    credit_line,
    dateline_credits,
    editor_of,
    parse_credits,
    printed_role,
    slashed_byline,
    split_trailing_credits,
)
from .english import (
    EN_NEXT_QUESTION_RE,
    EN_TAKES_QUESTIONS_RE,
    HON_MEMBER_RE,
    HON_MP_POST_RE,
    INITIAL_NAME,
    TITLE_WORDS,
    apposed_sayers,
    beside_the_briefer,
    briefing_by_three,
    byline_over_event,
    byline_under_event,
    caps_post_label,
    conference_holders,
    couple_mentions,
    dateline_place,
    dollar_in_text,
    dollar_of,
    gaggling_people,
    header_people,
    headline_briefers,
    headline_briefing_by,
    introduced_people,
    join_alone_labels,
    joined_by_posts,
    joining_guests,
    listed_at_conference,
    listed_people,
    listed_speakers,
    listed_speakers_were,
    mentioned_people,
    next_speakers,
    numbered_questions,
    office_surname_briefers,
    post_and_full_name,
    post_and_name,
    post_not_rank,
    presented_panel,
    questioned_people,
    reported_briefer,
    reported_by_surname,
    reported_subject,
    soundbites,
    split_caps_labels,
    summary_chairs,
    summary_people,
    topic_line,
    utterance_records,
    was_joined_by,
)
from .figures import figures_in
from .oneline import split_run_on
from .outlets import (
    join_label_lines,
    join_timecoded,
    join_utterances,
    journalist_labels,
    normalise_label,
    presenter_narration,
)
from .people import (
    ORG_SUFFIXES,
    SURNAMES,
    Person,
    ends_with_title,
    has_title,
    is_title,
    looks_like_name,
    people_in_list,
    split_position,
    split_title_name,
    title_at,
)
from .result import HOST, SPEAKER, Credit, ParsedRelease, Segment, Speaker
from .text import (
    HAN,
    Restorer,
    drop_pinyin,
    fold,
    fold_script,
    is_latin,
    is_traditional,
    normalise,
    restore_pieces,
    split_paragraphs,
)
from .turns import (
    ANSWER_LABEL_RE,
    ANSWER_TURN,
    HOST_TURN,
    MAX_PEOPLE,
    QUESTION_TURN,
    SPEAKER_TURN,
    WHITESPACE_RE,
    Roster,
    Turn,
    bare_name_turn,
    gives_floor,
    heading_of,
    host_like,
    looks_like_question,
    read_turn,
    split_run_together,
    strip_clock_times,
    strip_question_number,
    without_honorific,
)

# Far more than any release quotes; keeps a pasted table of numbers from flooding the draft.
MAX_FIGURES = 1000

# Lines of page furniture that copy-paste brings along: dropped wherever they appear.
# Each list is one pattern of alternatives, searched once per paragraph.
_FURNITURE_RE = re.compile(
    "|".join(
        f"(?:{p})"
        for p in (
            r"^[\[【]?(?:相关链接|相关新闻|相关阅读|延伸阅读|相关报道|推荐阅读|热点推荐|往期回顾|相关文章)[\]】]?:?$",
            r"^分享(?:到)?\s*[:]?",
            r"^(?:[\[【]?(?:打印(?:本页|此页)?|关闭(?:窗口|本页)?|返回(?:顶部)?|收藏|纠错|我要纠错|"
            r"字号|大|中|小|默认|放大|缩小|Print|Close|Share|Email|Tweet|Facebook|Twitter|LinkedIn)"
            r"[\]】]?\s*[|/:]?\s*){1,12}$",
            r"^[\[【]?(?:字号|字体)\s*[:]?\s*[\[【]?[大中小]",
            r"^[\[【](?:现场问答|现场提问|答记者问|提问环节|互动问答|记者提问|问答实录)[\]】]$",
            r"^(?:上一篇|下一篇|扫一扫|用微信扫描|扫描二维码|微信扫一扫|视频加载中|点击播放|原标题)",
            r"(?:版权所有|Copyright|ICP备|网站地图|联系我们|主办单位|承办单位).{0,80}$",
            r"^(?:浏览次数|阅读次数|点击数|阅读量|浏览量|访问量)\s*[:]?\s*\d*$",
            r"^(?:###|—\s*END\s*—|END\b.*|-\s*\d+\s*-)$",
            r"^\d{1,2}:\d{2}\s*[AP]\.?M\.?\s*[A-Z]{2,4}$",
            r"^\**(?:Questions and Answers|Q&A|Question and Answer Session)\**$",
            r"^\((?:The )?(?:press )?(?:briefing|call|conference|event)\b.*"
            r"(?:concluded|ended|adjourned).*\)$",
        )
    ),
    re.I,
)
# 新闻发布会文字实录 alone: the kind of record, a headline's last line.
_BARE_RECORD_TITLE_RE = re.compile(
    r"(?:新闻发布会|发布会|记者会|新闻发布)(?:文字)?(?:实录|全文|纪要)"
)
# 新闻发布会现场 / 场下记者提问: a photo's caption that names only the scene, near the top.
_SCENE_CAPTION_RE = re.compile(
    r"^(?:[^,。!?:]{0,8}(?:发布会|记者会|吹风会|招待会)现场|(?:场下|现场|台下)?记者(?:踊跃)?提问)[。]?$"
)
_CAPTION_RE = re.compile(
    "|".join(
        f"(?:{p})"
        for p in (
            r"^(?:图为|图片来源|图片由|图片:|图:|配图|摄影:|视频:)",
            r"^[▲△▼▽]\s*.{0,40}$",
            r"^[(]?(?:图片|图)[/:].{0,30}[)]?$",
            r"^\((?:以上|以下|上|下)?(?:图片|图|照片)[^()]{0,20}\)$",  # (以上图片均为采访现场)
            # 王国庆(资料图), 运动部长李洋。(资料照): a file photo's caption.
            r"^[^,。()]{1,20}。?\s*\((?:资料图|资料图片|资料照|资料照片)\)$",
        )
    )
)
_FIELD_NAMES = (
    "时间 地点 主题 主持人 主持 发布人 发布嘉宾 出席人 出席嘉宾 嘉宾 出席人员 出席者 发言人"
    " 发布时间 发布地点 发布主题 发布人员"
)
_HEADER_FIELD_RE = re.compile(
    # 三、主持人:, 一、时  间: a Taiwan record numbers its fields and pads their names.
    r"^(?:[一二三四五六七八九十]{1,2}、\s*)?"
    # 嘉 宾:, 主 持 人:: a field name padded with spaces to line up with the others.
    r"(?P<field>"
    + "|".join(r"\s*".join(name) for name in _FIELD_NAMES.split())
    + r")\s*:\s*(?P<value>.*)$"
)
# 四、发布人 alone on its line, its values on the lines under it.
_FIELD_ALONE_RE = re.compile(
    r"^[一二三四五六七八九十]{1,2}、\s*(?P<field>发布时间|发布内容|发布地点|发布主题|"
    + "|".join(_FIELD_NAMES.split())
    + r")$"
)
_NAME_AND_POST_IN_BRACKETS_RE = re.compile(
    rf"^(?P<name>[{HAN}]{{2,4}})[((](?P<post>[^()()]{{2,40}})[))]$"
)
# 標題: … [打印本頁] and 作者: … 時間: …: a forum's print page gives its title and poster.
_FORUM_TITLE_RE = re.compile(r"^标题\s*:\s*(?P<title>\S.{3,99}?)(?:\s*\[打印本页\])?$")
_FORUM_BYLINE_RE = re.compile(r"^作者\s*:\s*\S.{0,30}?\s+时间\s*:\s*[\d\-: ]{8,20}$")
# Page buttons printed in brackets: 【纠错】 【打印】 [关闭窗口], around an editor's line.
_BUTTONS_RE = re.compile(
    r"[【\[](?:我要)?(?:纠错|打印(?:本页|此页)?|关闭(?:窗口|本页)?|返回(?:顶部)?|收藏|分享|字号|"
    r"大|中|小|默认|放大|缩小)[】\]]"
)
_OFFICE_OWNS_RE = re.compile(
    rf"^(?:TRANSCRIPT OF |Transcript of )?(?:THE |The )?"
    rf"(?P<office>(?:[A-Z][A-Za-z]+ ){{0,3}}(?i:{TITLE_WORDS}))\s?['’]S (?:[\w-]+ )?"
    r"(?i:media interview|press conference|doorstop|interview|remarks|media conference)\b"
)
# Member for Petrie, Minister for Foreign Affairs: capitalised words and the small words
# between them, up to a comma, "and" or the end.
_EN_POST = r"[A-Z][\w'’.-]*(?:\s+(?:(?:for|of|on|the)\s+)*[A-Z][\w'’.-]*)*"
# I hand over to the Acting Prime Minister: handing over with no object, said by a host only
# where the same turn welcomes the next speaker by name.
_HAND_OVER_RE = re.compile(r"\bI(?:'ll| will)? (?:now )?(?:hand|pass) (?:it )?over to\b", re.I)
_HANDS_OVER_RE = re.compile(
    r"\b(?:I(?:'ll| will)|let me|I'm going to|I am going to) (?:now )?(?:turn|hand) "
    r"(?:it|things|the (?:floor|podium)) over to\b|\bground rules\b"
    # So, President Kim.: a line that only names the one who speaks next
    r"|^(?:So|And|Now),? (?:President|Secretary|Minister|Director|Governor|Mayor|Premier|"
    r"Chairman|Chair|Mr\.|Ms\.|Mrs\.|Dr\.) [A-Z][a-z][\w'\-]+[.!]?$",
    re.I,
)
_STAGE_NOTE_RE = re.compile(
    r"\((?:Inaudible|Off[- ]mi(?:c|ke)|Crosstalk|Laughter|Audio cuts? out)[^()]{0,20}\)", re.I
)
_BYLINE_ROLES = {
    "记者",
    "见习记者",
    "特约记者",
    "特派记者",
    "实习记者",
    "融媒体记者",
    "通讯员",
    "实习生",
    "摄影",
    "摄像",
}
_PEOPLE_FIELDS = {
    "发布人",
    "发布嘉宾",
    "出席人",
    "出席嘉宾",
    "嘉宾",
    "出席人员",
    "出席者",
    "发言人",
    "发布人员",
}
_SENTENCE_RE = re.compile(r"[。!?]")
# The host asks for more on the question just answered: 请…补充, 再介绍一下, 也请….
_MORE_RE = re.compile(r"补充|再(?:介绍|谈|说|讲|回答)|也请|还请|请.{0,20}回答")
# 宁夏代表团举行全体会议: ten Chinese characters in a row, prose in a mostly English paste.
# 3月8日, 人大代表团组开放: a short line with no sentence in it, a heading's shape.
_HEADING_LINE_RE = re.compile(r"(?!谢谢|感谢)[^。,,;;!!??::、]{2,30}")
# 我是发布会主持人, 我是今天发布会的主持人: the one opening says she hosts.
_SELF_HOST_RE = re.compile(r"我是(?:本次|今天的?|此次)?(?:新闻)?发布会的?主持人")
_STRAY_QUESTION_MARK_RE = re.compile(rf"^[?\ufffd]+(?=[{HAN}]{{2,4}}:)")
_CJK_PROSE_RE = re.compile(r"[\u4e00-\u9fff]{10}")

_EN_QUOTE_OPENING_RE = re.compile(
    r"^[“\"].{20,}?[,.!?][”\"]\s+(?:said|says|added|told)\b.{0,120}[.!?]$", re.S
)
_ATTENDING_RE = re.compile(
    r"出席(?:了)?(?:本次|今天的|此次|当天的)?(?:新闻)?(?:发布会|记者会|吹风会|见面会)"
)
# 中共文县县委常委、宣传部部长曹斌主持新闻发布会: a photo caption under the lead naming who
# presides, with the post.
# 袁家军胡衡华等回答记者提问: the names a headline gives to those who answered.
_HEADLINE_ANSWERERS_RE = re.compile(
    r"(?:^|[ ,,:])(?P<names>[^ ,,:。]{2,16}?)等?(?:回答|答)(?:中外)?记者(?:提)?问"
)
# …参加。全国人大代表、市人大常委会主任王炯主持。: a sentence of the list under the lead
# that names who chairs.
_CHAIRS_RE = re.compile(r"^[^,。;:!?]{4,60}主持$")
_CAPTION_PRESIDES_RE = re.compile(
    r"^[^,。;:!?]{4,60}主持(?:了)?(?:本次|今天的|此次)?(?:新闻)?(?:发布会|记者会|吹风会)[。]?$"
)
# 阚全程 省卫生健康委党组书记、主任 / 崔 梅 省交通运输厅二级巡视员: a name, then its post.
_NAME_THEN_POST_RE = re.compile(
    rf"^(?P<name>[{HAN}](?: ?[{HAN}]){{1,2}})\s+(?P<post>[^\s。;:]{{2,60}})$"
)


def _listed_person(line: str, name_first: bool = True, only: bool = False) -> Person | None:
    """One person of a list printed a line each, with the post ending in a title; with
    only, in the one order the list uses (name first, or post first)."""
    line = line.strip().rstrip(";,")
    if len(line) > 70 or re.search(r"[。!?:]", line):
        return None
    m = _NAME_THEN_POST_RE.match(line) if name_first else None
    if m and looks_like_name(m["name"].replace(" ", "")) and ends_with_title(m["post"]):
        return Person(m["name"].replace(" ", ""), m["post"])
    if name_first and only:
        return None
    found = people_in_list(line)
    if len(found) == 1 and found[0].position and ends_with_title(found[0].position):
        if line.replace(" ", "").endswith(found[0].name):
            return found[0]
    return None


def _run_on_person(line: str, text: str) -> Person | None:
    """尹洪平徐州市委宣传部副部长: a list's name run into its post with no space between. The
    name is the one of two or three characters that the text names elsewhere too."""
    line = line.strip().rstrip(";,")
    if not 6 <= len(line) <= 60 or re.search(r"[\s。!?:,(]", line):
        return None
    for n in (3, 2):
        name, post = line[:n], line[n:]
        if (
            looks_like_name(name)
            and ends_with_title(post)
            and not ends_with_title(name)
            and text.count(name) >= 2
        ):
            return Person(name, post)
    return None


def _fuller_post(person: Person, later: str) -> str | None:
    """The post as the host reads it out later, where it has the commas the list lacks."""
    bare = re.sub(r"[,,、\s]", "", person.position or "")
    for m in re.finditer(
        rf"(?:^|[:;;。\n])(?P<post>[^:;;。\n]{{2,80}}?){re.escape(person.name)}", later
    ):
        if re.sub(r"[,,、\s]", "", m["post"]) == bare:
            return m["post"]
    return person.position


_PRESIDED_RE = re.compile(r"^(?:新闻)?(?:发布会|记者会|吹风会)由[^,。;]{2,12}主持$")
# …王予波围绕…主题介绍情况,并回答记者提问: a report's sentence naming who presented and
# answered at the press conference, as a lead does.
_PRESENTED_AND_ANSWERED_RE = re.compile(
    r"(?:介绍|通报)(?:了)?[^。;,]{0,40}?(?:情况|进展|成效),?并(?:现场)?(?:回答|答)(?:了)?"
    r"(?:记者|媒体)(?:提问|问)"
)
# …内蒙古发改委主任包满达、呼和浩特市市长秦义等8人答记者问: an early sentence of a report
# that ends by saying the officials it lists answered the press, as a lead does.
_FLOOR_NAMES_RE = re.compile(
    r"(?:(?!(?:Yes|No|Sure|Thanks|Thank|Okay|Right|Absolutely|Correct|Exactly|Great|Well|Good|"
    r"Again|Look|Sorry|Nope|Yeah|Yep|Indeed|Never|Always|Maybe|Agreed|True|False|Please|Fine|"
    r"Certainly|Definitely|Nothing|None|Next|Done|Go|Hello|Hi|Mr|Mrs|Ms|Dr|Madam|Sir)\b)"
    r"[A-Z][a-z]+(?: [A-Z][a-z]+)?(?: \(ph\))?[.,] ?){1,3}"
)
_STAMPED_LABEL_RE = re.compile(r"^\[\d{1,2}:\d{2}:\d{2}\]\s+(?=[A-Z][A-Z .,'\-]*:)")
_ADDRESSES_ROOM_RE = re.compile(r"^(?:各位记者朋友|记者朋友们|女士们、先生们|各位媒体朋友)[,:!]")
_ANSWERED_PRESS_RE = re.compile(
    r"(?:等(?:\d{1,2}|[二三四五六七八九十]{1,2})?(?:人|位[^,。;]{0,8}?))?(?:回答|答)(?:了)?"
    r"(?:中外)?(?:记者|媒体|采访人员)(?:的)?(?:提问|问)$"
    # …发言人耿雁生在记者会上回答了18个提问: how many questions the official answered.
    r"|在(?:例行)?(?:记者会|发布会|新闻发布会)上回答了(?:\d{1,3}|[一二三四五六七八九十]{1,3})个(?:提问|问题)"
    # 新闻发布会上,省委改革办副主任郭云方介绍了…: the official who presented at it.
    r"|^(?:在)?(?:新闻)?(?:发布会|记者会)上,[^,。;]{4,40}?(?:介绍了|通报了|发布了)"
    # 市委台办新闻发言人、副主任卢志超就…工作情况…进行了新闻发布: the one who presented.
    r"|^[^,。;]{4,40}?就[^。;]{2,60}?进行了?(?:新闻)?发布"
    # 本场发布会共四位发布人,包括…局长陈景元、…: the presenters a report lists.
    r"|发布人[,,]?(?:包括|分别是|分别为|是|为)"
    # …市委书记朱是西、市长王智慧等紧扣南阳实际,热情作答: the officials listed, then their answers.
    r"|等[^。;!?“”]{0,24}?(?:作答|解答|答问)$"
    # 这7位新闻发言人是:重庆市委常委、秘书长罗蔺,…: the spokespeople a report lists.
    r"|(?:新闻)?发言人(?:分别)?(?:是|为|包括)[::]"
    # 6月11日下午,国新办举行…吹风会,…副部长叶建春介绍…: a round-up's press conferences,
    # each with the officials who presented at it.
    r"|^[^。;]{0,30}?(?:举行|召开)[^,。;]{0,30}?(?:吹风会|发布会|记者会),[^。;]{4,160}?"
    r"(?:介绍|通报|解读|发布)"
    # 台南市长赖清德出席…“…”记者会: the one who held the press conference.
    r"|^[^,。;]{4,40}?出席[^。;]{0,60}?(?:记者会|发布会)$"
)
# …董事长曹荣根等7位嘉宾作联合发布,就记者提出的…回答提问: the presenters, counted.
# …凌云出席 / …胡建斌参加 / …等受邀参加: attending, the sentence's last verb.
# Former Governor, Lieutenant Governor: another office, no place
_NOT_A_PLACE_RE = re.compile(
    r"\b(?:Former|Then|Acting|Lieutenant|Deputy|Vice|Assistant|Interim|Outgoing|Incoming|New|The"
    r"|Advertisement)\b"
)
_BYLINE_ROLE = r"(?:本报记者|记者|通讯员|文字|配图|摄影|图片|文/图|撰文)"
_BYLINE_ONLY_LINE_RE = re.compile(
    rf"[□■◇◆]?\s*{_BYLINE_ROLE}\s*[:/]?\s*[^\s:]{{2,5}}(?:\s+{_BYLINE_ROLE}\s*[:/]?\s*[^\s:]{{2,5}})*"
)
_ONLY_ATTENDS_RE = re.compile(
    r"(?:出席|参加|陪同|到场|受邀参加|应邀出席)(?:活动|发布会|会议|仪式)?$"
)
_SPEAKS_RE = re.compile(
    r"介绍|发布(?![会會厅])|回答|答问|致辞|讲话|发言|表示|说|通报|解读|推介|主持"
)
_PRESENTERS_COUNTED_RE = re.compile(
    r"等(?:\d{1,2}|[二三四五六七八九十]{1,2})位[^。;,]{0,6}?(?:作|进行)(?:了)?(?:联合|主题)?发布"
)
_REPORTED_RE = re.compile(
    r"(?:^|[,。;⋯…])(?P<who>[^,。;:“”「」?!⋯…]{4,60}?)"
    r"(?:(?:今|昨|前)?\(\d{1,2}\)日|今日|昨日|今天|昨天)?(?:在[^,。;:“”]{1,24}?[上中时])?"
    # 行政长官崔世安今(23)日回应传媒访问表示,…: answering the press's questions
    r"(?:(?:回应|接受)(?:传媒|媒体|记者)(?:访问|采访|提问)?时?)?"
    # …新闻发言人李婉丽详细介绍了…: how the official presented, then what
    # 漳州市长吴洪芹回应说,…: answering, then the verb of saying
    r"(?:(?:回应|回答)?(?:表示|介绍|指出|强调|透露|说|称)[,:]|(?:详细|具体|重点|简要|全面)?(?:介绍|通报)了"
    # 中共福建省委书记尤权,在当天接受记者采访时,…: interviewed at the event
    r"|,?在[^,。;:“”]{0,12}接受(?:记者|媒体|传媒)(?:采访|访问)时)"
)


# Monrovia, Liberia - Members of the Press:: a dateline before the first words.
_DATELINE_DASH_RE = re.compile(r"^[A-Z][a-z]+(?:,? [A-Z][a-z]+){0,3} [-–—] (?=[A-Z])")
# Members of the Press:, Good morning colleagues and welcome to our media briefing.: a
# briefer's first words to the room.
_ADDRESSES_PRESS_RE = re.compile(
    r"(?:Members|Ladies and [Gg]entlemen|LADIES and gentlemen|Friends) of the "
    r"(?:[Pp]ress|[Mm]edia)\b"
    # Talofa and good morning to our Press Corps
    r"|(?:[A-Z][a-z]+,? and )?[Gg]ood (?:morning|afternoon|evening),? (?:to )?(?:our|the) "
    r"(?:[Pp]ress|[Mm]edia)\b"
    r"|Good (?:morning|afternoon|evening),? (?:colleagues|members of the (?:press|media)|"
    r"ladies and gentlemen of the (?:press|media))\b[^.]{0,40}\bwelcome\b"
    r"|Good (?:morning|afternoon|evening)[^.]{0,40}\bwelcome to (?:our|this|another|today's) "
    r"(?:weekly |regular )?(?:media|press) briefing\b"
)

_EN_TAKES_AT_END_RE = re.compile(r"(?<=[.!?”\"] )" + EN_TAKES_QUESTIONS_RE.pattern + r"$")


def _only_gives_floor(text: str) -> bool:
    """下面,欢迎各位记者朋友提问。, 非常感谢李总理,下面开始提问。: a short paragraph of one
    sentence that only opens the floor."""
    return (
        len(text) <= 30
        and text.count("。") <= 1
        and (
            gives_floor(text) or host_like(text) or bool(_HANDS_OVER_ZH_RE.fullmatch(text.strip()))
        )
    )


# 主持人 / 嘉宾 / 答记者问 alone on a line: a record's section caption, not a headline.
_ROLE_CAPTION_RE = re.compile(
    r"(?:主持人|主持|发布人|發布人|嘉宾|嘉賓|记者提问|答记者问|提问|问答|現場問答|现场问答)\s*[:]?"
)


# 我现在请林郑司长和大家讲几句。: a statement's last words hand over to the next official.
_HANDS_OVER_ZH_RE = re.compile(
    r"(?:我)?(?:现在|下面|接下来|接着)?(?:就)?(?:请|邀请)[^,。!?]{2,12}?"
    r"(?:和|跟|向|为|给|同)(?:大家|各位|记者朋友们?|传媒朋友们?)(?:讲|说|谈|介绍|补充)(?:几句|一下)?[。!]?"
)


# With that, Matt. / So, Brian.: a statement's last words give the floor by a first name.
_EN_HANDS_OVER_RE = re.compile(
    r"(?:(?:[Aa]nd|[Ss]o|[Oo]kay|OK|[Aa]ll right|[Ww]ith that)[,.]?\s+)+[A-Z][a-z]{1,15}[.!]"
)
# A report's dated first sentence: a date, a comma, a sentence with a comma in it, a full stop.
_REPORT_OPENING_RE = re.compile(
    r"(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[上下]午|晚上?)?[,][^。!?]{8,},[^。!?]{8,}[。!]"
)
# 有请李总理。: the host's last words call on someone.
# 首先请徐曼副部长作介绍。: the call may say what the one called on is to do.
_CALLS_ON_RE = re.compile(
    r"(?:有请|下面请|现在请|请)(?P<who>[^,。!?:\s]{2,8}?)(?:先生|女士)?(?:为大家|向大家)?"
    r"(?:(?:作|做|来)?(?:介绍|发布|通报)(?:有关)?(?:情况)?)?[。!]?$"
)
# The host presents the officials: 邀请…, 出席今天发布会的有….
_INTRODUCES_RE = re.compile(
    r"邀请|(?:出席|参加)(?:今天|本次|今日)?(?:的)?(?:新闻)?(?:发布会|记者会|吹风会)的(?:还)?(?:有|是)"
    # …参加今天发布会的人员,他们是…: the people, then who they are
    r"|(?:出席|参加)(?:今天|本次|今日)(?:的)?(?:新闻)?(?:发布会|记者会)的(?:人员|嘉宾)[,,](?:他们|她们)(?:是|分别是)"
    r"|今天到场的(?:有|是)|"
    r"(?:我们)?请(?:来|到)了|"
    # 我们请…发言人耿雁生大校向大家介绍…: the host asks a guest to present
    r"我们请(?=[^,。]{4,60}向(?:大家|各位|媒体|记者))|"
    # 今天我们请…谌贻琴女士,…李炳军先生,…介绍…: today's guests, each with a post
    r"今天我们请(?=[^。!]{4,300}?(?:女士|先生|同志))|"
    # …6位人大代表来到现场…。他们分别是:…陈阳先生;…王三防先生;…: the guests, listed
    r"^(?:他们|她们)分别(?:是|为)[::]"
)
# A statement's topic over it: a line of fifteen characters or more with no punctuation of
# a sentence or a list in it.
_TOPIC_RE = re.compile(r"[^,,、。!?;:]{15,80}")
# 编辑:… or 来源:… alone on its line under a dateline already read: a field, no headline.
_FIELD_LINE_RE = re.compile(r"^(?:[•·]\s*)?(?:资料来源|来源|编辑|责任编辑)\s*:\s*[^\s,。:]{2,20}$")


def parse_article(text: str) -> ParsedRelease:
    """The structure of a press-conference article. Never raises: at worst a draft whose
    body is the whole text, with a warning."""
    try:
        return _Parser(text).parse()
    except Exception as exc:  # noqa: BLE001 - the contract is a draft, never an exception
        result = ParsedRelease()
        raw = text if isinstance(text, str) else str(text or "")
        result.body = [p for p in (line.strip() for line in raw.splitlines()) if p]
        result.title = result.body[0][:80] if result.body else ""
        result.warnings.append(f"解析时出错({type(exc).__name__}),全文作为正文保存,请人工整理")
        return result


# Transcript of Minister for Foreign Affairs Dr Ann Lee's Doorstop Interview: who gives it.
_EN_DOORSTOP_BY_RE = re.compile(
    r"\b(?P<post>(?:Senior\s+|Deputy\s+Prime\s+|Prime\s+)?Minister"
    r"(?:\s+(?:for|of)(?:\s+(?:and\s+)?(?!(?:Dr|Mr|Ms|Mrs)\b)[A-Z]\w*)+)?)\s+"
    r"(?:(?:Dr|Mr|Ms|Mrs)\.?\s+)?(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})['’]s\b"
    r"[^\n]*\bDoorstop\b"
)


@dataclass
class _Place:
    """Where segmenting stands: the segment being filled and where a plain paragraph goes."""

    current: Segment | None = None
    speaking: str | None = None  # who says the plain paragraphs of the current answer
    mode: str = "body"  # "body", "segment" or "host"
    # The question the host's words interrupted: its answer may go on after them.
    interrupted: Segment | None = None
    host_from: int = 0  # where the host's latest words start in host_remarks
    handed_to: str | None = None  # 有请李总理。: who the host's words just gave the floor to


_NARRATED_RE = r"(?:表示|又指|指出|回应|回應|强调|強調|说|說|称|稱)"


def _name_subheadings(paragraphs: list[str], turns: list[Turn | None]) -> list[Turn | None]:
    """岑浩辉:新一届官员都有「持正革新」精神 over prose that says 岑浩辉表示…: in a report
    with no question, two or more short "name: words" lines with no sentence in them, each
    followed by prose, are its sub-headings, not the person's turns."""
    # A report may end with a few questions put to them (1问 …?): its sections come first.
    asked = next(
        (i for i, t in enumerate(turns) if t is not None and t.kind == QUESTION_TURN), len(turns)
    )
    text = "\n".join(paragraphs)
    heads = [
        i
        for i, t in enumerate(turns[:asked])
        if t is not None
        and t.kind == SPEAKER_TURN
        and t.name
        # 李小鹏: alone over a paragraph of his words is his label; over a short line, a heading
        and (t.text or len(paragraphs[i + 1]) <= 30 if i + 1 < len(paragraphs) else True)
        and len(t.text) <= 30
        and not re.search(r"[。!?!?]$", t.text)
        and i + 1 < len(turns)
        and turns[i + 1] is None
        and (
            re.search(re.escape(t.name) + _NARRATED_RE, text)
            # 作为…副总队长的李跃捷,通报了…: the prose under it (and its sub-heading) names them
            or any(t.name in p for p in paragraphs[i + 1 : i + 3])
        )
    ]
    if len(heads) < 2:
        return turns
    return [None if i in heads else t for i, t in enumerate(turns)]


_CLIP_RE = re.compile(r"^「[^」]{4,}」(?P<after>[^「」]*)")


def _quoted_clips(turns: list[Turn | None]) -> list[Turn | None]:
    """陸委會副主委梁文傑:「…。」嚴厲措辭,冷靜回擊…: a TV story's sound bites, each labelled
    line a quotation in corner brackets with the reporter's narration after it, are quoted
    clips of a report, not the turns of a transcript: the text is narrated, no segment."""
    labelled = [t for t in turns if t is not None]
    if len(labelled) < 2 or len(labelled) > 20:
        return turns
    clips = [_CLIP_RE.match(t.text.strip()) for t in labelled]
    if not all(clips):
        return turns
    narrated = sum(1 for m in clips if len(m["after"].strip()) >= 10)
    if narrated * 2 < len(labelled):
        return turns
    return [None] * len(turns)


def _signed(turn: Turn) -> bool:
    label = WHITESPACE_RE.sub("", turn.label)
    return bool(label) and not ANSWER_LABEL_RE.match(label)


# date 2026-01-28 …主持例行新闻发布会(中评社 海涵摄) 中评社北京1月28日电(记者 海涵)…: a
# page's date field, a photo caption with its photographer and the dateline's lead on one
# line.
_CAPTION_DATELINE_RE = re.compile(
    r"^(?:date\s+(?P<date>\d{4}-\d{1,2}-\d{1,2})\s+)?"
    r"(?P<caption>[^。\n]{6,120}?\([^()]{0,20}摄\))\s*"
    r"(?P<lead>[^\s。,]{2,20}?\d{1,2}月\d{1,2}日(?:电|讯).+)$",
    re.S,
)


def _caption_run_into_dateline(paragraph: str) -> list[str]:
    m = _CAPTION_DATELINE_RE.match(paragraph.strip())
    if not m:
        return [paragraph]
    date = [f"date {m['date']}"] if m["date"] else []
    return date + [m["caption"].strip(), m["lead"].strip()]


def _first_turn_of(
    name: str, paragraphs: list[str], turns: list[Turn | None], of_text: bool = False
) -> tuple[int, str] | None:
    """(index after it, words) of name's first turn and the unlabelled paragraphs under it,
    when another named speaker's turn follows; with of_text, only if it opens the text."""
    first = next((i for i, t in enumerate(turns) if t is not None and t.name == name), None)
    if first is None:
        return None
    if of_text and first != next((i for i, t in enumerate(turns) if t is not None), None):
        return None
    end = next((k for k in range(first + 1, len(turns)) if turns[k] is not None), len(turns))
    after = turns[end] if end < len(turns) else None
    if after is None or after.kind != SPEAKER_TURN or not after.name or after.name == name:
        return None
    return end, " ".join([turns[first].text, *paragraphs[first + 1 : end]]).strip()


def _in_page_order(items: list[str], page: list[str]) -> list[str]:
    """The items (paragraphs read from the page, repeats included) in the page's order."""
    waiting: dict[str, list[str]] = {}
    for item in items:
        waiting.setdefault(" ".join(item.split()), []).append(item)
    ordered = [waiting[key].pop(0) for p in page if waiting.get(key := " ".join(p.split()))]
    return ordered + [item for left in waiting.values() for item in left]


class _Parser:
    def __init__(self, text: str) -> None:
        self.result = ParsedRelease()
        raw, warnings = normalise(text)
        self.result.warnings.extend(warnings)
        raw, self.caption_file = strip_cues(raw)  # SRT / WebVTT: cue numbers and timings
        raw, self.timed_lines = strip_glued_times(raw)  # 00:00:07migrants and refugee…
        raw = residue.front_matter(raw)
        printed = split_paragraphs(raw)
        # A traditional-character release is read in simplified characters and stored as
        # printed: every string handed out goes back through the Restorer.
        traditional = is_traditional(raw)
        if traditional:
            self.result.warnings.append("原文为繁体字,按原字形保存(language 为 zh-Hant),请核对人名")
        folder = fold_script if traditional else fold
        self.restore = Restorer(printed, folder)
        self.paragraphs = [drop_pinyin(folder(p)) for p in printed]
        # 陈文俊: / Chen Wenjun: over each turn: a bilingual transcript, read as the Chinese
        # one it translates (its English is longer).
        self.english = is_latin(raw) and _BILINGUAL_LABELS_RE.search(raw) is None
        self.result.language = "en" if self.english else ("zh-Hant" if traditional else "zh")
        self.roster = Roster()
        self.roster.page = raw  # MR KIRBY: the full name printed anywhere on the page
        self.missing_host_name = False
        self.topics: dict[str, str] = {}  # a briefer's first paragraph: the topic over it
        self.answered: set[int] = set()  # ids of segments whose answer has begun
        # A transcript with no lead: what its only official says before the first question.
        self.opening_without_lead = False
        self.opens_on_turn = False  # 汪文斌:…: the page starts on an answer, no lead
        self.story_subject = False  # the roster's one person is who a story is about
        self.captions: list[str] = []  # photo captions taken out of the text
        self.narration: list[str] = []  # a broadcast's announcer, taken out of the text
        self.title_parts: list[str] = []  # a headline's lines, when set over two
        self.blurb_people: list[tuple[str, str | None]] = []
        self.dollar = "USD"  # what a bare $ means in an English briefing
        self.page_date: str | None = None  # a date the page's residue gave
        self.one_line = False
        self.no_headline = False  # the text starts with its lead: no line is its headline
        self.prose_block = False  # one block of many sentences, no headline (live captions)
        # 王明远:今年将新建学校十二所 over its dateline: a headline, seen before the
        # dateline is taken.
        self.colon_headline: str | None = None
        # Statements whose label stands alone on its line: a topic line may head them.
        self.label_alone: set[int] = set()
        self.first_briefer: str | None = None  # the first a briefing's header names
        # The label each English question was asked under (Raza:, Rishabh:), by segment id.
        self.asked_under: dict[int, str] = {}
        self.third_person_only = False
        self.field_authors: list[str] = []  # 作者:王佳妮 on the page's time line

    # ---- the steps -----------------------------------------------------------------------

    def parse(self) -> ParsedRelease:
        r = self.result
        if not self.paragraphs:
            r.warnings.append("文本为空")
            return r
        paragraphs = self._clean(self.paragraphs)
        if self.english:
            paragraphs = self._english_people(paragraphs)
            paragraphs = self._reported_briefers(paragraphs)
        self.text_paragraphs = list(paragraphs)
        if not self.english:
            self._self_introduced_spokesman(paragraphs)
            paragraphs = self._listed_presenters(paragraphs)
            paragraphs = self._lineup(paragraphs)
        paragraphs = self._head(paragraphs)
        if r.title and len(r.title) >= 8:
            # …答记者问(实录) printed again between a question and its answer: the page's.
            paragraphs = [p for p in paragraphs if p.strip() != r.title]
        self._read_meta()
        if self.english:
            paragraphs = self._statement_below(paragraphs)
            paragraphs = self._english_prose(paragraphs)
        if (
            self.english
            and not self.roster.entries
            and any(_TRANSCRIPT_BELOW_RE.search(p) for p in self.text_paragraphs[:15])
        ):
            # Earlier today, Governor Kathy Hochul hosted a media availability… / A rush
            # transcript of the Governor's remarks is available below:: the one official the
            # page says held it, known before the remarks under it are read.
            held = conference_holders(self.text_paragraphs)
            if len(held) == 1:
                self.roster.add(*held[0])
        self._segment(paragraphs)
        if not self.english:
            self._reported_answers()
        self._drop_floor_opening()
        if self.english:
            self._calls_on_asker()
        self._people_after_segments()
        self._finish()
        return r

    def _statement_below(self, paragraphs: list[str]) -> list[str]:
        """…Premier David Burt held a press conference… / The Premier’s full statement
        follows below: / Good afternoon…: a story over the statement it reprints. The story
        is the body; the statement is one segment, of the one official the story says held
        the conference (none taken when it names no such one, or turns are labelled)."""
        at = next(
            (i for i, p in enumerate(paragraphs[:15]) if _STATEMENT_BELOW_RE.search(p.strip())),
            None,
        )
        above = (
            self.text_paragraphs[: self.text_paragraphs.index(paragraphs[0])]
            if (paragraphs and paragraphs[0] in self.text_paragraphs)
            else []
        )
        if at is None and any(_OWN_STATEMENT_RE.match(p.strip()) for p in above[-3:]):
            # …/ I made the following statement at the press briefing…: read with the header
            paragraphs, at = ["", *paragraphs], 0
        if at is None or at + 1 >= len(paragraphs):
            return [p for p in paragraphs if p]
        said = paragraphs[at + 1 :]
        if any(read_turn(p, self.roster.copy(), english=True) for p in said[:30]):
            return [p for p in paragraphs if p]
        held = conference_holders(self.text_paragraphs)
        own = not paragraphs[at] or _OWN_STATEMENT_RE.match(paragraphs[at])
        if not held and not self.roster.entries and own:
            # I made the following statement…: the writer never names themself; one
            # statement, unsigned for the editor
            self.result.body.extend(p for p in paragraphs[: at + 1] if p)
            self._unsigned_statement(said, r"(?!)")
            return []
        if len(held) != 1:
            return [p for p in paragraphs if p]
        name, post = held[0]
        surname = name.split()[-1]
        for entry in list(self.roster.entries):
            if entry.name == surname and entry.name != name:
                self.roster.entries.remove(entry)  # Burt read alone from the headline
        entry = self.roster.add(name, post or None)
        if post and entry.position != post:
            entry.position = post
        self.result.body.extend(p for p in paragraphs[: at + 1] if p)
        segment = Segment(question=None, answerers=[name])
        for p in said:
            segment.add_paragraph(p)
        self.result.segments.append(segment)
        return []

    def _briefing_to_the_room(self) -> None:
        """Media Briefing / Good morning colleagues and welcome to our media briefing. / …: a
        briefing's text whose speaker is never named, addressed to the room: one statement,
        signed by nobody (the editor is warned), not a story's body."""
        r = self.result
        if not self.english or r.segments or self.roster.entries or len(r.body) < 2:
            return

        def opening(paragraph: str) -> str | None:
            words = _DATELINE_DASH_RE.sub("", paragraph.strip())
            # PRESS RELEASE – LADIES and gentlemen of the press, …: the page's kind first
            words = re.sub(r"^(?i:press|media|news) (?i:release|statement)\s*[-–—:]\s*", "", words)
            return words if _ADDRESSES_PRESS_RE.match(words) else None

        if r.lead:
            if not opening(r.lead):
                return
            r.body, r.lead = [r.lead, *r.body], None  # the first words read as a lead

        at = next((i for i, p in enumerate(r.body[:4]) if opening(p)), None)
        if at is not None:
            said, r.body = [opening(r.body[at]), *r.body[at + 1 :]], r.body[:at]
        else:
            # Monrovia, Liberia - Members of the Press: read as a label over the text
            above = [opening(p) for p in self.text_paragraphs[:8]]
            first = next((p for p in above if p and p.endswith(":")), None)
            if first is None:
                return
            said, r.body = [first, *r.body], []
        # Land Matters: a few words alone on a line, the next topic
        self._unsigned_statement(said, r"[A-Z][\w'’\-]*(?: [\w'’\-]+){0,4}")

    def _reported_answers(self) -> None:
        """香港大公文匯記者提問:…? / “…”吳澤桐在回答中介紹說,… / 吳澤桐表示,…: a question
        labelled in a news report, its answer told in the third person: the report's text,
        no segment (the labels read such reports so)."""
        r = self.result
        names = [e.name for e in self.roster.entries]
        for segment in list(r.segments):
            if not segment.question or segment.answerers or segment.paragraphs:
                continue
            lines = segment.question.split("\n")
            if not any(_reports_answer(line, names) for line in lines[1:3]):
                continue
            r.segments.remove(segment)
            r.body.extend(lines)

    def _lineup(self, paragraphs: list[str]) -> list[str]:
        """发布人:… 主持人:… 参加人:… at the top: who took part, each with a post, and no
        headline; the line is taken out."""
        for i, p in enumerate(paragraphs[:3]):
            lineup = lead_people.lineup_people(p)
            if lineup:
                for name, post, role in lineup:
                    self.roster.add(name, post, role)
                return paragraphs[:i] + paragraphs[i + 1 :]
        return paragraphs

    def _self_introduced_spokesman(self, paragraphs: list[str]) -> None:
        """廣德福: / …歡迎大家參加農業農村部…新聞發布會,我是農業農村部新聞發言人廣德福。出席今天
        發布會的有…司長唐珂先生…: a bare-name label over a turn in which that person names
        himself with his post: he speaks (his turn a statement), and the officials he presents
        are speakers. Only the first bare-name label of a text whose roster is empty."""
        if self.roster.entries:
            return
        for i, paragraph in enumerate(paragraphs[:20]):
            label = _BARE_NAME_LABEL_RE.fullmatch(paragraph.strip())
            if not label:
                continue
            name = label.group("name")
            following = paragraphs[i + 1 : i + 4]
            said = "".join(following[:1])[:300]
            own = re.search(rf"我是(?P<post>[^,。,!?]{{2,40}}?){re.escape(name)}[。,,]", said)
            if not own or not ends_with_title(own.group("post")):
                return
            self.roster.add(name, own.group("post"))
            for sentence in re.findall(r"[^。!?]+", "。".join(following)):
                presents = _INTRODUCES_RE.search(sentence)
                if not presents:
                    continue
                # 出席今天发布会的有…: the people after the words that present them.
                for other, post in lead_people.people_in_sentences(sentence[presents.end() :]):
                    if self.roster.find(other) is None and ends_with_title(post):
                        self.roster.add(other, post)
            return

    def _reported_briefers(self, paragraphs: list[str]) -> list[str]:
        """A UN Geneva briefing summary: who chaired it hosts, and each paragraph "Name, for
        the Agency, made the following statement: / said that…" opens that briefer's
        statement, under the topic line above it."""
        chairs = summary_chairs(paragraphs[:15])
        if not chairs:
            return paragraphs
        out: list[str] = []
        for paragraph in paragraphs:
            name = reported_briefer(paragraph)
            if name is None or read_turn(paragraph, self.roster.copy(), english=True):
                out.append(paragraph)
                continue
            if out and topic_line(out[-1]) and not summary_chairs(out[-1:]):
                self.topics[paragraph] = out.pop()
            self.roster.add(name, None)
            out.append(f"{name}: {paragraph}")
        if not self.topics and len(out) == len(paragraphs) and out == paragraphs:
            return paragraphs
        for name, post in chairs:
            self.roster.add(name, post, HOST)
        return out

    def _spokesperson_of_host(self) -> None:
        """外交部3日举行首场网上记者会 … 发言人华春莹: a bare 发言人 speaks for the body that
        holds the press conference."""
        office = self.result.host_office
        if not office or not office.endswith(tuple(ORG_SUFFIXES)):
            return
        for entry in self.roster.entries:
            if entry.position in ("发言人", "新闻发言人"):
                entry.position = office + entry.position

    def _names_as_printed(self) -> None:
        """Desantis, from a label a transcript printed in capitals, is DeSantis where the
        page prints the name in its own mixed case (DeSantis, McCarthy, LaHood)."""
        page = "\n".join([self.result.title or "", *self.text_paragraphs[:200]])
        for entry in self.roster.entries:
            printed = {
                m[0]
                for m in re.finditer(rf"\b{re.escape(entry.name)}\b", page, re.IGNORECASE)
                if m[0] != entry.name
                and not m[0].isupper()
                and re.search(r"\w[A-Z]", m[0])
                # Attaullah TARAR: a surname in capitals in running text is no way of spelling it
                and not any(w.isupper() and len(w) > 2 for w in m[0].split())
                # MR. McCLELLAN: a capitals label keeping its prefix's case, no spelling
                and not re.search(r"[A-Z]{3}", m[0])
            }
            if len(printed) != 1 or self.roster.find(name := printed.pop()) is not None:
                continue
            for segment in self.result.segments:
                segment.answerers = [name if a == entry.name else a for a in segment.answerers]
            entry.name = name

    def _full_names_of_surnames(self) -> None:
        """Premier Ford in a story that introduced Ontario Premier Doug Ford: the person by
        the full name and the fullest post the text gives (where a turn signs the surname,
        only if the text gives the full name that same post)."""
        signed = {n for s in self.result.segments for n in s.answerers}
        r = self.result
        head = [r.title or "", r.lead or "", *self.text_paragraphs[:6]]
        for entry in self.roster.entries:
            if entry.name in signed or not entry.position:
                # PALLADINO: under "State Department Spokesperson Robert Palladino Addresses…":
                # the post and full name the headline or lead gives the signed surname.
                found = post_and_full_name(entry.name, head)
                if found:
                    name, post = found
                    if name != entry.name and self.roster.find(name) is None:
                        for segment in r.segments:
                            segment.answerers = [
                                name if a == entry.name else a for a in segment.answerers
                            ]
                        entry.name = name
                    entry.position = entry.position or post
            # Ts.Elbegdorj: a Mongolian name, the patronymic's initial joined to it, is whole
            if " " in entry.name or _INITIAL_NAME_RE.fullmatch(entry.name):
                continue
            fuller = {
                n
                for n, _p in self.roster.mentions
                if n.endswith(" " + entry.name)
                and not re.match(rf"(?:{TITLE_WORDS})s?\b", n)  # Premiers Ford: no name
                and n.split()[0].rstrip(".") not in _NOT_GIVEN_NAMES  # Mr Picardo: none
            }
            if len(fuller) != 1:
                continue
            name = fuller.pop()
            known = self.roster.find(name)
            if known is not None:
                if entry.name not in signed and known is not entry:
                    # Scott (Governor Scott began his briefing) beside Phil Scott: one person
                    self.roster.entries.remove(entry)
                continue
            posts = {p for n, p in self.roster.mentions if n == name and p}
            if entry.position:
                # Ontario Premier for Premier; President of the Republic of … for President
                posts = {
                    p
                    for p in posts
                    if p.endswith(entry.position) or p.startswith(entry.position + " of ")
                }
            if entry.name in signed:
                # President Hale: under "… with President Ann Hale": the same post too
                if not posts:
                    continue
                for segment in r.segments:
                    segment.answerers = [name if a == entry.name else a for a in segment.answerers]
            entry.name = name
            if posts:
                entry.position = max(posts, key=len)

    def _headline_attribution(self, title: str | None) -> list[str]:
        """…SCO Conference To Take Place In Islamabad This Month: Tarar, over a story on his
        press conference that names Minister … Attaullah Tarar: the one the headline quotes."""
        m = re.search(r":\s+(?P<surname>[A-Z][a-z]{2,})$", title or "")
        if not m or m["surname"] in _NOT_GIVEN_NAMES:
            return []
        full = {
            n
            for n, p in self.roster.mentions
            if p and n.endswith(" " + m["surname"]) and len(n.split()) >= 2
        }
        return [m["surname"]] if len(full) == 1 else []

    def _posts_with_their_place(self) -> None:
        """Governor: over a transcript whose blurb names Minnesota Governor Tim Walz: the
        post with the place the text gives it."""
        for entry in self.roster.entries:
            if not entry.position or " " not in entry.name:
                continue
            fuller = {
                p
                for n, p in self.roster.mentions
                if n == entry.name
                and re.fullmatch(rf"(?:[A-Z][a-z]+ ){{1,2}}{re.escape(entry.position)}", p or "")
                and not _NOT_A_PLACE_RE.search(p[: -len(entry.position)])
            }
            if len(fuller) == 1:
                entry.position = fuller.pop()

    def _listed_presenters(self, paragraphs: list[str]) -> list[str]:
        """发布人: alone on its line after the lead, then one person a line, name or post
        first (阚全程 省卫生健康委主任 / 省民政厅副厅长 孟令武): the press conference's
        speakers. The list is no part of the text; a line "post name" right after it, over
        words that are nobody's turn, labels whoever speaks next (the host, who opens)."""
        for i, paragraph in enumerate(paragraphs[:40]):
            field = _HEADER_FIELD_RE.match(paragraph.strip())
            if not field or field["value"].strip():
                continue
            kind = re.sub(r"\s+", "", field["field"])
            if kind not in _PEOPLE_FIELDS and kind not in {"主持人", "主持"}:
                continue
            people = []
            end = i + 1
            name_first = (
                bool(_NAME_THEN_POST_RE.match(paragraphs[end].strip()))
                if end < len(paragraphs)
                else False
            )
            while end < len(paragraphs) and (
                person := _listed_person(paragraphs[end], name_first, only=True)
            ):
                people.append(person)
                end += 1
            if not people:
                continue
            later = "\n".join(self.paragraphs)
            for person in people:
                role = HOST if kind in {"主持人", "主持"} else SPEAKER
                self.roster.add(person.name, _fuller_post(person, later), role)
            after = paragraphs[end] if end < len(paragraphs) else ""
            labels = (
                end + 1 < len(paragraphs)
                and not _HEADER_FIELD_RE.match(after.strip())  # 主持人: the next list's field
                and _listed_person(after, name_first=False)
                and read_turn(paragraphs[end + 1], self.roster.copy()) is None
            )
            if labels:
                # the one who opens after the list, and is not on it, hosts
                opener = _listed_person(after, name_first=False)
                if all(person.name != opener.name for person in people):
                    self.roster.add(opener.name, opener.position, HOST)
                return [*paragraphs[:i], after + ":", *paragraphs[end + 1 :]]
            # 出席人员: / … / 主持人: / 黄 恩 市委常委…: the next field's list too
            return [*paragraphs[:i], *self._listed_presenters(paragraphs[end:])]
        return paragraphs

    def _calls_on_asker(self) -> None:
        """President Obama: First question is Margaret Brennan. / Q: …: words that only give
        the floor to a journalist are no statement; the journalist asks the next question."""
        segs = self.result.segments
        for i in range(len(segs) - 2, -1, -1):
            seg, after = segs[i], segs[i + 1]
            if seg.question is not None or len(seg.paragraphs) != 1 or after.question is None:
                continue
            m = _GIVES_FLOOR_RE.match(seg.paragraphs[0].strip())
            if not m or after.asker:
                continue
            after.asker = m["name"]
            self.result.host_remarks.extend(seg.paragraphs)
            del segs[i]

    def _drop_floor_opening(self) -> None:
        """Good afternoon everyone. / If you have questions for me, … go ahead.: an opening
        that only greets and opens the floor, the questions next, is no statement."""
        segs = self.result.segments
        if len(segs) < 2 or segs[0].question is not None or segs[1].question is None:
            return
        if _GREETING_RE.match(segs[1].question.strip()):
            return  # Q Good afternoon.: the room greets back; the greeting is the briefer's turn
        paragraphs = segs[0].paragraphs
        if (
            _only_opens_floor(paragraphs) or _no_announcements(paragraphs)
            if self.english
            else _nothing_to_announce(paragraphs)
        ):
            self.result.host_remarks.extend(paragraphs)
            segs.pop(0)
            return
        if not self.english:
            return
        if not 1 <= len(paragraphs) <= 2 or sum(map(len, paragraphs)) > 200:
            return
        if len(paragraphs) == 2 and not _GREETING_RE.match(paragraphs[0]):
            return
        if not _OPENS_FLOOR_RE.search(paragraphs[-1]):
            return
        self.result.host_remarks.extend(paragraphs)
        segs.pop(0)

    def _clean(self, paragraphs: list[str]) -> list[str]:
        """The article's paragraphs without the page around it, labels normalised, run-on
        turns split and credits taken."""
        first = (
            re.match(r"(?:原标题|原题)\s*:\s*(?P<title>\S.{4,80})$", paragraphs[0].strip())
            if (paragraphs)
            else None
        )
        if first:  # 原标题:…主持例行记者会 first: the page's only headline
            paragraphs = [first["title"], *paragraphs[1:]]
            shorter = len(paragraphs) > 1 and paragraphs[1].strip()
            if shorter and len(shorter) >= 6 and first["title"].startswith(shorter):
                # 原标题:…记者会文字实录 over …记者会: the headline printed again, shorter
                paragraphs = [shorter, *paragraphs[2:]]
        paragraphs = [q for p in paragraphs for q in split_run_on(p)]
        if not self.english:
            # • 陈文俊: a live page's bulleted label
            paragraphs = [re.sub(rf"^[•·]\s*(?=[{HAN}]{{2,4}}\s*:$)", "", p) for p in paragraphs]
            paragraphs = _without_romanised_labels(paragraphs)
            paragraphs = _host_line_over_welcome(paragraphs)
            if len(paragraphs) > 3 and re.fullmatch(f"[{HAN}]", paragraphs[-1].strip()):
                paragraphs = paragraphs[:-1]  # …?\n张: the copy cut inside the next label
        if self.english:
            paragraphs = [q for p in paragraphs for q in _glued_paragraphs(p)]
            paragraphs = [q for p in paragraphs for q in _chevron_turns(p)]
            # Governor Walz >> Good morning, everyone.: a caption service's label
            paragraphs = [_NAMED_CHEVRON_RE.sub(r"\g<label>: ", p) for p in paragraphs]
            # Q: … / SG: …: a UN press encounter's Secretary-General, by his office's letters.
            if sum(1 for p in paragraphs if p.startswith("SG: ")) >= 2:
                paragraphs = [f"A: {p[4:]}" if p.startswith("SG: ") else p for p in paragraphs]
        paragraphs = [q for p in paragraphs[:3] for q in _caption_run_into_dateline(p)] + (
            paragraphs[3:]
        )
        # A whole article pasted as one line: its first sentence is no headline.
        self.one_line = len(self.paragraphs) == 1 and len(paragraphs) > 2
        paragraphs = self._doubled_headline(paragraphs)
        if self.english:
            paragraphs = utterance_records(paragraphs)  # before repeated lines look like residue
            paragraphs = self._said_then_quoted(paragraphs)
        if self.english:
            # …Briefing with Principal Deputy Spokesperson Vedant Patel, … Read the transcript
            # here.: a transcription service's blurb, residue, but it names who briefs.
            self.blurb_people = [
                pair
                for p in paragraphs[:12]
                if _READ_IT_HERE_RE.search(p)
                for pair in header_people(_READ_IT_HERE_RE.sub("", p))
                or _blurb_holder(_READ_IT_HERE_RE.sub("", p))
            ]
            if len(self.blurb_people) == 1:
                self.roster.add(*self.blurb_people[0])
        first_said = next(
            (i for i, p in enumerate(paragraphs) if " ".join(p.split()) in self.timed_lines),
            len(paragraphs),
        )
        # A video page's caption lines are what was said, short and repeated as they may be:
        # only the page above them is sifted for residue.
        said = paragraphs[first_said:]
        paragraphs, self.page_date = residue.drop_residue(paragraphs[:first_said], self.english)
        paragraphs += said
        self.page_sentences = residue.before_transcript(paragraphs) if self.english else set()
        if not self.english and residue.colon_headline_over_dateline(paragraphs):
            self.colon_headline = paragraphs[0].strip()
        if self.english:
            # &nbs= p; MR. CARNEY:: a forwarded e-mail's quoted-printable residue before a
            # label.
            paragraphs = [_QP_SPACE_RE.sub("", p) for p in paragraphs]
        if not self.english:
            paragraphs = [q for p in paragraphs for q in _live_entries_on_one_line(p)]
            self._live_entry_names(paragraphs)
            # [赵启正]:女士们… [15:01]: a live-text page's time stamp after each entry.
            paragraphs = [
                _LABEL_STAMP_RE.sub(
                    r"\1",
                    _LIVE_DATED_STAMP_RE.sub(
                        r"\1", _LIVE_STAMP_RE.sub("", _LIVE_BULLET_RE.sub("", p))
                    ),
                )
                for p in paragraphs
            ]
        if not self.english:
            paragraphs = _without_live_sources(paragraphs)
            paragraphs = _spaced_labels(paragraphs)
            paragraphs = _unlabelled_opening(paragraphs)
            paragraphs = _welcoming_name_label(paragraphs)
            paragraphs = _join_stacked_host_label(paragraphs)
            paragraphs = _speech_headings(
                [q for p in paragraphs for q in _answer_after_question(p)]
            )
            paragraphs = _surname_labels(paragraphs)
            paragraphs = _caption_over_label(paragraphs)
        briefer = self.blurb_people[0][0] if len(self.blurb_people) == 1 else None
        paragraphs = join_timecoded([normalise_label(p) for p in paragraphs], briefer)
        if self.english:
            paragraphs = [q for i, p in enumerate(paragraphs) for q in _dateline(i, p)]
            # 0:07 - 0:11: a caption file's time range over each line, no heading
            paragraphs = [p for p in paragraphs if not _CUE_RANGE_RE.fullmatch(p.strip())]
            paragraphs = join_alone_labels(join_utterances(_bracketed_names(paragraphs)))
            paragraphs = split_caps_labels(paragraphs)
            narrated = _without_anchor(paragraphs)
            # PBS Utah presents…Governor Spencer Cox.: the channel's words still name people
            self.narration = [p for p in paragraphs if p not in set(narrated)]
            paragraphs = journalist_labels(narrated)
            paragraphs = presenter_narration(numbered_questions(paragraphs))
        else:
            paragraphs = join_label_lines(strip_clock_times(list(map(_dash_label, paragraphs))))
        paragraphs = self._drop_furniture(paragraphs)
        if self.english:
            paragraphs = self._drop_narration(paragraphs)
        if len(paragraphs) <= 1 and self.captions:
            # A photo caption alone (…王晨介绍…并答记者问。图为…主持发布会。X 摄): its
            # words are the text; its credit is already taken.
            paragraphs = paragraphs + self.captions[:1]
        paragraphs = self._take_credits(paragraphs)
        # Q: …? A: …, an excerpt's headline, is not a question run into its answer.
        headline = paragraphs[:1] if paragraphs and _QA_HEADLINE_RE.match(paragraphs[0]) else []
        paragraphs = headline + [
            q for p in strip_clock_times(paragraphs[len(headline) :]) for q in split_run_together(p)
        ]
        return paragraphs

    def _english_people(self, paragraphs: list[str]) -> list[str]:
        """Who an English page names, read before its turns: soundbites, full names that
        complete a surname label, people introduced."""
        # [Transcript] – THE PRESIDENT: Hello…: a blog's marker before the first label.
        paragraphs = [_TRANSCRIPT_MARK_RE.sub("", p) for p in paragraphs]
        # [14:00:00] QUESTION: …: a broadcaster's time stamp before a label
        paragraphs = [_STAMPED_LABEL_RE.sub("", p) for p in paragraphs]
        paragraphs = _rejoin_honorifics([q for p in paragraphs for q in _run_in_turns(p)])
        paragraphs, bitten = soundbites(paragraphs)
        for name, position in bitten:
            self.roster.add(name, position)
        listed, paragraphs = listed_speakers(paragraphs)
        for name, position in listed:
            self.roster.add(name, position)
        for p in self.narration + paragraphs:
            self.roster.mentions.extend(mentioned_people(p))
        for p in paragraphs:  # full names, to complete a surname label (MR PRICE:)
            self.roster.mentions.extend(lead_people.full_names(p))
            self.roster.mentions.extend(couple_mentions(p))
            caps = caps_post_label(p) if p[:1].isupper() else None
            if caps:  # SECRETARY OF DEFENSE DR. MARK T. ESPER: completes Secretary Esper
                self.roster.mentions.append(caps[:2])
        for p in paragraphs[:40]:
            for name, position in introduced_people(p):
                self.roster.add(name, position)
            for name, position in summary_people(p):
                self.roster.add(*_with_place(name, position, p))
        if not self.roster.entries:
            for name, position in reported_subject(paragraphs):
                self.roster.add(name, position)
                self.story_subject = True  # a story's subject: his quoted words stay its body
        # A photo caption run into a turn: the names it gives are read above.
        paragraphs = [q for q in map(residue.drop_photo_caption, paragraphs) if q]
        return paragraphs

    def _after_read_transcript(self, paragraphs: list[str]) -> list[str]:
        """A video page (Press Briefing | date | length | Download mp4 | Read the Transcript)
        over the transcript: the transcript's own headline follows the link, the page's
        lines above it are the player's, no part of the text."""
        for i, p in enumerate(paragraphs[:12]):
            if _READ_TRANSCRIPT_RE.match(p.strip()) and i + 1 < len(paragraphs):
                if read_turn(paragraphs[i + 1], self.roster.copy(), english=True):
                    return paragraphs
                for above in paragraphs[:i]:
                    self.result.published = self.result.published or meta.find_date(above)
                return paragraphs[i + 1 :]
        return paragraphs

    def _head(self, paragraphs: list[str]) -> list[str]:
        """The headline, the header and the lead taken off the text; the people the lead
        introduces added to the roster."""
        r = self.result
        if self.english:
            paragraphs = self._after_read_transcript(paragraphs)
            paragraphs = self._pm_transcripts_header(paragraphs)
        if not self.english and (
            residue.colon_headline(paragraphs) or self._still_colon_headline(paragraphs)
        ):
            # 歐陽瑜: 任何人…: a headline, not a turn
            if residue.second_colon_headline(paragraphs):
                del paragraphs[1]  # the headline again, longer: no turn
            r.kicker, r.title = meta.split_kicker(paragraphs.pop(0))
        paragraphs = self._take_header(paragraphs)
        if self.english:
            r.title = self._listed_briefing_title(paragraphs) or r.title
            if r.title and not self.roster.entries:
                # Press Conference: Karine Jean-Pierre Holds a Press Briefing…: the headline
                # names who briefs, for the name labels under it.
                for name, position in header_people(r.title):
                    self.roster.add(name, post_not_rank(name, position, r.title))
        if r.title and r.title.startswith(lead_people.HK_LEAD) and r.title.endswith(":"):
            r.lead, r.title = r.title, ""  # 以下是…的答问内容: a lead, no headline
        elif (
            paragraphs
            and paragraphs[0].startswith(lead_people.HK_LEAD)
            and paragraphs[0].endswith(":")
        ):
            r.lead = paragraphs.pop(0)  # a Hong Kong release's lead reads like a label
        elif not self.english and r.title and _REPORT_OPENING_RE.fullmatch(r.title.strip()):
            # 1月17日,淳安县首次举办…新闻发布会,这也是…之举。: a report that starts with its
            # dated first sentence has no headline; the sentence is its lead.
            paragraphs.insert(0, r.title)
            r.title = ""
            self.no_headline = True
        elif self.english and r.title and _EN_QUOTE_OPENING_RE.match(r.title.strip()):
            # “…,” said Trade Minister Gan.: a story's first sentence, quoting; no headline.
            paragraphs.insert(0, r.title)
            r.title = ""
            self.no_headline = True
        elif self.english and r.title and _en_prose_block(r.title):
            # Podium for todays briefing. Welcome to…: live captions pasted as one block of
            # many sentences; no headline.
            paragraphs.insert(0, r.title)
            r.title = ""
            self.no_headline = self.prose_block = True
        elif self.english and r.title and _DATELINE_LEAD_RE.match(r.title):
            # KOCHI — Chief Minister … on Friday tackled questions…: a story's lead under
            # its dateline; no headline.
            paragraphs.insert(0, r.title)
            r.title = ""
            self.no_headline = True
        elif self.english and r.title and _en_conference_sentence(r.title):
            # Gov. JB Pritzker (D-IL) held an end of session press briefing.; Hawaii lieutenant
            # governor Sylvia Luke speaks during a news conference, Thursday, …: a story's or
            # a caption's sentence; no headline.
            paragraphs.insert(0, r.title)
            r.title = ""
            self.no_headline = True
        elif self.english and r.title and _en_story_sentence(r.title):
            # In an unusual move, …, spokesman X began … by …: a story's first sentence of
            # thirty words or more, under a caption the page dropped; no headline.
            paragraphs.insert(0, r.title)
            r.title = ""
            self.no_headline = True
        lead_people.extend_roster(self.roster, r.lead, paragraphs, self.english)
        paragraphs = self._take_lead(paragraphs)
        lead_people.extend_roster(self.roster, r.lead, paragraphs, self.english)
        if self.english:
            self._prime_minister_in_headline(paragraphs)
        if not self.english:
            self._dateline_bylines(paragraphs)
        return paragraphs

    def _pm_transcripts_header(self, paragraphs: list[str]) -> list[str]:
        """PM Transcripts / … / Morrison, Scott / Period of Service: … / Release Date: / … /
        the heading: the Australian archive's header names, surname first, the Prime Minister
        whose transcript it is (PRIME MINISTER:); its fields are residue, the heading the title."""
        if not paragraphs or paragraphs[0].strip() != "PM Transcripts":
            return paragraphs
        for i in range(1, min(len(paragraphs) - 1, 6)):
            named = _PMT_INDEX_NAME_RE.match(paragraphs[i].strip())
            if named and paragraphs[i + 1].startswith("Period of Service:"):
                break
        else:
            return paragraphs
        k = i + 2
        while k < min(len(paragraphs), i + 20):
            field = _PMT_FIELD_RE.match(paragraphs[k].strip())
            if not field:
                break
            value = field.group("value") or (paragraphs[k + 1] if k + 1 < len(paragraphs) else "")
            if field.group("key") == "Release Date":
                self.result.published = self.result.published or meta.find_date(value)
            k += 1 if field.group("value") else 2
        if k >= len(paragraphs) or read_turn(paragraphs[k], self.roster.copy(), english=True):
            return paragraphs
        self.roster.add(f"{named.group('given')} {named.group('surname')}", "Prime Minister")
        return paragraphs[k:]

    def _prime_minister_in_headline(self, paragraphs: list[str]) -> None:
        """Jane Doe rules out an early poll / JOURNALIST: Prime Minister, … / PM: …: a
        doorstop whose questions address the Prime Minister and whose headline names one
        person; PM: is that person, when the text names no other prime minister."""
        title = self.result.title or ""
        if any(_PM_WORD_RE.search(p or "") for _n, p in self.roster.mentions) or any(
            e.position and _PM_WORD_RE.search(e.position) for e in self.roster.entries
        ):
            return
        if not any(_PM_LABEL_RE.match(p) for p in paragraphs) or not any(
            _PM_ADDRESSED_RE.match(p) for p in paragraphs
        ):
            return
        names = {n for n, _p in lead_people.full_names(title)}
        if len(names) == 1:
            self.roster.mentions.append((names.pop(), "Prime Minister"))

    def _still_colon_headline(self, paragraphs: list[str]) -> bool:
        """The first line is the "name: words" headline seen over its dateline."""
        head = self.colon_headline
        return bool(head and paragraphs and paragraphs[0].strip()[:8] == head[:8])

    def _read_meta(self) -> None:
        """Dates, host office and the headline cleaned, from the head and the captions."""
        r = self.result
        r.published = r.published or self.page_date
        for caption in self.captions[:1]:
            # 4月17日,…举行新闻发布会。…记者 X 摄: a caption above the text dates the event.
            r.event_date = r.event_date or meta.event_date(caption, r.published)
            r.host_office = r.host_office or meta.host_office(caption)
        if (
            not r.event_date
            and r.lead
            and r.lead.startswith(lead_people.HK_LEAD)
            and "今日" in r.lead[:80]
        ):
            r.event_date = r.published  # 以下是…今日(三月五日)…: the day of the release
        r.title = residue.clean_title(r.title)
        if self.english and r.title and residue.not_a_title(r.title):
            r.title = ""
        if not self.english and r.title and residue.tag_only(r.title):
            r.title = ""
        if not self.english and r.title and re.fullmatch(r"[A-Za-z]+(?: [A-Za-z]+){0,2}", r.title):
            r.title = ""  # People Daily over a Chinese story: the site's name, no headline
        if not self.english and r.title and re.fullmatch(f"[{HAN}]{{2,3}}", r.title):
            if looks_like_name(r.title):
                r.title = ""  # 李伟农 alone over the story: a photo's caption, no headline
        if not self.english and r.title and _topic_heading(r.title, self.paragraphs):
            r.title = ""
        if not r.host_office and r.title:
            r.host_office = meta.host_office(r.title) or meta.conference_office(r.title)
        if not r.event_date and r.title and not self.english:
            r.event_date = meta.conference_date(r.title)
        if not r.event_date and self.english and (r.published or self.page_date):
            # Following is the transcript of remarks … today (May 6):
            r.event_date = residue.today_in(self.text_paragraphs[:4], r.published or self.page_date)

    def _english_prose(self, paragraphs: list[str]) -> list[str]:
        """Surname labels completed; a reprinting site's own paragraphs before the first
        labelled turn go to the body."""
        r = self.result
        self._complete_surnames()
        # A reprinting site's own paragraphs before the first labelled turn.
        prose, paragraphs = residue.page_prose(
            paragraphs, lambda p: read_turn(p, self.roster.copy(), english=True)
        )
        r.body.extend(prose)
        while paragraphs and paragraphs[0] in self.page_sentences:
            r.body.append(paragraphs.pop(0))
            prose = True
        if not prose:
            reported, paragraphs = _reported_opening(paragraphs, self.roster)
            r.body.extend(reported)
        return paragraphs

    def _people_after_segments(self) -> None:
        """People the turns alone do not name: guests joining, briefers of a story or a
        gaggle, speakers quoted in the body or introduced by the host."""
        r = self.result
        if self.english:
            for p in self.text_paragraphs[:40]:
                for name, position in joining_guests(p):
                    self.roster.add(name, position)
            for p in self.text_paragraphs[:10]:
                for name, position in presented_panel(p):
                    known = self.roster.find(name) or next(
                        (e for e in self.roster.entries if e.name.split()[-1] == name.split()[-1]),
                        None,
                    )
                    if known is None:
                        self.roster.add(name, position)
            for p in self.text_paragraphs[:40]:
                for name, position in joined_by_posts(p):
                    surname = name.split()[-1]
                    if not any(e.name.split()[-1] == surname for e in self.roster.entries):
                        self.roster.add(name, position)
            for name, position in listed_speakers_were(self.text_paragraphs):
                if self.roster.find(name) is None:
                    self.roster.add(name, position)  # The spokespeople were …; …; and …
            for name, position in listed_at_conference(self.text_paragraphs):
                # Ontario Premier Doug Ford, Health Minister Christine Elliott, … provide an
                # update: everyone the story lists, whoever the page named first
                known = self.roster.find(name)
                if known is None:
                    self.roster.add(name, position)
                elif not known.position or position.endswith(known.position):
                    known.position = position
            for p in self.text_paragraphs[:10]:
                for name, position in beside_the_briefer(p):
                    surname = name.split()[-1]
                    if not any(e.name.split()[-1] == surname for e in self.roster.entries):
                        self.roster.add(name, position)
            if r.segments:
                for p in self.text_paragraphs[:40]:
                    for name in next_speakers(p):
                        if self.roster.find(name) is None:
                            self.roster.add(name, None)  # Admiral Jeffries will speak
        if self.english and not r.segments and not self.roster.entries:
            held = conference_holders(self.text_paragraphs)
            self.roster.mentions.extend(held)  # Chief Medical Officer Dr Tony Holohan
            by = headline_briefing_by(r.title)
            self.roster.mentions.extend([by] if by else [])  # …briefing by Minister of …, NAME
            for name in (
                gaggling_people(self.text_paragraphs)
                or questioned_people(self.text_paragraphs)
                or headline_briefers(r.title)
                or ([by[0]] if by else [])
                or [name for name, _post in held]
                or self._headline_attribution(r.title)
            ):
                # a pool report on a gaggle, a story on a briefing (Wilson was asked…); the
                # post where the text gives it with the full name (Deputy White House Press
                # Secretary Eric Schultz gaggled…)
                fuller = {
                    without_honorific(n)
                    for n, _p in self.roster.mentions
                    if n.endswith(" " + name)
                    and without_honorific(n) != name
                    and without_honorific(n).split()[0] not in _NOT_GIVEN_NAMES
                    # Mr Picardo: an honorific before the surname is no given name
                    and n.split()[0].rstrip(".") not in _NOT_GIVEN_NAMES
                    and not re.match(rf"(?:{TITLE_WORDS})\b", n)  # Premier Alice Ebanks
                } or _full_names_in_text(name, self.text_paragraphs)
                page = "\n".join(self.text_paragraphs[:40])
                # Rwanda Paul Kagame: a name read across "President of Rwanda Paul Kagame"
                fuller = {n for n in fuller if not re.search(rf"\bof {re.escape(n)}", page)}
                if len(fuller) > 1:
                    # Broadcasting Attaullah Tarar beside Attaullah Tarar with his post
                    fuller = {
                        n for n in fuller if any(m == n and p for m, p in self.roster.mentions)
                    }
                name = fuller.pop() if len(fuller) == 1 else name  # Wilson: Kingsley Wilson
                posts = {
                    # Advertisement The Minister of …: a site's residue run into the sentence
                    re.sub(r"^(?:Advertisement\s+)?(?:The\s+)?", "", p)
                    for n, p in self.roster.mentions
                    if without_honorific(n) == name and p
                }
                longest = max(posts, key=len, default="")
                if longest and all(longest.startswith(p) for p in posts):
                    posts = {longest}  # President, and President of Rwanda: the fuller
                held_post = dict(held).get(name)
                if held_post and len(held) > 1:
                    posts = {held_post}  # …, Minister of Health Sabrina Turner, …: as listed
                self.roster.add(name, posts.pop() if len(posts) == 1 else None)
            if not self.roster.entries:
                for name, post in office_surname_briefers(
                    [r.title or "", *self.text_paragraphs[:3]]
                ):
                    self.roster.add(name, post)
            surnames = {e.name.split()[-1] for e in self.roster.entries}
            for name, post in reported_by_surname(self.text_paragraphs, self.roster.mentions):
                if name.split()[-1] not in surnames:
                    self.roster.add(name, post)
            if self.roster.entries:  # the briefer known: others the story quotes by post
                for name, post in apposed_sayers(self.text_paragraphs):
                    if self.roster.find(name) is None:
                        self.roster.add(name, post)
        if self.english:
            for p in self.text_paragraphs[:40]:
                for name, position in was_joined_by(p):
                    # King was joined by Minister … Jamie Fox: beside the one the story is on
                    surname = name.split()[-1]
                    if not any(e.name.split()[-1] == surname for e in self.roster.entries):
                        self.roster.add(name, position)
        if self.english:
            self._full_names_of_surnames()
            self._names_as_printed()
            self._posts_with_their_place()
        if not self.english:
            self._speakers_in_body()
            self._attending_after_lead()
            self._answering_in_headline()
            self._answering_in_report()
            self._introduced_by_host()
            self._guests_named_by_speaker()
            self._guests_presented_in_body()
            self._guests_listed_in_body()
            self._presided_in_report()
            self._posts_by_address()
            self._caption_gallery()
            for name, post in lead_people.delegates_who_spoke("\n".join([r.lead or "", *r.body])):
                if self.roster.find(name) is None:
                    self.roster.add(name, post)
            if not r.segments:
                # A caption often introduces the spokesperson with the post of the day.
                lead_people.reported_people(
                    self.roster, r.lead, self.captions + r.body, r.title or ""
                )
                self._only_attending_in_report()

    def _only_attending_in_report(self) -> None:
        """市委书记凌云出席。…胡建斌参加。 in a report that never names them again: they
        attended, and nothing they said is reported; no speakers."""
        r = self.result
        text = "\n".join([r.title or "", r.lead or "", *r.body, *self.captions])
        # …并答记者问。…等出席。: attending the conference that answered the questions
        answered = {name for name, _post in lead_people.attending_who_answered(text)}
        for entry in list(self.roster.entries):
            if entry.role != SPEAKER or text.count(entry.name) != 1 or entry.name in answered:
                continue
            at = text.find(entry.name)
            sentence = re.split(r"[。;!?\n]", text[at:], maxsplit=1)[0]
            whole = text[max(text.rfind("。", 0, at), text.rfind("\n", 0, at)) + 1 : at] + sentence
            # 市委副书记、市长周海,副市长何平出席发布会。/ 周海说…: listed with one who
            # speaks, the conference's panel
            beside = any(
                e is not entry and e.name in whole and text.count(e.name) > 1
                for e in self.roster.entries
            )
            if _ONLY_ATTENDS_RE.search(sentence) and not _SPEAKS_RE.search(sentence) and not beside:
                self.roster.entries.remove(entry)

    def _finish(self) -> None:
        r = self.result
        self._fill_positions()
        if not self.english:
            self._post_as()
        self._caption_statement()
        self._cut_heading()
        if not self.english:
            self._self_named_outlets()
            self._headings_over_questions()
        for segment in r.segments:
            topic = self.topics.get(segment.paragraphs[0]) if segment.paragraphs else None
            if topic and topic not in segment.headings:
                segment.headings.insert(0, topic)
                segment.blocks.insert(0, {"kind": "heading", "text": topic})
        self._unsigned_briefing()
        self._briefing_to_the_room()
        self._collect_figures()
        self._collect_speakers()
        # 作者:王佳妮 on the time line: a credit, unless the byline credits her already.
        credited = {c.name for c in r.credits}
        r.credits.extend(
            Credit("作者", n) for n in dict.fromkeys(self.field_authors) if n not in credited
        )
        # The same photographer under two captions is one credit.
        r.credits = list({(c.role, c.name): c for c in reversed(r.credits)}.values())[::-1]
        self._check()
        self._restore_printed()

    def _unsigned_briefing(self) -> None:
        """Thanks for joining us for the Weekly Briefing. / Prime Minister … is at the border
        today…: a spokesperson's briefing copied with nobody's name: one statement, left
        unsigned for the editor (a warning says so)."""
        r = self.result
        if not self.english or r.segments or self.roster.entries:
            return
        said = list(self.text_paragraphs)
        start = next(
            (i for i, p in enumerate(said[:3]) if _THANKS_FOR_JOINING_RE.fullmatch(p.strip())),
            None,
        )
        if start is None and _OFFICE_REMARKS_RE.search(r.title or "") and r.body:
            # Turks and Caicos Premier Remarks: Natl News Conference… over remarks in the first
            # person that never name the premier: his remarks, unsigned
            first = r.lead or r.body[0]
            spoken = [p for p in [first, *r.body[:3]] if _FIRST_PERSON_RE.search(p)]
            if len(spoken) >= 2 and first in said:
                start = said.index(first)
        if start is None or len(said) - start < 2:
            return
        if start and _EN_WELCOME_RE.fullmatch(said[start - 1].strip()):
            start -= 1  # Good Morning Ladies and Gentlemen and welcome. / Thank you for…
        # State House Summit on Tourism:: a topic line with its colon heads what follows
        self._unsigned_statement(said[start:], r"[A-Z][^.!?:]{2,60}:")
        if r.title in said[start:]:
            r.title = ""
        r.lead, r.body = None, []

    def _unsigned_statement(self, paragraphs: list[str], heading: str) -> None:
        """One statement signed by nobody, the lines matching heading as its headings; the
        editor is warned that it has no speaker."""
        segment = Segment(question=None, answerers=[])
        for p in paragraphs:
            if re.fullmatch(heading, p.strip()):
                segment.add_heading(p.strip())
            else:
                segment.add_paragraph(p)
        self.result.segments.append(segment)
        self._warn_unsigned(segment)

    def _headings_over_questions(self) -> None:
        """十四届全国人大二次会议第二场“部长通道” / 3月8日 / Q朱烨:…: in a compilation of
        questions from several events, the short lines over each question name its event;
        they head that question, not the answer before it."""
        r = self.result
        moved_any = False
        for before, segment in zip(r.segments, r.segments[1:], strict=False):
            if segment.question is None or segment.headings:
                continue
            moved: list[str] = []
            while (
                len(before.paragraphs) > 1
                and before.blocks
                and before.blocks[-1]["kind"] == "paragraph"
                and before.blocks[-1]["text"] == before.paragraphs[-1]
                and _HEADING_LINE_RE.fullmatch(before.paragraphs[-1].strip())
            ):
                before.blocks.pop()
                moved.insert(0, before.paragraphs.pop().strip())
            if moved:
                moved_any = True
                segment.headings[:0] = moved
                segment.blocks[:0] = [{"kind": "heading", "text": h} for h in moved]
        first = r.segments[0] if r.segments else None
        above = [p for p in [r.lead or "", *r.body] if p]
        if (
            moved_any
            and first is not None
            and first.question is not None
            and not first.headings
            and above
            and all(_HEADING_LINE_RE.fullmatch(p.strip()) for p in above)
        ):
            # the first event's lines, read as the lead under the page's headline
            first.headings[:0] = [p.strip() for p in above]
            first.blocks[:0] = [{"kind": "heading", "text": p.strip()} for p in above]
            r.lead, r.body = None, []

    def _self_named_outlets(self) -> None:
        """记者:谢谢主持人。覃市长您好,我是深圳特区报记者,…: a reporter whose label names no
        outlet names it in the question."""
        for segment in self.result.segments:
            if segment.question and not segment.asker:
                m = _OWN_OUTLET_RE.search(segment.question[:80])
                outlet = m and (m["outlet"] or m["opening"])
                if outlet and not re.search(r"[,。!?、]", outlet):
                    segment.asker = outlet

    def _cut_heading(self) -> None:
        """一是稳定就业基本 as the copy's last line: a sentence cut off by the end of the copy,
        not a heading over nothing."""
        r = self.result
        if not r.segments or not self.text_paragraphs:
            return
        segment = r.segments[-1]
        last = segment.blocks[-1] if segment.blocks else None
        if (
            last is None
            or last["kind"] != "heading"
            or not segment.paragraphs
            or last["text"] != self.text_paragraphs[-1].strip()
            or re.search(r"[。!?:;.]$", last["text"])
        ):
            return
        last["kind"] = "paragraph"
        segment.headings.pop()
        segment.paragraphs.append(last["text"])

    def _caption_statement(self) -> None:
        """A WebVTT caption file in which nothing else is recognised: what is said is one
        unsigned statement, and no line is its headline."""
        r = self.result
        if self.timed_lines and not r.segments and (r.lead or r.body):
            # A video page's timed caption lines under its description: one statement, the
            # description's one official's (Chicago Mayor … holds a press briefing.), its
            # lines in the page's order; the description stays the lead.
            read = _in_page_order(([r.lead] if r.lead else []) + r.body, self.paragraphs)
            said = [p for p in read if " ".join(p.split()) in self.timed_lines]
            segment = Segment()
            for paragraph in said or read:
                segment.add_paragraph(paragraph)
            lone = self._lone_speaker()
            segment.answerers = [lone] if lone else []
            r.segments.append(segment)
            rest = [p for p in read if p not in said] if said else []
            r.lead, r.body = (rest[0], rest[1:]) if rest else (None, [])
            return
        briefers = headline_briefers(r.title) if self.english else []
        by = headline_briefing_by(r.title) if self.english else None
        text = "\n".join(([r.lead] if r.lead else []) + r.body)
        welcome = next((p for p in self.text_paragraphs[:6] if _WELCOMES_PRESS_RE.match(p)), None)
        if (
            briefers
            and not r.segments
            and len(text) >= 300
            and text.upper() == text  # captions in capitals, as a live stream prints them
            and len(re.findall(r"\b(?:I|WE|MY|OUR)\b", text)) >= 3
        ) or (
            # Full text of press briefing by …, NAME / Good morning gentlemen, and welcome to
            # this press conference…: the briefer's own words under the headline.
            by and not r.segments and self.roster.find(by[0]) and welcome is not None
        ):
            briefers = briefers or [by[0]]
            if welcome is not None and not text.startswith(welcome):
                r.body.insert(0, welcome)  # taken for a line of the header
            # Mark Esper and Joseph Dunford hold news conference…, then a live stream's
            # captions spoken in the first person: one statement, the first named's.
            segment = Segment()
            for paragraph in ([r.lead] if r.lead else []) + r.body:
                segment.add_paragraph(paragraph)
            segment.answerers = [briefers[0]] if self.roster.find(briefers[0]) else []
            r.segments.append(segment)
            r.body, r.lead = [], None
            return
        if r.speakers or r.segments or not self.text_paragraphs:
            return
        # Live captions pasted as one block, spoken in the first person: the same.
        block = (
            self.prose_block
            and len(self.text_paragraphs) == 1
            and _SPEAKING_RE.search(self.text_paragraphs[0][:500])
        )
        if not self.caption_file and not block:
            return
        r.title = ""
        r.segments.append(Segment())
        for paragraph in self.text_paragraphs:
            r.segments[0].add_paragraph(paragraph)
        r.body, r.lead = [], None

    def _said_then_quoted(self, paragraphs: list[str]) -> list[str]:
        """Speaking at the press conference today in London, Foreign Secretary William Hague
        said: / “It is a great honour…: a news story's quoted remarks, paragraph by
        paragraph, under the line naming who said them: that one's statement."""
        out = list(paragraphs)
        for i, p in enumerate(paragraphs[:12]):
            m = _SAID_COLON_RE.search(p.strip())
            after = paragraphs[i + 1].strip() if i + 1 < len(paragraphs) else ""
            if not after.startswith(("“", '"')):
                continue
            if m:
                self.roster.add(m["name"], m["post"])
                out[i + 1] = f"{m['name']}: {after}"
                break
            # This is everything Mr Drakeford said in his address:: the surname of one the
            # story names in full (Mark Drakeford has stated).
            said = _EVERYTHING_SAID_RE.search(p.strip())
            full = (
                {
                    n
                    for q in paragraphs[:i]
                    for n in re.findall(rf"\b[A-Z][a-z]+ {said['surname']}\b", q)
                    if not n.startswith(("Mr ", "Ms ", "Mrs ", "Dr "))
                }
                if said
                else set()
            )
            if len(full) == 1:
                name = full.pop()
                self.roster.add(name, None)
                out[i + 1] = f"{name}: {after}"
                break
        return out

    def _live_entry_names(self, paragraphs: list[str]) -> None:
        """[彭放] 记者招待会马上就要开始了… [09:59]: a live page's entries, each under the
        bracketed name of who speaks and over its time. Where the page has three such
        entries at least, a bare name in the brackets is a speaker's label."""
        entries = [_LIVE_ENTRY_RE.match(p) for p in paragraphs]
        entries = [m for m in entries if m]
        if len(entries) < 3:
            return
        for m in entries:
            name = m["label"]
            if looks_like_name(name) and self.roster.find(name) is None:
                self.roster.add(name, None)

    def _drop_furniture(self, paragraphs: list[str]) -> list[str]:
        kept = []
        # 图片来源:外交部网站问:…: a photo's source note run into a question; the page's.
        paragraphs = [_PHOTO_SOURCE_RUN_IN_RE.sub("", p) for p in paragraphs]
        for i, p in enumerate(paragraphs):
            channel = meta.channel_from(p) if i < 6 else None
            if channel:
                self.result.channel = self.result.channel or channel
                continue
            bare = _BUTTONS_RE.sub("", p).strip() if len(p) <= 80 else p
            if not bare:
                continue
            editor = editor_of(bare)
            if editor and len(bare) <= 40:
                self.result.editor = self.result.editor or editor
                continue
            bracketed = bracket_byline(p) if i < 10 else None
            if bracketed:
                self.result.credits.extend(bracketed[0])
                p = bracketed[1]
                if not p:
                    continue
            byline = credit_line(p) if i < 10 and len(p) <= 60 and " " in p.strip() else None
            byline = byline or (slashed_byline(p) if i < 10 else None)
            if byline and all(c.role in _BYLINE_ROLES for c in byline):
                # 本报记者 王冬梅: a newspaper's byline under the headline.
                self.result.credits.extend(byline)
                continue
            closing = _CLOSING_EDITOR_RE.search(p) if len(p) > 40 else None
            if closing:
                # …呼籲市民非必要不要外出。(編輯:吳協昌)1121004: the story's last paragraph with
                # its editor and the wire's number run on; the paragraph stays.
                self.result.credits.append(Credit(closing["role"], closing["name"]))
                p = p[: closing.start()].rstrip()
            if i < 8 and (not self.result.published or _FIELD_LINE_RE.match(p)):
                fields = meta.meta_fields(p) if not _prose(p) else None
                if fields and set(fields) == {"date"} and _headline_with_date(p):
                    fields = None  # 国台办新闻发布会辑录(2023-04-26): a headline, not a dateline
                if fields:
                    self._take_fields(fields)
                    continue
            source = re.fullmatch(r"来源\s*:\s*(\S{2,20})", p.strip()) if i < 10 else None
            if source:
                self.result.source = self.result.source or source[1]  # 來源:台灣網 alone
                continue
            if len(p) <= 120 and _FURNITURE_RE.search(p):
                continue
            if i < 10 and _SCENE_CAPTION_RE.match(p):
                continue  # 场下记者提问: a photo's caption, with no credit
            if len(p) <= 60 and _CAPTION_RE.search(p):
                # 图为发布会现场。(记者 丁一凡 摄): the caption goes, its credit stays.
                caption = re.sub(r"^[▲△▼▽]\s*", "", p)
                credits = credit_line(caption) or split_trailing_credits(caption)[1]
                self.result.credits.extend(credits)
                continue
            credits = caption_credits(p) if len(p) <= 200 else None
            if credits:
                # 2月28日,…举行新闻发布会。新华社记者 郑可欣 摄: a caption with no 图为.
                self.result.credits.extend(credits)
                self.captions.append(p)
                continue
            if i == 0 and self.english and _printed_twice(p) and not p.rstrip().endswith("."):
                # PM … addresses Dominicans, shares update… printed twice over the story and
                # joined: the headline, once.
                text = p.strip()
                kept.append(text[: (len(text) + 1) // 2].strip())
                continue
            if i < 10 and _printed_twice(p):
                # …主任黄守宏 中国网 李佳…主任黄守宏 中国网 李佳: a photo's caption printed
                # twice, run together; no lead, no text.
                self.captions.append(p)
                continue
            kept.append(p)
        return kept

    def _take_fields(self, fields: dict[str, str]) -> None:
        r = self.result
        r.published = r.published or fields.get("date")
        editor = fields.get("编辑") or fields.get("责任编辑")
        if editor:
            r.editor = r.editor or editor
        if fields.get("来源"):
            r.source = r.source or fields["来源"]
        author = fields.get("作者")
        if author and not self.english:
            # 2020-03-13 20:27:08 作者:王佳妮 来源:东方网: the writer's name on the time line.
            names = [n for n in author.split() if looks_like_name(n)]  # not 打印本页 after it
            self.field_authors.extend(names[:1])

    def _drop_narration(self, paragraphs: list[str]) -> list[str]:
        """Our political editor Jane Doe reported / JANE DOE: … / DOE: …: a broadcast report
        of a press conference; the reporter is a credit and her narration no turn."""
        found = next(
            ((i, m) for i, p in enumerate(paragraphs[:60]) if (m := _NARRATOR_RE.match(p.strip()))),
            None,
        )
        if found is None:
            return paragraphs
        i, m = found
        role, name = m.group(1).lower(), m.group(2)
        labels = {name.upper(), name.split()[-1].upper()}
        if not any(_label_of(q) in labels for q in paragraphs[i + 1 :]):
            return paragraphs
        self.result.credits.append(Credit(role, name))
        kept, narrating = paragraphs[:i], False
        for q in paragraphs[i + 1 :]:
            label = _label_of(q)
            if label is not None:
                narrating = label in labels
            if not narrating:
                kept.append(q)
        return kept

    def _take_credits(self, paragraphs: list[str]) -> list[str]:
        """Credits and editors in the closing lines."""
        paragraphs = list(paragraphs)
        found: list[Credit] = []
        while paragraphs:
            last = paragraphs[-1]
            credits = credit_line(last)
            if credits:
                found = credits + found
                paragraphs.pop()
                continue
            trimmed, credits = split_trailing_credits(last)
            if credits:
                found = credits + found
                paragraphs[-1] = trimmed
                if not trimmed:
                    paragraphs.pop()
            break
        self.result.credits.extend(found)
        return paragraphs

    def _doubled_headline(self, paragraphs: list[str]) -> list[str]:
        """中銀全幣種信用卡 / 2020年03月25日 / 第A03版:澳聞 / the headline twice: short
        lines over a headline the page prints twice are the page's; dates among them stay."""
        doubled = next(
            (
                i
                for i in range(1, min(6, len(paragraphs) - 1))
                if paragraphs[i] == paragraphs[i + 1]
                and 6 <= len(paragraphs[i]) <= 60
                and "。" not in paragraphs[i]  # a photo caption printed twice is none
                and all(len(p) <= 40 for p in paragraphs[:i])
                and self._is_title(paragraphs[i])
            ),
            None,
        )
        if doubled is None and self.english:
            # Monday, 24 June, 2002 / Headline / photo caption / Headline: an archived news
            # page's menus over a headline printed again under its photo's caption.
            doubled = next(
                (
                    i + 1
                    for i in range(1, min(40, len(paragraphs) - 2))
                    if paragraphs[i] == paragraphs[i + 2]
                    and 6 <= len(paragraphs[i]) <= 80
                    and _EN_DAY_DATE_RE.match(paragraphs[i - 1])
                    and len(paragraphs[i + 1]) <= 80
                    and all(len(p) <= 80 for p in paragraphs[:i])
                ),
                None,
            )
            if doubled is not None:
                return paragraphs[doubled - 1 : doubled + 1] + paragraphs[doubled + 2 :]
        if doubled is None:
            return paragraphs
        dates = [p for p in paragraphs[:doubled] if meta.find_date(p)]
        return dates + paragraphs[doubled + 1 :]

    def _take_header(self, paragraphs: list[str]) -> list[str]:
        """Title, kicker and header fields (时间:, 主持人:, 发布人:) before the text starts."""
        r = self.result
        rest = list(paragraphs)
        if self.english:
            return self._take_english_header(rest)
        wire = _WIRE_TITLE_FIELD_RE.match(rest[0].strip()) if rest else None
        if wire:
            # 新华社北京12月9日电 题:…: the wire's dateline, then the headline as a field
            r.title = wire["title"].strip()
            rest = rest[1:]
        if (
            len(rest) > 2
            and re.fullmatch(f"[{HAN}]{{2,4}}", rest[0])
            and re.fullmatch(f"[{HAN}]{{2,4}}", rest[1])
            and 8 <= len(rest[2]) <= 60
            and not rest[2].endswith("。")
            and self._is_title(rest[2])
        ):
            # 生活 / 綜合 over 陳時中缺席記者會原因曝…: a channel and its section over the headline.
            r.channel = r.channel or rest[0]
            rest = rest[2:]
        if (
            len(rest) > 1
            and re.fullmatch(f"[{HAN}]{{1,4}}", rest[0])
            and 8 <= len(rest[1]) <= 60
            and not rest[1].endswith("。")
            and self._is_title(rest[1])
        ):
            # 其他 over 麗文上任…鄭麗文堅持: a channel's name over the headline.
            channel = rest.pop(0)
            r.channel = r.channel or channel
        forum = next((i for i, p in enumerate(rest[:4]) if _FORUM_TITLE_RE.match(p)), None)
        if forum is not None:
            # MacauBBS 澳門最具影響力的網絡社區 / 標題: … [打印本頁] / 作者: … 時間: …: a
            # forum's print page; the line over its 標題: field is the forum's name.
            r.title = _FORUM_TITLE_RE.match(rest[forum])["title"]
            rest = rest[forum + 1 :]
            while rest and (_FORUM_TITLE_RE.match(rest[0]) or _FORUM_BYLINE_RE.match(rest[0])):
                line = rest.pop(0)
                r.published = r.published or meta.find_date(line)
        elif (
            rest and not wire and not (r.title and self.colon_headline) and self._is_title(rest[0])
        ):
            r.kicker, r.title = meta.split_kicker(rest.pop(0))
            if r.title.endswith(":") and len(rest) > 1 and self._title_goes_on(rest[0]):
                r.title += rest.pop(0)  # 人大首场新闻发布会: / 发言人与记者畅所欲言
            elif (
                len(rest) > 1
                and not re.search(meta.CONFERENCE, r.title)
                and re.search(r"就[^,。:]{1,20}$", r.title)  # 就…: the topic, the verb to come
                and not re.match(r"\d", rest[0])
                and self._title_goes_on(rest[0])
                and re.search(rf"(?:{meta.CONFERENCE}|答记者问)$", rest[0])
            ):
                # 新闻办就2019年1-2月份 / 国民经济运行情况举行发布会: a headline set over two
                # lines, the press conference on the second.
                self.title_parts = [r.title, rest.pop(0)]
                r.title = "".join(self.title_parts)
            elif (
                len(rest) > 1
                and re.search(r"(?:举办|举行|召开)$", r.title)  # 廊坊市政府新闻办举办: its verb
                and not re.search(meta.CONFERENCE, r.title)
                and self._title_goes_on(rest[0])
                and re.search(rf"(?:{meta.CONFERENCE}|答记者问)(?:文字)?(?:实录)?$", rest[0])
            ):
                # 廊坊市政府新闻办举办 / 2018年…第三次新闻发布会文字实录: what it held, below
                self.title_parts = [r.title, rest.pop(0)]
                r.title = "".join(self.title_parts)
            if _BARE_RECORD_TITLE_RE.fullmatch(r.title):
                r.title = self._headline_above(r.title)
            for person in meta.title_people(r.title):
                self.roster.add(person.name, person.position)
        while rest:
            if (alone := _FIELD_ALONE_RE.match(rest[0])) and len(rest) > 1:
                rest = self._field_over_lines(alone["field"], rest)
                continue
            m = _HEADER_FIELD_RE.match(rest[0])
            if (
                not m
                and len(rest) > 1
                and len(rest[0]) <= 30
                and rest[0].endswith(":")
                and _HEADER_FIELD_RE.match(rest[1])
            ):
                rest.pop(0)  # ※单位主管新闻说明会纪要: over the numbered fields
                continue
            if not m or len(rest[0]) > 120 or _SENTENCE_RE.search(m["value"]):
                # A dateline after the title (2023-05-31 编辑: ...) when none came before it.
                # 发布日期:… 来源:… under the headline after a page's 生成日期 gave the date
                fields = (
                    meta.meta_fields(rest[0])
                    if not r.published or _FIELD_ALONE_RE.match(rest[1] if len(rest) > 1 else "")
                    else None
                )
                if fields:
                    self._take_fields(fields)
                    rest.pop(0)
                    continue
                break
            field, value = re.sub(r"\s+", "", m["field"]), m["value"].strip()
            # …发言人吴谦大校: a rank after the name is no part of it
            value = re.sub(rf"(?:{'|'.join(lead_people.RANKS)})(?=$|[,、;])", "", value)
            if field in {"时间", "发布时间"}:
                r.event_date = meta.find_date(value) or r.event_date
            elif field in {"主题", "发布主题"} and not r.title and 6 <= len(value) <= 80:
                r.title = value  # 发布主题:… with no headline over the fields
            elif field in {"主持人", "主持"} or field in _PEOPLE_FIELDS:
                role = HOST if field in {"主持人", "主持"} else SPEAKER
                # 嘉 宾: 毛群安 全国爱卫办副主任 / 许 伟 云南省卫生健康委副主任: the name first,
                # the post after it, the list going on a person a line.
                name_first = bool(_NAME_THEN_POST_RE.match(value))
                first = _listed_person(value, name_first, only=True) if name_first else None
                # 发布人员:尹洪平徐州市委… / 刘东亮徐州市云龙区委…: each name run into its post
                text = "\n".join(self.paragraphs)
                run_on = None if first else _run_on_person(value, text)
                listed = [first or run_on] if first or run_on else people_in_list(value)
                while (
                    (first or run_on)
                    and len(rest) > 1
                    and (
                        more := _listed_person(rest[1], name_first, only=True)
                        if first
                        else _run_on_person(rest[1], text)
                    )
                ):
                    listed.append(more)
                    rest.pop(1)
                for person in listed:
                    self.roster.add(person.name, person.position, role)
            rest.pop(0)
        title = residue.clean_title(r.title) or ""
        if meta.SPEECH_TITLE_RE.search(title):
            for person in meta.title_people(title):  # …代市长盛蕾在…发布会上的讲话
                self.roster.add(person.name, person.position)
        return self._headline_again_over_text(rest)

    def _headline_again_over_text(self, rest: list[str]) -> list[str]:
        """…在…新闻发布会上的讲话 (2021年10月8日) 各位来宾,…: the headline printed again, and the
        date, run into the first paragraph; the paragraph starts after them."""
        title = residue.clean_title(self.result.title) or ""
        if len(title) < 10 or not rest or not rest[0].startswith(title):
            return rest
        after = rest[0][len(title) :]
        after = re.sub(r"^\s*[((]\d{4}年\d{1,2}月\d{1,2}日[))]", "", after).strip()
        return [after, *rest[1:]] if len(after) >= 20 else rest

    def _field_over_lines(self, field: str, rest: list[str]) -> list[str]:
        """四、发布人 / 徐伟中(市委宣传部副部长) / 冯金考(市自然资源和规划局局长) / 五、主持人 /
        陈靓秋(市政府新闻办副主任): a notice's numbered field names alone on their lines,
        the values on the lines under them. The lines after the fields go on."""
        end = 1
        while (
            end < len(rest)
            and end <= 12
            and len(rest[end]) <= 60
            and not _FIELD_ALONE_RE.match(rest[end])
            and read_turn(rest[end], Roster()) is None
        ):
            end += 1
        values = rest[1:end]
        if "时间" in field:
            self.result.event_date = self.result.event_date or meta.find_date(values[0])
        if field in _PEOPLE_FIELDS or field in {"主持人", "主持"}:
            role = HOST if field in {"主持人", "主持"} else SPEAKER
            for value in values:
                m = _NAME_AND_POST_IN_BRACKETS_RE.match(value.strip())
                if m and looks_like_name(m["name"]) and ends_with_title(m["post"]):
                    self.roster.add(m["name"], m["post"], role)
        return rest[end:]

    def _title_goes_on(self, paragraph: str) -> bool:
        """The second line of a headline set over two lines, the first ending in a colon."""
        return (
            len(paragraph) <= 30
            and not re.search(r"[。!?:;]", paragraph)
            and not _HEADER_FIELD_RE.match(paragraph)
            and read_turn(paragraph, Roster()) is None
        )

    def _is_title(self, paragraph: str) -> bool:
        if len(paragraph) > 100 or read_turn(paragraph, Roster()) or paragraph in self.captions:
            return False
        if _HEADER_FIELD_RE.match(paragraph):
            return False  # 发布主题:…: a field, the headline only when none is printed
        if _ROLE_CAPTION_RE.fullmatch(paragraph.strip()):
            return False  # 主持人 alone over the host's part: a record's caption
        if _BYLINE_ONLY_LINE_RE.fullmatch(paragraph.strip()):
            return False  # □通讯员赵育如, 文字:甘肃日报 配图:天水在线: the byline
        if self.one_line and paragraph.endswith("。"):
            return False  # 应…邀请,…将于…访问。 问:…: an announcement run into the turns
        if paragraph.endswith((",", "、")):
            return False  # 行政院發言人鄭麗文請辭獲准,: the first piece of a sentence
        bare = paragraph.strip(" |")
        person = split_title_name(bare) if len(bare) <= 20 and ":" not in bare else None
        if (
            person is not None
            and person.position
            and sum(person.name in p for p in self.paragraphs[:12]) >= 2
        ):
            return False  # 财政部部长楼继伟 over the lead naming him: a photo's caption
        if "。" in paragraph.rstrip("。"):
            return False  # 特首…见传媒。由于…,此相为…截图。: two sentences, a caption
        presides = re.fullmatch(
            r"(?P<who>.{4,40}?)主持(?:新闻)?(?:发布会|记者会)", paragraph.strip()
        )
        host = split_title_name(presides["who"]) if presides else None
        if host is not None and host.position:
            return False  # …专职副主任田虎青主持新闻发布会: a record's caption over the host

        if paragraph.endswith("。") and re.match(
            r"^\d{4}年\d{1,2}月\d{1,2}日[^,。]{0,6},", paragraph
        ):
            return False  # 2012年11月16日,外交部发言人洪磊主持例行记者会。: a lead's sentence
        if paragraph.endswith("。"):
            return False  # 中共上海市委新闻发言人记者见面会暨首场新闻发布会。: a photo caption
        return not paragraph.endswith(("?", "!")) or len(paragraph) <= 40

    def _headline_above(self, title: str) -> str:
        """保定市政府新闻办 / “第五届…大会” / 新闻发布会文字实录: a headline set over lines,
        its last one only the kind of record; the lines above it are its first part."""
        at = next((i for i, p in enumerate(self.paragraphs) if p.strip() == title), None)
        parts: list[str] = []
        for line in reversed(self.paragraphs[max(0, (at or 0) - 2) : at or 0]):
            line = line.strip()
            if not 4 <= len(line) <= 40 or re.search(r"[>|::。,,!?]", line):
                break
            parts.insert(0, line)
        return "".join([*parts, title])

    def _take_english_header(self, rest: list[str]) -> list[str]:
        r = self.result
        header: list[str] = []
        if rest and _QA_HEADLINE_RE.match(rest[0]):
            header.append(rest.pop(0))  # Q: 73 journalists calling… A: Every event is different
        elif len(rest) > 1 and _en_colon_headline(rest[0]):
            header.append(rest.pop(0))  # Andrea Mitchell: Briefing Was ‘Substantive’: a headline
        # (Media Room /) Governor Kate Brown / Sine Die 2019 Press Conference: who speaks, then
        # the headline, under a short section name at most
        for at in () if header else (0, 1):
            byline = byline_over_event(rest[at], rest[at + 1]) if len(rest) > at + 2 else None
            if byline:
                if at == 0 or len(rest[0].split()) <= 3:
                    self.roster.add(*byline)
                    rest.pop(at)
                break
        for at in () if header or self.roster.entries else (1, 2):
            # Inaugural briefing on Cabinet meeting / Information Minister Monica Mutsvangwa:
            # the headline (under the page's title at most), then who gives it
            byline = byline_under_event(rest[at - 1], rest[at]) if len(rest) > at + 1 else None
            if byline:
                self.roster.add(*byline)
                rest.pop(at)
                break
        while rest and read_turn(rest[0], self.roster.copy(), english=True) is None:
            # The header is short lines (title, date, place, who); prose ends it.
            sentences = len(re.findall(r"[.!?](?:\s+[A-Z\"]|$)", rest[0]))
            closing = residue.ends_english_header(rest[0])  # long, but the header's last line
            too_long = len(rest[0]) > 200 or sentences > 1 or heading_of(rest[0])
            if HON_MP_POST_RE.match(rest[0]):
                too_long = False  # The Hon. … MP Minister for … TRANSCRIPT … Topics: …; …
            if (
                not header
                and not self.caption_file
                and _en_opening_paragraph(rest[0])
                and not _en_prose_block(rest[0])  # live captions in one block: read below
            ):
                # Paul Bérenger a fait ressortir lors de sa conférence de presse que…: a
                # story's first paragraph opens the copy; there is no headline.
                self.no_headline = True
                break
            if (
                not header
                and _EN_WIRE_DATELINE_RE.match(rest[0].strip())
                and len(rest[0].split()) >= 12
            ):
                # ST. GEORGE’S, Grenada, CMC—Prime Minister … says…: a wire story's first
                # paragraph, its dateline in capitals, opens the copy; there is no headline.
                self.no_headline = True
                break
            if not header and _ADDRESSES_PRESS_RE.match(rest[0].strip()):
                # Ladies and Gentlemen of the Press,: the speaker's first words open the copy
                self.no_headline = True
                break
            if (
                not header
                and len(rest[0].strip()) <= 60
                and not re.search(r"[.!?]", rest[0])
                and re.match(
                    r"(?:[A-Z][a-z]+,? and )?[Gg]ood (?:morning|afternoon|evening)\b", rest[0]
                )
            ):
                # Talofa and good morning to our Press Corps: the speaker's first words open
                # the copy; there is no headline.
                self.no_headline = True
                break
            if not header and re.fullmatch(r"[\d\s./:-]{1,12}", rest[0].strip()):
                rest.pop(0)  # 6 19: the page's day and month, or a counter, alone on a line
                continue
            teaser = re.sub(r"^date\s+\d{4}-\d{1,2}(?:-\d{1,2})?\s+", "", rest[0].strip())
            if (
                not header
                and teaser.endswith(".")
                and len(teaser.split()) >= 20
                and any(p.strip().startswith(teaser) for p in rest[1:12])
            ):
                # (date 2025-10-25) PM Skerrit during this interactive session reflected
                # on…. over the story and again inside it: a teaser, no headline.
                r.published = r.published or meta.find_date(rest[0])
                self.no_headline = True
                rest.pop(0)
                break
            if not header and _KIND_ONLY_RE.fullmatch(rest[0].strip()):
                rest.pop(0)  # press release: the page's kind where a headline would be
                continue
            if not header and re.fullmatch(r"[A-Z][A-Za-z]+[ _-]\d{6,8}", rest[0].strip()):
                rest.pop(0)  # Carney 060520: a photo's file name over the story, no headline
                self.no_headline = True
                continue
            if _CJK_PROSE_RE.search(rest[0]) and len(re.findall(r"[。!?]", rest[0])) >= 2:
                # 3月6日上午,…开放。有36家…: a Chinese paragraph over its English translation
                # is the story's text, never a header line.
                self.no_headline = self.no_headline or not header
                break
            if header and too_long and not closing and not briefing_by_three(rest[0]):
                break
            if (
                not header
                and len(rest[0]) > 250
                and sentences > 2
                and len(rest) > 1
                and read_turn(rest[1], self.roster.copy(), english=True) is not None
            ):
                # Good morning, everyone. My name is… and then a labelled turn: a page
                # opening on unlabelled remarks has no headline; they are no title.
                self.no_headline = True
                break
            if (
                not header
                and sentences >= 2
                and len(rest[0]) <= 300
                and _SPEAKING_RE.search(rest[0])
            ):
                # We're just going to interrupt you. We're going to go straight to…: someone
                # speaking opens the page; there is no headline.
                self.no_headline = True
                break
            if header and (
                _GREETING_RE.match(rest[0])
                # 'Ladies and Gentlemen: the remarks set in quotation marks
                or _OPENING_WORDS_RE.match(rest[0].lstrip("'‘\"“"))
                or _ADDRESSES_PRESS_RE.match(_DATELINE_DASH_RE.sub("", rest[0]))
            ):
                break  # Good afternoon. / Ladies and Gentlemen, welcome.: the remarks start
            if (
                header
                and rest[0][:1].islower()
                and len(rest[0].split()) >= 6
                and not rest[0].rstrip().endswith((".", "!", "?"))
            ):
                break  # hi everyone good afternoon okay so…: captions' lines, no stops
            if header and re.match(
                r"(?:Thank you|Thanks),? (?:all |everyone |everybody )?for (?:coming|joining)\b",
                rest[0].strip(),
            ):
                break  # Thank you for coming today…: the speaker's first words
            if header and re.fullmatch(r"[^\s.!?:]+(?: [^\s.!?:]+){0,2}!", rest[0].strip()):
                break  # Håfa Adai!: a salutation of a word or two opens the remarks
            if header and _GREETING_SENTENCE_RE.match(rest[0].strip()):
                break  # Good afternoon, everyone, I had mentioned…: one sentence of remarks
            if (
                header
                and len(rest[0].split()) >= 10
                and re.search(r"[.!?]$", rest[0].strip())
                and re.match(r"(?:As |And |So |Today,? )?(?:we|I)\b", rest[0].strip(), re.I)
            ):
                break  # As we look back at the third year…: the speaker's own words start
            if " ".join(rest[0].split()) in self.timed_lines:
                break  # a video page's first caption line: what is said starts
            line = rest.pop(0)
            # Post / Name, unless the list prints each name over its posts.
            held = post_and_name(header[-1], line) if header and not listed_people(header) else None
            header.append(line)
            r.published = r.published or meta.find_date(line)
            named = header_people(line) + ([held] if held else [])
            if _another_dated_event(header[:-1], line):
                named = []  # …Holds a Press Briefing on Air Force One 5/08/24: a link, not this
            for name, position in named:
                entry = self.roster.add(name, post_not_rank(name, position, line))
                by = re.search(r"\bby\s+(.+)$", line)
                entry.member = entry.member or bool(by and HON_MEMBER_RE.match(by.group(1)))
            if residue.ends_english_header(line):
                # …noon briefing by Marie Okabe, Deputy Spokesperson …, and Ashraf Kamal, …:
                # the first named opens the briefing
                if named and re.search(r"\bbriefing by\b", line):
                    self.first_briefer = named[0][0]
                break  # "The following is a near-verbatim transcript…": the text follows
        for name, position in listed_people(header):
            self.roster.add(name, position)
        self._full_name_in_header(header)
        doorstop = [m for line in header[:1] for m in _EN_DOORSTOP_BY_RE.finditer(line)]
        if len(doorstop) == 1 and not self.roster.entries:
            # Transcript of Minister for X Dr Name's Doorstop: the one minister giving it.
            entry = self.roster.add(doorstop[0]["name"], doorstop[0]["post"])
            entry.member = True
        if len(header) > 1 and re.fullmatch(r"[a-z][a-z\-]*(?: [a-z][a-z\-]*){1,2}", header[0]):
            header.pop(0)  # subpage banner: an image's alternative text over the headline
        if header and _EN_SECTION_RE.fullmatch(header[0].strip()):
            header.pop(0)  # Media Center / Prime Minister: the site's section, not the headline
        elif len(header) > 1 and _section_over_event(header[0], header[1]):
            header.pop(0)  # News you can use / …details transition in press conference
        while len(header) > 1 and residue.banner_line(header[0]):
            header.pop(0)  # BC / • 14 JUL 2016 over the headline
        if (
            len(header) > 1
            and re.fullmatch(r"[A-Z][a-z]{2,14}", header[0].strip())
            and len(header[1].split()) >= 6
            and header[0].strip() not in header[1]
            and not residue.date_or_topics(header[1])
        ):
            header.pop(0)  # Health / Cabinet Resolve To…: the story's section over its headline
        if len(header) > 1 and header[1].startswith(header[0].strip() + " by "):
            header.pop(0)  # Press Briefing over Press Briefing by …: the kind, then the headline
        if len(header) == 1 and re.match(r"(?:The )?Following is", header[0]):
            # Following is a transcript of remarks by …: a Hong Kong lead with no headline
            # above it (a print page) is the lead, not the title.
            r.lead = header.pop(0)
            self.no_headline = True
        if header and self.caption_file:
            header = []  # WEBVTT: a caption file prints no headline
        if len(header) == 1 and residue.banner_line(header[0]):
            header = []  # Media Room over the release: the site's section, no headline
            self.no_headline = True
        if header:
            r.title = header[0]
            # 19 August 2022 / Subjects: … / Joint press conference, …: the date and the
            # topics over the headline.
            skipped = 0
            if (
                len(header) > 1
                and _PLACE_RE.match(header[0])
                and (residue.date_or_topics(header[1]) or len(header[1].split()) >= 4)
            ):
                skipped = 1  # New York / (16 September 2015) / the headline: the place first
            while skipped + 1 < min(len(header), 4) and residue.date_or_topics(header[skipped]):
                skipped += 1
            if skipped and not residue.not_a_title(header[skipped]):
                r.title = header[skipped]
            if len(header) > 1 and len(header[1]) >= 20 and header[0].endswith(" " + header[1]):
                # MEA Weekly Press Briefing Transcript of … over Transcript of …: the headline
                # printed again after the site's name.
                r.title = header[1]
            if len(header) > 1 and re.match(r"^(?:Transcript|Media\s+Release)\s+by\s", header[0]):
                # Transcript by The Hon … MP over Doorstop Interview, …: the site's line
                # over the transcript's own headline.
                r.title = header[1]
            r.title = _printed_twice_in_header(header, self.paragraphs) or r.title
            if r.title and self.roster.find(r.title.strip()) is not None:
                r.title = ""  # Peter Gutwein / Premier of Tasmania: who speaks, no headline
                self.no_headline = True
            self.dollar = dollar_of("\n".join(header))
        # Premier Horgan held his first press conference… / He addressed several topics…: a
        # story's sentences read as header lines stay its text (they were lost before).
        told = [h for h in header[1:-1] if _story_sentence(h) and h != r.title]
        r.body.extend(told)
        sentence = header[-1].endswith(".") and len(header[-1].split()) >= 8 if header else False
        if len(header) > 2 and sentence and self._signs_statement(header[-2], header[-1]):
            # Prime Minister Theresa May / I would like to extend a warm welcome…: the line
            # that names her over her first words, which open her statement, no lead.
            return [header[-1], *rest]
        if len(header) > 1 and sentence and header[-1] != r.title and not r.lead:
            # Governor Mark Hale of Ohio held a press conference on May 3.: a story's one
            # sentence under the headline is its lead, not a header field to drop.
            r.lead = header[-1]
        elif len(header) > 1 and len(header[-1]) > 120 and not header_people(header[-1]):
            # RevBlogTranscripts…<the headline>: a breadcrumb ending in the title is no lead.
            if not (r.title and header[-1] != r.title and header[-1].endswith(r.title)):
                r.lead = header[-1]
        return rest

    def _signs_statement(self, line: str, words: str) -> bool:
        """A line that is only a known person's post and name, over words in the first
        person."""
        line = line.strip()
        named = [e for e in self.roster.entries if line.endswith(" " + e.name)]
        return (
            len(named) == 1
            and re.fullmatch(
                rf"(?:[A-Z][a-z]+ ){{0,3}}(?:{TITLE_WORDS}) {re.escape(named[0].name)}", line
            )
            is not None
            and re.match(r"(?:I|We|My|Our)\b", words) is not None
        )

    def _listed_briefing_title(self, paragraphs: list[str]) -> str | None:
        """A list page of dated items (Statement from Downing Street: 7 April 2020 / its
        lines / Foreign Secretary's statement on …: 7 April 2020 / Good afternoon.): the
        briefing is the item whose headline the greeting follows, not the list's first."""
        title = self.result.title or ""
        dated = _EN_DATED_HEADLINE_RE.search(title)
        if not dated:
            return None
        for i, p in enumerate(paragraphs[:15]):
            p = p.strip()
            if (
                p != title
                and p.endswith(dated[0])
                and len(p) <= 150
                and i + 1 < len(paragraphs)
                and _GREETING_RE.match(paragraphs[i + 1].strip())
            ):
                return p
        return None

    def _full_name_in_header(self, header: list[str]) -> None:
        """Remarks by President Vale following the Council over Ana Maria Vale / President
        of the Council: the header prints the surname's full name on a line of its own,
        with the post on the next line; the one person the headline names."""
        if len(self.roster.entries) != 1 or " " in self.roster.entries[0].name:
            return
        entry = self.roster.entries[0]
        if _INITIAL_NAME_RE.fullmatch(entry.name):
            return  # Ts.Elbegdorj: whole
        found = []
        for i, line in enumerate(header):
            line = _LINK_MARK_RE.sub("", line.strip())  # Ana Maria Vale i: a site's link
            m = _EN_FULL_NAME_LINE_RE.fullmatch(line)
            if m and line.split()[-1] == entry.name:
                post = header[i + 1].strip() if i + 1 < len(header) else ""
                found.append((line, post if _EN_POST_ALONE_RE.fullmatch(post) else None))
        if not found:
            found = _full_name_in_line(header, entry)
        if len(set(found)) != 1:
            return
        entry.name, post = found[0]
        entry.position = post or entry.position

    def _take_lead(self, paragraphs: list[str]) -> list[str]:
        if self.english or not paragraphs:
            return paragraphs
        r = self.result
        first = paragraphs[0]
        if read_turn(first, self.roster) or (
            len(paragraphs) > 1
            and looks_like_question(first)
            and not _narrates_question(first)
            and read_turn(paragraphs[1], self.roster)
        ):
            return paragraphs
        if _label_again(paragraphs):
            self.opens_on_turn = True
            return paragraphs  # 汪文斌:你提到的问题…: a page that opens on an answer
        presides = _PRESIDES_RE.match(first)
        lone = self._lone_speaker()
        title = residue.clean_title(r.title) or ""
        if lone and _PRESIDES_RE.match(title) and not _reports_on(first, lone):
            # (原标题:…外交部发言人华春莹主持例行记者会) over an announcement that names
            # neither her nor the press conference: her announcement, no lead.
            self.opening_without_lead = True
            return paragraphs
        if lone and meta.SPEECH_TITLE_RE.search(title) and lone in title:
            # …代市长盛蕾在…新闻发布会上的讲话 over the speech: all of it is hers, no lead.
            self.opening_without_lead = True
            return paragraphs
        if lone and not meta.reads_as_lead(first):
            # 外交部发言人…主持例行记者会 and then his announcement: a transcript with no lead.
            self.opening_without_lead = True
            return paragraphs
        r.lead = first
        source, credit_text, rest = meta.lead_source(first)
        r.source = source or r.source  # the byline (…讯, …电) over the page's 来源
        if credit_text:
            credits = dateline_credits(credit_text)
            if credits:
                r.credits = credits + r.credits
        # The page's own date (a paper's issue line) dates the lead's 3月5日 too.
        r.event_date = r.event_date or meta.event_date(rest, r.published or self.page_date)
        r.host_office = meta.host_office(rest)
        speakers, hosts = meta.lead_people(_DATE_PREFIX_RE.sub("", rest))
        for person in hosts:
            self.roster.add(person.name, person.position, HOST)
        for person in speakers:
            former = person.position and lead_people.FORMER_POST_RE.match(person.position)
            if not former and not any(h.name == person.name for h in hosts):
                self.roster.add(person.name, person.position)
        if presides and self._lone_speaker():
            # 2017年12月6日外交部发言人耿爽主持例行记者会, then an unlabelled announcement
            # before the first 问: the announcement is the spokesperson's.
            self.opening_without_lead = True
        return paragraphs[1:]

    def _dateline_bylines(self, paragraphs: list[str]) -> None:
        """齐鲁网济南4月29日讯(记者 殷明姝 张雯婷)…: a page that prints its story again
        under a dateline has the byline there, not in the lead; the paragraph stays."""
        for p in paragraphs[:20]:
            _source, credit_text, _rest = meta.lead_source(p)
            credits = parse_credits(credit_text) if credit_text else None
            if credits and all(c.role in _BYLINE_ROLES for c in credits):
                self.result.credits.extend(credits)

    # ---- questions and answers -----------------------------------------------------------

    def _segment(self, paragraphs: list[str]) -> None:
        """Questions and answers, host remarks and body, one paragraph at a time."""
        if not self.english:
            paragraphs = self._host_label_alone(paragraphs)
            self._answering_names(paragraphs)
        turns = [read_turn(p, self.roster, english=self.english) for p in paragraphs]
        if not self.english:
            turns = _name_subheadings(paragraphs, turns)
            turns = _quoted_clips(turns)
            turns = [
                t if t is not None or i + 1 == len(turns) else self._bare_name_host(p)
                for i, (p, t) in enumerate(zip(paragraphs, turns, strict=True))
            ]
            turns = self._lone_welcoming_voice(paragraphs, turns)
            turns = self._presented_guests_turns(paragraphs, turns)
            _welcome_as_statement(paragraphs, turns)
        self._find_hosts(paragraphs, turns)
        # No label anywhere: the words are the one official's only if they speak in the
        # first person (a story about the press conference is nobody's statement).
        self.third_person_only = (
            self.english
            and all(t is None for t in turns)
            and not any(_SPEAKING_RE.search(_unquoted(p)) for p in paragraphs[:3])
        )
        if self.english:
            self._self_named_askers(turns)
            _introduced_questions(paragraphs, turns)
        at = _Place()
        for i, p in enumerate(paragraphs):
            turn = turns[i]
            if turn is None and not self.english and at.current and at.current.question is not None:
                turn = bare_name_turn(p, self.roster)
            elif turn is None and not self.english and i == 0 and self.opens_on_turn:
                turn = bare_name_turn(p, self.roster)  # 汪文斌:…: the page opens on an answer
            following = self._following(paragraphs, turns, i, turn)
            if turn is not None:
                at.handed_to = None  # the one called on spoke under a label of their own
            briefer = self._briefer(p) if turn is None and self.english else None
            if briefer:
                # Briefing by the Spokesperson for the Secretary-General: a UN briefing's
                # part by one of its two briefers, under that line as a heading.
                at.current = Segment(question=None, answerers=[briefer])
                self.result.segments.append(at.current)
                self.answered.add(id(at.current))
                at.current.add_heading(p.strip())
                at.mode, at.speaking, at.interrupted = "segment", briefer, None
            elif turn is None:
                self._on_paragraph(at, p, following)
            elif _stage(turn):
                continue  # Q (Inaudible.): nothing was asked that the text can keep
            elif turn.kind == QUESTION_TURN:
                self._ask(
                    at, strip_question_number(turn.text), turn.asker, labelled=True, who=turn.label
                )
            elif turn.kind == HOST_TURN and self.english and _host_asks(turn, following):
                # A moderator's own question (… can you realistically …?), answered by the
                # speaker whose turn follows.
                self._ask(at, turn.text, None, labelled=True)
            elif turn.kind == HOST_TURN and self.english and _reads_out(turn.text):
                # Shri Yatin Patel, OSD (PR): Gautam Lahiri is asking, "…?": the host reads
                # out a question sent in; the question, nobody's own label to ask it.
                self._ask(at, turn.text, None, labelled=True)
            elif (
                turn.kind == HOST_TURN
                or _gives_floor(turn, following)
                or (self.english and _quip_between_hosts(turns, i))
                or (self.english and _welcomes_and_hands_over(turn, following))
            ):
                self._on_host(at, turn)
            elif not self.english and not self.result.segments and _chairs(turn, following):
                # 欢迎参加…发布会。…我们请来了:…。下面,请记者朋友提问: whoever welcomes,
                # introduces the guests and calls for questions chairs the press conference.
                entry = self.roster.find(turn.name) if turn.name else None
                if entry is not None and not any(e.role == HOST for e in self.roster.entries):
                    entry.role = HOST
                self._on_host(at, turn)
            else:
                self._on_answer(at, turn)

    def _host_label_alone(self, paragraphs: list[str]) -> list[str]:
        """胡竹: alone on its line over 各位记者朋友,大家上午好,欢迎出席…发布会: a name the
        lead never gave, labelling the first words, which welcome the room: the host's
        label, joined to the words under it."""
        if any(e.role == HOST for e in self.roster.entries):
            return paragraphs
        for i, p in enumerate(paragraphs[: min(len(paragraphs) - 1, 20)]):
            label = _BARE_NAME_LABEL_RE.fullmatch(p.strip())
            if read_turn(p, self.roster) is not None and not label:
                return paragraphs  # a turn came first: not the opening
            if not label:
                continue
            name, words = label["name"], paragraphs[i + 1].strip()
            # 女士们、先生们,上午好。…我们今天很高兴地请来了…: greets the room, presents a guest
            welcomes = _WELCOMES_RE.search(words[:80]) or (
                _OFFICIAL_GREETS_RE.match(words) and _PRESENTS_GUESTS_RE.search(words[:200])
            )
            if not welcomes or not looks_like_name(name) or self.roster.find(name):
                return paragraphs
            self.roster.add(name, None, HOST)
            return [*paragraphs[:i], f"{name}:{words}", *paragraphs[i + 2 :]]
        return paragraphs

    def _presented_guests_turns(
        self, paragraphs: list[str], turns: list[Turn | None]
    ) -> list[Turn | None]:
        """主持人 寿小丽:…邀请到…主席张雨浦先生… / 张雨浦:…: a bare-name label of a guest
        the host's words presented (NAME先生, 女士, 同志) opens that guest's turn."""
        presented = ""
        out = list(turns)
        for i, (p, t) in enumerate(zip(paragraphs, turns, strict=True)):
            if t is not None and t.kind == HOST_TURN:
                presented += t.text
            if t is not None or not presented:
                continue
            label = _BARE_NAME_LABEL_RE.match(p.lstrip())
            if label and re.search(rf"{re.escape(label['name'])}(?:先生|女士|同志)", presented):
                out[i] = bare_name_turn(p, self.roster)
                entry = self.roster.find(label["name"])
                post = dict(lead_people.people_in_sentences(presented)).get(label["name"])
                if entry is not None and not entry.position and post and ends_with_title(post):
                    entry.position = post
        return out

    def _following(
        self, paragraphs: list[str], turns: list[Turn | None], i: int, turn: Turn | None
    ) -> Turn | None:
        """The turn the next paragraph opens, probing for a bare name after a question."""
        following = turns[i + 1] if i + 1 < len(paragraphs) else None
        if following is None and i + 1 < len(paragraphs) and not self.english:
            if (turn and turn.kind == QUESTION_TURN) or looks_like_question(paragraphs[i]):
                following = bare_name_turn_probe(paragraphs[i + 1])
        return following

    def _on_paragraph(self, at: _Place, p: str, following: Turn | None) -> None:
        """A paragraph with no label: a question, more of the answer, host remarks or body."""
        r = self.result
        asks = following is not None and following.kind in (SPEAKER_TURN, ANSWER_TURN)
        if asks and not self.english and looks_like_question(p):
            self._ask(at, strip_question_number(p))
        elif (aside := self._english_aside(at, p, following)) is not None:
            aside.append(p)
        elif (
            at.mode == "segment"
            and at.current is not None
            and at.current.question is None
            and following is not None
            and (
                (
                    _EN_HANDS_OVER_RE.fullmatch(p.strip())
                    or EN_TAKES_QUESTIONS_RE.fullmatch(p.strip())
                )
                if self.english
                # 下面,请周学文先生介绍情况。: a host's opening statement ends in handing
                # the floor to the first guest, and keeps it (as _find_hosts reads it).
                else _only_gives_floor(p) and not self._hosts_statement(at)
            )
        ):
            # …不辱使命。 / 下面,欢迎各位记者朋友提问。 / 王超: …: the statement's last words
            # give the floor; they are no part of it.
            r.host_remarks.append(p)
        elif at.mode == "segment" and at.current is not None:
            if self.english and at.current.question is None:
                p = self._floor_at_end(p)
            self._add_text(at.current, p, at.speaking)
        elif at.current is None and at.handed_to and not self.english:
            # …有请李总理。 / 大家好!…: the unlabelled words after the host hands over are
            # the statement of the one the host named.
            speaker, at.handed_to = at.handed_to, None
            self._open_statement(at, speaker, p)
        elif (
            at.current is None
            and at.mode == "body"
            and self._lone_speaker()
            and (self.english or self.opening_without_lead)
            and not self.third_person_only
            and not self.story_subject
            # a blog's lead over a ceremony's voice or a moderator: nobody's opening
            and not (self.english and following is not None and following.kind == HOST_TURN)
            and not (self.english and _narrates(p, self._lone_speaker()))
        ):
            # A briefing's unlabelled opening is its only official's (UN noon
            # briefings; a spokesperson's announcement before the first 问:).
            self._open_statement(at, self._lone_speaker(), p)
        elif at.mode == "host" and at.current is None and (welcomed := self._handed_over_to()):
            # STAFF: …welcome Secretary of Defense Lloyd J. Austin III… With that, over to
            # you, Mr. Secretary. / the statement with its label lost: the one welcomed speaks.
            self._open_statement(at, welcomed, p)
        elif (
            at.current is None
            and not self.english
            and (opening := _OPENING_REMARKS_RE.match(p.strip()))
            and (entry := self.roster.resolve(opening["office"])) is not None
        ):
            # 以下為開場白及問答全文: / 行政長官抗疫記者會開場發言 / 各位傳媒朋友…: a heading
            # that names the opening remarks by the office of who makes them.
            at.speaking = entry.name
            at.current = Segment(question=None, answerers=[entry.name])
            r.segments.append(at.current)
            self.answered.add(id(at.current))
            at.mode = "segment"
            at.current.add_heading(p.strip())
        elif (
            at.mode == "host"
            and at.current is None
            and not self.english
            and _HOST_ANNOUNCES_RE.match(p.strip())
            and len(hosts := [e for e in self.roster.entries if e.role == HOST]) == 1
        ):
            # 申展利: 各位记者朋友…欢迎参加… / 首先,我向大家通报4月份全国自然灾害…: a host who
            # announces the news himself makes a statement, his welcome its first words.
            said = r.host_remarks[at.host_from :]
            del r.host_remarks[at.host_from :]
            self._open_statement(at, hosts[0].name, (said or [p])[0])
            for q in said[1:] + ([p] if said else []):
                self._add_text(at.current, q, hosts[0].name)
        elif at.mode == "host":
            r.host_remarks.append(p)
        else:
            r.body.append(p)
        if at.current is None and not self.english:
            at.handed_to = self._hands_to(p)

    def _handed_over_to(self) -> str | None:
        """The one person an English host's words welcomed with post and full name, when
        they end by handing over (With that, over to you, Mr. Secretary.)."""
        said = self.result.host_remarks
        if not self.english or not said or not _EN_OVER_TO_YOU_RE.search(said[-1].strip()):
            return None
        welcomed = {
            (m["name"], m["post"].strip()) for text in said for m in _EN_WELCOMES_RE.finditer(text)
        }
        welcomed = {(n, p) for n, p in welcomed if re.search(rf"\b(?:{TITLE_WORDS})\b", p)}
        if len(welcomed) != 1:
            return None
        name, post = welcomed.pop()
        entry = self.roster.find(name) or self.roster.add(name, post)
        entry.position = entry.position or post
        return entry.name

    def _english_aside(self, at: _Place, p: str, following: Turn | None) -> list[str] | None:
        """Where an English page's unlabelled words between turns go when they are nobody's
        answer (host remarks or body), or None."""
        if not self.english or following is None:
            return None
        if following.kind == QUESTION_TURN and re.fullmatch(
            r"(?:(?:(?:And|So),?\s+)?[Ww]ith that,\s*)?[A-Z][a-z]{1,15}[.?]", p.strip()
        ):
            # Lita. / With that, Matt?: a reporter's first name, then the reporter's question,
            # gives the floor (With that, Ambassador Bass. before a guest's turn does not)
            return self.result.host_remarks
        if following.kind == QUESTION_TURN and _title_case(p):
            # John Kirby Won't Say If He's "Optimistic"…: the page's headline over its next
            # excerpt, between an answer and a question, is nobody's words.
            return self.result.body
        if (
            at.current is not None
            and following.kind == HOST_TURN
            and EN_NEXT_QUESTION_RE.fullmatch(p.strip())
        ):
            return self.result.host_remarks  # Thank you. Operator, next question.
        return None

    def _open_statement(self, at: _Place, speaker: str, p: str) -> None:
        """A statement with no question, ``speaker``'s, opened by the words ``p``."""
        at.speaking = speaker
        at.current = Segment(question=None, answerers=[speaker])
        self.result.segments.append(at.current)
        self.answered.add(id(at.current))
        at.mode = "segment"
        self._add_text(at.current, p, speaker)

    def _hands_to(self, paragraph: str) -> str | None:
        """有请李总理。 at the end of words before the first turn: the one known speaker
        the host calls on by surname and post."""
        m = _CALLS_ON_RE.search(paragraph)
        entry = self.roster.resolve(m["who"]) if m else None
        return entry.name if entry is not None and entry.role != HOST else None

    def _answering_names(self, paragraphs: list[str]) -> None:
        """马英九:今天是我们… / 问:…? / 马英九:首先…: a name never introduced that signs two
        turns, one of them right after a question, is a speaker's label wherever it stands."""
        probes = [bare_name_turn_probe(p) for p in paragraphs]
        asked = {
            probes[i].name
            for i in range(1, len(paragraphs))
            if probes[i] is not None and _QUESTION_LINE_RE.match(paragraphs[i - 1])
        }
        for name in asked:
            if sum(1 for t in probes if t is not None and t.name == name) >= 2:
                if self.roster.find(name) is None:
                    self.roster.add(name, None)
        for i, probe in enumerate(probes):
            # 下面,我们首先请王凯先生作介绍。/ (its translation) / 王凯:谢谢主持人。…: the one
            # the floor was just handed to signs the next turn.
            # 今天我们很高兴请来了交通运输部部长李小鹏先生,请他…: the guest the host presents.
            before = "".join(paragraphs[max(0, i - 3) : i])
            name = re.escape(probe.name) if probe is not None else ""
            if probe is not None and (
                re.search(rf"请{name}(?:先生|女士)?[^。]{{0,12}}?(?:介绍|发布|通报|发言)", before)
                or re.search(
                    rf"(?:请来了|请到了|邀请到了?|邀请了)[^。]{{0,30}}?{name}(?:先生|女士)", before
                )
            ):
                if self.roster.find(probe.name) is None:
                    self.roster.add(probe.name, None)

    def _posts_by_address(self) -> None:
        """柯文哲: / 侯友宜: with no post, and 侯市长, 柯市长 in the turns: each the only one of
        that surname, addressed by one post."""
        text = "\n".join(self.text_paragraphs)
        for entry in self.roster.entries:
            if entry.position or len(entry.name) not in (2, 3):
                continue
            surname = entry.name[0]
            if sum(1 for e in self.roster.entries if e.name[0] == surname) > 1:
                continue
            posts = set(
                re.findall(rf"{surname}(副?(?:{_ADDRESS_POSTS}))(?![{HAN}]{{0,1}}[:])", text)
            )
            if len(posts) == 1:
                entry.position = posts.pop()

    def _lone_welcoming_voice(self, paragraphs: list[str], turns: list) -> list:
        """续梅: 各位记者朋友,…欢迎各位出席教育部…新闻发布会… / 续梅: … : the only label of
        a copy, a name that signs two entries or more and welcomes the room to the press
        conference, is its host; with no other voice, the words are hers, not the body's."""
        if any(t is not None for t in turns) or self.roster.entries:
            return turns
        probes = [bare_name_turn_probe(p) for p in paragraphs]
        names = {t.name for t in probes if t is not None}
        if len(names) != 1:
            return turns
        signed = [t for t in probes if t is not None]
        if len(signed) < 2 or not _WELCOMES_TO_CONFERENCE_RE.search(signed[0].text[:200]):
            return turns
        entry = self.roster.add(signed[0].name, None, HOST)
        return [
            Turn(SPEAKER_TURN, t.text, name=entry.name, label=t.label) if t else None
            for t in probes
        ]

    def _bare_name_host(self, paragraph: str) -> Turn | None:
        """王超: 非常感谢李总理,下面开始提问。: a name never introduced whose words only
        give the floor is the host's label (a transcript's, pasted with its labels)."""
        probe = bare_name_turn_probe(paragraph)
        if probe is None or not probe.text or not _only_gives_floor(probe.text):
            return None
        if self.roster.find(probe.name) is None and len(self.roster.entries) == 0:
            return None  # nobody else known: no transcript to be the host of
        entry = self.roster.find(probe.name) or self.roster.add(probe.name, None, HOST)
        if entry.role != HOST and any(e.role == HOST for e in self.roster.entries):
            return None
        entry.role = HOST
        return Turn(HOST_TURN, probe.text, name=entry.name, label=probe.label)

    def _ask(
        self,
        at: _Place,
        question: str,
        asker: str | None = None,
        labelled: bool = False,
        who: str | None = None,
    ) -> None:
        """A question: more of the one still being asked, or a new segment."""
        current = at.current
        if current and self.english and who and self.asked_under.get(id(current), who) != who:
            current = None  # Raza: after Rishabh:, neither an outlet: another reporter
        if (
            current
            and self._asking(current)
            and self.english
            and labelled
            and current.question.rstrip().endswith("?")
        ):
            # QUESTION: …Can we start with Israel? / QUESTION: You hav: a question asked in
            # full and not answered, then another: two questions.
            current = None
        if _another_asker(current, asker, labelled and self.english):
            current = None  # Raza: after Rishabh: another reporter's question
        if current and self._asking(current):
            if current.asker is None and asker:
                current.asker = asker
            current.question = _join(current.question, question)
        else:
            at.current = Segment(question=question, asker=asker)
            self.result.segments.append(at.current)
        if who:
            self.asked_under.setdefault(id(at.current), who)
        at.mode, at.speaking, at.interrupted = "segment", None, None

    def _on_host(self, at: _Place, turn: Turn) -> None:
        """The host's words (and "Go ahead, Zeke.") belong to no answer."""
        r = self.result
        current = at.current
        if (
            not turn.text
            and turn.name
            and current is not None
            and current.question is None
            and current.answerers == [turn.name]
        ):
            # 主持人 申展利: / 一、上半年自然灾害形势: the host's label again over more of the
            # news he announces: his statement goes on.
            at.mode, at.speaking = "segment", turn.name
            return
        if at.current is not None and at.current.question is not None:
            at.interrupted = at.current
        at.current, at.mode, at.speaking = None, "host", None
        if turn.kind == HOST_TURN and turn.name is None:
            self.missing_host_name = True
        at.host_from = len(r.host_remarks)
        if turn.text:
            r.host_remarks.append(turn.text)

    def _on_answer(self, at: _Place, turn: Turn) -> None:
        """An official speaks: the answer to the current question, or a statement."""
        if at.current is None and at.interrupted is not None:
            # 请韦振宇先生再补充一下。: the answer to the same question goes on.
            said = self.result.host_remarks[at.host_from :]
            if self._asking(at.interrupted) or any(_MORE_RE.search(s) for s in said):
                at.current = at.interrupted
        at.interrupted = None
        # The lone official answers an unsigned 答:, not a turn labelled as someone else
        # (SENIOR ADMINISTRATION OFFICIAL:, an office nobody was introduced in).
        name = turn.name or (None if _signed(turn) else self._lone_speaker())
        current = at.current
        if (
            current is not None
            and not self.english
            and id(current) in self.answered
            and _ADDRESSES_ROOM_RE.match(turn.text or "")
        ):
            # 张晓刚:各位记者朋友,11月11日是…: the answer given, the speaker turns to the room
            # again with news of his own: a statement, not more of the answer.
            current = at.current = None
        if current is not None and current.question is not None:
            if name and name not in current.answerers:
                current.answerers.append(name)
            elif not name:
                self._warn_unsigned(current)
        elif not (current and current.answerers == [name]):
            current = at.current = Segment(question=None, answerers=[name] if name else [])
            self.result.segments.append(current)
            if not name:
                self._warn_unsigned(current)  # SENIOR ADMINISTRATION OFFICIAL: nobody named
        at.mode = "segment"
        at.speaking = name
        self.answered.add(id(current))
        if turn.text:
            text = turn.text
            if self.english and current.question is None:
                text = self._floor_at_end(text)
            self._add_text(current, text, name)
        elif not self.english and current.question is None and not current.blocks:
            self.label_alone.add(id(current))  # …司长吴尚年报告: on a line of its own

    def _warn_unsigned(self, segment: Segment) -> None:
        r = self.result
        # By identity, from the end: Segment compares by value, and slowly.
        index = next(k for k in range(len(r.segments), 0, -1) if r.segments[k - 1] is segment)
        r.warnings.append(f"第 {index} 个问答的回答没有署名,未能确定回答人")

    def _find_hosts(self, paragraphs: list[str], turns: list[Turn | None]) -> None:
        """A person none of whose turns does more than welcome, give the floor, invite an
        answer or close is the host, whatever the label calls them (国新办 transcripts
        label the host by post and name, never 主持人)."""
        said: dict[str, list[str]] = {}
        whole: dict[str, list[str]] = {}  # each turn with the paragraphs that carry it on
        for i, turn in enumerate(turns):
            if turn is None or turn.kind != SPEAKER_TURN or not turn.name:
                continue
            text = turn.text
            if not text and i + 1 < len(paragraphs) and turns[i + 1] is None:
                text = paragraphs[i + 1]
            said.setdefault(turn.name, []).append(text)
            whole.setdefault(turn.name, []).append(
                "\n".join([turn.text, *_until_next_turn(paragraphs, turns, i + 1)])
            )
        for name, texts in said.items():
            if self.english and _chairs_club(self.roster.find(name)):
                # LAURA TINGLE, NATIONAL PRESS CLUB PRESIDENT:: the club's president
                # moderates the questions after an address: a host, who may ask.
                self.roster.find(name).role = HOST
                for turn in turns:
                    if turn is not None and turn.name == name:
                        turn.kind = HOST_TURN
                continue
            moderates = self.english and (
                self._hands_over(name, paragraphs, turns)
                or self._opens_briefing(name, paragraphs, turns)
                or self._moderates_panel(name, paragraphs, turns)
            )
            # …新闻发布会现在开始…首先请…发言人赵启正先生介绍…: one turn that opens the
            # conference and calls on another speaker is the host's, if it is the only one.
            opens = len(texts) == 1 and (
                _OPENS_AND_INVITES_RE.search(texts[0])
                or _WELCOMES_AND_INVITES_RE.search(texts[0])
                or _presents_and_hands_over(whole[name][0])
            )
            if len(texts) == 1 and not moderates:
                if _welcomes_and_hands_floor(whole[name][0]):
                    # 欢迎出席…发布会。…请他向大家介绍…: the host, whose opening words stay
                    # the conference's first statement (they present today's guests).
                    self.roster.find(name).role = HOST
                    continue
            if not (moderates or opens) and (
                len(texts) < 2 or not all(host_like(text) for text in texts)
            ):
                continue
            self.roster.find(name).role = HOST
            for turn in turns:
                if turn is not None and turn.name == name:
                    turn.kind = HOST_TURN

    def _self_named_askers(self, turns: list[Turn | None]) -> None:
        """DAVID CROWE: Thank you, Laura. David Crowe from the Sydney Morning Herald…: a
        journalist who gives his name and his outlet asks; no speaker."""
        named: dict[str, bool] = {}
        for turn in turns:
            if turn is not None and turn.kind == SPEAKER_TURN and turn.name:
                own = re.search(
                    rf"\b{re.escape(turn.name)},? (?:from|of|with) (?:the )?[A-Z]", turn.text[:400]
                )
                named[turn.name] = named.get(turn.name, True) and bool(own)
        for name, asks in named.items():
            entry = self.roster.find(name)
            if not asks or entry is None or entry.position:
                continue
            self.roster.entries.remove(entry)
            for turn in turns:
                if turn is not None and turn.name == name:
                    turn.kind, turn.name, turn.asker = QUESTION_TURN, None, None

    def _hands_over(self, name: str, paragraphs: list[str], turns: list[Turn | None]) -> bool:
        """A briefing's moderator: lays out the ground rules and turns the floor over to the
        official (MR. DEERE: … With that, I will turn it over to …), who speaks next, and
        answers no question (a press secretary who brings in a guest and then takes
        questions herself is no moderator)."""
        asked = False
        for turn in turns:
            if turn is not None and turn.kind == QUESTION_TURN and not _stage(turn):
                asked = True
            elif asked and turn is not None and turn.name == name:
                return False
        speaking = False
        for i, turn in enumerate(turns):
            if turn is not None and turn.kind != QUESTION_TURN:
                speaking = turn.name == name
                text = turn.text
            elif turn is None and speaking:
                text = paragraphs[i]
            else:
                continue
            if speaking and _HANDS_OVER_RE.search(text or ""):
                after = next((t for t in turns[i + 1 :] if t is not None and not _stage(t)), None)
                if after is not None and after.kind != QUESTION_TURN and after.name != name:
                    return True
            elif speaking and _HAND_OVER_RE.search(text or ""):
                after = next((t for t in turns[i + 1 :] if t is not None and not _stage(t)), None)
                if (
                    after is not None
                    and after.kind != QUESTION_TURN
                    and after.name
                    and after.name != name
                    and re.search(rf"\bwelcome\b[^.!?]{{0,80}}\b{re.escape(after.name)}\b", text)
                ):
                    return True  # I just wanted to welcome … Julie Bishop … I hand over to …
        return False

    def _opens_briefing(self, name: str, paragraphs: list[str], turns: list[Turn | None]) -> bool:
        """Official Spokesperson, Shri Name: Good afternoon and a very warm welcome to this
        special briefing. … I have with me Secretary (East) …. Over to Secretary (East) now.:
        the spokesperson who welcomes to the briefing, introduces the panel and hands over to
        the next speaker hosts; his other turns, if any, only give the floor."""
        entry = self.roster.find(name)
        if entry is None or not re.search(
            r"\bSpokes(?:person|man|woman)\b", entry.position or "", re.I
        ):
            return False  # a leader's statement may welcome and hand over too
        opening = _first_turn_of(name, paragraphs, turns)
        if opening is None:
            return False
        end, words = opening
        if (
            len(words) > 1200
            or not _EN_WELCOMES_TO_BRIEFING_RE.search(words[:300])
            or not _EN_OVER_TO_RE.search(words[-90:])
        ):
            return False
        return all(
            host_like(t.text)
            for t in turns[end:]
            if t is not None and t.name == name and t.kind != QUESTION_TURN
        )

    def _moderates_panel(self, name: str, paragraphs: list[str], turns: list[Turn | None]) -> bool:
        """Fadela Chaib: (03:04) Hello, everybody. I am Fadela Chaib, … welcoming you to our
        … Press Conference …. Present in the room is …. Dr. Tedros, the floor is yours.: a
        first turn that names its own speaker, welcomes to the press conference, presents the
        panel and hands the floor to the next speaker is a moderator's, with no post in the
        label; the person's other turns, if any, only give the floor."""
        opening = _first_turn_of(name, paragraphs, turns, of_text=True)
        if opening is None:
            return False
        end, words = opening
        if (
            len(words) > 1500
            or not re.search(rf"\b(?:I am|I'm|My name is|This is) {re.escape(name)}\b", words[:200])
            or not _EN_WELCOMING_TO_CONFERENCE_RE.search(words[:400])
            or not _EN_PRESENTS_PANEL_RE.search(words)
            or not (_EN_OVER_TO_RE.search(words[-90:]) or _EN_OVER_TO_YOU_RE.search(words[-90:]))
        ):
            return False
        return all(
            host_like(t.text)
            for t in turns[end:]
            if t is not None and t.name == name and t.kind != QUESTION_TURN
        )

    def _speakers_in_body(self) -> None:
        """Officials quoted in a news report: 海关总署统计分析司司长吕大良表示,…"""
        for paragraph in self.result.body:
            for m in _REPORTED_RE.finditer(paragraph):
                # 履新不久的中共福建省委书记尤权: what the story says of him is no part of the post
                # 据重庆市政府新闻办…处长徐祖国介绍: 据 (according to) is no part of the body
                who = re.sub(r"^(?:根据|据)", "", m.group("who"))
                person = split_title_name(re.sub(r"^[^的]{1,8}的", "", who))
                if person and person.position:
                    self.roster.add(person.name, person.position)

    def _attending_after_lead(self) -> None:
        """A report's second paragraph that lists the officials at the press conference:
        县长A,副县长B,县发改委主任C出席发布会。发布会由D主持。 They are its speakers (the
        one who presides its host), as in a lead."""
        if not self.result.lead:
            return
        for paragraph in self.result.body[:2]:
            if not (
                _ATTENDING_RE.search(paragraph)
                or _PRESENTED_AND_ANSWERED_RE.search(paragraph)
                or _CAPTION_PRESIDES_RE.match(paragraph)
                or any(_CHAIRS_RE.match(s) for s in re.findall(r"[^。!?;]+", paragraph))
            ):
                continue
            sentences = [
                s
                for s in re.findall(r"[^。!?;]+", paragraph)
                if (
                    _ATTENDING_RE.search(s)
                    or _PRESIDED_RE.search(s)
                    or _CAPTION_PRESIDES_RE.match(s)
                    or _CHAIRS_RE.match(s)
                    or _PRESENTED_AND_ANSWERED_RE.search(s)
                )
                and not re.search(r"是否|[吗?]|邀请|将", s)  # a question, a plan: no list
            ]
            found = [meta.lead_people(s) for s in sentences]
            hosts = {h.name for _speakers, hs in found for h in hs}
            for speakers, presiding in found:
                for person in [*speakers, *presiding]:
                    if self.roster.find(person.name) is None and ends_with_title(
                        person.position or ""
                    ):
                        role = HOST if person.name in hosts else SPEAKER
                        self.roster.add(person.name, person.position, role)
                        if role == HOST and len(hosts) == 1:
                            self.missing_host_name = False  # 主持人: is the one who presides

    def _answering_in_headline(self) -> None:
        """重庆代表团举行开放团组会议 袁家军胡衡华等回答记者提问 over a lead and a list of those
        taking part (全国人大代表、市委副书记、市长胡衡华,…参加): who the headline says answered
        the press speaks, with the post the list prints."""
        m = _HEADLINE_ANSWERERS_RE.search(self.result.title or "")
        if m is None or not self.result.lead:
            return
        for paragraph in [self.result.lead, *self.result.body[:2]]:
            for name, post in lead_people.people_in_sentences(paragraph):
                if name in m["names"] and self.roster.find(name) is None and ends_with_title(post):
                    self.roster.add(name, post)

    def _caption_gallery(self) -> None:
        """A photo report's captions, one official each (北京市委常委、秘书长赵磊 over the
        photographer's name): the officials pictured at the press conference are its
        speakers. Two such lines at least, each a post and a name and nothing else."""
        found = []
        for paragraph in [*self.result.body, *self.captions]:
            text = paragraph.strip()
            if len(text) > 40 or re.search(r"[,。;:!?()“”\s]", text):
                continue
            person = split_title_name(text)
            if (
                person
                and person.position
                and ends_with_title(person.position)
                and looks_like_name(person.name)
                and not lead_people.FORMER_POST_RE.match(person.position)
            ):
                found.append(person)
        if len({p.name for p in found}) < 2:
            return
        for person in found:
            if self.roster.find(person.name) is None:
                self.roster.add(person.name, person.position)

    def _answering_in_report(self) -> None:
        """A report with no segments and nobody known yet, one of whose first paragraphs
        lists officials with their posts and says they answered the press (…主任包满达、
        …市长秦义等8人答记者问): they are its speakers. Names with posts only."""
        r = self.result
        if r.segments:
            return
        known = bool(self.roster.entries)
        for paragraph in [r.lead or "", *r.body[:10]]:
            for sentence in re.findall(r"[^。!?;]+", paragraph):
                sentence = sentence.strip()
                # With people already known, only 等7位嘉宾作联合发布: a count of presenters.
                pattern = _PRESENTERS_COUNTED_RE if known else _ANSWERED_PRESS_RE
                if not pattern.search(sentence) or re.search(r"是否|[吗?]|邀请|将|请", sentence):
                    continue
                office = None
                for name, post in lead_people.people_in_sentences(sentence):
                    organisation, _ = split_position(post)
                    if known:
                        # 某市政府主要负责人,省花卉产业联合会会长…: those unnamed before the comma
                        post = post.rsplit(",", 1)[-1]
                        organisation, _ = split_position(post)
                    if organisation:
                        office = organisation
                    elif office and is_title(post):
                        post = office + post  # 中国人民银行行长周小川,副行长易纲: its 副行长
                    if (
                        self.roster.find(name) is None
                        # 南阳市委书记朱是西、市长: a post whose first part ends in a name is
                        # two people read as one
                        and all(ends_with_title(part) for part in post.split("、"))
                        and not lead_people.FORMER_POST_RE.match(post)
                    ):
                        self.roster.add(name, post)

    def _introduced_by_host(self) -> None:
        """The host's introduction names the officials as a lead does: …邀请省生态环境厅
        党组成员、总工程师、新闻发言人郑彧,请他…. Only sentences that invite or present them."""
        listing = False  # 我们请来了: and the guests each on a line of their own after it
        first = self.result.segments[0] if self.result.segments else None
        if first and first.question is None and len(first.answerers) == 1:
            entry = self.roster.find(first.answerers[0])
            opening = "".join(first.paragraphs[:1])
            if entry and _SELF_HOST_RE.search(opening) and _INTRODUCES_RE.search(opening):
                entry.role = HOST  # …出席本次发布会的有:…。我是发布会主持人…: she hosts
        hosts = {e.name for e in self.roster.entries if e.role == HOST}
        # A host's opening kept as the first statement presents the guests as well.
        statements = [
            p
            for seg in self.result.segments[:1]
            if seg.question is None and seg.answerers and set(seg.answerers) <= hosts
            for p in seg.paragraphs
        ]
        for entry in self.roster.entries:
            own = None
            if entry.role == HOST and not entry.position:
                # …我是新疆维吾尔自治区人民政府新闻发言人徐贵相。: the host names his own post
                own = re.search(
                    rf"我是(?P<post>[^,。,!?]{{2,40}}?){re.escape(entry.name)}[。,,]",
                    "".join(statements[:1]),
                )
            if own and ends_with_title(own["post"]):
                entry.position = own["post"]
        for remark in self.result.host_remarks + statements:
            listed = listing
            listing = False
            for sentence in re.findall(r"[^。!?]+", remark):
                if not (listed or _INTRODUCES_RE.search(sentence)):
                    continue
                if not listed and re.search(r"应[^,。]{1,60}(?:的)?邀请", sentence):
                    continue  # 应…邀请,国防部长…将赴俄罗斯: news announced, no guest invited
                found = lead_people.people_in_sentences(sentence)
                if _INTRODUCES_RE.search(sentence) and sentence.rstrip().endswith(":"):
                    listing = True
                elif listed and found and remark.rstrip().endswith((";", ",", "、")):
                    listing = True
                whole = _items_of_list(sentence)
                named = {name for name, _post in found}
                found += [(n, p) for n, p in whole.items() if n not in named and ends_with_title(p)]
                for name, post in found:
                    if whole.get(name, "").endswith(post):
                        post = whole[name]  # …委员会委员,省教育厅…副厅长李燕仪女士;: one post
                    if lead_people.FORMER_POST_RE.match(post):
                        continue
                    entry = self.roster.find(name)
                    if entry is None:
                        self.roster.add(name, post)
                    elif not entry.position and not entry.organisation:
                        entry.position = post  # 李小鹏: over his words, presented with his post
                    elif (
                        entry.position
                        and post.endswith(entry.position)
                        and post != entry.position
                        and not re.search(r"我们|大家|请|邀|到", post[: -len(entry.position)])
                    ):
                        entry.position = post  # 市长 in the lead, 深圳市人民政府市长 here

    def _guests_named_by_speaker(self) -> None:
        """今天和我一起出席发布会的嘉宾分别是:交通运输部运输服务司王水平巡视员,中国海上搜救
        中心卓立副主任。: a spokesperson who holds the press conference presents its guests
        in the opening statement, each by body, name and title (or post and name)."""
        texts = [p for seg in self.result.segments[:1] for p in seg.paragraphs[:4]]
        for text in texts + self.result.host_remarks[:3]:
            m = _GUESTS_ARE_RE.search(text)
            if not m:
                continue
            items = re.split(r"[,;]", re.split(r"[。!]", text[m.end() :], maxsplit=1)[0])
            found = [_guest(item.strip()) for item in items]
            if not found or None in found:
                continue  # all or nothing
            for name, post in found:
                if self.roster.find(name) is None:
                    self.roster.add(name, post)

    def _guests_presented_in_body(self) -> None:
        """我们请来了:…司副司长韩某某先生;…主任邬某某先生,请他们共同回答媒体的提问: the
        host's introduction left in the body (its label not read), when nobody else is known.
        Only the sentence that presents the guests and asks them to answer."""
        if any(e.role != HOST for e in self.roster.entries):
            return
        for paragraph in self.result.body[:20]:
            for sentence in re.findall(r"[^。!?]+", paragraph):
                presents = _PRESENTS_GUESTS_RE.search(sentence)
                if not presents or not re.search(r"请(?:他们|他|她)[^。]{0,12}回答", sentence):
                    continue
                if not sentence[presents.end() :].lstrip().startswith((":", "：")):
                    continue
                for name, post in lead_people.people_in_sentences(sentence):
                    if self.roster.find(name) is None and ends_with_title(post):
                        self.roster.add(name, post)

    def _guests_listed_in_body(self) -> None:
        """…首先请允许我介绍出席今天发布会的各位领导,他们是: / 保定市政府党组成员 王月衡先生; /
        …: an unlabelled record's host presents the guests one per line, each a post and a
        name with 先生 or 女士; and 我是…副部长刘立宝,今天的发布会由我主持 names the host."""
        texts = [self.result.lead or "", *self.result.body[:30]]
        # 中共玉溪市委宣传部副部长 毛金明: / …他们是: / …: the list inside the host's turn
        texts += [p for seg in self.result.segments[:2] for p in seg.paragraphs][:40]
        for i, paragraph in enumerate(texts):
            own = _HOSTS_HIMSELF_RE.search(paragraph)
            person = split_title_name(own["who"]) if own else None
            if person and person.position and self.roster.find(person.name) is None:
                self.roster.add(person.name, person.position, HOST)
            if not _PRESENTS_LIST_RE.search(paragraph):
                continue
            listed = []
            for line in texts[i + 1 : i + 13]:
                m = _LISTED_GUEST_RE.fullmatch(line.strip())
                if not m:
                    break
                # 局长丁超先生: a name of two characters, or of three (孙汝国先生)
                name, post = m["name"], m["post"]
                if not ends_with_title(post) and ends_with_title(post + name[0]):
                    name, post = name[1:], post + name[0]
                # 副市长别燕妮女士 after others read so: a rarer surname, in the list's place
                if not (looks_like_name(name) or listed) or not ends_with_title(post):
                    break
                listed.append((name, post.strip()))
            if len(listed) >= 2:
                for name, post in listed:
                    if self.roster.find(name) is None:
                        self.roster.add(name, post)

    def _presided_in_report(self) -> None:
        """新闻发布会由中共蚌埠市委宣传部副部长张文虎主持。: a report names its host."""
        r = self.result
        if r.segments or r.host_remarks:
            return
        for paragraph in [r.lead or "", *r.body[:10]]:
            m = _PRESIDED_BY_RE.search(paragraph)
            person = split_title_name(m["who"]) if m else None
            if person and person.position and self.roster.find(person.name) is None:
                self.roster.add(person.name, person.position, HOST)
                return

    def _post_as(self) -> None:
        """资深的新闻发言人郭卫民 … 当他作为全国政协十三届三次会议新闻发言人出现在…: the one
        official of a report, given a bare post, is given it in full where the text says
        what he acts as."""
        people = [e for e in self.roster.entries if e.role != HOST]
        if len(people) != 1 or not people[0].position:
            return
        entry = people[0]
        organisation, _ = split_position(entry.position)
        if organisation:
            return
        texts = [self.result.lead or "", *self.result.body]
        found = {
            m["post"]
            for text in texts
            for m in re.finditer(
                rf"(?:他|她|{re.escape(entry.name)})作为(?P<post>[^,。;:、“”]{{2,30}}?"
                rf"{re.escape(entry.position)})",
                text,
            )
        }
        if len(found) == 1:
            entry.position = found.pop()

    def _fill_positions(self) -> None:
        """Posts for people met without one, from the lead, the photo captions and the
        host's introductions."""
        missing = {e.name: e for e in self.roster.entries if not e.position}
        if missing and self.english:
            self._posts_in_title(missing)
            self._posts_in_apposition(missing)
        if not missing or self.english:
            return
        for text in [self.result.lead or "", *self.captions]:
            for name, post in lead_people.people_in_sentences(text):
                if name in missing and not lead_people.FORMER_POST_RE.match(post):
                    missing.pop(name).position = post
        for remark in self.result.host_remarks:
            speakers, _ = meta.lead_people(remark)
            for person in speakers:
                if person.name in missing and person.position:
                    # 首先请全国政协…副秘书长: the host's call is no part of the post
                    post = re.sub(r"^(?:首先|下面|现在|接下来|然后)?有?请", "", person.position)
                    missing.pop(person.name).position = post
        for remark in self.result.host_remarks:
            # 有请李克强总理: the host names the person and then the post.
            for name in list(missing):
                at = remark.find(name)
                post = title_at(remark, at + len(name)) if at >= 0 else None
                if post:
                    missing.pop(name).position = post

    def _posts_in_apposition(self, missing: dict) -> None:
        """Dr. Jay Butler, CDC's Deputy Director for Infectious Diseases and the former
        incident manager…: the post the text gives after the full name and a comma."""
        text = "\n".join(self.text_paragraphs[:40])
        for name in list(missing):
            if " " not in name:
                continue
            m = re.search(
                rf"\b{re.escape(name)},\s+(?:the\s+|our\s+)?(?P<post>[A-Z][^,.;:\n]{{3,80}}?)"
                r"(?=,|\.|;|\s+and\s+(?:the|a|our)\b|\s+(?:will|who|is|has)\b)",
                text,
            )
            if m and re.search(rf"\b(?:{TITLE_WORDS})\b", m["post"]):
                missing.pop(name).position = m["post"]

    def _posts_in_title(self, missing: dict) -> None:
        """Doorstop interview with Luke Howarth, Member for Petrie and …: a headline that
        prints a person's post after the name and a comma gives it to them."""
        title = self.result.title or ""
        # First Minister's press conference speech…: the post of the one official known.
        owner = _POST_OWNS_EVENT_RE.match(title)
        people = [e for e in self.roster.entries if e.role != HOST]
        if owner and len(people) == 1 and people[0].name in missing:
            missing.pop(people[0].name).position = owner["post"]
        for name in list(missing):
            m = re.search(rf"\b{re.escape(name)},\s+(?P<post>{_EN_POST})", title)
            if m and re.search(rf"\b(?:{TITLE_WORDS}|Member)\b", m["post"]):
                missing.pop(name).position = m["post"]
        # TRANSCRIPT OF SENIOR MINISTER’S MEDIA INTERVIEW: the office of the one person who
        # speaks, when the headline names an office and no one.
        office = _OFFICE_OWNS_RE.search(title)
        people = [e for e in self.roster.entries if e.role != HOST]
        if office and len(people) == 1 and people[0].name in missing:
            post = office["office"]
            missing.pop(people[0].name).position = post.title() if post.isupper() else post

    def _complete_surnames(self) -> None:
        """A header that names the official by surname (Assistant Secretary Casscells) and a
        text that gives the full name once (My name is Ward Casscells): the full name."""
        for entry in self.roster.entries:
            if " " in entry.name or _INITIAL_NAME_RE.fullmatch(entry.name):
                continue  # Ts.Elbegdorj: whole, the patronymic's initial joined to the name
            full = {
                n
                for n, _ in self.roster.mentions
                if n.split()[-1] == entry.name
                and n != entry.name
                and not _TITLE_WORD_RE.match(n)
                and n.split()[0].rstrip(".") not in _NOT_GIVEN_NAMES  # "Never Trump." a slogan
            }
            if len(full) == 1 and not self.roster.find(next(iter(full))):
                entry.aliases.add(entry.name)
                entry.name = next(iter(full))

    def _briefer(self, paragraph: str) -> str | None:
        """The one person who holds the post a "Briefing by the …" line names."""
        m = _BRIEFING_BY_RE.match(paragraph.strip())
        if not m:
            return None
        post = m["post"].lower()
        holders = [e.name for e in self.roster.entries if (e.position or "").lower() == post]
        return holders[0] if len(holders) == 1 else None

    def _drop_journalists(self) -> None:
        """MSNBC's Andrea Mitchell, NBC's chief foreign affairs correspondent Andrea
        Mitchell: a journalist the text names as one, commenting on a briefing, is no
        official of it; her words are nobody's answer."""
        text = "\n".join(self.text_paragraphs[:40])
        for entry in list(self.roster.entries):
            name = re.escape(entry.name)
            if " " not in entry.name or not re.search(
                rf"\b(?:{_MEDIA_OUTLETS})['’]s\s+(?:[a-z][a-z ]{{0,40}}\s)?{name}\b"
                rf"|\b(?:correspondent|anchor|news presenter|reporter|commentator)\s+{name}\b",
                text,
            ):
                continue
            self.roster.entries.remove(entry)
            for segment in self.result.segments:
                segment.answerers = [a for a in segment.answerers if a != entry.name]

    def _drop_short_forms(self, answering: set[str]) -> None:
        """Ash Carter in the headline, ASHTON CARTER: over the words: one person, printed as
        the transcript labels him; the short form that answers nothing goes."""
        for entry in list(self.roster.entries):
            words = entry.name.split()
            if entry.name in answering or len(words) < 2:
                continue
            for other in self.roster.entries:
                given = other.name.split()
                if (
                    other is not entry
                    and other.name in answering
                    and len(given) == len(words)
                    and given[-1] == words[-1]
                    and given[0] != words[0]
                    and given[0].startswith(words[0])
                ):
                    self.roster.entries.remove(entry)
                    break

    def _hosts_statement(self, at: _Place) -> bool:
        entry = self.roster.find(at.speaking) if at.speaking else None
        return entry is not None and entry.role == HOST and at.current is self.result.segments[0]

    def _lone_speaker(self) -> str | None:
        speakers = [e.name for e in self.roster.entries if e.role != HOST]
        if len(speakers) > 1 and self.first_briefer in speakers:
            return self.first_briefer
        return speakers[0] if len(speakers) == 1 else None

    def _asking(self, segment: Segment) -> bool:
        """A question whose answer has not begun: more question text may follow."""
        return segment.question is not None and id(segment) not in self.answered

    def _floor_at_end(self, paragraph: str) -> str:
        """…follow it there. Okay, I'm happy to take a few questions one by one.: a
        statement's last sentence gives the floor; it is no part of it."""
        m = _EN_TAKES_AT_END_RE.search(paragraph.strip())
        if not m:
            return paragraph
        self.result.host_remarks.append(m.group(0))
        return paragraph.strip()[: m.start()].rstrip()

    def _add_text(self, segment: Segment, paragraph: str, speaker: str | None = None) -> None:
        if self._asking(segment):
            segment.question = _join(segment.question, paragraph)
            return
        if self.english and segment.blocks and _FLOOR_NAMES_RE.fullmatch(paragraph.strip()):
            # Eamon (ph). / John. John.: the briefer gives the floor, no part of the answer
            self.result.host_remarks.append(paragraph)
            return
        heading = heading_of(paragraph) if id(segment) in self.answered else None
        if (
            not heading
            and segment.question is None
            and not segment.blocks
            and id(segment) in self.label_alone
            and _TOPIC_RE.fullmatch(paragraph.strip())
        ):
            # …司长吴尚年报告: / 「亚太经济合作」…会议规画 / his statement: the topic he reports on
            heading = (paragraph.strip(), None)
        if heading:
            text, rest = heading
            segment.add_heading(text)
            if rest:
                segment.add_paragraph(rest, speaker)
            return
        segment.add_paragraph(paragraph, speaker)

    # ---- figures, speakers, warnings -----------------------------------------------------

    def _collect_figures(self) -> None:
        r = self.result
        texts: list[tuple[str, int | None]] = [(r.lead, None)] if r.lead else []
        for index, segment in enumerate(r.segments):
            if segment.question:
                texts.append((segment.question, index))
            texts.extend((block["text"], index) for block in segment.blocks)
        texts.extend((p, None) for p in r.body + r.host_remarks)
        if self.english:
            # the whole page, its labels too (TANIA LAWRENCE, MEMBER FOR HASLUCK:)
            self.dollar = dollar_in_text(self.dollar, "\n".join(self.paragraphs))
        for text, index in texts:
            room = MAX_FIGURES - len(r.figures)
            if room <= 0:
                r.warnings.append(f"数字过多,只提取了前 {MAX_FIGURES} 个")
                break
            # a Chinese paragraph in an English paste (its original over a translation)
            english = self.english and not _CJK_PROSE_RE.search(text)
            r.figures.extend(figures_in(text, index, english, room, self.dollar))

    def _collect_speakers(self) -> None:
        if not self.english:
            self._spokesperson_of_host()
            self._posts_from_opening()
        cut = {} if self.english else self._cut_names()
        for seg in self.result.segments:
            seg.answerers = list(dict.fromkeys(cut.get(a, a) for a in seg.answerers))
        if self.english:
            self._drop_journalists()
        answering = {a for seg in self.result.segments for a in seg.answerers}
        if self.english:
            self._drop_short_forms(answering)
        text = "" if self.english else "\n".join(self.paragraphs)
        for entry in self.roster.entries:
            if entry.name in cut:
                continue
            if (
                text
                and entry.name not in answering
                and _ABSENT_RE.search(text.replace(entry.name, "\0"))
            ):
                continue  # 县长徐榛蔚也没出席: reported absent, no speaker
            if self.english:
                organisation, position = None, entry.position
            elif entry.organisation:
                organisation, position = entry.organisation, entry.position
            else:
                post = _WITH_LEAD_RE.sub("", _NEWLY_RE.sub("", entry.position or ""))
                organisation, position = split_position(post)
            self.result.speakers.append(Speaker(entry.name, position, organisation, entry.role))

    def _posts_from_opening(self) -> None:
        """主持人黄怡: over the host's words, and above them 发布会由四川省委宣传部新闻处处长黄怡
        主持。: a person known by name alone takes the post the opening lines print before it."""
        bare = [e for e in self.roster.entries if not e.position]
        if not bare:
            return
        posts = dict(
            pair
            for p in reversed(self.paragraphs[:4])
            for pair in lead_people.people_in_sentences(p)
            if not lead_people.FORMER_POST_RE.match(pair[1])
        )
        for entry in bare:
            entry.position = posts.get(entry.name)

    def _cut_names(self) -> dict[str, str]:
        """娄勤 beside 娄勤俭: a name that is the start of another found name, and that the
        text never prints but as part of it, is a cut name, not a person."""
        text = "\n".join(self.paragraphs)
        names = [e.name for e in self.roster.entries]
        cut = {}
        for short in names:
            longer = [n for n in names if len(n) > len(short) and n.startswith(short)]
            if len(longer) == 1 and text.count(short) == text.count(longer[0]):
                cut[short] = longer[0]
        return cut

    def _check(self) -> None:
        r = self.result
        if not r.title:
            r.warnings.append("未找到标题")
        if not r.published:
            r.warnings.append("未找到发布日期")
        if self.roster.overflow:
            r.warnings.append(f"人名过多,只记录了前 {MAX_PEOPLE} 位发言人")
        if self.missing_host_name:
            r.warnings.append("主持人姓名未知,主持人的话已放在 host_remarks")
        for speaker in r.speakers:
            if not speaker.position and not speaker.organisation:
                r.warnings.append(f"未找到 {speaker.name} 的职务")
        for index, segment in enumerate(r.segments, 1):
            if segment.question is not None and not segment.paragraphs:
                r.warnings.append(f"第 {index} 个问题没有找到回答")
        if not r.speakers and not r.segments:
            if not (r.published or r.channel or r.source or r.kicker or r.credits):
                # Nothing recognised: keep the whole text as the body of a draft.
                r.body = list(self.text_paragraphs)
                first = r.body[0] if r.body else ""
                # 据…,7月3日下午,…召开…发布会。有记者…提问。: a Chinese item's first
                # paragraph of sentences is its text; the copy has no headline.
                # …在政府总部会见传媒。 alone: one sentence of a story, no headline either.
                # 一场抗疫记者会,一个特首的发言,让全澳门沸腾起来。: a feature's opening sentence.
                sentences = not self.english and (
                    "。" in first.strip().rstrip("。")
                    or (len(r.body) == 1 and first.strip().endswith("。"))
                    or (first.strip().endswith("。") and "," in first)
                )
                if not (
                    self.no_headline
                    or sentences
                    or _REPORT_OPENING_RE.fullmatch(first.strip())
                    or (self.english and residue.not_a_title(first.strip()))
                    or (self.english and residue.banner_line(first.strip()))
                ):
                    r.title = r.title or first[:80]
                if self.english and r.title and residue.not_a_title(r.title):
                    r.title = ""  # Question 1 over the first question: no headline either
                if len(r.body) == 1 and r.title and _one_paragraph_item(r.body[0], r.title):
                    r.title = ""  # a one-paragraph item: its first sentence is no headline
                r.lead = r.event_date = r.host_office = None
                r.warnings.append("未能识别出发布会的结构,全文作为正文保存,请人工整理")
            else:
                r.warnings.append("未识别出发布人和问答,正文按段落保存")

    def _restore_printed(self) -> None:
        r, restore = self.result, self.restore
        for key in ("title", "kicker", "channel", "editor", "source", "host_office", "lead"):
            setattr(r, key, restore(getattr(r, key)))
        if self.title_parts and r.title == "".join(self.title_parts):
            r.title = "".join(restore(part) for part in self.title_parts)
        r.body = [restore(p) for p in r.body]
        r.host_remarks = [restore(p) for p in r.host_remarks]
        # A name may be put together from pieces (陈总统水扁先生: 陈水扁), each restored.
        for s in r.speakers:
            s.name, s.position = restore_pieces(restore, s.name), restore(s.position)
            s.organisation = restore(s.organisation)
        names = {}
        for seg in r.segments:
            if seg.question:
                seg.question = "\n".join(restore(q) for q in seg.question.split("\n"))
            seg.asker = restore.asker(seg.asker)
            seg.headings = [restore(h) for h in seg.headings]
            seg.paragraphs = [restore(p) for p in seg.paragraphs]
            for block in seg.blocks:
                block["text"] = restore(block["text"])
            seg.answerers = [names.setdefault(n, restore_pieces(restore, n)) for n in seg.answerers]
        for f in r.figures:
            f.text, f.label = restore(f.text), restore_pieces(restore, f.label)
            printed = drop_pinyin(f.text)
            tail = printed[len(printed) - len(f.unit) :] if f.unit else ""
            if tail and tail != f.unit and fold_script(tail) == f.unit:
                f.unit = tail  # 1200個: the unit as printed
            elif f.unit and f.unit not in printed and fold_script(printed) != printed:
                # 兩個多月 → 個月: the unit's characters as printed, where it is not one piece
                chars = {fold_script(ch): ch for ch in printed}
                f.unit = "".join(chars.get(ch, ch) for ch in f.unit)
        for c in r.credits:
            c.name, c.role = restore(c.name), restore(c.role)
            c.role = printed_role(c.role, r.language == "zh-Hant")


def _full_name_in_line(header: list[str], entry) -> list[tuple[str, str | None]]:
    """Statement by Prime Minister O’Neill, … Hon. Peter O’Neill MP, Prime Minister of
    Papua New Guinea, and …: the surname's full name inside a header line, with the post
    after it when that post begins with the one the headline gave."""
    surname = re.escape(entry.name)
    name_re = re.compile(
        rf"(?<![\w'’])(?P<first>(?:[A-ZÀ-Ý][a-zà-ÿ'’\-]+\s+){{1,2}}){surname}(?![\w'’])"
    )
    post_re = re.compile(
        r"(?:\s+(?:MP|MLA|MHR|QC|KC))?,\s+(?:the\s+)?(?P<post>[A-Z][^,;]{2,80}?)"
        r"(?=\s*,|\s+and\s|\s+\d|$)"
    )
    found = []
    for line in header:
        for m in name_re.finditer(line):
            first = m["first"].split()
            if any(re.fullmatch(rf"(?:{TITLE_WORDS}|Prime|Hon|The|Of|And)", w) for w in first):
                continue
            after = post_re.match(line, m.end())
            post = after["post"] if after else None
            keep = post if post and entry.position and post.startswith(entry.position) else None
            found.append((" ".join(first + [entry.name]), keep))
    return found


# José Manuel Durão Barroso: a full name alone on a header line, two to five words.
_EN_FULL_NAME_LINE_RE = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ'\-]+(?:\s+[A-ZÀ-Ý][a-zà-ÿ'\-]+){1,4}")
_LINK_MARK_RE = re.compile(r"\s+i$")
# President of the European Commission: a post alone on its line.
_EN_POST_ALONE_RE = re.compile(
    rf"(?:[A-Z][\w'\-]*\s+){{0,3}}(?:{TITLE_WORDS})(?:\s+of\s+the(?:\s+[A-Z][\w'\-]*){{1,4}})?"
)
# I, we, our, or a greeting (Alright, good afternoon, everyone.): someone speaking.
_SPEAKING_RE = re.compile(
    r"\b(?:I|I['’]m|I['’]ve|I['’]d|I['’]ll|me|my|[Ww]e|[Oo]ur|[Uu]s)\b"
    r"|\b[Gg]ood\s+(?:morning|afternoon|evening|day)\b|\b(?:Hello|Thank you|Thanks)\b"
)
# …: 7 April 2020: a listed item's headline ending on its date after a colon.
_EN_DATED_HEADLINE_RE = re.compile(r":\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}$")


def _en_prose_block(line: str) -> bool:
    """Five sentences or more over 500 characters, or as many words run together in lower
    case with no stop (machine captions): prose, never a headline."""
    line = line.strip()
    if len(line) > 400 and line == line.lower() and len(line.split()) >= 60:
        return True  # well good afternoon it’s been a difficult start this fall…
    if len(line) > 300 and line.endswith(".") and re.search(r"[a-z]\.\s+[A-Z]", line):
        return True  # September 9, 2020, Premier Ford … addressed media…. During…: a lead
    return len(line) > 500 and len(re.findall(r"[.!?]\s+[A-Za-z]", line)) >= 4


def _introduced_questions(paragraphs: list[str], turns: list[Turn | None]) -> None:
    """An unlabelled paragraph in which a journalist gives his name and outlet and asks, just
    before an official's labelled answer: the question, asked by him."""
    for i, (paragraph, turn) in enumerate(zip(paragraphs[:-1], turns[:-1], strict=True)):
        after = turns[i + 1]
        m = residue.ASKS_UNDER_NO_LABEL_RE.match(paragraph.strip())
        if turn is None and m and "?" in paragraph and after and after.kind == SPEAKER_TURN:
            turns[i] = Turn(QUESTION_TURN, paragraph.strip(), asker=m["name"])


def _dash_label(paragraph: str) -> str:
    """省市场监管局副局长王状武—— alone on its line over his answer: a label, a dash for its
    colon."""
    m = re.fullmatch(rf"\s*(?P<label>[{HAN}、]{{4,40}}?)\s*——\s*", paragraph)
    person = split_title_name(m["label"]) if m else None
    if person and person.position and looks_like_name(person.name):
        return m["label"] + ":"
    return paragraph


_INITIAL_NAME_RE = re.compile(INITIAL_NAME)


def _en_story_sentence(line: str) -> bool:
    """One sentence of twenty words or more, with a comma, ending in a full stop; or one
    of ten words or more that ends by saying who said it."""
    line = line.strip()
    if (
        line[:1].isupper()
        and len(line.split()) >= 30
        and re.search(r"[.!?][\"”’]?$", line)
        and re.search(r"[a-z][.!?][\"”’]?\s+[A-Z]", line)
    ):
        return True  # White House Press Secretary … erupted…. The exchange…: a paragraph
    if (
        line[:1] in '“"'
        and len(line.split()) >= 12
        and re.search(r"[”\"],? (?:[A-Z][a-z]+ )?(?:said|says|told)\b", line)
    ):
        return True  # “A fire was reported…,” Burke said in a statement.: a story's quote
    return (
        len(line) <= 600
        and line[:1].isupper()
        and line.endswith(".")
        and "," in line
        and not re.search(r"[.!?]\s", line)
        and (
            len(line.split()) >= 20
            or (len(line.split()) >= 10 and bool(_SAID_AT_END_RE.search(line)))
        )
    )


def _en_conference_sentence(line: str) -> bool:
    line = line.strip()
    return (
        line.endswith(".")
        and len(line.split()) >= 8
        and re.search(r"\b(?:press|news) (?:conference|briefing)\b|\bpress briefing\b", line, re.I)
        is not None
        # held, during: a story's past, a caption's scene (holds: a headline's present)
        and re.search(r"\b(?:held|spoke|answered|during)\b", line) is not None
    )


# PIERRE, S.D. (KELO.com) — : a story's dateline, its place and its outlet, then a dash.
# Premier Remarks:, Remarks by the Prime Minister, Governor's Address: an office's remarks
_OFFICE_REMARKS_RE = re.compile(
    r"\b(?:Premier|Prime Minister|President|Governor|Minister|Mayor|Chief Minister)(?:['’]s)? "
    r"(?:Remarks|Statement|Address|Speech)\b"
    r"|\b(?:Remarks|Statement|Address|Speech) (?:by|of) the (?:Premier|Prime Minister|President"
    r"|Governor|Minister|Mayor|Chief Minister)\b(?! [A-Z][a-z]+ [A-Z])"
)
_WIRE_TITLE_FIELD_RE = re.compile(
    r"^\S{2,20}?\d{1,2}月\d{1,2}日[电電]\W{0,3}\s*[题題]\s*[::]\s*(?P<title>\S.{4,80})$"
)
_EN_WIRE_DATELINE_RE = re.compile(
    r"^(?=[A-Z][A-Z’'\-]*[A-Z])[A-Z][A-Z.’'\-]+(?: [A-Z][A-Z.’'\-]+){0,3},?"
    r"(?: [A-Z][A-Za-z.’'\-]+){0,3}"
    r"(?:, [A-Z][A-Za-z.’'\-]+(?: [A-Z][A-Za-z.’'\-]+){0,2}){0,2}\s*[-–—]+\s*(?=[A-Z“\"])"
)
_EN_DATELINE_RE = re.compile(
    r"^[A-Z][A-Za-z.]+(?:,? [A-Z][A-Za-z.]+){0,3},?(?: \([^()]{2,30}\))? [-–—] (?=[A-Z])"
)


def _en_opening_paragraph(line: str) -> bool:
    """A paragraph of prose (over 180 characters and 25 words, or a dateline and 12 words;
    ending a sentence) that names the press conference: a story's first paragraph."""
    line = line.strip()
    return (
        (len(line) > 180 or _EN_DATELINE_RE.match(line) is not None)
        and len(line.split()) >= (12 if _EN_DATELINE_RE.match(line) else 25)
        and line.endswith((".", ".»", ".”", '."'))
        and re.search(
            r"(?i)\b(?:press|news) conference\b|conférence de presse|point de presse", line
        )
        is not None
    )


# press release, News release, Media statement: the kind of page, alone on its line.
_KIND_ONLY_RE = re.compile(
    r"(?i:press release|news release|media release|media statement|press statement|news)"
)


# …despite the additional workload, Joseph Muscat has pledged.: a story's first sentence.
_SAID_AT_END_RE = re.compile(
    r",\s+(?:the\s+)?(?:[A-Z][\w'’\-]+\s+){1,4}(?:has\s+|had\s+)?"
    r"(?:said|says|pledged|warned|announced|confirmed|insisted|stressed|argued|claimed)\.$"
)


_GREETING_SENTENCE_RE = re.compile(
    r"Good\s+(?:morning|afternoon|evening),\s+(?:everyone|everybody|all),\s+(?:I|we)\b.{10,300}[.!]$"
)
_GREETING_RE = re.compile(
    r"^(?:Good\s+(?:morning|afternoon|evening|day)|Hello|Hi|Thank\s+you)\b[^.!?]{0,40}[.!,]?$", re.I
)
# …so I'll just let you go ahead. / Happy to take your questions.: the floor opened.
_OPENS_FLOOR_RE = re.compile(
    r"(?:questions\b[^.!?]{0,80}\b(?:go ahead|fire away)|"
    r"(?:happy|glad) to (?:take|answer) (?:your |any )?questions)[.!]?$",
    re.I,
)
# Good afternoon, everybody. / I know you have heard from the Secretary…, but I'm here to take
# anything else… / Who wants to start?: sentences that only greet and open the floor.
_FLOOR_SENTENCE_RE = re.compile(
    r"^(?:(?:Well|So|Okay|OK|All right|And)[,.]?\s+)?(?:"
    r"(?:(?:A\s+)?(?:Very\s+)?Good\s+(?:morning|afternoon|evening|day)|Hello|Hi|Welcome)\b"
    r"[\w\s,]{0,30}"
    r"|(?:Thank you|Thanks)(?: all| everyone| everybody)?"
    r"(?: for (?:coming|being here|joining(?: us)?)(?: (?:for|at|to|in) [\w\s]{3,50})?)?"
    # I don’t really have any announcements to begin with, so I will take a few questions…
    r"|I (?:don't|don’t|do not) (?:really )?have (?:any )?(?:announcements?|opening remarks|"
    r"(?:an )?opening statement)\b(?![^.!?]*\bbut\b)[^.!?]{0,120}"
    r"|(?:(?:Yeah|Yes|Sure)[,.]?\s+)?go ahead"
    r"|.{0,160}\bI(?:'m| am|’m)\s+(?:here|happy|glad|ready)\s+to\s+(?:take|answer)\s+"
    r"(?:any(?:thing|\s+questions)?|your\s+questions|questions|whatever)\b.{0,80}"
    r"|Who\s+wants\s+to\s+(?:start|go first|begin)|Who(?:'s| is|’s)\s+first"
    r"|(?:Let's|Let me)\s+(?:go to|take|start with)\s+(?:your\s+)?questions"
    # Let me start with Pranay first. / I know a lot of people have asked me questions.
    r"|(?:Let's|Let me|I'll|I will)\s+(?:start|begin)\s+with\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
    r"(?:\s+first)?"
    r"|I know\b[^.!?]{0,60}\b(?:asked|have)\b[^.!?]{0,20}\bquestions"
    r")[.!?]?$",
    re.I,
)


# …Vedant Patel held a Press Briefing at 2:20 PM … and fielded questions on a wide range of
# issues.: a site's summary of the briefing, in the third person.
_REPORTS_BRIEFING_RE = re.compile(
    r"\b(?:held|gave|fielded|took|answered|briefed|addressed|conducted|had)\b.{0,100}?"
    r"\b(?:briefing|press conference|questions|reporters|the press|the media|journalists|"
    r"interview)\b",
    re.I,
)
_FIRST_PERSON_RE = re.compile(r"\b(?:I|I'm|I’m|I'll|I’ll|we|We|our|Our|my|My|me|us)\b")


def _reported_opening(paragraphs: list[str], roster) -> tuple[list[str], list[str]]:
    """Paragraphs before the first turn that report on the briefing in the third person (no
    I or we), one of them naming the briefer, are the page's summary, not his words."""
    taken = 0
    reports = False
    for p in paragraphs[:4]:
        if read_turn(p, roster.copy(), english=True) is not None:
            break
        if _FIRST_PERSON_RE.search(p):
            return [], paragraphs
        # …had an exclusive interview with Minister X. / Here are some highlights: / a
        # heading: the story reports once, its other lines introduce the transcript.
        reports = reports or bool(_REPORTS_BRIEFING_RE.search(p))
        taken += 1
    else:
        return [], paragraphs
    if not reports:
        return [], paragraphs
    people = [e.name for e in roster.entries] + [n for n, _post in roster.mentions]
    named = any(n in p for n in people for p in paragraphs[:taken])
    return (paragraphs[:taken], paragraphs[taken:]) if named else ([], paragraphs)


def _printed_twice_in_header(header: list[str], page: list[str]) -> str | None:
    """US State Dept Presser / State Dept Presser, Nov 16, 2022 / 19 Min / State Dept
    Presser, Nov 16, 2022: a header line the page prints twice, around a video's length, is
    the headline; the line over it is the site's section."""
    printed = [p.strip() for p in page[:8]]
    if header and printed.count(header[0].strip()) >= 2:
        return None  # the headline and its standfirst printed twice: the first is the headline
    for line in (h.strip() for h in header[1:4]):
        if len(line) >= 15 and printed.count(line) >= 2 and line != header[0].strip():
            first = printed.index(line)
            between = printed[first + 1 : printed.index(line, first + 1)]
            if len(between) == 1 and _EN_KIND_HEADLINE_RE.search(between[0]):
                # India - Ministry of External Affairs / Transcript of Special briefing … /
                # India - Ministry of External Affairs: the source's line around the headline.
                return between[0]
            return line
    # Top Scoops / PM's Press Conference 20/5/19 / PM's Press Conference 20/5/19: Piking,
    # Australia: the headline, then again with its subtitle; the line over it is the site's.
    for line, following in zip(header[1:4], header[2:5], strict=False):
        if len(line.strip()) >= 15 and following.strip().startswith(line.strip() + ":"):
            return line.strip()
    return None


# A headline that names what the page holds: Transcript of …, … Press Briefing ….
_EN_KIND_HEADLINE_RE = re.compile(
    r"^(?=.{30,200}$).*\b(?:Transcript|[Bb]riefing|Remarks|Press Conference|Interview)\b"
)


# 在今天召开的…发布会上,有记者问到,…?就此,商务部新闻发言人进行了回应。: a lead that
# tells of the question and that it was answered; the answer follows, labelled.
_NARRATED_QUESTION_RE = re.compile(
    r"(?:有记者(?:提)?问(?:到|及)?|记者问(?:到|及)|被问(?:到|及))[^?]{0,300}\?"
    r"[^?]{0,40}(?:回应|回答|答复|作出回应|予以回应|表示)[^?]{0,20}。$"
)


# 吴泽桐在回答中介绍说, / 吴泽桐表示,: an answer told by the reporter, not a turn.
_REPORTED_VERB = (
    r"(?:在回答中|在答问中|回答时|在回答记者提问时)?(?:介绍说?|表示|说|指出|称|回应说?)[,:，：]"
)


def _reports_answer(line: str, names: list[str]) -> bool:
    return any(re.search(re.escape(name) + _REPORTED_VERB, line[:120]) for name in names if name)


def _narrates_question(paragraph: str) -> bool:
    return bool(_NARRATED_QUESTION_RE.search(paragraph.strip()))


_GREETS_RE = re.compile(r"[上下中晚]午好|早上好|大家好|欢迎")


def _label_again(paragraphs: list[str]) -> bool:
    """The first paragraph opens with a name's label (汪文斌:) that opens later turns too:
    the page starts on a turn (an answer whose question is on the page before), not a lead."""
    m = re.match(f"^([{HAN}]{{2,4}})\\s*:", paragraphs[0])
    if not m or not looks_like_name(m[1]) or _GREETS_RE.search(paragraphs[0][:60]):
        return False  # 吴谦:各位记者朋友,下午好!欢迎…: the opening of the press conference
    return any(p.startswith(m[0]) for p in paragraphs[1:30])


# 今天我没有需要向大家通报的信息。下面我愿意回答记者朋友提出的问题。: no announcement.
_ZH_NOTHING_TO_ANNOUNCE_RE = re.compile(
    r"没有(?:需要|要)?(?:向大家|向各位)?(?:通报|发布|宣布)的(?:信息|消息|内容|事项)"
    # …下面请提问。 after it, or on a line of its own that opened the floor already
    r"[^。]{0,4}。(?:[^。]{0,30}?(?:回答|提问)|$)"
)


_EN_NO_ANNOUNCEMENTS_RE = re.compile(
    r"\bI (?:don't|don’t|do not) have any (?:announcements?|opening remarks)\b|"
    r"\b(?:no|any) announcements\b",
    re.I,
)


def _no_announcements(paragraphs: list[str]) -> bool:
    """Very good afternoon… Delighted to see all of you here… Now I don't have any
    announcements to make, so I am in your hands for questions.: a greeting that says there
    is nothing to announce and ends by opening the floor."""
    if len(paragraphs) != 1 or len(paragraphs[0]) > 600:
        return False
    last = re.split(r"(?<=[.!?])\s+", paragraphs[0].strip())[-1]
    return bool(_EN_NO_ANNOUNCEMENTS_RE.search(paragraphs[0])) and "question" in last.lower()


def _nothing_to_announce(paragraphs: list[str]) -> bool:
    """各位记者朋友:大家下午好,欢迎参加…。今天我没有需要向大家通报的信息。下面我愿意回答…:
    a spokesperson's greeting that says there is nothing to announce and opens the floor."""
    said = "".join(paragraphs)  # the greeting, the words, 下面请提问。 each on a line, too
    return (
        1 <= len(paragraphs) <= 4
        and len(said) <= 200
        and _ZH_NOTHING_TO_ANNOUNCE_RE.search(said) is not None
    )


def _only_opens_floor(paragraphs: list[str]) -> bool:
    """An opening whose every sentence only greets or opens the floor (at most six
    sentences): no statement."""
    sentences = [s for p in paragraphs for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", p.strip()) if s]
    return (
        0 < len(sentences) <= 6
        and sum(map(len, paragraphs)) <= 400
        and all(_FLOOR_SENTENCE_RE.match(s) for s in sentences)
        and any(not _GREETING_RE.match(s) for s in sentences)
    )


_READ_TRANSCRIPT_RE = re.compile(r"^Read\s+(?:the\s+)?(?:Full\s+)?Transcript\.?$", re.I)


# January 23, 2016Mayor Bill de Blasio: I've been…the department.Let me emphasize…: a page
# copied without its line breaks; the date, and each paragraph, glued to the next.
# When Shah was asked…: a sentence's first word before a surname, no given name.
_NOT_GIVEN_NAMES = frozenset(
    (
        "The When Then But And As If While After Before Minister President Mr Mrs Ms Dr "
        "Alhaji Chief Elect Sir "
        # never Trump, anti Trump: a slogan or a camp, no given name
        "Never Anti Pro Ex Team Not Only Even Also"
    ).split()
)


def _story_sentence(line: str) -> bool:
    """He addressed several topics, including housing, transportation and trade.: a story's
    sentence of eight words or more, no header line."""
    return len(line.split()) >= 8 and bool(re.search(r"[a-z0-9][.!?][\"”’]?$", line.strip()))


def _full_names_in_text(surname: str, paragraphs: list[str]) -> set[str]:
    """Amit Shah, where a story asks "Shah" and prints the full name once: the one given name
    the text puts before the surname."""
    if " " in surname:
        return set()
    text = "\n".join(paragraphs[:40])
    given = set(re.findall(rf"\b([A-Z][a-z]{{2,}}) {re.escape(surname)}\b", text))
    given -= _NOT_GIVEN_NAMES
    return {f"{g} {surname}" for g in given} if len(given) == 1 else set()


_GLUED_DATE_RE = re.compile(rf"^((?:{'|'.join(meta.EN_MONTH_NAMES)}) \d{{1,2}}, \d{{4}})(?=[A-Z])")
_GLUED_SENTENCE_RE = re.compile(
    r"(?<=[a-z][.!?])(?=[A-Z][a-z]|I\W)|(?<=[a-z][.!?][\"”])(?=[A-Z][a-z]|I\W)"
)


def _glued_paragraphs(paragraph: str) -> list[str]:
    dated = _GLUED_DATE_RE.match(paragraph)
    if dated:
        return [dated.group(1), *_glued_paragraphs(paragraph[dated.end() :])]
    if len(paragraph) < 300 or len(_GLUED_SENTENCE_RE.findall(paragraph)) < 2:
        return [paragraph]
    return [p.strip() for p in _GLUED_SENTENCE_RE.split(paragraph) if p.strip()]


_QUESTION_LINE_RE = re.compile(r"^\s*(?:问|记者|提问)\s*:")
# 马英九开场致词: alone on its line: the label of the opening statement under it.
_SPEECH_HEADING_RE = re.compile(
    rf"^(?P<name>[{HAN}]{{2,4}}?)(?:开场|开幕|闭幕|总结)?(?:致[词辞]|讲话|发言)\s*:$"
)
# 问:…你觉得台湾可以说“不”吗?        马英九:首先…: the answer after the question, on its line.
_ANSWER_AFTER_QUESTION_RE = re.compile(rf"(?<=[?!。])\s*(?=(?P<label>[{HAN}]{{2,4}})\s*:)")


_ADDRESS_POSTS = "市长|省长|县长|区长|部长|局长|主任|主席|总理"
_SURNAME_LABEL_RE = re.compile(rf"^(?P<surname>[{HAN}]):(?=\S)")


def _surname_labels(paragraphs: list[str]) -> list[str]:
    """记者:市长可不可以…? / 柯:这一次要出访…: a surname alone labels the answer, where the
    text prints one full name with that surname twice or more (200112柯文哲出访行前记者会)."""
    text = "\n".join(paragraphs[:60])
    out = list(paragraphs)
    for i in range(1, len(out)):
        m = _SURNAME_LABEL_RE.match(out[i])
        if not m or m["surname"] not in SURNAMES or not _QUESTION_LINE_RE.match(out[i - 1]):
            continue
        names = {
            n
            for n in re.findall(rf"{m['surname']}[{HAN}]{{2}}", text)
            if looks_like_name(n) and text.count(n) >= 2
        }
        if len(names) == 1:
            out[i] = names.pop() + out[i][1:]
    return out


def _speech_headings(paragraphs: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(paragraphs):
        m = _SPEECH_HEADING_RE.match(paragraphs[i].strip())
        if m and looks_like_name(m["name"]) and i + 1 < len(paragraphs):
            out.append(f"{m['name']}:{paragraphs[i + 1].strip()}")
            i += 2
            continue
        out.append(paragraphs[i])
        i += 1
    return out


def _answer_after_question(paragraph: str) -> list[str]:
    # ?张超:现将…: a mirror's stray question mark before a label.
    paragraph = _STRAY_QUESTION_MARK_RE.sub("", paragraph)
    if not _QUESTION_LINE_RE.match(paragraph):
        return [paragraph]
    for m in _ANSWER_AFTER_QUESTION_RE.finditer(paragraph):
        if looks_like_name(m["label"]) or m["label"] == "答":
            return [paragraph[: m.start()].rstrip(), paragraph[m.end() :]]
    return [paragraph]


_WELCOMES_TO_CONFERENCE_RE = re.compile(
    r"欢迎.{0,12}(?:出席|参加|来到).{0,60}(?:发布会|记者会|招待会|吹风会|通气会)"
)


_CLOSING_EDITOR_RE = re.compile(
    rf"(?<=[。!?”])\s*[((](?P<role>编辑|編輯|责任编辑|責任編輯)\s*[::]\s*(?P<name>[{HAN}]{{2,4}})[))]"
    r"\s*\d{0,12}$"
)


def _prose(paragraph: str) -> bool:
    """Sentences, not a line of fields: a field's key inside them is no field line."""
    return len(paragraph) > 80 and "。" in paragraph[:-1]


def bare_name_turn_probe(paragraph: str) -> Turn | None:
    """Whether a paragraph would open an answer by an unintroduced name (no side effects)."""
    return bare_name_turn(paragraph, Roster())


# 廣德福: alone on its line: a bare name as a label.
_BARE_NAME_LABEL_RE = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,4})\s*[:：]")
# Morrison, Scott: the PM Transcripts archive's index line, surname first.
_PMT_INDEX_NAME_RE = re.compile(
    r"(?P<surname>[A-Z][A-Za-z'\-]{1,20}), "
    r"(?P<given>[A-Z][A-Za-z'\-]{1,20}(?: [A-Z][A-Za-z'\-]{1,20})?)$"
)
# Release Date: / 17/03/2022: its fields, each value on the same line or the next.
_PMT_FIELD_RE = re.compile(
    r"(?P<key>Release Date|Release Type|Transcript ID|Location|Subjects?|Period of Service)"
    r":\s*(?P<value>.*)$"
)
_OPENS_AND_INVITES_RE = re.compile(
    r"(?:发布会|记者会|吹风会|通气会)现在开始.{0,120}?(?:首先|下面|现在)?请[^。]{2,60}?(?:介绍|发布|通报)"
)
# 欢迎大家出席…新闻发布会。今天我们邀请到…先生,请他向大家介绍…: a welcome, today's guests
# presented, the floor handed to one of them: the host's opening.
_WELCOMES_AND_INVITES_RE = re.compile(
    r"欢迎(?:大家|各位)?(?:出席|参加|来到)[^。!]{0,30}?(?:发布会|记者会|吹风会)[。!]"
    r"[^。!]{0,40}?(?:今天我们(?:邀请|请)到|出席今天(?:的)?发布会的(?:有|还有|是))"
    r"[^。!]{0,200}?请(?:他|她|他们|[^。,,]{2,12}?(?:先生|女士))[^。]{0,12}?介绍"
)
_PRESENTS_GUESTS_TODAY_RE = re.compile(
    r"(?:今天我们(?:邀请|请)到|出席今天(?:的)?(?:新闻)?发布会的(?:有|还有|是)|我们请来了)"
)
_HANDS_TO_GUEST_RE = re.compile(
    r"^(?:下面|首先|现在)[,,]?(?:我们)?(?:首先|先)?(?:请|有请)[^。,,]{2,30}?(?:先生|女士)?[^。]{0,30}?(?:介绍|发布|通报)"
)


_OWN_OUTLET_RE = re.compile(
    r"我是(?:来自)?(?P<outlet>[^,。!?;:]{2,24}?)(?:的)?(?:特约|首席)?记者"
    # 记者:光明日报记者提问。…: the question opens with the outlet that asks it.
    r"|^(?P<opening>[^,。!?;:“”]{2,16}?)记者提问[。:,]"
)
_PRESENTED_TAIL_RE = re.compile(
    r"(?:的(?:还)?有|邀请到|请到了|请来了|^(?:他们|她们)分别(?:是|为))[:]?"
)


_GUESTS_ARE_RE = re.compile(
    r"(?:出席|参加)[^。:,]{0,12}(?:发布会|记者会|吹风会)的嘉宾(?:分别|还)?(?:是|有|为):"
    # 与李部长一起出席新闻发布会还有:…司长石春先先生,…: the minister's colleagues
    r"|(?:一起|一同)(?:出席|参加)[^。:,]{0,8}(?:发布会|记者会|吹风会)(?:的)?还有:"
)


def _guest(item: str) -> tuple[str, str] | None:
    """A guest as presented: a post and a name, or a body, the name and the title
    (交通运输部运输服务司王水平巡视员)."""
    item = re.sub(r"(?:先生|女士|同志)$", "", item)
    person = split_title_name(item)
    if person and person.position and looks_like_name(person.name):
        return person.name, person.position
    for t in range(6, 1, -1):  # each reading of the title (the longest first), the name
        title = item[-t:]
        for n in (3, 2):
            name, body = item[-t - n : -t], item[: -t - n]
            if (
                len(body) >= 2
                and is_title(title)
                and re.fullmatch(f"[{HAN}]+", name)
                and looks_like_name(name)
                and body.endswith(tuple(ORG_SUFFIXES))
            ):
                return name, body + title
    return None


def _items_of_list(sentence: str) -> dict[str, str]:
    """出席今天发布会的有:A先生;B女士;… / 参加今天记者会的还有…副主任、…秘书长C先生: the
    people a host presents, each item of a semicolon list one person whose posts may be
    joined by commas or 、."""
    tail = _PRESENTED_TAIL_RE.search(sentence)
    if tail is None:
        return {}
    found = {}
    for item in sentence[tail.end() :].split(";"):
        # …市长覃伟中先生专门来参加记者会: the item ends at the honorific
        item = re.split(r"(?<=先生|女士|同志)", item.strip(), maxsplit=1)[0]
        item = re.sub(r"(?:先生|女士|同志)$", "", item)
        if ";" not in sentence and re.search(r"[,,]", item):
            continue  # one person of a sentence: commas are clauses, not posts
        people = people_in_list(item)
        if len(people) == 1 and people[0].position and item.endswith(people[0].name):
            found[people[0].name] = people[0].position
    return found


def _welcome_as_statement(paragraphs: list[str], turns: list[Turn | None]) -> None:
    """寿小丽:女士们…欢迎出席…发布会。…邀请到…张雨浦先生,请他为大家介绍…: a State Council
    Information Office host named only over her one turn, which welcomes the press and gives
    a guest the floor: her opening stays the conference's first statement, under her (as
    for the host _find_hosts recognises by the same words)."""
    hosts = [t for t in turns if t is not None and t.kind == HOST_TURN]
    if not hosts or next(t for t in turns if t is not None) is not hosts[0]:
        return
    host = hosts[0]
    label = (host.label or "").strip()
    # a host's name after 主持人 (a bare name _welcoming_name_label read), or a bare 主持人:
    # the page names elsewhere (五、主持人 / 陈靓秋(市政府新闻办副主任))
    one_host_label = len(hosts) == 1 and (
        label.startswith("主持人 ") or (label == "主持人" and host.name)
    )
    i = turns.index(host)
    said = "".join([host.text, *_until_next_turn(paragraphs, turns, i + 1)])
    # …下面,请记者朋友提问: a host who opens the questions moderates them.
    # …今天的新闻发布会到此结束: the whole conference's host words on one line, no statement.
    if re.search(r"请[^。!?]{0,12}提问", said) or re.search(r"到此结束|就到这里", said):
        return
    if one_host_label and _welcomes_and_hands_floor(said):
        host.kind = SPEAKER_TURN
    elif host.name and _opens_conference(said):
        # 陈文俊:女士们、先生们,上午好!…下面,我们先请王书记作介绍。 / 主持人郭卫民: 各位
        # 下午好!…下面我们就请刘正荣副局长做介绍。: the named host's opening, before any
        # question, is the conference's first statement, whoever speaks after it.
        host.kind = SPEAKER_TURN


def _opens_conference(said: str) -> bool:
    """The host's first words greet the room and either hand a guest the floor or, after the
    welcome to the conference, go on (the news he opens with)."""
    if not _OFFICIAL_GREETS_RE.match(said) and not _WELCOMES_TO_CONFERENCE_RE.search(said[:200]):
        return False
    if _ANNOUNCES_HIMSELF_RE.search(said):
        return False
    if _GIVES_GUEST_FLOOR_RE.search(said):
        return True
    # …我是市政府新闻发言人于洪亮,很高兴主持今天的新闻发布会。: he hosts, and goes on
    welcome = _WELCOMES_TO_CONFERENCE_RE.search(said[:200]) or _HOSTS_TODAY_RE.search(said[:200])
    return welcome is not None and len(said[welcome.end() :].lstrip("。!")) >= 30


_HOSTS_TODAY_RE = re.compile(r"主持(?:今天|本次|这次|此次)的?(?:新闻)?(?:发布会|记者会)")


def _unquoted(paragraph: str) -> str:
    """A story's paragraph without the words it quotes and attributes ("We are…," Raimondo
    said.): the first person there is the one quoted, not the page's."""
    if not re.search(r"\b(?:said|says|added|told|explained)\b", paragraph):
        return paragraph
    return re.sub(r"“[^”]*”|\"[^\"]*\"", "", paragraph)


def _until_next_turn(paragraphs: list[str], turns: list[Turn | None], start: int) -> list[str]:
    end = start
    while end < len(paragraphs) and end < len(turns) and turns[end] is None:
        end += 1
    return paragraphs[start:end]


# 欢迎出席…发布会。今天很高兴请来了…毛盛勇先生,请他向大家介绍… / …下面,我们先请訚柏同志介绍
# 情况。: a turn that welcomes the press to the conference and gives a guest the floor.
_GIVES_GUEST_FLOOR_RE = re.compile(
    r"(?:请(?:他|她|他们)|(?:下面|首先|现在)[,,]?(?:让)?(?:我们)?(?:就|先)?(?:请|有请)[^。!,,]{2,20}?)"
    r"[^。!]{0,12}?(?:介绍|发布|通报|讲话|发言)"
    # 首先,有请楼继伟先生。: the floor given by name alone
    r"|(?:下面|首先|现在)[,,]?(?:让我们)?(?:先)?有请[^。!,,]{2,20}?(?:先生|女士|同志)[。!]"
    # 今天我们请…王丽女士,…李建国先生…,介绍有关情况: the guests listed, then what they present
    r"|今天我们请[^。!]{4,300}?(?:女士|先生|同志)[^。!]{0,40}?(?:介绍|发布|通报)"
)


# 首先由我向大家通报…: who announces the news himself speaks, whoever he then calls on.
_ANNOUNCES_HIMSELF_RE = re.compile(r"由我|我(?:先|首先)?(?:向大家|给大家)?(?:通报|发布)")


# Good morning gentlemen, and welcome to this press conference: a briefer's first words.
_WELCOMES_PRESS_RE = re.compile(
    r"^(?:Good (?:morning|afternoon|evening)|Ladies and gentlemen)\b[^.!?]{0,60}?\bwelcome to "
    r"(?:this|today's|today’s|our|the)\b[^.!?]{0,30}?\b"
    r"(?:press conference|briefing|news conference)"
)


def _welcomes_and_hands_floor(said: str) -> bool:
    return (
        _WELCOMES_TO_CONFERENCE_RE.search(said[:200]) is not None
        and _GIVES_GUEST_FLOOR_RE.search(said) is not None
        and _ANNOUNCES_HIMSELF_RE.search(said) is None
    )


def _presents_and_hands_over(said: str) -> bool:
    """女士们、先生们…欢迎出席…发布会。/ …出席今天发布会的有:…周长强先生;…。/ 下面,先请周长强先生
    介绍…: a turn over several paragraphs that welcomes, presents today's guests and ends by
    handing the floor to one of them: the host's opening."""
    lines = [line.strip() for line in said.split("\n") if line.strip()]
    return (
        len(lines) >= 2
        and re.search(r"欢迎(?:大家|各位)?(?:出席|参加|来到)", said[:200]) is not None
        and _PRESENTS_GUESTS_TODAY_RE.search(said) is not None
        and _HANDS_TO_GUEST_RE.search(lines[-1]) is not None
        and _ANNOUNCES_HIMSELF_RE.search(said) is None  # 首先由我向大家通报: he speaks first
    )


_LIVE_STAMP_RE = re.compile(r"(?<=\S)\s*\[\d{1,2}:\d{2}(?::\d{2})?\]\s*$")
# [人民日报记者]…如何?2022-11-05 15:06:31: a bracketed entry's date and time at its end.
_LIVE_DATED_STAMP_RE = re.compile(
    r"^(\[[^\]]{2,60}\].*?\S)\s*\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*$", re.S
)
# … [09:56] | [彭放] …: a live page's entries pasted on one line, a bar between them.
_LIVE_ENTRY_BREAK_RE = re.compile(
    r"(?<=\[\d\d:\d\d\])\s*\|\s*(?=\[)|(?<=\[\d:\d\d\])\s*\|\s*(?=\[)"
)


def _live_entries_on_one_line(paragraph: str) -> list[str]:
    if len(_LIVE_ENTRY_BREAK_RE.findall(paragraph)) < 3:
        return [paragraph]
    return [p for p in _LIVE_ENTRY_BREAK_RE.split(paragraph) if p.strip()]


# News organisations whose names, with 's, present a journalist (MSNBC's Andrea Mitchell).
_MEDIA_OUTLETS = (
    "MSNBC|CNN|NBC|CBS|ABC|Fox News|Fox|BBC|Sky News|NPR|PBS|CNBC|Bloomberg|Reuters|"
    "ITV|CBC|CTV|Global News"
)
# [Dr. Robert Redfield] alone on its line over his words: a transcript's label in brackets.
_BRACKETED_NAME_RE = re.compile(
    r"^\s*\[(?:(?:Dr|Mr|Ms|Mrs)\.?\s+)?(?P<name>[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'\-]+){1,2})\]\s*$"
)


def _bracketed_names(paragraphs: list[str]) -> list[str]:
    """Where a page has two such lines at least, each is the label NAME: of the words under
    it."""
    if sum(1 for p in paragraphs if _BRACKETED_NAME_RE.match(p)) < 2:
        return paragraphs
    return [
        f"{m['name'].upper()}:" if (m := _BRACKETED_NAME_RE.match(p)) else p for p in paragraphs
    ]


_READ_IT_HERE_RE = re.compile(r"\s*\bRead the (?:full )?transcript\b.{0,80}\bhere\.?\s*$")
# … happy with our investments. >> Question: I'm with global national. …: a caption
# service's mark of a new voice, the captions pasted on one line.
_CHEVRON_RE = re.compile(r"\s*>>\s*")
_NAMED_CHEVRON_RE = re.compile(r"^(?P<label>(?:[A-Z][\w.'’\-]*\s+){0,3}[A-Z][\w.'’\-]*)\s*>>\s+")


def _chevron_turns(paragraph: str) -> list[str]:
    if paragraph.count(">>") < 3:
        return [paragraph]
    return [p.strip() for p in _CHEVRON_RE.split(paragraph) if p.strip()]


# 行政长官抗疫记者会开场发言: the opening remarks, headed by the office of who makes them.
_OPENING_REMARKS_RE = re.compile(
    r"^(?P<office>行政长官|特首|署长|局长|司长|部长|主任|市长|省长|发言人)[^,。:!?]{0,16}"
    r"(?:开场发言|开场白|开场讲话)$"
)
# 首先,我向大家通报4月份全国自然灾害和安全生产形势。: the host turns to the news himself
# (not to the guests he presents).
_HOST_ANNOUNCES_RE = re.compile(
    # 按照惯例,我先向大家通报上半年…形势。: as is the custom, the host's own news first
    r"^(?:首先|下面|现在|接下来|按照惯例[,]?(?=我))[,]?(?:由我|我)?(?:先)?(?:向大家|给大家|为大家)?"
    r"(?:通报|发布|介绍)"
    r"(?![^。]{0,15}(?:出席|嘉宾|发布人|来宾|领导))"
)
# …, Foreign Secretary William Hague said:: the line over a story's quoted remarks.
_SAID_COLON_RE = re.compile(
    rf"(?:^|,\s+)(?:the\s+)?(?P<post>(?:[A-Z][a-z]+\s+){{0,3}}(?:{TITLE_WORDS}))\s+"
    r"(?P<name>[A-Z][a-z][a-zA-Z'\-]+(?:\s+[A-Z][a-z][a-zA-Z'\-]+){1,2})\s+said:$"
)
_POST_OWNS_EVENT_RE = re.compile(
    rf"^(?P<post>(?:[A-Z][a-z]+\s+){{0,2}}(?:{TITLE_WORDS}))['’]s\s+"
    r"(?:press conference|news conference|press briefing|briefing|statement|speech|address)\b",
    re.I,
)
_EVERYTHING_SAID_RE = re.compile(
    r"^(?:This|Here) is (?:everything|what) (?:Mr|Ms|Mrs|Dr)\.? (?P<surname>[A-Z][a-z]+) said"
    r"(?: in (?:his|her) (?:address|statement|remarks))?:$"
)
# [彭放] 记者招待会马上就要开始了… [09:59]: a live page's entry, its label and its time.
_LIVE_ENTRY_RE = re.compile(
    r"^\s*\[(?P<label>[^\]]{2,40})\]\s*\S.*?\s*\[\d{1,2}:\d{2}(?::\d{2})?\]\s*\|?\s*$", re.S
)
# 【交通运输部新闻发言人 徐成光】1-19 14:02:00: a label alone on its line, with the day and time.
_LABEL_STAMP_RE = re.compile(
    r"^(\s*【[^】]{2,60}】)\s*\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*$"
)
# • [国家卫生健康委新闻发言人 米锋]各位…: a live-text page's bullet before each entry's label.
_LIVE_BULLET_RE = re.compile(r"^\s*[•·●▪]\s*(?=\[[^\]]{2,60}\])")
# &nbsp; left by a forwarded e-mail's quoted-printable text before a label.
# Monday, 24 June, 2002, 14:54 GMT: an English news page's date line.
_EN_DAY_DATE_RE = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? \d{1,2} [A-Z][a-z]+,? \d{4}\b"
)
# PM: a turn's label; JOURNALIST: Prime Minister, …: a question addressing her.
_PM_WORD_RE = re.compile(r"\bPrime Minister\b", re.I)
_PM_LABEL_RE = re.compile(r"PM:\s")
_PM_ADDRESSED_RE = re.compile(r"(?:JOURNALIST|REPORTER|QUESTION|Q):\s+Prime Minister,\s")
# Our political editor Jane Doe reported: a broadcast report's narrator.
_NARRATOR_RE = re.compile(
    r"(?:Our|The BBC's)\s+((?:(?:chief|deputy)\s+)?(?:political|diplomatic|economics|health|"
    r"home affairs|business|security)\s+(?:editor|correspondent))\s+"
    r"([A-Z][a-z'-]+(?:\s[A-Z][a-z'-]+){1,2})\s+(?:reported|reports)[.:]?"
)
_CAPS_LABEL_RE = re.compile(r"([A-Z][A-Z.'-]*(?:\s[A-Z][A-Z.'-]*){0,3}):")
# MILES O'BRIEN, CNN ANCHOR: a broadcaster's anchor or correspondent around the event.
_ANCHOR_RE = re.compile(
    r"^[A-Z][A-Z.'\- ]{2,40}, (?:[A-Z]{2,8} )?(?:ANCHOR|CORRESPONDENT|HOST|REPORTER)\b[A-Z ]{0,30}:"
    # ANNOUNCER: PBS Utah presents "The Governor's Monthly News Conference": the channel's voice
    r"|^(?:ANNOUNCER|NARRATOR)\s*:"
)


# …也没出席, …缺席: someone the report says stayed away (\0 stands for the name).
_ABSENT_RE = re.compile(
    r"\0(?:也|并|都|却|则)?(?:没有|没|未|并未|不)(?:有)?(?:出席|到场|现身|露面)|\0缺席"
)
# First question is Margaret Brennan., Next question goes to Ann Lee.: the floor given.
_GIVES_FLOOR_RE = re.compile(
    r"^(?:(?:And |OK,? |Okay,? |All right,? )?(?:[Tt]he )?(?:[Ff]irst|[Nn]ext|[Ll]ast|[Ff]inal)"
    r" question(?: is| goes to| will be| comes from| from)?|Let's go to|Let's start with)\s+"
    r"(?P<name>[A-Z][a-z]+(?: [A-Z][a-z'\-]+){1,2})(?: (?:from|of|with) [^.]{2,40})?\.?$"
)
# New York, Geneva, Hong Kong SAR: a place alone on the line over a transcript's date.
_PLACE_RE = re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]+)?(?: [A-Z]{2,3})?$")
# Ladies and Gentlemen, welcome. / Good afternoon, Ladies and Gentlemen. It is…: a speech's
# first words, whatever follows them.
_OPENING_WORDS_RE = re.compile(
    r"^(?:Ladies and [Gg]entlemen|Good (?:morning|afternoon|evening),? (?:[Ll]adies and "
    r"[Gg]entlemen|everyone|everybody|all))\b"
    # Members of the Press / Ladies and Gentlemen,: a salutation's first line
    r"|^(?:Distinguished\s+)?[Mm]embers\s+of\s+the\s+(?:[Pp]ress|[Mm]edia)\s*,?$"
)
# Update 6.02pm: The Premier’s full statement follows below: / His remarks as prepared are
# below:: a story's line over the statement it reprints.
_STATEMENT_BELOW_RE = re.compile(
    r"\b(?:full|complete|prepared|opening)?\s*(?:statement|remarks|speech|address)"
    r"(?:\s+as\s+(?:prepared|delivered))?\s+(?:follows|follow|is|are)\s*"
    r"(?:below|in full)?\s*[:.]$"
    # I made the following statement at the press briefing on 24th April.: the writer's own
    r"|^(?:I|We) (?:made|gave|delivered) the following (?:statement|remarks|speech)\b"
    r"[^:]{0,80}[:.]$",
    re.I,
)
_OWN_STATEMENT_RE = re.compile(r"(?:I|We) (?:made|gave|delivered) the following", re.I)
_TRANSCRIPT_BELOW_RE = re.compile(
    r"\btranscript\b[^.]{0,80}\b(?:is available below|below|follows)\s*[:.]?$", re.I
)
_DATELINE_LEAD_RE = re.compile(r"^[A-Z]{3,}(?:[ -][A-Z]{3,})? — [A-Z]")


# RICHMOND, Va. — …Virginia Governor Glenn Youngkin shared his thoughts…: a story's lead
# names the official in full or opens on a dateline; Scroll down for a transcript…: a pointer.
_STORY_DATELINE_RE = re.compile(r"^[A-Z]{3,}(?:[ -][A-Z]{3,})*,(?: [A-Z][A-Za-z.]+){1,2} — ")


def _narrates(paragraph: str, speaker: str | None) -> bool:
    p = paragraph.strip()
    full_name = speaker is not None and len(speaker.split()) >= 2 and speaker in p
    pointer = p.endswith(":") and re.search(r"\btranscript\b", p, re.I)
    return bool(full_name or pointer or _STORY_DATELINE_RE.match(p))


_CUE_RANGE_RE = re.compile(
    r"(?:[•·]\s*)?\d{1,2}:\d{2}(?::\d{2})?\s*[-–]\s*\d{1,2}:\d{2}(?::\d{2})?"
)


def _dateline(i: int, paragraph: str) -> list[str]:
    return dateline_place(paragraph) if i < 4 else [paragraph]


_ANY_CAPS_LABEL_RE = re.compile(r"^[A-Z][A-Z.'\- ]{1,40}(?:, [A-Z][A-Za-z.'\- ]{1,40})?:")


def _without_anchor(paragraphs: list[str]) -> list[str]:
    """A broadcast transcript's anchor hands over to the press conference and back: the
    anchor's words, up to the next label, are the channel's narration, no turn."""
    if not any(_ANCHOR_RE.match(p) for p in paragraphs[:60]):
        return paragraphs
    kept, anchoring = [], False
    for p in paragraphs:
        if _ANY_CAPS_LABEL_RE.match(p):
            anchoring = _ANCHOR_RE.match(p) is not None
        if not anchoring:
            kept.append(p)
    return kept


def _label_of(paragraph: str) -> str | None:
    """TONY BLAIR: … -> TONY BLAIR; None when the paragraph opens with no capitals label."""
    m = _CAPS_LABEL_RE.match(paragraph)
    return m.group(1) if m else None


_QP_SPACE_RE = re.compile(
    r"^(?:&(?:=\s*)?n(?:=\s*)?b(?:=\s*)?s(?:=\s*)?p(?:=\s*)?;\s*)+(?=[A-Z][A-Za-z. ]{1,40}:)"
)
_TRANSCRIPT_MARK_RE = re.compile(
    r"^\[Transcript\]\s*(?:[–—-]\s*)?(?:\d{1,2}:\d{2}\s*[AP]\.?M\.?\s*[A-Z]{2,4}\s*)?"
    r"(?:[–—-]\s*)?(?=[A-Z]{2,}[A-Z .]*:)"
)
# 出席行政會議前與食物及衞生局局長陳肇始: what the speaker did with the official, run
# into the post read before the name; the post starts after 與 (with).
_WITH_LEAD_RE = re.compile(
    r"^[^,。、]{0,30}?(?:出席|参加|參加|会见|會見|举行|舉行|主持)[^,。、與与]{0,20}?"
    r"(?:與|与|聯同|联同|偕同)(?=\S{3})"
)
# 新任发言人, 第六任特首: newly in the post, or which holder of it; the post is 发言人, 特首.
_NEWLY_RE = re.compile(
    r"(?:新任|第[一二三四五六七八九十\d]{1,3}任)(?=\S{2})"
    # 首位女发言人: the first woman in the post, the post is 发言人.
    r"|(?:首位|首任)?(?:美女|(?<![妇美])女性?|男性?)?(?<=[位任女性])(?=(?:新闻)?发言人)"
    # ●美女发言人: a bullet or mark before a caption's post
    r"|^[●◎□■▲△▼▽◆•·]+"
)
_TITLE_WORD_RE = re.compile(rf"^(?:{TITLE_WORDS})\b")
_BRIEFING_BY_RE = re.compile(r"^Briefing by the (?P<post>[A-Z][\w\- ]{5,80})$")
# An excerpt's headline in the form of a question and its answer, on one short line.
_QA_HEADLINE_RE = re.compile(r"^Q:\s.{5,120}\sA:\s.{3,120}$")
_DATE_PREFIX_RE = re.compile(r"^\s*\d{4}年\d{1,2}月\d{1,2}日[,,]?")


# A transcript's first sentence: the date and the spokesperson who presides.
def _reports_on(paragraph: str, name: str) -> bool:
    """A paragraph that names the presiding official or the press conference reports on it."""
    return name in paragraph or re.search(meta.CONFERENCE, paragraph) is not None


_PRESIDES_RE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日[,,]?[^,。]{2,30}发言人[^,。]{2,4}主持")


# …Tampa, Florida 9:13 A.M. EDT MR. McCLELLAN: The President…: an archive that ran the
# place, the time and the first turn into one line; "… Continue reading …" is its residue.
_RUN_IN_TURN_RE = re.compile(r"(?<=[AP]\.M\. [A-Z]{3}) (?=(?:MR|MS|MRS|DR)\.? [A-Z][A-Za-z']+:)")


# An archive that puts every sentence on a line of its own breaks "DR. CASSCELLS:" after the
# honorific: "…from the Pentagon DR." / "CASSCELLS: Good morning.", "GEN." / "POLLOCK: …".
_TRAILING_HONORIFIC_RE = re.compile(
    r"(?:^|\s)(?P<h>DR|GEN|ADM|COL|MR|MS|MRS|LT|CAPT|SEC|AMB|SGT|MAJ)\.$"
)
_CAPITALS_LABEL_RE = re.compile(r"^[A-Z][A-Z'\-]{2,}:\s")


def _rejoin_honorifics(paragraphs: list[str]) -> list[str]:
    out = list(paragraphs)
    for i in range(len(out) - 1):
        m = _TRAILING_HONORIFIC_RE.search(out[i])
        if m and _CAPITALS_LABEL_RE.match(out[i + 1]):
            out[i] = out[i][: m.start()].rstrip()
            out[i + 1] = f"{m['h']}. {out[i + 1]}"
    return [p for p in out if p]


# A page that prints a whole transcript as one paragraph: "… Happy Monday. Matt, you want to
# start us off? QUESTION: You have nothing to say at the top? MR MILLER: Do you want me…",
# or a blog's "… leave you to it.  MR. KIRBY:  Thank you.  Q    Good to see you.".
# An interview printed so: TRANSCRIPT OF … AT 6 PM Q: “…?” Mr Goh: “…” Q: “…”: labels in a
# name's case too, the first one after a heading in capitals.
_RUN_IN_LABEL = (
    r"(?:(?:MR|MS|MRS|DR|AMB|GEN|ADM|Mr|Ms|Mrs|Dr|Mdm)\.?\s(?:Mc|Mac)?[A-Z][A-Za-z'\-]+:"
    r"|QUESTION:|Q:|Q\s{2,}(?=[A-Z]))"
)
_RUN_IN_LABEL_RE = re.compile(_RUN_IN_LABEL)
_RUN_IN_SPLIT_RE = re.compile(
    r"(?:(?<=[.?!—–)”\"’])|(?<=[ap]\.m\. [A-Z]{3})|(?<=[AP]\.M\. [A-Z]{3})|(?<=\b[AP]M))\s+"
    rf"(?={_RUN_IN_LABEL}|Q\s+(?=[A-Z][a-z]))"
)


_PHOTO_SOURCE_RUN_IN_RE = re.compile(r"^(?:图片来源|圖片來源)\s*:\s*[^:,。\s]{2,20}?(?=[问問]\s*:)")


def _run_in_turns(paragraph: str) -> list[str]:
    paragraph = re.sub(r"\s+Continue reading\b.*$", "", paragraph)
    # …that undertaking. [Read more…]: a tag page's link to the whole article.
    paragraph = re.sub(r"\s+\[(?:Read more|Continue reading)\s*(?:…|\.\.\.)?\]$", "", paragraph)
    if len(_RUN_IN_LABEL_RE.findall(paragraph)) >= 3:
        return [p.strip() for p in _RUN_IN_SPLIT_RE.split(paragraph) if p.strip()]
    return [p for p in _RUN_IN_TURN_RE.split(paragraph) if p]


_SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to"}


# A site's section over the page (or alone at its top), never the headline.
_EN_SECTION_RE = re.compile(
    r"(?:Media|Press|News)\s*(?:Cent(?:er|re)|Room|Releases?)|Newsroom|Transcripts|Speeches|"
    r"Speeches and Presentations|Interviews and [Pp]ress [Cc]onferences|"
    r"(?:The\s+)?Prime\s+Minister|Media|(?:Top|Latest|Breaking)\s+[A-Z][a-z]+"
)


_EN_EVENT_RE = re.compile(
    r"\b(?i:press conference|news conference|media conference|press briefing|briefing|"
    r"presser|doorstop)s?\b"
)


def _section_over_event(first: str, second: str) -> bool:
    """News you can use over a headline that names the press conference: a few words with
    no event, date or stop in them are the site's section line, not the headline."""
    first, second = first.strip(), second.strip()
    return (
        len(first.split()) <= 5
        and not re.search(r"[\d.!?:|]", first)
        and not _EN_EVENT_RE.search(first)
        and not re.search(r"\b(?i:press|media|reporters|journalists)\b", first)
        and _EN_EVENT_RE.search(second) is not None
        and 2 <= len(second.split()) <= 20
        and not second.endswith(".")
    )


# 中共普洱市委书记李庆元发布新闻 / 中共普洱市委书记 李庆元:: a record's caption over the turn
# of the one it names (what he does there), not the last words of the turn before.
_DOES_CAPTION_RE = re.compile(
    rf"^[^,。:;!?]{{2,60}}?(?P<name>[{HAN}]{{2,3}})(?:发布新闻|作主题发布|主持新闻发布会|主持发布会"
    r"|回答记者提问|答记者问)$"
)


def _caption_over_label(paragraphs: list[str]) -> list[str]:
    """A photo's caption over a label alone (…王晨主持发布会 / 王晨:) goes; one under it
    (于学军: / 国家卫生健康委员会党组成员、副主任于学军) gives the label its post and goes."""
    kept: list[str] = []
    i = 0
    while i < len(paragraphs):
        p = paragraphs[i]
        after = paragraphs[i + 1].strip() if i + 1 < len(paragraphs) else ""
        m = _DOES_CAPTION_RE.match(p.strip())
        if m and re.search(rf"{m['name']}\s*[::]$", after):
            i += 1
            continue
        titled = _label_with_caption_post(p.strip(), after)
        kept.append(titled or p)
        i += 2 if titled else 1
    return kept


_LABEL_ALONE_RE = re.compile(rf"(?:[^::]{{0,20}}\s)?(?P<name>[{HAN}]{{2,3}})\s*[::]")


def _label_with_caption_post(label_line: str, caption: str) -> str | None:
    label = _LABEL_ALONE_RE.fullmatch(label_line)
    if not label or not caption.endswith((label["name"], "发布会")):
        return None
    under = re.fullmatch(
        rf"(?P<post>[^,。:;!?\s]{{2,50}}?){label['name']}(?:主持(?:新闻)?发布会)?", caption
    )
    if not under or not ends_with_title(under["post"]):
        return None
    return f"{under['post']}{label['name']}:"


def _printed_twice(paragraph: str) -> bool:
    """A line with no sentence in it that is the same words twice over."""
    text = paragraph.strip()
    half = len(text) // 2
    if len(text) < 20 or "。" in text:
        return False
    return any(text[:h].strip() == text[h:].strip() for h in (half, half + 1) if h < len(text))


def _en_colon_headline(paragraph: str) -> bool:
    """A headline "Name Surname: Words In Title Case", a report quoting someone, not a turn."""
    m = re.fullmatch(r"([A-Z][a-z'’\-]+(?: [A-Z][a-z'’\-]+){1,2}):\s+(\S.*)", paragraph.strip())
    return bool(m) and _title_case(m[2])


# …Gaggle Aboard Air Force One 7/20/23 Transcript: a transcript's headline ends in its date.
_SLASH_DATE_END_RE = re.compile(r"\s(\d{1,2}/\d{1,2}/\d{2,4})(?:\s+Transcript)?\s*$")


def _another_dated_event(above: list[str], line: str) -> bool:
    """A header line ending in another date than the headline above it: the title of
    another transcript the page links to (a transcription service's latest one)."""
    m = _SLASH_DATE_END_RE.search(line)
    if not m:
        return False
    dates = [d[1] for d in map(_SLASH_DATE_END_RE.search, above) if d]
    return bool(dates) and m[1] not in dates


def _title_case(paragraph: str) -> bool:
    """A headline in title case: five words or more, nearly all capitalised, no full stop."""
    words = re.findall(r"[A-Za-z][\w'’\-]*", paragraph)
    if len(words) < 5 or len(paragraph) > 160 or paragraph.rstrip().endswith((".", "?", ":")):
        return False
    capitalised = sum(w[0].isupper() for w in words if w.lower() not in _SMALL_WORDS)
    return capitalised >= 0.8 * len([w for w in words if w.lower() not in _SMALL_WORDS])


def _headline_with_date(paragraph: str) -> bool:
    """Words enough around a date to be a headline (six Han characters or more)."""
    rest = re.sub(r"\d{4}[-年./]\d{1,2}[-月./]\d{1,2}日?|\d{1,2}:\d{2}(?::\d{2})?", "", paragraph)
    return len(re.findall(r"[\u4e00-\u9fff]", rest)) >= 6 and not re.search(
        r"来源|发布时间|编辑", rest
    )


def _another_asker(current: Segment | None, asker: str | None, labelled: bool) -> bool:
    """A labelled question by a reporter other than the one still asking."""
    return bool(labelled and current and asker and current.asker and asker != current.asker)


# 關於霧霾治理 / 关于就业: a topic heading of a column of quotes (关于 X, then what was said).
_TOPIC_HEADING_RE = re.compile(rf"(?:关于|關於)[{HAN}A-Za-z0-9“”「」《》]{{2,12}}")


def _topic_heading(title: str, paragraphs: list[str]) -> bool:
    """A title that is one of several 关于 X topic headings of the text is none: the page's
    own headline was not copied."""
    if not _TOPIC_HEADING_RE.fullmatch(title.strip()):
        return False
    headings = [p for p in paragraphs[:40] if _TOPIC_HEADING_RE.fullmatch(p.strip())]
    return len(headings) >= 2


def _stage(turn: Turn) -> bool:
    """Q (Inaudible.): a question turn with nothing in it but a transcriber's note."""
    return turn.kind == QUESTION_TURN and bool(_STAGE_NOTE_RE.fullmatch(turn.text.strip()))


_EN_HANDS_TO_HOST_RE = re.compile(
    r"(?:(?:And|So|Now)[,]?\s+)?(?:I(?:'ll| will| would)|let me)\s+(?:now\s+)?"
    r"(?:hand|turn|pass)(?:\s+(?:it|things))?\s+over\s+to\s+[A-Z][a-z]+\b[^.!?]*[.!]"
)
# Thank you for joining us. / Thanks for joining us for the Weekly Briefing.: a briefer's
# first words to the room.
_THANKS_FOR_JOINING_RE = re.compile(
    r"(?:Thank you|Thanks),? (?:all |everyone |everybody )?for joining us"
    r"(?: (?:for|at|in) (?:the|this|today's|today’s|our) [A-Za-z ]{0,30})?[.!]?",
    re.I,
)
_EN_WELCOME_RE = re.compile(
    # A very Good evening to all of you.
    r"(?:(?:A\s+)?(?:very\s+)?Good (?:morning|afternoon|evening)|[A-Za-z ,]*\bwelcome\b"
    r"|Thank(?:s| you)\b)[^.!?]*[.!]",
    re.I,
)


_WELCOMES_RE = re.compile(r"欢迎(?:参加|出席|各位|大家|来到)")
# …介绍出席今天发布会的各位领导,他们是: / 出席今天发布会的有: the guests follow, one a line.
_PRESENTS_LIST_RE = re.compile(
    r"(?:出席|参加)[^。!?]{0,16}(?:发布会|记者会|吹风会)的[^。!?:]{0,12}"
    r"(?:他们是|她们是|分别是|有|是)[:]\s*$"
)
_LISTED_GUEST_RE = re.compile(
    rf"(?P<post>[^,。;:!?]{{2,60}}?)\s*(?P<name>[{HAN}]{{2,3}})(?:先生|女士|同志)[;,。、]?"
)
_PRESIDED_BY_RE = re.compile(
    r"(?:新闻)?(?:发布会|记者会|吹风会)由(?P<who>[^,。;:!?、]{4,40}?)主持(?!人)[。,]"
)
# 我是市委宣传部副部长刘立宝,今天的发布会由我主持: the host presents himself.
_HOSTS_HIMSELF_RE = re.compile(
    r"我是(?P<who>[^,。!?:]{4,44}?)[,]"
    r"\s*(?:今天的?|本次|这次)?(?:新闻)?(?:发布会|记者会)由我(?:来)?主持"
)

_PRESENTS_GUESTS_RE = re.compile(
    r"(?:我们)?(?:请来了|请到了|邀请到了|邀请了|请来|出席今天(?:发布会|记者会)的(?:有|是))"
)
_CALLS_FOR_QUESTIONS_RE = re.compile(r"(?:请|欢迎)[^。!?]{0,20}提问[^。!?]{0,30}[。!?]?$")


# 文化和旅游部非物质文化遗产司副司长 胡雁 各位新闻界的朋友们…: a live page's entry, the post
# and the name set apart by spaces, no colon; [09-24 15:05] | after it, its time.
_SPACED_LABEL_RE = re.compile(
    rf"^\s*(?P<post>[^\s:,,。!?]{{2,40}}?)\s(?P<name>[{HAN}]{{2,4}})\s+(?P<words>\S.{{19,}})$", re.S
)
_LIVE_DAY_STAMP_RE = re.compile(r"\s*\[\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}\]\s*\|?\s*$")


# • 中新网报道 / 2024-03-09 15:20: a live page's source and time over each entry.
_LIVE_SOURCE_RE = re.compile(r"^\s*[•·●▪]\s*\S{2,10}报道\s*$")
_DATE_TIME_LINE_RE = re.compile(r"^\s*\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*$")


def _without_live_sources(paragraphs: list[str]) -> list[str]:
    """A live page's source line over each entry and the time under it are no words."""
    out: list[str] = []
    skip_time = False
    for p in paragraphs:
        if _LIVE_SOURCE_RE.match(p):
            skip_time = True
            continue
        if skip_time and _DATE_TIME_LINE_RE.match(p):
            skip_time = False
            continue
        skip_time = False
        out.append(p)
    return out


# 现在,我们先请麦尔丹先生作介绍。: the host gives the floor to the official who presents.
_GIVES_FLOOR_TO_RE = re.compile(
    rf"^(?:现在|下面|首先)?[,]?(?:我们)?(?:先|首先)?(?:有)?请(?P<who>[{HAN}·]{{2,8}}?)"
    r"(?:先生|女士|同志|部长|副部长|主任|局长|司长)?(?:作|做|来|为大家|向大家)?(?:介绍|发布|通报)"
    r"[^。!?]{0,30}[。!]?$"
)
# 新闻媒体的各位朋友,女士们、先生们,大家下午好!: the official's greeting opens the words.
_OFFICIAL_GREETS_RE = re.compile(r"^[^。!?:]{0,20}(?:各位|女士们|朋友们|大家)[^。!?:]{0,30}[好,!]")
_LABELLED_RE = re.compile(r"^\s*(?:【[^】]{1,30}】|\[[^\]]{1,30}\]|(?!\d)[^,。!?:]{1,30}:)")


_NAME_LABEL_RE = re.compile(rf"^\s*(?P<name>[{HAN}]{{2,3}})\s*:(?P<rest>.+)$", re.S)


# 陈文俊: / Chen Wenjun: over the words in both languages: a bilingual transcript's label in
# both scripts; the Chinese one is the label, the other a copy of it.
_ROMANISED_LABEL_RE = re.compile(r"^[A-Z][\w'.\-]*(?: [\w'.\-&()]+){0,8}\s*:$")
# 中宣部对外新闻局局长、新闻发言人陈文俊:: a post before the name too
_BARE_HAN_LABEL_RE = re.compile(rf"^[{HAN}·()()、]{{1,40}}\s*[:：]$")


_BILINGUAL_LABELS_RE = re.compile(
    rf"^[{HAN}·]{{2,24}}\s*[:：]\s*\n(?:\s*\n)*[A-Z][a-z]+(?: [A-Z][a-z]+){{1,3}}\s*:\s*$", re.M
)


def _without_romanised_labels(paragraphs: list[str]) -> list[str]:
    """The Chinese label of each pair, run into the words under it (寿小丽:女士们…)."""
    out: list[str] = []
    joining = False
    for p in paragraphs:
        if (
            out
            and _ROMANISED_LABEL_RE.match(p.strip())
            and _BARE_HAN_LABEL_RE.match(out[-1].strip())
        ):
            joining = True
            continue
        if joining and not _BARE_HAN_LABEL_RE.match(p.strip()):
            out[-1] = out[-1].strip() + p.strip()
        else:
            out.append(p)
        joining = False
    return out


def _blurb_holder(blurb: str) -> list[tuple[str, str | None]]:
    """Oregon Governor Kate Brown held a press conference on September 4…: the one who held
    it, the place before the post kept with it."""
    return [_with_place(name, post, blurb) for name, post in summary_people(blurb)]


def _with_place(name: str, post: str | None, text: str) -> tuple[str, str | None]:
    """North Carolina Governor Roy Cooper: the post with the place printed before it."""
    place = (
        # NSW Premier Gladys Berejiklian: a place's initials in capitals
        re.search(
            rf"\b((?:[A-Z][a-z]+ )?(?:[A-Z][a-z]+|[A-Z]{{2,4}})) {re.escape(f'{post} {name}')}\b",
            text,
        )
        if post
        else None
    )
    words = place[1].split() if place else []
    while words and words[0] in {"The", "A", "An", "Today", "Yesterday", "On", "In", "At"}:
        words.pop(0)
    return (name, " ".join([*words, post]) if words else post)


def _welcoming_name_label(paragraphs: list[str]) -> list[str]:
    """寿小丽:女士们、先生们,大家上午好!欢迎出席国务院新闻办新闻发布会。…出席今天新闻发布会的
    还有…: the first bare name label over words that welcome the press and present the
    guests is the host's (a State Council Information Office transcript names its host
    nowhere else)."""
    for i, p in enumerate(paragraphs[:15]):
        m = _NAME_LABEL_RE.match(p)
        if not m or not looks_like_name(m["name"]):
            continue  # 双语:国新办举行…: a headline's kind before a colon, no label
        rest = m["rest"]
        # 首先,我介绍一下…参加今天发布会的人员,他们是…: the guests presented on the next line;
        # 下面,我们首先请王凯先生作介绍。 under a translation: the floor handed to a guest.
        following = list(
            itertools.takewhile(lambda q: not _NAME_LABEL_RE.match(q), paragraphs[i + 1 : i + 4])
        )
        said = "".join([rest, *following[:1]])
        if _WELCOME_RE.search(rest[:100]) and (
            _PRESENTS_GUESTS_RE.search(said)
            or _INTRODUCES_RE.search(said)
            or (
                any(_HANDS_TO_GUEST_RE.search(q.strip()) for q in following)
                and not _ANNOUNCES_HIMSELF_RE.search(said)
            )
        ):
            out = list(paragraphs)
            out[i] = f"主持人 {m['name']}:{rest}"
            return out
        return paragraphs  # the first such label is someone else's
    return paragraphs


def _unlabelled_opening(paragraphs: list[str]) -> list[str]:
    """A transcript copied without its labels (a State Council Information Office page on a
    site that dropped them): the host's welcome, then 现在,我们先请麦尔丹先生作介绍。 and the
    official's greeting. The welcome is the host's (主持人:), the words after the call the
    official's. Only the opening, only when nothing near it is labelled."""
    head = paragraphs[:12]
    welcome = next((i for i, p in enumerate(head) if _WELCOMES_RE.search(p[:80])), None)
    if welcome is None or any(_LABELLED_RE.match(p) for p in head[welcome:]):
        return paragraphs
    for i in range(welcome, len(head) - 1):
        call = _GIVES_FLOOR_TO_RE.match(head[i].strip()) or (
            _GIVES_FLOOR_TO_RE.match(re.split(r"(?<=[。!])", head[i].strip())[-2] or "")
            if head[i].count("。") >= 2
            else None
        )
        if not call:
            continue
        nxt = next(
            (k for k in range(i + 1, len(head)) if not _DATE_TIME_LINE_RE.match(head[k])), None
        )
        if nxt is None or not _OFFICIAL_GREETS_RE.match(head[nxt]):
            return paragraphs
        who = call["who"]
        # 麦尔丹 named in full with the post in the welcome (农业农村部副部长麦尔丹·木盖提
        # 先生): the label takes both.
        said = "".join(head[welcome : i + 1])
        named = re.search(
            rf"(?:^|[,。:!、]|邀请到|请到|邀请|请来)(?P<post>[^,。:!、]{{2,30}}?)"
            rf"(?P<name>{re.escape(who)}(?:·[{HAN}]{{1,6}}?)?)(?:先生|女士|同志)",
            said,
        )
        out = list(paragraphs)
        out[welcome] = f"主持人:{out[welcome].strip()}"
        label = named["post"] + named["name"] if named and ends_with_title(named["post"]) else who
        out[nxt] = f"{label}:{out[nxt].strip()}"
        return out
    return paragraphs


def _spaced_labels(paragraphs: list[str]) -> list[str]:
    """Entries labelled by post and name with spaces and no colon, where the page has two
    at least: each becomes post name: words."""
    found = {}
    for i, p in enumerate(paragraphs):
        m = _SPACED_LABEL_RE.match(p)
        if m and has_title(m["post"]) and looks_like_name(m["name"]):
            words = _LIVE_DAY_STAMP_RE.sub("", m["words"])
            host = "主持人 " if "主持人" in m["post"] else ""  # 办公厅副主任、主持人 李晓良
            found[i] = f"{host}{m['post']} {m['name']}:{words}"
    if len(found) < 2:
        return paragraphs
    return [found.get(i, p) for i, p in enumerate(paragraphs)]


_SECTION_AND_NAME_RE = re.compile(rf"^[{HAN}、()]{{4,40}}\s+(?P<name>[{HAN}]{{2,3}})$")


def _host_line_over_welcome(paragraphs: list[str]) -> list[str]:
    """榆林市委宣传部、市政府新闻办 冯驿 / 各位媒体朋友: / 大家上午好!欢迎出席…: a line of
    the host's office and name, no colon, over the salutation and the welcome: the host's
    label."""
    out = list(paragraphs)
    for i, p in enumerate(out[:15]):
        m = _SECTION_AND_NAME_RE.match(p.strip())
        after = " ".join(out[i + 1 : i + 3])
        if (
            m
            and looks_like_name(m["name"])
            and i + 1 < len(out)
            and out[i + 1].strip().endswith(":")
            and _WELCOMES_RE.search(after)
        ):
            out[i] = "主持人:" + p.strip()
            break
    return out


def _join_stacked_host_label(paragraphs: list[str]) -> list[str]:
    """主持人 / 国家卫生健康委新闻发言人、宣传司副司长 / 米锋, each on its own line over the
    host's words: one label, 主持人 post name:, before the first paragraph of them."""
    out: list[str] = []
    i = 0
    while i < len(paragraphs):
        p = paragraphs[i].strip()
        rest = [q.strip() for q in paragraphs[i + 1 : i + 4]] if p.endswith(_STACK_ENDS) else []
        if re.fullmatch(r"主持人\s*:?", p) and len(rest) == 3:
            post, name, words = rest
            if (
                len(post) <= 40
                and has_title(post)
                and not re.search(r"[。!?:]", post)
                and looks_like_name(name)
            ):
                out.append(f"主持人 {post} {name}:{words}")
                i += 4
                continue
        stacked = _name_over_posts(p, [q.strip() for q in paragraphs[i + 1 : i + 4]])
        if stacked:
            out.append(stacked[0])
            i += stacked[1]
            continue
        if (
            _OUTLET_ALONE_RE.fullmatch(p)
            and rest
            and "?" in rest[0]
            and out
            and _CALLS_FOR_QUESTIONS_RE.search(out[-1].strip())
        ):
            # 下面,请各位记者朋友提问。/ 中央广播电视总台央视记者 / the question: the outlet
            # alone on its line after the call for questions is the question's label.
            out.append(f"{p}:{rest[0]}")
            i += 2
            continue
        out.append(paragraphs[i])
        i += 1
    return out


def _name_over_posts(p: str, rest: list[str]) -> tuple[str, int] | None:
    """文字实录米锋 / 国家卫生健康委新闻发言人 / 宣传司副司长 / 各位媒体朋友…欢迎参加…: the
    host's name over his posts, each on its own line, over his welcome; one host label."""
    m = re.fullmatch(r"(?:文字实录\s*)?(\S{2,4})", p)
    if not m or not looks_like_name(m.group(1)):
        return None
    posts = []
    for q in rest:
        if len(q) <= 30 and has_title(q) and not re.search(r"[。!?:,,]", q):
            posts.append(q)
            continue
        break
    if not 1 <= len(posts) <= 2 or len(rest) <= len(posts):
        return None
    words = rest[len(posts)]
    if not _WELCOME_RE.search(words[:80]):
        # 卢映川 / 文化和旅游部副部长 / 各位媒体记者朋友…: an official's name over the post,
        # over the words (a State Council Information Office transcript): that one's label.
        if len(words) < 20 or _name_over_posts(words, []) or re.match(r"\S{0,30}:", words):
            return None
        return f"{'、'.join(posts)}{m.group(1)}:{words}", len(posts) + 2
    return f"主持人 {'、'.join(posts)} {m.group(1)}:{words}", len(posts) + 2


# 大家下午好。欢迎参加…新闻发布会: a host's welcome.
_WELCOME_RE = re.compile(r"欢迎(?:大家|各位)?(?:参加|出席)")

_OUTLET_ALONE_RE = re.compile(rf"[{HAN}A-Za-z]{{2,30}}记者")
# The last characters of a line that may stand over others as a label (主持人, …记者).
_STACK_ENDS = ("主持人", "主持人:", "记者")


def _chairs(turn: Turn, following: Turn | None) -> bool:
    """A first turn that welcomes the press, presents the guests and ends by calling for
    questions, a question next: the host's words, whatever else it reports."""
    if turn.kind != SPEAKER_TURN or following is None or following.kind != QUESTION_TURN:
        return False
    text = turn.text.strip()
    return bool(
        _WELCOMES_RE.search(text)
        and _PRESENTS_GUESTS_RE.search(text)
        and _CALLS_FOR_QUESTIONS_RE.search(text)
    )


_EN_OVER_TO_YOU_RE = re.compile(
    r"(?:\bover to you|\bturn it over to (?:you|the [A-Z][a-z]+)|\bthe floor is yours)\b"
    r"(?:,?\s*(?:Mr\.|Ms\.|Madam|Mister|Dr\.)?\s*[A-Za-z ]{0,25})?[.?!]?$",
    re.I,
)
# Good afternoon and a very warm welcome to special briefing / I welcome you to this special
# briefing: a host's opening words.
_EN_WELCOMES_TO_BRIEFING_RE = re.compile(
    r"\bwelcome\b[^.!?]{0,60}?\b(?:briefing|press conference|news conference|press "
    r"interaction|media interaction|press engagement)\b",
    re.I,
)
# Over to Secretary (East) now. / Sir, over to you. / Ma'am, over to you.: the last sentence
# hands over.
_EN_OVER_TO_RE = re.compile(
    r"(?:^|[.!?]\s+)(?:[A-Z][a-z'’]{1,6},\s+)?(?:[Oo]ver|I(?:'ll| will| would)? (?:now )?"
    r"(?:hand|pass|turn) (?:it )?over|I(?:'ll| will) (?:now )?give the floor) to "
    r"(?:you|(?:the )?(?:(?:Mr|Ms|Mrs|Dr)\.\s+)?[A-Z][^.!?]{0,50}?)(?:,? now)?[.!]?$"
)
# … welcoming you to our Global … Press Conference today / Welcome to today's press
# conference: a moderator's opening words.
_EN_WELCOMING_TO_CONFERENCE_RE = re.compile(
    r"\bwelcom(?:e|ing)\b[^.!?]{0,60}?\b(?:briefing|press conference|news conference)\b",
    re.I,
)
# Present in the room is … / Joining us remotely are … / Let me now introduce the participants.
_EN_PRESENTS_PANEL_RE = re.compile(
    r"\b(?:[Pp]resent (?:in the room|with us|here) (?:is|are|today)|[Jj]oining us "
    r"(?:remotely |online |today )?(?:is|are)|[Ll]et me (?:now )?introduce|[Ww]e (?:also )?have "
    r"(?:with us|online with us))\b"
)
_EN_WELCOMES_RE = re.compile(
    r"\bwelcome\s+(?:the\s+)?(?P<post>(?:[A-Z][a-z]+\s+(?:of\s+(?:the\s+)?|for\s+)?){1,5}?)"
    r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z]+(?:\s+(?:III|II|IV|Jr\.|Sr\.))?)"
    r"(?=\s+to\b|[,.])"
)


def _welcomes_and_hands_over(turn: Turn, following: Turn | None) -> bool:
    """Good evening, and a very warm welcome…. And I would hand over to Yatin to take us
    through the questions.: a turn that only greets and hands over to the host who
    follows; no statement."""
    if turn.kind != SPEAKER_TURN or following is None or following.kind != HOST_TURN:
        return False
    sentences = re.findall(r"[^.!?]+[.!?]", turn.text.strip())
    if not sentences or "".join(sentences).strip() != turn.text.strip():
        return False
    *greeting, last = (x.strip() for x in sentences)
    return bool(_EN_HANDS_TO_HOST_RE.fullmatch(last)) and all(
        _EN_WELCOME_RE.fullmatch(x) for x in greeting
    )


_READS_OUT_RE = re.compile(r"\b(?:is|are|was|has been) asking,?\s*[\"“]")


_CLUB_CHAIR_RE = re.compile(r"\bPress Club\b.*\bPresident\b|\bPresident\b.*\bPress Club\b", re.I)


def _chairs_club(entry) -> bool:
    """The president of a press club, who moderates the questions after a speech."""
    return entry is not None and bool(entry.position and _CLUB_CHAIR_RE.search(entry.position))


def _one_paragraph_item(paragraph: str, title: str) -> bool:
    """今早…舉行記者會,…。…?…。: the whole text one paragraph of several sentences, the
    title only its start."""
    return paragraph.startswith(title[:20]) and len(re.findall(r"[。!?]", paragraph)) >= 2


def _quip_between_hosts(turns: list[Turn | None], i: int) -> bool:
    """Leading by example, Laura, right from the get-go.: a speaker's one short sentence
    between two of the host's turns answers nothing; the host goes on."""
    turn = turns[i]
    if (
        turn is None
        or turn.kind not in (SPEAKER_TURN, ANSWER_TURN)
        or i == 0
        or i + 1 >= len(turns)
    ):
        return False
    before, after = turns[i - 1], turns[i + 1]
    text = turn.text.strip()
    return (
        before is not None
        and after is not None
        and before.kind == HOST_TURN
        and after.kind == HOST_TURN
        and "?" not in text
        and len(text.split()) <= 12
        and len(re.findall(r"[.!]", text)) <= 1
    )


def _host_asks(turn: Turn, following: Turn | None) -> bool:
    """A named host's turn that asks, with a speaker's answer next."""
    return (
        turn.name is not None
        and "?" in turn.text
        and following is not None
        and following.kind in (SPEAKER_TURN, ANSWER_TURN)
        and following.name != turn.name
    )


def _reads_out(text: str) -> bool:
    """The host's words read out a question someone sent in: … is asking, “…?”."""
    return bool(_READS_OUT_RE.search(text)) and "?" in text


def _gives_floor(turn: Turn, following: Turn | None) -> bool:
    """A speaker's "Go ahead, Zeke." just before a question: the host's words, whoever says them."""
    return (
        turn.kind == SPEAKER_TURN
        and following is not None
        and following.kind == QUESTION_TURN
        and gives_floor(turn.text)
    ) or _hands_over_zh(turn, following)


def _hands_over_zh(turn: Turn, following: Turn | None) -> bool:
    """行政长官:我现在请林郑司长和大家讲几句。 / 政务司司长:…: an official's turn that only
    hands over to the next official is no statement."""
    return (
        turn.kind == SPEAKER_TURN
        and following is not None
        and following.kind in (SPEAKER_TURN, ANSWER_TURN)
        and following.name != turn.name
        and bool(_HANDS_OVER_ZH_RE.fullmatch(turn.text.strip()))
    )


def _join(first: str | None, more: str) -> str:
    return "\n".join(p for p in (first, more) if p)
