"""blind26's failures, fixed for the genre: each test is a page of our own (invented names,
numbers and outlets) of the same kind as a real one."""

from releases.importing.parser import parse_article


def test_a_name_run_into_the_next_word_is_no_second_person():
    page = (
        "【资料图】\n"
        "昨天下午,国防部举行例行记者会,国防部新闻局局长、国防部新闻发言人陆明川大校主持记者会并答记者问。\n"
        "记者会正式开始前,发言人陆明川特别提前来到了现场与记者交流。\n"
        "陆明川表示,很高兴和各位记者朋友再次相逢。\n"
    )
    assert [s.name for s in parse_article(page).speakers] == ["陆明川"]


def test_a_spokesman_with_nothing_to_announce_makes_no_statement():
    page = (
        "商务部召开例行新闻发布会\n"
        "发布时间:2031-01-06\n"
        "【何立东】:各位记者朋友: 大家下午好,欢迎参加商务部例行新闻发布会。"
        "今天我没有需要向大家通报的信息。下面我愿意回答记者朋友提出的问题。 |\n"
        "【东江电视台记者】:今年外贸整体如何?对明年有何预期? |\n"
        "【何立东】:今年以来,外贸顶住压力,展现了较强韧性。\n"
    )
    result = parse_article(page)
    # the table's pipes after the cells are no part of the words
    assert [s.question for s in result.segments] == ["今年外贸整体如何?对明年有何预期?"]
    assert result.segments[0].answerers == ["何立东"]


def test_a_site_generators_front_matter_gives_the_title_and_the_people():
    page = (
        "---\n"
        "date: '2031-03-10'\n"
        "tags: press-briefings\n"
        'title: "Press Briefing by Press Secretary Dana Whitfield, OMB Director Lena\\\n'
        '  \\ Ortiz, and CEA Chair Paul\\_Grant"\n'
        "---\n"
        "James S. Brady Press Briefing Room\n\n"
        "MS. WHITFIELD:  Okay, good afternoon, everybody.\n\n"
        "Q    Good afternoon.\n\n"
        "MS. WHITFIELD:  Happy Friday.\n"
    )
    result = parse_article(page)
    assert result.title == (
        "Press Briefing by Press Secretary Dana Whitfield, OMB Director Lena Ortiz, "
        "and CEA Chair Paul Grant"
    )
    assert [s.name for s in result.speakers] == ["Dana Whitfield", "Lena Ortiz", "Paul Grant"]
    # the room greeting back is no question the opening only invited: her greeting stays
    assert result.segments[0].paragraphs == ["Okay, good afternoon, everybody."]
    assert result.segments[1].question == "Good afternoon."


def test_a_broadcast_transcript_headline_under_the_show_and_an_unidentified_voice():
    page = (
        "Return to Transcripts main page\n\n"
        "News Central\n\n"
        "Briefing On The Storm Response; Governor Visits Coast. Aired 3-3:30p ET\n\n"
        "Aired July 02, 2031 - 15:00 ET\n\n"
        "DANA WHITFIELD, WHITE HOUSE PRESS SECRETARY: The President spoke to the governor today.\n"
        "UNIDENTIFIED FEMALE: And one more. Will he visit the coast?\n"
        "WHITFIELD: Later this week.\n"
    )
    result = parse_article(page)
    assert result.title.startswith("Briefing On The Storm Response")
    assert [s.name for s in result.speakers] == ["Dana Whitfield"]
    assert result.segments[1].asker is None  # an unidentified voice names no outlet


def test_an_original_title_line_first_is_the_headline_and_names_the_spokesman():
    page = (
        "原标题:2031年12月19日外交部发言人陆远主持例行记者会\n"
        "问:据报道,有关法案已审议通过,中方对此有何评论?\n"
        "答:我们坚决反对。这一法案严重违背国际法和国际关系基本准则,粗暴干涉中国内政。\n"
    )
    result = parse_article(page)
    assert result.title == "2031年12月19日外交部发言人陆远主持例行记者会"
    assert [s.answerers for s in result.segments] == [["陆远"]]


def test_a_flash_item_under_a_loading_line_reports_what_the_head_said():
    page = (
        "Loading\n"
        "—行政長官回答議員快訊(改革須有基礎)—\n"
        "新聞局\n"
        "2031-04-21 19:03\n"
        "對於議員提出的改革問題,行政長官何立誠稱,目前他僅上任四個月,要有基礎才能談有關的改革。\n"
    )
    result = parse_article(page)
    assert result.title == "行政長官回答議員快訊(改革須有基礎)"
    assert [(s.name, s.position) for s in result.speakers] == [("何立誠", "行政長官")]


def test_a_mayor_cited_in_a_question_is_no_speaker():
    page = (
        "國台辦:對此有何評論\n"
        "國台辦發言人宋立銘今天在例行記者會上回答提問。\n"
        "記者問:「西港市長葉文斌稱,將推動交流。對此有何評論?」\n"
        "宋立銘:我們歡迎。\n"
    )
    assert "葉文斌" not in {s.name for s in parse_article(page).speakers}


def test_an_interpreter_voices_the_official_whose_label_comes_next():
    page = (
        "Prime Minister Press Conference Transcript June 22\n\n"
        "Interpreter: (00:00)\n\n"
        "I just want to take a moment to recognize all those who have helped.\n\n"
        "Anne Leclerc: (00:20)\n\n"
        "This has been a very tough few months.\n\n"
        "Tom Reid: (01:10)\n\n"
        "Prime Minister, will the benefit be extended?\n\n"
        "Interpreter: (01:30)\n\n"
        "And when will you decide?\n\n"
        "Anne Leclerc: (01:40)\n\n"
        "Next week.\n"
    )
    result = parse_article(page)
    opening = result.segments[0]
    assert opening.answerers == ["Anne Leclerc"]
    assert opening.paragraphs[0].startswith("I just want to take a moment")
    # after a question the interpreter voices the reporter
    assert result.segments[-1].question.endswith("And when will you decide?")


def test_a_question_label_of_one_character_is_never_joined_to_the_headline():
    page = (
        "2031年12月19日外交部发言人陆远主持例行记者会\n"
        "问:据报道,12月18日,有关法案已审议通过,中方对此有何评论?\n"
        "答:我们坚决反对。\n"
    )
    result = parse_article(page)
    assert result.title == "2031年12月19日外交部发言人陆远主持例行记者会"
    assert [s.answerers for s in result.segments] == [["陆远"]]
