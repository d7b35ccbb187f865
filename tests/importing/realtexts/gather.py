"""Fetch the real press-conference texts of INDEX.md into the ignored local/ folder.

    python tests/importing/realtexts/gather.py [--check]
    python tests/importing/realtexts/gather.py --put ID < copy.txt

The texts are pages of government and news sites whose licence is unclear, so they are not
committed; only US federal works (state.gov, defense.gov, the White House archives) are, in
federal/. Each text was copied as an editor would paste it: the opening of the page as a
browser copies it, residue included (menus, breadcrumbs, banners, share lines), cut where
the stored copy ended. SOURCES says
where each came from, how many characters were kept and the SHA-256 of the copy used in
the measurements (first 16 hex digits), so a re-gathered copy can be checked.

With network access the script fetches each URL, turns the HTML into text (block elements
become line breaks, scripts and styles dropped), keeps the first CHARS characters and
writes local/SET/ID.txt. Pages change and HTML-to-text is not a browser's copy, so a
fetched text may differ from the measured one; --check says which ones do (their labels,
local/SET/ID.lab, were written for the measured copy and may need a look). Without network
access it says so and stops: the copies used for the README's tables came from a stored
snapshot of the pages' openings, not from this script.

Every copy was in fact taken from a search service's stored copies of the pages (each page's
opening as stored), and that is how to get them back on a machine without network access:
look the URL up there, save the stored opening as it is, and `--put ID` checks it against
the checksum and writes it to local/SET/ID.txt ("same as" means the measured copy is back).

The hand labels are committed in labels/SET/ID.lab (they point at paragraphs and hold only
titles, names and figures) and copied beside the texts by `make importer-eval`, which
expands them to ID.json (labels.py); the blind ones' SHA-256 are in INDEX.md, committed
before the parser was first run on them.
"""

from __future__ import annotations

import hashlib
import html
import re
import sys
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent

# id, set, url, characters kept, sha256[:16] of the measured copy
SOURCES = [
    (
        "r01",
        "dev",
        "https://www.info.gov.hk/gia/general/201207/03/P201207030597_print.htm",
        244,
        "dec283c1325194b1",
    ),
    (
        "r03",
        "dev",
        "http://www.info.gov.hk/gia/general/201606/21/P201606210269.htm",
        730,
        "b66053d89d66172f",
    ),
    (
        "r04",
        "dev",
        "http://sc.isd.gov.hk/TuniS/www.info.gov.hk/gia/general/201702/28/P2017022800319.htm",
        628,
        "a5aef70a95baa1e2",
    ),
    (
        "r05",
        "dev",
        "https://www.info.gov.hk/gia/general/201708/24/P2017082400516p.htm",
        721,
        "6d9fbd679df1a0d0",
    ),
    (
        "r06",
        "dev",
        "http://sc.isd.gov.hk/gb/www.info.gov.hk/gia/general/201204/13/P201204130005.htm",
        705,
        "3b0abf252af866b5",
    ),
    (
        "r07",
        "dev",
        "https://www.info.gov.hk/gia/general/201910/10/P2019101000732.htm",
        711,
        "9e2f18e66deeb8c5",
    ),
    (
        "r09",
        "dev",
        "http://sc.isd.gov.hk/gb/www.info.gov.hk/gia/general/201504/28/P201504280477.htm",
        722,
        "a0e7823841bfd041",
    ),
    (
        "r10",
        "dev",
        "https://www.info.gov.hk/gia/general/201909/02/P2019090200809.htm",
        725,
        "126cb5caae206a5d",
    ),
    ("r13", "dev", "https://hk.crntt.com/doc/1071/4/7/4/107147448.html", 675, "fd7892bae2780749"),
    (
        "r15",
        "dev",
        "http://taiwan.cn/xwzx/PoliticsNews/201106/t20110630_1906259.htm",
        272,
        "825a377a4736af3d",
    ),
    ("r16", "dev", "http://hk.crntt.com/doc/93_10095_106777110_1.html", 761, "637ab18ec11e5b54"),
    (
        "r17",
        "dev",
        "http://seaspiritstudio.com/gfbw/xwfyr/lxjzh_246940/16334621.html",
        839,
        "b31d554df7019dd7",
    ),
    (
        "r19",
        "dev",
        "http://finance.china.com.cn/news/special/2016lhcjzt/20160303/3611840.shtml",
        731,
        "cded5eab60eb7c09",
    ),
    ("r20", "dev", "https://xinjiapo.news/news/135126", 723, "1194934832a9a2e4"),
    (
        "r22",
        "dev",
        "http://destroybadbreath.com/xwzx/PoliticsNews/201703/t20170303_11713595.htm",
        797,
        "1ea9f0e198f4a01e",
    ),
    ("r23", "dev", "https://ppfocus.com/0/ed84b9dff.html", 771, "8598ca1acec1839e"),
    (
        "r24",
        "dev",
        "http://m.folksfolks.com/fjnews/2020-06/03/content_30328025.htm",
        263,
        "82690c8a5272be3b",
    ),
    ("r27", "dev", "http://m.a8n9.cn/show-21-94-1.html", 616, "ee370c336c8388f2"),
    (
        "r28",
        "dev",
        "https://www.gov.mo/zh-hans/news/page/8957/?display_mode=list",
        705,
        "cbf52969b8ffcd38",
    ),
    ("r30", "dev", "http://49.213.3.36/doc/7_0_104796633_1.html", 564, "ff2f1932a61c5cf9"),
    (
        "r32",
        "dev",
        "https://www.state.gov/briefings/department-press-briefing-march-13-2023/",
        1977,
        "e311d1d3b68680bb",
    ),
    (
        "r34",
        "dev",
        "https://www.state.gov/briefings/department-press-briefing-february-2-2023/",
        1983,
        "17bdf4343cd24542",
    ),
    (
        "r35",
        "dev",
        "https://agenparl.eu/2022/10/12/department-press-briefing-october-11-2022",
        1983,
        "8301648535262aa3",
    ),
    (
        "r36",
        "dev",
        "https://historymusings.wordpress.com/category/political-news-topics/white-house/",
        1959,
        "12d7e76ac1b7b799",
    ),
    (
        "r37",
        "dev",
        "https://thegoldfishreport.blogspot.com/2020/02/background-press-briefing-by-senior.html",
        2001,
        "46dd5ec45ea59d4c",
    ),
    (
        "r38",
        "dev",
        "http://www.worldusnews.com/u-s/no-cameras-no-live-audio-and-no-sean-spicer-the-latest-white-house-press-briefing-annotated-washington-post/",
        1983,
        "b5f13fa599a2c6e3",
    ),
    (
        "r39",
        "dev",
        "https://www.rev.com/blog/transcripts/press-secretary-jen-psaki-white-house-press-conference-transcript-january-22",
        1993,
        "901f80607934624d",
    ),
    (
        "r40",
        "dev",
        "https://www.globalsecurity.org/military/library/news/2015/04/mil-150424-unbrief01.htm",
        1992,
        "95d866aa94074db2",
    ),
    ("r41", "dev", "https://press.un.org/en/2024/db240920.doc.htm", 1982, "4e7d0e0118a759a6"),
    (
        "r44",
        "dev",
        "https://coalitionradionetwork.com/united-states-state-department-briefing-january-3-2023/",
        1991,
        "0979dca11f54db14",
    ),
    (
        "r02",
        "blind",
        "https://www.info.gov.hk/gia/general/202011/11/P2020111100920.htm",
        716,
        "1935cc2696aec60e",
    ),
    (
        "r08",
        "blind",
        "https://www.ogcio.gov.hk/tc/news/press_releases/2019/08/pr_20190826_3.html",
        716,
        "c5eec9aafc2b6a7c",
    ),
    (
        "r11",
        "blind",
        "https://hanweb.kanhan.com/TuniS/www.info.gov.hk/gia/general/201908/12/P2019081200878p.htm",
        712,
        "b89e66f14e3424b5",
    ),
    (
        "r14",
        "blind",
        "http://tyjrswt.fujian.gov.cn/xwzx/gfxx/202405/t20240531_6458359.htm",
        771,
        "de530bf59213131a",
    ),
    ("r18", "blind", "http://m.studyofnet.com/895770631.html", 1398, "24a840380d6a9dee"),
    (
        "r21",
        "blind",
        "https://news.qingdaonews.com/qingdao/2014-04/30/content_10427533_all.htm",
        747,
        "9648e97ad567244a",
    ),
    ("r25", "blind", "http://www.huayinshizx.com/hyxw/6460.html", 295, "a73247db57b4a70a"),
    (
        "r26",
        "blind",
        "http://ly3194.com/ztzl/2020lh/content/post_3004278.html",
        331,
        "cb5b3c4d91a559d4",
    ),
    ("r29", "blind", "https://www.cyberctm.com/zh_TW/news/detail/2598967", 833, "4dc8e78bcdf22360"),
    (
        "r33",
        "blind",
        "https://www.state.gov/briefings/department-press-briefing-march-9-2023/",
        1971,
        "4f27055e71a253b8",
    ),
    (
        "r42",
        "blind",
        "http://www.theinformationdaily.com/2007/10/08/prime-minister-gordon-browns-press-conference",
        2001,
        "1aa98f626ab4413e",
    ),
    (
        "r45",
        "blind2",
        "https://hanweb.kanhan.com/TuniS/www.info.gov.hk/gia/general/201702/15/P2017021500599.htm",
        539,
        "728779a08125c086",
    ),
    (
        "r46",
        "blind2",
        "http://sc.isd.gov.hk/gb/www.info.gov.hk/gia/general/201501/20/P201501200795.htm",
        746,
        "e463b53952187014",
    ),
    (
        "r47",
        "blind2",
        "http://sc.isd.gov.hk/gb/www.info.gov.hk/gia/general/200807/04/P200807040267.htm",
        581,
        "398b6112a2453986",
    ),
    (
        "r48",
        "blind2",
        "http://www.info.gov.hk/gia/general/201108/25/P201108250277.htm",
        729,
        "d04a50f5beaa524c",
    ),
    (
        "r49",
        "blind2",
        "https://www.gov.mo/zh-hant/news/page/4486/?display_mode=list",
        736,
        "97f8fc255a527764",
    ),
    (
        "r51",
        "blind2",
        "https://www.workercn.cn/papers/grrb/2010/03/05/3/news-5.html",
        738,
        "daf56de506515376",
    ),
    (
        "r52",
        "blind2",
        "http://sc.isd.gov.hk/gb/www.info.gov.hk/gia/general/201607/05/P201607050391.htm",
        731,
        "0f5f100e94255115",
    ),
    (
        "r53",
        "blind2",
        "https://www.un.org/press/en/2007/db070314.doc.htm",
        1985,
        "eb77527a62659e79",
    ),
    (
        "r54",
        "blind2",
        "https://www.state.gov/briefings/department-press-briefing-october-20-2022/",
        1981,
        "5bf46eed204dbc44",
    ),
    (
        "r55",
        "blind2",
        "https://china.usembassy-china.org.cn/department-press-briefing-november-2-2022/",
        1985,
        "969fbb8c64629f65",
    ),
    (
        "r79",
        "blind5",
        "http://news.fjsen.com/2017-03/09/content_19205844_all.htm",
        744,
        "07d42805a2d7ddb2",
    ),
    (
        "r80",
        "blind5",
        "https://china.zjol.com.cn/gnxw/201712/t20171207_5987097.shtml",
        747,
        "106f166405a8d863",
    ),
    ("r81", "blind5", "http://chinafangcn.com/guojijunqing/1582.html", 698, "75d69d9ee08d2d5a"),
    (
        "r82",
        "blind5",
        "https://epaper.cqrb.cn/cqrb/2024-06/06/003/content_rb_332989.htm",
        702,
        "92ba5de1ed14977d",
    ),
    (
        "r83",
        "blind5",
        "http://msn.finance.sina.com.cn/gdxw/20120302/1858738380.html",
        713,
        "aa54f3ecc9539628",
    ),
    (
        "r84",
        "blind5",
        "http://www.info.gov.hk/gia/general/201502/25/P201502250962.htm",
        730,
        "6aaf9352b3b97394",
    ),
    (
        "r85",
        "blind5",
        "https://www.cedb.gov.hk/chi/speech/2020/pr31012020a.htm",
        696,
        "4fa311cfad6ae1a6",
    ),
    ("r86", "blind5", "http://www.crntt.cn/153221.html", 731, "001a9d7aa505f7c7"),
    ("r87", "blind5", "http://press.un.org/en/2023/db231019.doc.htm", 1980, "c96af82293f11629"),
    (
        "r88",
        "blind5",
        "https://www.rev.com/blog/transcripts/press-briefing-by-press-secretary-karine-jean-pierre-4-10-23-transcript",
        1980,
        "eaa220bd1af83c84",
    ),
    (
        "r89",
        "blind5",
        "http://www.aparchive.com/metadata/US-WH-Briefing-2-CR-/475a5467f7b28b930d82cd4d91e37936?query=TRUMP+ADMINISTRATION&current=7&orderBy=Relevance&hits=105&referrer=search&search=%2Fsearch%3Fquery%3DTRUMP%2520ADMINISTRATION%26allFilters%3DSean%2520Spicer%3APeople%2CGovernment%2520and%2520politics%3ASubject%2CWashington%2C%2520D.C.%3ALocations&allFilters=Sean+Spicer%3APeople%2CGovernment+and+politics%3ASubject%2CWashington%2C+D.C.%3ALocations&productType=IncludedProducts&page=1&b=e37936",
        2000,
        "4d483ea1cadcd89e",
    ),
    (
        "r56",
        "blind3",
        "https://sc.isd.gov.hk/gb/www.info.gov.hk/gia/general/200912/28/P200912280249_print.htm",
        1023,
        "b4600b5c1f204e9c",
    ),
    (
        "r57",
        "blind3",
        "http://government-world.com/transcript-of-remarks-by-ce-at-media-session-before-exco-with-photos-video/?print=print",
        1995,
        "632a9110c79ba34d",
    ),
    (
        "r58",
        "blind3",
        "http://www.com3y.cn/xwzx/xwfbh/wjhxwfbh/201211/t20121129_3402486.htm",
        790,
        "8ea4775c2bfbcb8b",
    ),
    (
        "r59",
        "blind3",
        "https://obamawhitehouse.archives.gov/the-press-office/2017/01/11/press-briefing-press-secretary-josh-earnest-1112017",
        1968,
        "d891b8be787173f0",
    ),
    (
        "r60",
        "blind3",
        "https://m.xwboo.com/news/detail/157002.html",
        720,
        "561691f2d1742250",
    ),
    (
        "r61",
        "blind3",
        "http://ykzhn.com/newscenter/system/2024/01/25/030153974.shtml",
        988,
        "fc8a94b00ce40c39",
    ),
    (
        "r62",
        "blind3",
        "https://www.exmoo.com/article/141015.html",
        821,
        "4e0ab2fd416de563",
    ),
    (
        "r63",
        "blind3",
        "http://webarchive.nationalarchives.gov.uk/20100105053147/number10.gov.uk/page3000",
        1994,
        "7e5843b7521e46bd",
    ),
    (
        "r64",
        "blind3",
        "http://news.waihuiren.cn/cms/c-142405",
        719,
        "06001c6601e16867",
    ),
    (
        "r65",
        "blind3",
        "https://nanmuxuan.com/zh-tw/complex/gqxfcrctfwd.html",
        361,
        "e32b05256715af4d",
    ),
    (
        "r66",
        "blind3",
        "http://whtianrui.com/13/15871.html",
        896,
        "07670b9aac25a8d0",
    ),
    (
        "r67",
        "blind3",
        "http://downingstreetsays.com/briefings/2004/02/26",
        1998,
        "4f4962db911fe6de",
    ),
    (
        "r68",
        "blind4",
        "http://hnstb.gov.cn/tupianjujiao/8428.html",
        747,
        "8807d9bf6eb7994c",
    ),
    (
        "r69",
        "blind4",
        "http://hkcna.hk./docDetail.jsp?channel=2805&id=919439",
        548,
        "c4d4dcff2350c54e",
    ),
    (
        "r70",
        "blind4",
        "http://m.xilu.com/v/1000010001113838.html",
        330,
        "c2aff0d52c9f248e",
    ),
    (
        "r71",
        "blind4",
        "https://www.state.gov/briefings/department-press-briefing-may-22-2023/",
        1979,
        "14dd73fe17a2d6a2",
    ),
    (
        "r72",
        "blind4",
        "https://newsonetop.com/department-press-briefing-september-25-2023/",
        1957,
        "3161f2abc89c1235",
    ),
    (
        "r73",
        "blind4",
        "https://www.state.gov/?post_type=state_briefing&%3Bp=92333",
        1977,
        "dc789fafa981f8be",
    ),
    (
        "r74",
        "blind4",
        "https://agenparl.eu/2023/07/20/department-press-briefing-with-spokesperson-matthew-miller-07-20-2023/",
        1982,
        "acc5ac83bf39a5a4",
    ),
    (
        "r75",
        "blind4",
        "https://udn.com/news/story/7331/9072962",
        661,
        "d458a9dceaedf4cf",
    ),
    (
        "r76",
        "blind4",
        "http://big5.www.gov.cn/gate/big5/www.gov.cn//wszb/zhibo497/content_2047518.htm",
        122,
        "49ae3579d2f4f596",
    ),
    (
        "r77",
        "blind4",
        "https://feifmx.com/domesticgd/10000159/20191127/37469275.html",
        828,
        "7e22bd11bce03bad",
    ),
    (
        "r78",
        "blind4",
        "https://southasiantribune.com/state-dept-press-briefing-june-13-2023/",
        1974,
        "3f66dc370abfa299",
    ),
    (
        "r90",
        "blind6",
        "https://obamawhitehouse.archives.gov/the-press-office/2017/01/10/press-gaggle-press-secretary-josh-earnest-en-route-chicago-il-1102017",
        1982,
        "7b5dddb7124996db",
    ),
    (
        "r91",
        "blind6",
        "http://fulltranscripts.com/2004/06/16",
        454,
        "2aec466e706f1b53",
    ),
    (
        "r92",
        "blind6",
        "https://www.whitehousepool.report/travel-pool-5-gaggle-and-return-to-jba/",
        1967,
        "85088d2533f746d9",
    ),
    (
        "r93",
        "blind6",
        "http://m.gvit.cn/article/13452439.html",
        845,
        "db1aa059d7cfa7e3",
    ),
    (
        "r94",
        "blind6",
        "http://big5.www.gov.cn/gate/big5/www.gov.cn/wszb/zhibo571/content_2444049.htm",
        502,
        "86593db85b0213b9",
    ),
    (
        "r95",
        "blind6",
        "http://thedullerimage.com/news/detail/22/305600.html",
        914,
        "03408e657a5f98d5",
    ),
    (
        "r96",
        "blind6",
        "https://udn.com/news/amp/story/7333/7824272",
        354,
        "b6d651c3978ddc76",
    ),
    (
        "r97",
        "blind6",
        "http://www.orobotics.cn/dfpd/2011-12/30/content_14359162.htm",
        542,
        "417c6f78ad34949b",
    ),
    (
        "r98",
        "blind6",
        "http://m.yahdsy.com/listing/newsshow.php?id=1845690",
        751,
        "7d8f9825354a1296",
    ),
    (
        "r99",
        "blind6",
        "https://publicpool.kinja.com/subject-travel-pool-2-gidley-gaggle-plastic-guns-1828010610",
        2001,
        "85706dcdfc696cb6",
    ),
    (
        "r100",
        "blind7",
        "http://huizhurou.com/gn/shipin/cns/2023/03-05/news952994.shtml",
        720,
        "738bc8092db3c646",
    ),
    (
        "r101",
        "blind7",
        "http://finance.sina.com.cn/roll/20100304/17567501990.shtml",
        725,
        "2b5f80a08d2b8be2",
    ),
    (
        "r102",
        "blind7",
        "https://news.sohu.com/20090311/n262724079.shtml",
        702,
        "ecca0cb592944f26",
    ),
    (
        "r103",
        "blind7",
        "http://www.info.gov.hk/gia/general/200207/24/0724174.htm",
        526,
        "77e1882c7f165ca9",
    ),
    (
        "r104",
        "blind7",
        "http://m.dulcesymas.com/n/2012/1113/c1053-19563532.html",
        752,
        "e4d5d1a7f339af28",
    ),
    (
        "r105",
        "blind7",
        "https://rollcall.com/factbase/biden/transcript/joe-biden-press-conference-briefing-karine-jean-pierre-may-2-2023/",
        1995,
        "81171516eb5603c3",
    ),
    (
        "r106",
        "blind7",
        "https://hygonews.com/q-antithetical-free-press-so-many-empty-seats-a-as-many-as-possible-every-event-different",
        1939,
        "0b708b5b31b3dc64",
    ),
    (
        "r107",
        "blind7",
        "https://infobiz.org.ua/politics/press-briefing-by-press-secretary-karine-jean-pierre-and-national-security-council-coordinator-for-strategic-communications-john-kirby/",
        1976,
        "b63cb1b1586c05d7",
    ),
    (
        "r108",
        "blind7",
        "https://www.rev.com/blog/transcripts/press-briefing-by-press-secretary-karine-jean-pierre-3-22-23-transcript",
        1983,
        "faa8f3a14f846087",
    ),
    (
        "r109",
        "blind7",
        "https://www.un.org/press/en/2007/db071025.doc.htm",
        1972,
        "9aeef10e93f1a0fd",
    ),
    (
        "r110",
        "blind7",
        "https://www.webnewswire.com/2021/12/30/hong-kong-transcript-of-remarks-by-cs-at-media-session-with-photos-video/",
        1521,
        "c70013075717a2df",
    ),
    (
        "r111",
        "blind7",
        "http://www.info.gov.hk/gia/general/201408/29/P201408290921.htm",
        1849,
        "940f6291ef64d9f2",
    ),
    (
        "r112",
        "blind7",
        "http://ny.stgloballink.com/china/2017/0316/411542.shtml",
        773,
        "a7de542ca83c7ee0",
    ),
    (
        "r113",
        "blind8",
        "http://www.afdelivr.top/govweb/wszb/zhibo556/content_2374327.htm",
        823,
        "a40e11cc3bfab51f",
    ),
    (
        "r114",
        "blind8",
        "https://aus-city.com/cgi-bin/dada/mail.cgi?flavor=archive_bare&id=20080311120503&list=MILITARY_REPORTS",
        2001,
        "70127d9a26070e0b",
    ),
    (
        "r115",
        "blind8",
        "https://aus-city.com/cgi-bin/dada/mail.cgi?flavor=archive_bare&id=20070505140502&list=MILITARY_REPORTS",
        2001,
        "dc6ccaac8c903231",
    ),
    (
        "r116",
        "blind8",
        "https://mynorthwest.com/national/some-friendly-some-on-the-news-questions-at-first-briefing-for-new-pentagon-press-corps/4167366",
        1989,
        "f4e90cdc7f956496",
    ),
    (
        "r117",
        "blind8",
        "https://www.higoshipping.com/page10?article_id=1357",
        362,
        "ca86058ea84b4ed2",
    ),
    (
        "r118",
        "blind8",
        "https://rev.com/blog/transcripts/state-department-press-briefing-on-9-16-24/amp",
        1994,
        "6b465e0b5d7fbf25",
    ),
    (
        "r119",
        "blind8",
        "https://truenewsinfo.com/department-press-briefing-february-28-2024/",
        1965,
        "ffccdd6c57b9c6a3",
    ),
    (
        "r120",
        "blind8",
        "http://149690.pyocd.group/doc/93_20691_107008279_7_1127123521.html",
        707,
        "9034f11f9e3e93ae",
    ),
    (
        "r121",
        "blind8",
        "http://big5.taiwan.cn/xwzx/xwfbh/gtbxwfbh/fbhwb/202012/t20201216_12312307.htm",
        743,
        "9ac87b8f88460f24",
    ),
    (
        "r122",
        "blind8",
        "https://money.yes99.com.tw/?p=38991",
        597,
        "bd4ffa8c3554e4f1",
    ),
    (
        "r123",
        "blind8",
        "https://820531.tirupatihk.tech/news02_new.php?cno=15&id=Z99999&sno=2074590",
        691,
        "92140d4f86a1930a",
    ),
    (
        "r124",
        "blind9",
        "http://hkcd.com/content_p/2022-09/14/content_141225.html",
        689,
        "5fe8079c2a2d7501",
    ),
    (
        "r125",
        "blind9",
        "https://taian.dzwww.com/xinwen/sdxw/201404/t20140430_10156057.html",
        790,
        "15cc216ed8bd3de5",
    ),
    (
        "r126",
        "blind9",
        "http://government-world.com/fs-speaks-on-the-chief-executives-2018-policy-address-with-video/?print=print",
        963,
        "1c2b5e9462bc51a2",
    ),
    (
        "r127",
        "blind9",
        "https://www.info.gov.hk/gia/general/201911/20/P2019112000502.htm",
        1982,
        "6a489c87c2566881",
    ),
    (
        "r128",
        "blind9",
        "https://www.info.gov.hk/gia/general/201206/28/P201206280710.htm",
        1979,
        "fe210fc134590d1d",
    ),
    (
        "r129",
        "blind9",
        "https://press.un.org/en/2023/db230918.doc.htm",
        1969,
        "6af59b6cdd4c92dd",
    ),
    (
        "r130",
        "blind9",
        "https://www.whitehousepool.report/fw-travel-print-pool-report-13-tarmac-gaggle/",
        1962,
        "a19a2bd175e93917",
    ),
    (
        "r131",
        "blind9",
        "https://www.guancha.cn/politics/2020_08_12_561171.shtml",
        833,
        "0cc1554258d1bbfd",
    ),
    (
        "r132",
        "blind9",
        "https://kdog.top/?p=88981",
        702,
        "df7fa56b39462df6",
    ),
    (
        "r133",
        "blind9",
        "https://appimg.modaily.cn/app/szb/pc/content/202003/25/content_35138.html",
        716,
        "d0fdc96dd8629f67",
    ),
    (
        "r134",
        "blind9",
        "https://centinel2012.com/tag/1st-amendment/",
        1967,
        "da8c0aa2ea795fde",
    ),
    (
        "r135",
        "blind10",
        "https://gov.mo/zh-hant/?p=330927",
        709,
        "e75555811bc8d773",
    ),
    (
        "r136",
        "blind10",
        "https://www.mofa.gov.tw/News_Content.aspx?n=99&sms=77&s=99584",
        833,
        "9f81439d3362905f",
    ),
    (
        "r137",
        "blind10",
        "http://www.info.gov.hk/gia/general/201409/19/P201409190304.htm",
        632,
        "849f420f80126d43",
    ),
    (
        "r138",
        "blind10",
        "http://gzjnhbw.com/html/2023/news_0313/1823.html",
        716,
        "d69b69c551848114",
    ),
    (
        "r139",
        "blind10",
        "http://news.hnr.cn/201809/07/1664.html",
        709,
        "0823894968b0ae5e",
    ),
    (
        "r140",
        "blind10",
        "http://m.folksfolks.com/fjnews/2020-06/03/content_30328025.htm",
        263,
        "82690c8a5272be3b",
    ),
    (
        "r141",
        "blind10",
        "http://www.mclaolv.com/cn/Instant/people/202005/t20200521_6784347.html",
        948,
        "617dc1a4afbfade0",
    ),
    (
        "r142",
        "blind10",
        "https://georgewbush-whitehouse.archives.gov/news/releases/2006/08/20060802-3.html",
        1998,
        "02c7d0c1a51cf0cd",
    ),
    (
        "r143",
        "blind10",
        "https://presidency.ucsb.edu/documents/press-briefing-press-secretary-josh-earnest-and-the-presidents-senior-advisor-brian-deese",
        2001,
        "595f3700f6aadb76",
    ),
    (
        "r144",
        "blind10",
        "https://www.state.gov/briefings/department-press-briefing-august-18-2022/",
        1979,
        "b71b2a800e4a0cd3",
    ),
    (
        "r145",
        "blind10",
        "https://www.defense.gov/News/Transcripts/Transcript/Article/1947047/department-of-defense-press-briefing-by-secretary-esper-and-general-dunford-in/",
        1991,
        "5baf6d8c5e4fe69e",
    ),
    (
        "r146",
        "blind10",
        "https://www.pm.gov.au/media/press-conference-hmas-stirling",
        1999,
        "31597e0bc7dd15fa",
    ),
    (
        "r150",
        "blind11",
        "http://changsha.baogaosu.com/xinwen/%E5%9B%BD%E5%8A%A1%E9%99%A2%E6%8E%A8%E4%BE%8B%E8%A1%8C%E6%94%BF%E7%AD%96%E5%90%B9%E9%A3%8E%E5%A2%9E%E8%BF%9B%E4%B8%8E%E5%AA%92%E4%BD%93/28529409",
        702,
        "b1222075898d1184",
    ),
    (
        "r151",
        "blind11",
        "http://paper.wenweipo.com/2020/10/31/CN2010310012.htm",
        243,
        "e5b6bd1d5878c1bb",
    ),
    (
        "r152",
        "blind11",
        "http://jieyan321.com/xwzx/PoliticsNews/201609/t20160927_11579892.htm",
        1084,
        "04dbfde0f3e056b6",
    ),
    (
        "r153",
        "blind11",
        "https://www.cna.com.tw/news/acn/202510160339.aspx",
        828,
        "40bb95d2a21f1a9f",
    ),
    (
        "r154",
        "blind11",
        "https://gb.crntt.com/doc/93_19151_160078857_1_1212143046.html",
        589,
        "7aa58dcd41f655b5",
    ),
    (
        "r155",
        "blind11",
        "https://global.chinadaily.com.cn/dfpd/sh/2011-06/23/content_12758921.htm",
        580,
        "cf783c9ad0f4e601",
    ),
    (
        "r156",
        "blind11",
        "https://m.news.shi-fen.com/china/202303/50-1472070.html",
        717,
        "c0b848308d11e77a",
    ),
    (
        "r157",
        "blind11",
        "http://m.dddjmc.com/news/military/zgjq/2019-11-01/2322938.html",
        776,
        "fd15d0693a610bd0",
    ),
    (
        "r158",
        "blind11",
        "https://www.globalsecurity.org/military/library/news/2015/09/mil-150908-dod01.htm",
        2000,
        "1fe9c95401daf1e2",
    ),
    (
        "r159",
        "blind11",
        "https://www.pm.gov.au/media/press-conference-australian-parliament-house-act-37",
        1994,
        "78d2371fea2d5ff9",
    ),
    (
        "r160",
        "blind11",
        "https://press.un.org/en/2020/db200529.doc.htm",
        1975,
        "0adec054b15ce0fe",
    ),
    (
        "r161",
        "blind11",
        "https://jules2689.github.io/trudeau/2020-05-03/QjCtIWEimTk/q_a",
        1984,
        "b18f84be226d9557",
    ),
    (
        "r162",
        "blind11",
        "https://www.state.gov/briefings/department-press-briefing-october-14-2021/",
        1987,
        "fabd4fbdeece58be",
    ),
    (
        "r170",
        "blind12",
        "https://hk.crntt.com/doc/1071/6/3/8/107163893.html?coluid=7&kindid=0&docid=107163893&mdate=0128132129",
        670,
        "7a4b00c819f10e3e",
    ),
    (
        "r171",
        "blind12",
        "https://tw.news.yahoo.com/%E5%9C%8B%E5%8F%B0%E8%BE%A6%E8%A8%98%E8%80%85%E6%9C%83%E5%8F%B0%E5%AA%92%E8%BF%BD%E5%95%8F%E8%BB%8D%E6%BC%94-%E7%99%BC%E8%A8%80%E4%BA%BA%E8%B7%B3%E9%87%9D%E7%94%A9%E9%8D%8B-%E9%83%BD%E6%98%AF%E8%B3%B4%E6%B8%85%E5%BE%B7%E6%83%B9%E7%9A%84%E7%A6%8D-095746022.html",
        676,
        "f2aec9229b0a4c73",
    ),
    (
        "r172",
        "blind12",
        "https://www.info.gov.hk/gia/general/202305/09/P2023050900277.htm",
        725,
        "668d46fbe1bb318a",
    ),
    (
        "r173",
        "blind12",
        "https://www.info.gov.hk/gia/general/202010/12/P2020101200537.htm",
        713,
        "b282648741e0d196",
    ),
    (
        "r174",
        "blind12",
        "http://boronfuelsource.com/politics/2018lh/2018-03/02/c_129821422.htm",
        283,
        "6dc064e90ad599d2",
    ),
    (
        "r175",
        "blind12",
        "http://big5.www.gov.cn/gate/big5/www.gov.cn//2008lh/content_908815_3.htm",
        122,
        "3a5f72466187823b",
    ),
    (
        "r176",
        "blind12",
        "https://2009-2017.state.gov/r/pa/prs/dpb/2016/08/261128.htm",
        1970,
        "402f8aa86f60153d",
    ),
    (
        "r177",
        "blind12",
        "https://www.globalsecurity.org/military/library/news/2016/08/mil-160824-stateb01.htm",
        2000,
        "e1315c86c4565434",
    ),
    (
        "r178",
        "blind12",
        "https://www.un.org/News/briefings/docs/2007/db070424.doc.htm",
        1983,
        "7ee4d146ce199fe6",
    ),
    (
        "r179",
        "blind12",
        "http://wrhn.org.nz/content/covid-19-media-update-25-may",
        1995,
        "a302f0f12cfd7bfc",
    ),
    (
        "r180",
        "blind12",
        "https://orderpaper.co.nz/beehive/2023-05-15",
        1978,
        "914c3d7c0d78a114",
    ),
    (
        "r181",
        "blind12",
        "https://ythi.net/practice-spoken-english/jT-RHqS40W8/",
        2000,
        "1aecbd274cccb9f8",
    ),
    (
        "r182",
        "blind12",
        "http://m.92880.cn/gn/news/2008/01-31/1152864.shtml",
        739,
        "841f78fd87744bdd",
    ),
]
FEDERAL = {
    "r32",
    "r33",
    "r34",
    "r54",
    "r55",
    "r59",
    "r71",
    "r73",
    "r90",
    "r142",
    "r144",
    "r145",
    "r162",
    "r176",
}

_BLOCK = re.compile(
    r"(?i)</?(?:p|div|br|li|tr|h[1-6]|section|article|header|footer|ul|ol|table)\b[^>]*>"
)
_DROP = re.compile(r"(?is)<(script|style|noscript)\b.*?</\1>")


def html_to_text(page: str) -> str:
    page = _DROP.sub("", page)
    page = _BLOCK.sub("\n", page)
    page = re.sub(r"<[^>]+>", "", page)
    lines = [html.unescape(line).rstrip() for line in page.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def path_of(ident: str, subset: str) -> Path:
    return HERE / ("federal" if ident in FEDERAL else "local") / subset / f"{ident}.txt"


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def put(ident: str, text: str) -> int:
    """Write a copy of text ident saved by hand; a copy saved with one final line break too
    many or too few still matches."""
    row = next((r for r in SOURCES if r[0] == ident), None)
    if row is None:
        print(f"{ident}: not in SOURCES", file=sys.stderr)
        return 2
    _ident, subset, _url, _chars, sha = row
    tries = [text, text.rstrip("\n") + "\n", text.rstrip("\n")]
    text = next((t for t in tries if digest(t) == sha), text)
    path = path_of(ident, subset)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    same = "same as" if digest(text) == sha else "differs from"
    print(f"{ident}: written, {same} the measured copy")
    return 0


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "--put":
        return put(argv[1], sys.stdin.read())
    if "--check" in argv:
        for ident, subset, _url, _chars, sha in SOURCES:
            path = path_of(ident, subset)
            state = (
                "missing"
                if not path.exists()
                else ("ok" if digest(path.read_text(encoding="utf-8")) == sha else "differs")
            )
            print(f"{ident} {subset:5} {state}")
        return 0
    for ident, subset, url, chars, sha in SOURCES:
        path = path_of(ident, subset)
        if path.exists():
            continue
        try:
            request = urllib.request.Request(url, headers={"User-Agent": "Mozilla/5.0"})
            with urllib.request.urlopen(request, timeout=20) as response:
                raw = response.read()
                charset = response.headers.get_content_charset() or "utf-8"
        except OSError as error:
            print(
                f"{ident}: not fetched ({error}); without network, the copy cannot be rebuilt",
                file=sys.stderr,
            )
            continue
        text = html_to_text(raw.decode(charset, errors="replace"))[:chars]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        same = "same as" if digest(text) == sha else "differs from"
        print(f"{ident}: fetched, {same} the measured copy")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
