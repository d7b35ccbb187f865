"""The statistics chart in Chromium: drawn as SVG with its table, a bar leads to the answers."""

import re

import pytest
from playwright.sync_api import expect

from releases.caching import freshness
from releases.models import Outlet, Segment
from releases.stats import outlets
from tests.browser.conftest import AXE, LIVE_DB

pytestmark = LIVE_DB


@pytest.fixture
def outlet(seeded):
    """The reference release's questions asked by 大众日报 (the fixture names no asker)."""
    Segment.objects.filter(release_id=1, order__in=[2, 3]).update(
        asker="大众日报记者", asker_outlet=outlets.resolve("大众日报记者")
    )
    freshness.bump()  # a bulk update sends no signal
    return Outlet.objects.get(name="大众日报")


def test_outlet_chart_renders_with_its_table_and_a_bar_leads_to_the_answers(page, outlet):
    page.goto(f"/outlets/{outlet.pk}/")
    chart = page.locator("figure.stats-chart svg")
    expect(chart).to_be_visible()
    expect(chart.locator("rect.month-chart__bar")).to_have_count(1)  # one month with questions
    assert chart.locator("rect.month-chart__bar").bounding_box()["height"] > 10
    table = page.locator("figure.stats-chart table")
    expect(table).to_be_visible()
    expect(table.locator("tr", has_text="2023年5月").locator("td")).to_have_text("2")
    # The bar links to that month's questions.
    bar = chart.locator('a[href="?year=2023&month=5#questions"]')
    expect(bar).to_have_count(1)
    bar.locator("rect.month-chart__hit").click()
    expect(page).to_have_url(re.compile(r"\?year=2023&month=5#questions$"))
    answers = page.locator("#questions .stats-question__text a")
    expect(answers).to_have_count(2)
    answers.first.click()
    expect(page).to_have_url(re.compile(r"/releases/2023/1/#q2$"))


def test_outlet_page_has_no_serious_accessibility_violation(open_context, outlet):
    context, watch = open_context()
    context.add_init_script(path=str(AXE))
    page = context.new_page()
    page.goto(f"/outlets/{outlet.pk}/")
    result = page.evaluate("axe.run(document, {runOnly: {type: 'tag', values: ['wcag2aa']}})")
    serious = [v["id"] for v in result["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == []
    watch.check(page)
