"""Every corpus article parses to its hand-written expected structure."""

import json

import pytest

from releases.importing.parser import parse_article
from releases.importing.parser.evaluate import FIELDS, META_KEYS, compare, items
from tests.importing import CORPUS

ARTICLES = sorted(p for p in CORPUS.glob("*.txt") if p.with_suffix(".json").exists())


def test_corpus_has_the_seed_and_ten_more():
    assert len(ARTICLES) >= 11
    assert ARTICLES[0].stem == "000_4afd75f9a84009b0"


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_corpus_article_matches_expected_structure(path):
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    found = parse_article(path.read_text(encoding="utf-8")).to_dict()
    for field in FIELDS:
        score = compare(items(found, field), items(expected, field))
        assert score.exact, f"{field}: {score}"
    for key in META_KEYS:
        if key in expected or key != "language":  # the script is labelled since 330
            assert found[key] == expected[key], key


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_corpus_article_parses_without_falling_back(path):
    result = parse_article(path.read_text(encoding="utf-8"))
    assert not any("解析时出错" in w for w in result.warnings)
    assert result.title
