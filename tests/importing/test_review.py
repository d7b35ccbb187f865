"""The review step of 从文本导入: the parse beside the text, the editor's corrections, and
nothing written before the editor confirms."""

import re

import pytest

from releases.importing.writer import import_text
from releases.models import Organisation, Release, Segment, Speaker
from tests.importing import CORPUS
from tests.importing.reviewing import URL, import_reviewed, review_data

pytestmark = pytest.mark.django_db

SEED = (CORPUS / "000_4afd75f9a84009b0.txt").read_text(encoding="utf-8")
# Speakers 刘洋 (0) and 赵婷婷 (1); the first answer is unsigned; 赵婷婷 answers the
# second question and 刘洋 the third.
UNSIGNED = (CORPUS / "140_unsigned_answers.txt").read_text(encoding="utf-8")
TRADITIONAL = (CORPUS / "050_traditional.txt").read_text(encoding="utf-8")
# Speakers 孙丽 (host), 王建华, 刘晓梅, 陈志刚; 刘晓梅 and 陈志刚 answer the third question.
TWO_ANSWERERS = (CORPUS / "010_jinan_host_outlets.txt").read_text(encoding="utf-8")


@pytest.fixture
def editor(client, login_editor):
    return login_editor(client)


def nothing_written():
    return not any(m.objects.exists() for m in (Release, Speaker, Organisation, Segment))


def answerers(release):
    return [
        s.answerer.speaker.name if s.answerer else None
        for s in release.segments.select_related("answerer__speaker").order_by("order")
    ]


def row(page, number):
    """The review table's row for one line of the pasted text."""
    match = re.search(rf'<tr id="L{number}"[^>]*>(.*?)</tr>', page, re.S)
    assert match, f"no row for line {number}"
    return match.group(1)


def test_review_shows_the_parse_beside_the_text_and_writes_nothing(editor):
    response = editor.post(URL, {"text": SEED})
    page = response.content.decode()
    assert response.status_code == 200
    assert nothing_written()
    assert "还没有写入任何内容" in page
    assert "4 位发言人,3 个问答,24 个关键数据,3 条署名" in page
    lines = response.context["review"].lines
    assert len(lines) == len(SEED.splitlines())
    # Each part at the line it was read from, the line's own text beside it.
    title = next(line for line in lines if any(m.kind == "title" for m in line.marks))
    assert "精致城市论坛6月12日举办" in title.text
    assert "标题" in row(page, title.number)
    question = next(line for line in lines if any(m.label == "问 1" for m in line.marks))
    assert "is-question" in page.split(f'id="L{question.number}"')[1].split(">")[0]
    assert "问 1" in row(page, question.number)
    answer = next(line for line in lines if any(m.segment == 0 for m in line.marks))
    assert answer.number > question.number
    assert 'name="answerer_0"' in row(page, answer.number)
    assert "都昌林" in answer.text
    speaker = next(line for line in lines if any(m.speaker == 3 for m in line.marks))
    assert "李瑞玲" in speaker.text
    assert 'name="drop_3"' in row(page, speaker.number)
    assert any(m.kind == "figure" for line in lines for m in line.marks)


def test_review_puts_a_warning_next_to_its_line_and_marks_it_unsure(editor):
    page = editor.post(URL, {"text": UNSIGNED}).content.decode()
    line = row(page, 5)  # an answer with no name
    assert "答：今年的民生实事项目" in line
    assert "需要核对:第 1 个问答的回答没有署名,未能确定回答人" in line
    assert "需要核对:未能确定回答人" in line
    classes = re.search(r'<tr id="L5" class="([^"]*)"', page).group(1).split()
    assert {"is-answer", "is-unsure"} <= set(classes)
    assert "需要核对" not in row(page, 7)  # 赵婷婷:… signed


def test_review_highlights_names_and_figures_in_the_text(editor):
    page = editor.post(URL, {"text": UNSIGNED}).content.decode()
    assert '<mark class="span-speaker">刘洋</mark>' in row(page, 3)
    assert '<mark class="span-speaker">赵婷婷</mark>' in row(page, 3)
    assert '<mark class="span-figure">86.7亿元</mark>' in row(page, 7)
    # Nothing is lost around the highlights: the line reads as pasted.
    text = re.search(r'<td class="line-text">(.*?)</td>', row(page, 7)).group(1)
    assert re.sub(r"</?mark[^>]*>", "", text) == UNSIGNED.splitlines()[6]


def test_review_confirmed_unchanged_writes_what_the_importer_would(editor):
    response = import_reviewed(editor, SEED)
    release = Release.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/admin/releases/release/{release.pk}/change/"
    assert answerers(release) == ["都昌林", "李瑞玲", "张振山"]
    assert release.appearances.count() == 4
    assert release.language == Release.Language.HANS


def test_review_corrections_are_written_exactly(editor):
    response = import_reviewed(
        editor,
        UNSIGNED,
        answerer_0="0",  # the unsigned answer: 刘洋
        answerer_1="0",  # 赵婷婷's answer given to 刘洋
        answerer_2="-",  # 刘洋's answer: nobody
        drop_1=True,  # 赵婷婷 was no speaker
    )
    assert response.status_code == 302
    release = Release.objects.get()
    assert [a.speaker.name for a in release.appearances.order_by("order")] == ["刘洋"]
    assert answerers(release) == ["刘洋", "刘洋", None]
    # The dropped name goes back in front of the words printed after it.
    second = release.segments.get(order=2).answer
    assert second == "赵婷婷：今年市级财政安排民生实事资金86.7亿元，比上年增长7.2%。"
    assert release.segments.get(order=3).answer.startswith("今年将新建社区养老服务综合体")
    assert not Speaker.objects.filter(name="赵婷婷").exists()


def test_review_choosing_the_second_answerer_keeps_who_said_what(editor):
    import_reviewed(editor, TWO_ANSWERERS, answerer_3="3")  # 陈志刚 instead of 刘晓梅
    third = Release.objects.get().segments.select_related("answerer__speaker").get(order=4)
    assert third.answerer.speaker.name == "陈志刚"
    first, second = third.answer.split("\n\n")
    # Each keeps their words; the names mark where the speaker changes.
    assert first.startswith("刘晓梅\uff1a资金方面")
    assert second.startswith("陈志刚\uff1a用地方面")


def test_review_choosing_someone_new_gives_them_the_answer(editor):
    import_reviewed(editor, TWO_ANSWERERS, answerer_2="2")  # 刘晓梅 instead of 王建华
    second = Release.objects.get().segments.select_related("answerer__speaker").get(order=3)
    assert second.answerer.speaker.name == "刘晓梅"
    assert second.answer.startswith("谢谢您的提问")  # no other name in front
    assert "王建华" not in second.answer


def test_review_language_is_detected_and_can_be_changed(editor):
    response = editor.post(URL, {"text": TRADITIONAL})
    assert response.context["form"]["language"].value() == Release.Language.HANT
    editor.post(URL, review_data(response, language=Release.Language.EN))
    assert Release.objects.get().language == Release.Language.EN


def test_review_keeps_a_traditional_text_as_printed(editor):
    import_reviewed(editor, TRADITIONAL)
    release = Release.objects.get()
    assert release.language == Release.Language.HANT
    assert release.title == "廈門市舉行2024年優化營商環境新聞發布會"
    assert answerers(release) == ["陳國華", "林麗娟"]
    assert all(s.answer in TRADITIONAL for s in release.segments.all() if "\n" not in s.answer)


def test_review_a_dropped_speaker_cannot_answer(editor):
    response = editor.post(URL, {"text": UNSIGNED})
    response = editor.post(URL, review_data(response, drop_1=True))  # 赵婷婷 still answers 2
    assert response.status_code == 200
    assert "赵婷婷 已勾选删除,不能作回答人。" in response.content.decode()
    assert nothing_written()
    # The editor's choices are still on the page.
    assert response.context["form"]["drop_1"].value() is True


@pytest.mark.parametrize("value", ["99", "abc", "", "-1", "0.5"])
def test_review_an_answerer_not_offered_is_a_form_error(editor, value):
    response = editor.post(URL, {"text": UNSIGNED})
    response = editor.post(URL, review_data(response, answerer_0=value))
    assert response.status_code == 200
    assert response.context["form"].errors["answerer_0"]
    assert "请改正下面标出的错误" in response.content.decode()
    assert nothing_written()


def test_review_a_missing_field_is_a_form_error(editor):
    response = editor.post(URL, {"text": UNSIGNED})
    data = review_data(response)
    del data["answerer_2"], data["language"]
    response = editor.post(URL, data)
    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"answerer_2", "language"}
    assert nothing_written()


@pytest.mark.parametrize(
    "tamper",
    [
        lambda data: {**data, "token": "not-a-token"},
        lambda data: {**data, "token": data["token"][:-2] + "xx"},
        lambda data: {**data, "text": data["text"].replace("刘洋", "刘阳")},
        lambda data: {k: v for k, v in data.items() if k != "token"},
    ],
    ids=["garbage", "bad-signature", "text-changed", "no-token"],
)
def test_review_a_tampered_or_stale_form_is_reviewed_again(editor, tamper):
    response = editor.post(URL, {"text": UNSIGNED})
    data = tamper(review_data(response, answerer_0="0"))
    response = editor.post(URL, data)
    assert response.status_code == 200
    assert nothing_written()
    if "token" in data:
        assert "核对表已失效" in response.content.decode()
        # Reviewed again from the text as posted: confirming now works.
        assert editor.post(URL, review_data(response)).status_code == 302
        assert Release.objects.count() == 1
    else:  # without a token the post is a fresh paste: its review
        assert "核对导入结果" in response.content.decode()


def test_review_a_text_emptied_or_too_long_is_refused(editor):
    response = editor.post(URL, {"text": UNSIGNED})
    for text in ("  ", "威海" * 360_000):
        answer = editor.post(URL, {**review_data(response), "text": text})
        assert answer.status_code == 200
        assert "请粘贴文章全文" in answer.content.decode() or "文本太长" in answer.content.decode()
    assert nothing_written()


def test_review_of_a_text_imported_meanwhile_goes_to_that_release(editor):
    response = editor.post(URL, {"text": SEED})
    existing = import_text(SEED).release  # someone else, a moment ago
    response = editor.post(URL, review_data(response), follow=True)
    assert Release.objects.count() == 1
    assert response.redirect_chain[-1][0] == f"/admin/releases/release/{existing.pk}/change/"
    assert "已经导入过" in response.content.decode()


def test_review_escapes_the_pasted_text(editor):
    text = (
        '<script>alert("x")</script>市政府新闻发布会\n\n'
        "市长<b>罗建平</b>出席并回答记者提问。\n\n"
        '问:<img src=x onerror="alert(1)">今年有什么安排?\n\n'
        "罗建平:今年将新建学校12所。"
    )
    page = editor.post(URL, {"text": text}).content.decode()
    assert "<script>alert" not in page
    assert "<img src=x" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in page


def test_review_confirm_needs_the_add_permission(client, django_user_model, editor):
    response = editor.post(URL, {"text": SEED})
    data = review_data(response)
    reader = django_user_model.objects.create_user("reader", password="x-9-reader", is_staff=True)
    client.force_login(reader)
    assert client.post(URL, data).status_code == 403
    assert nothing_written()


def test_review_answerer_choices_are_the_speakers_and_none(editor):
    response = editor.post(URL, {"text": UNSIGNED})
    choices = response.context["form"].fields["answerer_0"].choices
    assert choices == [("-", "(无回答人)"), ("0", "刘洋"), ("1", "赵婷婷")]
    assert response.context["form"]["answerer_0"].value() == "-"
    assert response.context["form"]["answerer_1"].value() == "1"
