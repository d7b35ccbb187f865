"""The archive: releases counted per year and month (local time), and listed."""

import datetime

import pytest

from tests.conftest import at, make_release

pytestmark = pytest.mark.django_db


def test_archive_counts_years_and_months(client, career):
    make_release(published_at=at(2023, 6, 1))
    response = client.get("/archive/")
    years = response.context["years"]
    assert [(y["year"], y["count"], y["months"]) for y in years] == [
        (2023, 3, [(5, 1), (6, 2)]),
        (2022, 1, [(3, 1)]),
    ]
    html = response.content.decode()
    assert 'href="/archive/2023/06/"' in html and 'href="/archive/2022/"' in html


def test_archive_month_is_local_time(client):
    """Published at 23:30 UTC on 31 May is 1 June in China."""
    make_release(published_at=datetime.datetime(2023, 5, 31, 23, 30, tzinfo=datetime.UTC))
    assert client.get("/archive/").context["years"][0]["months"] == [(6, 1)]
    assert client.get("/archive/2023/06/").status_code == 200
    assert client.get("/archive/2023/05/").status_code == 404


def test_archive_year_lists_its_releases_and_months(client, career):
    response = client.get("/archive/2023/")
    assert [r.title for r in response.context["releases"]] == ["第三场", "第二场"]
    assert response.context["months"] == [(5, 1), (6, 1)]


def test_archive_month_lists_its_releases(client, career):
    response = client.get("/archive/2023/05/")
    assert [r.title for r in response.context["releases"]] == ["第二场"]
    assert 'href="/feeds/atom/?year=2023&amp;month=5"' in response.content.decode()


@pytest.mark.parametrize(
    "url",
    [
        "/archive/2021/",
        "/archive/2023/07/",
        "/archive/2023/13/",
        "/archive/2023/5/",
        "/archive/0000/",
        "/archive/9999/12/",
        "/archive/2023/05/?page=2",
    ],
)
def test_archive_empty_or_bad_period_is_404(client, career, url):
    assert client.get(url).status_code == 404


def test_archive_query_counts_are_constant(client, career, django_assert_num_queries):
    # Cold: month counts; then from the cache.
    with django_assert_num_queries(1):
        client.get("/archive/")
    with django_assert_num_queries(0):
        client.get("/archive/")
    # Page, appearances (the total comes from the cached month counts).
    with django_assert_num_queries(2):
        client.get("/archive/2023/")
    with django_assert_num_queries(2):
        client.get("/archive/2023/05/")
    for i in range(30):
        make_release(published_at=at(2023, 5, 1 + i % 28))
    with django_assert_num_queries(1):
        client.get("/archive/")
    with django_assert_num_queries(2):
        client.get("/archive/2023/05/?page=2")


def test_archive_page_follows_a_new_month(client, career):
    assert 'href="/archive/2024/02/"' not in client.get("/archive/").content.decode()
    make_release(published_at=at(2024, 2))
    assert 'href="/archive/2024/02/"' in client.get("/archive/").content.decode()
