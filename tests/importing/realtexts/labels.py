"""Hand labels for the real-text corpus, written compactly, expanded to the corpus JSON.

    python tests/importing/realtexts/labels.py show FILE.txt     number the paragraphs
    python tests/importing/realtexts/labels.py build DIR [TEXTDIR ...]
                                      DIR/NAME.lab -> NAME.json beside NAME.txt

Nothing here runs the parser: a label is written by reading the numbered text. A NAME.lab
file is a Python literal (a dict) with the keys of the corpus JSON (see
releases/importing/parser/evaluate.py), where strings may point into the text instead of
repeating it:

  "#N"     paragraph N as printed (non-blank lines, counted from 1, stripped, runs of
           spaces made one)
  "~N"     paragraph N without its leading speaker label (X:, X：, 【X】, [X], X∶)
  "#N-M"   in a list of paragraphs: paragraphs N to M ("~N-M" strips each one's label)

a title of None is written "" (no headline); speakers are
"name|role|position|organisation" (empty = null); figures are
"segment|text|value|unit|label" (segment empty = null, the lead or body). Segments are
dicts with q (a list: paragraphs of one question, joined by a line
break), asker, a (answerers), h (headings), p (paragraphs).
"""

from __future__ import annotations

import ast
import json
import re
import sys
from pathlib import Path

LABEL_RE = re.compile(
    r"^\s*(?:(?:【[^】]{1,30}】|\[[^\]]{1,30}\])\s*[:：∶︰]?|▲?[^:：∶︰。，,!?！？]{1,60}?\s*[:：∶︰]"
    # DANIEL MULINO, ASSISTANT TREASURER AND MEMBER FOR FRASER: a name and post in capitals
    r"|[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){1,3}, [A-Z][A-Z ,.'()\-]{2,80}:)\s*"
)


def paragraphs(text: str) -> list[str]:
    """Non-blank lines, stripped, runs of spaces made one (as the test corpus has them)."""
    lines = text.lstrip("\ufeff").splitlines()
    return [re.sub(r" {2,}", " ", line.strip()) for line in lines if line.strip()]


def _one(ref: str, paras: list[str]) -> str:
    kind, n = ref[0], int(ref[1:])
    para = paras[n - 1]
    return LABEL_RE.sub("", para, count=1).strip() if kind == "~" else para


def resolve(value, paras):
    if isinstance(value, str) and re.fullmatch(r"[#~]\d+", value):
        return _one(value, paras)
    return value


def resolve_list(values, paras) -> list[str]:
    out: list[str] = []
    for value in values:
        m = re.fullmatch(r"([#~])(\d+)-(\d+)", value) if isinstance(value, str) else None
        if m:
            out += [_one(f"{m[1]}{i}", paras) for i in range(int(m[2]), int(m[3]) + 1)]
        else:
            out.append(resolve(value, paras))
    return out


def _none(s: str):
    return s or None


def expand(lab: dict, text: str) -> dict:
    paras = paragraphs(text)
    out = {
        k: resolve(v, paras)
        for k, v in lab.items()
        if k not in ("speakers", "segments", "figures", "credits")
    }
    if "title" in out and out["title"] is None:
        out["title"] = ""  # no headline in the copy: the parser's empty title
    out["speakers"] = []
    for s in lab.get("speakers", []):
        name, role, position, organisation = (s.split("|") + ["", "", ""])[:4]
        out["speakers"].append(
            {
                "name": name,
                "role": role or "speaker",
                "position": _none(position),
                "organisation": _none(organisation),
            }
        )
    out["segments"] = [
        {
            "question": "\n".join(resolve_list(seg["q"], paras))
            if isinstance(seg.get("q"), list)
            else resolve(seg.get("q"), paras),
            "asker": seg.get("asker"),
            "answerers": seg.get("a", []),
            "headings": resolve_list(seg.get("h", []), paras),
            "paragraphs": resolve_list(seg.get("p", []), paras),
        }
        for seg in lab.get("segments", [])
    ]
    out["figures"] = []
    for f in lab.get("figures", []):
        segment, figure_text, value, unit, label = f.split("|")
        out["figures"].append(
            {
                "text": figure_text,
                "value": float(value) if "." in value or "e" in value else int(value),
                "unit": unit,
                "label": label,
                "segment": int(segment) if segment else None,
            }
        )
    out["credits"] = [
        {"role": c.split("|")[0], "name": c.split("|")[1]} for c in lab.get("credits", [])
    ]
    return out


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "show":
        for i, para in enumerate(paragraphs(Path(argv[1]).read_text(encoding="utf-8")), 1):
            print(f"{i:3} {para[:90]}")
        return 0
    if len(argv) >= 2 and argv[0] == "build":
        # The labels are committed in one folder, the texts may be in others (local/ ones
        # only where they were gathered): a label whose text is not there is skipped.
        folders = [Path(d) for d in argv[1:]]
        for lab_path in sorted(folders[0].glob("*.lab")):
            texts = [
                d / f"{lab_path.stem}.txt" for d in folders if (d / f"{lab_path.stem}.txt").exists()
            ]
            if not texts:
                continue
            text = texts[0].read_text(encoding="utf-8")
            lab = ast.literal_eval(lab_path.read_text(encoding="utf-8"))
            structure = expand(lab, text)
            texts[0].with_suffix(".json").write_text(
                json.dumps(structure, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
            )
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
