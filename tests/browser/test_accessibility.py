"""axe-core in Chromium on every page type: no serious or critical WCAG 2.1 AA violation."""

import pytest
from django.urls import NoReverseMatch, reverse

from tests.browser.conftest import AXE, LIVE_DB

pytestmark = LIVE_DB

WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
# Best-practice rules that matter here whatever impact axe gives them.
ALWAYS = {"heading-order", "landmark-one-main", "region", "page-has-heading-one", "bypass"}


def page_types():
    pages = {
        "index": "/",
        "detail": "/releases/2023/1/",
        "archive": "/archive/",
        "archive-month": "/archive/2023/05/",
        "speaker": "/speakers/2/",
        "not-found": "/no-such-page/",
        "english-detail": "/en/releases/2023/1/",
        "stats": "/stats/",
        "topic-stats": "/stats/topics/1/",
    }
    try:  # the search page, once it exists
        pages["search"] = reverse("releases:search") + "?q=威海"
    except NoReverseMatch:
        pass
    return pages


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_serious_violation_on_any_page_type(open_context, scheme):
    context, watch = open_context(color_scheme=scheme, viewport={"width": 1280, "height": 900})
    context.add_init_script(path=str(AXE))
    page = context.new_page()
    problems = []
    for name, url in page_types().items():
        page.goto(url)
        result = page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG
        )
        for violation in result["violations"]:
            if violation["impact"] in ("serious", "critical") or violation["id"] in ALWAYS:
                targets = [node["target"] for node in violation["nodes"][:3]]
                problems.append(f"{name}: {violation['id']} ({violation['impact']}) {targets}")
    assert not problems, "\n".join(problems)
