"""parse_article never raises: empty, garbage, binary-ish and huge inputs give a draft."""

import random
import time

import pytest

from releases.importer import ParsedRelease, parse_article
from releases.importer.text import MAX_CHARS

SEED_PARAGRAPH = (
    "威海市住房和城乡建设局局长李瑞玲:累计建成地下综合管廊40.6公里,海绵城市78.6平方公里。"
)


def _garbage(seed: int, length: int) -> str:
    rng = random.Random(seed)
    alphabet = "的一是了我:,:?。、()《》“”\n\r\t 0123456789%万亿元个★丨|>abcXYZ\x00\x07\ufeff\u3000"
    return "".join(rng.choice(alphabet) for _ in range(length))


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\n\n\n",
        "\ufeff",
        "\r\n\r\n",
        ":",
        "?",
        "主持人:",
        "记者:",
        "答:",
        "问:\n答:",
        "★",
        "(",
        "分别达到100%、99%和",
        "1" * 5000,
        ":" * 5000,
        "、" * 5000,
        "局长" * 3000,
        "MR. SMITH:",
        "Q",
        "QUESTION:",
        "首页 > ",
        "\x00\x01\x02\x03" * 200,
        "\udcff\udcfe" * 10,
    ],
    ids=lambda text: repr(text[:12]),
)
def test_parse_article_odd_inputs_never_raise(text):
    result = parse_article(text)
    assert isinstance(result, ParsedRelease)
    assert not any("解析时出错" in w for w in result.warnings)
    result.to_dict()


@pytest.mark.parametrize("seed", range(20))
def test_parse_article_random_garbage_never_raises(seed):
    result = parse_article(_garbage(seed, 3000))
    assert not any("解析时出错" in w for w in result.warnings)


def test_parse_article_empty_text_warns():
    assert parse_article("").warnings == ["文本为空"]


def test_parse_article_unrecognised_text_becomes_body_with_warning():
    text = "这是一段普通的文字,没有标题。\n\n第二段也没有任何结构,只是随便写写。"
    result = parse_article(text)
    assert result.segments == [] and result.speakers == []
    assert result.body  # nothing is lost
    assert any("未能识别" in w for w in result.warnings)


def test_parse_article_keeps_every_paragraph_of_unrecognised_text():
    paragraphs = [f"第{i}段文字没有结构。" for i in range(1, 30)]
    result = parse_article("\n".join(paragraphs))
    assert result.body == paragraphs
    assert result.title == paragraphs[0]


def test_parse_article_bytes_are_decoded_with_warning():
    result = parse_article(SEED_PARAGRAPH.encode("utf-8") + b"\xff\xfe")
    assert any("UTF-8" in w for w in result.warnings)


def test_parse_article_binary_text_warns():
    result = parse_article("\x00\x01\x02PK\x03\x04" * 300)
    assert any("控制字符" in w for w in result.warnings)


def test_parse_article_none_is_an_empty_draft():
    assert parse_article(None).warnings == ["文本为空"]


def test_parse_article_huge_text_is_cut_and_fast():
    text = (SEED_PARAGRAPH + "\n\n") * (2 * MAX_CHARS // len(SEED_PARAGRAPH))
    started = time.monotonic()
    result = parse_article(text)
    assert time.monotonic() - started < 15
    assert any("文本过长" in w for w in result.warnings)


def test_parse_article_long_single_line_is_fast():
    text = "威海市住房和城乡建设局局长" * 20000
    started = time.monotonic()
    parse_article(text)
    assert time.monotonic() - started < 5


def test_parse_article_internal_error_becomes_a_draft(monkeypatch):
    from releases.importer import parser

    def broken(self, paragraphs):
        raise RuntimeError("boom")

    monkeypatch.setattr(parser._Parser, "_segment", broken)
    result = parse_article("标题\n\n正文第一段。")
    assert result.body == ["标题", "正文第一段。"]
    assert any("RuntimeError" in w for w in result.warnings)
