"""blind30's failures, fixed for the genre: each test is a page of our own (invented names,
numbers and outlets) of the same kind as a real one."""

from releases.importing.parser import parse_article


def test_a_one_line_paste_with_bracketed_labels_and_colons_is_cut_into_turns():
    # No headline and no lead: the spokesman is known only by his turns between reporters'.
    page = (
        "【韩立】:各位记者朋友,大家下午好!欢迎参加例行新闻发布会。"
        "今天我没有需要通报的信息。下面请提问。 "
        "【东海电视台记者】:双方近期举行了磋商,请问磋商结果如何?下一轮磋商准备得怎么样了? "
        "【韩立】:5月9日至10日,双方团队举行了磋商,进行了建设性的讨论。谢谢。 "
        "【南江日报记者】:有调查说,在其310个成员公司中,不少公司销售下降。对此你有何评论? "
        "【韩立】:我们注意到有关调查。我们的立场始终是一致的。谢谢。"
    )
    result = parse_article(page)
    assert [s.name for s in result.speakers] == ["韩立"]
    asked = [(s.asker, s.answerers) for s in result.segments if s.question]
    assert asked == [("东海电视台", ["韩立"]), ("南江日报", ["韩立"])]
    assert result.segments[-1].paragraphs == ["我们注意到有关调查。我们的立场始终是一致的。谢谢。"]
    figure = next(f for f in result.figures if f.value == 310)
    assert figure.label == "成员公司"  # 在其310个成员公司中: 中 is where, not the noun


def test_bracketed_names_alone_do_not_make_a_transcript():
    # Two 【name】 tags with no reporter between them: a column's tags, not turns.
    page = (
        "【张华】:本报评论员文章。我们要看到,改革正在深入推进,各项工作取得了新的进展,成效明显。 "
        "【李明】:另一篇评论。经济运行总体平稳,就业形势稳定,物价保持在合理区间,发展质量稳步提升。"
        "各地也在加紧落实各项政策措施,确保取得实效,让人民群众有更多获得感。"
    )
    assert "李明" not in {s.name for s in parse_article(page).speakers}


def test_a_greeting_alone_on_its_line_is_no_reporter():
    page = (
        "青河县疫情防控工作新闻发布会(第二场)图文实录\n"
        "7月9日,青河县召开疫情防控工作新闻发布会。青河县人民政府副县长周雪,"
        "青河县卫生健康局局长韩涛出席发布会并回答记者提问。\n"
        "中共青河县委常委、宣传部部长马骏主持新闻发布会\n"
        "主持人:\n"
        "各位记者朋友:\n"
        "大家上午好!欢迎参加青河县疫情防控工作新闻发布会。\n"
        "首先,请周雪副县长通报疫情防控情况。\n"
        "周雪:\n"
        "各位记者朋友:\n"
        "大家上午好!现将我县疫情防控有关情况通报如下:\n"
    )
    result = parse_article(page)
    assert all(s.asker is None and s.question is None for s in result.segments)
    # the caption under the lead names who presides: the 主持人: label is his, and his
    # welcome and hand-over the first statement
    assert [s.answerers for s in result.segments] == [["马骏"], ["周雪"]]
    host = next(s for s in result.speakers if s.role == "host")
    assert (host.name, host.position) == ("马骏", "中共青河县委常委、宣传部部长")
    assert "主持人姓名未知,主持人的话已放在 host_remarks" not in result.warnings
