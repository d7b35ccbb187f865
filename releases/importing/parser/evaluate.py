"""Precision and recall of the importer against a hand-labelled corpus.

    python -m releases.importing.parser.evaluate [CORPUS ...] [-v]

Each CORPUS is printed as a table of its own; one CORPUS may join several directories with
commas (the real texts keep their local copies and their committed federal ones apart). A
directory that is not there is reported and skipped when others are given (the real texts
exist only where tests/importing/realtexts/gather.py has fetched them).

Each article is NAME.txt beside NAME.json, the expected structure (the --json schema plus
kicker, channel, source, event_date, host_office). An expected file may carry a "bar":
{"exact": [fields...], "figures": 0.95}; the command exits 1 when an article falls below
its bar, so the reference release cannot silently regress.

How items are compared, field by field (each a multiset; precision = matched / found,
recall = matched / expected):
  speakers   (name, role, position, organisation)
  names      (name): the speakers by name alone, as the issue's first measurement counted them
  segments   (question, asker, paragraphs) - the whole answer text must match
  answerers  (segment key, name)   the key is the question, or the opening paragraph
  headings   (segment key, heading)
  figures    (segment, text as printed, value, unit); label agreement shown apart, exact
             and by shared words: a found label shares words with the expected one when at
             least half of its words (Chinese: its characters) are in it, so 规模以上工业企业
             agrees with 2018年咸阳市规模以上工业企业 and 来 with nothing
  credits    (role, name)
  meta       title, kicker, channel, published, editor, source, event date, host office,
             language: the share of expected values found (shown as recall); a label's title
             given whole with its tag (【实录】…, 实录丨…) and no kicker of its own agrees
             with the tag read apart as the kicker
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .parser import parse_article

FIELDS = ("speakers", "names", "segments", "answerers", "headings", "figures", "credits")
META_KEYS = (
    "title",
    "kicker",
    "channel",
    "published",
    "editor",
    "source",
    "event_date",
    "host_office",
    "language",
)
DEFAULT_CORPUS = Path(__file__).resolve().parents[3] / "tests" / "importing" / "corpus"


@dataclass
class Score:
    matched: int = 0
    found: int = 0
    expected: int = 0

    def add(self, other: Score) -> None:
        self.matched += other.matched
        self.found += other.found
        self.expected += other.expected

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        both = self.precision + self.recall
        return 2 * self.precision * self.recall / both if both else 0.0

    @property
    def exact(self) -> bool:
        return self.matched == self.found == self.expected


@dataclass
class ArticleResult:
    name: str
    scores: dict[str, Score] = field(default_factory=dict)
    labels: Score = field(default_factory=Score)
    labels_sharing: Score = field(default_factory=Score)  # found labels sharing words
    meta: Score = field(default_factory=Score)
    title: Score = field(default_factory=Score)
    failures: list[str] = field(default_factory=list)
    differences: list[str] = field(default_factory=list)


def _segment_key(segment: dict, index: int) -> str:
    if segment.get("question"):
        return segment["question"]
    paragraphs = segment.get("paragraphs") or [""]
    return f"#{index}:{paragraphs[0][:30]}"


def items(structure: dict, name: str) -> list[tuple]:
    segments = structure.get("segments", [])
    if name == "speakers":
        return [
            (s["name"], s.get("role"), s.get("position"), s.get("organisation"))
            for s in structure.get("speakers", [])
        ]
    if name == "names":
        return [(s["name"],) for s in structure.get("speakers", [])]
    if name == "segments":
        return [
            (s.get("question"), s.get("asker"), tuple(s.get("paragraphs", []))) for s in segments
        ]
    if name == "answerers":
        return [(_segment_key(s, i), a) for i, s in enumerate(segments) for a in s["answerers"]]
    if name == "headings":
        return [(_segment_key(s, i), h) for i, s in enumerate(segments) for h in s["headings"]]
    if name == "figures":
        return [
            (f.get("segment"), f["text"], round(float(f["value"]), 6), f["unit"])
            for f in structure.get("figures", [])
        ]
    if name == "credits":
        return [(c["role"], c["name"]) for c in structure.get("credits", [])]
    raise ValueError(name)


def compare(found: list[tuple], expected: list[tuple]) -> Score:
    matched = sum((Counter(found) & Counter(expected)).values())
    return Score(matched, len(found), len(expected))


_STOP_WORDS = frozenset(
    "a an and are as at be by for from in is it its of on or per that the this to was with".split()
)


def _label_words(label: str) -> set[str]:
    if re.search(r"[\u3400-\u9fff]", label):
        return set(re.findall(r"[\u3400-\u9fff]", label))
    return {w for w in re.findall(r"[a-z0-9]+", label.lower()) if w not in _STOP_WORDS}


def labels_share_words(found: str, expected: str) -> bool:
    """At least half of the found label's words (characters, in Chinese) are in the expected
    one: the labels name the same thing, one said more fully."""
    if found == expected:
        return True
    words = _label_words(found)
    shared = words & _label_words(expected)
    return bool(shared) and len(shared) * 2 >= len(words)


def _label_score(found: dict, expected: dict, differences: list[str]) -> tuple[Score, Score]:
    """(exact agreement, agreement by shared words) of the labels of the figures matched."""
    labels: dict[tuple, list[str]] = {}
    for f in found.get("figures", []):
        key = (f.get("segment"), f["text"], round(float(f["value"]), 6), f["unit"])
        labels.setdefault(key, []).append(f.get("label", ""))
    exact, sharing = Score(), Score()
    for f in expected.get("figures", []):
        key = (f.get("segment"), f["text"], round(float(f["value"]), 6), f["unit"])
        if labels.get(key):
            label, wanted = labels[key].pop(0), f.get("label", "")
            for score, agrees in (
                (exact, label == wanted),
                (sharing, labels_share_words(label, wanted)),
            ):
                score.expected += 1
                score.found += 1
                score.matched += agrees
            if label != wanted:
                differences.append(f"label of {f['text']}: {label!r}, expected {wanted!r}")
    return exact, sharing


def _title_with_kicker(found: dict, expected: dict) -> bool:
    """【实录】…, 实录丨…: a label that gives the headline whole, its tag included, agrees
    with a kicker and a title read apart (a label with a kicker of its own is compared as
    it is)."""
    title, kicker, wanted = found.get("title"), found.get("kicker"), expected.get("title")
    if "kicker" in expected or not (title and kicker and wanted) or not wanted.endswith(title):
        return False
    return re.sub(r"[\s【】\[\]|丨｜]", "", wanted[: -len(title)]) == kicker


def evaluate_article(text_path: Path) -> ArticleResult:
    expected = json.loads(text_path.with_suffix(".json").read_text(encoding="utf-8"))
    found = parse_article(text_path.read_text(encoding="utf-8")).to_dict()
    result = ArticleResult(text_path.stem)
    for name in FIELDS:
        got, want = items(found, name), items(expected, name)
        result.scores[name] = compare(got, want)
        for item in (Counter(want) - Counter(got)).elements():
            result.differences.append(f"{name} missing: {item}")
        for item in (Counter(got) - Counter(want)).elements():
            result.differences.append(f"{name} extra:   {item}")
    result.labels, result.labels_sharing = _label_score(found, expected, result.differences)
    for key in META_KEYS:
        if key in expected:
            result.meta.expected += 1
            result.meta.found += 1
            same = found.get(key) == expected[key]
            if key == "title":
                same = same or _title_with_kicker(found, expected)
                result.title = Score(int(same), 1, 1)
            result.meta.matched += same
            if not same:
                result.differences.append(f"{key}: {found.get(key)!r}, expected {expected[key]!r}")
    bar = expected.get("bar", {})
    for name in bar.get("exact", []):
        if not result.scores[name].exact:
            result.failures.append(f"{name} not exact")
    if "figures" in bar:
        figures = result.scores["figures"]
        if min(figures.precision, figures.recall) < bar["figures"]:
            result.failures.append(
                f"figures P {figures.precision:.3f} R {figures.recall:.3f} < {bar['figures']}"
            )
    return result


def _cell(score: Score) -> str:
    if not score.found and not score.expected:
        return "    -     "
    return f"{score.precision:4.2f} {score.recall:4.2f} "


def format_table(results: list[ArticleResult]) -> str:
    width = max([len(r.name) for r in results] + [len("overall")])
    head = " " * width + " | " + " | ".join(f"{n:^10}" for n in FIELDS)
    head += " | labels | meta"
    sub = " " * width + " | " + " | ".join(f"{'P    R':^10}" for _ in FIELDS) + " |        |"
    lines = [head, sub, "-" * len(head)]
    total = {name: Score() for name in FIELDS}
    labels, sharing, meta, titles = Score(), Score(), Score(), Score()
    for r in results:
        cells = " | ".join(_cell(r.scores[n]) for n in FIELDS)
        lines.append(
            f"{r.name:<{width}} | {cells} | {_ratio(r.labels)} | {_ratio(r.meta)}"
            + ("  FAIL: " + "; ".join(r.failures) if r.failures else "")
        )
        for n in FIELDS:
            total[n].add(r.scores[n])
        labels.add(r.labels)
        sharing.add(r.labels_sharing)
        meta.add(r.meta)
        titles.add(r.title)
    lines.append("-" * len(head))
    cells = " | ".join(_cell(total[n]) for n in FIELDS)
    lines.append(f"{'overall':<{width}} | {cells} | {_ratio(labels)} | {_ratio(meta)}")
    counts = " ".join(f"{n} {total[n].matched}/{total[n].expected}" for n in FIELDS)
    lines.append(f"matched/expected: {counts} titles {titles.matched}/{titles.expected}")
    lines.append(
        f"figure labels: exact {labels.matched}/{labels.expected}, "
        f"sharing words {sharing.matched}/{sharing.expected}"
    )
    f1 = " ".join(f"{n} {total[n].f1:4.2f}" for n in FIELDS if total[n].found or total[n].expected)
    lines.append(f"F1: {f1}")
    return "\n".join(lines)


def _ratio(score: Score) -> str:
    return f"{score.recall:6.2f}" if score.expected else "     -"


def _paths(corpus: str) -> list[Path]:
    dirs = [Path(part) for part in corpus.split(",") if part]
    return sorted(
        (p for d in dirs for p in d.glob("*.txt") if p.with_suffix(".json").exists()),
        key=lambda p: p.name,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="*", default=[str(DEFAULT_CORPUS)])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every difference")
    args = parser.parse_args(argv)
    corpora = [(corpus, _paths(corpus)) for corpus in args.corpus]
    if not any(paths for _, paths in corpora):
        print(f"no NAME.txt with NAME.json in {', '.join(args.corpus)}", file=sys.stderr)
        return 2
    failed: list[ArticleResult] = []
    for number, (corpus, paths) in enumerate(corpora):
        if len(corpora) > 1:
            print(("\n" if number else "") + f"== {corpus}")
        if not paths:
            print("(not present here: nothing to score)")
            continue
        results = [evaluate_article(p) for p in paths]
        print(format_table(results))
        if args.verbose:
            for r in results:
                for line in r.differences:
                    print(f"{r.name}: {line}")
        failed += [r for r in results if r.failures]
    for r in failed:
        print(f"below the bar: {r.name}: {'; '.join(r.failures)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
