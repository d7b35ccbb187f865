import datetime
import re

import pytest
from django.utils.translation import override

from releases.charts import month_chart, year_chart
from tests.conftest import at, make_release

pytestmark = pytest.mark.django_db


def test_month_chart_ends_with_the_newest_month_with_releases():
    chart = month_chart([(2023, 5, 2), (2022, 12, 1), (2023, 1, 3)])
    assert chart.first == datetime.date(2022, 6, 1)
    assert chart.last == datetime.date(2023, 5, 1)
    assert [item.bar.count for item in chart.bars][-5:] == [3, 0, 0, 0, 2]


def test_month_chart_links_each_month_with_releases_to_its_archive():
    chart = month_chart([(2023, 5, 2), (2023, 3, 1)])
    links = {(item.bar.year, item.bar.month): item.url for item in chart.bars if item.url}
    assert links == {(2023, 5): "/archive/2023/05/", (2023, 3): "/archive/2023/03/"}


def test_month_chart_bars_are_labelled_for_screen_readers_in_each_language():
    chart = month_chart([(2023, 5, 2)])
    assert chart.bars[-1].label == "2023年5月:2 场发布会"
    with override("en"):
        chart = month_chart([(2023, 5, 1)])
        assert chart.bars[-1].label == "May 2023: 1 release"
        assert chart.bars[-1].url == "/en/archive/2023/05/"


def test_month_chart_is_none_for_an_empty_archive():
    assert month_chart([]) is None


def test_year_chart_runs_january_to_december():
    chart = year_chart([(2023, 5, 2), (2024, 1, 1)], 2023)
    assert (chart.first, chart.last) == (datetime.date(2023, 1, 1), datetime.date(2023, 12, 1))
    assert sum(item.bar.count for item in chart.bars) == 2


def test_index_shows_the_month_chart_linking_to_the_month_archive(client):
    make_release(published_at=at(2023, 5))
    make_release(published_at=at(2023, 5, 20))
    make_release(published_at=at(2023, 3))
    content = client.get("/").content.decode()
    svg = re.search(r'<svg class="month-chart__svg".*?</svg>', content, re.S).group(0)
    assert 'href="/archive/2023/05/"' in svg
    assert 'aria-label="2023年5月:2 场发布会"' in svg
    assert 'href="/archive/2023/03/"' in svg
    assert "/archive/2023/04/" not in svg  # nothing to see in April


def test_month_chart_leaves_filtered_index_alone(client):
    make_release(published_at=at(2023, 5), channel="威海要闻")
    assert "month-chart" not in client.get("/?channel=威海要闻").content.decode()


def test_archive_shows_a_chart_for_each_year(client):
    make_release(published_at=at(2023, 5))
    make_release(published_at=at(2022, 11))
    content = client.get("/archive/").content.decode()
    assert content.count('<svg class="month-chart__svg"') == 2
    assert 'href="/archive/2022/11/"' in content
    year = client.get("/archive/2023/").content.decode()
    assert year.count('<svg class="month-chart__svg"') == 1
