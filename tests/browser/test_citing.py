"""Citing in Chromium: the cite panel opens without script, its copy button puts the citation
on the clipboard; notices and a withdrawn release pass axe like every other page."""

import datetime

from django.utils import timezone
from playwright.sync_api import expect

from releases.models import Notice, Release
from tests.browser.conftest import AXE, LIVE_DB, axe_problems

pytestmark = LIVE_DB

DETAIL = "/releases/2023/1/"


def test_copy_citation_puts_the_gb_t_7714_text_on_the_clipboard(open_context, seeded):
    context, watch = open_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(DETAIL)
    panel = page.locator("#cite-q2")
    button = panel.locator(".copy-cite")
    expect(button).to_be_hidden()  # inside the closed panel
    panel.locator("summary").click()
    expect(button).to_be_visible()
    button.click()
    expect(panel.locator(".copy-cite__status")).to_have_text("引文已复制")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == panel.locator(".cite__text").inner_text()
    assert "[EB/OL]//" in copied and copied.endswith(f"{seeded.url}{DETAIL}#q2.")
    watch.check(page)


def test_english_copy_citation_is_apa(open_context, seeded):
    context, watch = open_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto("/en" + DETAIL)
    panel = page.locator("#cite-release")
    panel.locator("summary").click()
    panel.locator(".copy-cite").click()
    expect(panel.locator(".copy-cite__status")).to_have_text("Citation copied")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert "[Press conference transcript]. Pressroom." in copied
    watch.check(page)


def test_cite_panel_reads_without_javascript(open_context):
    context, watch = open_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(DETAIL)
    panel = page.locator("#cite-q1")
    panel.locator("summary").click()
    expect(panel.locator(".cite__text")).to_be_visible()
    expect(panel.locator(".copy-cite")).to_be_hidden()
    expect(panel.get_by_role("link", name="BibTeX")).to_have_attribute(
        "href", "/api/releases/1/q1/citation.bib"
    )


def test_notices_withdrawn_release_and_open_cite_panel_pass_axe(open_context, seeded):
    now = timezone.now()
    Notice.objects.create(
        title="城市更新新闻发布会",
        starts_at=now + datetime.timedelta(days=1),
        place="市政府新闻发布厅",
        speakers="市住房城乡建设局局长 李瑞玲",
        status=Notice.Status.PUBLISHED,
    )
    held = Notice.objects.create(
        title="精致城市论坛新闻发布会",
        starts_at=now - datetime.timedelta(days=1),
        status=Notice.Status.PUBLISHED,
        release=Release.objects.get(pk=1),
    )
    Release.objects.filter(pk=1).update(
        status=Release.Status.WITHDRAWN, withdrawn_at=now, withdrawal_reason="数据有误。"
    )
    problems = []
    for scheme in ("light", "dark"):
        context, watch = open_context(color_scheme=scheme)
        context.add_init_script(path=str(AXE))
        page = context.new_page()
        for url in ["/upcoming/", held.get_absolute_url(), DETAIL, "/en/upcoming/"]:
            page.goto(url)
            if url == DETAIL:
                expect(page.locator(".withdrawn-notice")).to_be_visible()
                page.locator("#cite-q1 summary").click()
            problems += [f"{scheme} {url}: {problem}" for problem in axe_problems(page)]
        watch.check(page)
    assert not problems, "\n".join(problems)
