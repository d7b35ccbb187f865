import json
import re
import shutil
from pathlib import Path

from releases.importing.parser import parse_article
from releases.importing.parser.evaluate import DEFAULT_CORPUS, labels_share_words, main

SEED = "000_4afd75f9a84009b0"


def test_evaluate_main_passes_on_the_corpus(capsys):
    assert main([]) == 0
    out = capsys.readouterr().out
    assert SEED in out
    assert "overall" in out
    for field in ("speakers", "segments", "answerers", "headings", "figures", "credits"):
        assert field in out


def test_evaluate_main_fails_when_the_seed_falls_below_its_bar(tmp_path, capsys):
    shutil.copy(DEFAULT_CORPUS / f"{SEED}.txt", tmp_path)
    expected = json.loads((DEFAULT_CORPUS / f"{SEED}.json").read_text(encoding="utf-8"))
    expected["speakers"][0]["name"] = "某某某"
    Path(tmp_path / f"{SEED}.json").write_text(json.dumps(expected), encoding="utf-8")
    assert main([str(tmp_path)]) == 1
    assert "speakers not exact" in capsys.readouterr().err


def test_evaluate_main_verbose_lists_differences(tmp_path, capsys):
    shutil.copy(DEFAULT_CORPUS / f"{SEED}.txt", tmp_path)
    expected = json.loads((DEFAULT_CORPUS / f"{SEED}.json").read_text(encoding="utf-8"))
    expected["figures"] = expected["figures"][:-1]
    expected.pop("bar")
    Path(tmp_path / f"{SEED}.json").write_text(json.dumps(expected), encoding="utf-8")
    assert main([str(tmp_path), "-v"]) == 0
    assert "figures extra:" in capsys.readouterr().out


def test_evaluate_main_empty_directory(tmp_path):
    assert main([str(tmp_path)]) == 2


def test_evaluate_main_prints_one_table_per_corpus_and_skips_absent_ones(tmp_path, capsys):
    shutil.copy(DEFAULT_CORPUS / f"{SEED}.txt", tmp_path)
    shutil.copy(DEFAULT_CORPUS / f"{SEED}.json", tmp_path)
    absent = tmp_path / "absent"
    assert main([str(tmp_path), f"{absent},{tmp_path}", str(absent)]) == 0
    out = capsys.readouterr().out
    assert out.count("overall") == 2
    assert f"== {absent}\n(not present here" in out


def test_a_speaker_with_a_wrong_post_still_counts_by_name(tmp_path, capsys):
    shutil.copy(DEFAULT_CORPUS / f"{SEED}.txt", tmp_path)
    expected = json.loads((DEFAULT_CORPUS / f"{SEED}.json").read_text(encoding="utf-8"))
    speakers = len(expected["speakers"])
    expected["speakers"][0]["position"] = "某职务"
    expected["title"] = "另一个标题"
    expected.pop("bar")
    Path(tmp_path / f"{SEED}.json").write_text(json.dumps(expected), encoding="utf-8")
    assert main([str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert f"speakers {speakers - 1}/{speakers} names {speakers}/{speakers}" in out
    assert "titles 0/1" in out
    f1 = 2 * (speakers - 1) / (2 * speakers)
    assert f"F1: speakers {f1:4.2f} names 1.00" in out


def test_a_figure_label_said_more_fully_agrees_by_shared_words_not_exactly(tmp_path, capsys):
    shutil.copy(DEFAULT_CORPUS / f"{SEED}.txt", tmp_path)
    expected = json.loads((DEFAULT_CORPUS / f"{SEED}.json").read_text(encoding="utf-8"))
    expected.pop("bar")
    text = (DEFAULT_CORPUS / f"{SEED}.txt").read_text(encoding="utf-8")
    figures = expected["figures"] = parse_article(text).to_dict()["figures"]  # all agree
    figures[0]["label"] = "威海市" + figures[0]["label"]  # the same noun, said more fully
    figures[1]["label"] = "另外的东西"  # another thing altogether
    Path(tmp_path / f"{SEED}.json").write_text(json.dumps(expected), encoding="utf-8")
    assert main([str(tmp_path)]) == 0
    out = capsys.readouterr().out
    m = re.search(r"figure labels: exact (\d+)/(\d+), sharing words (\d+)/(\d+)", out)
    exact, total, sharing, total_again = map(int, m.groups())
    assert (exact, sharing, total_again) == (total - 2, total - 1, total)


def test_labels_share_words_in_english_and_chinese():
    assert labels_share_words("jobs", "new jobs in the state")
    assert not labels_share_words("the last", "years of advocating for the upgrade")
    assert labels_share_words("规模以上工业企业", "2018年咸阳市规模以上工业企业")
    assert not labels_share_words("来", "咸阳和新中国同奋进的年数")


def test_a_label_giving_the_headline_whole_with_its_tag_agrees_with_the_kicker_read_apart(
    tmp_path, capsys
):
    text = "【实录】青河市发展成就系列新闻发布会\n5月1日,青河市政府新闻办举行新闻发布会。"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    found = parse_article(text).to_dict()
    assert (found["kicker"], found["title"]) == ("实录", "青河市发展成就系列新闻发布会")
    expected = {"title": "【实录】青河市发展成就系列新闻发布会"}
    (tmp_path / "a.json").write_text(json.dumps(expected), encoding="utf-8")
    assert main([str(tmp_path)]) == 0
    assert "titles 1/1" in capsys.readouterr().out
    expected = {"title": "【另一个】青河市发展成就系列新闻发布会"}  # another tag: no match
    (tmp_path / "a.json").write_text(json.dumps(expected), encoding="utf-8")
    assert main([str(tmp_path)]) == 0
    assert "titles 0/1" in capsys.readouterr().out
