"""Versions of a release: kept on every save (admin, importer), compared, restored."""

import io
import re
from pathlib import Path

import pytest
from django.core.management import call_command
from reversion.models import Version

from releases.editing import versions
from releases.importing.writer import import_text
from releases.models import Credit, Figure, Release, Segment
from tests.admin_form import submitted
from tests.conftest import release_with_parts
from tests.importing.reviewing import import_reviewed

pytestmark = pytest.mark.django_db

SEED = Path(__file__).parent.parent / "importing" / "corpus" / "000_4afd75f9a84009b0.txt"


def change_url(release):
    return f"/admin/releases/release/{release.pk}/change/"


def save(client, release, url=None, **changes):
    """Open the change form (or a version's restore form) and save it with changes."""
    url = url or change_url(release)
    data = submitted(client.get(url).content.decode(), "release_form")
    data.update({name: [value] for name, value in changes.items()})
    response = client.post(url, data)
    assert response.status_code == 302, response.context and (
        response.context["errors"],
        response.context["adminform"].form.non_field_errors(),
    )
    return response


def kept_models(version):
    """Model names and counts of what a version's revision holds."""
    counts = {}
    for kept in version.revision.version_set.all():
        name = kept._model.__name__
        counts[name] = counts.get(name, 0) + 1
    return counts


def test_admin_save_keeps_a_version_of_the_whole_release_with_who_and_comment(client, login_editor):
    release = release_with_parts()
    editor = login_editor(client)
    save(editor, release, title="新标题", **{"segments-0-answer": "新的回答。"})

    latest, first = versions.versions_of(release.pk)[:2]
    assert latest.revision.user.username == "xiaoxu"
    assert "标题" in latest.revision.get_comment()  # the admin's change message
    assert first.revision.get_comment() == "首个版本:编辑前的内容"
    expected = {"Release": 1, "Appearance": 1, "Segment": 1, "Figure": 1, "Credit": 1}
    assert kept_models(latest) == {**expected, "ChangeNote": 1}
    snapshot = versions.Snapshot.of_version(latest)
    assert snapshot.fields["title"] == "新标题"
    assert [v["answer"] for v in snapshot.parts["segments"].values()] == ["新的回答。"]
    assert versions.Snapshot.of_version(first).fields["title"] == release.title


def test_admin_import_keeps_a_version_with_every_part(client, login_editor):
    editor = login_editor(client)
    response = import_reviewed(editor, SEED.read_text(encoding="utf-8"))
    assert response.status_code == 302
    release = Release.objects.get()
    (version,) = versions.versions_of(release.pk)
    assert version.revision.get_comment() == "从文本导入"
    assert version.revision.user.username == "xiaoxu"
    counts = kept_models(version)
    # Figures and credits are bulk-created by the importer, and still in the version.
    assert counts["Figure"] == Figure.objects.filter(release=release).count() > 0
    assert counts["Credit"] == Credit.objects.filter(release=release).count() > 0
    assert counts["Segment"] == Segment.objects.filter(release=release).count() > 0


def test_import_command_and_import_text_keep_a_version():
    call_command("import_release", str(SEED), stdout=io.StringIO())
    release = Release.objects.get()
    (version,) = versions.versions_of(release.pk)
    assert version.revision.get_comment() == "从文本导入"
    assert version.revision.user is None
    # The same text again creates nothing, and no version either.
    assert import_text(SEED.read_text(encoding="utf-8")).duplicate_of == release
    assert Version.objects.count() == len(version.revision.version_set.all())


def test_history_lists_versions_with_compare_and_restore_links(client, login_editor):
    release = release_with_parts()
    editor = login_editor(client)
    save(editor, release, title="第二版")
    page = editor.get(f"/admin/releases/release/{release.pk}/history/").content.decode()
    newest, oldest = versions.versions_of(release.pk)
    assert f"history/{newest.pk}/" in page and f"history/{oldest.pk}/" in page
    assert f"?from={oldest.pk}&amp;to={newest.pk}" in page
    assert "xiaoxu" in page and "首个版本" in page


def test_compare_page_shows_fields_and_parts_old_and_new(client, login_editor):
    release = release_with_parts()
    editor = login_editor(client)
    save(
        editor,
        release,
        title="第二版标题",
        **{
            "figures-0-DELETE": "on",
            "credits-0-name": "王记者",
            "credits-TOTAL_FORMS": "2",
            "credits-1-order": "2",
            "credits-1-role": "图",
            "credits-1-name": "张摄影",
        },
    )
    newest, oldest = versions.versions_of(release.pk)
    response = editor.get(
        f"/admin/releases/release/{release.pk}/history/compare/",
        {"from": oldest.pk, "to": newest.pk},
    )
    assert response.status_code == 200
    changes = response.context["changes"]
    assert [(c.label, c.old, c.new) for c in changes.fields] == [
        ("标题", release.title, "第二版标题")
    ]
    parts = {(p.kind, p.model_name, p.label) for p in changes.parts}
    assert parts == {
        ("changed", "署名", "文 王记者"),
        ("added", "署名", "图 张摄影"),
        ("removed", "关键数据", "改造老旧小区 120个"),
    }
    page = response.content.decode()
    assert "<del>李记者</del>" in page and "<ins>王记者</ins>" in page
    assert "<ins>第二版标题</ins>" in page


def test_compare_of_a_version_with_itself_is_empty(client, login_editor):
    release = release_with_parts()
    editor = login_editor(client)
    editor.get(change_url(release))
    (version,) = versions.versions_of(release.pk)
    response = editor.get(
        f"/admin/releases/release/{release.pk}/history/compare/",
        {"from": version.pk, "to": version.pk},
    )
    assert not response.context["changes"]
    assert "两个版本内容相同" in response.content.decode()


def test_compare_of_unknown_versions_is_a_404(client, login_editor):
    release = release_with_parts()
    editor = login_editor(client)
    url = f"/admin/releases/release/{release.pk}/history/compare/"
    assert editor.get(url, {"from": "999", "to": "x"}).status_code == 404
    assert editor.get(url).status_code == 404


def test_editor_restores_an_old_version_and_the_restore_is_a_new_version(client, login_editor):
    release = release_with_parts()
    editor = login_editor(client)
    original_title = release.title
    save(
        editor,
        release,
        title="改错的标题",
        **{"segments-0-answer": "改错的回答。", "credits-0-DELETE": "on"},
    )
    assert not release.credits.exists()
    first = versions.versions_of(release.pk)[-1]

    page = editor.get(f"/admin/releases/release/{release.pk}/history/{first.pk}/")
    assert page.status_code == 200
    assert original_title in page.content.decode()
    Release.objects.get(pk=release.pk)  # the page itself changed nothing
    assert Release.objects.get(pk=release.pk).title == "改错的标题"

    save(editor, release, url=f"/admin/releases/release/{release.pk}/history/{first.pk}/")

    release.refresh_from_db()
    assert release.title == original_title
    assert release.segments.get().answer == "★改造提速\n\n今年计划改造老旧小区120个。"
    assert release.credits.get().name == "李记者"
    newest = versions.versions_of(release.pk)[0]
    assert len(versions.versions_of(release.pk)) == 3
    assert newest.revision.user.username == "xiaoxu"
    assert re.search("恢复|Reverted", newest.revision.get_comment())
    assert not versions.diff(
        versions.Snapshot.of_version(first), versions.Snapshot.of_version(newest)
    )


def test_editors_group_may_see_history_but_the_public_may_not(client, login_editor):
    release = release_with_parts()
    history = f"/admin/releases/release/{release.pk}/history/"
    assert client.get(history).status_code == 302  # to the login page
    editor = login_editor(client)
    assert editor.get(history).status_code == 200


def test_editor_recovers_a_deleted_release_with_its_parts(client, login_editor):
    release = release_with_parts()
    # An answered segment PROTECTs its answerer, which blocks deleting the release.
    release.segments.update(answerer=None)
    editor = login_editor(client)
    editor.get(change_url(release))  # its first version
    response = editor.post(f"/admin/releases/release/{release.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert not Release.objects.filter(pk=release.pk).exists()
    (deleted,) = Version.objects.get_deleted(Release)

    url = f"/admin/releases/release/recover/{deleted.pk}/"
    assert editor.get("/admin/releases/release/recover/").status_code == 200
    save(editor, release, url=url)

    recovered = Release.objects.get(pk=release.pk)
    assert recovered.title == release.title
    assert recovered.appearances.get().speaker.name == "王建国"
    assert recovered.figures.get().segment == recovered.segments.get()
