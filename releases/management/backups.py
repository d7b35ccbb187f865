"""Helpers of the backup_database and restore_database commands: running PostgreSQL's own
client tools against the configured database."""

import os
import shutil

from django.core.management.base import CommandError


def pg_tool(name):
    path = shutil.which(name)
    if path is None:
        raise CommandError(
            f"{name} not found: install PostgreSQL's client tools (postgresql-client)"
        )
    return path


def pg_environment(settings_dict):
    """libpq's environment for the database Django is configured with (the password stays
    out of the command line)."""
    env = dict(os.environ)
    values = {
        "PGHOST": settings_dict.get("HOST"),
        "PGPORT": settings_dict.get("PORT"),
        "PGUSER": settings_dict.get("USER"),
        "PGPASSWORD": settings_dict.get("PASSWORD"),
        "PGDATABASE": settings_dict.get("NAME"),
    }
    env.update({key: str(value) for key, value in values.items() if value})
    return env
