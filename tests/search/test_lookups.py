"""``pk__any_of``: what ``pk__in`` finds, with the ids as one array on PostgreSQL."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from releases.models import Release
from tests.conftest import make_release

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("pick", [[0, 2], [0, 0, 1, None], [None], []], ids=str)
def test_any_of_finds_what_in_finds(pick):
    releases = [make_release(title=f"第{i}场") for i in range(3)]
    ids = [None if i is None else releases[i].pk for i in pick]
    expected = set(Release.objects.filter(pk__in=ids).values_list("pk", flat=True))
    with CaptureQueriesContext(connection) as queries:
        found = set(Release.objects.filter(pk__any_of=ids).values_list("pk", flat=True))
    assert found == expected
    assert found == {releases[i].pk for i in pick if i is not None}
    if queries.captured_queries:  # none at all for an empty list, as with __in
        sql = queries.captured_queries[0]["sql"]
        assert ("= ANY(" in sql) == (connection.vendor == "postgresql")


def test_any_of_works_inside_a_subquery():
    releases = [make_release(title=f"第{i}场") for i in range(3)]
    inner = Release.objects.filter(pk__any_of=[releases[1].pk]).values("pk")
    assert list(Release.objects.filter(pk__in=inner)) == [releases[1]]
