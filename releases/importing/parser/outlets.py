"""Askers' labels in the forms pages print them, made into the one the turn reader knows.

[南湖电视台记者]:  →  南湖电视台记者:      (brackets around an outlet's label)
记者(新华社):      →  新华社记者:          (the outlet in parentheses after 记者)
▲DVB电视台记者:   →  DVB电视台记者:       (a bullet before a label)
Q (Reuters):       →  QUESTION (Reuters):  (so that Q is not read as a bare Q)
[傅瑩]對記者們…     →  【傅瑩】對記者們…      (a name in square brackets, as 【】 marks one)

join_timecoded(): a transcription service's "Jen Psaki: (00:22)" or "Jen Psaki (00:22):" line,
its words on the next line, becomes one turn; an "Audience: (00:26)" reply is dropped. A
voice the service could not name ("Speaker 3 (01:02):", "easter helper (00:40):") is nobody:
its question is an unsigned QUESTION: turn once a named voice has spoken; its greeting, and
the room's chatter before anyone named speaks, are dropped like the audience's; a label with
no words after it is an empty turn.

Only the label changes, on the folded copy the parser reads; the words after it are left
as they are, so what is stored is the text as printed.
"""

from __future__ import annotations

import re

from .english import TITLE_WORDS
from .hant import to_simplified
from .people import has_title, looks_like_name

# An asker's label rewritten, in this order: (pattern, what replaces it).
_LABEL_REWRITES = [
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        # ▲DVB电视台记者: a bullet before a label.
        (r"^[▲△►▶•●■◆]\s*(?=[^:]{1,40}记者\s*:)", ""),
        # [南湖电视台记者]: brackets around an outlet's label.
        (r"^\s*[\[【](?P<outlet>[^\]】:]{1,30}?记者)[\]】]\s*:", r"\g<outlet>:"),
        # 台湾“中国时报”记者: the outlet's name in quotation marks inside the label.
        (r"^(\s*[^\s:“”]{0,10})“([^“”:]{1,14})”(?=[^\s:“”]{0,6}记者\s*:)", r"\1\2"),
        # 记者(新华社): the outlet in parentheses after 记者.
        (r"^\s*记者\s*\((?P<outlet>[^()]{1,30})\)\s*:", lambda m: m["outlet"].strip() + "记者:"),
    )
]
_SQUARE_NAME_RE = re.compile(r"^(\s*)\[(?P<name>[\u4e00-\u9fff·]{2,6})\](?=[^:])")
_TIMECODE = r"\(\d{1,2}:\d{2}(?::\d{2})?\)"
_TIMECODE_RE = re.compile(
    rf"^(?P<label>[A-Za-z][\w.'\-]*(?: [A-Za-z0-9][\w.'\-]*){{0,3}})"
    rf"(?::\s*{_TIMECODE}|\s*{_TIMECODE}\s*:)$"
)
# A person's name as the service prints it: every word capitalised, and not "Speaker 2".
_NAMED_VOICE_RE = re.compile(r"^(?!Speaker\b)[A-Z][\w.'\-]*(?: [A-Z][\w.'\-]*){0,3}$")
_CROWD = {"Audience", "Crowd", "Reporters", "Several Reporters", "Multiple Speakers"}
_EN_Q_OUTLET_RE = re.compile(r"^(\s*)Q\s*(?=[(\[][^()\[\]]{1,60}[)\]]\s*:)")


# What a paragraph must start with for any of the rewrites to apply (most do not).
_MAY_APPLY_RE = re.compile(
    r"^\s*(?:[▲△►▶•●■◆\[【]|Q\s*[(\[]|记者\s*\()|^[^:“”]{0,10}“[^“”:]{1,14}”\S{0,6}记者\s*:"
)


def normalise_label(paragraph: str) -> str:
    if not _MAY_APPLY_RE.match(paragraph):
        return paragraph
    paragraph = _EN_Q_OUTLET_RE.sub(r"\1QUESTION ", paragraph)
    m = _SQUARE_NAME_RE.match(paragraph)
    if m and looks_like_name(to_simplified(m["name"])):
        paragraph = f"{m.group(1)}【{m['name']}】{paragraph[m.end() :]}"
    for pattern, replacement in _LABEL_REWRITES:
        paragraph = pattern.sub(replacement, paragraph)
    return paragraph


def _timecoded(paragraph: str) -> re.Match | None:
    paragraph = paragraph.strip()
    return _TIMECODE_RE.match(paragraph) if paragraph.endswith((")", "):")) else None


_TIMECODE_ALONE_RE = re.compile(rf"^{_TIMECODE}$")


# Howard Quayle 0:00 / words: a speech-to-text service's label, the name and the time
# with no brackets, on its own line over the words (taken when the page has several).
_BARE_TIMECODE_RE = re.compile(
    r"^(?P<label>[A-Z][\w.'\-]*(?: [A-Z0-9][\w.'\-]*){0,3}) (?P<time>\d{1,2}:\d{2}(?::\d{2})?)$"
)


def _bracket_bare_timecodes(paragraphs: list[str]) -> list[str]:
    bare = [_BARE_TIMECODE_RE.match(p.strip()) for p in paragraphs]
    if sum(1 for m in bare if m) < 2:
        return paragraphs
    return [
        f"{m['label']} ({m['time']}):" if m else p for p, m in zip(paragraphs, bare, strict=True)
    ]


# Justin Trudeau: ( / 02:11) As we start…: a transcription service's label broken after its
# bracket, its time and words run on to the next label.
_BROKEN_TIMECODE_RE = re.compile(
    r"(?P<label>[A-Z][\w.'\-]*(?: [A-Z][\w.'\-]*){0,3}): \(\s*"
    r"(?P<time>\d{1,2}:\d{2}(?::\d{2})?)\)\s*"
)


def _mend_broken_timecodes(paragraphs: list[str]) -> list[str]:
    text = "\n".join(paragraphs)
    if len(_BROKEN_TIMECODE_RE.findall(text)) < 2:
        return paragraphs
    text = _BROKEN_TIMECODE_RE.sub(lambda m: f"\n{m['label']}: ({m['time']})\n", text)
    return [p for p in text.split("\n") if p.strip()]


# Speaker 2 (00:02): / Good afternoon everybody.: a voice the service could not name.
_NUMBERED_VOICE_RE = re.compile(r"^Speaker \d{1,2}$")
_GREETS_ROOM_RE = re.compile(r"^(?:Good (?:morning|afternoon|evening)|Hi|Hello)\b", re.I)


def _briefers_voice(paragraphs: list[str], briefer: str | None) -> str | None:
    """Where every voice is a numbered Speaker and the page names one briefer, the voice
    whose first words greet the room is the briefer's."""
    if not briefer:
        return None
    voices = [(t["label"], i) for i, t in enumerate(map(_timecoded, paragraphs)) if t]
    if not voices or not all(_NUMBERED_VOICE_RE.match(v) for v, _ in voices):
        return None
    for voice, i in voices:
        if i + 1 < len(paragraphs) and _GREETS_ROOM_RE.match(paragraphs[i + 1].strip()):
            return voice
    return None


def join_timecoded(paragraphs: list[str], briefer: str | None = None) -> list[str]:
    paragraphs = _bracket_bare_timecodes(_mend_broken_timecodes(paragraphs))
    briefers = _briefers_voice(paragraphs, briefer)
    # (00:12) alone on a line inside a turn: the service's marker, not the speaker's words.
    if any(_timecoded(p) for p in paragraphs):
        paragraphs = [p for p in paragraphs if not _TIMECODE_ALONE_RE.match(p.strip())]
    out: list[str] = []
    named = False  # whether a named voice has spoken: the room's chatter before is no one's
    officials = _officials(paragraphs)
    voices = {t["label"] for t in map(_timecoded, paragraphs) if t}
    i = 0
    while i < len(paragraphs):
        m = _timecoded(paragraphs[i])
        if m and (i + 1 == len(paragraphs) or _timecoded(paragraphs[i + 1])):
            i += 1  # a label with no words after it
            continue
        if m:
            label, words = m["label"], paragraphs[i + 1]
            full = [n for n in officials if n.split()[0] == label] if " " not in label else []
            if len(full) == 1:
                label = full[0]  # Karine (00:09): the press secretary the page names in full
            if briefers and label == briefers:
                out.append(f"{briefer.upper()}: {words}")  # Speaker 2: Vedant Patel
                named = True
            elif briefers and _NUMBERED_VOICE_RE.match(label):
                out.append(f"QUESTION: {words}")  # the room's other voices ask
            elif label in _CROWD:
                pass
            elif label in ("Interpreter", "Translator"):
                # the words of the one who spoke in the other language: a reporter's question
                # after a question, otherwise the official whose own label comes next
                after = (_timecoded(p) for p in paragraphs[i + 2 :])
                voiced = next((t["label"] for t in after if t), None)
                if out and (out[-1].startswith("QUESTION: ") or out[-1].rstrip().endswith("?")):
                    out.append(f"QUESTION: {words}")
                elif voiced and voiced in officials:
                    out.append(f"{voiced.upper()}: {words}")
                    named = True
            elif _NAMED_VOICE_RE.match(label) and " " in label:
                # In capitals, as briefings print labels, so the reader takes it for a name.
                out.append(f"{label.upper()}: {words}")
                named = True
            elif _NAMED_VOICE_RE.match(label) and voices == {label} and not officials:
                # Tammy (00:00): the page's one voice, by first name: whoever briefs.
                out.append(f"{label.upper()}: {words}")
                named = True
            elif _NAMED_VOICE_RE.match(label) and named:
                # Matt (01:49):, a journalist the service names by first name only (the
                # officials it prints in full): his words are a question, never an answer.
                out.append(f"QUESTION: {words}")
            elif "?" in words and named:
                out.append(f"QUESTION: {words}")  # Speaker 4: an unnamed reporter asking
            i += 2
            continue
        out.append(paragraphs[i])
        i += 1
    return out


_FULL_NAME_RE = re.compile(
    r"\b(?:Press Secretary|Secretary|Spokesperson|Spokesman|Spokeswoman|Director|Coordinator|"
    r"Ambassador|Admiral|General|Senator|Governor|Mayor|Minister|President)\s+"
    r"(?P<name>[A-Z][a-z]+(?:\s+(?:Mc|Mac)?[A-Z][a-zA-Z'\-]+){1,2})"
)


def _officials(paragraphs: list[str]) -> list[str]:
    """Full names a page gives its officials: in labels with a time code (John Kirby
    (01:20):) or after a post in its header lines (Press Briefing by Press Secretary Karine
    Jean-Pierre). A one-word label is one of them only when it is that name's first word."""
    names = set()
    for p in paragraphs:
        m = _timecoded(p)
        if m and " " in m["label"] and _NAMED_VOICE_RE.match(m["label"]):
            names.add(m["label"])
    for p in paragraphs[:12]:
        if len(p) <= 160:
            names.update(re.sub(r"\s+\d.*$", "", m["name"]) for m in _FULL_NAME_RE.finditer(p))
    return sorted(names)


# A speech archive (Factba.se) prints each utterance as the speaker's name, a sentiment line,
# a time range line and the words with the archive's running number after them; a list of
# the people ("• Name" over "Person") and the whole text's sentiment sit above.
_SENTIMENT_RE = re.compile(
    r"^(?:(?:Very|Slightly|Somewhat) )?(?:Positive|Negative)$|^Neutral$|^Unknown$"
)
_RANGE_RE = re.compile(r"^\d{2}:\d{2}:\d{2}-\d{2}:\d{2}:\d{2} \(\d+ sec\)$")
_PERSON_LIST_RE = re.compile(r"^•\s+\S.{0,60}$")


def _utterance_at(paragraphs: list[str], i: int) -> bool:
    return (
        i + 3 < len(paragraphs)
        and len(paragraphs[i]) <= 60
        and bool(_SENTIMENT_RE.match(paragraphs[i + 1].strip()))
        and bool(_RANGE_RE.match(paragraphs[i + 2].strip()))
    )


def join_utterances(paragraphs: list[str]) -> list[str]:
    """The archive's utterances as labelled turns (QUESTION: for its "Question" speaker);
    a page with fewer than two of them is returned as it is."""
    if sum(_utterance_at(paragraphs, i) for i in range(len(paragraphs))) < 2:
        return paragraphs
    out: list[str] = []
    spoken = False
    i = 0
    while i < len(paragraphs):
        line = paragraphs[i].strip()
        if _utterance_at(paragraphs, i):
            spoken = True
            words = re.sub(r"\s+\d{1,5}$", "", paragraphs[i + 3].strip())
            label = "QUESTION" if line == "Question" else line.upper()
            if line == "Question" or _NAMED_VOICE_RE.match(line):
                out.append(f"{label}: {words}")
            i += 4
            continue
        if not spoken and (_PERSON_LIST_RE.match(line) or line == "Person"):
            i += 1  # • Karine Jean-Pierre / Person, above the first utterance
            continue
        if _SENTIMENT_RE.match(line):
            i += 1  # the whole text's sentiment
            continue
        out.append(paragraphs[i])
        i += 1
    return out


# A transcript that prints each label on a line of its own, with no colon, the words on the
# next line: 主持人 何绍仁 / 外交部部长 王毅 / 新华社记者 / 王毅.
_BARE_LABEL_PUNCT_RE = re.compile(r"[,。!?:;“”\"()、.]")
_REPORTER_LINE_RE = re.compile(r"^\S{1,16}记者$")
_HOST_LINE_RE = re.compile(r"^(?:主持人|主持)\s*(?P<name>[\u4e00-\u9fff]{2,4})$")


def _bare_label(line: str, names: set[str]) -> str | None:
    """What kind of label a short line with no colon could be: "reporter", "host",
    "person" (a post and a name, or a name printed so elsewhere), or None."""
    line = line.strip()
    if len(line) > 24 or not line or _BARE_LABEL_PUNCT_RE.search(line):
        return None
    if _REPORTER_LINE_RE.match(line):
        return "reporter"
    if _HOST_LINE_RE.match(line):
        return "host"
    if line in names:
        return "person"
    spaced = re.fullmatch(r"(?P<post>\S{2,20})\s+(?P<name>[\u4e00-\u9fff]{2,4})", line)
    if spaced and has_title(spaced["post"]) and looks_like_name(spaced["name"]):
        return "person"
    return None


def join_label_lines(paragraphs: list[str]) -> list[str]:
    """Label lines with no colon joined to the words under them, where the page prints at
    least three such labels, reporters' and officials' both; elsewhere nothing changes."""
    names: set[str] = set()
    for p in paragraphs:
        spaced = re.fullmatch(r"(?P<post>\S{2,20})\s+(?P<name>[\u4e00-\u9fff]{2,4})", p.strip())
        if spaced and has_title(spaced["post"]) and looks_like_name(spaced["name"]):
            names.add(spaced["name"])
        host = _HOST_LINE_RE.match(p.strip())
        if host:
            names.add(host["name"])
    kinds = [
        _bare_label(p, names) if i + 1 < len(paragraphs) else None for i, p in enumerate(paragraphs)
    ]
    kinds = [
        k if k and len(paragraphs[i + 1]) > len(paragraphs[i]) and not kinds[i + 1] else None
        for i, k in enumerate(kinds)
    ]
    found = [k for k in kinds if k]
    if len(found) < 3 or "reporter" not in found or "person" not in found:
        return paragraphs
    out: list[str] = []
    i = 0
    while i < len(paragraphs):
        if kinds[i]:
            out.append(f"{paragraphs[i].strip()}:{paragraphs[i + 1].strip()}")
            i += 2
        else:
            out.append(paragraphs[i])
            i += 1
    return out


# KEN VERDOIA, KUED: / RICH PIATT, KSL-TV: / JANE DOE/REUTERS: a journalist's name in capitals
# and the outlet: a question, whoever asks it (English pages give no asker).
_JOURNALIST_LABEL_RE = re.compile(
    r"^\s*(?P<name>[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){1,3})\s*[,/]\s*(?P<outlet>[^:,]{2,40}?)"
    r"\s*:\s*(?P<rest>\S.*)$",
    re.S,
)
_MEDIA_RE = re.compile(
    r"^[KW][A-Z]{2,3}(?:-(?:TV|FM|AM))?$|\b(?:TV|Radio|News|Tribune|Times|Post|Herald|Press|"
    r"Reuters|AP|AFP|BBC|CNN|ABC|NBC|CBS|Fox|NPR|Journal|Gazette|Star|Daily|Bloomberg|Sky|ITV|"
    r"CBC|CTV|Globe|Mail|Telegraph|Guardian|Xinhua|Kyodo|Inquirer|Chronicle|Standard|Express|"
    r"Observer|Wire|Network|Channel|Media|Magazine|Newspaper|Public Radio)\b",
    re.I,
)

# SEAN SPICER, WHITE HOUSE PRESS SECRETARY: an official's post, whatever words it holds.
_POST_WORD_RE = re.compile(rf"\b(?:{TITLE_WORDS})\b", re.I)


# Official Spokesperson (Shri Syed Akbaruddin):Good afternoon…: the post, then the holder in
# brackets with an honorific, read as "Post, Shri Name:".
_POST_BRACKETED_NAME_RE = re.compile(
    r"^(?P<post>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,5})\s*\((?P<hon>Shri|Smt|Mr|Mrs|Ms|Dr)\.?\s+"
    r"(?P<name>[A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+){1,3})\)\s*:\s*"
)


def journalist_labels(paragraphs: list[str]) -> list[str]:
    paragraphs = [
        _POST_BRACKETED_NAME_RE.sub(r"\g<post>, \g<hon> \g<name>: ", p) for p in paragraphs
    ]
    out = []
    for p in paragraphs:
        m = _JOURNALIST_LABEL_RE.match(p)
        if (
            m
            and _MEDIA_RE.search(m["outlet"])
            and not _POST_WORD_RE.search(m["outlet"])
            and not re.search(r"[a-z]", m["name"])
        ):
            p = f"QUESTION: {m['rest']}"
        out.append(p)
    return out


# This is ALL THINGS CONSIDERED from NPR News. I'm Robert Siegel.: a programme's presenter,
# whose SIEGEL: lines are the report's narration, no speaker's turns.
_PRESENTER_RE = re.compile(
    r"\bThis is [A-Z][\w' ]{2,60}? (?:from|on) [A-Z][\w' ]{1,40}?\.\s+I'm "
    r"(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})\."
)


def presenter_narration(paragraphs: list[str]) -> list[str]:
    found = next((m for p in paragraphs[:20] if (m := _PRESENTER_RE.search(p))), None)
    if not found:
        return paragraphs
    name = found["name"]
    labels = {name.upper(), name.split()[-1].upper(), name}
    out = []
    for p in paragraphs:
        label, _, rest = p.partition(":")
        out.append(rest.strip() if rest.strip() and label.strip() in labels else p)
    return out
