"""An editor's save counts the whole archive's statistics again once it commits: the next
reader of /stats/ sees the new question, counted already (no COUNT of its own)."""

import re

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext

from releases.models import Outlet, Release
from tests.admin_form import submitted

# Committed for real (the recount runs on commit); naming the apps makes the flush
# afterwards TRUNCATE ... CASCADE on PostgreSQL, which also empties the search index.
pytestmark = pytest.mark.django_db(transaction=True, available_apps=settings.INSTALLED_APPS)


def ranked(html, name):
    """The count shown beside ``name`` in the overview's outlet ranking."""
    found = re.search(rf">{name}</a> <span class=\"stats-ranking__count\">(\d+) 个提问", html)
    return int(found.group(1))


def test_editors_save_adding_a_question_is_counted_before_the_next_reader(
    client, admin_client, archive
):
    outlet = f"/outlets/{Outlet.objects.get(name='大众日报').pk}/"
    html = client.get("/stats/").content.decode()  # counted, and the page cached
    assert ranked(html, "大众日报") == 4 and "共 8 个提问" in html
    assert "提问 4 次" in client.get(outlet).content.decode()

    # A superuser: a test committed before this one may have flushed the editors group
    # that a migration makes.
    editor = admin_client
    release = Release.objects.get(title="第三场")
    url = f"/admin/releases/release/{release.pk}/change/"
    data = submitted(editor.get(url).content.decode(), "release_form")
    blank = release.segments.count()  # the inline's empty form, after the saved ones
    data.update(
        {
            f"segments-{blank}-order": ["3"],
            f"segments-{blank}-question": ["新的提问?"],
            f"segments-{blank}-asker": ["大众日报记者"],
            f"segments-{blank}-answer": ["新的回答。"],
        }
    )
    assert editor.post(url, data).status_code == 302

    with CaptureQueriesContext(connection) as queries:
        html = client.get("/stats/").content.decode()
    assert ranked(html, "大众日报") == 5 and "共 9 个提问" in html
    assert not [q["sql"] for q in queries if "COUNT(" in q["sql"]]  # counted by the save
    assert "提问 5 次" in client.get(outlet).content.decode()
    assert "新的提问" in client.get(f"{outlet}?year=2024&month=3").content.decode()
