"""Normalising pasted text and cutting it into paragraphs."""

from __future__ import annotations

import re
import unicodedata

from .hant import count_traditional, to_simplified

# Far beyond any press release; keeps a pasted book or a binary file from stalling a request.
MAX_CHARS = 500_000

_ZERO_WIDTH = dict.fromkeys(map(ord, "\ufeff\u200b\u200c\u200d\u2060\u00ad\ufffe"), None)
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2002\u2003\u2009\u202f\u3000\t\v\f"), " ")
# Full-width digits, letters and the signs that go with numbers become ASCII so that
# figures and dates read the same whichever keyboard typed them. Other punctuation
# (,:?) stays as printed.
_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF10, 0xFF1A)}
_FULLWIDTH.update({cp: cp - 0xFEE0 for cp in range(0xFF21, 0xFF3B)})
_FULLWIDTH.update({cp: cp - 0xFEE0 for cp in range(0xFF41, 0xFF5B)})
_FULLWIDTH.update({0xFF05: "%", 0xFF0B: "+", 0xFF0D: "-", 0xFF0F: "/"})

# Full-width punctuation (,:?!;()) folded to ASCII for matching only: every pattern in the
# importer is written for ASCII punctuation, and Restorer gives back the printed form.
_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FOLD[0xFE50] = ord(",")
_FOLD[0xFE52] = ord(".")
# Colons pages print in labels: presentation form ︰ and the ratio sign ∶ (记者∶).
_FOLD[0xFE30] = ord(":")
_FOLD[0x2236] = ord(":")
# Small form variants, as some Macao and Hong Kong pages print them: 記者﹕, 多謝﹗, ﹖, ﹔.
_FOLD.update({0xFE55: ord(":"), 0xFE57: ord("!"), 0xFE56: ord("?"), 0xFE54: ord(";")})
_FOLD[0xFE51] = ord("、")

# How far back a figure's label is looked for: no label is longer, and a bound keeps a
# paragraph with thousands of figures and no punctuation linear.
LOOKBACK = 160

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN_RE = re.compile(f"[{HAN}]")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_BINARY_RE = re.compile(r"[\x00-\x08\x0e-\x1f\ufffd]")
_LINE_END_RE = re.compile(r"\r\n|\r|\u2028|\u2029|\x85")

# Characters that can end a complete line of prose: a line that stops elsewhere and is as
# long as its neighbours was probably wrapped by whatever the text was copied from.
_TERMINAL = "。!?;:…”’\"')】」』》.|"


def normalise(text: str) -> tuple[str, list[str]]:
    """Return the text cleaned for parsing, with warnings about what was changed."""
    warnings: list[str] = []
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="replace")
        warnings.append("输入不是文本,已按 UTF-8 解码,无法识别的字节被替换")
    elif not isinstance(text, str):
        text = "" if text is None else str(text)
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS]
        warnings.append(f"文本过长,只处理了前 {MAX_CHARS} 个字符")
    binary = len(_BINARY_RE.findall(text))
    if binary > max(3, len(text) // 100):
        warnings.append(f"文本含有 {binary} 个控制字符或乱码字符,可能不是纯文本文件")
    text = _LINE_END_RE.sub("\n", text)
    text = text.translate(_ZERO_WIDTH).translate(_SPACES).translate(_FULLWIDTH)
    text = _CONTROL_RE.sub("", text)
    text = unicodedata.normalize("NFC", text)
    return _drop_cell_pipes(text), warnings


_CELL_PIPE_RE = re.compile(r"(?:^|\s)\|\s*$")
_SPACE_RUN_RE = re.compile(r" {2,}")


def _drop_cell_pipes(text: str) -> str:
    """A table pasted as text (一行一格, each cell's last line ending in " |", empty cells a
    lone "|"): the pipes are the table's, no part of the words."""
    lines = text.split("\n")
    filled = [line for line in lines if line.strip()]
    piped = [line for line in filled if _CELL_PIPE_RE.search(line)]
    if len(piped) < 2 or len(piped) < 0.3 * len(filled):
        return text
    return "\n".join(re.sub(r"(?:^|\s*)\|\s*$", "", line) for line in lines)


def is_traditional(text: str) -> bool:
    """Whether a text is printed in traditional characters (not a stray one or two)."""
    traditional = count_traditional(text)
    return traditional >= 3 and traditional * 100 >= len(_HAN_RE.findall(text))


def fold_script(text: str) -> str:
    """fold() of the text read in simplified characters, one character for one: what the
    importer matches against when a release is printed in traditional characters."""
    return fold(to_simplified(text))


def fold(text: str) -> str:
    """Full-width punctuation as ASCII, one character for one, so offsets are kept."""
    return text.translate(_FOLD)


# Pinyin some mirrors insert after characters (發(fā)言人, 會(huì)議): read without it, handed
# back as printed.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# Some mirrors insert it without tones, repeated (農(nong)(nong)(nong)業(ye)(ye)): a run of
# syllables, each as pinyin spells one.
_SYLLABLE = r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:[aeiouüv]{1,3}(?:ng|n|r)?)"
_PINYIN_RE = re.compile(
    rf"(?<=[{HAN}])(?:\((?=[a-zü]*[{_TONED}])[a-z{_TONED}ü]{{1,7}}\)|(?:\({_SYLLABLE}\))+)"
)


def drop_pinyin(text: str) -> str:
    return _PINYIN_RE.sub("", text) if "(" in text else text


class Restorer:
    """Maps strings cut from folded paragraphs back to the punctuation (and the
    characters, with fold_script) as printed, with any inserted pinyin."""

    def __init__(self, printed: list[str], folder=fold) -> None:
        self._fold = folder
        self._printed = "\n".join(printed)
        folded = folder(self._printed)
        # Where each character of the folded text is printed, when pinyin was dropped.
        self._at: list[int] | None = None
        self._pinyin_end: dict[int, int] = {}
        if _PINYIN_RE.search(folded):
            self._pinyin_end = {m.start(): m.end() for m in _PINYIN_RE.finditer(folded)}
            dropped = {i for m in _PINYIN_RE.finditer(folded) for i in range(*m.span())}
            self._at = [i for i in range(len(folded)) if i not in dropped]
            folded = "".join(folded[i] for i in self._at)
        self._folded = folded
        self._same = self._printed == self._folded
        self._cursor = 0
        self._askers: dict[str, str] = {}

    def __call__(self, text: str | None) -> str | None:
        if not text or self._same or self._fold(text) != text:
            return text
        # Output mostly comes in reading order: search from the last hit first.
        at = self._folded.find(text, self._cursor)
        if at < 0:
            at = self._folded.find(text)
        if at < 0:
            # 局长、国防部新闻发言人 read from 局長,、國防部…: a post whose stops were tidied
            # is restored piece by piece
            pieces = re.split(r"([、,;])", text)
            if len(pieces) < 3 or not all(p and p in self._folded for p in pieces[::2]):
                return text
            return "".join(p if i % 2 else self(p) for i, p in enumerate(pieces))
        self._cursor = at
        if self._at is not None:
            end = self._at[at + len(text) - 1] + 1
            # 增长 printed 增長(zhǎng): the last character's pinyin goes with it.
            return self._printed[self._at[at] : self._pinyin_end.get(end, end)]
        return self._printed[at : at + len(text)]

    def asker(self, text: str | None) -> str | None:
        """An asker as printed: restored, or with the quotation marks its label lost."""
        restored = self(text)
        if restored != text or not text or self._same:
            return restored
        if text not in self._askers:  # once per asker: a long transcript repeats them
            self._askers[text] = self._quoted(text)
        return self._askers[text]

    def _quoted(self, text: str) -> str:
        """福建广电台海时刻新媒体, an asker read from 福建广电“台海时刻”新媒体记者: with the
        quotation marks the label lost, printed with them."""
        if not 4 <= len(text) <= 40 or self._at is not None:
            return text
        pattern = "“?" + "[“”]?".join(map(re.escape, text)) + "”?"
        m = re.search(pattern, self._folded)
        if not m or m.group(0) == text:
            return text
        found = m.group(0)
        start = m.start() + (
            1 if found.startswith("“") and found.count("“") > found.count("”") else 0
        )
        end = m.end() - (1 if found.endswith("”") and found.count("”") > found.count("“") else 0)
        return self._printed[start:end]


def restore_pieces(restore: Restorer, text: str | None) -> str | None:
    """A string made of pieces of the text (a figure's label 全省生产总值 + 增长): each
    piece restored on its own, longest first."""
    if not text or restore(text) != text:
        return restore(text)
    out, rest = [], text
    while rest:
        for size in range(len(rest), 0, -1):
            piece = restore(rest[:size])
            if piece != rest[:size] or size == 1:
                out.append(piece)
                rest = rest[size:]
                break
    return "".join(out)


def is_latin(text: str) -> bool:
    """True when the text is mostly Latin script (an English briefing)."""
    letters = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    han = len(_HAN_RE.findall(text))
    return letters > 3 * han and letters > 20


# A line that opens a new turn or item is never the tail of a wrapped line.
_OPENS_TURN_RE = re.compile(
    rf"^(?:[A-Z][A-Z .'\-]{{0,40}}:|Q[:.\s]|[{HAN}、, ()]{{2,60}}[:]|[问答問]\s*\d{{0,2}}[:]"
    r"|(?:Reporter|Question|Journalist|Answer|Moderator|Spokesperson|Spokesman):"
    r"|[★☆◆◇●■□▲△▶►◎※•·]|[(]?[一二三四五六七八九十\d]{1,3}[)、.,](?!\d))"
)


# A dateline's fields (来源: …, 发布时间: …) are never prose wrapped onto the next line.
_FIELDS_RE = re.compile(r"(?:来源|發布時間|发布时间|編輯|编辑|作者)\s*:")
# 云南网    12-08 14:11:23: a site's name and the time it posted, under a headline.
# 云南网 12-08 14:11:23, 2019-09-11 17:33:59: a posting time on its own line
_STAMP_LINE_RE = re.compile(
    r"^(?:\S{2,12}\s+)?(?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?$"
)


def _ends_line(line: str) -> bool:
    # …新华社记者 李明 摄, …新华网/中国政府网 翟子赫攝: a photo caption ends with its credit
    # (in either script).
    return line.endswith(tuple(_TERMINAL)) or bool(
        re.search(rf"\s(?:[{HAN}]{{2,4}})?[摄攝]\)?$", line)
    )


def _width(line: str) -> int:
    """Display width: a Han character is as wide as two Latin ones."""
    return len(line) + len(_HAN_RE.findall(line))


_INDENTS = ("  ", "\u3000", "\t")
# A Hong Kong release's row of buttons over its headline is a line of its own.
_BUTTON_ROW_RE = re.compile(
    r"^(?:(?:Traditional Chinese|Simplified Chinese|Email this article|news\.gov\.hk)\s*)+$"
)


_SMALL_WORDS = {
    "a",
    "an",
    "and",
    "as",
    "at",
    "by",
    "for",
    "from",
    "in",
    "of",
    "on",
    "or",
    "the",
    "to",
    "with",
    "vs.",
    "via",
}


def title_cased(line: str) -> bool:
    """Three words or more, each capitalised but the small ones."""
    words = re.findall(r"[A-Za-z][\w.'’-]*", line)
    return len(words) >= 3 and all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in words)


def _headline_over_line(previous: str, line: str) -> bool:
    """President Visits … Prior to Renovation / James S. Brady Briefing Room: a headline in
    title case, ending on a full word, over a place line in title case is two lines."""
    last = previous.split()[-1].lower() if previous.split() else ""
    return (
        len(line) <= 60 and last not in _SMALL_WORDS and title_cased(previous) and title_cased(line)
    )


# 新聞局 alone under a Chinese headline, a date line next: the issuing office, its own line.
_OFFICE_LINE_RE = re.compile(
    rf"[{HAN}]{{1,10}}(?:局|部|署|办|辦|处|處|委员会|委員會|办公室|辦公室|新闻处|新聞處)"
)
_DATE_START_RE = re.compile(r"\d{4}\s*[-./年]\s*\d{1,2}")


def _office_under_headline(lines: list[str], i: int) -> bool:
    """lines[i] is an office's name alone under the block's first line, a date next."""
    return (
        i == 1
        and len(lines) > 2
        and _OFFICE_LINE_RE.fullmatch(lines[1]) is not None
        and _DATE_START_RE.match(lines[2]) is not None
    )


def split_paragraphs(text: str) -> list[str]:
    """Cut text into paragraphs: one per line, re-joining lines that were hard-wrapped.

    Pasted releases come either with a blank line between paragraphs or with one paragraph
    per line; both give one paragraph per non-empty line. Only inside a block of lines
    with no blank line between them, a line that is as long as the block's longest and
    does not end a sentence is joined with the next (text copied from a PDF or an e-mail).
    """
    paragraphs: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        raw = [line for line in block.split("\n") if line.strip()]
        lines = [_SPACE_RUN_RE.sub(" ", line).strip() for line in raw]
        if not lines:
            continue
        widest = max(_width(line) for line in lines)
        current = lines[0]
        for i, (previous, line, printed) in enumerate(
            zip(lines, lines[1:], raw[1:], strict=False), 1
        ):
            wrapped = (
                widest >= 50
                and not _office_under_headline(lines, i)
                and not printed.startswith(_INDENTS)  # an indented line opens a paragraph
                and not _FIELDS_RE.search(fold(previous))
                and _width(previous) >= 0.8 * widest
                and not _ends_line(fold(previous))
                and not _BUTTON_ROW_RE.match(previous)
                and previous.count("|") < 3  # a menu's items between bars, line by line
                and not _OPENS_TURN_RE.match(fold(line))
                and not _STAMP_LINE_RE.match(line)
                and not _headline_over_line(previous, line)
            )
            if wrapped:
                joiner = " " if previous[-1:].isascii() and line[:1].isascii() else ""
                current += joiner + line
            else:
                paragraphs.append(current)
                current = line
        paragraphs.append(current)
    return paragraphs


def compact(text: str) -> str:
    """Text with all whitespace between Han characters removed and other runs collapsed."""
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(f"(?<=[{HAN}]) (?=[{HAN}])", "", text)
