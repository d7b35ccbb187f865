"""backup_database and restore_database keep every row to the microsecond, on the suite's
own database engine (an SQLite file, or a scratch PostgreSQL database)."""

import datetime
import os
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection

from tests.conftest import add_speaker, make_release

ROOT = Path(__file__).resolve().parents[2]
WHEN = datetime.datetime(2023, 5, 31, 9, 30, 15, 123456, tzinfo=datetime.UTC)
QUERY = (
    "SELECT r.id, r.title, CAST(r.published_at AS TEXT), CAST(r.updated_at AS TEXT), "
    "s.name FROM releases_release r JOIN releases_appearance a ON a.release_id = r.id "
    "JOIN releases_speaker s ON s.id = a.speaker_id ORDER BY r.id"
)


def restore(database_url, backup):
    env = dict(os.environ, DATABASE_URL=database_url, DJANGO_SECRET_KEY="test")
    return subprocess.run(
        [sys.executable, "manage.py", "restore_database", str(backup)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )


def rows_in(database_url, path=None):
    if path is not None:
        with sqlite3.connect(path) as db:
            return db.execute(QUERY).fetchall()
    import psycopg

    with psycopg.connect(database_url) as db:
        db.execute("SET TIME ZONE 'UTC'")
        return [tuple(row) for row in db.execute(QUERY).fetchall()]


@pytest.fixture
def scratch_database(tmp_path):
    """A new, empty database on the suite's engine: (DATABASE_URL, SQLite path or None)."""
    if connection.vendor == "sqlite":
        path = tmp_path / "restored.sqlite3"
        yield f"sqlite:///{path}", path
        return
    import psycopg

    settings = connection.settings_dict
    server = f"postgres://{settings['USER']}@{settings['HOST']}:{settings['PORT']}"
    name = f"{settings['NAME']}_restore_{uuid.uuid4().hex[:6]}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{server}/{name}", None
    finally:
        with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# pg_dump reads committed rows only; naming the apps makes the flush afterwards TRUNCATE ...
# CASCADE on PostgreSQL (as in tests/browser).
@pytest.mark.django_db(transaction=True, available_apps=settings.INSTALLED_APPS)
def test_backup_and_restore_keep_every_row_to_the_microsecond(tmp_path, scratch_database):
    release = make_release(title="备份之前", published_at=WHEN)
    add_speaker(release, "李瑞玲", "局长")
    backup = tmp_path / "archive.backup"
    call_command("backup_database", str(backup), stdout=open(os.devnull, "w"))  # noqa: SIM115
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET TIME ZONE 'UTC'")
        cursor.execute(QUERY)
        original = [tuple(row) for row in cursor.fetchall()]

    database_url, path = scratch_database
    result = restore(database_url, backup)
    assert result.returncode == 0, result.stderr
    restored = rows_in(database_url, path)
    assert restored == original
    (row,) = [row for row in restored if row[1] == "备份之前"]
    assert ".123456" in row[2]  # dumpdata would have cut it to .123


@pytest.mark.django_db
def test_backup_refuses_to_overwrite_a_file(tmp_path):
    existing = tmp_path / "archive.backup"
    existing.write_text("yesterday's backup")
    with pytest.raises(CommandError, match="exists"):
        call_command("backup_database", str(existing))
    assert existing.read_text() == "yesterday's backup"


def test_restore_of_a_missing_file_says_so_and_fails(tmp_path, scratch_database):
    result = restore(scratch_database[0], tmp_path / "no-such.backup")
    assert result.returncode != 0
    assert "is not a file" in result.stderr


@pytest.mark.django_db
def test_restore_refuses_a_database_that_has_tables(tmp_path):
    backup = tmp_path / "archive.backup"
    backup.write_bytes(b"SQLite format 3\x00")
    with pytest.raises(CommandError, match="already has tables"):
        call_command("restore_database", str(backup))
