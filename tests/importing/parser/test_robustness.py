"""parse_article never raises: empty, garbage, binary-ish and huge inputs give a draft."""

import random
import time

import pytest

from releases.importing.parser import ParsedRelease, parse_article
from releases.importing.parser.people import SURNAMES
from releases.importing.parser.text import MAX_CHARS
from tests.importing import CORPUS

CORPUS = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]

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
    started = time.process_time()
    result = parse_article(text)
    assert time.process_time() - started < 15
    assert any("文本过长" in w for w in result.warnings)


def test_parse_article_long_single_line_is_fast():
    text = "威海市住房和城乡建设局局长" * 20000
    started = time.process_time()
    parse_article(text)
    assert time.process_time() - started < 5


def test_parse_article_internal_error_becomes_a_draft(monkeypatch):
    from releases.importing.parser import parser

    def broken(self, paragraphs):
        raise RuntimeError("boom")

    monkeypatch.setattr(parser._Parser, "_segment", broken)
    result = parse_article("标题\n\n正文第一段。")
    assert result.body == ["标题", "正文第一段。"]
    assert any("RuntimeError" in w for w in result.warnings)


def _failed(result):
    return any("解析时出错" in w for w in result.warnings)


def _random_unicode(rng, length):
    out = []
    for _ in range(length):
        r = rng.random()
        if r < 0.3:
            out.append(chr(rng.randint(0x4E00, 0x9FFF)))
        elif r < 0.55:
            out.append(
                rng.choice(":：,，?？。、()（）【】“”《》\n\r\t 0123456789%万亿元个丨|>★QA-—成")
            )
        elif r < 0.65:
            out.append(chr(rng.randint(0x20, 0x7E)))
        elif r < 0.7:
            out.append(chr(rng.randint(0xD800, 0xDFFF)))  # lone surrogates
        else:
            out.append(chr(rng.randint(0, 0x10FFFF)))
    return "".join(out)


def _fuzzed(rng):
    """A slice, a splice, a shuffle or a mutation of corpus articles, or random text."""
    kind = rng.randrange(6)
    text = rng.choice(CORPUS)
    if kind == 0:
        a = rng.randrange(len(text) + 1)
        return text[a : rng.randint(a, len(text))]
    if kind == 1:
        parts = [rng.choice(CORPUS) for _ in range(rng.randint(2, 5))]
        return "".join(p[rng.randrange(len(p)) :][: rng.randint(0, 3000)] for p in parts)
    if kind == 2:
        lines = text.splitlines()
        rng.shuffle(lines)
        return "\n".join(lines)
    if kind == 3:
        chars = list(text)
        for _ in range(rng.randint(1, 200)):
            chars[rng.randrange(len(chars))] = _random_unicode(rng, 1)
        return "".join(chars)
    if kind == 4:
        return text.replace("\n", "") * rng.randint(2, 20)  # one very long line
    return _random_unicode(rng, rng.randint(0, 4000))


def test_parse_article_fuzzed_text_never_fails_and_stays_fast():
    rng = random.Random(20240619)
    slowest = 0.0
    for _ in range(300):
        text = _fuzzed(rng)
        started = time.process_time()
        result = parse_article(text)
        slowest = max(slowest, time.process_time() - started)
        assert not _failed(result), repr(text[:200])
        result.to_dict()
    assert slowest < 3


def _names(n):
    rng = random.Random(7)
    surnames = sorted(SURNAMES)
    return [rng.choice(surnames) + chr(rng.randint(0x4E00, 0x9FFF)) for _ in range(n)]


MEGABYTE = 1_000_000
# Shapes that would make a careless regular expression or a nested loop blow up.
HUGE_INPUTS = {
    "corpus": lambda: "\n\n".join(CORPUS * 40),
    "one line": lambda: "".join(t.replace("\n", "") for t in CORPUS) * 40,
    "figures": lambda: "12.5%、3成、近千家、" * 70000,
    "questions": lambda: "问:请问?\n答:好。\n" * 70000,
    "officials": lambda: "\n".join(f"市交通局局长{n}:今年建成公路12公里。" for n in _names(40000)),
    "lead list": lambda: "标题\n\n5月30日,市政府新闻办举行发布会,"
    + "请局长张三," * 80000
    + "介绍情况。",
    "capitals": lambda: "Briefing\n\n" + "Minister Abc " * 80000,
    "spaces": lambda: (" " * 5000 + "字:\n") * 200,
}


def _cpu_seconds(text: str):
    started = time.process_time()
    result = parse_article(text)
    return time.process_time() - started, result


@pytest.mark.parametrize("shape", HUGE_INPUTS)
def test_parse_article_a_megabyte_parses_in_time_that_grows_linearly(shape):
    text = (HUGE_INPUTS[shape]() * 2)[:MEGABYTE]
    # CPU time, the parser's own work, of a quarter of the text and of all of it: four times
    # the text takes about four times as long when nothing is quadratic (sixteen when
    # something is). A ratio, not a fixed budget: the machine's speed varies from run to run
    # by half; the benchmarks hold the budgets.
    quarter, _ = _cpu_seconds(text[: MEGABYTE // 4])
    whole, result = _cpu_seconds(text)
    assert whole < 8 * quarter + 1
    assert not _failed(result)


def test_parse_article_caps_people_and_figures_with_warnings():
    text = "\n".join(f"市交通局局长{n}:今年建成公路12公里。" for n in _names(3000))
    result = parse_article(text)
    assert len(result.speakers) == 100
    assert len(result.figures) == 1000
    assert any("人名过多" in w for w in result.warnings)
    assert any("数字过多" in w for w in result.warnings)
