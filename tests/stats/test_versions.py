"""Outlets and the versions of a release: a version saved before a merge still restores."""

import pytest

from releases.editing import versions
from releases.models import Outlet
from releases.stats import outlets
from tests.conftest import release_with_parts
from tests.editing.test_versions import save

pytestmark = pytest.mark.django_db


def test_version_from_before_a_merge_restores_with_the_surviving_outlet(client, login_editor):
    release = release_with_parts()
    editor = login_editor(client)
    # Saving the segment finds its outlet, and this version keeps it.
    save(editor, release, title="改过的标题", **{"segments-0-answer": "改过的回答。"})
    dazhong = release.segments.get().asker_outlet
    assert dazhong.name == "大众日报"
    before_merge = versions.versions_of(release.pk)[0]
    kept = Outlet.objects.create(name="大众日报社")
    outlets.merge(kept, [dazhong])

    save(editor, release, url=f"/admin/releases/release/{release.pk}/history/{before_merge.pk}/")
    assert release.segments.get().asker_outlet == kept
