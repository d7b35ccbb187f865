"""Editors in Chromium: two of them saving the same release, a save that changes nothing,
and a version restored from the history."""

import datetime

from playwright.sync_api import expect

from releases.editing import versions
from releases.models import Release
from tests.browser.conftest import ARTIFACTS, LIVE_DB

pytestmark = LIVE_DB

CHANGE = "/admin/releases/release/1/change/"


def save(page):
    page.locator("input[name=_save]").click()


def test_two_editors_save_the_same_release_and_the_second_is_refused(editor_page):
    first, second = editor_page("xiaoxu"), editor_page("laowang")
    first.goto(CHANGE)
    second.goto(CHANGE)
    first.fill("#id_title", "第一位编辑的标题")
    first.fill("#id_lead", "第一位编辑的导语。")
    second.fill("#id_title", "第二位编辑的标题")
    second.fill("#id_lead", "第二位编辑的导语。")

    save(first)
    expect(first).to_have_url("/admin/releases/release/")
    save(second)

    errors = second.locator(".errorlist.nonfield")
    expect(errors).to_contain_text("没有保存")
    expect(errors).to_contain_text("xiaoxu")
    expect(errors).to_contain_text("对方改了“标题”,现在是:第一位编辑的标题")
    expect(errors).to_contain_text("对方改了“导语”,现在是:第一位编辑的导语。")
    # The second editor's words are still on their page, to copy.
    expect(second.locator("#id_title")).to_have_value("第二位编辑的标题")
    ARTIFACTS.mkdir(exist_ok=True)
    second.screenshot(path=str(ARTIFACTS / "admin-conflict.png"))
    release = Release.objects.get(pk=1)
    assert (release.title, release.lead) == ("第一位编辑的标题", "第一位编辑的导语。")

    # Saving again from the refused page is refused again; reopened, it saves.
    save(second)
    expect(second.locator(".errorlist.nonfield")).to_contain_text("没有保存")
    second.goto(CHANGE)
    second.fill("#id_title", "第二位编辑的标题")
    save(second)
    expect(second).to_have_url("/admin/releases/release/")
    assert Release.objects.get(pk=1).title == "第二位编辑的标题"


def test_saving_unchanged_in_the_browser_changes_nothing(editor_page):
    moment = datetime.datetime(2023, 5, 30, 16, 0, 42, 123456, tzinfo=datetime.UTC)
    Release.objects.filter(pk=1).update(published_at=moment)
    release = Release.objects.get(pk=1)
    answers = list(release.segments.order_by("pk").values_list("answer", flat=True))
    assert any("\n" in answer for answer in answers)
    page = editor_page("xiaoxu")
    page.goto(CHANGE)
    count = len(versions.versions_of(1))

    save(page)

    expect(page).to_have_url("/admin/releases/release/")
    after = Release.objects.get(pk=1)
    assert after.published_at == moment
    assert after.modified == release.modified
    assert list(after.segments.order_by("pk").values_list("answer", flat=True)) == answers
    assert len(versions.versions_of(1)) == count


def test_editor_compares_two_versions_and_restores_the_old_one(editor_page):
    page = editor_page("xiaoxu")
    original = Release.objects.get(pk=1).title
    page.goto(CHANGE)
    page.fill("#id_title", "改错的标题")
    save(page)

    page.goto("/admin/releases/release/1/history/")
    page.locator("input[type=submit]").click()
    expect(page.locator(".version-diff .field-title del")).to_have_text(original)
    expect(page.locator(".version-diff .field-title ins")).to_have_text("改错的标题")
    page.locator("a.button", has_text="查看并恢复旧版本").click()
    expect(page.locator("#id_title")).to_have_value(original)
    save(page)

    assert Release.objects.get(pk=1).title == original
    assert len(versions.versions_of(1)) == 3
