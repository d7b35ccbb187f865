"""An editor in Chromium, with JavaScript off, imports a pasted article through the review
step: the parse beside the text, a warning at its line, an answerer changed, a false
speaker dropped, and the draft as corrected. The review page passes axe in both themes."""

from playwright.sync_api import expect

from releases.models import Release
from tests.browser.conftest import ARTIFACTS, AXE, LIVE_DB, axe_problems
from tests.importing import CORPUS

pytestmark = LIVE_DB

# Speakers 刘洋 and 赵婷婷; the first answer (line 5) is unsigned.
UNSIGNED = (CORPUS / "140_unsigned_answers.txt").read_text(encoding="utf-8")


def test_editor_reviews_corrects_and_creates_the_draft(editor_page):
    page = editor_page("xiaoxu", java_script_enabled=False)
    page.goto("/admin/releases/release/")
    page.get_by_role("link", name="从文本导入").click()
    page.fill("#id_text", UNSIGNED)
    page.get_by_role("button", name="导入").click()

    expect(page.locator("#content h1")).to_have_text("核对导入结果")
    expect(page.locator("#content-main")).to_contain_text("还没有写入任何内容")
    # The pasted text, line by line, each part marked where it was read.
    expect(page.locator("#L1 .line-text")).to_have_text(UNSIGNED.splitlines()[0])
    expect(page.locator("#L1 .line-marks")).to_contain_text("标题")
    expect(page.locator("#L3 .line-marks")).to_contain_text("发言人 刘洋")
    expect(page.locator("#L4")).to_have_class("is-question")
    expect(page.locator("#L4 .line-marks")).to_contain_text("问 1")
    # The unsigned answer: unsure, with the warning beside its line.
    unsigned = page.locator("#L5")
    expect(unsigned).to_have_class("is-answer is-unsure")
    expect(unsigned.locator(".line-marks")).to_contain_text(
        "需要核对:第 1 个问答的回答没有署名,未能确定回答人"
    )
    expect(unsigned.locator("select")).to_have_value("-")
    expect(page.locator("#L7 select")).to_have_value("1")  # 赵婷婷:…
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "admin-import-review.png"), full_page=True)
    assert not Release.objects.filter(title__contains="民生实事").exists()

    unsigned.get_by_label("回答人").select_option(label="刘洋")
    page.locator("#L7").get_by_label("回答人").select_option(label="(无回答人)")
    page.locator("#L3").get_by_label("删除 赵婷婷(误认的发言人)").check()
    page.get_by_role("button", name="按核对结果创建草稿").click()

    expect(page.locator(".messagelist")).to_contain_text("已创建草稿")
    release = Release.objects.get(title="成都市就2024年民生实事项目答记者问")
    expect(page).to_have_url(f"/admin/releases/release/{release.pk}/change/")
    assert release.status == Release.Status.DRAFT
    assert [a.speaker.name for a in release.appearances.all()] == ["刘洋"]
    segments = release.segments.select_related("answerer__speaker").order_by("order")
    assert [s.answerer.speaker.name if s.answerer else None for s in segments] == [
        "刘洋",
        None,
        "刘洋",
    ]
    assert segments[1].answer.startswith("赵婷婷\uff1a今年市级财政")


def test_review_page_passes_axe_in_light_and_dark(editor_page):
    problems = []
    for scheme in ("light", "dark"):
        page = editor_page(f"editor_{scheme}", color_scheme=scheme)
        page.context.add_init_script(path=str(AXE))
        page.goto("/admin/releases/release/import/")
        page.fill("#id_text", UNSIGNED)
        page.get_by_role("button", name="导入").click()
        expect(page.locator("#L5")).to_have_class("is-answer is-unsure")
        problems += [f"{scheme}: {problem}" for problem in axe_problems(page)]
    assert not problems, "\n".join(problems)
