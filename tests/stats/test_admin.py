"""Editors and outlets: found on save, listed with their spellings, merged by an action."""

import pytest

from releases.models import Outlet, Segment
from tests.test_admin import add_release_in_admin, add_speaker_in_admin

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, login_editor):
    return login_editor(client)


def test_segment_saved_in_the_admin_is_counted_under_its_outlet(editor):
    release = add_release_in_admin(editor, add_speaker_in_admin(editor))
    segment = release.segments.get()
    assert segment.asker == "大众日报记者"
    assert segment.asker_outlet.name == "大众日报"


def test_outlet_list_shows_questions_and_spellings(editor, archive):
    dazhong = Outlet.objects.get(name="大众日报")
    dazhong.aliases.create(name="大众日报社")
    html = editor.get("/admin/releases/outlet/").content.decode()
    assert "大众日报社" in html and "Reuters" in html
    assert editor.get("/admin/releases/outlet/?q=大众日报社").context["cl"].result_count == 1


def test_editor_adds_an_alias_and_later_questions_find_the_outlet(editor):
    from releases.stats import outlets

    reuters = Outlet.objects.create(name="Reuters")
    data = {
        "name": "Reuters",
        "aliases-TOTAL_FORMS": "1",
        "aliases-INITIAL_FORMS": "0",
        "aliases-MIN_NUM_FORMS": "0",
        "aliases-MAX_NUM_FORMS": "1000",
        "aliases-0-name": "路透社",
    }
    response = editor.post(f"/admin/releases/outlet/{reuters.pk}/change/", data)
    assert response.status_code == 302
    assert outlets.resolve("路透社记者") == reuters


def test_merge_action_asks_which_name_to_keep_then_merges(editor, archive):
    dazhong = Outlet.objects.get(name="大众日报")
    reuters = Outlet.objects.get(name="Reuters")
    selected = {"action": "merge_outlets", "_selected_action": [dazhong.pk, reuters.pk]}
    response = editor.post("/admin/releases/outlet/", selected)
    assert response.status_code == 200
    assert "选择保留的名称" in response.content.decode()
    assert Outlet.objects.count() == 3  # nothing merged yet

    response = editor.post(
        "/admin/releases/outlet/", {**selected, "apply": "1", "target": str(reuters.pk)}
    )
    assert response.status_code == 302
    assert not Outlet.objects.filter(pk=dazhong.pk).exists()
    assert list(reuters.aliases.values_list("name", flat=True)) == ["大众日报"]
    assert Segment.objects.filter(asker_outlet=reuters).count() == 6
    messages = [str(m) for m in editor.get("/admin/releases/outlet/").context["messages"]]
    assert any("移动了 4 个提问" in m for m in messages)


def test_merge_action_needs_two_outlets(editor, archive):
    dazhong = Outlet.objects.get(name="大众日报")
    response = editor.post(
        "/admin/releases/outlet/",
        {"action": "merge_outlets", "_selected_action": [dazhong.pk]},
        follow=True,
    )
    assert "请至少选择两家媒体" in response.content.decode()
    assert Outlet.objects.count() == 3
