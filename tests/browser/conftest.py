"""A real browser against a live server: Debian's Chromium driven by Playwright."""

import io
import os
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

# Playwright's sync API runs an event loop in this thread; the ORM calls made by the
# tests themselves (fixtures) are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

from playwright.sync_api import expect, sync_playwright  # noqa: E402

from tests.conftest import editors_group  # noqa: E402

CHROMIUM = os.environ.get("PRESSROOM_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"
AXE = Path(__file__).parent / "vendor" / "axe.min.js"
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
# Best-practice rules that matter here whatever impact axe gives them.
ALWAYS = {"heading-order", "landmark-one-main", "region", "page-has-heading-one", "bypass"}


def axe_problems(page):
    """What axe-core (AXE, loaded in the page's context) finds on the page that must not be
    there: serious or critical WCAG 2.1 AA violations, and the rules in ALWAYS."""
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG
    )
    return [
        f"{violation['id']} ({violation['impact']}) "
        f"{[node['target'] for node in violation['nodes'][:3]]}"
        for violation in result["violations"]
        if violation["impact"] in ("serious", "critical") or violation["id"] in ALWAYS
    ]


# The live server needs committed data, so these tests flush the database afterwards.
# Naming the available apps makes that flush TRUNCATE ... CASCADE on PostgreSQL, which
# also empties tables made outside the ORM that reference releases (the search index).
LIVE_DB = pytest.mark.django_db(transaction=True, available_apps=settings.INSTALLED_APPS)

# Collects Content-Security-Policy violations before any page script runs; injected by
# the browser itself, so the policy does not apply to it.
WATCH_CSP = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(event.violatedDirective + " " + event.blockedURI);
});
"""


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"No Chromium at {CHROMIUM}: run `make browser-deps` (Debian's chromium).")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def seeded(live_server):
    """The live server with the reference release loaded."""
    call_command("loaddata", "fixtures/reference_release.json", verbosity=0)
    return live_server


class Watch:
    """What went wrong in a browser context: console errors, page errors, CSP
    violations, and requests to any other host."""

    def __init__(self, context, origin):
        self.origin = origin
        self.errors = []
        self.foreign = []
        context.add_init_script(WATCH_CSP)
        context.on("page", self.attach)
        context.on("request", self.request)

    def attach(self, page):
        page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        page.on("pageerror", lambda e: self.errors.append(str(e)))

    def request(self, request):
        if not request.url.startswith((self.origin, "data:", "about:")):
            self.foreign.append(request.url)

    def check(self, page):
        violations = page.evaluate("window.__cspViolations || []")
        assert not violations, f"CSP violations: {violations}"
        assert not self.errors, f"console errors: {self.errors}"
        assert not self.foreign, f"requests to other hosts: {self.foreign}"


@pytest.fixture
def open_context(browser, seeded):
    """open_context(**options) -> (context, watch); every context is closed afterwards."""
    contexts = []

    def open_(**options):
        options.setdefault("viewport", {"width": 1280, "height": 900})
        options.setdefault("locale", "zh-CN")
        context = browser.new_context(base_url=seeded.url, **options)
        contexts.append(context)
        return context, Watch(context, seeded.url)

    yield open_
    for context in contexts:
        context.close()


@pytest.fixture
def page(open_context):
    """A desktop page whose console, CSP and network are checked after the test."""
    context, watch = open_context()
    page = context.new_page()
    yield page
    watch.check(page)


@pytest.fixture
def editor_page(open_context, monkeypatch):
    """editor_page(name, **context options) -> a page in its own browser context, logged
    in as a new editor."""
    monkeypatch.setenv("DJANGO_EDITOR_PASSWORD", "press-room-2023!")
    editors_group()
    watches = []

    def open_(name, **options):
        call_command("create_editor", name, stdout=io.StringIO())
        context, watch = open_context(**options)
        page = context.new_page()
        page.goto("/admin/login/")
        page.fill("#id_username", name)
        page.fill("#id_password", "press-room-2023!")
        page.click("input[type=submit]")
        expect(page.locator("#site-name")).to_be_visible()
        watches.append((watch, page))
        return page

    yield open_
    for watch, page in watches:
        watch.check(page)
