"""Restore a backup made by backup_database into the configured database.

SQLite: the backup file is copied in with the online backup API (readers see the old or the
new database, never half of each). PostgreSQL: ``pg_restore --clean --if-exists
--no-owner`` into the configured database. Either way the database must be empty (a new
one) unless ``--replace`` is given.
"""

import sqlite3
import subprocess
from pathlib import Path
from urllib.parse import quote

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from releases.management.backups import pg_environment, pg_tool


class Command(BaseCommand):
    help = "Restore a backup_database file into the configured (empty) database."

    def add_arguments(self, parser):
        parser.add_argument("backup", help="a file written by backup_database")
        parser.add_argument(
            "--replace", action="store_true", help="overwrite a database that has tables"
        )

    def handle(self, *args, backup, replace, **options):
        source = Path(backup)
        if not source.is_file():
            raise CommandError(f"{source} is not a file")
        if connection.introspection.table_names() and not replace:
            raise CommandError(
                f"{connection.settings_dict['NAME']} already has tables; restore into a new "
                "database, or pass --replace to overwrite it"
            )
        if connection.vendor == "sqlite":
            self._sqlite(source)
        elif connection.vendor == "postgresql":
            self._postgresql(source)
        else:
            raise CommandError(f"no restore method for {connection.vendor}")
        self.stdout.write(f"Restored {source} into {connection.settings_dict['NAME']}")

    def _sqlite(self, source):
        with source.open("rb") as file:
            if file.read(16) != b"SQLite format 3\x00":
                raise CommandError(f"{source} is not an SQLite backup")
        backup = sqlite3.connect(f"file:{quote(str(source.resolve()))}?mode=ro", uri=True)
        try:
            connection.ensure_connection()
            backup.backup(connection.connection)
        finally:
            backup.close()

    def _postgresql(self, source):
        connection.close()
        command = [
            pg_tool("pg_restore"),
            "--clean",
            "--if-exists",
            "--no-owner",
            "--exit-on-error",
            "--dbname",
            connection.settings_dict["NAME"],
            str(source),
        ]
        result = subprocess.run(
            command, env=pg_environment(connection.settings_dict), capture_output=True, text=True
        )
        if result.returncode != 0:
            raise CommandError(f"pg_restore failed: {result.stderr.strip()}")
