"""What a browser copies along with a release: navigation, banners, share lines, ids.

drop_residue() runs on the folded paragraphs (full-width punctuation as ASCII, traditional
characters read as simplified) before anything else looks at them, and drops whole lines
only, so the printed text of what stays is untouched. What counts as residue, as met on
real pages (tests/importer/realtexts/INDEX.md):

- at the top, before the headline: skip links (跳至主要內容, Skip to content), a site's
  buttons and menus (簡體版 寄給朋友 政府新聞網, 搜尋目錄, 显示模式, 分享, 人工智能朗读), a
  breadcrumb (首页 > 新闻中心 > > 正文, 当前位置: …>现场实录>), an ad slot, a weekday or
  the day the page was read (2024年11月22日 星期五), the site's own name (…网), a list of
  bulleted menu items (• 澳廣視新聞) and the word over it, the .gov banner of US federal
  sites, a reprinting site's subscription line; a headline printed a second time;
- anywhere: rows of asterisks or pipes, a print button row (【打 印】, 第1頁 第2頁), a URL
  alone (its time stamp kept as the date), an article id, 推荐文章 and the like;
- at the end: share and comment lines, the date and time Hong Kong releases close with
  (2017年2月28日(星期二) / 香港時間10時32分, the date kept as the publication date).

clean_title() takes the attachment notes off a headline: (只有中文), (附短片), (附圖/短片).
Two more rules find a headline the residue hid: a short line naming a release's kind
(…答問內容, …發布會, Press Briefing by …) wins over the short lines above it (a site's or an
office's name, a blog's own headline), and a first line "name: words" with no sentence end,
followed by prose, is a headline (歐陽瑜: 任何人…須到指定地點醫觀), not a turn.
"""

from __future__ import annotations

import re

from .meta import EN_MONTH_NAMES, channel_from, find_date, iso_date, meta_fields
from .text import HAN

# How far from either end residue is looked for: a page's furniture sits at its edges.
_TOP = 60
_BOTTOM = 10


def _any_of(*patterns: str) -> re.Pattern:
    """One pattern that matches a line where any of them does, letters in any case."""
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


# Lines made only of a site's buttons and menu words, separated by spaces or pipes.
_BUTTON_WORDS = (
    "简体版|繁体版|简体|繁体|寄给朋友|政府新闻网|搜寻目录|语言目录|流动式目录|主目录|English|EN|ENG|中文|"
    "新闻|媒体|分类|分享|分享到|人工智能朗读|朗读|新闻源|财富源|推荐文章|热点文章|相关文章|即日新闻|网上广播|"
    "网站地图|联系我们|微信|微博|手机端|手机版|政务邮箱|无障碍浏览|无障碍|网站无障碍|适老版|关怀版|长者模式|"
    "支持IPV6|支持IPv6|登录|注册|首页|版面导航|头版|下一版|上一版|优化排序|優化排序|优化|優化|专业号|拼音|"
    "辅助浏览|轻松阅读|读屏|视图|配色|大鼠标|大字幕|页面原始配色|[白蓝黄黑]底[黑黄白]字[蓝白]链接|"
    "辅助线|显示屏|声音|指读|连读|减速|加速|音量|增加音量|减小音量|后退|前进|全屏|刷新|退出|帮助|换肤|"
    "新闻热线|广告热线|热线电话|投稿|"
    "字号|打印|关闭|收藏|评论|QQ空间|分享按钮|显示模式|网格|列表|关键词|大|中|小|News|Search form|"
    "放大|缩小|标准|默认|搜\\s*索|搜索|Qzone|QQ好友|朋友圈|新浪微博|腾讯微博|"
    # 客服设为首页 |, 間隔: 自動刷新 手動刷新: a site's service and live-refresh buttons
    "客服设为首页|客服|设为首页|設為首頁|加入收藏|自动刷新|手动刷新|自動刷新|手動刷新|间隔|間隔|"
    # 寄给朋友政府主网页, 新聞與活動: a government site's links and its section's name
    "政府主网页|政府主網頁|新闻与活动|新聞與活動"
)
_BUTTON = rf"[【\[]?\s*(?:{_BUTTON_WORDS}|推荐|我要评论|发表评论)\s*[】\]]?"
_BUTTONS = rf"^(?:\|?\s*{_BUTTON}\s*:?\s*[|、]?\s*){{1,12}}$"
# A menu of short channel names separated by spaces: 首页 国际 港澳 华人 中国 社会 领导 地方.
# 新华网首页 时政 国际 …: the site's home link first.
_SPACE_MENU = r"^(?:\S{1,8}首[页頁]\s+)?(?:[^\s,。:!?“”]{1,4}\s+){5,}[^\s,。:!?“”]{1,4}$"
# 首页 云南 正文: a breadcrumb of short words between spaces, ending at the article itself.
_SPACE_CRUMB = rf"^(?:[{HAN}]{{1,8}}\s+){{1,6}}(?:正文|内文)$"
# • 分享到:链接已复制: a bullet before it changes nothing.
_SHARE = r"^(?:[•·]\s*)?(?:分享到|分享|人工智能朗读|关键词|字号|字体)\s*:.{0,60}$"
# A menu of channel or place names between pipes: 福州 | 厦门 | 泉州 | 漳州.
_PIPE_MENU = r"^\|?\s*(?:[^\s|,。:!?]{1,8}\s*\|\s*){3,}[^\s|,。:!?]{1,8}\s*\|?$"
# What is dropped near the top of a page (and a breadcrumb, see _is_breadcrumb).
_TOP_RE = _any_of(
    # 索引号 / 组配分类 / 发布机构 / 公开方式: a government portal's disclosure fields, each
    # name on a line with its value or alone.
    r"^(?:索引号|组配分类|主题分类|体裁分类|信息分类|发布机构|公开方式|公开范围|公开时限|有效性|文件编号"
    r"|成文日期|发文机关)"
    r"(?:\s*[::]?\s*[^。,]{0,40})?$",
    # A page's images by their alternative text (Interview logo, Untitled design), a
    # sidebar's timed links (• 6:52 pm …), a TV archive's programme line, a transcription
    # service's advert and its note over the text.
    r"^[\w' ]{1,30} logo$|^Untitled design$|^Card image cap$|^AI导读[::]?$",
    # - N +: the buttons that set the type's size
    r"^-\s*[A-Z]\s*\+$",
    # 第1版:头版 4下一版, 当前版:01版: an e-paper's page and its links
    r"^第\d{1,3}版(?:[::]\s*\S{1,8})?(?:\s*\d{0,2}\s*(?:上一版|下一版))*$",
    r"^当前版\s*[::]\s*\d{1,3}版$",
    # 0791-86849275: a telephone number under the site's hotline
    r"^(?=.*\d{3}.*\d{4})[\d\s()+\-]{7,20}$",
    # <legend id="h4sia"></legend>: a spam page's bare tags, no words
    r"^(?:\d{1,3}\.\s*)?(?:<[^<>]{1,60}>\s*)+$",
    # embassy seal U.S. Dept. of State, Japan Embassy flag graphic: images' alternative text
    r"^[a-z]+ seal\b.{0,40}$|^[\w .]{2,30} flag graphic$",
    # Ukraine Snake Island Flag - Buy it Here!: an advert over the page
    r"^.{3,80}\s[-–—]\s(?:buy it here|buy now|shop now|order now)!?$",
    # RevBlogTranscriptsLouisiana Governor …: a transcription service's breadcrumb, its
    # separators lost in the copy.
    r"^Rev\s*[›>»/|]?\s*Blog\s*[›>»/|]?\s*Transcripts\s*[›>»/|]?\s*\S",
    # Media Briefing, Press Releases|: a post's categories, then the separator
    r"^[A-Z][\w ]{2,30}(?:, [A-Z][\w ]{2,30}){0,3}\|$",
    # 办公室 :38166899, 网 站 :38166855: an e-paper's contact lines, a desk and its phone.
    r"^[^\d:]{1,8}\s*:\s*\d{7,11}$|^联系方式$",
    # 【新闻发布厅】: a paper's column name alone over the story.
    r"^【[^】\s]{1,6}(?:厅|廳|发布|發布|直播|专题|專題|现场|現場|速递|速遞|快讯|快訊)】$",
    # 杏运娱乐首页, 网站xml地图: a site's home link and site map; 第06版:…: a paper's page.
    r"^\S{2,12}首[页頁]$|^\S{0,12}(?:网站|網站)?(?:xml)?(?:地图|地圖)$|^第\s?\d{1,3}\s?版\s?[::].{0,40}$",
    # • last year, • 3 days ago: a video page's age of the upload.
    r"^•\s*(?:last (?:year|month|week)|yesterday|\d{1,3}\s+(?:years?|months?|weeks?|days?|hours?)"
    r"\s+ago)$",
    # 贝博网页登录入口, 无码好片_…: a spam mirror's advertising headline over the copy.
    # (A paragraph of the story the spam was injected into is kept: it has sentences.)
    r"^[^。“”]{0,80}(?:登录入口|官网入口|无码|黄色视频|AV在线|博彩|娱乐城|百家乐|老虎机|真人娱乐|棋牌游戏)"
    r"[^。“”]*$",
    # [00:00:00]: a recording's first time stamp alone; 新闻发布会: a column's name.
    r"^\[?\d{1,2}:\d{2}(?::\d{2})?\]?$",
    r"^(?:新闻发布会|新闻发布|发布会|权威发布)$",
    r"^•\s*\d{1,2}:\d{2}\s*[ap]m\b.*$",
    r"^tv\s.{3,80}\d{1,2}:\d{2}[ap]m-\d{1,2}:\d{2}[ap]m\s+[A-Z]{2,4}$",
    r"^Transcribe your (?:podcast|audio|video|meeting)s?\b.*$",
    r"^This is an? (?:unofficial|unverified|automated|machine)\b.{0,40}\btranscript\.?$",
    # 搜狐首页 - 新闻 - 体育 - 娱乐 - 财经 - …: a portal's channels between dashes.
    r"^(?:[^\s\-]{1,8}\s+-\s+){5,}.*$",
    # A live page's field names over their values: 活动标题 / 活动描述 / 文字内容:.
    r"^(?:活动标题|活动描述|活动时间|活动地点|活动嘉宾|文字内容|图文内容)\s*:?$",
    # Skip links.
    r"^(?:跳至主要内容|跳到主要内容|跳过导航|跳到主要内容区块|跳转到路径导航栏|跳转到正文内容"
    r"|Skip to (?:main )?content|Skip to main content|Skip to player|Go to main content"
    r"|Go To Center block)\b.*$",
    r"^(?:Skip to (?:player|main content|content|footer))+$",
    # • 2 days ago, Category, 🗞, NewsTranscript: a video page's age and tags over its captions.
    r"^•?\s*\d{1,2} (?:minutes?|hours?|days?|weeks?|months?|years?) ago$",
    r"^(?:Category|NewsTranscript|🗞)$",
    # 论文部分内容阅读, 全文阅读: a periodical site's note over the excerpt it shows.
    r"^(?:论文|文章)?(?:部分内容|全文|摘要)(?:阅读|预览|在线阅读)$",
    # A site's navigation and section labels over the story: Secondary Navigation, LATEST
    # STORIES:, a forum's board bar (看板 nCoV2019 關於我們 聯絡資訊), a video plugin's
    # shortcode ([projekktor id=…]), a share prompt.
    r"^(?:Secondary|Main|Primary|Top) Navigation$",
    r"^(?:LATEST STORIES|Latest Stories|TOP STORIES|Top Stories|MORE STORIES|More Stories):?$",
    # Most Popular over a blog post: its sidebar's heading, copied first.
    r"^(?:Most (?:Popular|Read|Viewed)|Popular Posts|Recent Posts|Trending(?: Now)?)$",
    r"^看板\s+\S+\s+(?:关于我们|關於我們)\s+(?:联络资讯|聯絡資訊)$",
    r"^\[(?:projekktor|video|embed|youtube|audio)\b[^\]]{0,80}\]$",
    r"^Share this (?:story|article|page)(?:\.\.\.|…)?:?$",
    # ----三次小高潮里的民生关注//----[ ]: the headline again between a page's rules.
    r"^-{3,}.{2,60}?-{3,}\s*(?:\[\s*\])?$",
    # Diplomatic Enclave, …, P.O. Box 1450, … Phone: …: an embassy's address line.
    r"^.{0,120}\bP\.?\s?O\.? Box\b.{0,120}\b(?:Phone|Tel|Fax)\b.*$",
    # Embassy Press Release / 09/02/2024 | Press release | Distributed by Public on …: the
    # kind of page, or a distributor's line, over the release's own title.
    r"^(?:Embassy|Ministry|Government|Official) Press Release$",
    r"^\d{1,2}/\d{1,2}/\d{4}\s*\|\s*Press release\s*\|\s*Distributed by\b.*$",
    # • Comments 1: a blog's comment counter.
    r"^[•·]?\s*Comments?\s*\(?\d{0,4}\)?$",
    # 语音朗读,设置朗读按钮,默认不 / 朗读,老年人用户单击按钮即可对当前 / …取消朗读。: a
    # read-aloud widget's help, broken over lines.
    r"^(?=.{0,40}(?:按钮|单击|点击|取消朗读|语音朗读))(?=.{0,40}朗读).{0,45}$",
    # 9.jpg, P111 苏扇_副本.jpg: images copied as their file names.
    r"^.{0,80}\.(?:jpe?g|png|gif|webp|bmp)$",
    # Error message / User warning: … in _drupal_trigger_error…: a site's error notice.
    r"^Error message$|^(?:User warning|Warning|Notice|Deprecated): .{0,300}\(line \d+ of .*$",
    # 导读: alone, the label of a summary box left empty in the copy.
    r"^(?:导读|摘要|内容提要)\s*:$",
    # Getting your Trinity Audio player ready...: a read-aloud player's placeholder.
    r"^Getting your .{0,30}player ready(?:\.\.\.|…)?$",
    # Logo - Site Name: an image's alternative text where the site's logo stood.
    r"^Logo\s*[-–|:]\s*.{2,60}$",
    # A Flash notice, and a site's "About …" link over the page.
    r"^不支持Flash$",
    # 参考消息网2026-03-04号报道: a reprinting site's dated line over the story, no headline.
    r"^[\u4e00-\u9fff]{2,8}网\s*\d{4}-\d{1,2}-\d{1,2}号报道$",
    # 链接已复制: a share button's notice under 分享到:.
    r"^(?:链接已复制|鏈接已復制)$",
    # 2022年03月29日 23:05:44 情感 26 投稿:用户投稿: a content farm's posting line.
    r"^\d{4}年\d{1,2}月\d{1,2}日\s+\d{1,2}:\d{2}(?::\d{2})?\s[^:]{0,30}?投稿\s*:\s*\S{1,20}$",
    r"^About [A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,3}$",
    # This is the full text of the press conference held to…: a page's note over what
    # follows (a UN transcript's "The following is…" is read as the header's last line).
    r"^(?:This is|Below is|Here is) (?:the|a) (?:full |complete )?(?:text|transcript)\b.*$",
    # Loading, 加载中: a page's placeholder while it loads.
    r"^(?:Loading(?:\.\.\.|…)?|加载中(?:\.\.\.|…)?)$",
    # Return to Transcripts main page: a broadcaster's transcript archive link.
    r"^Return to (?:Transcripts|the) main page$",
    # A news site's navigation link alone over the headline: Back, Back to news.
    r"^(?:Go )?Back(?: to (?:top|home|news|list|results))?$",
    _BUTTONS,
    _SHARE,
    _PIPE_MENU,
    _SPACE_MENU,
    _SPACE_CRUMB,
    # BBC NEWS Americas Africa Europe Middle East: a news site's menu of world regions.
    r"^BBCi? NEWS(?:\s+(?:Americas|Africa|Europe|Middle East|South Asia|Asia[- ]Pacific|UK"
    r"|World|Business|Sport|Weather))+$",
    r"^BBCi? NEWS\s+SPORT\s+WEATHER\b.{0,60}$",
    r"^BBC News (?:World|UK) Edition$",
    r"^You are in:\s.{0,80}$",
    # A page's empty abstract and keyword labels: [提要], 关键词:.
    r"^[\[【](?:提要|摘要|内容提要|核心提示)[\]】]$",
    r"^(?:关键词|关键字)\s*:?\s*$",
    # A news site's hotline and contributors' group lines, and its publisher: 新闻热线:0538-…,
    # 通讯员qq群:…, 大众报业集团主办.
    r"^(?:新闻热线|报料热线|新聞熱線|热线电话|通讯员(?:qq|QQ)群|(?:qq|QQ)群)\s*[::]\s*[\d\-\s]{5,20}$",
    rf"^[{HAN}]{{2,10}}(?:报业集团|传媒集团|日报社|报社)主办$",
    # A spam mirror's keyword line: words joined by underscores, selling what no press
    # release does (亚洲综合日韩_…_欧美日韩成人免费视频_…在线观看).
    # Or by hyphens (国产…免费视频播放-国产…视频免费观看-…在线精品).
    r"^(?=.*(?:在线观看|成人|日韩|欧美|无码|一区二区|免费视频|国产精品|av|人妻|久久|影院|免费精品))"
    r"[^,。:!?]{2,40}(?:\s*[_\-]\s*[^,。:!?_\-]{2,40}){2,}$",
    # …, joined by commas (婷婷…,…无码不卡视频,日韩人妻无码bd,…): two spam words at least.
    r"^(?=(?:.*(?:在线观看|成人|日韩|欧美|无码|一区二区|免费视频|国产精品|人妻|av)){2})"
    r"[^。:!?_]{2,30}(?:\s*[,,]\s*[^。:!?_,,]{2,30}){2,}$",
    # A news site's privacy banner and notices (本网站使用…隐私…同意, 请同意我们的隐私权规范…),
    # its prompts to another language's site (Your browser does not appear to support…, a
    # line in Japanese kana) and its app's download lines (…APP Icon…, 下载).
    r"^(?=.*隐私)(?=.*同意)(?=.*(?:本网站|本站|我们的|视窗|启用|Cookie|cookie)).{0,200}$",
    r"^.*[\u3040-\u30ff]{4}.*$",
    r"^[^,。!?]{0,40}(?<![A-Za-z])(?:APP|App|app)(?![A-Za-z])[^,。!?]{0,40}$",
    r"^下载$",
    # A page's notes on the browser it wants and its print and font buttons: 为达最佳浏览效果,
    # 建议使用 Chrome…浏览器; …does not support JavaScript…; Friendly Print :, Font Setting :,
    # Please Press Ctrl + P…, If your brower is IE6, press ALT + V…
    r"^(?=.*浏览器)(?=.*(?:建议|最佳|推荐|请使用|请用)).{0,80}$",
    r"^(?=.*\bJavaScript\b)(?=.*\b(?:browser|enable|support)).{0,240}$",
    r"^(?:Friendly Print|Font Setting|Font Size|Print this article)\s*:?\s*$",
    r"^.{0,80}\b(?:press|Press)\s+(?:Ctrl|ALT|Alt)\s*\+.{0,200}$",
    # An empty field and a reading count under the headline: 来源:, 0次, 阅读:12.
    r"^(?:来源|作者|编辑|责任编辑)\s*:$",
    r"^(?:阅读|浏览|点击)?\s*(?:次数|量)?\s*:?\s*\d{1,7}\s*次?$",
    # 站点公告:, • 中国台湾网移动版: a site's notice box and its name over the headline.
    r"^(?:站点公告|网站公告|公告)\s*:?$",
    rf"^[•·]?\s*[{HAN}]{{2,10}}[网網](?:移动版|手机版|WAP版|客户端)$",
    # A live-text page's section name over the entries (文字实录, 图文直播): no headline.
    r"^(?:文字|图文|视频)?(?:实录|直播)$|^(?:发布会|發佈會|发布會)(?:视频|視頻|直播)$",
    # A forum post's line: 发表于 2024-03-05 06:58 IP属地:未知, and its counts: 查看 13.8W | 回复 0.
    r"^(?:发表于|发布于)\s*\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"(?:\s*(?:IP属地|来自)\s*:?\s*\S{0,10})?$",
    r"^(?:查看|阅读|浏览)\s*[\d.]+[万wW]?\s*\|\s*(?:回复|评论)\s*\d+$",
    # 云南网    12-08 14:11:23: a site's name and a posting time with no year, under the
    # headline (the date cannot be told).
    r"^[^\s,。:]{2,12}\s+\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?$",
    # 文章字数:659: an e-paper's word count over the text.
    r"^(?:文章字数|全文字数|字数)\s*:\s*\d{1,6}$",
    # Opinion pieces, speeches & transcripts; Media releases and speeches: a site's section
    # named by the kinds of page it holds.
    r"^(?:(?:Opinion pieces|Op-eds|Speeches|Transcripts|Media releases|Press releases|News"
    r"|Statements|Interviews|Articles)(?:,\s*|\s+(?:&|and)\s+)){1,5}"
    r"(?:Opinion pieces|Op-eds|Speeches|Transcripts|Media releases|Press releases|News|Statements"
    r"|Interviews|Articles)$",
    # A site's column name alone under its menu or headline: 新闻资讯, 工作动态, 时政要闻.
    rf"^[{HAN}]{{0,4}}(?:新闻资讯|新聞資訊|资讯|資訊|动态|動態|要闻|要聞|新闻中心|新聞中心)$",
    # A weekday alone, or the day the page was read.
    r"^星期[一二三四五六日天]$",
    r"^\d{4}年\d{1,2}月\d{1,2}日\s*星期[一二三四五六日天]$",
)
# What is dropped near the end of a page.
_BOTTOM_RE = _any_of(
    _BUTTONS,
    _SHARE,
    # A blog's comment footer: No comments:, Post a Comment, the members-only note.
    r"^(?:No comments|\d{1,4} comments?):?$",
    r"^Post a Comment$",
    # A clip site's links under the text: Video files, Audio files.
    r"^(?:Video|Audio) files$",
    r"^Note: only a member of this blog may post a comment\.$",
    # 轻触这里,加载下一页: a mobile page's button for its next page.
    r"^(?:轻触|点击|点此|触摸)(?:这里|此处)?[,,]?\s*(?:加载|查看|阅读)(?:下一页|更多|全文)$",
    # 图集, 组图, 视频: a link to the story's pictures or video under it.
    r"^(?:图集|圖集|组图|組圖|视频|視頻|相关视频|相關視頻)$",
    # A page's tags: 标签:国防部,新闻局,… (a content site's keywords, no part of the text).
    r"^(?:标签|標籤|Tags?)\s*:\s*[^。!?]{0,200}$",
    # 推荐文章 and the like.
    r"^[\[【]?[^\]】]{0,8}(?:推荐|热点|热门|排行)[^\]】]{0,8}[\]】]?$",
    # A Hong Kong release's closing time, and its closing notes: (请同时参阅谈话全文的英文部分。)
    # and 完.
    r"^香港时间\d{1,2}时\d{1,2}分$",
    # 歡迎光臨 MacauBBS… (https://…) Powered by Discuz! X3.4: a forum's print footer.
    r"^.{0,120}\bPowered by Discuz!.{0,20}$",
    # A link back to the top of the page: 回顶端, 回到顶部, 返回顶部.
    r"^(?:回|返回|回到)(?:顶端|顶部|页首)$",
    r"^\(?(?:请同时参阅|請同時參閱)[^()]{0,30}\)?$|^\(?完\)?$",
    # A portal's comment box: 网友评论, 共有 0 条评论, 发表评论, 请登录:, 内 容:.
    r"^(?:网友评论|发表评论|请登录\s*:|内\s*容\s*:)$|^共有\s*\d+\s*条评论.*$",
    r"^以下留言只代表网友个人观点.*$",
    # 更多新闻:, 大众网版权, and other headlines, each with its date in brackets.
    r"^(?:更多新闻|更多阅读|相关新闻|热门新闻|新闻热点|热点新闻|刊文精选|精彩推荐|猜你喜欢|相关推荐)\s*:?$",
    rf"^[{HAN}]{{2,10}}版权(?:所有|声明)?$",
    r"^\S.{3,40}\s+\[\d{4}-\d{1,2}-\d{1,2}\]$",
    # The portal's name alone on a line under the text: 中國政府網.
    r"^[^\s,.:;!?()]{2,8}(?:网|网站|新闻网)$",
    # A count alone under the story, a like or comment button's: (0), (12).
    r"^\(\d{1,6}\)$",
)
_BREADCRUMB_RE = re.compile(
    # • 您当前的位置:首页 > …: a bullet before the breadcrumb too
    r"^(?:[•·]\s*)?(?:当前位置|您的位置|您现在的位置|您所在的位置|您当前的位置|当前的位置|所在位置|位置)\s*:"
    # 您的位置首页 南宁资讯 资讯: the breadcrumb with no colon after its words
    r"|^(?:您的位置|您现在的位置|您所在的位置|您当前的位置|当前位置)(?=首页|\s)"
    # 首页 新闻中心 新闻发布会: the steps from the home page with spaces between them
    r"|^(?:首页|首頁)(?:\s+[^\s,。:]{2,10}){1,5}$"
)
_CRUMB_SEP_RE = re.compile(r"\s*(?:>|›|»|>>)\s*")
# A newspaper page's masthead: the paper and its issue (工人日报 2010年03月05日 星期一), and
# the edition line under a headline (《工人日报》(2010年03月05日 003版)).
_ISSUE_RE = re.compile(
    r"^[^\s,。:]{2,12}\s+(?P<date>\d{4}年\d{1,2}月\d{1,2}日)\s*星期[一二三四五六日天]$"
)
_EDITION_RE = re.compile(
    r"^《[^》]{2,12}》\s*\(?(?P<date>\d{4}年\d{1,2}月\d{1,2}日)?\s*(?:第?\d{1,3}版|[A-Z]\d{1,2}版)\)?$"
)
_SITE_NAME_RE = re.compile(r"^[^\s,.:;!?()]{2,14}(?:网|网站|新闻网|门户|入口网站|门户网站)$")
_BULLET_RE = re.compile(r"^[•·●▪◦‧]\s*\S")
_URL_RE = re.compile(
    r"^(?:https?://|www\.)\S+(?:\s+\[?(?P<stamp>\d{4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日).*)?$",
    re.I,
)
_CN_YEAR_DIGITS = "○〇零一二三四五六七八九"
# 2017年2月28日(星期二), or in Chinese numerals: 二○○二年七月二十四日(星期三).
_HK_CLOSE_DATE_RE = re.compile(
    rf"^(?:\d{{4}}|[{_CN_YEAR_DIGITS}]{{4}})年(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})月"
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})日\s*\(星期[一二三四五六日天]\)$"
)
_EN_ENDS_RE = re.compile(r"^Ends/(?:[A-Z][a-z]+day,\s*)?(?P<date>[A-Z][a-z]+ \d{1,2}, \d{4})$")
# 2024-03-08 11:39:02 alone on its line inside the text: a live page's stamp on a turn.
_LIVE_STAMP_RE = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?$")
_TURN_LABEL_RE = re.compile(r"^[^。!?,:]{1,40}[::]")
_STAMP_RE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}")
_CUT_STAMP_RE = re.compile(r"^\d{4}-\d{1,2}(?:-\d{0,2}(?:\s+[\d:]{0,7})?)?$")


def _between_turns(paragraphs: list[str], i: int) -> bool:
    """…下面,请记者朋友提问。 / 2024-03-08 11:39:02 / 城市晚报记者:: a line after a
    turn's last sentence and before the next speaker's label (never a page's date under its
    headline or its source field)."""
    before = paragraphs[i - 1].strip() if i > 0 else ""
    after = paragraphs[i + 1].strip() if i + 1 < len(paragraphs) else ""
    return before[-1:] in ("。", "!", "?", "”", "…") and _turn_label(after)


# 来源: / 作者: / 字号: …: a page's fields, no speaker's label.
_FIELD_LABEL_RE = re.compile(
    r"^(?:来源|來源|作者|编辑|編輯|责任编辑|責任編輯|责编|發布|发布|时间|時間|日期|字号|字號"
    r"|点击|點擊|浏览|瀏覽|稿源|出处|出處)\s*[::]"
)


def _turn_label(line: str) -> bool:
    return bool(_TURN_LABEL_RE.match(line)) and not _FIELD_LABEL_RE.match(line)


_DATE_ONLY_RE = re.compile(r"^(?P<d>\d{1,2})-(?P<m>\d{1,2})-(?P<y>\d{4})$")
# A weekday before an English date: dropped.
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+"
_WEEKDAY_PREFIX_RE = re.compile(rf"^(?:»\s*)?{_WEEKDAY}")
_EN_DATE_LINE_RE = re.compile(
    rf"^(?:»\s*)?(?:{_WEEKDAY})?"
    r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\d{1,2}/\d{1,2}/\d{4}|\d{1,2} [A-Z][a-z]{2,8} \d{4})"
    r"(?:\s+\d{1,2}:\d{2}\s*[AP]M\s*[A-Z]{2,4})?$"
)
_MONTH = {name[:3]: i for i, name in enumerate(EN_MONTH_NAMES, 1)}


def _plain_date(line: str) -> str:
    """Published on Wednesday16thMarch2011 -> Wednesday 16 March 2011: a page's date line
    with its prefix dropped, its ordinal's suffix too, its words spaced."""
    line = re.sub(r"^(?:Published|Posted|Updated|Last updated)(?: on)?:?\s*", "", line)
    line = re.sub(r"^((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day),?(?=\d)", r"\1 ", line)
    return re.sub(r"\b(\d{1,2})(?:st|nd|rd|th)\s*([A-Z][a-z]{2,8})\s*(\d{4})$", r"\1 \2 \3", line)


def is_en_date_line(line: str) -> bool:
    return _EN_DATE_LINE_RE.match(_plain_date(line)) is not None


_DATE_FIELD_RE = re.compile(r"^date\s+(?P<date>\d{4}-\d{1,2}-\d{1,2})$")


_TODAY_RE = re.compile(
    r"\b(?:today|this (?:morning|afternoon|evening)) \((?P<month>[A-Z][a-z]+) (?P<day>\d{1,2})\)"
)


def today_in(paragraphs: list[str], published: str) -> str | None:
    """A Hong Kong transcript's "today (May 6)": the day, in the year of the release."""
    for paragraph in paragraphs:
        m = _TODAY_RE.search(paragraph)
        if m and m["month"][:3] in _MONTH:
            return iso_date(int(published[:4]), _MONTH[m["month"][:3]], int(m["day"]))
    return None


def english_date(line: str) -> str | None:
    """10/11/2022 (US order), 24 April 2015, Jan 22, 2021 (a weekday before it is dropped)."""
    line = _WEEKDAY_PREFIX_RE.sub("", _plain_date(line))
    m = re.match(r"^(\d{1,2})/(\d{1,2})/(\d{4})", line)
    if m:
        return iso_date(int(m[3]), int(m[1]), int(m[2]))
    m = re.match(r"^(\d{1,2}) ([A-Z][a-z]{2})[a-z]* (\d{4})", line) or re.match(
        r"^([A-Z][a-z]{2})[a-z]*\.? (\d{1,2}), (\d{4})", line
    )
    if not m:
        return None
    day, month, year = (m[1], m[2], m[3]) if m[1].isdigit() else (m[2], m[1], m[3])
    return iso_date(int(year), _MONTH.get(month, 0), int(day)) if month in _MONTH else None


# What is dropped wherever it stands.
_ALWAYS_RE = _any_of(
    # online casino: a gambling advert's words injected alone between a copied page's
    # paragraphs.
    r"^(?:(?:online|best|live|real money|free|top)\s+)?(?:casinos?|slots?|poker|betting|sportsbook)"
    r"(?:\s+(?:online|sites?|games?|bonus))?$",
    # A video page's description boilerplate: the channel's subscription advert, its social
    # links and the page's category field (Category / 🗞 / NewsTranscript).
    r"^Stay Connected$|^Category$|^News\s?Transcript$|^[\U0001F300-\U0001FAFF]$",
    # 06/28/2024 | Press release | Distributed by Public on 06/28/2024 18:30: a release
    # distributor's line under the issuer's name.
    r"^\d{2}/\d{2}/\d{4} \| Press release \| Distributed by .{0,60}$",
    # …Gaggle Aboard Air Force One 7/20/23. Read the transcript here.: a transcription
    # service's blurb over the transcript.
    r"^.{0,250}\bRead the (?:full )?transcript\b.{0,80}\bhere\.?$",
    r"^(?:More From )?[\w .&'-]{2,40}(?: on (?:Facebook|Twitter|X|Instagram|LinkedIn|YouTube"
    r"|TikTok|Threads))?: https?://\S+$",
    # - Scoop Audio (22 Minutes): …, Click for big version: a news site's media links.
    r"^[-•]?\s*(?:[A-Z]\w+\s+)?(?:Audio|Video|Podcast)\s*\(\d{1,3}\s*(?:Minutes?|mins?)\)\s*:.*$",
    r"^Click (?:for (?:a )?(?:big|bigger|larger|full) (?:version|image|size)"
    r"|a link to play (?:the )?(?:audio|video)\b.*)$",
    # A press office's contact field with no name (CONTACT:, (212) 788-2958) and a page's
    # e-mail button.
    r"^(?:CONTACT|Contact|Media contact)\s*:\s*,?\s*\(?\+?[\d() \-]{7,20}$",
    # MEDIA CONTACT: Name, Chief Spokesperson. 240-508-7930 / name@county.gov @Handle
    r"^(?i:media contact|press contact|media inquiries)\s*:.{0,80}\d{3}[-. )]\d{3}[-. ]\d{4}$",
    r"^[\w.\-]+@[\w\-]+(?:\.[\w\-]+)+(?:\s+@\w+)?$",
    r"^(?:Mail|E-?mail|Send) this (?:story|article|page) to a friend\.?$",
    # A broadcaster's note over its transcripts.
    r"^THIS IS A RUSH TRANSCRIPT\b.{0,120}$",
    # [This is a rush transcript. This copy may not be in its final form…]: a ministry's.
    r"^\[?This is a rush transcript\b[^\]]{0,120}\]?$",
    # 社会新闻精选: a site's list of picked stories under the article (often longer than
    # the page's last lines).
    r"^[^\]】。,:]{0,8}精选\s*:$",
    # Rows of asterisks, pipes or rules; a print button row; an article id; an ad slot.
    r"^[*=\-_|~·•.\s]{1,}$",
    # ………….. Inaudible ………………..: a transcriber's note between dots, on a line of its own.
    r"^[.…]{2,}\s*(?:Inaudible|Unintelligible|Crosstalk)\s*[.…]{2,}$",
    # [foreign language 00:00:02].: a transcription service's note where nothing is given
    r"^\[(?:foreign language|inaudible|crosstalk|silence|music)"
    r"(?: \d{1,2}:\d{2}(?::\d{2})?)?\]\.?$",
    # A government site's access-key anchor (:::) printed as text.
    r"^:{3}$",
    # 404 Not Found / ZJOL/1.24.96: a server's error page and its signature, copied over
    # the stored story.
    r"^(?:403 Forbidden|404 Not Found|500 Internal Server Error|502 Bad Gateway"
    r"|503 Service Unavailable)$",
    r"^[A-Za-z][A-Za-z\-]{1,15}/\d{1,3}(?:\.\d{1,3}){1,3}$",
    r"^[\]】\[【\s]*(?:(?:打\s*印|第\d+页)[\]】\[【\s]*)+(?:第\d*)?$",
    r"^(?:Photo\s*)+$",
    # 本篇文章2725字,读完约7分钟: a site's reading time over the story.
    r"^本篇文章\d+字[,,]?\s*(?:读完|阅读)(?:约|大约)?(?:需要?)?\d+分钟$",
    # 1/7 / Swipe or click to see more: a photo gallery's counter and prompt.
    r"^\d{1,3}\s*/\s*\d{1,3}$",
    r"^(?:Swipe|Click|Tap)(?: or (?:click|tap|swipe))? to see more$",
    # • last year, 3 days ago: a video site's relative date.
    r"^(?:[•·]\s*)?(?:last (?:year|month|week)"
    r"|\d{1,2} (?:years?|months?|weeks?|days?|hours?) ago)$",
    # 【资料图】, [图片]: an image's placeholder where the picture stood, no headline.
    r"^[【\[](?:资料图|资料图片|资料照片|图片|配图|视频|组图)[】\]]$",
    r"^(?:文章编号|稿件编号|文章ID|稿件ID|编号|ID)\s*:\s*[\w-]+$",
    r"^ad\d*_\d+\*\d+$",
    # A news site's prompt to its site in another language.
    r"^Your browser does not (?:appear to )?support\b.*$",
    # HTML tags printed as text by a spam mirror: <tr id="…"><small id="…"></small></tr>.
    r"^(?:[•·]\s*)?(?:</?[a-zA-Z][a-zA-Z0-9]*(?:\s+[^<>]*)?/?>\s*)+$",
    # The banner of US federal sites, a reprinting site's lines, share and tag rows.
    r"^An official website of the United States Government\b.*$",
    r"^Official websites use \.gov$",
    r"^(?:A )?\.gov website belongs to an official government organization\b.*$",
    r"^Secure \.gov websites use HTTPS$",
    r"^A lock \(.{0,12}\) or https://.*$",
    r"^Here's how you know$",
    # A video site's tagline over the video's headline: Catch the Defense Department in action.
    r"^(?:Catch|Watch|See) (?:the )?[A-Z][A-Za-z.' ]{2,60} in action[.!]?$",
    # An archived federal page's notices over it.
    r"^You have accessed part of a historical collection\b.*$",
    r"^print-only banner$",
    r".*\bYou are subscribed to\b.*",
    r"^Transcribe Your Own Content$",
    r"^Department of Public Information\s*[.•·]\s*News and Media Division\b.*$",
    r"^Try Rev (?:for free )?and save time\b.*$",
    r"^Follow Rev Transcripts$",
    # A news site's paywall and licence notices, and its menu of sections run together with
    # pipes (Book Reviews | Gordon Campbell | Scoop News | Search).
    r"^.{0,40}\bhas an? (?:[A-Z][a-z]+ )?Paywall$",
    # Work smarter with a Pro licence Learn More: an offer ending in its button.
    r"^.{1,60}\sLearn [Mm]ore$",
    r"^Licen[cs]e (?:needed|required) for\b.{0,60}$",
    r"^(?:[^|]{1,25}\s\|\s){3,}[^|]{1,25}$",
    # A reprinting site's advertising and newsletter lines between the turns.
    r"^Advertisement(?:\s*[-–—]\s*(?:scroll|continue)\b.*)?$",
    r"^Are you getting our (?:free )?newsletter\?$",
    # ㄑ Press Room ㄑ Press Conference Transcripts ㄑ …: a breadcrumb with a bracket glyph
    r"^(?:ㄑ\s*[^ㄑ]{2,120}){2,}$",
    # > 进入中国在线首页: a link to the site's home page
    r"^>?\s*进入[^,。]{2,12}首页$",
    # A city video archive's note over a machine transcript.
    r"^\*?\s*This transcript was created by voice-to-text technology\.[^\[]{0,200}$",
    # tv … CSPAN June 5, 2024 5:57pm-6:29pm EDT: a TV archive's listing of a broadcast
    r"^tv .{5,200} [A-Z][A-Z0-9]{2,9} [A-Z][a-z]+ \d{1,2}, \d{4} "
    r"\d{1,2}:\d{2}[ap]m-\d{1,2}:\d{2}[ap]m [A-Z]{2,4}$",
    # Jisoo Kim Jisoo Kim: an author's or photographer's name printed twice (its link and
    # its caption)
    r"^(?P<twice>[A-Z][a-z]+(?: [A-Z][a-z'\-]+){1,2}) (?P=twice)$",
    # 发稿时间:2020-05-24 03:46:52, requestId:…, 1 1 1: a page's time field, a server's
    # request id, a row of counters
    r"^(?:发稿时间|發稿時間)\s*[::]\s*\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$",
    r"^requestId\s*:\s*\S{6,60}$|^(?:\d\s+){2,6}\d$",
    # 国新办&CGTN 2023-03-02 144次: a page's source, date and count of readers on one line
    r"^\S{2,20}\s+\d{4}-\d{1,2}-\d{1,2}\s+\d{1,7}次$",
    # Disclaimer: The Parliamentary Library does not warrant…: a library's note over a transcript
    r"^Disclaimer\s*:\s*The [A-Z][\w ]{2,40} does not (?:warrant|accept|guarantee)\b.*$",
    # This content relates to a former minister: an archive's banner over a minister's page
    r"^This content relates to a former (?:minister|government|prime minister)\.?$",
    # 今天是:…, 更新时间: alone, U.S. Edition: a page's date greeting, an empty field, its edition
    r"^今天是\s*[::].{0,30}$|^(?:更新时间|發布時間|发布时间|来源|來源)\s*[::]\s*$",
    r"^(?:U\.S\.|US|UK|International|Global|Asia|Europe) Edition$",
    # To continue reading / Create a free account…: a site's sign-in wall over the story
    r"^To continue reading$|^Create a free account or sign in\b.{0,80}$",
    r"^By continuing, you agree to the Terms of Service\b.{0,80}$",
    # Subscribe / * indicates required: a newsletter form's button and note over the story
    r"^Subscribe$|^\* indicates required$",
    # A video archive's buttons over the video's title and transcript.
    r"^(?:Link|Social|Embed|Download(?: Transcript)?|Disable autoplay on embedded content\?)$",
    # A document-sharing site's furniture around the document it shows.
    r"^Welcome to [A-Z][\w.]*(?: [A-Z][\w.]*){0,3}, the (?:world's|web's|largest|leading)\b.*$",
    r"^(?:Standard view|Full view|Look up keyword|Like this|More info:|See more|See less)$",
    r"^(?:\d+ )?of \.$|^P\. \d{1,3}$|^Results for:$|^No results containing your search query$",
    r"^\|?Views: [\d,]+\|.*$",
    r"^(?:Published by:?|Uploaded by) \S+(?: on [A-Z][a-z]{2} \d{1,2}, \d{4})?$",
    r"^Read on [A-Z]\w+ mobile\b.*$|^download as [A-Z]{3}, .{0,60}$",
    r"^Copyright: ?(?:Attribution|All Rights Reserved)\b.{0,60}$",
    r"^Subscribe to .{0,80}\b(?:newsletter|RSS|feed|podcast)\b.*$",
    r".*\bJOIN NOW$",
    r"^(?:Share|Print|Email|Tweet|Comments?)(?:\s*[|/]\s*(?:Share|Print|Email|Tweet))*$",
    r"^(?:Related|Tags|Filed under)\s*:.*$",
    # READ ALSO: Our Agricultural Revolution Will Soon Be Felt…: a link to another story.
    r"^(?i:read also|also read|see also|read more|related(?: story| article)?)\s*:.*$",
    # The UK Government Web Archive's banner around a page it kept.
    r"^This snapshot, taken on$",
    r"^, shows web content acquired for preservation\b.*$",
    r"^The UK Government Web Archive does not use cookies\b.*$",
    # A Hong Kong English transcript's closing lines (its date kept as the publication date).
    r"^\(Please also refer to the (?:Chinese|English) portion of the transcript\.?\)$",
    r"^Issued at HKT \d{1,2}:\d{2}$",
    r"^(?:(?:Traditional Chinese|Simplified Chinese|Email this article|news\.gov\.hk)\s*)+$",
    r"^(?:Print this page|Today's Press Releases)$",
    # A blog platform's disclaimer, and an e-mail's header fields (a pool report).
    r"^This is a platform for User Generated Content\b.*$",
    r"^\*?(?:From|Sent|Date|To|Cc):\*?\s.*$",
)
# A headline ends with notes about what the page carries besides the text.
_TITLE_NOTES_RE = re.compile(
    r"(?:\s*[(\[](?:只有中文|只有英文|附图(?:/短片)?|附短片|附图片|附照片|附视频|附图表|图|组图|"
    r"with photos?(?:/videos?)?|with videos?"
    # (本页约4800+字): a page's note of the article's length
    r"|(?:本页|本文|全文)约?\s*\d+\+?\s*字)[)\]])+\s*$",
    re.I,
)
# "Headline – Washington Post": a newspaper's name after a dash at the end.
# Transcript – Press Conference – Canberra: the kind of record and its place, no site's name
_KIND_AT_PLACE_RE = re.compile(
    r"(?:Transcript\s*[–—-]\s*)?(?:Joint |Virtual )?(?:Press Conference|Media Conference|"
    r"Doorstop(?: Interview)?|Press Briefing|Media Briefing)\s*[–—-]\s*[A-Z][\w ,.'\-]{1,40}"
)
_EN_SITE_SUFFIX_RE = re.compile(
    # (not … – Minister Baryomunsi: the headline's attribution to who said it); … I Times of
    # Oman: a capital I standing for the bar
    r"\s+[–—|]\s+(?!(?:Minister|President|Premier|Governor|Mayor|Secretary|Spokesperson|Dr\.?)\s"
    r"|PM$)"
    r"(?:The\s+)?[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2}$"
    r"|\s+I\s+(?:The\s+)?[A-Z][a-z]+ of [A-Z][a-z]+$"
    # … - HaitiLibre.com : Haiti news 7/7: a site's address and its motto after a hyphen
    r"|\s+[-–—|]\s+[A-Za-z][\w\-]*\.(?:com|net|org|info)(?:\s*:\s*[^:]{2,40})?$"
    # … – United States Department of State: a department's name after the dated headline.
    r"|(?<=\d{4})\s+[–—|]\s+(?:The\s+)?[A-Z][\w.]*(?:\s(?:of\s)?[A-Z][\w.]*){1,5}$"
)


_RELEASE_TITLE_RE = re.compile(
    r"(?:答问内容|答问全文|谈话全文|发言全文|记者会|发布会|吹风会|通报会|实录|答记者问)"
    # …答记者问(实录): the record's note after the kind
    r"(?:\((?:附|只有|全文|实录|文字实录|[一二三四五六七八九十\d])[^)]{0,8}\))*$"
)
_EN_RELEASE_TITLE_RE = re.compile(
    r"^(?:State Dept\.? |Department of Defense |Pentagon )?"
    r"(?:Press Briefing|Daily Press Briefing|Department Press Briefing|"
    r"Background Press "
    r"(?:Briefing|Call)|Press Gaggle|Remarks by|On-the-Record Press|Press Conference:|"
    r"(?:DoD |Defense Department )?News Briefing with|Media Availability with|"
    r"Press Availability with|"
    # Transcript of Special Briefing on …, Transcript of Media Briefing by …
    r"Transcript of (?:the )?(?:Special |Weekly |Media |Press |Daily )?Briefing\b"
    # Transcript: Mayor Adams, Speaker Adams Reach…: a city's transcript release.
    r"|Transcript: (?:Mayor|Governor|Premier|Prime Minister|President)\b)",
    re.I,
)
# (原标题:…): the headline a reprinting site notes it was first given.
_ORIGINAL_NOTE_RE = re.compile(r"^[(\[]\s*(?:原标题|原题)\s*:.*[)\]]$")
_ORIGINAL_TITLE_RE = re.compile(r"\((?:原标题|原题)\s*:\s*(.+?)\)")
_COLON_HEADLINE_RE = re.compile(r"^[^:,。!?]{2,12}:\s*[^。!?]{4,40}$")


def colon_headline(paragraphs: list[str]) -> bool:
    """The first line is a headline in the form "name: words", not a turn."""
    return (
        len(paragraphs) > 1
        and bool(_COLON_HEADLINE_RE.match(paragraphs[0].strip()))
        and not _ORIGINAL_TITLE_RE.fullmatch(paragraphs[0].strip())
        and (len(paragraphs[1]) > 60 or second_colon_headline(paragraphs))
    )


def second_colon_headline(paragraphs: list[str]) -> bool:
    """上海市长:已采取措施… / 上海市长:已采取有力措施…: the headline printed again at
    greater length under it, with the same name before the colon, over the story."""
    if len(paragraphs) < 3 or len(paragraphs[2]) < 40 or "。" not in paragraphs[2]:
        return False
    first, second = paragraphs[0].strip(), paragraphs[1].strip()
    head = first.split(":", 1)[0]
    return (
        ":" in first
        and 2 <= len(head) <= 12
        and second.startswith(head + ":")
        and len(second) <= 80
        and "。" not in second
        and bool(_COLON_HEADLINE_RE.match(second))
    )


def colon_headline_over_dateline(paragraphs: list[str]) -> bool:
    """The first line is a headline in the form "name: words" over the page's dateline."""
    return (
        len(paragraphs) > 2
        and bool(_COLON_HEADLINE_RE.match(paragraphs[0].strip()))
        and not _ORIGINAL_TITLE_RE.fullmatch(paragraphs[0].strip())
        and (
            _dateline_under(paragraphs[1])
            # 行政長官:… / 新聞局 / 2014-06-23 18:07: the issuing office, then the time
            or (
                bool(_ISSUER_RE.fullmatch(paragraphs[1].strip()))
                and bool(find_date(paragraphs[2]))
                and len(paragraphs[2].strip()) <= 30
            )
        )
    )


_ISSUER_RE = re.compile(r"[^\s,。:]{2,10}(?:局|署|办|辦|处|處|网|網|社|室)")


def _dateline_under(line: str) -> bool:
    """(2016-3-1 15:55:59) 来源:新华网 作者:…: the page's date and source under a headline."""
    if _TIME_FIELD_ALONE_RE.match(line.strip()):
        return True  # 添加时间:2024-07-03: the date alone, in a field of its own
    fields = meta_fields(line.strip())
    # 作者:lanke 时间:2019-03-13 07:36:54 点击:6888: an author and a time do as well
    return bool(fields) and bool({"来源", "作者"} & set(fields)) and bool(find_date(line))


_TIME_FIELD_ALONE_RE = re.compile(
    r"^(?:添加|发布|更新|發布)?(?:时间|時間|日期)\s*[::]\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"
)


# 2017年12月6日外交部发言人耿爽主持例行记者会: a transcript's dated first sentence, which
# names the release's kind but is no headline.
_DATED_SENTENCE_RE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日[,,]?[^,。]{0,30}(?:主持|举行|召开)")


def _prefer_release_title(paragraphs: list[str], english: bool) -> list[str]:
    """Short lines above the line that names the release's kind are not its headline."""
    pattern = _EN_RELEASE_TITLE_RE if english else _RELEASE_TITLE_RE
    for i, p in enumerate(paragraphs[:6]):
        if len(p) > (220 if english else 60):
            return paragraphs
        if pattern.search(p.strip()) and not _DATED_SENTENCE_RE.match(p.strip()):
            if i and all(len(q) <= 150 and not pattern.search(q) for q in paragraphs[:i]):
                if not english and _headline_over_dateline(paragraphs[:i]):
                    return paragraphs
                # A dateline's named fields (更新时间:… 作者:…) go under the headline; a
                # channel's name or a lone date stays above it.
                fields = [
                    q
                    for q in paragraphs[:i]
                    if not channel_from(q) and set(meta_fields(q) or {}) - {"date"}
                ]
                channels = [
                    q
                    for q in paragraphs[:i]
                    if (channel_from(q) or meta_fields(q)) and q not in fields
                ]
                # Presenter: Pentagon Press Secretary Geoff Morrell September 20, 2007: a line
                # above that dates the release stays, below the headline.
                dated = [q for q in paragraphs[:i] if english and find_date(q)]
                title = paragraphs[i : i + 1]
                if not english and re.search(r"(?:举办|举行|召开)$", paragraphs[i - 1].strip()):
                    # 廊坊市政府新闻办举办 / 2018年…新闻发布会文字实录: one headline, two lines
                    title = paragraphs[i - 1 : i + 1]
                head = channels + title + fields
                return head + dated + paragraphs[i + 1 :]
            return paragraphs
    return paragraphs


def _headline_over_dateline(above: list[str]) -> bool:
    """大文记者精彩提问 / 2024-03-09 04:03:39大公报 / …: a headline over the page's date
    line; the kind's line under them (全国政协…新闻发布会) heads the text, not the page."""
    at = next((k for k, q in enumerate(above) if _DATE_SOURCE_LINE_RE.match(q.strip())), None)
    return bool(at) and not channel_from(above[at - 1]) and len(above[at - 1].strip()) >= 6


# 2024-03-09 04:03:39大公报: a date and time, the paper's name run on.
_DATE_SOURCE_LINE_RE = re.compile(
    r"^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}:\d{2}(?::\d{2})?\s*\S{0,12}$"
)


_EN_NOT_TITLE_RES = [
    re.compile(p)
    for p in (
        # Ned Price, Department Spokesperson; not Doorstop Interview, Ministerial Reshuffle
        r"^(?![^,]*\b(?:Interview|Doorstop|Briefing|Conference|Transcript|Remarks|Statement|Presser)\b)"
        r"[A-Z][\w.'\-]+(?: [A-Z][\w.'\-]+){1,3}, [A-Z][\w ,.&'\-]{2,80}$",
        r"^[A-Z][a-z]+(?: [A-Z][a-z]+)?, [A-Z]\.? ?[A-Z]\.?$",  # Washington, D.C.
        # Tuesday, 2 May 2023 - 3:59pm: the page's date and time
        r"^(?:[A-Z][a-z]+day,?\s+)?\d{1,2}\s+[A-Z][a-z]+\s+\d{4}"
        r"(?:\s*[-–]\s*\d{1,2}[:.]\d{2}\s*[ap]\.?m\.?)?$",
        # Delivered on August 20, 2018: when the remarks were given, not their headline
        r"^Delivered on\s",
        # Via Teleconference: where the briefing was held, not its headline
        r"^Via (?:[Tt]eleconference|[Tt]elephone|[Cc]onference [Cc]all|[Vv]ideo ?[Cc]onference)$",
        # Watch Ontario Premier Doug Ford’s daily news conference on….: a video's blurb
        r"^(?:Watch|Listen to)\s.{10,200}\.$",
        # Press Conference Panel On July 5 2024 (Image source: CIGTV): a photo's caption
        r".{5,120}\((?:Image|Photo|Picture) (?:source|credit):[^()]{1,40}\)$",
        r"^\d{1,2}:\d{2}\s*[ap]\.?m\.?.*$",
        # Kigali, 26 February 2013: a transcript's place and date.
        r"^[A-Z][a-z]+,\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}$",
        # Washington DC - 27 February 2017: a news agency's place and date line.
        r"^[A-Z][A-Za-z .,]{2,40}\s+[-–]\s+\d{1,2} [A-Z][a-z]+ \d{4}$",
        # MADAR/Nouakchott le 02-09-2025: a French agency's name, place and date line.
        r"^[A-Z][\w.\-]*(?:/[A-ZÀ-Ý][\w\-]+)+,?\s+le\s+\d{1,2}[-/.]\d{1,2}[-/.]\d{4}$",
        # trudeau: one word in lower case, a project's or a site's name.
        r"^[a-z][a-z0-9_\-]{1,30}$",
        # • Transcript, E&OE: the kind of the page, errors and omissions excepted.
        r"^[•·]?\s*(?:Transcript|Media release|Speech),?\s+E\s*&\s*OE\.?$",
        # On Tuesday, Gov. Jim Justice (R-WV) held an administrative update briefing.: a video
        # page's description, a sentence; By Erasme Rugemintwaza: a byline. No headlines.
        r"^(?:In an? (?:press briefing|press conference|news conference|briefing) )?"
        r"[Oo]n (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, "
        r"(?:[^.!?]|(?<=Gov|Sen|Rep)\.){10,200}\.$",
        r"^By [A-Z][a-z]+(?: [A-Z][a-z]+){1,2}$",
        # • 4/3/2025, May 3, 2025 – Malé, Maldives: a page's date, with its place
        r"^[•·]?\s*\d{1,2}/\d{1,2}/\d{4}$",
        r"^[A-Z][a-z]+ \d{1,2}, \d{4}\s*[–—-]\s*[A-Z][^.!?]{1,40}$",
        # Gov. Phil Bryant at an afternoon press conference Thursday at the Fair.: a caption
        r"^(?:Gov\.|Governor|President|Mayor|Premier|Prime Minister|Sen\.|Senator)\s+"
        r"[A-Z][a-z]+\s+[A-Z][a-z]+\s+(?:at|during)\s[^!?]{5,120}\.$",
        # Gov. Andy Beshear (D-KY) holds a Team Kentucky update briefing.: a video's
        # description, a sentence with the official's party; 24 FEBRUARY 2021: a date
        r"^[^!?]{0,80}\([RDI]-[A-Z]{2}\)[^!?]{5,160}\.$",
        r"^\d{1,2} (?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER"
        r"|NOVEMBER|DECEMBER) \d{4}$",
        # February 24 2021 2:52pm: a page's date and time
        r"^[A-Z][a-z]+ \d{1,2},? \d{4},? \d{1,2}:\d{2}\s*[ap]\.?m\.?$",
        # Today, Premier McNeil and Dr Strang held a press conference…. Here is the summary:
        r"^(?:Today|Yesterday|This (?:morning|afternoon)),? [^!?]{5,120}\b(?:held|hosted|gave)"
        r" an? (?:press conference|news conference|briefing)\b.*[.:]$",
        # Closings, Follow us on:: a site's menu and its social links
        r"^(?:Closings|Follow us on:?|Follow us|Connect with us|Share this:?)$",
        # Question 1: the number over the first of several questions, not the page's headline.
        r"^(?:Question|Q)\s*\d{1,3}[.:]?$",
        # Thank you for joining us for the Weekly Briefing.: the briefer's first words.
        r"^(?:Thank you|Thanks|Good (?:morning|afternoon|evening))\b[^.!?]{0,80}[.!]$",
        # Note: Where available, the PDF/Word icon below…: a catalogue's note over the record.
        r"^Note:\s",
        # Subjects: …, …: the topics a transcript's header lists.
        r"^(?:Subjects|Topics)\s*:|^(?:Subject|Topic)\s*:[^,]*,[^,]*,",
        # “That is not acceptable … at this point.”: a story's pull quote of several sentences
        # over its lead, no headline.
        r"^[“\"][^“”\"]{100,}[”\"]$",
        # "…expanding their operations here in Utah." Gov. Cox: a pull quote signed by who
        # said it, no headline.
        r"^[“\"][^“”\"]{60,}[”\"]\s*[-–—]?\s*(?:(?:Gov|Sen|Rep|Pres|Dr|Mr|Ms|Mrs)\.\s*"
        r"|(?:Governor|Senator|President|Premier|Mayor|Minister|Secretary)\s+)?"
        r"[A-Z][a-z]+(?: [A-Z][a-z]+)?$",
        # Fellow Malawians,: a speech's salutation, no headline.
        r"^(?:(?:My )?[Ff]ellow|Dear) [A-Z][a-z]+(?: and [A-Za-z ]+)?,$",
        # President NAME arrived in the country yesterday, …, from the US where he had gone
        # to attend the UN General Assembly.: a story's first sentence, its period after a
        # word (a headline may end on an abbreviation: …, Arlington, Va.), no headline.
        r"^(?=.{80,}$)[A-Z][^:]*\b(?:has|have|had|is|are|was|were|will|arrived|said|says"
        r"|announced|held|told)\b[^:]*[a-z)]{3}\.$",
    )
]


def date_or_topics(line: str) -> bool:
    """A header line that dates the transcript, lists its subjects or notes its format."""
    return bool(
        is_en_date_line(line)
        or re.match(r"^(?:Subjects|Topics)\s*:|^(?:Subject|Topic)\s*:[^,]*,[^,]*,|^Note:\s", line)
        or _SECTION_DATE_RE.match(line.strip())
        # February 24 2021 2:52pm: a page's date and time
        or re.match(r"^[A-Z][a-z]+ \d{1,2},? \d{4},? \d{1,2}:\d{2}\s*[ap]\.?m\.?$", line.strip())
    )


# General News of Sunday, 27 September 2020: a news site's section and its date.
_SECTION_DATE_RE = re.compile(
    r"^(?:date \d{4}-\d{2}-\d{2}\s+)?(?:[A-Z][a-z]+ ){1,3}of "
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, \d{1,2} [A-Z][a-z]+ \d{4}$"
)


# BC over the headline: a section's code of two or three capitals; • 14 JUL 2016: a page's
# date line with a bullet.
_EN_BANNER_RE = re.compile(
    r"[A-Z]{2,3}"
    r"|(?i:[•·]\s*\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4})"
    # • Sat. Jan 11th, 2025: the site's date of today, weekday first
    r"|[•·]\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
    r"(?:st|nd|rd|th)?,\s+\d{4}"
    # 01/12/15 15:36: the page's date and time of posting
    r"|\d{1,2}/\d{1,2}/\d{2,4}\s+\d{1,2}:\d{2}"
    # Home page Newsletter Feedback Weblinks Vietnamese: a site's menu on one line
    r"|(?:(?:Home(?: page)?|Newsletter|Feedback|Weblinks|Contact(?: us)?|About(?: us)?|Sitemap"
    r"|Site map|Search|Login|Log in|English|Vietnamese|French|Chinese|RSS)\s*){3,}"
    # Saturday, May 27, 2017 Search / Advanced Search: a site's search box and its date
    r"|(?:[A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}, \d{4} )?(?:Advanced )?Search"
    # (e.g. yourname@email.com), Forgot Password?, Or login with Facebook: a login form
    r"|\(e\.g\. [^()]*@[^()]*\)|Forgot (?:your )?Password\?|Or (?:login|log in|sign in) with \w+"
    # Connect with us: the site's social links; You are here:…: its breadcrumb
    r"|Connect with us|Follow us(?: on)?:?|You are here\b.*"
    # JUser: :_load: Unable to load user…: the site's error; …(Image source: CIGTV): a
    # photo's caption over the story
    r"|JUser:.*|[a-zA-Z]|-\s*[A-Z]\s*\+|Breaking News|More \(\)\s*»"
    # Ukraine Snake Island Flag - Buy it Here!: an advert; The White House / Office of the
    # Press Secretary: the issuing office over a release with no headline of its own
    r"|(?:The )?White House|Office of the (?:Press Secretary|Spokesperson|Premier|Prime Minister)"
    r"|(?:Premier|Prime Minister|Chief Minister|Governor)['’]s Office"
    # Media Room, » News: the site's section over the release
    r"|Media Room|»\s*News"
    # Release Date:: a field's name, its value on the next line
    r"|(?:Release|Publication|Posted|Published) (?:Date|on):?"
    r"|.{5,120}\((?:Image|Photo|Picture) (?:source|credit):[^()]{1,40}\)"
)


def banner_line(line: str) -> bool:
    """A line over an English headline that is the page's, not the article's."""
    return _EN_BANNER_RE.fullmatch(line.strip()) is not None


def not_a_title(title: str) -> bool:
    """An English header line that names a person, a place or a time, not the briefing."""
    return any(r.match(title) for r in _EN_NOT_TITLE_RES) or is_en_date_line(title)


# 快訊 after the page's date: the story's tag (a flash, an exclusive), not its headline.
_TAG_ONLY_RE = re.compile(
    r"^[【\[]?(?:快[訊讯]|即[時时]|即[時时]新[聞闻]|[獨独]家|突[發发]|最新|要[聞闻]|焦[點点])[】\]]?$"
    # 中央社 alone over the story: the agency's name, not a headline.
    r"|^(?:中央社|中央通[訊讯]社|新[華华]社|中新社|中新[網网]|路透社|法新社|美[聯联]社|共同社)$"
    # (相关资料图), (资料图): an image's place in the page, not a headline.
    r"|^[((]?(?:相关|相關)?(?:资料|資料)(?:图|圖)(?:片)?[))]?$"
    # (2022.2.22): the page's date in brackets where a headline would be.
    r"|^[((]\d{4}[.\-/年]\d{1,2}[.\-/月]\d{1,2}日?[))]$"
    # 钱江晚报?小时新闻记者盛锐孙燕黄伟芬谢春晖: an outlet's reporters, their names run together
    r"|^\S{2,12}?(?:报|報|网|網|台|社|新闻|新聞)(?:记者|記者)(?![^提问會会]*[提问會会])"
    r"[\u4e00-\u9fff]{4,16}$"
    # 椰视频: a site's video channel or app over the story, no headline
    r"|^[\u4e00-\u9fff]{1,3}(?:视频|視頻|客户端|号|號)$"
    # 【编者注】, 政策解读: an editor's note's tag, a column's name.
    r"|^(?:[-—–]\s*)?[【\[]?(?:[编編]者[注按]|政策解[读讀])[】\]]?$"
)


def tag_only(title: str) -> bool:
    """A Chinese page's tag word left where its headline would be."""
    return _TAG_ONLY_RE.match(title.strip()) is not None


# 二四六好彩7777788888, 香港一肖一码100准确: a lottery advert a spam mirror injects.
_TITLE_ADVERT_RE = re.compile(
    r"(?:[一二三四五六七八九〇零]{2,4})?(?:好彩|六合彩|彩票|开奖|特马)\d{6,}"
    r"|(?:香港|澳门|新澳门?)?一肖一码\d{0,3}%?(?:准确|精准)?"
)


def clean_title(title: str | None) -> str | None:
    if not title:
        return title
    title = _TITLE_NOTES_RE.sub("", title).strip()
    # 公安部通报… |: the browser title's bar left without the site's name after it;
    # [COVID-19: Press Q & A ]: a video archive's title in brackets.
    title = re.sub(r"\s*[|｜]$", "", title)
    title = re.sub(r"^•\s*", "", title)  # • (吉网观察)…: a list's bullet before the headline
    title = re.sub(r"^\[\s*([^\[\]]{8,200}?)\s*\]$", r"\1", title)
    # ******: a row of asterisks after the headline; Releases: a press office's section.
    title = re.sub(r"\s*\*{3,}$", "", title)
    title = re.sub(r"^(?:Press )?Releases?:\s+(?=[A-Z])", "", title)
    # …第四场集体采访-新华网, …_中国政府网: the browser's title, the site's name after a dash.
    title = re.sub(rf"(?<=[{HAN}”》])\s*[-_|—]\s*[{HAN}]{{2,8}}[网網]$", "", title)
    # 中国新媒体(http://www.zhgxmt.cn):…: a site's name and address before the headline.
    title = re.sub(rf"^[{HAN}]{{2,12}}[((]https?://[^()()]{{3,60}}[))]\s*[::]\s*", "", title)
    # 新華社北京12月9日電 題:…: a wire's dateline and its 題: field before the headline.
    title = re.sub(r"^\S{2,20}?\d{1,2}月\d{1,2}日[电電]\W{0,3}\s*[题題]\s*[::]\s*", "", title)
    # 原创 外交部…: a reprinting platform's tag before the headline, a space after it.
    title = re.sub(rf"^原创\s+(?=[{HAN}])", "", title)
    # 期待同记者紧二四六好彩7777788888密合作: a lottery advert injected into the headline.
    title = _TITLE_ADVERT_RE.sub("", title)
    # 標題:九十年度新春記者會談話紀錄: a page's field label before the headline.
    title = re.sub(r"^(?:标题|標題|主题|主題|题目|題目)\s*[::]\s*(?=\S)", "", title)
    # 国家机关新闻发言人名单公布 | ||||||||: a table's empty cells pasted after the headline.
    title = re.sub(r"(?:\s*\|){2,}\s*$", "", title).strip()
    # 商务部召开例行新闻发布会(: a bracket opened at the end and never closed, a cut cell.
    title = re.sub(r"\s*[((]$", "", title)
    # (原标题:…): a reprinting site's note of the headline it was given is the headline.
    original = _ORIGINAL_TITLE_RE.fullmatch(title)
    if original:
        title = original.group(1).strip()
    # …依法从严从快查处|青青草原综合久久大伊人精品: a spam mirror's keywords after a bar.
    title = re.sub(r"\s*[|丨]\s*[^|丨]*(?:久久|伊人|精品|无码|国产|AV|在线观看)[^|丨]*$", "", title)
    # [Press Conference: “HPD Update”]: a city's recording page sets its title in brackets.
    bracketed = re.fullmatch(r"\[([^\[\]]{8,200})\]", title)
    if bracketed and re.search(r"[A-Za-z]{3,}\s+[A-Za-z]{3,}", bracketed.group(1)):
        title = bracketed.group(1).strip()
    # -記者會快訊(本澳最新疫情)-: a portal's dashes around a headline are no part of it.
    framed = re.fullmatch(r"[-—–]+\s*(.+?)\s*[-—–]+", title)
    if framed:
        title = framed.group(1)
    # 03.01 直擊國新辦…: a news app's month and day before the headline.
    title = re.sub(rf"^\d{{2}}\.\d{{2}}\s+(?=[{HAN}“])", "", title)
    # -行政長官…快訊 …: a Chinese portal's dash before the headline alone, no part of it.
    title = re.sub(rf"^[-—–]+\s*(?=[{HAN}])", "", title)
    # 海关总署:…来源国--财经--人民网人民网>>财经: the browser's title, its channel and site
    # (and the breadcrumb under it) after double dashes or underscores.
    title = re.sub(
        rf"(?:--|_)[^-_]{{1,10}}(?:--|_)[^-_\s]{{1,12}}网(?:[{HAN}]{{0,12}}>>\S*)?$", "", title
    )
    if not re.search(f"[{HAN}]", title):
        title = re.sub(r"^\*?Subject:\*?\s*", "", title)  # a pool report's e-mail subject
        if not _KIND_AT_PLACE_RE.fullmatch(title):
            title = _EN_SITE_SUFFIX_RE.sub("", title)
        # GreekReporter.comGreeceGreek Government Holds…: the site and its section glued on
        title = re.sub(r"^[A-Z][\w\-]*\.(?:com|net|org)[A-Z][a-z]+(?=[A-Z][a-z])", "", title)
        # Trudeau meets media on its own turf -: a browser title's dash, the site name cut.
        title = re.sub(r"\s+[-–—|]$", "", title)
        # …Departing the White House – [Video and Transcript]…: a blog's note on what it holds.
        title = re.sub(
            r"\s*[–—-]\s*\[(?:Video and Transcript|Video|Transcript|Audio)[^\]]{0,20}\]\W*$",
            "",
            title,
        )
        # » Wednesday, November 1, 2006PMQ's: a blog index's date glued to the headline.
        title = re.sub(
            rf"^(?:»\s*)?(?:{_WEEKDAY})?[A-Z][a-z]{{2,8}}\.? \d{{1,2}}, \d{{4}}(?=[A-Z])", "", title
        )
        # (AGENPARL) – gio 20 luglio 2023 Department Press Briefing: an agency's prefix.
        title = re.sub(r"^\([A-Z]{3,12}\)\s*[–—-]\s*.*?\b\d{4}\s+(?=[A-Z])", "", title)
    return title


_CRUMB_STAMP_RE = re.compile(r"\s+\d{4}[-./]\d{1,2}[-./]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")


def _is_breadcrumb(line: str) -> bool:
    if channel_from(line):
        return False  # the channel's breadcrumb (首页 > 威海要闻) is read by the parser
    if _BREADCRUMB_RE.match(line):
        return True
    # 华夏经纬网 > 新闻 > 国台办新闻发布会 2024-06-12 18:19:18: a time stamp after the last step
    line = _CRUMB_STAMP_RE.sub("", line.strip())
    parts = _CRUMB_SEP_RE.split(line.strip())
    if len(parts) < 3 or len(line) > 90:
        return False
    return all(len(part) <= 16 and not re.search(r"[,.!?;]", part) for part in parts)


def _may_always(line: str) -> bool:
    """Cheap test first: a line of Chinese prose never is residue of that kind."""
    first = line[:1]
    return (
        first.isascii()
        or first in "【】[]•·文稿编﹡＊…本ㄑ进发發今更来來国"
        or line.endswith("精选:")
    )


def _always(line: str) -> bool:
    return _ALWAYS_RE.match(line) is not None


# An English page's section name in capitals over its headline (NATIONAL NEWS); case counts.
_SECTION_CAPS_RE = re.compile(r"^[A-Z]{3,}(?: [A-Z]{3,}){0,2}$")


# 首页 | 时政 | 财经 | 综合 | …: a site's menu bar on one line, above the story.
_PIPE_MENU_RE = re.compile(r"^(?:[^|。,!?]{1,10}\s\|\s){4,}[^|。,!?]{1,20}$")


def _long_pipe_menu(line: str) -> bool:
    """游遍三秦大地从三秦游网开始>> | 三秦游首页 | 意见反馈 | 天气预报 | …: a menu whose first item
    is the site's slogan, the others short."""
    parts = [p.strip() for p in line.split(" | ")]
    return len(parts) >= 5 and sum(len(p) <= 10 for p in parts) >= len(parts) - 1


def _top(line: str) -> bool:
    return (
        _TOP_RE.match(line) is not None
        or _PIPE_MENU_RE.match(line) is not None
        or _long_pipe_menu(line)
        or _is_breadcrumb(line)
        or _SECTION_CAPS_RE.match(line) is not None
    )


def _channel_over_menu(line: str, following: list[str]) -> bool:
    """財經 over 財經 金融 證券 汽車 科技 消費: a site's channel name over a line of its
    sections that starts with it."""
    if not following or not 2 <= len(line) <= 4 or not re.fullmatch(f"[{HAN}]+", line):
        return False
    words = following[0].strip().split()
    return (
        len(words) >= 4
        and words[0] == line
        and all(len(w) <= 6 and re.fullmatch(f"[{HAN}0-9A-Za-z]+", w) for w in words)
    )


def _bottom(line: str) -> bool:
    return _BOTTOM_RE.match(line) is not None


def _menu_runs(paragraphs: list[str], limit: int) -> set[int]:
    """A menu: bulleted short lines, with the short words over their groups, three or more
    bullets in all."""
    dropped: set[int] = set()
    i = 0
    while i < limit:
        j, bullets = i, 0
        while j < limit:
            line = paragraphs[j]
            if _BULLET_RE.match(line) and len(line) <= 40:
                bullets += 1
            elif not (len(line) <= 4 and j + 1 < limit and _BULLET_RE.match(paragraphs[j + 1])):
                break
            j += 1
        if bullets >= 3:
            dropped.update(range(i, j))
            i = j
        else:
            i += 1
    return dropped


# Practice English Speaking&Listening with: Vice President … Hold a Press Briefing: a
# language-practice site's words before the video's headline.
_PRACTICE_PREFIX_RE = re.compile(
    r"^\s*(?:Practice|Learn|Study|Improve)\s+(?:Your\s+)?English\b[^:\n]{0,50}?\bwith:\s+(?=[A-Z])",
    re.I,
)


# 每经网首页 > 要闻 > 正文: a breadcrumb whose last step is the article itself.
_ARTICLE_CRUMB_RE = re.compile(r"^\S.{0,60}?(?:>|›|»|>)\s*(?:正文|內文|内文)\s*$")


def _above_article_crumb(paragraphs: list[str]) -> set[int]:
    """The site's name and channel in short lines over a breadcrumb that ends at the
    article (… > 正文): the page's masthead, never its headline."""
    for i, line in enumerate(paragraphs[:6]):
        if _ARTICLE_CRUMB_RE.match(line.strip()):
            above = paragraphs[:i]
            if i and all(len(q) <= 16 and not re.search(r"[,,。:!?!?]", q) for q in above):
                return set(range(i + 1))
            return set()
    return set()


def drop_residue(paragraphs: list[str], english: bool) -> tuple[list[str], str | None]:
    """The paragraphs without the page's residue, and a publication date found in it."""
    paragraphs = _headline_again(_date_field_byline(_forum_header(paragraphs)))
    if english:
        paragraphs = [q for p in paragraphs for q in _machine_transcript_note(p)]
    if not english:
        paragraphs = _over_dateline(paragraphs)
    top = _text_start(paragraphs, english)
    dropped = _menu_runs(paragraphs, top) | _above_article_crumb(paragraphs)
    date = _drop_lines(paragraphs, top, english, dropped)
    if not english:  # an English transcript ends in short turns (Q And on trade?)
        dropped.update(_headline_list(paragraphs, dropped))
        dropped.update(_inserted_ads(paragraphs))
    kept = [p for i, p in enumerate(paragraphs) if i not in dropped]
    if english:
        kept = _after_release_header(kept)
        if kept and _PRACTICE_PREFIX_RE.match(kept[0]):
            kept[0] = _PRACTICE_PREFIX_RE.sub("", kept[0])
    return _prefer_release_title(_over_air_date(kept) if english else kept, english), date


# * This transcript was created by voice-to-text technology. … [Press Conference: "…"]
# [00:00:18] MAYOR, …: a city video archive's note and the video's title in brackets run
# into its machine transcript; the title a line of its own, the note dropped.
_MACHINE_NOTE_RE = re.compile(
    r"^(?:\*?\s*This transcript was created by voice-to-text technology\.[^\[]{0,200}?"
    r"(?:\[(?P<title>[^\[\]]{8,200})\]\s*)?(?=\[\d{1,2}:\d{2}|$)"
    # [00:00:05] [Austin … News Conference ] GOOD MORNING.: the cue, then the video's title
    r"|\[\d{1,2}:\d{2}(?::\d{2})?\]\s*\[(?P<cued>[^\[\]]{8,200})\]\s*(?=[A-Z]))"
)


def _machine_transcript_note(paragraph: str) -> list[str]:
    m = _MACHINE_NOTE_RE.match(paragraph.strip())
    if not m:
        return [paragraph]
    rest = paragraph.strip()[m.end() :].strip()
    title = (m["title"] or m["cued"] or "").strip()
    if not title and rest:
        return _machine_transcript_note(rest)  # the note, then [00:00:05] [title]
    return [q for q in (title, rest) if q]


# ' date 2019-07 記者蔡紹堅/綜合報導': a page's date field (a month or a day) run into the
# byline; the field is the page's, the byline a line of its own (never a headline).
_DATE_FIELD_BYLINE_RE = re.compile(
    r"^\s*date\s+(?P<date>\d{4}-\d{1,2}(?:-\d{1,2})?)\s+(?P<rest>\S.{0,40})$"
)


def _date_field_byline(paragraphs: list[str]) -> list[str]:
    for i, p in enumerate(paragraphs[:3]):
        m = _DATE_FIELD_BYLINE_RE.match(p)
        if m and re.match(r"[(（]?(?:記者|记者|本報|本报|編譯|编译|中央社)", m["rest"]):
            head = [f"date {m['date']}"] if m["date"].count("-") == 2 else []
            return paragraphs[:i] + head + [m["rest"].strip()] + paragraphs[i + 1 :]
    return paragraphs


_AIRED_RE = re.compile(r"^Aired [A-Z][a-z]+ \d{1,2}, \d{4}\b")


def _over_air_date(paragraphs: list[str]) -> list[str]:
    """CNN News Central / the headline / Aired July 02, 2024 - 15:00 ET: a broadcaster's
    transcript prints its show's name over the headline, the air date under it."""
    aired = next((i for i, p in enumerate(paragraphs[:6]) if _AIRED_RE.match(p.strip())), None)
    if not aired or aired < 2 or any(len(p) > 40 for p in paragraphs[: aired - 1]):
        return paragraphs
    return paragraphs[aired - 1 :]


_ORIGINAL_LINE_RE = re.compile(r"^[(\[]?\s*(?:原标题|原题)\s*:\s*(?P<title>.+?)\s*[)\]]?$")


def _headline_again(paragraphs: list[str]) -> list[str]:
    """A headline the page prints a second time (or notes as 原标题:…) under short lines of
    its own (search, …网移动版, a site's slogan): those lines are the page's, not the
    headline. Only short lines above it go; a channel or a field line stays."""
    firsts: dict[str, int] = {}
    for i, p in enumerate(paragraphs[:12]):
        line = p.strip()
        m = _ORIGINAL_LINE_RE.match(line)
        again = m["title"] if m else line
        at = firsts.get(again)
        # a label (MINISTER:), a sentence or a photo caption printed twice is no headline
        headline = (
            6 <= len(again) <= 60
            and not again.endswith((":", "。", ".", ")", "]", "】"))
            and not re.search(r"摄|图为|資料|资料", again)
        )
        if at and at <= 5 and headline and all(len(q.strip()) <= 40 for q in paragraphs[:at]):
            kept = [q for q in paragraphs[:at] if channel_from(q) or meta_fields(q) or find_date(q)]
            return kept + paragraphs[at:]
        if at is not None:
            break
        firsts.setdefault(line, i)
    return paragraphs


# http://www.enorth.com.cn  2003-04-03 21:09, 2003-04-03 21:09 来源:…: the page's dateline.
_URL_DATELINE_RE = re.compile(
    r"^(?:(?:https?://|www\.)\S+\s+)?\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s+\S.{0,50})?$"
)


def _headline_like(line: str) -> bool:
    """A line that could be a headline's: short, no menu marks, at most one comma outside
    quotation marks, no end of a sentence."""
    unquoted = re.sub(r"“[^”]*”|「[^」]*」", "", line)
    return (
        6 <= len(line) <= 60
        and not re.search(r"[|>·•:。]", line)
        and unquoted.count(",") <= 1
        and not meta_fields(line)
    )


# 看板 HatePolitics / 作者 ae () / 标题 [讨论] … / 时间 Mon Jan 13 00:16:24 2020: a bulletin
# board post's header; its title line is the headline, the lines above are the mirror's.
_FORUM_FIELD_RE = re.compile(r"^(?P<key>看板|作者|标题|標題|时间|時間)\s+(?P<value>\S.*)$")


def _forum_header(paragraphs: list[str]) -> list[str]:
    fields = {}
    last = None
    for i, p in enumerate(paragraphs[:12]):
        m = _FORUM_FIELD_RE.match(p.strip())
        if m:
            fields[m["key"].replace("標題", "标题").replace("時間", "时间")] = m["value"]
            last = i
    if not last or not {"作者", "标题", "时间"} <= set(fields):
        return paragraphs
    return [fields["标题"]] + paragraphs[last + 1 :]


def _over_dateline(paragraphs: list[str]) -> list[str]:
    """Menus, app links and lists of other headlines over a headline and its dateline:
    the lines above the headline are the page's (its fields and channel stay)."""
    for i in range(1, min(len(paragraphs) - 1, 30)):
        line = paragraphs[i + 1].strip()
        if not (_URL_DATELINE_RE.match(line) or _dateline_under(line)):
            continue
        at = i
        while at > 0 and i - at < 2 and meta_fields(paragraphs[at].strip()):
            at -= 1  # 来源:…责任编辑:… between the headline and its date
        headline = paragraphs[at].strip()
        if not (
            6 <= len(headline) <= 60
            and not headline.endswith(("。", ":", ")", "】"))
            and not headline.startswith(("·", "•", "-", "【"))
            and not meta_fields(headline)
            # a long line above is a menu, or the browser's title that holds the headline
            and all(len(q.strip()) <= 80 or _menu_line(q) or headline in q for q in paragraphs[:at])
        ):
            return paragraphs
        above = paragraphs[at - 1].strip() if at > 0 else ""
        if above and _headline_like(above) and not _is_breadcrumb(above):
            at -= 1  # …举行第二场新闻发布会 / 5位发布人就…作主题发布: a headline over two lines
        kept = [q for q in paragraphs[:at] if channel_from(q) or meta_fields(q) or find_date(q)]
        again = paragraphs[i + 2].strip() if at == i and i + 2 < len(paragraphs) else ""
        if again and again != headline and again[:6] == headline[:6] and len(again) <= 60:
            # …问答主要内容图片 / dateline / …问答(主要内容): the site's headline over the
            # story's own, printed again under the dateline.
            return kept + [again, paragraphs[i + 1]] + paragraphs[i + 3 :]
        return kept + paragraphs[at:]
    return paragraphs


def _menu_line(line: str) -> bool:
    """首页 | 时政 | … or 今日四川 成都市 绵阳市 …: a menu bar, however long."""
    words = line.split()
    return line.count("|") >= 3 or (len(words) >= 6 and all(len(w) <= 6 for w in words))


def _text_start(paragraphs: list[str], english: bool) -> int:
    """Where the page's top ends: at the first paragraph of prose, or after _TOP lines."""
    top = min(len(paragraphs), _TOP)
    for i, p in enumerate(paragraphs[:top]):
        # A long line of the page's own (a spam mirror's keywords, a note on the browser
        # the page wants) is no prose either.
        line = p.strip()
        if len(p) > (150 if english else 80) and not _always(line) and not _TOP_RE.match(line):
            return i
    return top


# Fuel your success with Forbes. Gain unlimited access…: a channel's advert in a video
# page's description, however long.
_SUBSCRIPTION_AD_RE = re.compile(r"^Fuel your success with [A-Z]\w+\. Gain unlimited access\b")


# 直播摘要, 活动标题, 活动描述, 文字内容:, 图片实录 更多: a live page's boxes between its lead
# and the entries, and its tabs (网上直播 文字实录 图片实录 返回直播页).
_LIVE_BOXES_RE = re.compile(
    r"^(?:直播摘要|活动标题|活动描述|活动时间|活动地点|文字内容|相关专题|相关站点|相关链接|"
    r"(?:图片|文字|图文|视频)实录)\s*(?:更多)?\s*:?$"
    r"|^(?:网上直播|文字实录|图片实录|图文实录|视频实录|返回直播页)"
    r"(?:\s+(?:网上直播|文字实录|图片实录|图文实录|视频实录|返回直播页))+$"
)


def _printed_above(line: str, above: list[str]) -> bool:
    """The line is a paragraph above, or the start of one (a box cuts it short)."""
    return any(p.strip() == line or (len(line) >= 20 and p.strip().startswith(line)) for p in above)


def _drop_lines(paragraphs: list[str], top: int, english: bool, dropped: set[int]) -> str | None:
    """Adds to ``dropped`` the lines that are the page's, line by line; returns the
    publication date one of them gave."""
    n = len(paragraphs)
    date: str | None = None
    seen: set[str] = set()
    turned = False  # a speaker's label seen: a stamp after it is no date under the headline
    for i, p in enumerate(paragraphs):
        line = p.strip()
        if i in dropped:
            continue
        at_top, at_bottom = i < top, i >= n - _BOTTOM
        url = _URL_RE.match(line) if line[:1] in "hHwW" else None
        if url:
            date = date or (find_date(url["stamp"]) if url["stamp"] else None)
            dropped.add(i)
        elif (
            (len(line) <= 300 and _may_always(line) and _always(line))
            or _SUBSCRIPTION_AD_RE.match(line)
            or (i < _TOP and not english and _LIVE_BOXES_RE.match(line))
            # • 国新办就…举行发布会 in the box 活动标题: the headline or lead again, bulleted
            or (i < _TOP and line[:1] in "•·" and _printed_above(line[1:].strip(), paragraphs[:i]))
            or (at_top and _top(line))
            or (at_bottom and _bottom(line))
        ):
            dropped.add(i)
        elif at_top and not english and _channel_over_menu(line, paragraphs[i + 1 : i + 2]):
            dropped.update((i, i + 1))  # 財經 / 財經 金融 證券 汽車 科技: a channel over its menu
        elif _ORIGINAL_NOTE_RE.match(line) and (seen or not at_top):
            # A reprint's note of the original headline under its own: residue. Where the
            # page has no headline of its own it is the headline (clean_title unwraps it).
            dropped.add(i)
        elif at_bottom and english and _EN_ENDS_RE.match(line):
            date = date or english_date(_EN_ENDS_RE.match(line)["date"])
            dropped.add(i)
        elif _END_OF_STORY_RE.match(line) and _headlines_after(paragraphs, i):
            dropped.update(range(i, n))  # Similar stories: and other stories' headlines
            break
        elif at_bottom and _HK_CLOSE_DATE_RE.match(line):
            # A Hong Kong release ends with its date: what follows is the page's.
            date = date or find_date(_arabic_date(line))
            dropped.update(range(i, n))
            break
        elif at_top and not english and not seen and n > 1 and _SITE_NAME_RE.match(line):
            dropped.add(i)
        elif at_top and english and is_en_date_line(line):
            date = date or english_date(line)
            dropped.add(i)
        elif i < 3 and _DATE_FIELD_RE.match(line):
            date = date or find_date(_DATE_FIELD_RE.match(line)["date"])
            dropped.add(i)
        elif at_top and i < 8 and (_ISSUE_RE.match(line) or _EDITION_RE.match(line)):
            m = _ISSUE_RE.match(line) or _EDITION_RE.match(line)
            date = date or (find_date(m["date"]) if m["date"] else None)
            dropped.add(i)
            if _ISSUE_RE.match(line):
                # The short lines over the paper's issue line are its section's name
                # (中工娱乐), not the headline.
                dropped.update(k for k in range(i) if len(paragraphs[k].strip()) <= 8)
        elif (
            not english and turned and _LIVE_STAMP_RE.match(line) and _between_turns(paragraphs, i)
        ):
            dropped.add(i)  # a live page's time stamp between two turns
        elif (
            not english
            and turned
            and i == len(paragraphs) - 1
            and _CUT_STAMP_RE.match(line)
            and any(_STAMP_RE.search(p) for p in paragraphs[:i])
        ):
            dropped.add(i)  # …做法。 / 2006-02: the copy cut inside the next entry's stamp
        elif at_top and _DATE_ONLY_RE.match(line):
            m = _DATE_ONLY_RE.match(line)
            date = date or f"{m['y']}-{int(m['m']):02d}-{int(m['d']):02d}"
            dropped.add(i)
        elif at_top and english and i < 6 and _PHOTO_CREDIT_RE.search(line):
            dropped.add(i)  # a photo's caption and credit (… | Name/AFP via Getty Images)
        elif at_top and english and not seen and i < 3 and _EN_SOURCE_FIELD_RE.match(line):
            dropped.add(i)  # Source: New Zealand Government: a reprint's field over the headline
        elif at_top and english and seen and re.match(r"^\*?Subject:\*?\s", line):
            dropped.add(i)  # the e-mail's subject again, under the headline
        elif at_top and i < 16 and line in seen and len(line) <= 80 and not line.endswith(":"):
            dropped.add(i)  # the headline printed a second time
        if at_top and i not in dropped:
            seen.add(line)
        turned = turned or _turn_label(line)
    return date


# Where a page's list of its other stories starts under the text.
_END_OF_STORY_RE = re.compile(
    r"^(?:Similar|Related|More|Recommended|Popular|Latest|Trending) (?:stories|articles|news"
    r"|videos|posts|reads)\s*:?$|^(?:You (?:may|might) also like|Most (?:popular|read))\s*:?$",
    re.I,
)


def _headlines_after(paragraphs: list[str], i: int) -> bool:
    """Only headlines follow (short lines, no sentence of the text among them), under a
    text (a turn or a paragraph longer than a headline)."""
    if not any(len(p) > 160 or _turn_label(p) for p in paragraphs[:i]):
        return False
    rest = [p.strip() for p in paragraphs[i + 1 :]]
    return all(len(p) <= 160 and not p.endswith((".", "。", '."', ".”")) for p in rest)


# Poland's Foreign Minister … | Emmanuel Dunand/AFP via Getty Images: a caption's credit.
_PHOTO_CREDIT_RE = re.compile(
    r"\s[|]\s[^|]{0,60}(?:\bvia Getty Images|/(?:AFP|Reuters|AP|EPA|Getty Images)|Shutterstock)$"
    # The Prime Minister speaking during today's press conference. Photo: Kurt Sansone
    r"|[.!?]\s+(?:Photo|Picture|Photograph)s?(?: by)?:\s*[A-Z][\w.'\-]+(?: [A-Z][\w.'\-]+){0,3}$"
)
_EN_SOURCE_FIELD_RE = re.compile(r"^Source:\s*[A-Z][\w .,&'()\-]{2,60}$")
_IMMEDIATE_RE = re.compile(r"^For Immediate Release$", re.I)
_PRESS_OFFICE_RE = re.compile(
    r"^(?:The White House\s*)?Office of the (?:Press Secretary|First Lady)$"
)


def _after_release_header(paragraphs: list[str]) -> list[str]:
    """A White House release's header (For Immediate Release / Office of the Press
    Secretary) ends the site's furniture: the short lines over it (the site's name and
    menus) and the header itself are no headline; a date among them stays."""
    at = next((i for i, p in enumerate(paragraphs[:20]) if _IMMEDIATE_RE.match(p.strip())), None)
    if at is None or any(len(p) > 200 for p in paragraphs[:at]):
        return paragraphs
    end = at + 1
    while end < len(paragraphs) and (
        _PRESS_OFFICE_RE.match(paragraphs[end].strip())
        or find_date(paragraphs[end])
        and len(paragraphs[end]) <= 40
    ):
        end += 1
    dates = [p for p in paragraphs[:end] if len(p) <= 40 and find_date(p)]
    return dates + paragraphs[end:]


def _arabic_date(line: str) -> str:
    """二○○二年七月二十四日 → 2002年7月24日 (a date in Chinese numerals, digit by digit
    for the year)."""
    m = re.match(r"^(\D{4})年(\D{1,3})月(\D{1,3})日", line)
    if not m:
        return line
    digits = {ch: str(i % 10) for i, ch in enumerate("○一二三四五六七八九")}
    digits.update({"〇": "0", "零": "0"})
    year = "".join(digits.get(ch, "") for ch in m[1])
    month, day = cn_small(m[2]), cn_small(m[3])
    if len(year) != 4 or not month or not day:
        return line
    return f"{year}年{month}月{day}日"


def cn_small(text: str) -> int | None:
    """一 → 1, 十二 → 12, 二十四 → 24 (up to 99)."""
    values = {ch: i for i, ch in enumerate("零一二三四五六七八九")}
    if "十" in text:
        tens, _, ones = text.partition("十")
        if (tens and tens not in values) or (ones and ones not in values):
            return None
        return (values[tens] if tens else 1) * 10 + (values[ones] if ones else 0)
    return values.get(text) if len(text) == 1 else None


_AD_WORDS_RE = re.compile(r"^[^,。:;!?、,]{1,10}$")


def _inserted_ads(paragraphs: list[str]) -> set[int]:
    """A spam mirror's advertising words on lines of their own between the pieces of a
    sentence (…請辭獲准, / 廚具 / ,上午最後一次…): dropped when the page does it twice or more."""
    found = {
        i
        for i in range(1, len(paragraphs) - 1)
        if _AD_WORDS_RE.match(paragraphs[i].strip()) and paragraphs[i + 1].lstrip().startswith(",")
    }
    return found if len(found) >= 2 else set()


def _headline_list(paragraphs: list[str], dropped: set[int]) -> range:
    """Other articles' headlines listed after the text: a run of five or more short lines,
    none a sentence or a turn, at the very end (92歲長者因新冠感染離世, 按年實質增長8%)."""
    end = len(paragraphs)
    while end and end - 1 in dropped:
        end -= 1
    start = end
    while start and _listed_headline(paragraphs[start - 1].strip()):
        start -= 1
    return range(start, end) if end - start >= 5 and start > 0 else range(0)


_LISTED_HEADLINE_RE = re.compile(r"^[^。\n]{2,40}(?<!:)$")


def _listed_headline(line: str) -> bool:
    """A short line with no sentence in it; a labelled question or answer is none
    (记者:为甚么? ends a Hong Kong transcript too)."""
    return bool(_LISTED_HEADLINE_RE.match(line)) and not re.search(r":.*[?!]$", line)


# Accompanied by…, President George W. Bush jokes with reporters… White House photo by
# Shealah Craighead: a photo caption, ending in its credit, run into a paragraph.
_EN_CAPTION_RE = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<caption>[A-Z][^\n]{40,800}?\b(?:[A-Z][A-Za-z.]*\s){0,3}"
    r"[Pp]hoto(?:graph)? by [A-Z][a-z]+(?:\s[A-Z]\.)?\s[A-Z][a-zA-Z'\-]+)(?=\s|$)"
)


def drop_photo_caption(paragraph: str) -> str:
    """The paragraph without a photo caption run into it (its credit is the page's)."""
    m = _EN_CAPTION_RE.search(paragraph) if "hoto" in paragraph else None
    if not m:
        return paragraph
    return (paragraph[: m.start("caption")] + paragraph[m.end("caption") :]).strip()


_TRANSCRIPT_NOTE_RE = re.compile(
    r"^(?:(?:The following is|This is) an? (?:near[- ])?verbatim transcript\b"
    r"|(?:The )?Following is (?:the|a) transcript of (?:remarks|the media session|the press "
    r"conference|the media briefing)\b"
    # Following is a transcript of UN Secretary-General Ana Lind's press conference, held
    # in New York today:
    r"|(?:The )?Following is (?:the|a) transcript of\b[^:]{0,200}:$"
    # The Chief Secretary…, Mr …; the Secretary for Security, Mr …, met the media this
    # morning (November 20). Following is the transcript…: the officials first.
    r"|The\s+[A-Z].{10,600}?\bmet the (?:media|press)\b[^.]{0,80}\.\s+"
    r"Following is the transcript\b)",
    re.I,
)


def ends_english_header(line: str) -> bool:
    """The UN's "The following is a near-verbatim transcript of…" is a header's last line."""
    return bool(_TRANSCRIPT_NOTE_RE.match(line))


_TRANSCRIPT_MARKER_RE = re.compile(r"^(?:Full |Edited )?(?:Transcript|TRANSCRIPT)\s*:?$")


def before_transcript(paragraphs: list[str]) -> set[str]:
    """Transcript: on a line of its own over the first turn: the sentences above it are the
    page's (a quote pulled out, an introduction), whoever speaks first."""
    for i, paragraph in enumerate(paragraphs[:40]):
        if _TRANSCRIPT_MARKER_RE.match(paragraph.strip()):
            return {p for p in paragraphs[:i] if len(p) > 80 and re.search(r"[.!?]", p)}
    return set()


def page_prose(paragraphs: list[str], read) -> tuple[list[str], list[str]]:
    """An English page's own paragraphs before the first labelled turn, when that turn is
    an official's (a newspaper's introduction to the transcript it prints): they are the
    page's, not the official's. A briefing that opens unlabelled (UN noon briefings) has
    no labelled official's turn before its first question, and keeps its opening."""
    for i, paragraph in enumerate(paragraphs[:40]):
        turn = read(paragraph)
        if turn is None:
            continue
        if i and turn.kind == "speaker" and turn.name:
            # I’m Collin Haba from the New Times. …?: a journalist's question just before
            # the answer stays with it
            at = i - 1 if ASKS_UNDER_NO_LABEL_RE.match(paragraphs[i - 1].strip()) else i
            if "?" not in paragraphs[i - 1]:
                at = i
            return paragraphs[:at], paragraphs[at:]
        break
    return [], paragraphs


# I’m Collin Haba from the New Times. Mr. President, …?: a journalist who introduces himself
# and asks, under no label.
ASKS_UNDER_NO_LABEL_RE = re.compile(
    r"^(?:I['’]m|I am|My name is)\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}),?\s+"
    r"(?:from|of|with)\s+(?:the\s+)?[A-Z]"
)


# A page saved as a site generator's file: a YAML block between --- lines first (date:,
# title: "…", source_url:, tags:), then the text.
_FRONT_MATTER_RE = re.compile(r"\A---\n(?P<block>(?:.*\n){1,40}?)---\n")


# gtag('config', 'UA-12595121-1'); Inaugural briefing…: a page's analytics script copied
# with its text, run into the first line.
_SCRIPT_START_RE = re.compile(
    r"^\s*(?:(?:window\.dataLayer\s*=[^;\n]{0,80};|function\s+gtag\(\)\s*\{[^}\n]{0,80}\}"
    r"|gtag\([^)\n]{0,120}\);)\s*)+"
)


def front_matter(raw: str) -> str:
    """The text with a leading YAML block replaced by its date and title, each on a line,
    and an analytics script's calls before the first line's words dropped."""
    raw = _SCRIPT_START_RE.sub("", raw, count=1)
    m = _FRONT_MATTER_RE.match(raw)
    if not m or not re.search(r"(?m)^(?:title|date):", m["block"]):
        return raw
    # a double-quoted value folded over lines: "…Shalanda\ / \ Young…"; \_ is a space
    block = re.sub(r"\\\n\s*\\?", "", m["block"]).replace("\\_", " ")
    fields = dict(re.findall(r"(?m)^(title|date):\s*(.+?)\s*$", block))
    lines = [fields[k].strip("'\"") for k in ("date", "title") if k in fields]
    return "\n".join(lines) + "\n" + raw[m.end() :]
