"""Researchers: a release or one answer cited in GB/T 7714-2015, APA 7, BibTeX and CSL-JSON
(releases/publishing/citations.py, plain Python)."""

import datetime
import json

from releases.publishing import citations

PAGE = "https://pressroom.example.org/releases/2023/1/"
CITED = datetime.date(2024, 6, 1)
RELEASE = citations.Work(
    key="pressroom-1",
    url=PAGE,
    published=datetime.date(2023, 5, 31),
    title="精致城市论坛6月12日举办",
    author="市政府新闻办",
    office="市政府新闻办",
    event_date=datetime.date(2023, 5, 31),
)
ANSWER = citations.Work(
    key="pressroom-1-q2",
    url=PAGE + "#q2",
    published=datetime.date(2023, 5, 31),
    title="请问今年的老旧小区改造\n有哪些新变化?",
    author="李瑞玲",
    release_title="精致城市论坛6月12日举办",
    office="市政府新闻办",
)


def test_gb_t_7714_release_is_an_online_bulletin_with_both_dates():
    assert citations.gb_t_7714(RELEASE, CITED) == (
        "市政府新闻办. 精致城市论坛6月12日举办[EB/OL]. (2023-05-31)[2024-06-01]. "
        "https://pressroom.example.org/releases/2023/1/."
    )


def test_gb_t_7714_answer_is_a_part_of_the_release():
    assert citations.gb_t_7714(ANSWER, CITED) == (
        "李瑞玲. 请问今年的老旧小区改造 有哪些新变化?[EB/OL]//市政府新闻办. "
        "精致城市论坛6月12日举办. (2023-05-31)[2024-06-01]. "
        "https://pressroom.example.org/releases/2023/1/#q2."
    )


def test_gb_t_7714_opening_statement_and_missing_office():
    opening = citations.Work(**{**ANSWER.__dict__, "title": "", "office": ""})
    text = citations.gb_t_7714(opening, CITED)
    assert text.startswith("李瑞玲. 开场介绍[EB/OL]//精致城市论坛6月12日举办. (2023-05-31)")


def test_long_questions_are_cut_with_an_ellipsis():
    long = citations.Work(**{**ANSWER.__dict__, "title": "问" * 200})
    title = citations.gb_t_7714(long, CITED).split(". ", 1)[1].split("[EB/OL]")[0]
    assert len(title) == citations.TITLE_LENGTH and title.endswith("…")


def test_apa_release_and_answer():
    assert citations.apa(RELEASE) == (
        "市政府新闻办. (2023, May 31). 精致城市论坛6月12日举办 [Press conference transcript]. "
        "Pressroom. https://pressroom.example.org/releases/2023/1/"
    )
    assert citations.apa(ANSWER) == (
        "李瑞玲. (2023, May 31). 请问今年的老旧小区改造 有哪些新变化? [Answer at the press "
        "conference “精致城市论坛6月12日举办”, 市政府新闻办]. Pressroom. "
        "https://pressroom.example.org/releases/2023/1/#q2"
    )


def test_apa_without_author_puts_the_title_first():
    anonymous = citations.Work(**{**RELEASE.__dict__, "author": ""})
    assert citations.apa(anonymous).startswith(
        "精致城市论坛6月12日举办 [Press conference transcript]. (2023, May 31). Pressroom."
    )


def test_bibtex_entry_braces_names_and_escapes_specials():
    work = citations.Work(**{**ANSWER.__dict__, "title": "50% & {more} #1_a"})
    entry = citations.bibtex(work, CITED)
    assert entry.startswith("@misc{pressroom-1-q2,\n")
    assert "  author = {{李瑞玲}},\n" in entry
    assert r"  title = {{50\% \& \{more\} \#1\_a}}," in entry
    assert "  date = {2023-05-31},\n" in entry
    assert "  url = {https://pressroom.example.org/releases/2023/1/#q2},\n" in entry
    assert "  urldate = {2024-06-01},\n" in entry
    assert entry.endswith("}\n")
    unescaped = entry.replace(r"\{", "").replace(r"\}", "")
    assert unescaped.count("{") == unescaped.count("}")  # braces balance


def test_csl_json_is_one_speech_item_with_dates_as_parts():
    items = json.loads(json.dumps(citations.csl_json(ANSWER, CITED)))
    assert len(items) == 1
    item = items[0]
    assert item["id"] == "pressroom-1-q2" and item["type"] == "speech"
    assert item["author"] == [{"literal": "李瑞玲"}]
    assert item["event-title"] == "精致城市论坛6月12日举办"
    assert item["issued"] == {"date-parts": [[2023, 5, 31]]}
    assert item["accessed"] == {"date-parts": [[2024, 6, 1]]}
    assert item["URL"].endswith("#q2") and "status" not in item


def test_withdrawn_work_says_so_in_bibtex_and_csl():
    withdrawn = citations.Work(**{**RELEASE.__dict__, "withdrawn": datetime.date(2024, 1, 10)})
    assert "Withdrawn on 2024-01-10" in citations.bibtex(withdrawn, CITED)
    assert citations.csl_item(withdrawn, CITED)["status"] == "withdrawn"


def test_undated_draft_is_cited_without_a_publication_date():
    draft = citations.Work(**{**RELEASE.__dict__, "published": None})
    assert "[EB/OL]. [2024-06-01]. " in citations.gb_t_7714(draft, CITED)
    assert "(n.d.)" in citations.apa(draft)
    assert "year =" not in citations.bibtex(draft, CITED)
    assert "issued" not in citations.csl_item(draft, CITED)
