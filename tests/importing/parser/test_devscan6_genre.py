"""Layouts met in the sixth development scan of real pages, fixed for the genre: each test
is a page of our own (invented names, numbers and outlets) of the same kind as a real one."""

from releases.importing.parser import parse_article

DATELINE_PAGE = """Northland Premier holds first press conference in two years

Saturday 14/June/2025 09:12 AM
By: Harbour News Service

Riverton Falls: On the eve of the final vote on the canal budget, Northland Premier Ada Quill
held a press conference, her first since 2023, but took no questions.

Quill said the canal would open in 2027 and cost 410 million crowns.
"""


def test_dateline_is_no_speaker():
    result = parse_article(DATELINE_PAGE)
    names = [s.name for s in result.speakers]
    assert "Riverton Falls" not in names, names
    assert not any("Riverton Falls" in a for seg in result.segments for a in seg.answerers)


READOUT_PAGE = """Unofficial readout, Commission midday briefing, 3.4.2024

Berlaymont press room, Spokesperson Ilse Varga, 12pm.

Marta Lopez: Harbour tolls, best result in years, Commission concerned? It could reopen the row.

Pavel: We never comment on regional tolls.

Ilse: More questions for Pavel?
"""


def test_reporter_asking_is_no_first_speaker():
    result = parse_article(READOUT_PAGE)
    names = [s.name for s in result.speakers]
    assert "Marta Lopez" not in names, names
    assert not any("Marta Lopez" in a for seg in result.segments for a in seg.answerers)


RELATED_TRANSCRIPT_PAGE = """Aug 2, 2024

Deputy Press Secretary Noor Halvorsen Gaggle Aboard the Presidential Train 7/30/24 Transcript

Gideon Prall Holds a Press Briefing at the Capitol 9/12/24
SiteBlogTranscriptsTrainDeputy Press Secretary Noor Halvorsen Gaggle Aboard the Presidential \
Train 7/30/24 Transcript

Deputy Press Secretary Noor Halvorsen Gaggle Aboard the Presidential Train 7/30/24. Read the \
transcript here.

(00:12)
So as you know, we are on our way to Lakemoor, where the President will open the new bridge.
"""


def test_another_transcripts_headline_names_nobody_here():
    result = parse_article(RELATED_TRANSCRIPT_PAGE)
    names = [s.name for s in result.speakers]
    assert "Gideon Prall" not in names, names
    assert not any("Gideon Prall" in a for seg in result.segments for a in seg.answerers)
    assert result.title.startswith("Deputy Press Secretary Noor Halvorsen Gaggle")
    assert not (result.lead or "").startswith("SiteBlog")


OPENING_REMARKS_PAGE = """Good morning, everyone. My name is Tessa Morrow. I'm the Member for \
Kellby. I welcome you to Orchard Point. This is a beautiful part of the seat of Kellby. \
For the coming election the boundaries will change, and many of the suburbs I represent \
will become the seat of Wattle Creek. \
I have loved representing this area. And to this end, I welcome the Premier and over to you.
DANIEL FROST, PREMIER: Well, thanks so much, Tessa. We have announced a 12 per cent rise for nurses.
"""


def test_unlabelled_opening_remarks_are_no_title():
    result = parse_article(OPENING_REMARKS_PAGE)
    assert not result.title.startswith("Good morning"), result.title
    assert [s.name for s in result.speakers] == ["Daniel Frost"]


FORUM_PRINT_PAGE = """HarbourBBS 海港最具影響力的網絡社區

標題: 林志遠稱海港新聞自由受保障 望與業界攜手 [打印本頁]

作者: 港口客    時間: 2024-3-9 21:15
標題: 林志遠稱海港新聞自由受保障 望與業界攜手
海港行政長官林志遠表示,海港新聞自由受充分保證,政府將依法施政。\
新聞界是政府與公眾的溝通橋樑,發揮著監督政府施政、反映公眾訴求等作用。\
                                        林志遠表示,政府將加強各部門與傳媒間的協調溝通。




歡迎光臨 HarbourBBS 海港最具影響力的網絡社區 (https://harbourbbs.example/) Powered by Discuz! X3.4
"""


def test_forum_print_page_title_and_footer():
    result = parse_article(FORUM_PRINT_PAGE)
    assert result.title == "林志遠稱海港新聞自由受保障 望與業界攜手", result.title
    assert result.published == "2024-03-09"
    names = [s.name for s in result.speakers]
    assert names == ["林志遠"], names
    assert not any("Discuz" in p for p in result.body)


BANNER_PAGE = """Tidings has an Ethical Paywall
Work smarter with a Team licence Learn More
Top Tidings

Reviews | Columnists | Tidings News | Search

PM's Weekly Press Conference 3/6/24

PM's Weekly Press Conference 3/6/24: Ferries, Housing, Budget Timing

Transcript follows below.

Prime Minister Hana Roe began her weekly press conference by announcing the ferry contract.
"""


def test_offer_banner_and_section_are_no_title():
    result = parse_article(BANNER_PAGE)
    assert result.title == "PM's Weekly Press Conference 3/6/24", result.title


MR_SURNAME_PAGE = """Highlights from our interview with Minister Colin Pereira on the port strike

The Times' Ms Dana Lim with Transport Minister Colin Pereira on May 2, 2024. PHOTO: LEE TAN

PORTVILLE - In a special edition of The Long Read on Thursday (May 2), The Portville Times \
had an interview with Transport Minister Colin Pereira, who chairs the task force on the port \
strike that has kept ships waiting in the bay since the middle of April.

Here are some highlights of the 40-minute interview:

On the strike

Q: How long can the port hold out?

Mr Pereira: We have stock for about three weeks, and we are talking to both sides every day.

Q: Will the Government step in?

Mr Pereira: Not yet. I hope the talks settle it this week.
"""


def test_mixed_case_honorific_label_is_the_person_named_on_the_page():
    result = parse_article(MR_SURNAME_PAGE)
    assert [s.name for s in result.speakers] == ["Colin Pereira"]
    asked = [s for s in result.segments if s.question]
    assert len(asked) == 2, result.segments
    assert all(s.answerers == ["Colin Pereira"] for s in asked)
    assert "Mr Pereira" not in asked[0].question
    # The paper's introduction is its own, not the minister's words.
    assert all(s.question for s in result.segments), result.segments
    assert any("special edition" in p for p in result.body)


SUBTITLE_PAGE = """Subtitles for clip: Harbour Board Briefing.webm

Mr. Okoro:
Good afternoon. The board met for two hours this morning.

The Press:
Did the mayor take part --

Mr. Okoro:
She joined by telephone.
"""


def test_the_press_label_asks():
    result = parse_article(SUBTITLE_PAGE)
    assert [s.name for s in result.speakers] == ["Okoro"]
    asked = [s for s in result.segments if s.question]
    assert len(asked) == 1 and "mayor" in asked[0].question
    assert asked[0].answerers == ["Okoro"]


MEDIA_SESSION_LEAD_PAGE = """Transcript of remarks by CE at media session in Capital City \
(with photos/videos)
Following is the transcript of the media session in Capital City this afternoon (May 6) by the \
Chief Executive, Mrs Irene Fok, together with the Secretary for Transport and Logistics, Mr Leo \
Wan; the Secretary for Health, Professor Amy Lau; and the Director of the Chief Executive's \
Office, Mr Ken Sze:
Reporter: What do you expect from the trade talks?
Chief Executive: We expect a fair outcome for our exporters.
"""


def test_media_session_lead_lists_its_officials():
    result = parse_article(MEDIA_SESSION_LEAD_PAGE)
    names = [s.name for s in result.speakers]
    assert names[0] == "Irene Fok", names
    assert "Ken Sze" in names, names
    assert not any("Office" in n for n in names), names
    asked = [s for s in result.segments if s.question]
    assert asked and asked[0].answerers == ["Irene Fok"]


INTERVIEW_HEADLINE_PAGE = """Transcript of Harbour Herald's Interview with Mr R Velan, \
Minister for Ports and Minister for Trade, on 4 March 2024

Published: 6 March 2024

Question: First, the port fees. Why raise them now?

Minister: Tom, the fees have not moved for ten years. We raise them by a little, in steps.

Question: The shipping lines?

Minister: They were consulted, and most of them agree.
"""


def test_interview_headline_names_who_answers():
    result = parse_article(INTERVIEW_HEADLINE_PAGE)
    assert [s.name for s in result.speakers] == ["R Velan"]
    asked = [s for s in result.segments if s.question]
    assert len(asked) == 2
    assert all(s.answerers == ["R Velan"] for s in asked)


REPRINT_LINE_PAGE = """2026-05-06 08:10:02 来源:海风资讯网 责任编辑:吴清

海风资讯网2026-05-06号报道

  中新社北京5月5日电 (记者 田远)5日下午,港务委员会新闻发布会在北京举行。\
新闻发言人贺中行介绍有关情况并回答记者提问。

  贺中行说,今年港口吞吐量预计增长5%。
"""


def test_reprint_sites_dated_line_is_no_title():
    result = parse_article(REPRINT_LINE_PAGE)
    assert result.title == "", result.title
    assert [s.name for s in result.speakers] == ["贺中行"]
