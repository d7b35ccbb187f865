"""Caption files pasted as text: SRT subtitles and WebVTT.

A cue's number and its timing line (00:00:01,133 --> 00:00:01,863) are the file's residue,
never words nor figures: they are dropped before anything is read. A WebVTT file pasted as
one line (WEBVTT 00:05.700 --> 00:06.763 - Good afternoon. 00:12.470 --> …) keeps its
captions as one paragraph; it prints no headline.
"""

import re

_STAMP = r"(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{3}"
_TIMING = rf"{_STAMP}[^\S\n]*-->[^\S\n]*{_STAMP}(?:[^\S\n]+[a-z]+:\S+)*"
_TIMING_LINE_RE = re.compile(rf"^[^\S\n]*(?:\d+[^\S\n]*\n[^\S\n]*)?{_TIMING}[^\S\n]*$", re.M)
# 2 00:00:05,140 --> 00:00:08,900 There we go: a cue pasted on one line, its number first.
_INLINE_TIMING_RE = re.compile(
    rf"[^\S\n]*(?:(?<!\S)\d{{1,5}}[^\S\n]+)?{_TIMING}[^\S\n]*(?:-[^\S\n]+)?"
)
_WEBVTT_RE = re.compile(r"^\s*WEBVTT\b[^\S\n]*")
_CHEAP_RE = re.compile(r"\d[.,]\d{3}\s*-->")


# 00:00:07migrants and refugee rights.: a video page's transcript, each caption line opened by
# its time with no space after it.
_GLUED_TIME_RE = re.compile(r"^(?:\d{1,2}:)?\d{1,2}:\d{2}(?=[A-Za-z'\"])", re.M)


# 0:01 / okay good morning thank you all for / 00:03 / coming: a machine transcript whose
# times stand alone on their lines, each over its caption line.
_LONE_TIME_RE = re.compile(r"^[^\S\n]*(?:\d{1,2}:)?\d{1,2}:\d{2}[^\S\n]*$", re.M)


def strip_glued_times(text: str) -> tuple[str, set[str]]:
    """The text without the times of a video page's caption lines, and those lines (five
    or more times, glued to their line or alone over it; none otherwise)."""
    if len(_GLUED_TIME_RE.findall(text[:20000])) >= 5:
        lines = [m.group(0) for m in re.finditer(r"^.+$", text, re.M)]
        captions = {_GLUED_TIME_RE.sub("", line) for line in lines if _GLUED_TIME_RE.match(line)}
        return _GLUED_TIME_RE.sub("", text), {" ".join(c.split()) for c in captions}
    if len(_LONE_TIME_RE.findall(text[:20000])) >= 5:
        lines = text.split("\n")
        captions = {
            " ".join(lines[i + 1].split())
            for i, line in enumerate(lines[:-1])
            if _LONE_TIME_RE.fullmatch(line) and lines[i + 1].strip()
        }
        return _LONE_TIME_RE.sub("", text), captions
    return text, set()


def strip_cues(text: str) -> tuple[str, bool]:
    """The text without cue numbers and timings; True when it is a WebVTT file (no
    headline). Texts with fewer than three timings are left alone."""
    if len(_CHEAP_RE.findall(text[:20000])) < 3:
        return text, False
    webvtt = bool(_WEBVTT_RE.match(text))
    if webvtt:
        text = _WEBVTT_RE.sub("", text, count=1)
    text = _TIMING_LINE_RE.sub("", text)
    text = _INLINE_TIMING_RE.sub(" ", text)
    lines = [line.strip() for line in text.split("\n")]
    if webvtt:
        lines = [re.sub(r"^-\s+", "", line) for line in lines]
    return "\n".join(lines).strip(), webvtt
