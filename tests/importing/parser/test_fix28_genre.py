"""blind28's failures, fixed for the genre: each test is a page of our own (invented names,
numbers and outlets) of the same kind as a real one."""

from releases.importing.parser import parse_article


def test_a_column_tag_in_brackets_is_no_person():
    page = (
        "即時報道\n"
        "接載在外居民為何早不行動? 衛生局︰初期收不到要求 2031年03月2日|文:採訪組\n"
        "衛生局局長李立潤表示,最初疫情不太樂觀。\n"
        "【來論】政府「豪賭」 全民埋單? 2031年03月1日|文:李斯特\n"
        "政府計劃週六派包機接返居民,有關決定引起社會極大爭議。\n"
    )
    assert "來論" not in {s.name for s in parse_article(page).speakers}


def test_an_original_title_over_the_same_headline_and_a_presenters_field():
    page = (
        "原標題:2031年8月國防部例行記者會文字實錄\n"
        "2031年8月國防部例行記者會\n"
        "時間:2031年8月30日15:00—16:45\n"
        "地點:國防部國際軍事合作辦公室\n"
        "發布人:國防部新聞局局長,、國防部新聞發言人陸明川大校\n"
        "陸明川:各位記者朋友,大家下午好,歡迎大家出席本月國防部例行記者會。"
        "今天下午我有兩條信息需要主動發布。\n"
        "第一條,關於聯合演訓。\n"
    )
    result = parse_article(page)
    assert result.title == "2031年8月國防部例行記者會"
    # the mirror's doubled stop and the rank are no part of the post or the name
    assert [(s.name, s.organisation, s.position) for s in result.speakers] == [
        ("陸明川", "國防部新聞局", "局長、國防部新聞發言人")
    ]
    assert result.segments[0].answerers == ["陸明川"]


def test_a_rank_before_the_name_is_no_part_of_the_post():
    page = (
        "Pentagon Press Secretary Maj. Gen. Dana Whitfield Holds a Press Briefing\n\n"
        "MAJOR GENERAL DANA WHITFIELD: Good afternoon, everyone. I have one thing at the top.\n"
    )
    assert [(s.name, s.position) for s in parse_article(page).speakers] == [
        ("Dana Whitfield", "Pentagon Press Secretary")
    ]


def test_a_summary_names_the_prime_minister_who_began_the_press_conference():
    page = (
        "PM's Post-Cabinet Press Conference 20/5/31\n\n"
        "Transcript follows below.\n\n"
        "Prime Minister Jane Doyle began her post-cabinet press conference by announcing that the "
        "Government will fund two new hospitals.\n\n"
        "Questions covered the re-entry of the mine and the Budget.\n"
    )
    assert [(s.name, s.position) for s in parse_article(page).speakers] == [
        ("Jane Doyle", "Prime Minister")
    ]


def test_a_report_names_the_official_who_gave_the_press_release_of_the_work():
    page = (
        "东江市委台办召开新闻发布会\n"
        "发布时间:2031-03-20 15:36:13\n"
        "3月16日上午,市委台办在东江市会展中心召开2031年新闻发布会,会议由市委宣传部工作人员主持。\n"
        "市委台办新闻发言人、副主任卢立超就市委台办去年对台工作情况和今年工作打算进行了新闻发布。\n"
    )
    assert [s.name for s in parse_article(page).speakers] == ["卢立超"]
