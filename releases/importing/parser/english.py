"""English briefing transcripts: who is named in the header, how turns are labelled, and
figures (percentages, money, counts in millions) with their labels."""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal

from .result import Figure, figure_value, multipliers
from .text import LOOKBACK, title_cased

# His Excellency Chandrikapersad Santokhi: a style before a name, neither name nor post.
STYLE_RE = re.compile(r"\b(?:His|Her) (?:Excellency|Majesty|Highness)\s+")
# Ts.Elbegdorj, L.Purevsuren: a Mongolian name, the patronymic's initial joined to it.
INITIAL_NAME = r"[A-Z][a-z]?\.[A-Z][a-z][a-zA-Z'’\-]+"
TITLE_WORDS = (
    "Spokesperson|Spokesman|Spokeswoman|Secretary|Advisor|Adviser|Ambassador|Director|Minister|"
    "Coordinator|Administrator|Official|Deputy|Assistant|Chief|Commissioner|President|Governor|"
    "Mayor|Chair|Chairman|Chairwoman|Counselor|Envoy|Representative|Officer|General|Admiral|"
    "Colonel|Captain|Attorney|Lead|Head|Manager|Commander|Chancellor|Premier|Senator|Speaker|"
    "Leader|Treasurer|Superintendent|Counsel"
)
# Letters with accents too: Stéphane Dujarric; curly apostrophes and the okina: Peter O’Neill.
_NAME = r"[A-ZÀ-Ý][a-zA-Zà-ÿÀ-Ý'’ʻ\-]+(?:\s+[A-Z]\.)?(?:\s+[A-ZÀ-Ýʻ][a-zA-Zà-ÿÀ-Ý'’ʻ\-]+)?"
_HELD_VERB_RE = re.compile(r"\b(?:held|holds|hosted|hosts|gave|gives|addressed|spoke|said)\b")
_NAME_COMMA_RE = re.compile(rf"^(?P<name>{_NAME}),\s+(?P<position>[A-Z].{{2,120}})$")
HON_MP_POST_RE = re.compile(
    r"^(?:The\s+)?Hon\.?\s+(?:Dr\.?\s+)?(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z'\-]+){1,2})\s+MP\s+"
    rf"(?P<position>(?:[A-Z][a-z]+\s+)*?(?:{TITLE_WORDS})(?:\s+(?:for|of|and|the|[A-Z][a-z]+))*)"
    r"(?=\s+(?:TRANSCRIPT|[A-Z]{4,}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})|$)"
)
_HONORIFIC_NAME_LOWER_POST_RE = re.compile(
    rf"^(?:Mr|Ms|Mrs|Dr|Madam)\.?\s+(?P<name>{_NAME}(?:\s+[A-Z][a-z]+)?),\s+"
    r"(?P<position>(?:an? |the )?[a-z][^.;:!?]{2,220})$"
)
_POSSESSIVE_RE = re.compile(
    rf"^(?P<position>(?:[A-Z][a-zA-Z'\-]*\s+){{0,8}}?(?:{TITLE_WORDS})(?:-General)?)\s+"
    # Secretary-General Ana Lind's; Ana Reyes' press conference: the apostrophe alone.
    # Prime Minister Lee Hsien Loong's: a name of three words.
    # Chief Minister's Speech: Minister is the post's last word, no name
    rf"(?!(?:{TITLE_WORDS})['’\s])(?P<name>{_NAME}(?:\s+[A-Z][a-z]+)?)"
    r"(?:['’]s\b|(?<=s)['’]\s+(?=(?:press|news|opening|remarks|statement)\b))"
)
# Press Availability With …: a headline's capital With too.
_BY_RE = re.compile(r"\b(?:by|with|With)\s+(?P<list>.+)$")
# The Chief Secretary for Administration, Mr Matthew Cheung; the Secretary for Security,
# Mr John Lee; …, met the media this morning: a Hong Kong lead that lists the officials first.
_MET_RE = re.compile(
    r"^The\s+(?P<list>[A-Z].{10,600}?),?\s+(?:met|meet|briefed|spoke to)\s+the\s+(?:media|press)\b"
)
# Prime Minister of Papua New Guinea: the words that carry on a country's or state's name
# (New Guinea, South Wales) start no person's name.
_PLACE_WORDS = (
    "New|North|South|East|West|Guinea|Zealand|Islands?|Lanka|Africa|Kingdom|States|"
    "Territory|Territories|Wales|Korea|Arabia|Rica|Leone|Faso|Verde|Caledonia|Scotia|Brunswick"
)
_PERSON_RE = re.compile(
    # U.K. Foreign Secretary Boris Johnson: a country's initials, with their points.
    rf"^(?P<position>(?:[A-Z][a-zA-Z'\-]*\s+|(?:[A-Z]\.){{2,3}}\s+|of\s+|for\s+|the\s+|and\s+){{0,10}}?"
    rf"(?:{TITLE_WORDS})(?:\s+(?:of|for)(?:\s+[A-Z][a-zA-Z'\-]*){{1,6}}?)?)\s+"
    rf"(?P<name>(?!(?:{TITLE_WORDS}|{_PLACE_WORDS})\b){_NAME})$"
)


# Pentagon Press Secretary Air Force Maj. Gen. Dana Whitfield Holds a Press Briefing
_HOLDS_RE = re.compile(
    rf"^(?P<position>(?:[A-Z][a-zA-Z'\-]*\s+){{0,8}}?(?:{TITLE_WORDS})(?:-General)?"
    r"(?:\s+(?:[A-Z][a-zA-Z'\-]*\.?|of|for|the)){0,6}?)\s+"
    r"(?P<name>[A-Z][a-z][a-zA-Z'\-]*\s+[A-Z][a-zA-Z'\-]+)\s+"
    r"(?:Holds|Hold|Briefs|Delivers|Gives|Hosts|Conducts|Leads|Answers|Gaggles?)\b"
)
# UN Secretary-General Antonio Guterres Press Conference: the event itself after the name.
_NAMED_EVENT_RE = re.compile(
    rf"^(?P<position>(?:[A-Z][a-zA-Z'\-]*\s+){{0,4}}?(?:{TITLE_WORDS})(?:-General)?"
    r"(?:\s+(?:of|for|the|[A-Z][a-z]+)){0,4}?)\s+"
    r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z][a-zA-Z'\-]+(?:\s+(?:Jr\.|Sr\.|II|III|IV))?)"
    # …Jay Inslee Coronavirus Press Briefing: the topic between the name and the event
    r"(?:\s+[A-Z][A-Za-z0-9\-]+)??"
    r"\s+(?:Press|News|Media) (?:Conference|Briefing|Availability)"
    # …Press Conference Transcript August 19: a transcription service's headline
    r"(?:\s+Transcript(?:\s+(?:[A-Z][a-z]+\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}/\d{1,2}(?:/\d{2,4})?))?)?$"
)
# Vice President Pence and Members of the Coronavirus Task Force Hold a Press Briefing:
# an office and a surname, then others the headline does not name.
_POST_SURNAME_HOLDS_RE = re.compile(
    rf"^(?P<position>(?:(?:Vice|Deputy|Prime|Foreign|Defense|Defence)\s+)?(?:{TITLE_WORDS}))\s+"
    rf"(?P<name>(?!(?:{TITLE_WORDS})\b)[A-Z][a-z][a-zA-Z'\-]+)\s+"
    r"(?:and\s+(?:the\s+)?(?:Members|Officials|Other)\b[^,;:]{0,80}?\s+)?"
    # Prime Minister Trudeau holds a year-end news conference: sentence case too
    r"(?:[Hh]olds?|[Bb]riefs?|[Dd]elivers?|[Gg]ives?)\b"
    # Premier Ford provides a COVID-19 update: a video's title, in sentence case.
    r"|^(?P<position2>(?:(?:Vice|Deputy|Prime)\s+)?(?:Premier|Governor|Mayor|Minister|President))"
    r"\s+(?P<name2>[A-Z][a-z][a-zA-Z'\-]+)\s+(?:provides|gives|delivers)\s+(?:an?\s+)?"
    r"(?:[\w\-]+\s+){0,3}update\b"
)
_NAME_HOLDS_RE = re.compile(
    r"^(?:Press Conference:\s*|(?:Watch|Watch again|Watch live|Live|Video):\s*)?"
    r"(?P<name>[A-Z][a-z][a-zA-Z'\-]*(?:\s+[A-Z][a-zA-Z'\-]+){1,2})\s+"
    r"(?:Holds an? (?:Press Briefing|Press Conference|News Conference)\b"
    # Watch again: Nadia Kerr holds daily flood update: a video page's headline.
    r"|holds (?:an? |the )?(?:daily|weekly|latest|first) (?:[\w\-]+ ){0,2}"
    r"(?:update|briefing|press conference|news conference)\b)"
)
# Prime Minister / The Hon Thomas Reilly MP: the office on one header line, the holder on the next.
_POST_LINE_RE = re.compile(
    # New South Wales Member for Leppington: a member's seat is his post too.
    rf"^(?:The\s+)?(?:[A-Z][a-zA-Z'\-]*\s+){{0,4}}?(?:{TITLE_WORDS}|Principal|Member(?=\s+for\s))"
    r"(?:-General)?"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?"
    r"[A-Z][a-zA-Z'\-]*(?:\s+[A-Z][a-zA-Z'\-]*){0,4})?$"
)
_NAME_LINE_RE = re.compile(
    r"^(?:The\s+)?(?:Rt\.?\s+)?(?:Hon\.?\s+|Honourable\s+|Honorable\s+)?"
    r"(?:Dr\.?\s+|Senator\s+|Sir\s+|Dame\s+)?"
    # Premier Peter Gutwein under Premier of Tasmania: the office again before the name
    r"(?:(?:Premier|Governor|Mayor|President|Treasurer|Minister|Chief Minister|Prime Minister)\s+"
    r"(?=\S+\s+\S))?"
    r"(?P<name>[A-Z][a-z][a-zA-Z'\-]*(?:\s+[A-Z][a-zA-Z'\-]+){1,2}?)"
    r"(?:\s+(?:MP|AC|AO|QC|KC|MLA|MLC|PC|CBE|OBE))*$"
)


# …Commissioner of Rating and Valuation: "and" inside the office's name.
_OF_POST = (
    # Secretary for Financial Services and the Treasury: "and the" inside an office's name
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][a-zA-Z'\-]*(?:\s+(?:and\s+(?:the\s+)?)?[A-Z][a-zA-Z'\-]*){0,5})?"
)


def post_and_name(post: str, line: str) -> tuple[str, str] | None:
    """(name, post) when a header line holds only an office and the next only a name."""
    post, line = post.strip(), line.strip()
    if len(post) > 80 or len(line) > 80 or not _POST_LINE_RE.match(post):
        return None
    m = _NAME_LINE_RE.match(line)
    return (m["name"], re.sub(r"^The\s+", "", post)) if m else None


# The Hon Anthony Albanese MP: a name printed as a member's, never a headline's words.
_MEMBER_NAME_RE = re.compile(
    r"^(?:The\s+)?(?:Rt\.?\s+)?(?:Hon\.?|Honourable|Honorable|Senator|Sir|Dame)\s+\S"
    r"|\s(?:MP|MLA|MLC|QC|KC)$"
)


# Minister, National Security and Intelligence: a title, then the portfolio after a comma.
_TITLE_FIRST_RE = re.compile(rf"^(?:(?:Associate|Deputy|Prime)\s+)?(?:{TITLE_WORDS})\b")
_PORTFOLIO_LINE_RE = re.compile(
    rf"^(?:(?:Associate|Deputy|Prime)\s+)?(?:{TITLE_WORDS}),\s+[A-Z][A-Za-z'\-]*"
    # Minister, Arts, Culture and Heritage: the portfolio's words may be listed with commas.
    r"(?:,?\s+(?:and\s+|of\s+|for\s+|the\s+)?[A-Z][A-Za-z'\-]*){0,5}$"
)


def _post_line(line: str) -> bool:
    return bool(_POST_LINE_RE.match(line) or _PORTFOLIO_LINE_RE.match(line))


def listed_people(lines: list[str]) -> list[tuple[str, str]]:
    """A participants' list printed name first: The Hon Anthony Albanese MP / Prime
    Minister of Australia / The Hon Richard Marles MP / Deputy Prime Minister / Minister
    for Defence: each member's name over their post lines (joined with a comma). A list
    that starts with a post over a name (Prime Minister / The Hon …) is no such list."""
    people: list[tuple[str, str]] = []
    i, after_pair = 0, False
    while i < len(lines):
        line = lines[i].strip()
        member = _MEMBER_NAME_RE.search(line)
        name = _NAME_LINE_RE.match(line) if not _TITLE_FIRST_RE.match(line) else None
        starts = name and (after_pair or i == 0 or not _post_line(lines[i - 1].strip()))
        j = i + 1
        while starts and j < len(lines) and _post_line(lines[j].strip()):
            j += 1
        # Chris Hipkins / Minister, Ministerial Services / Prime Minister: a name with no
        # Hon or MP over its posts, where one of them names a portfolio after a comma.
        portfolio = any(_PORTFOLIO_LINE_RE.match(p.strip()) for p in lines[i + 1 : j])
        # Aimee Argiro / Acting Principal after members of parliament: the same list.
        if starts and j > i + 1 and (member or portfolio or after_pair):
            posts = [re.sub(r"^The\s+", "", p.strip()) for p in lines[i + 1 : j]]
            people.append((name["name"], ", ".join(posts)))
            i, after_pair = j, True
        else:
            i, after_pair = i + 1, False
    return people


# On Tuesday, State Department Spokesperson Matthew Miller held…: the day is no one's name.
_WHEN_FIRST_RE = re.compile(
    r"^(?:On\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[A-Z][a-z]+\s+\d{1,2}(?:,\s+\d{4})?)"
    r"|Today|Yesterday|Earlier today|Earlier this week|This (?:morning|afternoon|evening)),\s+"
)


# Governor Kate Brown over "Sine Die 2019 Press Conference": a page's byline line, the post
# and the name alone, over the event's name.
_EVENT_NAME_RE = re.compile(
    r"\b(?:Press Conference|News Conference|Media Conference|Press Briefing|Briefing|Remarks|"
    r"Statement|Address|Update)\b"
)


def byline_over_event(line: str, following: str) -> tuple[str, str] | None:
    """(name, post) of a line that holds only a post and a name, over a line naming the event."""
    m = _PERSON_RE.fullmatch(line.strip())
    if not m or len(line.split()) > 6 or not _EVENT_NAME_RE.search(following):
        return None
    if _EVENT_NAME_RE.search(line) or len(following) > 120:
        return None
    return m["name"], m["position"]


def byline_under_event(line: str, following: str) -> tuple[str, str] | None:
    """(name, post) of a line that holds only a post and a name, under a headline naming
    the event: Inaugural briefing on Cabinet meeting / Information Minister Monica
    Mutsvangwa."""
    m = _PERSON_RE.fullmatch(following.strip())
    if not m or len(following.split()) > 6 or len(line) > 120:
        return None
    if not re.search(_EVENT_NAME_RE.pattern, line, re.I) or _EVENT_NAME_RE.search(following):
        return None
    return m["name"], m["position"]


def _headline_name(name: str) -> bool:
    """Whether a headline's capitalised words read as a name: no office's word, no verb,
    no title."""
    return not any(
        w in _OFFICE_WORDS
        or w in _HEADLINE_VERBS
        or w in _OFFICE_INITIALS  # Deputy PM's Post-Cabinet Press Conference: no name
        or re.fullmatch(TITLE_WORDS, w)
        or (w.endswith("s") and re.fullmatch(TITLE_WORDS, w[:-1]))  # Deputy Mayors
        for w in name.split()
    )


_OFFICE_INITIALS = frozenset("PM DPM CM VP FM MP MEC CEO DG SG PS".split())


_HEADLINE_VERBS = frozenset(
    (
        "Addresses Briefs Gives Hosts Holds Meets Speaks Updates "
        # Governor Newsom Press Conference, PM Modi Speech: the event, no part of a name
        "Press Conference Speech Remarks Briefing Update Statement Address"
    ).split()
)


def header_people(line: str) -> list[tuple[str, str | None]]:
    """(name, position) pairs from a header line of a briefing; no office's word read as a
    name (…a weekly press conference with Deputy Mayors.)."""
    return [(name, post) for name, post in _header_people(line) if _headline_name(name)]


def _header_people(line: str) -> list[tuple[str, str | None]]:
    """(name, position) pairs from a header line of a briefing.

    "Ned Price, Department Spokesperson" and "Press Briefing by Press Secretary Karine
    Jean-Pierre and National Security Council Coordinator John Kirby" both name people.
    """
    line = _WHEN_FIRST_RE.sub("", _header_line(line))
    line = re.sub(r"^Transcript\s*[-–—:]\s+", "", line)  # Transcript - Prime Minister … holds
    owner = (
        _POSSESSIVE_RE.search(line)
        or _HOLDS_RE.match(line)
        or _POST_SURNAME_HOLDS_RE.match(line)
        or _NAMED_EVENT_RE.match(line)
    )
    if owner and not _headline_name(owner.groupdict().get("name") or ""):
        owner = None  # Minister of Information Addresses Press Briefing: no name in it
    if owner:  # Foreign Ministry Spokesperson Lin Wei's Regular…; …Dana Whitfield Holds a…
        groups = owner.groupdict()
        if groups.get("name2"):  # Premier Ford provides a COVID-19 update
            return [(owner["name2"], owner["position2"])]
        return [(owner["name"], owner["position"].strip())]
    at_event = _AT_AVAILABILITY_RE.match(line)
    if at_event:
        # Secretary of State Michael R. Pompeo, … President David W. Panuelo, and … at a
        # Press Availability: each post and name the State Department's headline lists
        items = re.split(
            r",\s+(?:and\s+)?|\s+and\s+(?=(?:[A-Z][\w.]*\s+){0,6}(?:[A-Z]\.\s+)?[A-Z][a-z]+\s*$)",
            at_event["list"],
        )
        people = [_POST_THEN_FULL_NAME_RE.fullmatch(item.strip()) for item in items]
        if people and all(people):
            return [(m["name"], m["post"]) for m in people if m]
    interview = _INTERVIEW_WITH_RE.search(line)
    if interview and re.search(rf"\b(?:{TITLE_WORDS})\b", interview["position"]):
        # …'s Interview with Mr K Shanmugam, Minister for Home Affairs, on 15 May: who answers.
        return [(interview["name"], interview["position"])]
    transcript = _PEOPLE_TRANSCRIPT_RE.match(line)
    if transcript:
        # Georgia Governor Brian Kemp and US Surgeon General Jerome Adams COVID-19 Briefing
        # Transcript August 10: a transcript's headline listing who speaks, each by post
        listed = _people_listed(transcript["list"])
        if (
            listed
            and all(post and re.search(TITLE_WORDS, post) for _, post in listed)
            # White House Official Swine Flu Press Briefing: an official unnamed, a topic
            and not any(re.search(r"\bOfficials?$", post or "") for _, post in listed)
        ):
            return listed
    holder = _NAME_HOLDS_RE.match(line)
    if holder:  # Press Conference: Karine Jean-Pierre Holds a Press Briefing at…, no post
        return [(holder["name"], None)]
    m = HON_MP_POST_RE.match(line)
    if m:
        # The Hon. Greg Hunt MP Minister for Health and Aged Care TRANSCRIPT 13 May 2021
        return [(m["name"], m["position"].strip())]
    m = _HONORIFIC_NAME_LOWER_POST_RE.match(line)
    if m and re.search(rf"\b(?:{TITLE_WORDS})\b", m["position"], re.I):
        # Ms. Liang Huiling, deputy secretary of the … Committee and governor of …: a
        # transcript's list of who speaks, the post in lower case
        return [(m["name"], m["position"])]
    m = _NAME_COMMA_RE.match(line)
    # Minister, Ministerial Services: a post line under its holder's name, no name.
    # Doorstop Interview, Ministerial Reshuffle: an event and its subject, no person.
    if (
        m
        and re.search(TITLE_WORDS, m["position"])
        and not _TITLE_FIRST_RE.match(line)
        and not _EVENT_WORD_RE.search(m["name"])
        and m["name"].upper() not in EN_NOT_SPEAKERS  # Video, Audio & Rush Transcript: …
        # Ontario, Canada Premier Doug Ford held a press conference…: a place, then a story's
        # sentence, not a name and a post.
        and not _HELD_VERB_RE.search(m["position"])
    ):
        return _comma_person(m)
    presenter = _PRESENTER_RE.match(line)
    if presenter:  # Presenter: Pentagon Press Secretary Geoff Morrell
        person = _PERSON_RE.match(presenter["rest"])
        return [(person["name"], person["position"])] if person else []
    caps = _CAPS_BRIEFING_BY_RE.fullmatch(line)
    if caps:  # PRESS CONFERENCE BY MOFA SPOKESPERSON LE THI THU HANG – April 20, 2017
        post = " ".join(w if len(w) <= 4 else w.title() for w in caps["post"].split())
        return [(caps["name"].title(), post)]
    signed = _POST_NAME_PLACE_RE.fullmatch(line)
    if signed and _headline_name(
        signed["name"]
    ):  # PM Dr. Terrence Drew, St. Kitts & Nevis: the line over his statement
        return [(signed["name"], signed["position"])]
    placed = _POST_NAME_CITY_RE.fullmatch(line)
    if placed and _headline_name(placed["name"]):
        # World Bank Group President Jim Yong Kim Washington, DC: a speech page's byline
        return [(placed["name"], placed["position"])]
    excellency = _EXCELLENCY_STATEMENT_RE.match(line)
    if excellency:  # Statement of His Excellency Dr. Name President of …, Press Conference
        return [(excellency["name"], excellency["position"].strip())]
    remarks = _REMARKS_BY_RE.match(line)
    if remarks and not re.search(rf"\b(?:{TITLE_WORDS})\b", remarks["name"]):
        return [(remarks["name"], remarks["position"])]  # Opening Remarks by Minister …
    briefing = _BRIEFING_OF_RE.match(line)
    if briefing and (titled := _titled_list(briefing["list"])):
        return titled  # Press Briefing of … Secretary Wheng Hidalgo Otida with … Secretary …
    named = _NAME_THEN_TITLE_RE.fullmatch(briefing["list"]) if briefing else None
    if named and _headline_name(
        named["name"]
    ):  # Press Briefing by Manoah Esipisu Secretary of Communication…: no comma
        return [(named["name"], named["position"])]
    m = _BY_RE.search(line) or _MET_RE.match(line)
    if not m:
        return []
    return _people_listed(m["list"])


_CAPS_BRIEFING_BY_RE = re.compile(
    r"(?:REGULAR\s+)?PRESS (?:CONFERENCE|BRIEFING) BY\s+"
    r"(?P<post>(?:[A-Z]{2,}\s+){0,3}(?:SPOKESPERSON|SPOKESMAN|SPOKESWOMAN|MINISTER|SECRETARY))\s+"
    r"(?P<name>[A-Z]{2,}(?:\s+[A-Z]{2,}){1,3})(?:\s+[–—-]\s+.{4,30})?"
)
_POST_NAME_PLACE_RE = re.compile(
    r"(?P<position>PM|Prime Minister|Premier|President|Governor|Chief Minister)\s+"
    r"(?:(?:Dr|Hon|Mr|Mrs|Ms)\.?\s+)?(?P<name>[A-Z][a-z][\w'\-]*(?:\s+[A-Z][a-z][\w'\-]*){1,2}),\s+"
    r"(?:St\.\s+)?[A-Z][a-z]+(?:\s+(?:&|and)\s+[A-Z][a-z]+|\s+[A-Z][a-z]+)?"
)
_POST_NAME_CITY_RE = re.compile(
    r"(?P<position>(?:[A-Z][\w.&\-]*\s+){0,4}(?:President|Secretary-General|Director-General|"
    r"Managing Director|Prime Minister|Governor|Chair|Chairman|Chairperson))\s+"
    r"(?P<name>[A-Z][a-z][\w'\-]*(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z][\w'\-]*){1,2})\s+"
    r"(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?, (?:D\.C\.|[A-Z]{2}|[A-Z][a-z]+)"
    r"|New York|Geneva|Vienna|Nairobi)"
)
_EXCELLENCY_STATEMENT_RE = re.compile(
    r"^(?:Opening\s+)?(?:Statement|Remarks|Address)\s+(?:of|by)\s+(?:His|Her)\s+Excellency\s+"
    rf"(?:(?:Dr|Mr|Mrs|Ms|{TITLE_WORDS})\.?\s+)?"
    r"(?P<name>[A-Z][a-z][\w'\-]*(?:\s+[A-Z][a-z][\w'\-]*){1,3}?),?\s+"
    rf"(?P<position>(?:{TITLE_WORDS})\b[^,]{{0,100}}?)(?:,\s+[^,]{{2,60}})?$"
)
_AT_AVAILABILITY_RE = re.compile(
    r"^(?P<list>[A-Z].{10,400}?)\s+at\s+(?:a|the)\s+(?:Joint\s+)?"
    r"(?:Press Availability|Press Conference|News Conference|Press Briefing|Media Availability)"
    r"(?:\s+[A-Z][a-z]+ \d{1,2}, \d{4})?$"
)
_POST_THEN_FULL_NAME_RE = re.compile(
    rf"(?P<post>(?:[A-Z][\w.]*\s+|(?:of|for|and|the)\s+)*?(?:{TITLE_WORDS})"
    r"(?:\s+(?:of|for|and|the)\s+(?:[A-Z][\w.]*\s+)*?[A-Z][\w.]*)?)\s+"
    r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z][\w'\-]+(?:\s+Jr\.)?)"
)
_BRIEFING_OF_RE = re.compile(
    r"^(?:(?:Joint|Daily|Special)\s+)?(?:Press|News|Media)\s+(?:Briefing|Conference)\s+"
    r"(?:of|by|with)\s+(?:the\s+)?(?P<list>[A-Z].+)$"
)


_NAME_THEN_TITLE_RE = re.compile(
    r"(?P<name>(?!(?:And|Of|The|In|At)\b)[A-Z][a-z]+"
    r"(?: (?!(?:And|Of|The|In|At)\b)[A-Z][a-z]+){1,2}) "
    rf"(?P<position>(?:{TITLE_WORDS})\s+(?:of|for)\s[\w '&\-]{{3,100}})"
)


def _titled_list(listed: str) -> list[tuple[str, str]]:
    """Post Name with Post Name: each person by a post before the name, with nothing else
    between them than with, and or a comma (an office's own "and" kept in the post)."""
    found = [m for m in _TITLED_RE.finditer(listed) if _headline_name(m["name"])]
    ends = [0, *(x for m in found for x in m.span()), len(listed)]
    gaps = [listed[ends[i] : ends[i + 1]] for i in range(0, len(ends), 2)]
    if not found or not all(re.fullmatch(r"\s*(?:,|,?\s*and|with|the|\s)*\s*", g) for g in gaps):
        return []
    return [(m["name"], m["position"]) for m in found]


_PEOPLE_TRANSCRIPT_RE = re.compile(
    r"^(?P<list>[A-Z].+?)\s+(?:(?:COVID-19|COVID|Coronavirus|Daily|Weekly)\s+)*"
    r"(?:Press Conference|News Conference|Press Briefing|Briefing)\s+Transcript\b"
)
_INTERVIEW_WITH_RE = re.compile(
    r"\bInterview\s+with\s+(?:Mr|Ms|Mrs|Miss|Dr|Madam|Mdm)\.?\s+"
    r"(?P<name>[A-Z][\w'\-]*(?:\s+[A-Z][\w'\-]*){1,3}),\s+"
    r"(?P<position>[A-Z][^,]{2,100}?)(?:,\s+(?:on|at|in)\s[^,]{2,40})?$"
)
_PRESENTER_RE = re.compile(r"^(?:Presenters?|Briefers?|Briefing by):\s+(?P<rest>\S.*)$")
# Opening Remarks by Minister Gan Kim Yong at the Press Conference by the Multi-Ministry
# Taskforce: the post and a name of up to four words, then where they were said.
# Press Conference by Secretary-General Ana Lind at Headquarters: a press conference named
# after the one who gives it. Remarks by President Vale following the Council: the post
# and the surname alone (his full name may be printed under the headline).
# …Governor Hale Regarding Storms: a title-case headline's words after a name are no part of it.
_HEADLINE_WORDS = (
    r"(?:Regarding|On|At|In|For|To|With|And|About|After|Following|During|Ahead|Before|From|Of|"
    r"The|Announcing|Announces|Discusses|Holds|Update|Updates)"
)
_REMARKS_BY_RE = re.compile(
    r"^(?:(?:Opening|Closing|Introductory|Welcome|Keynote)\s+)?"
    r"(?:Remarks|Statement|Speech|Address|(?<!Joint )(?:Press|News)\s+Conference"
    # Opening remarks by …: the sentence a page prints under its headline.
    r"|(?<=Opening )remarks)"
    # Statement given by the First Minister …: the verb between the kind and "by".
    r"(?:\s+(?:given|delivered|made))?"
    # Remarks for Gov. Lou Leon Guerrero (As Prepared): the one who speaks them
    r"\s+(?:by|for)\s+(?:the\s+)?"
    rf"(?P<position>(?:[A-Z][\w'\-]*\s+){{0,5}}?(?:{TITLE_WORDS}|Gov\.)(?:-General)?"
    # Prime Minister and Minister for Finance: two posts, the second with its portfolio.
    rf"(?:\s+and\s+(?:{TITLE_WORDS})\s+for\s+[A-Z][a-z]+)?)\s+"
    r"(?P<name>[A-ZÀ-Ý][a-zà-ÿ'\-]+(?:\s+(?!" + _HEADLINE_WORDS + r"\b)[A-ZÀ-Ý][a-zà-ÿ'\-]+){0,3})"
    r"(?:\s+(?:at|on|to|during|in|before|for|following|after)\s"
    r"|\s+\(As (?:Prepared|Delivered)\)$|$)"
)


def _header_line(line: str) -> str:
    """A header line without what says when, where or in what form."""
    line = line.strip().rstrip(".:").rstrip()  # …Mr Chan Kwok-ki: a lead ends in a colon
    # A transcription service's headline ends in the date and "Transcript"
    # (…Karine Jean-Pierre 4/10/23 Transcript).
    line = re.sub(r"(?:\s+\d{1,2}/\d{1,2}/\d{2,4})?\s+Transcript$", "", line)
    # …, Chief Spokesperson of the EC during the midday press briefing | Ana Ruiz/EC: a
    # photo caption's credit after a bar and the moment it shows are no part of the post.
    line = re.sub(r"\s+\|\s+[^|]*?/[^|]*$", "", line)
    line = re.sub(r"\s+during\s+(?:the|a|his|her|their)\s+[\w -]{2,60}$", "", line)
    # DoD News Briefing with Press Secretary Morrell from the Pentagon: where, not who.
    line = re.sub(r"\s+(?:from|at|in|aboard)\s+the\s+[A-Z][\w ]{2,40}$", "", line)
    # …Jake Sullivan En Route Tokyo, Japan / …Aboard Air Force One: where the gaggle was held.
    line = re.sub(r"\s+(?:En Route|en route|Aboard|aboard)\s+[A-Z][\w ,.]{2,60}$", "", line)
    # Remarks by … following the European Council: the occasion, not who.
    line = re.sub(r"\s+(?:following|after)\s+the\s+[A-Z][\w ]{2,40}$", "", line)
    # Transcript of Minister Lawrence Wong's Opening Remarks at…: the post starts after "of".
    line = re.sub(r"^(?:Transcript|Text|Full\s+Text)\s+of\s+(?:the\s+)?(?=[A-Z])", "", line)
    # Following is a transcript of UN Secretary-General Ana Lind’s press conference, …:
    line = re.sub(
        r"^(?:The\s+)?Following\s+is\s+(?:a|the)\s+transcript\s+of\s+(?:the\s+)?(?=[A-Z])", "", line
    )
    return line


def _comma_person(m: re.Match) -> list[tuple[str, str | None]]:
    """Name, Post: the one person a header line of that form names, or nobody."""
    name = m["name"]
    words = name.split()
    if words[0].rstrip(".").upper() in HONORIFICS:
        # Mr S. Iswaran, Minister for…: the honorific is no part of the name; a lone
        # surname left (Mr Tan) names nobody surely.
        if len(words) < 3:
            return []
        name = " ".join(words[1:])
    return [(name, m["position"].strip())]


def _people_listed(listed: str) -> list[tuple[str, str | None]]:
    """(name, post) of the people a header lists after by or met."""
    member = HON_MEMBER_RE.match(listed)
    if member:  # Transcript by The Hon Christian Porter MP: a member, his post not given
        return [(member["name"], None)]
    posted = _member_and_post(listed)
    if posted is not None:
        return posted
    three = _three_or_more_listed(listed)
    if three:
        return three
    # by Michèle Montas, Spokesperson for the Secretary-General, and Janos Tisovszky, …
    chunks = _NEXT_NAMED_RE.split(listed)
    named = [_NAME_COMMA_RE.match(chunk) for chunk in chunks]
    if all(n and re.search(TITLE_WORDS, n["position"]) for n in named):
        return [(n["name"], n["position"].strip()) for n in named]
    longer = _long_name_comma(listed)
    if longer:
        return [longer]
    people = []
    # …Mr John Lee, at a media session with the Secretary for Home Affairs, Mr Caspar Tsui;
    # the Permanent Secretary…, Mr Joe Wong; and the Director…, Mr Eddie Mak, after…
    # With semicolons between the people, an "and" is inside an office's name (Secretary
    # for Commerce and Economic Development).
    between = (
        r",\s+(?:and\s+)?|;\s+(?:and\s+)?"
        if ";" in listed
        # …Josh Earnest and the President's Senior Advisor Brian Deese: "and the" too.
        else r",\s+(?:and\s+)?|;\s+(?:and\s+)?|\s+[Aa]nd\s+(?=(?:the\s+)?[A-Z][\w'’\-]*\s+[A-Z])"
    )
    parts = [p.strip() for p in re.split(between + r"|\s+with\s+(?=the\s+[A-Z])", listed)]
    for part, following in zip(parts, parts[1:] + [""], strict=True):
        # by the Chief Executive, Mr Donald Tsang, at…: the post, then its holder.
        post = _THE_POST_RE.match(part)
        holder = _HONORIFIC_NAME_RE.match(following)
        if post and holder:
            people.append((holder["name"], post["position"]))
            continue
        p = _PERSON_RE.match(part)
        if p and not (part.startswith("the ") and " " not in p["name"]):
            people.append((p["name"], re.sub(r"^the\s+", "", p["position"].strip())))
    if not people:
        # by the Secretary for Commerce and Economic Development, Mr Gregory So, to the
        # media…: one office (its "and" inside the name), then its holder.
        one = _ONE_POST_HOLDER_RE.match(listed)
        if one and re.search(TITLE_WORDS, one["position"]):
            people.append((one["name"], one["position"]))
    return people


_ONE_POST_HOLDER_RE = re.compile(
    r"^(?:the\s+)?(?P<position>[A-Z][\w'\-]*(?:\s+[\w'\-]+){0,10}?),\s+"
    r"(?:Mr|Ms|Mrs|Miss|Dr|Professor)\.?\s+(?P<name>[A-Z][\w'\-]*(?:\s+[A-Z][\w'\-]*){1,3}),\s"
)


# Words that name an event or a document, never a person (Doorstop Interview, Press Briefing).
_EVENT_WORD_RE = re.compile(
    r"\b(?:Interview|Doorstop|Briefing|Conference|Transcript|Remarks|Statement|Release|"
    r"Announcement|Reshuffle|Update|Speech|Address|Meeting|Session|Summit|Forum|Media|Press)\b"
)
# The Hon Christian Porter MP: a member of parliament, as an Australian transcript's
# headline names the one whose transcript it is.
HON_MEMBER_RE = re.compile(rf"^(?:The\s+)?Hon\.?\s+(?P<name>{_NAME})\s+(?:MP|MLA|MLC|MHR)$")
# by H.E. Sani Okoro, State Minister of Trade, Mr. Dawit Bekele, Deputy Director General at
# the Agency, and Lulit Haile, Press Secretary at the Office, on the week's highlights: three
# or more people, each a name (an honorific before it) and a post, commas between them.
_LISTED_HONORIFIC = r"(?:(?:H\.E\.|Hon\.?|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+)?"
_LISTED_NAME = r"[A-ZÀ-Ý][a-zà-ÿ'\-]+(?:\s+[A-ZÀ-Ý][a-zà-ÿ'\-]+){1,2}"
_LISTED_SPLIT_RE = re.compile(
    rf"(?:,\s+and\s+|,\s+|\s+and\s+)(?={_LISTED_HONORIFIC}{_LISTED_NAME},\s)"
)
_LISTED_ONE_RE = re.compile(
    rf"^{_LISTED_HONORIFIC}(?P<name>{_LISTED_NAME}),\s+(?:the\s+)?(?P<position>[A-Z][^;:]{{2,100}})$"
)


def _three_or_more_listed(listed: str) -> list[tuple[str, str]]:
    """Name, Post, Name, Post and Name, Post: each person with the post after the name.

    Nothing unless every piece is a name of two or three words (no word of a post in it)
    followed by a post that has one: a post with a comma inside it is not split.
    """
    listed = re.sub(r",\s+(?:on|about|regarding|to|at|in|for)\s+[a-z].*$", "", listed.strip())
    chunks = _LISTED_SPLIT_RE.split(listed)
    if len(chunks) < 3:
        return []
    people = []
    for chunk in chunks:
        m = _LISTED_ONE_RE.match(chunk.strip())
        if not m or re.search(rf"\b(?:{TITLE_WORDS})\b", m["name"]):
            return []
        if not re.search(rf"\b(?:{TITLE_WORDS})\b", m["position"]):
            return []
        people.append((m["name"], m["position"].strip().rstrip(",")))
    return people


def briefing_by_three(line: str) -> bool:
    """Press Briefing by three or more people, each name with its post: a long header line."""
    m = re.match(
        r"^(?:Press\s+|Media\s+|News\s+)?(?:Briefing|Conference)\s+by\s+(?P<list>.+)$", line
    )
    return bool(m and _three_or_more_listed(m["list"]))


_NEXT_NAMED_RE = re.compile(rf"(?:,\s+|\s+)and\s+(?={_NAME},\s)")
# Doorstop with The Hon Ken Wyatt MP, Minister for Aged Care and Indigenous Health; with
# Attorney General, the Hon Christian Porter MP: a member and one post, either way round.
# The post is one office, its "and" inside the portfolio's name.
_MEMBER_THEN_POST_RE = re.compile(
    rf"^(?:The\s+)?Hon\.?\s+(?P<name>{_NAME})\s+(?:MP|MLA|MLC|MHR),\s+(?:the\s+)?"
    r"(?P<position>[A-Z][A-Za-z'\-]*(?:\s+(?:[A-Z][A-Za-z'\-]*|of|for|and|the)){0,10})$"
)
_POST_THEN_MEMBER_RE = re.compile(
    r"^(?:the\s+)?(?P<position>[A-Z][A-Za-z'\-]*(?:\s+(?:[A-Z][A-Za-z'\-]*|of|for|and|the)){0,10}),"
    rf"\s+(?:[Tt]he\s+)?Hon\.?\s+(?P<name>{_NAME})\s+(?:MP|MLA|MLC|MHR)$"
)


def _member_and_post(listed: str) -> list[tuple[str, str | None]] | None:
    """The one member a header names with one post, or None when it is not of that form."""
    m = _MEMBER_THEN_POST_RE.match(listed) or _POST_THEN_MEMBER_RE.match(listed)
    if not m or not re.search(rf"\b(?:{TITLE_WORDS})\b", m["position"]):
        return None
    return [(m["name"], m["position"])]


_THE_POST_RE = re.compile(
    rf"^(?:the\s+)?(?P<position>(?:[A-Z][a-zA-Z'\-]*\s+){{0,4}}(?:{TITLE_WORDS}|Executive)"
    rf"(?:\s+[A-Z][a-zA-Z'\-]*){{0,2}}{_OF_POST})$"
)
_HONORIFIC_NAME_RE = re.compile(
    r"^(?:Mr|Ms|Mrs|Miss|Dr|Professor"
    # by the Prime Minister, Minister Hon.Sarah Wescot-Williams: Sint Maarten's style
    r"|Minister\s+Hon)\.?\s*"
    r"(?P<name>[A-Z][a-zA-Z'\-]*(?:\s+[A-Z][a-zA-Z'\-]*){1,3})$"
)


# Minister of Information and Culture: a portfolio of two, joined by "and"
# of Foreign Affairs of the United States of America: up to three "of" in a row
_OF = (
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][a-zA-Z'\-]*"
    rf"(?:\s+(?:and\s+(?!(?:{TITLE_WORDS})\b))?[A-Z][a-zA-Z'\-]*){{0,5}}){{0,3}}"
)
_APPOSITIVE_RE = re.compile(
    rf"\b(?<![-–])(?P<position>(?:[A-Z][a-zA-Z'\-]*\s+){{0,6}}?(?:{TITLE_WORDS}){_OF}),\s+"
    # The Minister of Information and Culture, Mr Lai Mohammed,: an honorific first
    r"(?:(?:Mr|Mrs|Ms|Dr|Alhaji|Chief)\.?\s+)?"
    # Information Minister, Kojo Oppong Nkrumah: three names
    rf"(?P<name>[A-Z][a-zA-Z'\-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-zA-Z'\-]+){{1,2}})"
    r"(?=[,.;:!?]|\s+and\b|$)"
)
# Ned Price, State Department Spokesperson held forth: the post after the name.
_NAME_THEN_POST_RE = re.compile(
    rf"\b(?P<name>[A-Z][a-z][a-zA-Z'\-]*\s+[A-Z][a-zA-Z'\-]+),\s+"
    rf"(?P<position>(?:(?:[A-Z][a-zA-Z'\-]*|of|for|the)\s+){{0,8}}?(?:{TITLE_WORDS}){_OF})"
    r"(?=[,.;:!?]|\s+[a-z]|$)"
)
# Secretary Kerry, our Special Presidential Envoy for Climate: a titled surname, then the post.
_SURNAME_THEN_POST_RE = re.compile(
    rf"\b(?:{TITLE_WORDS})\s+(?P<name>[A-Z][a-z][a-zA-Z'\-]+),\s+(?:our|the|his|her)\s+"
    rf"(?P<position>(?:(?:[A-Z][a-zA-Z'\-]*|of|for|the)\s+){{0,8}}?(?:{TITLE_WORDS}){_OF})"
    r"(?=[,.;:!?]|\s+[a-z]|$)"
)
# White House deputy press secretary Sarah Huckabee Sanders: a newspaper's lower-case post.
_LOWER_TITLED_RE = re.compile(
    rf"\b(?P<position>(?:[A-Z][a-zA-Z'\-]*\s+){{1,4}}(?:[a-z]+\s+){{0,3}}?(?:{TITLE_WORDS.lower()}))\s+"
    rf"(?P<name>[A-Z][a-z][a-zA-Z'\-]*(?:\s+[A-Z][a-zA-Z'\-]+){{1,2}})(?=[,.;:!?(]|\s+[a-z(]|$)"
)
_DAY_OR_MONTH = (
    "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April"
    "|May|June|July|August|September|October|November|December|Today|Yesterday)"
)
_TITLED_RE = re.compile(
    # Governor–elect Doug Burgum: an office to come, with a hyphen or a dash
    rf"\b(?P<position>(?:[A-Z][a-zA-Z'\-]*\s+(?:and\s+)?){{0,6}}?(?:{TITLE_WORDS})"
    rf"(?:[-–](?:[Ee]lect|[Dd]esignate))?{_OF})\s+"
    # Col (Rtd) Cyrus Oguna: a retired officer's rank before the name, no part of it
    r"(?:[A-Z][a-z]{1,9}\.?\s+\((?:Rtd|Retd|Ret|rtd)\.?\)\s+)?"
    # François Legault, Mariângela Simão: letters with accents too
    rf"(?P<name>(?!(?:Dr|Mr|Mrs|Ms|Miss|Prof|Sir|Dame)\b)[A-ZÀ-Ý][a-zà-ÿ][a-zA-Zà-ÿÀ-Ý'\-]*\s+"
    # Wheng Hidalgo Otida: a middle name (a day or a month is no name)
    rf"(?:(?!{_DAY_OR_MONTH}\b)[A-ZÀ-Ý][a-zà-ÿ]+\s+)??[A-ZÀ-Ý][a-zA-Zà-ÿÀ-Ý'’\-]+)"
    r"(?=[,.;:!?]|\s+and\b|\s+[a-z]|$)"
)


# …introduce to you Ambassador John Bass – he, of course, is the Acting Deputy Secretary of
# State for Management and Resources: a guest brought in by the spokesperson, with the post.
_INTRODUCED_RE = re.compile(
    rf"(?:\b(?:{TITLE_WORDS})\s+)?(?P<name>[A-Z][a-z][a-zA-Z'\-]*\s+[A-Z][a-zA-Z'\-]+)\s*[–—]\s*"
    r"(?:he|she)(?:,\s*of course,)?\s+is\s+(?:the|our)\s+"
    r"(?P<position>[A-Z][\w'\-]*(?:\s+(?:[A-Z][\w'\-]*|of|for|and|the))*)"
)


# In a short while, we will be joined by the Resident and Humanitarian Coordinator for Libya,
# Georgette Gagnon, who is joining us virtually: a noon briefing's guest, announced.
# It's great to be joined this afternoon by our awesome Trade Minister, Todd McClay, who's…
_JOINED_BY_RE = re.compile(
    r"\b(?:be|been|are)\s+joined\s+(?:(?:this|here)\s+(?:morning|afternoon|evening)\s+|today\s+)?"
    r"by\s+(?:the\s+|our\s+)?(?:[a-z][a-z\-]+\s+)?"
    r"(?P<position>[A-Z][\w'\-]*(?:\s+(?:[A-Z][\w'\-]*|of|for|and|the)){0,10}),\s+"
    rf"(?P<name>{_NAME}),\s+who\b"
)


def introduced_people(paragraph: str) -> list[tuple[str, str]]:
    """(name, post) of guests the speaker introduces as present: "Ambassador John Bass – he
    is the Acting Deputy Secretary…". They are speakers whether or not the copy reaches
    their words."""
    return _named_with_posts(_INTRODUCED_RE, paragraph)


# …I am very pleased to be joined by David Nanopoloulos, who is here as the Head of the Treaty
# Section: the name first, then the post.
_JOINED_BY_NAME_RE = re.compile(
    rf"\b(?:be|been|am|are|is)\s+(?:very\s+)?(?:pleased\s+to\s+be\s+)?joined\s+by\s+"
    rf"(?P<name>{_NAME}),\s+who\s+is\s+(?:here\s+)?(?:as\s+)?(?:the\s+|our\s+)"
    r"(?P<position>[A-Z][\w'\-]*(?:\s+(?:[A-Z][\w'\-]*|of|for|and|the)){0,10})"
)


# I'm joined by Kathryn Morgan-Wicks who will provide you with a COVID update: a guest by name
# alone. I've got with me the Commissioner of Police and State Controller Darren Hine, …: by
# post and name.
_JOINED_BY_BARE_NAME_RE = re.compile(
    r"\b(?:I['’]m|I\s+am|[Ww]e['’]re|[Ww]e\s+are)\s+(?:also\s+)?joined\s+(?:today\s+|here\s+)?by\s+"
    r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z][\w'’\-]*){1,2})\s+who\b"
)
# I am joined today by the lieutenant governor, Garlin Gilchrist and our chief medical
# executive, Dr. Joneigh Khaldun.: posts in lower case, each before its name.
_JOINED_BY_LOWER_RE = re.compile(
    r"\b(?:I['’]m|I\s+am|[Ww]e['’]re|[Ww]e\s+are)\s+(?:also\s+)?joined\s+(?:today\s+|here\s+)?by\s+"
    r"(?P<list>(?:the|our|my)\s+[a-z](?:[^.!?]|(?<=Dr|Mr|Ms)\.|(?<=Mrs)\.){5,200})"
)
_LOWER_ITEM_RE = re.compile(
    r"(?:^|,\s+|\s+and\s+)(?:the|our|my)\s+(?P<position>[a-z][a-z\- ]{2,50}?),\s+"
    r"(?:(?:Dr|Mr|Ms|Mrs)\.?\s+)?(?P<name>[A-Z][a-z][\w'’\-]*(?:\s+[A-Z][a-z][\w'’\-]*){1,2})"
)
# With me today, …, the Commissioner of the Department of Health, Judy Persichilli, to her
# right, the State’s Epidemiologist, Dr. Christina Tan. To my far left, the State Police
# Superintendent Colonel Pat Callahan: a governor presenting who stands beside him.
_BESIDE_ME_RE = re.compile(
    r"\b(?:[Ww]ith me(?: today| here)?|[Jj]oining me|[Ww]ith us(?: today)?"
    r"|[Tt]o my (?:far )?(?:right|left)|(?:be|am|I'm|I’m) here with)\b"
)
_BESIDE_POST = r"[A-Z][\w’'\-]*(?:\s+(?:of|for|the|and|[A-Z][\w’'\-]*)){0,8}?"
_BESIDE_NAME = rf"(?!(?:{TITLE_WORDS}|Prime)\b)[A-Z][a-z]+(?:\s+[A-Z][a-z][\w'’\-]*){{1,2}}"
_BESIDE_ITEM_RE = re.compile(
    rf"\bthe (?P<position>{_BESIDE_POST}),\s+"
    r"(?:(?:Dr|Colonel|Col|Mr|Ms|Mrs|General|Major|Captain)\.?\s+)?"
    rf"(?P<name>{_BESIDE_NAME})(?=[,.;]|\s+(?:and|great|to)\b)"
    rf"|\bthe (?P<post>{_BESIDE_POST})\s+(?:Colonel|Col\.|General|Major|Captain|Dr\.)\s+"
    rf"(?P<held>{_BESIDE_NAME})(?=[,.;]|\s+and\b)"
)


def beside_the_briefer(paragraph: str) -> list[tuple[str, str]]:
    """(name, post) of each official a briefer presents as standing beside them."""
    if not _BESIDE_ME_RE.search(paragraph):
        return []
    found = []
    for m in _BESIDE_ITEM_RE.finditer(paragraph):
        name, post = (m["name"], m["position"]) if m["name"] else (m["held"], m["post"])
        if re.search(rf"\b(?:{TITLE_WORDS}|Epidemiologist|Superintendent)\b", post):
            found.append((name, post))
    return found


_GOT_WITH_ME_RE = re.compile(
    r"\bI(?:['’]ve|\s+have)\s+got\s+with\s+(?:me|us)\s+(?:today\s+|here\s+)?(?:the\s+|our\s+)?"
    r"(?P<position>[A-Z][\w'\-]*(?:\s+(?:of|for|and|the|[A-Z][\w'\-]*)){0,8}?)\s+"
    r"(?P<name>[A-Z][a-z][\w'\-]*\s+[A-Z][a-z][\w'\-]*)(?=,\s|\s+and\b|\.(?:\s|$))"
)


# But we will have Reem Abaza after I am done: a briefer announced to follow, no post given.
_BRIEFS_AFTER_RE = re.compile(
    rf"\b[Ww]e(?:'ll| will)\s+(?:then\s+|also\s+)?(?:have|hear from)\s+(?P<name>{_NAME})\s+"
    r"(?:after\s+I(?:'m| am)\s+(?:done|finished|through)|after\s+me|after\s+this briefing)\b"
)


# Our guest at the briefing today is Mr. John Holmes, Under-Secretary-General for
# Humanitarian Affairs…: a UN noon briefing's guest, announced by name and post.
_OUR_GUEST_RE = re.compile(
    r"\b[Oo]ur\s+guests?\s+(?:at\s+(?:the|today's)\s+(?:noon\s+)?briefing\s+)?(?:today\s+)?"
    r"(?:is|will\s+be)\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?"
    rf"(?P<name>{_NAME}),\s+(?:the\s+)?(?P<position>[A-Z][^.;:]{{2,150}}?)(?=\.(?:\s|$)|;)"
)


# Prime Minister Jacinda Ardern was joined for her Monday press conference by Minister of
# Police Stuart Nash…: an editor's summary naming who held the press conference and who joined.
_JOINED_FOR_RE = re.compile(
    rf"\b(?P<host>{_NAME})\s+(?:was|were)\s+joined\s+(?:for|at|in|on)\s+"
    r"[^.;]{0,60}?\b(?:press conference|media conference|briefing|news conference|stand-up)"
    rf"[^.;]{{0,20}}?\s+by\s+[^.;]{{0,60}}?(?P<guest>{_NAME})\b"
)


# Prime Minister Jacinda Ardern began her post-cabinet press conference by announcing…: an
# editor's summary naming the one who held it, with the post.
_HELD_BY_RE = re.compile(
    r"\b(?P<position>(?:(?:Prime Minister|President|Premier|Governor|Mayor) and )?"
    r"(?:Prime Minister|President|Premier|Taoiseach|Chancellor|Governor|Mayor"
    r"|Minister (?:for|of) [A-Z][a-z]+(?: [A-Z][a-z]+)??))\s+"
    rf"(?P<name>{_NAME})\s+(?:began|opened|started|held|gave|used|ended)\s+(?:her|his|their|a|the)\s+"
    r"[^.;]{0,40}?\b(?:press conference|media conference|news conference|briefing|stand-up)\b"
)


def summary_people(paragraph: str) -> list[tuple[str, str | None]]:
    """(name, post) of the one who held a press conference and the one who joined, as an
    editor's summary over the transcript names them, the posts where the summary gives them."""
    held = _HELD_BY_RE.search(paragraph)
    m = _JOINED_FOR_RE.search(paragraph)
    if held and not m:
        return [(held["name"], held["position"])]
    if not m:
        return []
    mentioned = mentioned_people(paragraph)
    posts = dict(mentioned)
    after = paragraph[m.start("guest") - 60 if m.start("guest") > 60 else 0 :]
    by = after[after.find(" by ") :] if " by " in after else ""
    guests = sorted((by.find(n), n) for n, _p in mentioned if n in by and n != m["host"])
    guest = guests[0][1] if guests else m["guest"]
    return [(n, posts.get(n)) for n in (m["host"], guest) if len(n.split()) >= 2]


# President Joyce Banda arrived… / Prime Minister (PM) Jeremiah Manele has reaffirmed…: a
# story's first sentence opens on a post and a full name, then its verb.
# Sergei Lavrov Tuesday said…, the Press Office announced…: a day, a month or a body's word
# ends no name.
_NOT_NAME_WORD = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday|January"
    r"|February|March|April|May|June|July|August|September|October|November|December"
    r"|Office|Department|Ministry|Council|Committee|Press|Agency|Bureau|Commission|Board)"
)
_LEAD_SUBJECT_RE = re.compile(
    r"^(?:The\s+)?"
    rf"(?P<position>(?:[A-Z][a-zA-Z'\-]*\s+){{0,3}}?(?:{TITLE_WORDS})"
    # Prime Minister and Minister responsible for General Affairs William Marlin wished…
    r"(?:\s+(?:and|of|for|the|responsible|[A-Z][a-zA-Z'\-]*)){0,8}?)(?:\s+\([A-Z]{2,4}\))?\s+"
    r"(?P<name>[A-Z][a-z][a-zA-Z'\-]*(?:\s+[A-Z]\.)?(?:\s+(?!"
    + _NOT_NAME_WORD
    + r"\b)[A-Z][a-z][a-zA-Z'\-]+){1,2}"
    # President of Mongolia Ts.Elbegdorj agreed…: a patronymic's initial before the name
    rf"|{INITIAL_NAME}),?\s+"
    # …Vincent Biruta, also serving as the Government Spokesperson, held…: a clause between
    r"(?:(?:also|who)\s[^,]{2,80},\s+)?"
    r"(?:[a-z]+ly\s+)?"
    r"(?:has|had|have|is|was|says|said|told|holds|held|gives|speaks|spoke|[a-z]{3,}ed)\b"
)
_PRESS_EVENT_RE = re.compile(
    r"\b(?:press|news|media) (?:conference|briefing)\b|\bmeet(?:ing)? (?:with )?journalists\b", re.I
)


# •Missouri Department of Health and Senior Services Director, Dr. Randall Williams, says…:
# a story's official, the post first, then the name between commas and the verb of saying.
_POST_COMMA_SAYS_RE = re.compile(
    # ISWNews Analysis Group: Taliban spokesman, Zabihullah Mujahid announced…: after a colon,
    # a spokesman's post in lower case, no comma after the name
    r"(?:^|[•·]\s*|\.\s+|:\s+)(?:The\s+|the\s+)?"
    rf"(?P<post>[A-Z][\w'’]*(?:\s+(?:of|for|and|the|[A-Z][\w'’]*)){{0,10}}?\s+"
    rf"(?:{TITLE_WORDS}|spokesman|spokeswoman|spokesperson)),\s+"
    r"(?:(?:Dr\.|Mr\.|Ms\.|Mrs\.|Colonel|Col\.)\s+)?"
    r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z][a-zA-Z'\-]+),?\s+"
    r"(?:says|said|told|explained|added|noted|announced|stated)\b"
)


def apposed_sayers(paragraphs: list[str]) -> list[tuple[str, str]]:
    """(name, post) of the officials a story on a briefing quotes as 'Post, Name, says'."""
    return [
        (m["name"], m["post"]) for p in paragraphs[:30] for m in _POST_COMMA_SAYS_RE.finditer(p)
    ]


def _sentence_like(line: str) -> bool:
    return re.search(r"[.!?\"”]$", line) is not None or len(line.split()) > 12


def reported_subject(paragraphs: list[str]) -> list[tuple[str, str]]:
    """(name, post) of who a story about a press conference opens on (President NAME
    arrived…), when the story speaks of him again by post or surname."""
    # the first sentence, under a headline and a caption line that only names him
    at = next((i for i, p in enumerate(paragraphs[:3]) if _sentence_like(p.strip())), None)
    m = (
        _LEAD_SUBJECT_RE.match(_PLACE_DASH_RE.sub("", paragraphs[at].strip()))
        if at is not None
        else None
    )
    if not m or not any(_PRESS_EVENT_RE.search(p) for p in paragraphs[:6]):
        return []
    name, position = m["name"], m["position"]
    first = name.split()[0]
    if len(name.split()) == 3 and first in _OFFICE_WORDS:
        # Deputy Secretary of State Richard Armitage: State is the post's, not the name's
        name, position = name.split(" ", 1)[1], f"{position} {first}"
    if not _headline_name(name):
        return []  # the Minister of Health Services Department has announced: no name
    posts = "|".join(map(re.escape, {position, position.split()[-1]}))
    again = rf"\b(?:{re.escape(name.split()[-1])}|[Tt]he (?:{posts}))\b"
    if not any(re.search(again, p) for p in paragraphs[at + 1 : at + 6]):
        return []
    return [(name, position)]


# Words that end an office's name (Secretary of State, Minister for Foreign Affairs), never
# a given name.
_OFFICE_WORDS = frozenset(
    (
        "State Affairs General Defense Defence Foreign Justice Health Finance Media Information "
        "Interior Treasury Commerce Trade Security Labour Labor Education Government Home "
        "Economy Development Planning Works Transport Tourism Culture Environment Energy "
        "Agriculture Republic Cooperation Relations Resources Services Industry Investment "
        "Communication Communications"
    ).split()
)


# PHILIPSBURG – , Wednesday, 8 January 2020 - : a news story's place or date line run into
# its first sentence.
_PLACE_DASH_RE = re.compile(
    r"^(?:(?:[A-Z][A-Z .'\-]{2,30}|(?:[A-Z][a-z]+day,\s+)?\d{1,2}\s+[A-Z][a-z]+\s+\d{4})"
    r"\s+[–—-]\s+)+(?=[A-Z])"
)


# by Florencia Soto Nino, Associate Spokesperson for the Secretary-General: a name of three
# or four words before the post.
_LONG_NAME_COMMA_RE = re.compile(
    r"^(?P<name>[A-ZÀ-Ý][a-zà-ÿ'\-]+(?:\s+[A-ZÀ-Ý][a-zà-ÿ'\-]+){2,3}),\s+"
    r"(?:the\s+)?(?P<position>[A-Z][^.;:]{2,120}?)\.?$"
)


def _long_name_comma(listed: str) -> tuple[str, str] | None:
    """(name, post) of one person printed "Name Of Three Words, Post"; no title word in the
    name."""
    m = _LONG_NAME_COMMA_RE.match(listed.strip())
    if not m or re.search(rf"\b(?:{TITLE_WORDS})\b", m["name"]):
        return None
    if not re.search(rf"\b(?:{TITLE_WORDS})\b", m["position"]):
        return None
    return m["name"], m["position"].strip()


# Once I am finished here, you will hear from the Permanent Representative of India to the
# United Nations, Ambassador Ruchira Kamboj.: a noon briefing's guest announced, post first.
_HEAR_FROM_RE = re.compile(
    r"\b(?:you|we)(?:'ll|’ll| will)\s+(?:then\s+|also\s+)?hear\s+from\s+(?:the\s+|our\s+)?"
    r"(?P<position>[A-Z][\w'\-]*(?:\s+(?:[A-Z][\w'\-]*|of|for|and|the|to|on)){0,12}),\s+"
    rf"(?:(?:Ambassador|Mr|Ms|Mrs|Dr|Professor)\.?\s+)?(?P<name>{_NAME})(?=[.,;]|\s+(?:who|about)\b)"
)


# We also have on stage with us, Mr. Ashish Rao, Joint Secretary in the Ministry…, who…: a
# briefing's host presenting an official on the panel, honorific, name, then the post; or
# I have with me Secretary (East) Smt. Name: the post, then the honorific and the name.
_WITH_US_RE = re.compile(
    r"\b(?:[Ww]e|I)\s+(?:also\s+)?have\s+(?:on\s+(?:the\s+)?stage\s+)?with\s+(?:us|me)"
    r"(?:\s+(?:today|here|on\s+(?:the\s+)?stage))?,?\s+"
    r"(?:(?:Mr|Ms|Mrs|Dr|Shri|Smt|Shrimati)\.?\s+(?P<name>[A-Z][a-z][a-zA-Z'\-]+(?:\s+[A-Z][a-z][a-zA-Z'\-]+){1,2}),"
    r"\s+(?:the\s+|our\s+)?(?P<position>[A-Z][\w'\-]*(?:\s+(?:[A-Z][\w'\-]*|of|for|and|the|in)){0,10})"
    r"(?=,|\.(?:\s|$)|\s+who\b)"
    r"|(?P<post>[A-Z][\w'\-]*(?:\s+(?:[A-Z][\w'\-]*|of|for|and|the|in)){0,8}(?:\s+\([A-Z][a-z]{1,8}\))?)"
    r"\s+(?:Shri|Smt|Shrimati)\.?\s+(?P<held>[A-Z][a-z][a-zA-Z'\-]+(?:\s+[A-Z][a-z][a-zA-Z'\-]+){1,2})"
    r"(?=[,.]))"
)


def panel_people(paragraph: str) -> list[tuple[str, str]]:
    """(name, post) of the officials a briefing's host says are on the panel with him."""
    found = []
    for m in _WITH_US_RE.finditer(paragraph):
        name, position = (m["name"], m["position"]) if m["name"] else (m["held"], m["post"])
        position = re.sub(r"\s+(?:and|of|for|the|in)$", "", position)
        if re.search(rf"\b(?:{TITLE_WORDS})\b", position):
            found.append((name, position))
    return found


# Next, the Prime Minister of Canada, his Excellency Stephen Harper will be making a
# statement.: a moderator announcing, in order, who makes the statements.
_STATEMENT_NEXT_RE = re.compile(
    r"\b(?:First|Next|Then|After that|Thereafter),?\s+the\s+"
    r"(?P<position>[A-Z][\w'\-]*(?:\s+(?:[A-Z][\w'\-]*|of|for|and|the)){0,8}),\s+"
    r"(?:(?:his|her)\s+Excellency|Honou?rable|Hon\.)\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?"
    rf"(?P<name>{_NAME}),?\s+(?:will|would)\s+(?:be\s+making|make|be\s+delivering|deliver)\s+"
    r"(?:a|an|his|her)\s+(?:opening\s+)?(?:statement|remarks)\b"
)


def joining_guests(paragraph: str) -> list[tuple[str, str | None]]:
    """(name, post) of a guest a briefer announces as joining later: a speaker, though the
    briefer's own opening stays the briefer's."""
    found: list[tuple[str, str | None]] = list(_named_with_posts(_JOINED_BY_RE, paragraph))
    found += _named_with_posts(_JOINED_BY_NAME_RE, paragraph)
    found += [p for p in _named_with_posts(_OUR_GUEST_RE, paragraph) if p not in found]
    found += [p for p in _named_with_posts(_HEAR_FROM_RE, paragraph) if p not in found]
    found += [p for p in panel_people(paragraph) if p not in found]
    found += [p for p in _named_with_posts(_STATEMENT_NEXT_RE, paragraph) if p not in found]
    found += [p for p in _named_with_posts(_GOT_WITH_ME_RE, paragraph) if p not in found]
    for joined in _JOINED_BY_LOWER_RE.finditer(paragraph):
        for m in _LOWER_ITEM_RE.finditer(joined["list"]):
            if re.search(
                rf"\b(?i:{TITLE_WORDS}|executive|epidemiologist|officer)\b", m["position"]
            ):
                found.append((m["name"], m["position"]))
    for m in _JOINED_BY_BARE_NAME_RE.finditer(paragraph):
        if all(m["name"] != n for n, _ in found):
            found.append((m["name"], None))
    for m in _BRIEFS_AFTER_RE.finditer(paragraph):
        if len(m["name"].split()) >= 2 and all(m["name"] != n for n, _ in found):
            found.append((m["name"], None))
    return found


# I'm joined by Chief Scientific Adviser Sir Ian Pell and our Chief Medical Officer
# Professor Ada Kemp. / I am joined by Minister Lund and Minister Hay to talk about…: the
# speaker's own words naming who stands beside them, each post before the name.
# Joining me today are Deputy Health Secretary Fran Phillips and …: the same, put the
# other way round.
_JOINING_ME = (
    r"|\b(?:Joining|With)\s+(?:me|us)\s+(?:here\s+|today\s+|this\s+(?:morning|afternoon|evening)\s+)?"
    r"(?:are|is)\s+"
)
_JOINED_BY_POSTS_RE = re.compile(
    r"(?:\b(?:I['’]m|I\s+am|[Ww]e['’]re|[Ww]e\s+are)\s+(?:also\s+)?joined\s+(?:today\s+)?by\s+"
    + _JOINING_ME
    + r")(?P<list>(?:(?:our|the|my)\s+)?[A-Z](?:[^.;:!?]|(?<=\bDr)\.){3,200}?)"
    r"(?=(?<!\bDr)\.|\s+(?:to|who|for|today)\s|,\s+who\b)"
)
_JOINED_ITEM_RE = re.compile(
    r"(?:(?:our|the|my)\s+)?"
    rf"(?P<position>(?:[A-Z][\w'\-]*\s+){{0,3}}(?:{TITLE_WORDS}))\s+"
    r"(?:(?:Sir|Dame|Professor|Prof\.|Dr\.?|Mr\.?|Ms\.?|Mrs\.?)\s+)?"
    rf"(?P<name>(?!(?:{TITLE_WORDS})\b)[A-Z][a-z][\w'\-]*(?:\s+[A-Z][a-z][\w'\-]*){{0,2}})"
)


_JOINED_BY_START_RE = re.compile(
    r"\b(?:I['’]m|I\s+am|[Ww]e['’]re|[Ww]e\s+are)\s+(?:also\s+)?joined\s+(?:today\s+)?by\s+"
    + _JOINING_ME
)
_SENTENCE_END_RE = re.compile(
    r"(?<!\bDr)(?<!\bCol)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bLt)(?<!\bSt)\.(?:\s|$)"
)
_LISTED_POST_NAME_RE = re.compile(
    r"(?:(?:our|the|my)\s+)?"
    r"(?P<position>[A-Z][\w'’\-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-Z][\w'’\-]*){0,10}?)\s+"
    r"(?:(?:Sir|Dame|Professor|Prof\.|Dr\.?|Col\.?|Colonel|Lt\.?|Mr\.?|Ms\.?|Mrs\.?)\s+)?"
    r"(?P<name>[A-Z][a-z][\w'’\-]*\s+[A-Z][a-z][\w'’\-]*)"
)


def _joined_by_semicolons(paragraph: str) -> list[tuple[str, str]]:
    """I'm joined by …, the Commissioner of Health Judy Kerr; to her right, … Medical
    Director Dr. Ed Linz – Dr. Linz, good to have you; to my left, State Police
    Superintendent Col. Pat Cole – Pat; Director of … Jared Moss is with us.: one person an
    item, where they stand and a word to them around the post and name."""
    start = _JOINED_BY_START_RE.search(paragraph)
    if not start:
        return []
    rest = paragraph[start.end() :]
    end = _SENTENCE_END_RE.search(rest)
    items = (rest[: end.start()] if end else rest).split(";")
    if len(items) < 2:
        return []
    found = []
    for item in items:
        item = re.split(r"\s+[–—-]\s+|\s+(?:is|are)\s+(?:also\s+)?(?:with|here)\b", item)[0]
        item = re.sub(r"^\s*(?:and\s+)?", "", item.split(", ")[-1]).strip()
        m = _LISTED_POST_NAME_RE.fullmatch(item)
        if not m or not re.search(rf"\b(?:{TITLE_WORDS})\b", m["position"]):
            return []
        found.append((m["name"], m["position"]))
    return found


# I am joined today, of course, by Dr. Joneigh Khaldun, our chief medical executive, Senator
# Winnie Brinks, …: the officials a speaker presents at the start of a press conference.
_JOINED_BY_LIST_RE = re.compile(
    r"\b(?:I am|I'm|I’m|We are|We're|We’re|I(?:,)? of course(?:,)? am) (?:also )?joined(?: here)?"
    r"(?: today| this morning| this afternoon| this evening)?(?:,? of course,?)?,? (?:by|with) "
    r"(?P<list>(?:(?:Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Lt)\.|[^.!?]){5,400}?)[.!?](?:\s|$)"
)
_JOINED_PERSON_RE = re.compile(
    # our State Budget Director, Chris Kolbe: the post first, then a comma and the name
    rf"(?:(?:our|the|my)\s+(?P<pre>(?:[A-Z][a-z]+\s+){{0,3}}(?:{TITLE_WORDS})),\s+)?"
    rf"(?:(?P<rank>Dr\.|Doctor|Professor|Mr\.|Mrs\.|Ms\.)\s+|(?P<title>(?:[A-Z][a-z]+\s+){{0,2}}"
    rf"(?:{TITLE_WORDS}))\s+)?"
    r"(?P<name>[A-ZÀ-Ý][a-zà-ÿ'\-]+(?:\s+[A-ZÀ-Ý][a-zà-ÿA-Z'\-]+){1,2})"
    # Dr. Joneigh Khaldun our Chief Medical Executive / Jamie Brown, who is the president of…
    r"(?:(?:,\s+|\s+(?=our\s))(?:(?:our|the|a|an|who is(?: our| the| a| an)?)\s+"
    r"(?P<described>[A-Za-z][^,]{2,120}?)|(?P<post>[a-z][^,]{2,80}?)))?(?=,|$)"
)
# …Khaldun and Dr. Karen Kent VanGorder, a physician…: "and" before one more person (a rank,
# or a name ending the item), not the "and" inside a post (Training and Apprentice Bond).
_AND_NEXT_PERSON_RE = re.compile(
    r",?\s+and\s+(?=(?:Dr\.|Doctor|Professor|Mr\.|Mrs\.|Ms\.)\s"
    r"|(?![A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:Fund|Bond|Board|Association|Providers|Council|"
    r"Institute|Services|System|Group|Union|Agency|Office|Centre|Center|Bank|Company)\b)"
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}(?:,|$))"
)


def _joined_by_appositions(paragraph: str) -> list[tuple[str, str | None]]:
    """(name, post) of each person a speaker says joins them, with the title before the name
    (Senator Winnie Brinks) or the post after it (Dr. Joneigh Khaldun, our chief medical
    executive); none unless every one listed reads so (a doctor's rank alone will do)."""
    m = _JOINED_BY_LIST_RE.search(paragraph[:600])
    if not m:
        return []
    found = []
    for p in _JOINED_PERSON_RE.finditer(_AND_NEXT_PERSON_RE.sub(", ", m["list"])):
        post = p["pre"] or p["title"] or p["described"] or p["post"]
        if not post and not p["rank"]:
            return []
        found.append((p["name"], post.strip() if post else None))
    return found


# I'm joined by the Minister for Health, Mark Butler, and the Premier, Peter Malinauskas / by
# the Minister for Transport, the Honourable Catherine King MP: each post, then the name.
_JOINED_PAIRS_START_RE = re.compile(
    r"\b(?:I['’]m|I\s+am|[Ww]e['’]re|[Ww]e\s+are)\s+(?:also\s+)?joined\s+(?:also\s+)?"
    r"(?:here\s+|today\s+|this\s+(?:morning|afternoon)\s+)?by\s+" + _JOINING_ME
)
_PAIR_POST_RE = re.compile(
    r"(?:^|\b(?:the|our|my)\s+)"
    rf"(?P<post>(?:[A-Z][a-z]+\s+){{0,3}}(?:{TITLE_WORDS})(?:\s+(?:(?:of|for|and)\s+)?[A-Z][a-z]+){{0,5}})$"
)
_PAIR_NAME_RE = re.compile(
    r"(?:(?:the\s+)?(?:Honourable|Honorable|Hon\.?)\s+|(?:Dr|Mr|Mrs|Ms)\.?\s+)?"
    r"(?P<name>[A-ZÀ-Ý][a-zà-ÿ'’\-]+(?:\s+[A-ZÀ-Ý][a-zà-ÿA-Z'’\-]+){1,2}?)(?:\s+MP)?"
)


def _joined_by_pairs(paragraph: str) -> list[tuple[str, str]]:
    """(name, post) of each post followed by a name in the sentence naming who joins the
    speaker; words around them (my colleague, in this case with his hat on) are passed over,
    but every name listed must follow its post."""
    start = _JOINED_PAIRS_START_RE.search(paragraph)
    if not start:
        return []
    rest = paragraph[start.end() :]
    end = _SENTENCE_END_RE.search(rest)
    items = [
        i.strip()
        for i in re.split(
            r",\s+(?:and\s+)?|\s+and\s+(?=(?:the|our|my)\s)", rest[: end.start()] if end else rest
        )
    ]
    found: list[tuple[str, str]] = []
    post = None
    for item in items:
        name = _PAIR_NAME_RE.fullmatch(item)
        if name and not re.search(rf"\b(?:{TITLE_WORDS})\b", name["name"]):
            if post is None:
                return []  # a name with no post before it: not this layout
            found.append((name["name"], post))
            post = None
            continue
        m = _PAIR_POST_RE.search(item)
        post = m["post"] if m else None
    return found


# I'm honored to be joined by the woman to my right who needs no introduction, the
# Commissioner of the Department of Health, Judy Persichilli. To her right, the State's
# Epidemiologist, another familiar face, Dr. Christina Tan.: where each stands, a word on
# them, then the post and the name, a sentence each.
_BESIDE_RE = re.compile(
    r"(?:\bjoined by|\bTo (?:my|her|his|their) (?:right|left)|\b[Nn]ext to (?:me|him|her))"
    r"[^.]{0,80}?,\s+the (?P<post>[A-Z][\w'’]*(?:\s+(?:of|for|and|the|[A-Z][\w'’]*)){0,8}),\s+"
    r"(?:[a-z][^,.]{0,40},\s+)?(?:(?:Dr\.|Colonel|Col\.|Mr\.|Ms\.|Mrs\.|Lt\.)\s+)?"
    r"(?P<name>[A-Z][a-z]+ [A-Z][a-z'\-]+)(?=[.,])"
)


def _beside_me(paragraph: str) -> list[tuple[str, str]]:
    if not re.search(r"\bjoined by\b", paragraph[:600]):
        return []
    return [(m["name"], m["post"]) for m in _BESIDE_RE.finditer(paragraph[:1500])]


# King was joined by Minister of Fisheries and Communities Jamie Fox and Minister of Education
# and Lifelong Learning Brad Trivers to address…: a story's officials beside the one it is on.
_WAS_JOINED_BY_RE = re.compile(
    r"\b(?:was|were) (?:also )?joined (?:at the [a-z ]{3,30}? )?by (?P<list>[A-Z][^.;]{5,300}?)"
    r"(?=\s+(?:to|at|for|during|in|on|who|as)\b|[.;]|$)"
)


def was_joined_by(paragraph: str) -> list[tuple[str, str]]:
    m = _WAS_JOINED_BY_RE.search(paragraph)
    if not m:
        return []
    found = []
    items = re.split(
        rf",\s+(?:and\s+)?|\s+and\s+(?=(?:the\s+)?(?:[A-Z][\w.]*\s+){{0,3}}(?:{TITLE_WORDS})\b)",
        m["list"].strip(),
    )
    for item in items:
        one = _LISTED_POST_NAME_RE.fullmatch(re.sub(r"^the\s+", "", item.strip()))
        if not one or not re.search(rf"\b(?:{TITLE_WORDS})\b", one["position"]):
            return []
        found.append((one["name"], one["position"]))
    return found


def joined_by_posts(paragraph: str) -> list[tuple[str, str | None]]:
    """(name, post) of each one a speaker says joins them, post before name; none unless
    every one listed reads so."""
    # Professor Brendan Murphy, amongst other things, the head of …: an aside, no post
    paragraph = re.sub(r",\s*(?:amongst|among) other things,", ",", paragraph)
    beside = _beside_me(paragraph)
    if len(beside) >= 2:
        return beside
    listed = _joined_by_semicolons(paragraph)
    if listed:
        return listed
    m = _JOINED_BY_POSTS_RE.search(paragraph)
    if not m:
        return _joined_by_appositions(paragraph) or _joined_by_pairs(paragraph)
    items = re.split(r",\s+(?:and\s+)?|\s+and\s+", m["list"].strip())
    found = [_JOINED_ITEM_RE.fullmatch(item) for item in items]
    if not all(found):
        return _joined_by_appositions(paragraph) or _joined_by_pairs(paragraph)
    return [(f["name"], f["position"]) for f in found if f]


def _named_with_posts(pattern, paragraph):
    """(name, position) of each match of ``pattern`` whose position holds a title word."""
    found = []
    for m in pattern.finditer(paragraph):
        position = re.sub(r"\s+(?:and|of|for|the)$", "", m["position"])
        if re.search(rf"\b(?:{TITLE_WORDS})\b", position):
            found.append((m["name"], position))
    return found


def mentioned_people(paragraph: str) -> list[tuple[str, str]]:
    """(name, post) of people introduced in running text: "the Chancellor of the Exchequer,
    Daniel Osei" or "Foreign Secretary Maya Lind". They speak only if a turn is labelled
    with their post."""
    found = []
    # President of the Republic of Suriname, His Excellency Chandrikapersad Santokhi: the
    # style between the post and the name is neither
    paragraph = STYLE_RE.sub("", paragraph)
    if len(paragraph) <= 150 and title_cased(paragraph):
        # A headline in title case: President Welcomes Volunteers names nobody (the
        # header's people are read by header_people).
        return []
    patterns = (
        _APPOSITIVE_RE,
        _TITLED_RE,
        _NAME_THEN_POST_RE,
        _LOWER_TITLED_RE,
        _SURNAME_THEN_POST_RE,
    )
    for pattern in patterns:
        for m in pattern.finditer(paragraph):
            position = re.sub(r"^(?:The|A|An|Our|My|Your)\s+", "", m["position"])
            # An Exchange Between Utah Reporters and Governor Spencer Cox: what comes before
            # "and" is a post only if it ends in a title (Premier and Minister for Trade)
            joined = re.match(
                r"^(?P<before>.*?\b(?P<word>[\w'\-]+)) and (?P<after>\S.*)$", position
            )
            if (
                joined
                and not re.fullmatch(rf"(?:{TITLE_WORDS})", joined["word"])
                and not re.search(r"\s(?:of|for)\s", joined["before"])  # of Information and …
            ):
                position = joined["after"]
            found.append((m["name"], position))
    # Gov. Phil Bryant pointed to…: an abbreviated office before the full name
    found += [
        (m["name"], _ABBREVIATED_POSTS[m["abbr"]])
        for m in _ABBREVIATED_TITLED_RE.finditer(paragraph)
    ]
    # President Trump delivers remarks: a head of government by surname, to resolve a
    # THE PRESIDENT: label when that is the only one named.
    found += [(m["name"], m["position"]) for m in _OFFICE_SURNAME_RE.finditer(paragraph)]
    return [(name, post_not_rank(name, position, paragraph) or "") for name, position in found]


# James Brady and his wife Sarah Brady: a couple, for MR. BRADY: and MRS. BRADY:.
_COUPLE_RE = re.compile(
    r"(?P<husband>[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+(?P<surname>[A-Z][a-z][a-zA-Z'\-]+))"
    r",?\s+and\s+his\s+wife,?\s+(?P<wife>[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+(?P=surname))\b"
)
SPOUSE_POSTS = {"MR": "husband", "MRS": "wife"}


def couple_mentions(paragraph: str) -> list[tuple[str, str]]:
    """(name, "husband"/"wife") of a couple the text names, to tell MR. X: from MRS. X:."""
    return [
        pair
        for m in _COUPLE_RE.finditer(paragraph)
        for pair in ((m["husband"], "husband"), (m["wife"], "wife"))
    ]


# Army Major General, Rear Adm., Air Force Col.: a rank (and a service) is no post.
_RANK_ONLY_RE = re.compile(
    r"^(?:(?:Army|Navy|Air Force|Marine Corps|Marine|Coast Guard|Space Force|U\.S\.|US)\s+)*"
    r"(?:(?:Lieutenant|Lt\.?|Major|Maj\.?|Brigadier|Brig\.?|Rear|Vice|Master|Chief|Petty|Staff|"
    r"First|Second)\s+)*"
    r"(?:General|Gen\.?|Admiral|Adm\.?|Colonel|Col\.?|Captain|Capt\.?|Commander|Cmdr\.?|Major|"
    r"Maj\.?|Lieutenant|Lt\.?|Sergeant|Sgt\.?|Officer)$"
)


def post_not_rank(name: str, position: str | None, text: str) -> str | None:
    """The post, where a rank was read as one: the post printed after the name (Army Major
    General Gale Pollock, the acting surgeon general of the Army), or none."""
    if position and not _RANK_ONLY_RE.match(position.strip()):
        # Pentagon Press Secretary Maj. Gen.: the rank before the name is no part of the post
        words = position.split()
        for cut in range(1, len(words)):
            if words[cut] == "General" and words[cut - 1] in _GENERAL_OFFICES:
                continue  # US Surgeon General: an office, not a rank after a post
            if _RANK_ONLY_RE.match(" ".join(words[cut:])):
                return " ".join(words[:cut])
        return position
    if not position:
        return position
    after = r",\s+(?:the\s+|our\s+)?(?P<post>[A-Za-z][\w'\- ]{3,80}?)(?=,|\.|;|\s+who\b)"
    m = re.search(re.escape(name) + after, text)
    if m and re.search(rf"\b(?:{TITLE_WORDS})\b", m["post"], re.I):
        return m["post"]
    return None


_GENERAL_OFFICES = {
    "Surgeon",
    "Attorney",
    "Solicitor",
    "Secretary",
    "Auditor",
    "Inspector",
    "Director",
    "Governor",
    "Postmaster",
    "Adjutant",
}
_OFFICE_SURNAME_RE = re.compile(
    r"\b(?P<position>President|Prime Minister|Premier|Governor|Mayor|Chancellor)\s+"
    # President Trump, President George W. Bush: the surname, or the full name
    r"(?P<name>(?:[A-Z][a-z][a-zA-Z'\-]+\s+(?:[A-Z]\.\s+)?)?"
    r"(?:(?:de|van|von|da|di|du|le|la|del|der)\s+)?[A-Z][a-z][a-zA-Z'\-]+)"
    r"(?=\s+[a-z]|[,.;:!?])"
)


# ---- turns: how labels are printed ----------------------------------------------------

EN_PREFIX_RE = re.compile(
    r"^\s*+(?P<p>(?:MR|MS|MRS|DR|MISS)\.?\s?(?:Mc|Mac)?[A-Z][A-Z'\-]+(?:\s[A-Z][A-Z'\-]+)?"
    # SECRETARY LaHOOD, SENATOR McCAIN: a surname's particle keeps its small letters.
    r"|[A-Z][A-Z.'\-]*(?:\s[A-Z][A-Z.'\-]*){0,3}\s(?:Mc|Mac|La|De|Di|Du|Le)[A-Z]{2}[A-Z'\-]*"
    r"|[A-Z][A-Z.'\-]*(?:\s[A-Z][A-Z.'\-]*){0,4})\s*:\s*(?P<rest>.*)$",
    re.S,
)
EN_NAME_PREFIX_RE = re.compile(
    # Mayor Bill de Blasio:, Maria van Kerkhove:: a name's particle in lower case
    r"^\s*+(?P<p>[A-Z][a-z]+(?:\s(?:(?:de|van|von|da|di|du|le|la|del|der)\s)?[A-Z][a-zA-Z.'\-]+){1,3})"
    r"\s*:\s*(?P<rest>.+)$"
)
EN_ROLE_PREFIX_RE = re.compile(
    r"^\s*+\**(?P<p>Question|Answer|Reporter|Correspondent|Spokesperson|Spokesman|Spokeswoman|"
    r"Moderator|Host|Operator|Deputy Spokesperson|Media)\**\s*:\s*(?P<rest>.+)$",
    re.S,
)
EN_OUTLET_PREFIX_RE = re.compile(
    r"^\s*+(?P<p>[A-Z][\w&.'\-]*(?:\s[A-Z][\w&.'\-]*){0,3})\s*:\s*(?P<rest>.+)$", re.S
)
EN_Q_RE = re.compile(r"^\s*+(?P<p>Q)(?:\.|\s)\s*(?P<rest>[A-Z(\"'].*)$", re.S)
# Question (BBC):, QUESTION (Reuters):, Q (ITV News): the outlet asking.
EN_ASKED_BY_RE = re.compile(
    r"^\s*+\**(?:Question|QUESTION|Q|Reporter|REPORTER)\s*[(\[](?P<asker>[^()\[\]]{1,60})[)\]]\**"
    r"\s*:\s*(?P<rest>.*)$",
    re.S,
)
# Chief Secretary for Administration (designate), Mrs Carrie Lam Cheng Yuet-ngor: a Hong
# Kong label giving the office, then the holder with an honorific; or an Indian one
# (Official Spokesperson, Shri Gopal Baglay:; Secretary (East), Smt. Name: a post whose
# bracketed word says which one).
EN_POST_NAME_LABEL_RE = re.compile(
    r"^\s*+(?P<post>[A-Z][A-Za-z\-]+(?:\s+(?:[A-Z][A-Za-z\-]+|of|for|the|and)){0,8}"
    r"(?:\s+\((?:designate|[Aa]cting|[A-Z][A-Za-z&]{1,8})\))?),\s+(?:Mr|Mrs|Ms|Miss|Dr|Professor|Shri|Smt|Shrimati|Sushri)\.?\s+"
    r"(?P<name>[A-Z][A-Za-z'\-]*(?:\s+[A-Z][A-Za-z'\-]*){1,4})\s*:\s*(?P<rest>.*)$",
    re.S,
)
# Mr Gan Kim Yong, Minister for Health: the honorific, the name, then the post (a quote's
# label, the words following or on the next line).
# Shri Arindam Bagchi, Official Spokesperson: and Shri Yatin Patel, OSD (PR): an Indian
# honorific, and a post that may end in a bracketed abbreviation.
EN_NAME_POST_LABEL_RE = re.compile(
    r"^\s*+(?:Mr|Mrs|Ms|Miss|Mdm|Madam|Dr|Professor|Shri|Smt|Shrimati|Sushri)\.?\s+"
    r"(?P<name>[A-Z][A-Za-z'\-]*\.?(?:\s+[A-Z][A-Za-z'\-]*\.?){1,4}),\s+"
    r"(?P<post>[A-Z][A-Za-z\-]+(?:\s+(?:[A-Z][A-Za-z'\-]+|of|for|the|and|in)){0,10}"
    r"(?:\s+\([A-Z][A-Za-z&]{1,8}\))?)"
    r"\s*:\s*(?P<rest>.*)$",
    re.S,
)
# Jotham Napat, Prime Minister of Vanuatu: / 'Aisake Eke, Prime Minister of Tonga: a
# transcript's label, the full name with no honorific, then the post.
EN_BARE_NAME_POST_LABEL_RE = re.compile(
    # Mirek Topolánek: letters with accents too
    r"^\s*+(?P<name>['’ʻ]?[A-Z][a-zà-ž][A-Za-zÀ-ž'’\-]*(?:\s+['’ʻ]?[A-Z][A-Za-zÀ-ž'’\-]+){1,3}),\s+"
    # Tuvalu Minister for Justice, Communication and Foreign Affairs: commas inside the post;
    # Government spokesperson: a title word in lower case
    r"(?P<post>[A-Z][A-Za-z\-]+(?:,?\s+(?:[A-Z][A-Za-z'\-]+|of|for|the|and|in"
    rf"|(?i:{TITLE_WORDS}))){{0,12}})"
    r"\s*:\s*(?P<rest>\S.*)$",
    re.S,
)
_CAPS_WORD = r"[A-Z][A-Z'\-]+"
_CAPS_NAME = rf"{_CAPS_WORD}(?:\s+[A-Z]\.)?\s+{_CAPS_WORD}"
# MADELEINE KING, MINISTER FOR RESOURCES AND MEMBER FOR BRAND: name and post in capitals.
_CAPS_NAME_POST_RE = re.compile(
    # MINISTER FOR INFRASTRUCTURE, TRANSPORT, REGIONAL DEVELOPMENT AND LOCAL GOVERNMENT: a
    # portfolio's parts listed with commas
    rf"^\s*+(?P<name>{_CAPS_NAME}),\s+(?P<post>{_CAPS_WORD}(?:,?\s+{_CAPS_WORD}){{0,14}})"
    r"\s*:\s*(?P<rest>.*)$",
    re.S,
)
# SECRETARY OF DEFENSE DR. MARK T. ESPER: post, an honorific or a rank, and the full name.
_CAPS_POST_NAME_RE = re.compile(
    rf"^\s*+(?P<post>{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,8}}?)"
    r"(?:\s+(?:DR|MR|MS|MRS|GEN|GENERAL|ADM|ADMIRAL|LT|COL|MAJ|CAPT|HON)\.?)*"
    rf"\s+(?P<name>{_CAPS_NAME}(?:,?\s+(?:JR|SR)\.?)?)\s*:\s*(?P<rest>.*)$",
    re.S,
)
_SMALL = {"OF", "FOR", "THE", "AND", "ON", "TO", "IN", "AT"}
# THE RIGHT HONOURABLE JUSTIN TRUDEAU (Prime Minister of Canada): an honorific and the name in
# capitals, the post in brackets in title case; DR. NAME (Prime Minister of India): a plain
# honorific (the post must then hold a title word, read where it is used).
CAPS_NAME_BRACKETED_POST_RE = re.compile(
    r"^\s*+(?:(?:THE\s+)?(?:(?:RIGHT|RT\.?|VERY|MOST)\s+)?(?:HONOURABLE|HONORABLE|HON\.?)"
    r"|(?P<plain>DR|MR|MRS|MS)\.?)\s+"
    rf"(?P<name>{_CAPS_NAME}(?:\s+{_CAPS_WORD})?)\s*\((?P<post>[A-Z][A-Za-z'\-]+"
    r"(?:\s+(?:[A-Z][A-Za-z'\-]+|of|for|the|and)){0,8})\)\s*:\s*(?P<rest>.*)$",
    re.S,
)


# date 2025-12-06 KOCHI: Chief Minister … on Friday tackled questions…: a newspaper's place
# in capitals before its lead, after the page's date field; no one's label.
_DATELINE_RE = re.compile(
    r"^(?P<date>date \d{4}-\d{1,2}-\d{1,2}\s+)?(?P<place>[A-Z]{3,}(?:[ -][A-Z]{3,})?)\s*:\s+"
    r"(?P<rest>[A-Z].*\b(?:on|last|this) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday)\b.*)$",
    re.S,
)


def dateline_place(paragraph: str) -> list[str]:
    """The paragraph with its dateline's place set off by a dash, as no label."""
    m = _DATELINE_RE.match(paragraph)
    if not m or m["place"] in OFFICE_WORDS or m["place"] in EN_QUESTION_WORDS:
        return [paragraph]
    return [f"{m['date'] or ''}{m['place']} — {m['rest']}"]


# A speech archive's record of each utterance: who, the tone, the time, the words in quotes
# and their number (Karine Jean-Pierre / Very Positive / 00:00:07-00:00:31 (23 sec) / "…" 3).
_TONE_RE = re.compile(r"^(?:Neutral|(?:Somewhat |Very |Leans )?(?:Positive|Negative))$")
_SPAN_RE = re.compile(r"^\d{2}:\d{2}:\d{2}-\d{2}:\d{2}:\d{2} \(\s*\d* sec\)$")
_QUOTED_RE = re.compile(r"^[\"“](?P<words>.*)[\"”]\s*\d{0,5}$", re.S)


def utterance_records(paragraphs: list[str]) -> list[str]:
    """Such records as turns (Name: words), a speaker's next records going on their turn,
    the archive's notes dropped; other paragraphs as they are."""
    starts = [
        i
        for i in range(len(paragraphs) - 3)
        if _TONE_RE.match(paragraphs[i + 1].strip())
        and _SPAN_RE.match(paragraphs[i + 2].strip())
        and _QUOTED_RE.match(paragraphs[i + 3].strip())
    ]
    if len(starts) < 3:
        return paragraphs
    out = paragraphs[: starts[0]]
    previous = None
    for n, i in enumerate(starts):
        who = paragraphs[i].strip()
        words = _QUOTED_RE.match(paragraphs[i + 3].strip())["words"].strip()
        end = starts[n + 1] if n + 1 < len(starts) else len(paragraphs)
        if who == "Note":
            continue  # [The press briefing resumes]: the archive's note
        out.append(words if who == previous else f"{who}: {words}")
        out.extend(paragraphs[i + 4 : end])
        previous = who
    return out


def post_and_full_name(name: str, lines: list[str]) -> tuple[str, str] | None:
    """(full name, post) of a person signed by the surname or the full name, where the
    headline or the lead prints the post before the full name: "State Department
    Spokesperson Robert Palladino Addresses…", "the US State Department Spokesperson, Ned
    Price,". None unless the lines give one such full name and one post; a title word alone
    (Commissioner Daniel Mbeki) is how the text addresses them, not their post."""
    full = re.escape(name) if " " in name else rf"[A-Z][a-z]+ {re.escape(name)}"
    pattern = re.compile(
        # Louisiana Gov. John Bel Edwards: the post abbreviated
        rf"(?:^|[\s(])(?P<post>(?:(?!The\b)[A-Z][A-Za-z.]+\s+){{1,4}}(?:{TITLE_WORDS}|Gov\.)),?"
        rf"\s+(?P<name>{full})\b"
    )
    found = {
        (m["name"], re.sub(r"\bGov\.$", "Governor", m["post"]))
        for line in lines
        for m in pattern.finditer(line)
        if not _RANK_RE.search(m["post"])  # Army Major General: a rank, no post
    }
    return found.pop() if len(found) == 1 else None


_RANK_RE = re.compile(
    r"\b(?:Major|Lieutenant|Brigadier|Rear|Vice|Army|Navy|Marine|Force)\s+(?:General|Admiral)$"
    r"|\b(?:Colonel|Captain|Admiral|Commander)$"
)


def caps_post_label(paragraph: str) -> tuple[str, str, str, str] | None:
    """(name, post, label, rest) of a label in capitals that gives both the full name and
    the post: MADELEINE KING, MINISTER FOR RESOURCES:, SECRETARY OF DEFENSE DR. MARK T.
    ESPER:. The post must read as one (a title word in it), the name must not."""
    m = _CAPS_NAME_POST_RE.match(paragraph)
    post_first = False
    if not m:
        m, post_first = _CAPS_POST_NAME_RE.match(paragraph), True
    if not m:
        return None
    name_words = m["name"].replace(".", " ").replace(",", " ").split()
    post_words = m["post"].split()
    if any(w in OFFICE_WORDS or w in _SMALL for w in name_words):
        return None
    # MEMBER FOR BENNELONG: a member of parliament's seat is a post.
    seat = not post_first and re.match(r"(?:MEMBER|SENATOR) FOR [A-Z]", m["post"])
    if not (seat or any(w in OFFICE_WORDS for w in post_words)) or post_words[-1] in _SMALL:
        return None
    if post_first and post_words[0] not in OFFICE_WORDS:
        return None  # NATIONAL SECURITY COUNCIL…: a post starts with its office word
    rest = m["rest"]
    mixed = rest != rest.upper()

    def cased(word: str) -> str:
        if word in _SMALL:
            return word.lower()
        # ACT CHIEF MINISTER over words that print "ACT Government": an acronym stays one
        if mixed and re.search(rf"\b{re.escape(word.strip(','))}\b", rest):
            return word
        return word.capitalize()

    post = " ".join(cased(w) for w in post_words)
    label = paragraph[: paragraph.index(":", m.end("name"))].strip()
    return english_display(m["name"]), post, label, m["rest"].strip()


# Prime Minister:, Chancellor:, Foreign Secretary: a post in title case, alone or before text.
# Chief Executive-elect:, Director of the CEEO: an office to come, or one whose body is
# abbreviated (the Director of the Chief Executive-elect's Office of the lead).
EN_OFFICE_RE = re.compile(
    r"^\s*+\**(?P<p>(?:The\s+)?[A-Z][a-z]+"
    r"(?:[ -](?:of\s+the\s+|of\s+|for\s+|and\s+)?[A-Z][a-z]+){0,5}"
    r"(?:-elect|\s+of\s+(?:the\s+)?[A-Z]{2,6}|\s+\((?:designate|[Aa]cting)\))?)\**"
    r"\s*:\s*(?P<rest>.*)$",
    re.S,
)


def office_pattern(office: str) -> re.Pattern:
    """A pattern finding an office in a post as printed: its capitals spelled out where the
    label abbreviates them (CEEO: Chief Executive-elect's Office)."""
    parts = []
    for token in office.split():
        if re.fullmatch(r"[A-Z]{2,6}", token):
            words = [rf"{c}[\w']*" for c in token]
            parts.append(r"[\s-]+".join(words))
        else:
            parts.append(re.escape(token))
    return re.compile(r"\b" + r"\s+".join(parts) + r"(?![\w-])", re.I)


EN_QUESTION_WORDS = {
    "QUESTION",
    "Q",
    "REPORTER",
    "JOURNALIST",
    "PARTICIPANT",
    "AUDIENCE MEMBER",
    "PRESS",
}
# UNIDENTIFIED: names nobody; the turn asks if it asks, else it is an answer of nobody's.
EN_UNIDENTIFIED = {"UNIDENTIFIED", "UNIDENTIFIED SPEAKER", "UNIDENTIFIED REPORTER", "UNKNOWN"}
# A broadcaster's captions: UNIDENTIFIED FEMALE:, UNIDENTIFIED MALE: (a voice in the room).
EN_UNIDENTIFIED |= {"UNIDENTIFIED FEMALE", "UNIDENTIFIED MALE", "UNKNOWN SPEAKER"}
EN_HOST_WORDS = {"MODERATOR", "OPERATOR", "MODERATOR (OFF-MIC)", "STAFF", "HOST", "CHAIR"}
# A transcript's header fields (SUBJECTS: Polls, …; DATE:; LOCATION:) are nobody's words.
EN_NOT_SPEAKERS = {
    # Authenticity Certified: Text version below transcribed directly from audio: a speech
    # archive's stamp over its transcript
    "AUTHENTICITY CERTIFIED",
    # WATCH: Press conference by…: a video page's tag before its headline
    "WATCH",
    "VIDEO",
    "AUDIO",
    "PHOTOS",
    "LIVE",
    "LIVESTREAMED",
    "LIVESTREAM",
    "LIVESTREAMING",
    "LIVE STREAM",
    "LIVE STREAMING",
    "LIVE UPDATES",
    "JUST IN",
    "BREAKING",
    "LISTEN",
    "EXCLUSIVE",
    "SPEAKERS",
    "PARTICIPANTS",
    "END",
    "NOTE",
    "NOTES",
    "SUMMARY",
    "HIGHLIGHTS",
    "KEY POINTS",
    "UPDATE",
    # ORIGINAL: 1:25 p.m. under UPDATE: 2:30 p.m.: a news page's story times
    "UPDATED",
    "ORIGINAL",
    "CORRECTION",
    "CLARIFICATION",
    "POSTED",
    "PUBLISHED",
    "PHOTO",
    "SOURCE",
    "TAGS",
    "RELATED",
    "TRANSCRIPT",
    "SUBJECT",
    "SUBJECTS",
    "TOPIC",
    "TOPICS",
    "DATE",
    "LOCATION",
    "PLACE",
    "VENUE",
    "TIME",
    "KEYWORDS",
    "ISSUES",
    "DISCLAIMER",
    "EDITOR'S NOTE",
    "EDITORS NOTE",
    "ADVERTISEMENT",
    "READ MORE",
    "COMMENTS",
    "SHARE",
    "CATEGORIES",
    "CATEGORY",
    "CONTACT",
    "CONTACTS",
    "MEDIA CONTACT",
    "RELEASES",
}
# Military ranks abbreviated in labels (GEN. POLLOCK:) are honorifics too.
HONORIFICS = {"MR", "MS", "MRS", "DR", "MISS", "GEN", "ADM", "COL", "LT", "CAPT", "MAJ", "SGT"}
# SHRI HARISH KHARE, SMT. …: Indian honorifics, no part of a name either.
HONORIFICS |= {"SHRI", "SMT", "SHRIMATI", "KUMARI"}
# PCO USEC. CASTRO: a Philippine office's and an undersecretary's abbreviations.
HONORIFICS |= {"PCO", "PCOO", "USEC", "ASEC", "ATTY", "ENGR"}
# Samdech Techo:, Lok Chumteav: Cambodian titles of honour, never a name by themselves.
HONOURS = frozenset({"SAMDECH", "LOK", "OKNHA"})
HONORIFICS |= HONOURS


def one_edit(a: str, b: str) -> bool:
    """a and b differ by one letter inserted, dropped or changed (OKAFFOR for OKAFOR)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k in range(len(a)) if a[k] != b[k]), len(a))
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]


def english_surname(label: str) -> str | None:
    words = re.sub(r"[.,]", " ", label).split()
    # McCLELLAN: capitals after a Mc or Mac prefix.
    if not words or not all(re.sub(r"^Ma?c(?=[A-Z])", "", w).isupper() for w in words):
        return None
    return words[-1].upper()


def english_honorific(label: str) -> bool:
    """MR. PRICE, DR. LEE: a label that names a person, not an office."""
    return label.replace(".", " ").split()[0].upper() in HONORIFICS


# Words of an office, not of a name: SECRETARY KERRY is Kerry, UNDER SECRETARY BASS is Bass.
OFFICE_WORDS = {w.upper() for w in TITLE_WORDS.split("|")} | {
    "UNDER",
    "ACTING",
    "SPECIAL",
    "SENIOR",
    "VICE",
    "PRIME",
    "FOREIGN",
    "PRESS",
    "STATE",
    # USEC. IGNACIO, SEC. PANELO, ASEC. …: a Philippine briefing's short offices
    "USEC",
    "ASEC",
    "SEC",
}


def office_only(label: str) -> bool:
    """PRIME MINISTER, SPOKESPERSON: an office and no name."""
    words = label.replace(".", " ").upper().split()
    return bool(words) and all(w in OFFICE_WORDS for w in words)


def english_display(label: str, office: bool = False) -> str:
    """MR. PRICE → Price and SECRETARY KERRY → Kerry: an honorific or an office is no
    part of a name. With office, the office stays (PRIME MINISTER → Prime Minister)."""
    # MR.PRICE: a word run into the honorific; J.B. PRITZKER: initials stay as printed
    words = re.sub(r"\.(?=[A-Za-z]{2})", ". ", label).split()
    if len(words) > 1 and words[0].rstrip(".").upper() in HONORIFICS:
        words = words[1:]
    while not office and len(words) > 1 and words[0].rstrip(".").upper() in OFFICE_WORDS:
        words = words[1:]
    out = []
    for w in words:
        w = w.strip()
        core = w.rstrip(".")
        if core in HONORIFICS:
            out.append(core.capitalize() + ".")
        elif re.fullmatch(r"(?:[A-Za-z]\.){2,}", w):
            out.append(w.upper())  # J.B.: initials
        else:
            out.append("-".join(_name_case(part) for part in w.split("-")))
    return " ".join(out).replace(". .", ".")


def _name_case(word: str) -> str:
    """One word of a capitals label in a name's case: MCCLELLAN → McClellan, O'BRIEN →
    O'Brien; a word printed in mixed case keeps its printed prefix (McCLELLAN → McClellan,
    MacDONALD → MacDonald, DeSANTIS → DeSantis)."""
    m = re.match(r"([A-Z][a-z]+)([A-Z]{2,}.*)$", word)
    if m:
        return m[1] + _name_case(m[2])
    m = re.match(r"([A-Za-z][’']|M[Cc](?=[A-Za-z]{3}))(.+)$", word)
    if m:
        return m[1][0].upper() + m[1][1:].lower() + _name_case(m[2])
    if word[:1].isupper() and re.search(r"[a-z]", word) and re.search(r"[A-Z]", word[1:]):
        return word  # DeSantis as printed in a label of mixed case
    return word.capitalize()


# ---- figures ---------------------------------------------------------------------------

_EN_FIGURE_RE = re.compile(
    # 1, 871 cases: a copy that broke the number after its thousands comma.
    r"(?P<cur>US\$|HK\$|S\$|A\$|NZ\$|C\$|\$|£|€)?"
    # $ 3.56 billion: a transcript's space after the sign
    r"(?(cur) ?)"
    # 247 336 cases, 5 466 deaths: thousands set apart by a space, as some countries print them
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:, \d{3})+(?![\d,.])"
    r"|(?<![\d,.] )(?<![\d.,])\d{1,3}(?: \d{3})+(?!\d|[.,]\d| \d)|\d+(?:\.\d+)?)"
    # 100mm, 40.6km; 132 KV, 100 MW: a power line's voltage and a plant's power
    r"(?P<si>mm|cm|km|\s?(?:[kMG]W|[kK]V)(?![A-Za-z]))?(?(si)\b|)"
    # $9-billion plan: the multiplier joined by a hyphen, as an adjective.
    r"(?:(?:\s*|-)(?P<mult>thousand|million|billion|trillion|bn|m)\b)?"
    r"(?:\s*(?P<pct>percent|per cent|%))?"
    # 879,825 COVID-19 cases: a name with its number, then the noun counted
    r"(?:\s+(?P<noun>[a-z][a-z\-]*[a-z](?:-\d+)?)(?![\w-])"
    r"(?:\s+(?P<noun2>[a-z][a-z\-]+))?)?",
    re.I,
)
# After "100%" or "100 percent", a verb or an adjective of attitude: the words mean "wholly".
_WHOLLY_RE = re.compile(
    r"\s+(?:agree[sd]?|support(?:s|ed)?|back(?:s|ed)?|behind|sure|certain|confident|committed|"
    r"convinced|right|correct|wrong|true|honest|serious|clear|focused|on board|"
    r"with (?:you|us|him|her))\b",
    re.I,
)
_DATE_BEFORE_RE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$|\b(?:No|Nos)\.\s*$"
)
_MONTHS = set(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_CURRENCIES = {"$": "USD", "US$": "USD", "HK$": "HKD", "£": "GBP", "€": "EUR"}
_CURRENCIES.update({"S$": "SGD", "A$": "AUD", "NZ$": "NZD", "C$": "CAD"})
# A currency named in words after the amount, where the word names one currency only.
_CURRENCY_WORDS = {"yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "euros": "EUR", "euro": "EUR"}
_CURRENCY_WORDS.update({"ringgit": "MYR", "yen": "JPY"})
_EN_MULT = multipliers({"thousand": 3, "million": 6, "m": 6, "billion": 9, "bn": 9, "trillion": 12})
_EN_SKIP_NOUNS = {"in", "of", "to", "for", "and", "or", "the", "a", "on", "at", "from", "by"}
_EN_SKIP_NOUNS |= {"as", "an", "with", "per", "than", "is", "was", "are", "were"}


_EN_TRAIL_WORDS = set(
    """at by to of for in on than more less about nearly roughly almost around some over up down
    just only held rose fell grew was were is are has have had been stood remained reached came
    growing rising falling increased decreased declined dropped jumped climbed would will could
    cut totaled totalled hit""".split()
)
_EN_SAID_RE = re.compile(r"^.*\b(?:said|says|shows|showed|show|that|announced|reported)\s+", re.I)
_EN_LEAD_RE = re.compile(
    r"^(?:(?:and|but|so|also|this|these|it|we|they|which|brings?|puts?|takes?|makes?)\s+){0,3}"
    r"(?:our|the|a|an|its|their|his|her)\s+",
    re.I,
)


def english_figures(text: str, segment: int | None, limit: int, dollar: str) -> list[Figure]:
    figures: list[Figure] = []
    for m in _EN_FIGURE_RE.finditer(text):
        if len(figures) >= limit:
            break
        cur, mult, pct = m.group("cur"), m.group("mult"), m.group("pct")
        if m.group("si"):
            figure = _si_figure(text, m, segment)
            if figure:
                figures.append(figure)
            continue
        if ", " in m.group("num") and _DATE_BEFORE_RE.search(text, 0, m.start()):
            continue  # on March 3, 200 people: a day of the month, then a count
        grouped = bool(re.search(r"[, ]", m.group("num")))  # 175,000 jobs, 5 466 deaths
        noun = (m.group("noun") or "").lower()
        month = noun in _MONTHS and m.group("noun")[0].isupper()
        if month and not (cur or m.group("mult") or m.group("pct")):
            continue  # on 25 June appears…: a day of the month
        bare = not (cur or mult or pct or grouped) and _bare_count(text, m)
        # the total number is about 900 that would comprise…: a count of nobody named.
        alone = not (cur or mult or pct or grouped or bare) and _count_alone(text, m)
        if not (cur or mult or pct or grouped or bare or alone or noun in _EN_MEASURES):
            long = _long_count(text, m)
            if long and len(figures) < limit:
                end, unit, label = long
                label = label or _english_label(text, m.start(), end, unit)
                value = Decimal(m.group("num"))
                figures.append(
                    Figure(text[m.start() : end], figure_value(value), unit, label, segment)
                )
            continue
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "."):
            continue
        value = Decimal(m.group("num").replace(",", "").replace(" ", ""))
        if pct and value == 100 and _WHOLLY_RE.match(text, m.end("pct")):
            continue  # the secretary 100% agrees, I'm 100 percent sure: wholly, not a share
        if mult:
            value *= _EN_MULT[mult.lower()]
        named = _NAMED_DOLLAR_RE.match(text, max(m.end("num"), m.end("mult")))
        if named and not (cur or pct):
            # 100 billion Hong Kong dollars: the currency named in words after the amount
            end = named.end()
            unit = _NAMED_DOLLARS[named["country"].lower()]
            label = _english_label(text, m.start(), end, unit)
            figures.append(Figure(text[m.start() : end], figure_value(value), unit, label, segment))
            continue
        if mult and mult.lower() in {"m", "bn"} and not cur:
            continue  # 5m (metres) or 5 bn without a currency: not read
        end, noun = _counted_noun(text, m, cur, mult, pct, alone)
        measure = noun in _EN_MEASURES and _measures(text, m.start(), noun)
        if noun in _EN_MEASURES and not (measure or cur or mult or pct or grouped):
            continue  # 25 years ago, 45 years old
        if pct:
            unit = "%"
        elif measure:
            unit, end = noun, m.end("noun")
        elif cur:
            unit = dollar if cur == "$" else _CURRENCIES[cur.upper()]
        elif end:
            unit = _CURRENCY_WORDS.get(noun, noun)  # 660 billion yuan: the currency's code
            if noun in {"dollar", "dollars"}:
                unit = dollar  # 40 billion dollars: the page's dollar, as $ would be
        elif bare:
            end = m.end("noun2") if _is_plural((m.group("noun2") or "").lower()) else m.end("noun")
            noun = text[m.start("noun") : end].split()[-1]
            unit = noun
        elif (mult and mult.lower() in {"million", "billion", "trillion"}) or alone or grouped:
            unit = ""  # some 1 million are displaced: a count of nobody named
        else:
            continue
        printed_end = end or max(i for i in (m.end("num"), m.end("mult"), m.end("pct")) if i > 0)
        label = _english_label(text, m.start(), printed_end, unit)
        if alone:
            label = _alone_label(text, m.start()) or label
        if not label and figures:  # $8.1 billion, up 12 percent: the change of the one before
            label = figures[-1].label
        figures.append(
            Figure(text[m.start() : printed_end], figure_value(value), unit, label, segment)
        )
    return figures


_NAMED_DOLLARS = {
    "hong kong": "HKD",
    "singapore": "SGD",
    "australian": "AUD",
    "new zealand": "NZD",
    "canadian": "CAD",
}
_NAMED_DOLLAR_RE = re.compile(
    r"\s+(?P<country>Hong Kong|Singapore|Australian|New Zealand|Canadian)\s+dollars?\b"
)


def _si_figure(text: str, m: re.Match, segment: int | None) -> Figure | None:
    """100mm of rain: a measure joined to the number; what it measures follows of."""
    if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "."):
        return None
    of = _OF_RE.match(text, m.end("si"))
    label = ""
    for word in of.group(1).split() if of else []:
        if word.lower() in _EN_TRAIL_WORDS | _EN_SKIP_NOUNS | {"fell", "fall", "falls"}:
            break
        label = f"{label} {word}".strip()  # 100mm of rain is forecast: rain
    value = Decimal(m.group("num").replace(",", "").replace(" ", ""))
    return Figure(
        text[m.start() : m.end("si")],
        figure_value(value),
        m.group("si").strip(),
        label,
        segment,
    )


def _counted_noun(
    text: str, m: re.Match, cur: str | None, mult: str | None, pct: str | None, alone: bool
) -> tuple[int | None, str]:
    """Where the counted noun ends (None when no noun is counted) and the noun as printed."""
    noun = (m.group("noun") or "").lower()
    # over 1 million have been injured: a verb follows, no noun is counted.
    counted = noun and noun not in _EN_SKIP_NOUNS and noun not in _EN_AUXILIARIES
    counted = counted and noun not in _EN_WHEN_WORDS  # 5,000 next week: no noun counted
    counted = counted and not (mult and noun.endswith("ly"))  # 1 million internally displaced
    end = m.end("noun") if counted and not (cur or pct or alone) else None
    noun2 = (m.group("noun2") or "").lower()
    if end and noun2 and noun in ("metric", "square", "cubic"):
        end, noun = m.end("noun2"), f"{noun} {noun2}"  # 40 metric tons: the measure whole
    elif end and noun2 and _is_plural(noun2) and not _is_plural(noun) and noun not in _EN_VERBS:
        end, noun = m.end("noun2"), noun2  # 27 million working people: people
    elif end and noun2 and not _is_plural(noun) and noun not in _EN_VERBS:
        # 21,000 national service members: two words before the noun counted.
        third = re.match(r"\s+([a-z]{3,})\b", text[m.end("noun2") :])
        if third and third.group(1) in _COUNTED_PEOPLE:
            end, noun = m.end("noun2") + third.end(1), third.group(1)
    if end:
        noun = text[end - len(noun) : end]  # as printed: 13.6 million Australians
        pair = _PEOPLE_PAIR_RE.match(text, end)
        if pair and noun.lower() in _PEOPLE_NOUNS:
            end, noun = pair.end(), noun + pair.group(0)  # 3,900 women and men
    return end, noun


_DOLLARS = {
    # Barton, ACT: a place in an Australian state or territory, abbreviated after a comma.
    # MEMBER FOR HASLUCK: a seat in Australia's House of Representatives.
    "AUD": r"Australia|Australian|Canberra|(?<=, )(?-i:ACT|NSW|QLD|Qld|VIC|Vic|TAS|Tas)"
    r"|(?-i:(?:MEMBER FOR|Member for) [A-Z][A-Za-z]+)"
    # the states and their capitals (not Perth, Darwin or Victoria, named elsewhere too)
    r"|Queensland|New South Wales|Tasmania|Northern Territory|Western Australia"
    r"|South Australia|Sydney|Melbourne|Brisbane|Adelaide|Hobart|Gold Coast",
    "NZD": r"New Zealand|Wellington|Auckland",
    "CAD": r"Canada|Canadian|Ottawa|Ontario|Quebec|British Columbia|Alberta|Manitoba"
    r"|Saskatchewan|Nova Scotia|New Brunswick|Newfoundland|Toronto|Montreal|Vancouver",
    "BBD": r"Barbados|Barbadian|Bridgetown",
    "HKD": r"Hong Kong|HKSAR",
    "SGD": r"Singapore",
}


def dollar_of(header: str) -> str:
    """The currency a bare $ means, from where the briefing was given (its header)."""
    for code, places in _DOLLARS.items():
        if re.search(rf"\b(?:{places})\b", header):
            return code
    return "USD"


# Units of measure: 1.5 degrees always; a number of years, months… only where the text
# says how long (more than 25 years, for 10 days), not in a date or an age.
_EN_MEASURES = {
    "degrees",
    "years",
    "months",
    "weeks",
    "days",
    "hours",
    "minutes",
    "min",
    "mins",
    "seconds",
    "kilometers",
    "miles",
}
_EN_SPAN_BEFORE_RE = re.compile(
    r"\b(?:more than|over|nearly|almost|about|some|for|past|last|first|next|after|within|every)"
    r"\s+$",
    re.I,
)

_OF_RE = re.compile(
    r"\s+of\s+(?!(?:its|their|our|his|her|the|a|an|this|that)\b)"
    # 50 percent of Palauns: a people's name in capitals too
    r"([a-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,2}|[A-Z][a-z]+(?:ns|ans|ese|ers|s)\b(?:\s+[a-z][\w\-]*){0,2})"
)
_EN_SPAN_TRAIL = set(
    "to the a an of at by about nearly over than more for some almost around every".split()
)


def _measures(text: str, start: int, noun: str) -> bool:
    if noun == "degrees":
        return True
    return bool(_EN_SPAN_BEFORE_RE.search(text[max(0, start - 16) : start]))


# A count with no measure word (60 Georgian individuals, 73 journalists): read only where
# the number is printed in digits, is at least 10 (3 people, 2 questions are talk), is not
# a year, and is not a section's or a resolution's number (Section 230 rules). A short
# duration is read only as the other spans are, where the text says how long (gaggled for
# about 10 min, for five minutes): "only 38 minutes long" and "15 minutes late" in a
# briefing's banter are left out (the labels of r32 and r71; r119's "like 45 seconds" is
# counted by its label, the one duration of that kind left to the editor).
_EN_DURATIONS = {"seconds", "minutes"}
_EN_NOT_COUNTED = set(
    """this thus always perhaps across news series times less unless versus whereas besides
    towards afterwards as""".split()
)
_EN_NOT_AFTER_RE = re.compile(r"^\s*(?:ago|later|old|earlier|from now|left)\b", re.I)
_EN_NUMBERED_RE = re.compile(r"(?:\b[A-Z][a-z]+|No\.|#|[/:\-])\s*$")


def _bare_count(text: str, m: re.Match) -> bool:
    num = m.group("num")
    if re.fullmatch(r"\d{1,3}\.\d{1,2}", num) and m.group("noun") == "points":
        return True  # It gathered 94.5 points: a score, a decimal counts no points made
    if not num.isdigit() or len(num) > 6 or (len(num) == 4 and num[:2] in {"19", "20"}):
        return False
    if _EN_NUMBERED_RE.search(text[max(0, m.start() - 12) : m.start()]):
        return False
    if _NAMING_BEFORE_RE.search(text[max(0, m.start() - 14) : m.start()]):
        return False  # resolution 2417 states: a number naming a thing, then its words
    if re.search(r"\d\s*(?:to|or|-|–)\s*$", text[max(0, m.start() - 12) : m.start()]):
        return False  # around 800 to 900 people: a range, left to the editor
    noun, noun2 = (m.group("noun") or ""), (m.group("noun2") or "")
    if noun and noun[0].isupper() and noun2 and noun2.islower() and _is_plural(noun2):
        noun, end = noun2, m.end("noun2")  # 60 Georgian individuals
    elif (
        noun.islower()
        and not _is_plural(noun)
        and noun not in _EN_SKIP_NOUNS | _EN_AUXILIARIES | _EN_NOT_COUNTED
        and noun2.islower()
        and _is_plural(noun2)
    ):
        noun, end = noun2, m.end("noun2")  # 13 peacekeeping operations
    elif noun.islower():
        end = m.end("noun")
    else:
        return False
    if not _is_plural(noun) or noun in _EN_NOT_COUNTED | _EN_MEASURES | _EN_DURATIONS:
        return False
    if _EN_NOT_AFTER_RE.match(text[end:]):
        return False
    return int(num) >= 10


# 200 open domestic terrorism investigations, 200 Trump appointed judges: a count in digits
# whose plural noun comes after up to three words that describe it.
_LONG_COUNT_RE = re.compile(r"(?:\s+[A-Za-z][a-z\-]*\b(?![.,;:'’]\S)){2,4}")
# 14 people were killed and over 100 injured: a count of casualties with no noun.
_CASUALTY_RE = re.compile(
    r"\s+(killed|injured|wounded|dead|missing|arrested|detained|displaced|evacuated|"
    r"hospitali[sz]ed)\b"
)
_NOT_DESCRIBING = {"and", "or", "but", "than", "that", "who", "which", "as", "per", "not", "no"}
_NOT_DESCRIBING_ALL = (
    _NOT_DESCRIBING
    | _EN_SKIP_NOUNS
    | {"have", "has", "had", "are", "were"}
    | {
        "was",
        "is",
        "will",
        "would",
        "been",
        "more",
        "less",
    }
)
# Numbers that name a thing, not count: resolution 2334, section 230, room 12, flight 370.
_NAMING_BEFORE_RE = re.compile(
    r"\b(?:section|resolution|article|chapter|paragraph|rule|title|room|route|highway|flight|"
    r"number|no\.|tower|building|level|phase|grade|version|item|point|page|act)\s*$",
    re.I,
)


def _long_count(text: str, m: re.Match) -> tuple[int, str, str] | None:
    """(end, unit, label) of a count in digits, 10 or more and no year, whose plural noun
    follows a few describing words, or that counts casualties with no noun."""
    num = m.group("num")
    if m.group("cur") or m.group("si") or not num.isdigit() or int(num) < 10 or len(num) > 6:
        return None
    if len(num) == 4 and num[:2] in {"19", "20"}:
        return None
    before = text[max(0, m.start() - 14) : m.start()]
    opening = re.search(
        r"\b(?:With|In|Of|For|Over|Nearly|About|Some|Only|All|And|But|Around)\s+$", before
    )
    if (_EN_NUMBERED_RE.search(before) and not opening) or _NAMING_BEFORE_RE.search(before):
        return None
    if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in ".$,"):
        return None
    after = m.end("num")
    casualty = _CASUALTY_RE.match(text, after)
    if casualty and re.search(r"\b(?:and|,)\s+(?:over|nearly|about|some|more than)?\s*$", before):
        return after, "", casualty.group(1)
    following = _LONG_COUNT_RE.match(text, after)
    if not following:
        return None
    spans = [(w.group(1), w.end(1)) for w in re.finditer(r"\s+(\S+)", following.group(0))]
    words = [w for w, _end in spans]
    for k in range(1, len(words)):
        noun, describing = words[k], words[:k]
        if any(w.lower() in _NOT_DESCRIBING_ALL or _is_plural(w.lower()) for w in describing):
            return None
        if not re.fullmatch(r"[a-z][a-z\-]+", noun) or not _is_plural(noun):
            continue
        if noun in _EN_NOT_COUNTED | _EN_MEASURES | _EN_DURATIONS:
            return None
        end = after + spans[k][1]
        if _EN_NOT_AFTER_RE.match(text[end:]):
            return None
        return end, noun, ""
    return None


# 3,900 women and men: a pair of people nouns is one unit.
# Nouns that end a count of people after two words (national service members).
_COUNTED_PEOPLE = {
    "members",
    "workers",
    "people",
    "officers",
    "volunteers",
    "residents",
    "students",
    "personnel",
    "troops",
    "employees",
    "staff",
    "teachers",
    "nurses",
    "doctors",
    "patients",
}
_PEOPLE_NOUNS = {"women", "men", "boys", "girls", "children", "adults", "civilians"}
_PEOPLE_PAIR_RE = re.compile(r" and (?:women|men|boys|girls|children|adults|civilians)\b")


_ALONE_BEFORE_RE = re.compile(
    r"\b(?:is|are|was|were|be)\s+(?:about|approximately|roughly|nearly|around|some)\s+$"
)
# …, 21 of those on the ship: a share of a group the sentence has just counted.
_ALONE_OF_RE = re.compile(r"^\s+of\s+(?:those|them|these)\b")
_ALONE_AFTER_RE = re.compile(r"^\s+(?:that|who)\s+(?:would|will|are|were|have|had)\b")


def _count_alone(text: str, m: re.Match) -> bool:
    """…is about 900 that would…: a number in digits (at least 10, no year) after is about
    and before a relative clause, counting what the sentence named before it."""
    num = m.group("num")
    if not num.isdigit() or int(num) < 10 or (len(num) == 4 and num[:2] in {"19", "20"}):
        return False
    if _ALONE_OF_RE.match(text[m.end("num") :]) and re.search(
        r"(?:^|[,;:.]\s)\s*$", text[max(0, m.start() - 3) : m.start()]
    ):
        return True  # 46 persons were swabbed, 21 of those on the ship tested positive
    return bool(
        _ALONE_BEFORE_RE.search(text[max(0, m.start() - 30) : m.start()])
        and _ALONE_AFTER_RE.match(text[m.end("num") :])
    )


def _alone_label(text: str, start: int) -> str:
    """the total number is about 900: what the sentence names before is about."""
    clause = re.split(r"[.,;:!?–—]", text[max(0, start - LOOKBACK) : start])[-1]
    clause = _ALONE_BEFORE_RE.sub("", clause)
    words = clause.split()
    for i in range(len(words) - 1, -1, -1):
        if words[i].lower() in {"the", "a", "an", "our", "their", "its"}:
            return " ".join(words[i + 1 :])
    return ""


_NUMBER_OF_RE = re.compile(
    r"\bnumber of (?P<what>(?:[a-z\-]+\s){0,2}?[a-z\-]+)\s+"
    r"(?:rise|rises|rising|grow|grows|reach|reaches|to|will|would|could|may|is|are|was|were)\b"
    r"[^.;:!?]*$"
)
# Words after a number that say when, not what: 5,000 next week, 2,000 since March.
_EN_WHEN_WORDS = {"next", "last", "this", "since", "per", "each", "already", "now", "yet"}
_EN_AUXILIARIES = {"have", "has", "had", "are", "were", "was", "is", "will", "would", "been"}
_EN_VERBS = {"are", "were", "was", "is", "have", "has", "had", "will", "would", "more", "less"}


def _is_plural(word: str) -> bool:
    irregular = {"people", "children", "staff", "personnel", "police", "cattle", "sheep", "fish"}
    # dangerous, various (adjectives), virus, status, crisis (singular): no plural's -s
    ending = word.endswith("s") and not word.endswith(("ss", "us", "is"))
    return word in irregular or (ending and len(word) > 3)


# Words that follow an amount without naming what it measures ($1.1 billion since…).
_EN_NOT_A_NOUN = set(
    """since per each from last next this that which when while because but than already
    now year years annually a an so yet""".split()
)


def _english_label(text: str, start: int, end: int, unit: str) -> str:
    """The noun phrase the figure measures: after "in/for/of" for money, else before it."""
    money = unit in set(_CURRENCIES.values()) | set(_DOLLARS)
    # 25 years of experience, 65 percent of global GDP: what is measured follows "of".
    of = _OF_RE.match(text, end)
    if of and (unit == "%" or unit in _EN_MEASURES):
        return re.split(r"\s(?:and|to|for|from|by|in|on|at)\b", of.group(1))[0]
    if unit in _EN_MEASURES:
        clause = re.split(r"[.,;:!?–—]", text[max(0, start - LOOKBACK) : start])[-1].split()
        while clause and clause[-1].lower() in _EN_SPAN_TRAIL:
            clause.pop()
        if clause and clause[-1].endswith("ing"):
            return clause[-1]  # cases are now doubling about every 10 days: doubling
        return " ".join(clause[-2:])
    if unit == "":
        # 1 million are now internally displaced: what is said of the count follows it.
        words = re.split(r"[.,;:!?–—()]", text[end:])[0].split()
        if words and words[0].lower() in _EN_WHEN_WORDS:
            # the number of daily infections rise to more than 5,000 next week
            before = _NUMBER_OF_RE.search(text[max(0, start - LOOKBACK) : start])
            return before["what"] if before else ""
        while words and words[0].lower() in _EN_AUXILIARIES | {"now", "already", "still"}:
            words.pop(0)
        kept = []
        for word in words[:3]:
            if word.lower() in _EN_SKIP_NOUNS or not word.isalpha():
                break
            kept.append(word)
        return " ".join(kept)
    if unit != "%" and not money:
        phrase = text[start:end].split()
        nouns = [w for w in phrase[1:] if w.isalpha() and w.lower() not in _EN_MULT]
        return " ".join(nouns) or unit
    if money:
        # $4.2 billion budget: the noun right after; real growth of $23 million: the noun before.
        noun = re.match(r"\s+([a-z][a-z\-]{2,})\b", text[end:])
        stop = _EN_SKIP_NOUNS | _EN_AUXILIARIES | _EN_TRAIL_WORDS | _EN_NOT_A_NOUN
        if noun and noun[1] not in stop:
            return noun[1]
        before = re.search(r"\b((?:[a-z][a-z\-]+\s){0,1}[a-z][a-z\-]+)\s+of\s+$", text[:start])
        if before and before[1].split()[-1] not in _EN_SKIP_NOUNS | _EN_TRAIL_WORDS:
            return before[1]
    after = re.match(r"\s+(?:in|for|of)\s+((?:[A-Za-z\-']+\s?){1,4})", text[end:])
    if money and after:
        return re.split(r"\s(?:and|to|for|from|by|that|which|this)\b", after.group(1))[0].strip()
    clause = re.split(r"[.,;:!?–—]", text[max(0, start - LOOKBACK) : start])[-1].strip()
    words = clause.split()
    while words and words[-1].lower() in _EN_TRAIL_WORDS:
        words.pop()
    clause = _EN_LEAD_RE.sub("", _EN_SAID_RE.sub("", " ".join(words)))
    clause = re.sub(r"^(?:and|but|so|while|whereas|as)\s+", "", clause, flags=re.I)
    return " ".join(clause.split()[-8:])


# A pool report: "Spicer gave an eight-minute gaggle", "Hogan Gidley gaggled for…".
_GAGGLE_RE = re.compile(
    # He briefed reporters: a pronoun names nobody
    r"\b(?!(?:He|She|They|We|It|I|You|Who|This|That)\b)"
    # …, on Monday briefed reporters: a day is nobody
    rf"(?!{_DAY_OR_MONTH}\b)"
    r"(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
    # The Minister of Information, Mr Lai Mohammed, on Monday briefed reporters: the day between
    rf"(?:,? (?:on |this |last )?{_DAY_OR_MONTH},?)?,? "
    r"(?:gave an? (?:[\w-]+ )?(?:gaggle|briefing)|gaggled"
    r"|briefed (?:reporters|the press|the pool)"
    # The Information minister, Kojo Oppong Nkrumah, is currently addressing the media
    r"|(?:is|was) (?:currently |now )?addressing (?:the )?(?:media|press|reporters|journalists))\b"
)


def gaggling_people(paragraphs: list[str]) -> list[str]:
    """Who a pool report says gave the gaggle: the one official who spoke."""
    names = {m["name"] for p in paragraphs[:20] for m in _GAGGLE_RE.finditer(p)}
    return sorted(names) if len(names) == 1 else []


# A news story on a briefing: "Wilson was asked what say…" is the briefer answering.
_QUESTIONED_RE = re.compile(
    r"(?<![\w'’])(?P<name>[A-ZÀ-Ý][a-zà-ÿ][a-zA-Zà-ÿ'\-]+(?: [A-ZÀ-Ý][a-zà-ÿ][a-zA-Zà-ÿ'\-]+)?)"
    r" (?:was|were) (?:also )?(?:asked|pressed|questioned)\b"
)
_NOT_A_SUBJECT = set(
    """The This That These Those It He She They We I You And But Then When While After Before
    Also Later Earlier Asked Reporters Nobody Everyone Officials""".split()
)


# Premiers Ford and Legault responded to questions: two office holders by surname, answering.
_OFFICE_PAIR_ANSWERS_RE = re.compile(
    r"\b(?:Premiers|Ministers|Governors|Mayors|Presidents|Prime Ministers)\s+"
    r"(?P<a>[A-ZÀ-Ý][a-zà-ÿ'\-]+)\s+and\s+(?P<b>[A-ZÀ-Ý][a-zà-ÿ'\-]+)\s+"
    r"(?:responded to|answered|took|fielded|were asked|addressed)\b"
)


def questioned_people(paragraphs: list[str]) -> list[str]:
    """Who a news story says was asked at the briefing it reports: the one named subject of
    "was asked" (a second name, or none, and nobody is taken), or the two office holders it
    says answered together."""
    pairs = {(m["a"], m["b"]) for p in paragraphs[:30] for m in _OFFICE_PAIR_ANSWERS_RE.finditer(p)}
    if len(pairs) == 1:
        return sorted(pairs.pop())
    names = set()
    for p in paragraphs[:30]:
        for m in _QUESTIONED_RE.finditer(p):
            words = m["name"].split()
            while words and words[0] in _NOT_A_SUBJECT:
                words.pop(0)
            if words and not set(words) & set(TITLE_WORDS.split("|")):
                names.add(" ".join(words))
    return sorted(names) if len(names) == 1 else []


# Premier Doug Ford staged a news conference…; Chief Medical Officer Dr Tony Holohan
# confirmed the change at last night's briefing: a story's office holder who held the
# conference it reports, or spoke at it.
# Gov. Jim Justice (R-WV) and members of his administration held a press briefing: the
# post abbreviated, the party and state after the name, the others unnamed.
_HELD_CONFERENCE_RE = re.compile(
    # Gov.-Elect Greg Gianforte held his first press conference: an office to come
    rf"(?:\b|^)(?P<post>(?:[A-Z][a-z]+\s+){{0,3}}(?:{TITLE_WORDS}|Gov\.|Sen\.)(?:-General|-[Ee]lect)?"
    # Premier and Minister of Finance David Burt: two offices, one of a portfolio
    rf"(?:\s+and\s+(?:[A-Z][a-z]+\s+){{0,2}}(?:{TITLE_WORDS})(?:\s+(?:of|for)\s+[A-Z][a-z]+)?)?)\s+"
    r"(?:(?:Dr|Mr|Mrs|Ms)\.?\s+)?"
    # Chief Minister Picardo: Minister is the post's, not the name's first word
    rf"(?!(?:{TITLE_WORDS})\b)"
    # JB Pritzker: a given name of two initials
    r"(?P<name>(?:[A-ZÀ-Ý][a-zà-ÿ][a-zA-Zà-ÿ'\-]+|[A-Z]{2}|[A-Z]\.[A-Z]\.)"
    # Surangel S. Whipps Jr.: a middle initial, a suffix
    r"(?: [A-Z]\.)? [A-ZÀ-Ý][a-zà-ÿ][a-zA-Zà-ÿ'\-]+(?: Jr\.| Sr\.)?),?\s+"
    r"(?:\([RDI]-[A-Z]{2}\)\s+)?"
    r"(?:and (?:members|officials|leaders) of (?:his|her|their|the) [a-z ]{2,30}?\s+)?"
    # on Monday (March 29) attended his first press conference
    r"(?:on [A-Z][a-z]+day(?: \([^()]{1,20}\))?\s+)?"
    r"(?:(?:staged|held|holds|hosted|hosts|gave|gives|called|convened|attended|(?:is|was) holding"
    # Governor Kevin Stitt took podium for his weekly press briefing
    r"|took (?:the )?podium (?:for|at)|(?:took|takes) (?:the )?stage (?:for|at))"
    r"\s+(?:a|an|his|her|the|their)\s+"
    # Prime Minister Robert Abela to address press conference: a live page's announcement.
    r"|(?:to|will(?:\s+be)?)\s+(?:address|hold|give|host|holding|giving|hosting)\s+"
    r"(?:(?:a|an|his|her|the|their)\s+)?"
    r"(?:[a-z\-]+\s+){0,3}(?:press conference|news conference|press briefing|briefing"
    r"|media availability)\b"
    # …John Key was back to his genial self at today's Press Conference: was at it.
    r"|(?:said|confirmed|announced|told reporters|revealed|was)\b[^.]{0,120}?\bat\s+(?:the|a|"
    r"(?:last night|this morning|today|yesterday|this evening)['’]s)\s+(?:[a-z\-]+\s+){0,3}"
    r"(?i:press conference|news conference|press briefing|briefing)\b"
    # First Minister Mark Drakeford is updating the public on…: a live page's officiant.
    r"|(?:is|was) (?:updating|addressing|briefing) (?:the )?"
    r"(?:public|media|press|reporters|nation)\b"
    # Luxembourg Prime Minister Xavier Bettel on Saturday addressed journalists
    r"|addressed (?:the )?(?:journalists|reporters|press|media)\b)"
)


# The Director-General of Health, Dr Ashley Bloomfield, provided an update to the media
# today: the official a ministry's media update is given by.
_UPDATED_MEDIA_RE = re.compile(
    r"\b[Tt]he (?P<post>[A-Z][\w\-]+(?: (?:of|for|the|and|[A-Z][\w\-]+)){0,6}),\s+"
    r"(?:(?:Dr|Mr|Mrs|Ms|Professor)\.?\s+)?"
    # The Minister for Works and Housing, Samuel Atta Akyea takes his turn to address
    # Ghanaians: a name of three words, the comma after it left out.
    r"(?P<name>[A-ZÀ-Ý][a-zà-ÿ][a-zA-Zà-ÿ'’\-]+(?: [A-ZÀ-Ý][a-zà-ÿ][a-zA-Zà-ÿ'’\-]+){1,2}),?\s+"
    r"(?:(?:provided|gave|has provided|will provide) an update to the (?:media|press)\b"
    r"|(?:takes|took) (?:his|her) turn to address\b"
    r"|(?:addressed|briefed) (?:the )?(?:media|press|journalists|reporters|nation)\b)"
)


_ABBREVIATED_POSTS = {"Gov.": "Governor", "Sen.": "Senator"}
# …themes for Premier Horgan's Wednesday Press conference / Today, Premier McNeil and Dr
# Strang held a press conference…: an office and a surname, the press conference theirs.
_OFFICE_SURNAME_HELD_RE = re.compile(
    r"\b(?P<office>Premier|Governor|Mayor|President|Prime Minister|Chief Minister)\s+"
    r"(?P<name>[A-Z][a-z][a-zA-Z'\-]+)"
    r"(?:['’]s\s+(?:[A-Za-z]+\s+){0,2}(?i:press conference|news conference|briefing)"
    r"|(?:\s+and\s+(?:Dr\.?|Mr\.?|Ms\.?|Mrs\.?)\s+(?P<other>[A-Z][a-z][a-zA-Z'\-]+))?"
    r"\s+(?:held|hosted|gave)\s+an?\s+(?:press conference|news conference|briefing))"
)


def office_surname_briefers(lines: list[str]) -> list[tuple[str, str | None]]:
    """(surname, office) of who held the press conference a story reports, by office and
    surname (and the one beside them, by honorific and surname)."""
    for line in lines:
        m = _OFFICE_SURNAME_HELD_RE.search(line)
        if m:
            found = [(m["name"], m["office"])]
            return found + ([(m["other"], None)] if m["other"] else [])
    return []


_ABBREVIATED_TITLED_RE = re.compile(
    r"\b(?P<abbr>Gov\.|Sen\.)\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z][\w'’\-]+)\b"
)


def _full_name_printed(surname: str, paragraphs: list[str]) -> bool:
    """Whether a given name stands before the surname somewhere (not a post or Mr)."""
    before = re.findall(rf"\b([A-Z][a-z]+) {re.escape(surname)}\b", "\n".join(paragraphs))
    return any(
        not re.fullmatch(rf"(?:{TITLE_WORDS}|Mr|Ms|Mrs|Dr|Sir|The|Hon)", word) for word in before
    )


_POST_SURNAME_HELD_RE = re.compile(
    rf"\b(?P<post>(?:[A-Z][a-z]+\s+){{0,2}}(?:{TITLE_WORDS}))\s+(?!(?:{TITLE_WORDS})\b)"
    r"(?P<surname>[A-Z][a-z][a-zA-Z'\-]+) (?:held|gave|hosted|convened|called) "
    r"(?:a|an|his|her) (?:[a-z\-]+ ){0,2}(?:press conference|news conference|press briefing)\b"
)
_NAME_HELD_RE = re.compile(
    rf"\b(?!(?:{TITLE_WORDS})\b)(?P<name>[A-Z][a-z]+ [A-Z][a-z][a-zA-Z'\-]+) "
    r"(?:held|gave|hosted|convened) "
    r"(?:a|an|his|her) (?:[a-z\-]+ ){0,2}(?:press conference|news conference|press briefing)\b"
)
# The Minister of Information and Media and Chief Government Spokesperson Hon. Cornelius
# Mweetwa, MP, today held a press briefing: a long post, Hon. and MP around the name.
_HONOURABLE_HELD_RE = re.compile(
    r"(?!(?:Today|Yesterday|The|On)\b)(?P<post>[A-Z][\w'’\-]*(?:\s+(?:of|for|and|&|the|[A-Z][\w'’\-]*)){0,12}?)\s+"
    r"(?:Hon\.?|Honourable|Honorable)\s+"
    r"(?P<name>[A-Z][a-z][\w'’\-]*(?:\s+[A-Z][a-z][\w'’\-]*){1,2}),?(?:\s+MP,?)?\s+"
    r"(?:today\s+|yesterday\s+|on\s+[A-Z][a-z]+day\s+)?(?:held|addressed|gave|hosted|convened)\s+"
    r"(?:a|an|the|his|her)\s+(?:[a-z\-]+\s+){0,2}"
    r"(?:press briefing|press conference|news conference|media briefing)"
)


def _name_and_post(m: re.Match) -> tuple[str, str]:
    """The name and post of whichever alternative of a pattern matched."""
    groups = m.groupdict()
    key = next((k for k in ("", "2", "3", "4") if groups.get("name" + k)), "")
    return groups["name" + key], groups["post" + key]


# Mohamed Rahman Swarray, the Minister of Information and Communications, held the weekly
# government press briefing: the name, the post between commas, then the holding.
_APPOSED_HOLDER_RE = re.compile(
    r"\b(?P<name>[A-ZÀ-Ý][a-zà-ÿ'\-]+(?: [A-ZÀ-Ý][a-zà-ÿ'\-]+){1,2}), (?:the |our )?"
    rf"(?P<post>(?:[A-Z][a-z]+ ){{0,3}}(?:{TITLE_WORDS})"
    r"(?: (?:of|for|and|of the) [A-Z][a-z]+| [A-Z][a-z]+){0,6}),"
    r" (?:held|hosted|gave|addressed|convened|chaired) (?:a|an|the|his|her|their)\b[^.]{0,60}?"
    r"\b(?:press|news|media) (?:conference|briefing)"
    # Mr. L.Purevsuren, Minister for Foreign Affairs of Mongolia held a press briefing: a
    # Mongolian name, the patronymic's initial joined to it, the post's comma left out
    rf"|(?<=Mr\. )(?P<name2>{INITIAL_NAME}), "
    rf"(?P<post2>(?:{TITLE_WORDS})(?: (?:of|for|and|of the) [A-Z][a-z]+| [A-Z][a-z]+){{0,6}})"
    r" (?:held|hosted|gave) (?:a|an|the)\b[^.]{0,60}?\b(?:press|news|media) (?:conference|briefing)"
)


# The Minister of ICT and National Guidance, Dr. Chris Baryomunsi, has this morning addressed
# the press / Sierra Leone's Press Secretary, Solomon Jamiru Esq., has held the first of…
# briefings: a story's official, the post first, the name between commas, then what he did
# with the press.
_POST_NAME_PRESS_RE = re.compile(
    r"(?<![\w'’\-])"
    r"(?!(?:Today|Yesterday|Tonight|This)\b)"
    rf"(?P<post>(?:[A-Z][\w'’\-]*\s+(?:(?:of|for|and|&|the|[A-Z][\w'’\-]*)\s+){{0,8}}?)?"
    # The Chargé d’affaires of the Eritrean Embassy in Sudan, Mr Ibrahim Idris, held…
    rf"(?:{TITLE_WORDS}|Chargé d['’]affaires)(?:\s+(?:of|for|and|&|the|in|[A-Z][\w'’\-]*)){{0,8}}?)"
    # the Minister of Information and Media Hon. Cornelius Mweetwa held…: no comma before Hon.
    r"(?:,\s+|\s+[–—-]\s+|\s+(?=Hon\.?\s))"
    r"(?:(?:Dr\.?|Mr\.?|Ms\.?|Mrs\.?|Hon\.?|Honourable|Honorable|H\.E\.)\s+)?"
    r"(?P<name>[A-ZÀ-Ý][a-zà-ÿ'’\-]+(?:\s+[A-Z]\.)?(?:\s+[A-ZÀ-Ý][a-zà-ÿ'’\-]+){1,2})"
    r"(?:,?\s+(?:Esq\.?|MP))?,?\s+"
    r"(?:(?:has|had|on\s+[A-Z][a-z]+day|this\s+(?:morning|afternoon|evening)|today|yesterday)\s+){0,3}"
    r"(?:addressed|held|engaged|briefed|hosted|gave|conducted|updated)\s+"
    r"[^.]{0,60}?\b(?i:press|journalists|reporters|media|newsmen|briefings?|conferences?)\b"
)


# …during a press conference at Cabinet where the Deputy Prime Minister, Themba Masuku, said…:
# who spoke at the conference the sentence names.
_WHERE_POST_NAME_SAID_RE = re.compile(
    r"\b(?i:press conference|news conference|press briefing|media briefing)\b[^.]{0,60}?"
    r"\b(?:where|at which|in which)\s+(?:the\s+)?"
    rf"(?P<post>(?:[A-Z][\w'’\-]*\s+){{0,3}}(?:{TITLE_WORDS})(?:\s+(?:of|for|and|&|the|[A-Z][\w'’\-]*)){{0,6}}?),\s+"
    r"(?:(?:Dr\.?|Mr\.?|Ms\.?|Mrs\.?|Hon\.?)\s+)?"
    r"(?P<name>[A-ZÀ-Ý][a-zà-ÿ'’\-]+(?:\s+[A-ZÀ-Ý][a-zà-ÿ'’\-]+){1,2}),\s+"
    r"(?:said|says|told|announced|explained|stated|revealed|noted)\b"
    # …a highly charged press conference on Thursday afternoon where Prime Minister Robert
    # Abela announced…: the post and the name with no commas
    r"|\b(?i:press conference|news conference|press briefing)\b[^.]{0,60}?\bwhere\s+"
    rf"(?P<post3>(?:[A-Z][\w'’\-]*\s+){{0,3}}(?:{TITLE_WORDS}))\s+"
    r"(?P<name3>[A-ZÀ-Ý][a-zà-ÿ'’\-]+\s+[A-ZÀ-Ý][a-zà-ÿ'’\-]+)\s+"
    r"(?:said|announced|told|explained|stated|revealed)\b"
    # …will be a historic visit said Prime Minister Tshering Tobgay during a press conference
    r"|\bsaid\s+(?:the\s+)?"
    rf"(?P<post4>(?:[A-Z][\w'’\-]*\s+){{0,3}}(?:{TITLE_WORDS}))\s+"
    r"(?P<name4>[A-ZÀ-Ý][a-zà-ÿ'’\-]+\s+[A-ZÀ-Ý][a-zà-ÿ'’\-]+)\s+(?:during|at|in)\s+"
    r"(?:a|an|the|his|her|today['’]s|yesterday['’]s)\s+(?:[a-z\-]+\s+){0,2}"
    r"(?i:press conference|news conference|press briefing)"
    # At today's press conference, the Prime Minister of the Republic of Slovenia, Borut
    # Pahor, outlined…: the conference first, then who spoke there
    r"|\bAt (?:today['’]s|the|a|yesterday['’]s|his|her) (?:[a-z\-]+ ){0,2}"
    r"(?i:press conference|news conference|press briefing),\s+(?:the\s+)?"
    rf"(?P<post2>(?:[A-Z][\w'’\-]*\s+){{0,3}}(?:{TITLE_WORDS})(?:\s+(?:of|for|and|&|the|[A-Z][\w'’\-]*)){{0,8}}?),\s+"
    r"(?P<name2>[A-ZÀ-Ý][a-zà-ÿ'’\-]+(?:\s+[A-ZÀ-Ý][a-zà-ÿ'’\-]+){1,2}),\s+[a-z]+(?:ed|s)\b"
)


# Prime Minister Dr Roosevelt Skerrit, in a recent press conference, discussed…: the post,
# the name, then the conference he spoke at between commas.
_NAME_IN_CONFERENCE_RE = re.compile(
    rf"(?<![\w'’\-])(?P<post>(?:[A-Z][\w'’\-]*\s+){{0,3}}(?:{TITLE_WORDS}))\s+"
    r"(?:(?:Dr\.?|Mr\.?|Ms\.?|Mrs\.?|Hon\.?)\s+)?"
    r"(?P<name>[A-ZÀ-Ý][a-zà-ÿ'’\-]+(?:\s+[A-ZÀ-Ý][a-zà-ÿ'’\-]+){1,2}),\s+"
    r"(?:in|at|during)\s+(?:a|an|the|his|her|their)\s+(?:[a-z\-]+\s+){0,3}"
    r"(?i:press conference|news conference|press briefing|media briefing),"
    # Greek government spokesman Gavriil Sakellaridis stood on the podium: a spokesman's post
    # in lower case before the name, in a story on a briefing
    r"|(?<![\w'’\-])(?P<post3>(?:[A-Z][a-z]+\s+)?(?:government\s+)?(?:spokesman|spokeswoman"
    r"|spokesperson))\s+(?P<name3>[A-ZÀ-Ý][a-zà-ÿ'’\-]+\s+[A-ZÀ-Ý][a-zà-ÿ'’\-]+)\s+"
    r"(?:said|stood|told|announced|explained|stated)\b"
    # The key remarks made by Taliban spokesman Zabihullah Mujahid at his second press
    # conference: whose remarks the story lists, a spokesman's post in lower case
    r"|\b(?:made|given|delivered)\s+by\s+"
    rf"(?P<post2>(?:[A-Z][\w'’\-]*\s+){{1,3}}(?:spokesman|spokeswoman|spokesperson|{TITLE_WORDS}))\s+"
    r"(?P<name2>[A-ZÀ-Ý][a-zà-ÿ'’\-]+(?:\s+[A-ZÀ-Ý][a-zà-ÿ'’\-]+){1,2})\s+at\s+"
    r"(?:his|her|their|a|the)\s+(?:[a-z\-]+\s+){0,3}(?i:press conference|news conference)"
)


# Le ministre de l'Information, …, Bishara Juma Arur a déclaré / le ministre des affaires
# étrangères…, porte parole du gouvernement, Mahmoud Ali Youssouf, a fait un point de presse: a
# French report's official, the post first, then the name and what he said.
_FR_NAME = r"[A-ZÀ-Ý][\w'’\-]+(?:\s+[A-ZÀ-Ý][\w'’\-]+){1,3}"
_FR_POST_NAME_SAID_RE = re.compile(
    r"\b(?:[Ll]e|[Ll]a)\s+(?P<post>(?i:premier ministre|première ministre|ministre|sous-secrétaire"
    r"|secrétaire d['’]État|présidente?|porte-parole|gouverneur|maire|chef de l['’][ée]tat)\b"
    r"[^.;:]{0,160}?),\s+"
    r"(?:l['’]ambassadeur\s+|M\.\s+|Mme\s+|Dr\.?\s+)?"
    rf"(?P<name>{_FR_NAME}),?\s+"
    # …a qualifié le rapport…; Le Premier ministre, Name après sa participation…, a indiqué
    r"(?:a\s+(?:déclaré|indiqué|annoncé|affirmé|souligné|expliqué|précisé|qualifié|ajouté"
    r"|estimé|rappelé|assuré|dénoncé|réaffirmé|animé|fait|dit|tenu|répondu)\b"
    r"|après\b|lors\b|au cours\b)"
    # le chef de l’Etat Idriss Déby Itno a animé sa traditionnelle conférence de presse: the
    # post, the name with no comma, then the conference he held
    r"|\b(?:[Ll]e|[Ll]a)\s+(?P<post2>(?i:premier ministre|première ministre|chef de l['’][ée]tat"
    r"|président de la république|porte-parole du gouvernement))\s+"
    rf"(?P<name2>{_FR_NAME})\s+a\s+(?:animé|tenu|donné|fait)\b[^.]{{0,60}}?"
    r"\b(?:conférence|point) de presse"
)
_FR_PRESS_RE = re.compile(r"\b(?:conférence|point) de presse\b", re.I)


def french_holders(paragraphs: list[str]) -> list[tuple[str, str]]:
    """(name, post) of the one official a French report on a press conference names, post
    first; none when it names several or never speaks of a press conference."""
    if not any(_FR_PRESS_RE.search(p) for p in paragraphs[:8]):
        return []
    found = {
        (m["name"] or m["name2"], (m["post"] or m["post2"]).strip())
        for p in paragraphs[:6]
        for m in _FR_POST_NAME_SAID_RE.finditer(p)
    }
    return sorted(found) if len({n for n, _ in found}) == 1 else []


def _bare_post(post: str) -> str:
    """Sierra Leone's Press Secretary -> Press Secretary; The Minister -> Minister."""
    return re.sub(r"^(?:.*['’]s\s+|The\s+)", "", post)


# Governor Mark Gordon got heated during his press conference this afternoon: the one whose
# press conference it was, in the sentence that names them.
_OWN_CONFERENCE_RE = re.compile(
    rf"(?:\b|^)(?P<post>(?:[A-Z][a-z]+\s+){{0,3}}(?:{TITLE_WORDS}))\s+"
    r"(?P<name>[A-Z][a-z][a-zA-Z'\-]+ [A-Z][a-z][a-zA-Z'\-]+)\b(?!['’]s)[^.!?;]{0,80}?"
    r"\b(?:during|at|in|throughout|to open|to close) (?:his|her) (?:own )?(?:[a-z\-]+ ){0,3}"
    r"(?:press conference|news conference|press briefing|media briefing|briefing)\b"
)


# Government Spokesman Mr. Konstantinos Letympiotis answered questions from journalists
# today, as part of his Briefing for the Media / At the beginning of today's briefing of the
# press, the Government Spokesman Mr Kypros Chrysostomides referred to…: who briefed.
_ANSWERED_PRESS_RE = re.compile(
    rf"(?:\b|^)(?P<post>(?:[A-Z][a-z]+\s+){{0,3}}(?:{TITLE_WORDS}))\s+"
    r"(?:(?:Dr|Mr|Mrs|Ms)\.?\s+)?"
    r"(?P<name>[A-ZÀ-Ý][a-zà-ÿ][a-zA-Zà-ÿ'\-]+ [A-ZÀ-Ý][a-zà-ÿ][a-zA-Zà-ÿ'\-]+)\s+"
    r"(?:answered|took|fielded) (?:questions|queries) (?:from|of) (?:the )?"
    r"(?:journalists|reporters|the press|the media|media)\b"
)
_AT_THE_BRIEFING_RE = re.compile(
    r"\bAt the (?:beginning|start|opening|end|close) of (?:today's|the|his|her|this) "
    r"(?:[a-z]+ ){0,2}(?:briefing|press conference|news conference)\b[^,.]{0,40}, the "
    rf"(?P<post>(?:[A-Z][a-z]+\s+){{0,3}}(?:{TITLE_WORDS}))\s+(?:(?:Dr|Mr|Mrs|Ms)\.?\s+)?"
    r"(?P<name>[A-ZÀ-Ý][a-zà-ÿ][a-zA-Zà-ÿ'\-]+ [A-ZÀ-Ý][a-zà-ÿ][a-zA-Zà-ÿ'\-]+)\b"
)


# Her Excellency The Governor, Premier Julianna O’Connor-Connolly, Minister of Health Sabrina
# Turner, …, and Minister of Financial Services Andre Ebanks, attended a press conference: the
# officials a story lists, each a post and a name, as the subject of the conference.
_LISTED_AT_CONFERENCE_RE = re.compile(
    r"(?:^|(?<=[.!?] ))(?P<list>[A-Z][^.;:]{10,400}?),?\s+"
    r"(?:attended|held|hosted|gave|addressed|provide|provided|gave)"
    r"\s+(?:a|an|the)\s+(?:[a-z\-]+\s+){0,2}"
    r"(?i:press conference|news conference|press briefing"
    r"|update\b(?=[\s\S]{0,240}\b(?:news|press) conference))"
)
_LISTED_ITEM_RE = re.compile(
    # government House leader Paul Calandra: a post in lower case too
    rf"(?P<post>(?:[A-Za-z][\w'’\-]*\s+)*?(?i:{TITLE_WORDS})(?:\s+(?:of|for|and|the)\s+[A-Z][\w'’\-]*"
    r"(?:\s+[A-Z][\w'’\-]*)*?)?)\s+"
    r"(?P<name>[A-ZÀ-Ý][a-zà-ÿ'’\-]+\s+[A-ZÀ-Ý][a-zà-ÿA-Z'’\-]+)"
)


def listed_at_conference(paragraphs: list[str]) -> list[tuple[str, str]]:
    """(name, post) of each official such a list names; an item with a post and no name
    (Her Excellency The Governor) is passed over; any other item drops the list."""
    for p in paragraphs[:6]:
        # At Queen’s Park, Ontario Premier Doug Ford, …: the place before the list
        m = _LISTED_AT_CONFERENCE_RE.search(re.sub(r"^(?:At|In|From) [A-Z][^,]{1,40}, ", "", p))
        if not m:
            continue
        found = []
        for item in re.split(r",\s+(?:and\s+)?|\s+and\s+(?=[A-Z])", m["list"]):
            one = _LISTED_ITEM_RE.fullmatch(item.strip())
            if one and not re.search(rf"\b(?:{TITLE_WORDS})\b", one["name"]):
                found.append((one["name"], one["post"]))
            elif not re.fullmatch(
                rf"(?:(?:Her|His) Excellency\s+)?(?:[Tt]he\s+)?(?:[A-Z][a-z]+\s+)?"
                rf"(?:{TITLE_WORDS})",
                item.strip(),
            ):
                return []
        if len(found) >= 2:
            return found
    return []


# The spokespeople were Interior Ministry spokesman Khieu Sopheak; National Police spokesman
# Chhay Kimkhoeun; …; and government spokesman Phay Siphan.: who spoke at the briefing, a post
# (in lower case too) and a name an item, the items between semicolons.
_WERE_LISTED_RE = re.compile(
    r"\b(?:The|the) (?:spokespeople|spokespersons|speakers|panellists|panelists|briefers)"
    r" (?:were|included):? (?P<list>[^.]{10,600})\."
)
_LOWER_POST_NAME_RE = re.compile(
    rf"(?P<post>(?:[A-Za-z][\w'’\-]*\s+){{0,5}}?(?i:{TITLE_WORDS}))\s+"
    r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})"
)


def listed_speakers_were(paragraphs: list[str]) -> list[tuple[str, str]]:
    """(name, post) of each item of such a list; none unless every item reads so."""
    for p in paragraphs[:12]:
        m = _WERE_LISTED_RE.search(p)
        if not m:
            continue
        items = re.split(r";\s*(?:and\s+)?", m["list"])
        found = [_LOWER_POST_NAME_RE.fullmatch(item.strip()) for item in items]
        if len(found) >= 2 and all(found):
            return [(f["name"], f["post"]) for f in found if f]
    return []


def conference_holders(paragraphs: list[str]) -> list[tuple[str, str]]:
    """(name, post) of the one office holder a story says held (or spoke at) the
    conference it reports (or of the several it lists as its subject)."""
    listed = listed_at_conference(paragraphs) or french_holders(paragraphs)
    if listed:
        return listed
    updated = {
        (m["name"], m["post"])
        for p in paragraphs[:10]
        for m in _UPDATED_MEDIA_RE.finditer(p)
        if re.search(rf"\b(?:{TITLE_WORDS})\b", m["post"])
    }
    if len(updated) == 1:
        return sorted(updated)
    if not _CONFERENCE_WORD_RE.search("\n".join(paragraphs[:30])):
        return []
    found = {
        (name, _ABBREVIATED_POSTS.get(post, post))
        for p in paragraphs[:30]
        for m in (
            *_HELD_CONFERENCE_RE.finditer(p),
            *_CALLED_BY_RE.finditer(p),
            *_APPOSED_HOLDER_RE.finditer(p),
            *(
                m
                for m in _HONOURABLE_HELD_RE.finditer(p)
                if re.search(rf"\b(?:{TITLE_WORDS})\b", m["post"])
            ),
        )
        for name, post in [_name_and_post(m)]
    }
    for p in paragraphs[:10]:
        for m in _SPEAKING_AT_RE.finditer(p):
            found.add(_in_full(m["name"], m["post"], paragraphs[:10]))
        for m in (
            *_POST_NAME_PRESS_RE.finditer(p),
            *_WHERE_POST_NAME_SAID_RE.finditer(p),
            *_NAME_IN_CONFERENCE_RE.finditer(p),
        ):
            name, post = _name_and_post(m)
            found.add((name, _bare_post(post)))
        for m in (
            *_HOLDERS_CONFERENCE_RE.finditer(p),
            *_OWN_CONFERENCE_RE.finditer(p),
            *_ANSWERED_PRESS_RE.finditer(p),
            *_AT_THE_BRIEFING_RE.finditer(p),
        ):
            found.add((m["name"], _ABBREVIATED_POSTS.get(m["post"], m["post"])))
    if not found:
        # …, Paul Kagame held a press conference: by name alone; the post is found elsewhere
        found = {(m["name"], "") for p in paragraphs[:10] for m in _NAME_HELD_RE.finditer(p)}
    if not found:
        # Chief Minister Picardo gave a press conference: the post and the surname alone, when
        # the story never prints the full name
        found = {
            (m["surname"], m["post"])
            for p in paragraphs[:10]
            for m in _POST_SURNAME_HELD_RE.finditer(p)
            if not _full_name_printed(m["surname"], paragraphs[:30])
        }
    if len({name for name, _post in found}) == 1:
        return sorted(found)
    pairs = [m for p in paragraphs[:10] for m in _PAIR_HELD_RE.finditer(p)]
    if len(pairs) == 1:  # Governor Gina Raimondo and DOH director Dr. Nicole Alexander Scott
        m = pairs[0]
        return [(m["name"], m["post"]), (m["name2"], m["post2"])]
    return []


# …much of Governor John Carney's bi-weekly press conference Friday was spent…: the one
# whose press conference it was.
_HOLDERS_CONFERENCE_RE = re.compile(
    rf"(?:\b|^)(?P<post>(?:[A-Z][a-z]+\s+){{0,3}}(?:{TITLE_WORDS}|Gov\.))\s+"
    r"(?P<name>[A-Z][a-z]+ [A-Z][a-z][a-zA-Z'\-]+)['’]s\s+(?:[a-z\-]+\s+){0,3}"
    r"(?:press conference|news conference|press briefing|briefing)\b"
)
# Governor Gina Raimondo and DOH director Dr. Nicole Alexander Scott gave the COVID press
# briefing today: two who gave it, each with a post.
_PAIR_HELD_RE = re.compile(
    rf"(?:\b|^)(?P<post>(?:[A-Z][a-z]+\s+){{0,3}}(?:{TITLE_WORDS}))\s+"
    r"(?P<name>[A-Z][a-z]+ [A-Z][a-z][a-zA-Z'\-]+) and "
    rf"(?P<post2>[A-Z][\w.]*(?:\s+[A-Za-z]+){{0,3}}?\s+(?i:{TITLE_WORDS}))\s+"
    r"(?:\([A-Z]{2,4}\)\s+)?"
    r"(?:(?:Dr|Mr|Mrs|Ms)\.?\s+)?"
    r"(?P<name2>[A-Z][a-z]+(?: [A-Z][a-z]+)? [A-Z][a-z][a-zA-Z'\-]+)\s+"
    # …Katrin Jakobsdottir and German Chancellor Angela Merkel are holding a joint press
    # conference: the two holding it now
    r"(?:gave|held|hosted|led|(?:are|were) holding)\s+(?:a|an|the|their)\s+(?:[\w\-]+\s+){0,3}"
    r"(?:press conference|news conference|press briefing|briefing)\b"
)


# Speaking to journalists during the Ministry's regular press briefing on Thursday, …,
# Minister Piah underscored…: a story's sentence naming who spoke at the briefing.
_SPEAKING_AT_RE = re.compile(
    r"\bSpeaking (?:to (?:journalists|reporters|the press|the media) )?(?:at|during) "
    r"[^.]{0,60}?\b(?i:press conference|news conference|press briefing|media briefing|briefing)"
    rf"\b[^.]{{0,80}}?, (?P<post>(?:{TITLE_WORDS})) "
    r"(?P<name>[A-Z][a-z][a-zA-Z'\-]+(?: [A-Z][a-z][a-zA-Z'\-]+)?) [a-z]+(?:ed|s)\b"
)


def _in_full(surname: str, post: str, paragraphs: list[str]) -> tuple[str, str]:
    """Minister Piah as the story first named him: (Hon.) Jeremiah M. Piah, with the post
    printed before that name between commas where there is one."""
    if " " in surname:
        return surname, post
    pattern = (
        r"(?:(?P<post>[A-Z][\w'’\-]*(?:,? (?:of|for|and|the|[A-Z][\w'’\-]*))*), )?"
        r"(?:(?:Hon\.|Honourable|Dr\.?|Mr\.?|Mrs\.?|Ms\.?) )?"
        rf"(?P<name>[A-Z][a-z]+(?: [A-Z]\.)?(?: [A-Z][a-z]+)? {re.escape(surname)})\b"
    )
    for p in paragraphs:
        for m in re.finditer(pattern, p):
            if re.search(rf"\b(?:{TITLE_WORDS}|Says|Said)\b", m["name"]):
                continue  # Says Minister Piah: a headline's words, no given name
            full = m["post"] or ""
            full = re.sub(r"^[A-Z][\w\-]*['’]s ", "", full)  # Liberia's Minister of…
            return m["name"], full if re.match(rf"(?:{TITLE_WORDS})\b", full) else post
    return surname, post


# A tense media briefing in Tshwane called by Social Development Minister Bathabile Dlamini:
# the briefing first, then who called or gave it.
_CALLED_BY_RE = re.compile(
    r"\b(?i:press conference|news conference|press briefing|media briefing|briefing)\b"
    r"(?: (?:in|at|on) [A-Z][\w\-]+(?: [A-Z][\w\-]+){0,2})?"
    r",? (?:called|held|given|hosted|convened) by\s+"
    rf"(?P<post>(?:[A-Z][a-z]+\s+){{0,3}}(?:{TITLE_WORDS})(?:-General)?)\s+"
    r"(?:(?:Dr|Mr|Mrs|Ms)\.?\s+)?"
    r"(?P<name>[A-ZÀ-Ý][a-zà-ÿ][a-zA-Zà-ÿ'\-]+ [A-ZÀ-Ý][a-zà-ÿ][a-zA-Zà-ÿ'\-]+)\b"
)


_SURNAME_SAYS = (
    r"\s+(?:said|says|told|added|adds|explained|explains|noted|notes|stressed|confirmed"
    r"|acknowledged|acknowledges|admitted|admits|disclosed|revealed|stated|assured|announced"
    # Gunawardena was responding to a question about…: he answered at the briefing.
    r"|was responding|responded|replied|answered)\b"
)
_CONFERENCE_WORD_RE = re.compile(
    r"\b(?:press|news) conferences?\b|\bbriefings?\b|\bmedia stand-?up\b|\bmedia availability\b"
    # Addressing the press on Thursday in Nairobi…: a spokesperson's first meeting with it
    r"|\baddress(?:ed|es|ing)? the (?:press|media)\b",
    re.I,
)


def reported_by_surname(
    paragraphs: list[str], mentions: list[tuple[str, str]]
) -> list[tuple[str, str]]:
    """Police Minister Mark Mitchell, Police Commissioner Richard Chambers… / Chambers said
    … / Mitchell says …: the officials a live page or story on a press conference names
    with their posts and then reports speaking by surname (those only named, not)."""
    text = "\n".join(paragraphs[:40])
    if not _CONFERENCE_WORD_RE.search(text):
        return []
    found: list[tuple[str, str]] = []
    for name, post in mentions:
        words = name.split()
        # government spokesperson: a newspaper's post in lower case
        if len(words) < 2 or not post or not re.search(rf"\b(?i:{TITLE_WORDS})\b", post):
            continue
        says = re.search(
            # …,” Ms Palaszczuk told a reporter.: an honorific before the surname
            # …, Ms O’Neill said: after a comma, with the honorific
            rf"(?:^|(?<=[.!?”\"] )|(?<=\n)|(?<=, )(?=(?:Mr|Ms|Mrs|Dr)\.? ))"
            # President Mutharika said: the post's last word before the surname
            rf"(?:(?:Mr|Ms|Mrs|Dr)\.? |{re.escape(post.split()[-1])} )?"
            rf"{re.escape(words[-1])}{_SURNAME_SAYS}",
            text,
            re.M,
        )
        if says and all(n != name for n, _p in found):
            # Qld Premier in the headline, Queensland Premier in the story: the fullest post
            posts = [p for n, p in mentions if n == name and p and p.endswith(post.split()[-1])]
            # The newly appointed government spokesperson Isaac Mwaura: the post he holds
            fullest = max(posts + [post], key=len)
            fullest = re.sub(
                r"^(?:[Nn]ewly|[Rr]ecently)\s+(?:appointed|named|elected)\s+", "", fullest
            )
            found.append((name, fullest))
    return found


# Coronavirus in Wales: Mark Drakeford gives last daily press conference: a headline naming
# who held the briefing its story reports.
# Mark Esper and Joseph Dunford hold news conference at the Pentagon: two who brief.
_HEADLINE_BRIEFER_RE = re.compile(
    r"(?:^|:\s+)(?P<name>[A-Z][a-z][a-zA-Z'\-]+ [A-Z][a-z][a-zA-Z'\-]+)\s+"
    r"(?:and\s+(?P<other>[A-Z][a-z][a-zA-Z'\-]+ [A-Z][a-z][a-zA-Z'\-]+)\s+(?=hold|give|host))?"
    r"(?:gives|holds|hosts|leads|fronts|takes questions at|hold|give|host)\s+"
    r"(?:(?:his|her|their|the|a|an)\s+)?"
    r"(?:[a-z\-]+\s+){0,4}(?:press conference|news conference|press briefing|briefing)\b"
    # Burgum Holds First Press Conference as Governor-Elect: a surname, in title case
    r"|^(?P<surname>[A-Z][a-z][a-zA-Z'\-]+) (?:Holds|Gives|Hosts) (?:(?:His|Her|First|Final|Last"
    r"|Weekly|Daily|Annual|Year-End|Joint|Brief|Short|Lengthy|a|an|the) ){0,3}"
    r"(?:Press Conference|News Conference|Press Briefing|Briefing)\b"
)


def headline_briefers(title: str | None) -> list[str]:
    m = _HEADLINE_BRIEFER_RE.search(title or "")
    return [n for n in (m["name"], m["other"], m["surname"]) if n] if m else []


# Full text of press briefing by Honourable Minister of Information and Culture, Alhaji Lai
# Mohammed Monday 4 January 2021: the post, then the name, after "briefing by".
_HEADLINE_BY_RE = re.compile(
    r"\b(?i:press briefing|press conference|news conference|media briefing|briefing)\s+by\s+"
    r"(?:the\s+)?(?:(?:Honourable|Honorable|Hon\.?|H\.E\.?)\s+)?"
    rf"(?P<post>(?:[A-Z][a-z]+\s+){{0,3}}(?:{TITLE_WORDS})"
    r"(?:\s+(?:of|for)\s+[A-Z][\w ,&]{2,60}?)?)"
    r",\s+(?:(?:Alhaji|Chief|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Prof\.?)\s+)?"
    r"(?P<name>[A-Z][a-z][a-zA-Z'\-]+(?: [A-Z][a-z][a-zA-Z'\-]+){1,2}?)"
    r"(?=\s*(?:[,(\-–]|$|\s(?:on\s)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\s\d))"
)


def headline_briefing_by(title: str | None) -> tuple[str, str] | None:
    """(name, post) of the one a headline says gave the briefing (…briefing by POST, NAME)."""
    m = _HEADLINE_BY_RE.search(title or "")
    return (m["name"], m["post"]) if m else None


# And then speaking on behalf of the Marines, Admiral Jeffries will speak, and then we'll take
# your questions: a briefer announcing who speaks next, by honorific or rank and name.
_SPEAKS_NEXT_RE = re.compile(
    r"\b(?:then|next|after (?:that|me|him|her))\b[^.!?]{0,80}?\b"
    r"(?:Admiral|Adm\.|General|Gen\.|Colonel|Col\.|Captain|Capt\.|Commander|Cmdr\.|Dr\.|Doctor|"
    r"Professor|Ambassador|Mr\.|Ms\.|Mrs\.)\s+"
    r"(?P<name>[A-Z][a-z][a-zA-Z'\-]+(?:\s+[A-Z][a-z][a-zA-Z'\-]+)?)\s+will\s+"
    r"(?:speak|brief|say a few words|take (?:your |some )?questions|give (?:an|a|some|the)\b)"
)


def next_speakers(paragraph: str) -> list[str]:
    """Names a briefer announces as speaking next (their words may lie past the copy's end)."""
    return [m["name"] for m in _SPEAKS_NEXT_RE.finditer(paragraph)]


# A news agency's video shot list: "3. SOUNDBITE: (English) Sean Spicer, White House Press
# Secretary:" and the bite in quotation marks on the next lines; the other numbered lines
# describe pictures. Inside a bite, "(Reporter question off camera):" asks and "(Name):" answers.
_SOUNDBITE_RE = re.compile(
    r"^\s*(?:\d{1,3}\.\s*)?SOUNDBITE\s*:?\s*(?:\([A-Za-z ,]{2,30}\)\s*)?"
    rf"(?P<name>{_NAME})\s*,\s*(?P<position>[^:]{{2,120}}?)\s*:\s*(?P<rest>.*)$"
)
_SHOT_RE = re.compile(r"^\s*\d{1,3}\.\s+\S")
_BITE_ASKS_RE = re.compile(r"^\s*\((?:Reporters?|Journalist)\b[^()]{0,40}\)\s*:\s*(?P<rest>.*)$")
_BITE_NAME_RE = re.compile(rf"^\s*\((?P<name>{_NAME})\)\s*:\s*(?P<rest>.*)$")


def soundbites(paragraphs: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """A shot list's bites as labelled turns, and the (name, post) each bite names.

    A numbered line cut inside its label, or describing a picture, is no one's words and
    is left out; a page with no SOUNDBITE line is returned as it is."""
    if not any(_SOUNDBITE_RE.match(p) for p in paragraphs):
        return paragraphs, []
    out: list[str] = []
    people: list[tuple[str, str]] = []
    speaking: str | None = None
    for p in paragraphs:
        m = _SOUNDBITE_RE.match(p)
        if m:
            name, position = m["name"], m["position"].strip()
            if re.search(TITLE_WORDS, position) and (name, position) not in people:
                people.append((name, position))
            speaking = name if re.search(TITLE_WORDS, position) else None
            if m["rest"].strip() and speaking:
                out.append(f"{speaking.upper()}: {m['rest'].strip()}")
            continue
        if _SHOT_RE.match(p):
            speaking = None  # the next shot: pictures, not words
            continue
        if speaking is None:
            out.append(p)
            continue
        if re.match(r"^\s*\([^()]*$", p):
            continue  # (Reporter quest: a bite cut inside its label
        asks = _BITE_ASKS_RE.match(p)
        named = _BITE_NAME_RE.match(p)
        if asks:
            out.append(f"QUESTION: {asks['rest']}")
        elif named and named["name"] == speaking:
            out.append(f"{speaking.upper()}: {named['rest']}")
        else:
            out.append(f"{speaking.upper()}: {p}")
    return out, people


# So with that, I'll take your questions. Tony, I'll begin with you.: a statement's last
# words give the floor; they are no part of it.
EN_TAKES_QUESTIONS_RE = re.compile(
    r"(?:(?:[Aa]nd|[Ss]o|[Oo]kay|OK|[Aa]ll right|[Ww]ith that|[Nn]ow)[,.]?\s+)*"
    r"I(?:'ll| will|'m happy to| am happy to|'d be happy to| would be happy to) "
    r"(?:take|answer) (?:your |some |a few )?questions(?: now| one by one)?[.!]"
    r"(?:\s+[A-Z][a-z]{1,15},\s+(?:I'll|let's|we'll) (?:begin|start) with you[.!])?"
)


# Operator: / Prime Minister Trudeau: on a line of their own, the words on the next line: a
# captioning service's layout. Reporter: then Interpreter: is the reporter's question
# voiced by the interpreter.
_ALONE_LABEL_RE = re.compile(r"^(?P<label>[A-Z][A-Za-z.'\-]*(?:\s[A-Z][A-Za-z.'\-]*){0,3}):$")


# JOURNALIST / JULIE BISHOP: a record's labels in capitals, alone on their lines with no
# colon; taken where a journalist's label or one name signs two turns or more.
_CAPS_ALONE_RE = re.compile(r"^(?P<label>[A-Z][A-Z.'\-]+(?:\s[A-Z][A-Z.'\-]+){0,3})$")
_ASKING_LABELS = {"JOURNALIST", "QUESTION", "REPORTER", "Q", "JOURNALISTS"}


def _colon_less_labels(paragraphs: list[str]) -> list[str]:
    caps = [_CAPS_ALONE_RE.match(p.strip()) for p in paragraphs]
    counts: dict[str, int] = {}
    for m in caps:
        if m:
            counts[m["label"]] = counts.get(m["label"], 0) + 1
    asking = [label for label in counts if label in _ASKING_LABELS]
    names = [label for label, n in counts.items() if n >= 2 and label not in _ASKING_LABELS]
    if not asking or not names:
        return _title_case_labels(paragraphs)
    labels = set(asking) | set(names)
    return [
        f"{m['label']}:" if m and m["label"] in labels else p
        for p, m in zip(paragraphs, caps, strict=True)
    ]


# Reporter / Virginia Governor Glenn Youngkin / Gov. Youngkin: a transcript's labels in title
# case alone on their lines with no colon. Taken where a reporter's label stands among them
# and one surname signs two turns; a name over a question is the asker's.
_TITLE_ALONE_RE = re.compile(
    r"^(?P<label>(?:[A-Z][a-z]{0,2}\.|[A-Z][A-Za-z'\-]+)(?:\s(?:[A-Z][a-z]{0,2}\.|[A-Z][A-Za-z'\-]+)){0,4})$"
)


def _title_case_labels(paragraphs: list[str]) -> list[str]:
    lines = [p.strip() for p in paragraphs]
    said = [
        i + 1 < len(lines)
        and bool(_TITLE_ALONE_RE.match(line))
        and (bool(re.search(r"[.?!\"”]$", lines[i + 1])) or i + 2 == len(lines))
        and not _TITLE_ALONE_RE.match(lines[i + 1])
        for i, line in enumerate(lines)
    ]
    candidates = [i for i, ok in enumerate(said) if ok]
    if not any(lines[i].upper() in _ASKING_LABELS for i in candidates):
        return paragraphs
    surnames = Counter(lines[i].split()[-1] for i in candidates)
    labels = {
        i
        for i in candidates
        if lines[i].upper() in _ASKING_LABELS
        or surnames[lines[i].split()[-1]] >= 2
        or "?" in lines[i + 1]
    }
    if not any(surnames[lines[i].split()[-1]] >= 2 for i in labels):
        return paragraphs
    out = list(paragraphs)
    for i in labels:
        if lines[i].upper() in _ASKING_LABELS:
            out[i] = "Reporter:"
        elif surnames[lines[i].split()[-1]] >= 2:
            out[i] = f"{lines[i].upper()}:"  # read as the capitals labels it stands for
        else:
            out[i] = f"Reporter ({lines[i]}):"  # a journalist's name over her question
    return out


# 1. Are the body cameras available / A. The mayor cannot say.: notes of a press conference,
# numbered questions each followed by its answer after "A." (or "A,").
_NUMBERED_QUESTION_RE = re.compile(r"^\s*\d{1,2}[.)]\s+(?P<q>\S.*)$")
_LETTER_ANSWER_RE = re.compile(r"^\s*A[.,:]\s+(?P<a>\S.*)$")


def numbered_questions(paragraphs: list[str]) -> list[str]:
    pairs = [
        i
        for i in range(len(paragraphs) - 1)
        if _NUMBERED_QUESTION_RE.match(paragraphs[i]) and _LETTER_ANSWER_RE.match(paragraphs[i + 1])
    ]
    if len(pairs) < 2:
        return paragraphs
    out = list(paragraphs)
    for i in pairs:
        out[i] = "QUESTION: " + _NUMBERED_QUESTION_RE.match(out[i])["q"]
        out[i + 1] = "A: " + _LETTER_ANSWER_RE.match(out[i + 1])["a"]
    # the last question, cut before its answer
    last = pairs[-1] + 2
    if last < len(out) and _NUMBERED_QUESTION_RE.match(out[last]) and last == len(out) - 1:
        out[last] = "QUESTION: " + _NUMBERED_QUESTION_RE.match(out[last])["q"]
    return out


# …I'll turn it over to Mr. Brennan. MR. BRENNAN: Thank you, Robert.: a transcript copied
# with its line breaks lost, each turn's label in capitals with an honorific.
_CAPS_HONORIFIC_LABEL_RE = re.compile(
    r"(?:(?<=[.?!\"”)])|(?<=\bEDT)|(?<=\bEST)|(?<=\bP\.M\.)|(?<=\bA\.M\.))\s+"
    r"(?=(?:MR|MS|MRS|DR)\. [A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+)?:\s)"
)


_OPENING_CAPS_HONORIFIC_RE = re.compile(
    r"^\s*(?:MR|MS|MRS|DR)\. [A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+)?:\s"
)


def split_caps_labels(paragraphs: list[str]) -> list[str]:
    """Each MR. NAME: inside a paragraph starts a paragraph of its own, where the text runs
    two such labels together at least."""
    paragraphs = [q for p in paragraphs for q in _caps_name_run_in(p)]
    inside = sum(len(_CAPS_HONORIFIC_LABEL_RE.findall(p)) for p in paragraphs)
    opening = sum(bool(_OPENING_CAPS_HONORIFIC_RE.match(p)) for p in paragraphs)
    if not inside or inside + opening < 2:
        return paragraphs
    return [q.strip() for p in paragraphs for q in _CAPS_HONORIFIC_LABEL_RE.split(p) if q.strip()]


# The Hon. Greg Hunt MP … E&OE… Topics: Vaccination update GREG HUNT: Good morning…: a
# header run into the first turn, whose label in capitals is the name the header prints.
_CAPS_NAME_INSIDE_RE = re.compile(r"\s(?P<label>[A-Z]{2,}(?: [A-Z][A-Z'\-]+){1,2}):\s")


def _caps_name_run_in(paragraph: str) -> list[str]:
    m = _CAPS_NAME_INSIDE_RE.search(paragraph)
    if not m or m.start() < 20:
        return [paragraph]
    name = m["label"].title()
    if name not in paragraph[: m.start()]:
        return [paragraph]
    return [paragraph[: m.start()].strip(), paragraph[m.start() :].strip()]


def join_alone_labels(paragraphs: list[str]) -> list[str]:
    """Each label alone on its line joined to the words that follow it; only where the
    text prints two labels so at least."""
    paragraphs = _colon_less_labels(paragraphs)
    alone = [bool(_ALONE_LABEL_RE.match(p.strip())) for p in paragraphs]
    # Governor Scott: alone over his remarks: one label of an office and a surname will do
    office = any(
        a and office_surname(_ALONE_LABEL_RE.match(p.strip())["label"])
        for a, p in zip(alone, paragraphs, strict=True)
    )
    if sum(alone) < 2 and not office:
        return paragraphs
    out: list[str] = []
    i = 0
    while i < len(paragraphs):
        m = _ALONE_LABEL_RE.match(paragraphs[i].strip())
        if m and i + 2 < len(paragraphs) and alone[i + 1] and not alone[i + 2]:
            voiced = _ALONE_LABEL_RE.match(paragraphs[i + 1].strip())
            if voiced["label"] == "Interpreter":
                out.append(f"{m['label']}: {paragraphs[i + 2].strip()}")
                i += 3
                continue
        if m and i + 1 < len(paragraphs) and not alone[i + 1] and paragraphs[i + 1].strip():
            out.append(f"{m['label']}: {paragraphs[i + 1].strip()}")
            i += 2
            continue
        out.append(paragraphs[i])
        i += 1
    return out


def office_surname(label: str) -> tuple[str, str] | None:
    """(name, post) of a label that is an office and a surname: Prime Minister Trudeau."""
    m = _OFFICE_SURNAME_RE.match(label.strip() + ":")
    if m and m["name"] in _PAGE_WORDS:
        return None  # Governor Transcript: April 13 Press Conference: a page's headline
    return (m["name"], m["position"]) if m and m.end() == len(label.strip()) else None


_PAGE_WORDS = {"Transcript", "Transcripts", "Remarks", "Statement", "Briefing", "Update", "Video"}


_US_WORDS_RE = re.compile(r"\b(?:United States|U\.S\.|America|Americans?|Washington)\b", re.I)


def dollar_in_text(header_dollar: str, text: str) -> str:
    """A bare $ where the header names no country: the country the text itself names
    (Canadians, the Canadian press) at least twice and more often than the United States."""
    if header_dollar != "USD":
        return header_dollar
    us = len(_US_WORDS_RE.findall(text))
    for code, places in _DOLLARS.items():
        # canada in lower case too: a caption service's copy drops the capitals
        named = len(re.findall(rf"\b(?:{places})s?\b", text, re.I))
        if named >= 2 and named > us:
            return code
    return header_dollar


# Thank you. Operator, next question.: an answer's last words give the floor back.
EN_NEXT_QUESTION_RE = re.compile(
    r"(?:(?:Thank you|Thanks|Merci)[.!,]?\s+)*(?:Operator|Moderator)[,.]?\s+"
    r"(?:the\s+)?next question(?:,? please)?[.!]?"
)


# SPEAKERS: / - JEFF KENNETT, Premier of Victoria: a transcript's list of who speaks, one
# person to a line, the name (often in capitals) and the post after a comma.
_SPEAKERS_HEAD_RE = re.compile(r"^(?:SPEAKERS|Speakers|PARTICIPANTS|Participants)\s*:?$")
_LISTED_SPEAKER_RE = re.compile(
    r"^[-–•*]\s*(?P<name>[A-Z][A-Za-z'’.\-]+(?:\s[A-Z][A-Za-z'’.\-]+){1,3}),\s+(?P<post>[A-Z].{2,150})$"
)


def listed_speakers(paragraphs: list[str]) -> tuple[list[tuple[str, str]], list[str]]:
    """((name, post) of each person a SPEAKERS: list gives, the paragraphs without it)."""
    for i, p in enumerate(paragraphs[:15]):
        if not _SPEAKERS_HEAD_RE.match(p.strip()):
            continue
        people, j = [], i + 1
        while j < len(paragraphs) and (m := _LISTED_SPEAKER_RE.match(paragraphs[j].strip())):
            people.append((english_display(m["name"]), m["post"].strip()))
            j += 1
        if people:
            return people, paragraphs[:i] + paragraphs[j:]
    return [], paragraphs


# UN Geneva's briefing summaries: "Alessandra Vellucci, Director of the United Nations
# Information Service in Geneva, chaired the briefing…" and "Later, Rhéal LeBlanc, Chief of
# …, took over the chair.": the hosts, with their posts as printed.
_CHAIRED_RE = re.compile(
    rf"(?:^|(?<=\. ))(?:(?:Later|Subsequently|Then),\s+)?(?P<name>{_NAME}),\s+"
    r"(?P<post>[A-Z][^.;]{3,160}?),\s+(?:chaired the\b|took over the chair\b)"
)
# "Babar Baloch, for the United Nations Refugee Agency (UNHCR), made the following
# statement:": a briefer the summary reports in the third person.
_REPORTED_BRIEFER_RE = re.compile(
    rf"^(?P<name>{_NAME}),\s+(?:for|of|from|on behalf of|speaking for|speaking on behalf of)\s+"
    r"(?:the\s+)?[^,]{2,120},\s+(?:made the following statement|said|informed|announced|stated"
    r"|reminded|noted|told|briefed|explained|reported)\b"
)


def summary_chairs(paragraphs: list[str]) -> list[tuple[str, str]]:
    """(name, post) of whoever a briefing summary says chaired it, in order."""
    return [(m["name"], m["post"]) for p in paragraphs for m in _CHAIRED_RE.finditer(p)]


def reported_briefer(paragraph: str) -> str | None:
    m = _REPORTED_BRIEFER_RE.match(paragraph)
    return m["name"] if m else None


def topic_line(paragraph: str) -> bool:
    """Uganda - Fresh arrivals from the Democratic Republic of the Congo: a summary's topic
    over the briefer's paragraph."""
    return (
        len(paragraph) <= 120
        and paragraph[:1].isupper()
        and not re.search(r"[.?!:;”\"]$", paragraph)
        and not re.search(r"[.?!]\s", paragraph)
    )


# Let me now introduce the participants. … we have Dr Tedros Adhanom Ghebreyesus, WHO
# Director-General. Then, from left to right, we have Dr Ana Silva, Assistant
# Director-General, Access to Medicines, Dr Rosa Lee, Technical Lead on Monkeypox, and …:
# a host presenting the panel, each by honorific, name and post.
_PRESENTS_PANEL_RE = re.compile(
    r"\b(?:introduce|we have|joining us|joined by|with us|on the (?:panel|podium))\b", re.I
)
_PANELLIST_RE = re.compile(
    r"\b(?:Dr|Professor|Prof|Mr|Ms|Mrs|Sir|Dame|Ambassador)\.?\s+"
    r"(?P<name>[A-ZÀ-Ý][\w'’\-]+(?:\s+(?:[A-ZÀ-Ý][\w'’\-]+|van|Van|de|De|da|Da|von|bin|al)){1,4}),\s+"
    r"(?P<position>(?:(?:the|our|WHO|UN)\s+)?[A-Z][^.;]{2,120}?)"
    r"(?=,\s+(?:and\s+)?(?:Dr|Professor|Prof|Mr|Ms|Mrs|Sir|Dame|Ambassador)\b|\.(?:\s|$)|;|,?\s+and\s+(?:Dr|Professor|Mr|Ms|Mrs)\b|$)"
)


def presented_panel(paragraph: str) -> list[tuple[str, str]]:
    """(name, post) of each panellist a host presents; none unless two or more read so."""
    if not _PRESENTS_PANEL_RE.search(paragraph):
        return []
    found = [
        (m["name"], re.sub(r"^(?:our|the)\s+", "", m["position"].strip()))
        for m in _PANELLIST_RE.finditer(paragraph)
        if re.search(rf"\b(?:{TITLE_WORDS})\b|Director-General", m["position"])
    ]
    return found if len(found) >= 2 else []
