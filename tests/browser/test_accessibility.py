"""axe-core in Chromium on every page type: no serious or critical WCAG 2.1 AA violation."""

import pytest
from django.urls import NoReverseMatch, reverse

from tests.browser.conftest import AXE, LIVE_DB, axe_problems

pytestmark = LIVE_DB


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
        problems += [f"{name}: {problem}" for problem in axe_problems(page)]
    assert not problems, "\n".join(problems)
