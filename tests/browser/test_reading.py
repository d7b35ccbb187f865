"""The reading experience in Chromium: navigation, copy links, font size, screenshots."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import ARTIFACTS, LIVE_DB

pytestmark = LIVE_DB

DETAIL = "/releases/2023/1/"
PAGES = {
    "index": "/",
    "detail": DETAIL,
    "archive": "/archive/",
    "archive-year": "/archive/2023/",
    "archive-month": "/archive/2023/05/",
    "speaker": "/speakers/2/",
    "english-detail": "/en" + DETAIL,
    "stats": "/stats/",
    "topic-stats": "/stats/topics/1/",
}


def test_every_page_type_renders_cleanly(open_context):
    context, watch = open_context()
    page = context.new_page()
    for name, url in PAGES.items():
        response = page.goto(url)
        assert response.status == 200, name
        expect(page.locator("h1")).to_have_count(1)
        watch.check(page)
    response = page.goto("/no-such-page/")
    assert response.status == 404
    expect(page.locator("h1")).to_have_text("页面不存在")
    # Chromium logs the expected 404 of the page itself as a console error.
    assert watch.errors == [
        "Failed to load resource: the server responded with a status of 404 (Not Found)"
    ]
    watch.errors.clear()
    watch.check(page)
    # The admin runs under the same strict policy.
    page.goto("/admin/login/")
    expect(page.locator("#id_username")).to_be_visible()
    watch.check(page)


def test_question_list_follows_the_reader_and_jumps_to_answers(page):
    page.goto(DETAIL)
    toc = page.locator("nav.toc")
    page.locator(".toc__link", has_text="问2").click()
    expect(page).to_have_url(re.compile(r"#q2$"))
    top = page.locator("#q2").bounding_box()["y"]
    assert 0 <= top < 100, top
    # The list stays in view (sticky) and marks the question being read.
    box = toc.bounding_box()
    assert 0 <= box["y"] < 900
    expect(page.locator('.toc__link[href="#q2"]')).to_have_attribute("aria-current", "location")
    page.locator("#q3").scroll_into_view_if_needed()
    page.locator(".toc__link", has_text="问3").click()
    expect(page.locator('.toc__link[href="#q3"]')).to_have_attribute("aria-current", "location")
    expect(page.locator('.toc__link[href="#q2"]')).not_to_have_attribute("aria-current", "location")


def test_figure_card_jumps_to_the_answer_that_quoted_it(page):
    page.goto(DETAIL)
    page.locator(".figure-card", has_text="40.6公里").click()
    expect(page).to_have_url(re.compile(r"#q2$"))


def test_copy_link_puts_the_answer_url_on_the_clipboard(open_context, seeded):
    context, watch = open_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(DETAIL)
    button = page.locator("#q2 .copy-link")
    expect(button).to_be_visible()
    button.click()
    expect(page.locator("#q2 .copy-link__status")).to_have_text("链接已复制")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == f"{seeded.url}{DETAIL}#q2"
    watch.check(page)


def test_font_size_control_applies_and_is_remembered(page):
    page.goto(DETAIL)
    body_size = "() => parseFloat(getComputedStyle(document.body).fontSize)"
    medium = page.evaluate(body_size)
    large = page.get_by_role("button", name="大号字")
    expect(large).to_have_attribute("aria-pressed", "false")
    large.click()
    expect(page.locator("html")).to_have_attribute("data-font-size", "large")
    assert page.evaluate(body_size) > medium * 1.1
    page.reload()
    expect(page.locator("html")).to_have_attribute("data-font-size", "large")
    expect(page.get_by_role("button", name="大号字")).to_have_attribute("aria-pressed", "true")
    assert page.evaluate(body_size) > medium * 1.1
    page.get_by_role("button", name="小号字").click()
    assert page.evaluate(body_size) < medium
    page.get_by_role("button", name="中号字").click()
    assert page.evaluate(body_size) == medium
    page.goto("/")
    expect(page.get_by_role("button", name="中号字")).to_have_attribute("aria-pressed", "true")


def test_keyboard_reaches_skip_link_and_every_control(page):
    page.goto(DETAIL)
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    expect(skip).to_be_focused()
    assert skip.bounding_box()["y"] >= 0  # visible when focused
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()
    # The font-size buttons work from the keyboard.
    page.locator(".font-size button").first.focus()
    page.keyboard.press("Enter")
    expect(page.locator("html")).to_have_attribute("data-font-size", "large")
    outline = page.evaluate(
        "getComputedStyle(document.activeElement).outlineStyle + ' '"
        " + getComputedStyle(document.activeElement).outlineWidth"
    )
    assert outline.startswith("solid") and not outline.endswith(" 0px"), outline
    page.locator("#q1 .copy-link").focus()
    expect(page.locator("#q1 .copy-link")).to_be_focused()


def test_without_javascript_everything_still_reads(open_context):
    context, watch = open_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(DETAIL)
    expect(page.locator(".font-size")).to_be_hidden()
    expect(page.locator("#q2 .copy-link")).to_be_hidden()
    expect(page.locator("#q2 .segment__permalink")).to_be_visible()
    page.locator(".toc__link", has_text="问3").click()
    expect(page).to_have_url(re.compile(r"#q3$"))
    expect(page.locator(".language-switch")).to_have_attribute("href", "/en" + DETAIL)


def test_print_drops_navigation_and_prints_addresses(page, seeded):
    page.goto(DETAIL)
    page.emulate_media(media="print")
    expect(page.locator(".site-header")).to_be_hidden()
    expect(page.locator("nav.toc")).to_be_hidden()
    expect(page.locator(".print-only")).to_have_text(f"本页网址:{seeded.url}{DETAIL}")
    after = page.evaluate(
        "getComputedStyle(document.querySelector('#q2 .segment__permalink'), '::after').content"
    )
    assert f"{seeded.url}{DETAIL}#q2" in after


@pytest.mark.parametrize(
    "width, size", [(360, "medium"), (360, "large"), (375, "medium"), (1280, "large")]
)
def test_pages_fit_the_screen_without_sideways_scrolling(open_context, width, size):
    context, watch = open_context(viewport={"width": width, "height": 800})
    context.add_init_script(f"localStorage.setItem('pressroom:font-size', '{size}')")
    page = context.new_page()
    for url in (DETAIL, "/", "/archive/", "/en" + DETAIL):
        page.goto(url)
        assert page.get_attribute("html", "data-font-size") == (None if size == "medium" else size)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, (url, width, size, overflow)


def test_detail_screenshots_phone_and_desktop_light_and_dark(open_context):
    ARTIFACTS.mkdir(exist_ok=True)
    for scheme in ("light", "dark"):
        for width in (375, 1280):
            context, watch = open_context(
                viewport={"width": width, "height": 900}, color_scheme=scheme
            )
            page = context.new_page()
            page.goto(DETAIL)
            background = page.evaluate("getComputedStyle(document.body).backgroundColor")
            assert (background == "rgb(15, 17, 20)") == (scheme == "dark"), background
            path = ARTIFACTS / f"detail-{width}-{scheme}.png"
            page.screenshot(path=str(path), full_page=True)
            assert path.stat().st_size > 10_000
            watch.check(page)


def test_admin_editing_pages_work_under_the_strict_policy(open_context, django_user_model):
    django_user_model.objects.create_superuser("chief", "chief@example.org", "a-long-pass-phrase")
    context, watch = open_context()
    page = context.new_page()
    page.goto("/admin/login/")
    page.fill("#id_username", "chief")
    page.fill("#id_password", "a-long-pass-phrase")
    page.click("input[type=submit]")
    for url in ("/admin/releases/release/1/change/", "/admin/releases/release/add/"):
        page.goto(url)
        expect(page.locator("#release_form")).to_be_visible()
    # Scripts that build widgets at run time: an extra inline row, the date shortcuts.
    page.locator(".add-row a").first.click()
    page.locator(".datetimeshortcuts a").first.click()
    watch.check(page)
