"""The release change form: saving changes only what the editor changed, and a save made
after the page was opened is never overwritten."""

import pytest
from django.test import Client
from reversion.models import Version

from releases.models import Release
from tests.admin_form import submitted
from tests.conftest import release_with_parts

pytestmark = pytest.mark.django_db


def change_url(release):
    return f"/admin/releases/release/{release.pk}/change/"


def open_form(client, release):
    """The change form as a browser would send it back untouched."""
    response = client.get(change_url(release))
    assert response.status_code == 200
    return submitted(response.content.decode(), "release_form")


def stored(release):
    """Everything of the release and its parts as the database has it."""
    release = Release.objects.get(pk=release.pk)
    parts = {
        name: list(getattr(release, name).order_by("pk").values())
        for name in ["appearances", "segments", "figures", "credits", "change_notes", "photos"]
    }
    fields = {f.attname: getattr(release, f.attname) for f in Release._meta.concrete_fields}
    return fields, parts


def versions_of(release):
    return Version.objects.get_for_object(release).count()


@pytest.fixture
def opened(client, login_editor):
    """(release, editor, form): a release with one of each part, its change form opened by
    an editor."""
    release = release_with_parts()
    editor = login_editor(client)
    return release, editor, open_form(editor, release)


def second_save(login_editor, release, first_changes, second_changes):
    """Two editors open the same page and the first saves: the answer to the second's save."""
    first, second = login_editor(Client(), "xiaoxu"), login_editor(Client(), "laowang")
    first_data, second_data = open_form(first, release), open_form(second, release)
    first_data.update(first_changes)
    second_data.update(second_changes)
    assert first.post(change_url(release), first_data).status_code == 302
    return second.post(change_url(release), second_data)


def test_unchanged_save_changes_nothing_and_keeps_no_new_version(opened):
    release, editor, data = opened
    # What a browser sends: CRLF in every textarea, the time to the minute as shown.
    assert data["segments-0-answer"] == ["★改造提速\r\n\r\n今年计划改造老旧小区120个。"]
    assert data["published_at_1"] == ["18:15"]
    before, versions_before = stored(release), versions_of(release)

    response = editor.post(change_url(release), data)

    assert response.status_code == 302, response.context["errors"]
    assert stored(release) == before  # published_at to the microsecond, texts byte for byte
    assert Release.objects.get(pk=release.pk).published_at.microsecond == 123456
    assert versions_of(release) == versions_before


def test_part_edit_changes_only_that_part_and_keeps_one_version(opened):
    release, editor, data = opened
    (fields_before, parts_before), versions_before = stored(release), versions_of(release)
    data["credits-0-name"] = ["王记者"]

    response = editor.post(change_url(release), data)

    assert response.status_code == 302, response.context["errors"]
    fields_after, parts_after = stored(release)
    assert parts_after["credits"][0]["name"] == "王记者"
    assert {k: v for k, v in parts_after.items() if k != "credits"} == {
        k: v for k, v in parts_before.items() if k != "credits"
    }
    changed = {k for k in fields_before if fields_before[k] != fields_after[k]}
    assert changed == {"modified"}  # the save time, which the conflict check reads
    assert versions_of(release) == versions_before + 1


@pytest.mark.parametrize(
    ("field", "typed", "saved"),
    [
        # A new date keeps the seconds of the time.
        ("published_at_0", "2024-03-05", "2024-03-05T10:15:42.123456+00:00"),
        # A new time is saved as typed: 09:30 in Shanghai.
        ("published_at_1", "09:30", "2024-03-01T01:30:00+00:00"),
    ],
    ids=["date_keeps_the_seconds", "time_as_typed"],
)
def test_editing_the_date_or_the_time_saves_what_was_typed(opened, field, typed, saved):
    release, editor, data = opened
    data[field] = [typed]

    assert editor.post(change_url(release), data).status_code == 302

    release.refresh_from_db()
    assert release.published_at.isoformat() == saved


def test_edited_text_is_saved_with_lf_line_ends(opened):
    release, editor, data = opened
    data["lead"] = ["新的导语。\r\n\r\n第二段。"]
    data["segments-0-answer"] = ["第一段。\r\n\r\n★小标题\r\n\r\n第二段。"]

    assert editor.post(change_url(release), data).status_code == 302

    release.refresh_from_db()
    assert release.lead == "新的导语。\n\n第二段。"
    assert release.segments.get().answer == "第一段。\n\n★小标题\n\n第二段。"


def test_second_save_of_the_same_page_is_refused_and_the_first_is_kept(login_editor):
    release = release_with_parts()
    response = second_save(
        login_editor,
        release,
        {"title": ["第一位编辑的标题"], "lead": ["第一位编辑的导语。"]},
        {"title": ["第二位编辑的标题"], "lead": ["第二位编辑的导语。"]},
    )

    assert response.status_code == 200
    errors = response.context["adminform"].form.non_field_errors()
    assert "xiaoxu" in errors[0] and "没有保存" in errors[0]
    assert "对方改了“标题”,现在是:第一位编辑的标题" in errors
    assert "对方改了“导语”,现在是:第一位编辑的导语。" in errors
    page = response.content.decode()
    assert "第一位编辑的标题" in page and "第二位编辑的标题" in page  # theirs and yours
    release.refresh_from_db()
    assert (release.title, release.lead) == ("第一位编辑的标题", "第一位编辑的导语。")


def test_a_part_saved_by_someone_else_refuses_the_whole_form(login_editor):
    release = release_with_parts()
    response = second_save(
        login_editor,
        release,
        {"segments-0-answer": ["第一位编辑改的回答。"]},
        {"title": ["第二位编辑的标题"], "credits-0-name": ["第二位编辑的署名"]},
    )

    assert response.status_code == 200
    errors = response.context["adminform"].form.non_field_errors()
    assert any("问答" in e and "第一位编辑改的回答。" in e for e in errors), errors
    release.refresh_from_db()
    assert release.title != "第二位编辑的标题"
    assert release.credits.get().name == "李记者"
    assert release.segments.get().answer == "第一位编辑改的回答。"


def test_form_without_the_token_is_refused(opened):
    release, editor, data = opened
    del data["edit_token"]
    data["title"] = ["没有令牌"]

    assert editor.post(change_url(release), data).status_code == 200
    release.refresh_from_db()
    assert release.title != "没有令牌"


def test_own_second_save_after_reopening_is_accepted(opened):
    release, editor, data = opened
    data["title"] = ["第一次"]
    assert editor.post(change_url(release), data).status_code == 302
    data = open_form(editor, release)
    data["title"] = ["第二次"]
    assert editor.post(change_url(release), data).status_code == 302
    release.refresh_from_db()
    assert release.title == "第二次"
