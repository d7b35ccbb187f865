"""Back up the whole database to one file, losing nothing (dumpdata drops microseconds).

SQLite: the online backup API (``sqlite3.Connection.backup``), a consistent copy even while
the site is serving; the result is an ordinary SQLite file. PostgreSQL: ``pg_dump -Fc``
(custom format, for ``pg_restore``), which must be on the PATH.
"""

import os
import sqlite3
import subprocess
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from releases.management.backups import pg_environment, pg_tool


class Command(BaseCommand):
    help = (
        "Copy the database to OUT: an SQLite file made with the online backup API, or a "
        "pg_dump custom-format archive on PostgreSQL (restore with restore_database)."
    )

    def add_arguments(self, parser):
        parser.add_argument("out", help="the backup file to write (must not exist)")

    def handle(self, *args, out, **options):
        target = Path(out)
        if target.exists():
            raise CommandError(f"{target} exists; choose a new file name")
        if not target.parent.is_dir():
            raise CommandError(f"{target.parent} is not a folder")
        if connection.vendor == "sqlite":
            self._sqlite(target)
            how = "SQLite online backup"
        elif connection.vendor == "postgresql":
            self._postgresql(target)
            how = "pg_dump -Fc"
        else:
            raise CommandError(f"no backup method for {connection.vendor}")
        size = target.stat().st_size
        self.stdout.write(
            f"Backed up {connection.settings_dict['NAME']} to {target} ({how}, {size} bytes)"
        )

    def _sqlite(self, target):
        partial = target.with_name(target.name + ".partial")
        connection.ensure_connection()
        destination = sqlite3.connect(partial)
        try:
            connection.connection.backup(destination)
        finally:
            destination.close()
        os.replace(partial, target)

    def _postgresql(self, target):
        command = [pg_tool("pg_dump"), "--format=custom", "--file", str(target)]
        result = subprocess.run(
            command, env=pg_environment(connection.settings_dict), capture_output=True, text=True
        )
        if result.returncode != 0:
            target.unlink(missing_ok=True)
            raise CommandError(f"pg_dump failed: {result.stderr.strip()}")
