from releases.search.highlight import snippet
from releases.search.tokens import index_text, normalise, parse_query


def test_index_text_makes_bigrams_and_a_trailing_character():
    assert index_text("威海市") == "威海 海市 市"


def test_normalise_folds_width_case_and_traditional():
    assert normalise("ＡＢＣ１２３") == "abc123"
    assert normalise("老舊小區") == "老旧小区"


def test_parse_query_ignores_punctuation_controls_and_emoji():
    assert not parse_query("%'\x00😀")
    assert not parse_query("")


def test_parse_query_cuts_long_queries():
    query = parse_query("威海" * 300)
    assert query.truncated
    assert len(query.raw) == 100


def test_parse_query_single_character_is_a_prefix():
    (term,) = parse_query("港").terms
    assert term.prefix


def test_snippet_marks_traditional_query_in_simplified_text():
    parts = snippet("累计建成地下综合管廊40.6公里", parse_query("地下綜合管廊")).parts
    assert ("地下综合管廊", True) in parts


def test_snippet_marks_simplified_query_in_traditional_text_as_printed():
    parts = snippet("過海隧道的繁忙時間車流可減少約8%", parse_query("隧道的繁忙时间")).parts
    assert ("隧道的繁忙時間", True) in parts


def test_snippet_marks_whole_latin_words_only():
    parts = snippet("Housing and housings", parse_query("HOUSING")).parts
    assert [text for text, matched in parts if matched] == ["Housing"]
