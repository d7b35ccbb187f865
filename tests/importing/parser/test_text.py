from releases.importing.parser.text import (
    Restorer,
    drop_pinyin,
    fold,
    fold_script,
    is_latin,
    is_traditional,
    normalise,
    split_paragraphs,
)


def test_normalise_strips_bom_and_crlf():
    text, warnings = normalise("\ufeff标题\r\n\r\n正文\r第二行")
    assert text == "标题\n\n正文\n第二行"
    assert warnings == []


def test_normalise_turns_full_width_digits_ascii_but_keeps_punctuation():
    text, _ = normalise("累计建成\uff14\uff10.\uff16公里\uff0c海绵城市")
    assert text == "累计建成40.6公里\uff0c海绵城市"


def test_normalise_keeps_traditional_characters():
    text, warnings = normalise("廈門市舉行新聞發布會,介紹有關情況。")
    assert text == "廈門市舉行新聞發布會,介紹有關情況。"
    assert warnings == []
    assert is_traditional(text)
    assert not is_traditional("厦门市举行新闻发布会,介绍有关情况。發")


def test_fold_script_reads_traditional_as_simplified_one_for_one():
    printed = "廈門市舉行新聞發布會，介紹有關情況。"
    assert fold_script(printed) == "厦门市举行新闻发布会,介绍有关情况。"
    restore = Restorer([printed], fold_script)
    assert restore("新闻发布会") == "新聞發布會"
    assert restore("介绍有关情况。") == "介紹有關情況。"


def test_normalise_leaves_a_lone_traditional_character():
    text, warnings = normalise(
        "威海市举行精致城市论坛新闻发布会,介绍有关情况,邀请嘉宾出席。" * 3 + "發"
    )
    assert text.endswith("發")
    assert warnings == []


def test_split_paragraphs_blank_line_and_single_line_alike():
    assert split_paragraphs("甲。\n\n乙。\n\n丙。") == ["甲。", "乙。", "丙。"]
    assert split_paragraphs("甲。\n乙。\n丙。") == ["甲。", "乙。", "丙。"]


def test_split_paragraphs_strips_indentation():
    assert split_paragraphs("\u3000\u3000甲。\n  乙。") == ["甲。", "乙。"]


def test_split_paragraphs_joins_hard_wrapped_lines():
    text = (
        "今年秋季,全市新建、改扩建中小学和幼儿园37所,新增学位2.1\n万个,有效缓解了城区学位紧张问题。"
    )
    assert split_paragraphs(text) == [text.replace("\n", "")]


def test_split_paragraphs_never_joins_a_new_turn():
    text = "今年秋季,全市新建、改扩建中小学和幼儿园三十七所,新增学位\n主持人:谢谢。"
    assert len(split_paragraphs(text)) == 2


def test_fold_keeps_length():
    printed = "记者\uff1a请问\uff1f(完)"
    assert fold(printed) == "记者:请问?(完)"
    assert len(fold(printed)) == len(printed)


def test_restorer_gives_back_printed_punctuation():
    printed = [
        "大众日报记者\uff1a今年有哪些举措\uff1f",
        "王建华\uff1a谢谢\uff0c我们主要从三个方面发力。",
    ]
    restore = Restorer(printed)
    assert restore("今年有哪些举措?") == "今年有哪些举措\uff1f"
    assert restore("谢谢,我们主要从三个方面发力。") == "谢谢\uff0c我们主要从三个方面发力。"
    assert restore("不在原文里,") == "不在原文里,"
    assert restore(None) is None


def test_is_latin_tells_english_briefings():
    assert is_latin("MR. PRICE: Good afternoon, everyone. I have one thing at the top.")
    assert not is_latin("威海新闻网讯 5月30日,市政府新闻办举行新闻发布会。")


def test_inserted_pinyin_is_read_without_and_handed_back_as_printed():
    printed = ["大會新聞發(fā)言人王國慶說"]
    folded = drop_pinyin(fold_script(printed[0]))
    assert folded == "大会新闻发言人王国庆说"
    assert Restorer(printed, fold_script)("大会新闻发言人") == "大會新聞發(fā)言人"
    assert drop_pinyin("A (fee) and 会(x)") == "A (fee) and 会(x)"


def test_pinyin_after_the_last_character_goes_with_a_restored_string():
    printed = ["經濟增長(zhǎng)5.3%"]
    assert Restorer(printed, fold_script)("经济增长") == "經濟增長(zhǎng)"
