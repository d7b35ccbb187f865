import datetime

import pytest
from django.utils import timezone

from releases.listing import pagination
from releases.models import Release
from tests.conftest import make_release

pytestmark = pytest.mark.django_db


PER_PAGE = 20


@pytest.fixture
def archive(monkeypatch):
    monkeypatch.setattr(pagination, "OFFSET_PAGES", 1)
    now = timezone.now()
    # Pairs share a publication time, so the id breaks ties across page boundaries.
    return [
        make_release(title=f"第{i}场", published_at=now - datetime.timedelta(days=i // 2 + 1))
        for i in range(PER_PAGE * 3 + 1)
    ]


def _titles(client, page):
    response = client.get("/", {"page": page})
    assert response.status_code == 200
    return [release.title for release in response.context["releases"]]


def test_index_pages_past_the_offset_pages_match_plain_offset_order(client, archive):
    expected = [r.title for r in Release.objects.published().newest_first()]
    pages = 4
    seen = [title for page in range(1, pages + 1) for title in _titles(client, page)]
    assert seen == expected


def test_index_last_page_uses_no_offset(client, archive, django_assert_max_num_queries):
    last = -(-len(archive) // PER_PAGE)
    with django_assert_max_num_queries(20) as queries:
        assert _titles(client, last) == [archive[-1].title]
    assert not any("OFFSET" in q["sql"] for q in queries.captured_queries)


def test_index_page_beyond_the_last_is_404(client, archive):
    assert client.get("/", {"page": 5}).status_code == 404
