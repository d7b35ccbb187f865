"""import_archive: an empty database only, all or nothing, ids carry on after the dump's."""

import io
import zipfile

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from releases.models import (
    Appearance,
    Notice,
    Organisation,
    Outlet,
    Release,
    Segment,
    Speaker,
    Topic,
)
from releases.search import index
from releases.signals import bulk_writes
from tests.conftest import make_release

pytestmark = pytest.mark.django_db


def empty_the_archive():
    with bulk_writes():
        for model in (Notice, Segment, Release, Speaker, Organisation, Topic, Outlet):
            model.objects.all().delete()


def rewritten(dump, path, name, change):
    """A copy of the zip dump at path, with the file ``name`` changed by change(bytes)."""
    with zipfile.ZipFile(dump) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            target.writestr(item, change(data) if item.filename.endswith(f"/{name}") else data)
    return path


def load(dump):
    call_command("import_archive", str(dump), stdout=io.StringIO(), stderr=io.StringIO())


def test_load_refuses_a_database_that_holds_an_archive(archive, export):
    dump = export()
    count = Release.objects.count()
    with pytest.raises(CommandError, match="import_archive fills an empty database only"):
        load(dump)
    assert Release.objects.count() == count


def test_load_refuses_a_database_with_only_a_speaker(archive, export):
    dump = export()
    empty_the_archive()
    Speaker.objects.create(name="张三")
    with pytest.raises(CommandError, match="empty database"):
        load(dump)
    assert not Release.objects.exists()


def test_load_refuses_a_database_with_only_a_notice(archive, export):
    dump = export()
    empty_the_archive()
    Notice.objects.create(title="预告", starts_at=timezone.now())
    with pytest.raises(CommandError, match="empty database"):
        load(dump)
    assert not Release.objects.exists()


def test_load_exit_status_is_non_zero_when_refused(archive, export):
    from django.core.management import execute_from_command_line

    dump = export()
    with pytest.raises(SystemExit) as exit_info:
        execute_from_command_line(["manage.py", "import_archive", str(dump)])
    assert exit_info.value.code != 0


def test_load_is_all_or_nothing(archive, export, tmp_path):
    """A figure row that cannot be read, after thousands of good rows: nothing stays."""
    broken = rewritten(
        export(),
        tmp_path / "broken.zip",
        "figures.csv",
        lambda data: data.rstrip(b"\r\n") + b"\r\n1,1,,1,not a number,,,,false\r\n",
    )
    empty_the_archive()
    with pytest.raises(CommandError, match=r"figures.csv, line \d+"):
        load(broken)
    assert not Release.objects.exists()
    assert not Appearance.objects.exists()
    assert not Speaker.objects.exists()


def test_load_refuses_a_dump_of_another_format_and_says_so(archive, export, tmp_path):
    older = rewritten(
        export(),
        tmp_path / "older.zip",
        "datapackage.json",
        lambda data: data.replace(b'"format_version": 3', b'"format_version": 2'),
    )
    empty_the_archive()
    with pytest.raises(CommandError, match="dump format 2; this site reads format 3"):
        load(older)
    assert not Release.objects.exists()


def test_load_rejects_what_is_not_a_dump(tmp_path):
    junk = tmp_path / "pressroom-2026-01-01.zip"
    junk.write_bytes(b"not a zip")
    with pytest.raises(CommandError, match="not a dump folder or zip file"):
        load(junk)


def test_load_from_a_folder_then_new_releases_take_the_next_ids(archive, export):
    folder = export("--folder")
    highest = Release.objects.published().order_by("-pk").first().pk
    empty_the_archive()
    load(folder)
    assert Release.objects.order_by("-pk").first().pk == highest
    assert index.count() == Release.objects.count()
    new = make_release(title="导入之后的新稿件")
    assert new.pk > highest
    speaker = Speaker.objects.create(name="新发言人")
    assert speaker.pk > max(Speaker.objects.exclude(pk=speaker.pk).values_list("pk", flat=True))
