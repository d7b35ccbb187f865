"""Loading a dump (a .zip or a folder written by export.py) into an empty database.

All or nothing, in one transaction: rows keep their ids and timestamps exactly, the search
index is rebuilt from them, and PostgreSQL's id sequences continue after the highest id.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from contextlib import contextmanager
from pathlib import Path

from django.core.management.color import no_style
from django.db import DatabaseError, connection, transaction

from releases.listing import cache as caching
from releases.listing.counts import count_archive
from releases.models import Notice, Organisation, Outlet, Release, Speaker, Topic, month_of
from releases.opendata.export import FORMAT_VERSION
from releases.opendata.tables import CHUNK, TABLES
from releases.search import index


class BadDump(ValueError):
    """Not a dump this version of the site can load; the message says why."""


class NotEmpty(ValueError):
    """The database already holds an archive."""


class _Source:
    """The files of a dump, from a zip (at its root or in one folder) or a folder."""

    def __init__(self, path: Path):
        self.path = Path(path)
        if self.path.is_dir():
            self.zip, self.root = None, self.path
            if not (self.path / "datapackage.json").exists():
                raise BadDump(f"{path}: no datapackage.json in this folder")
        else:
            try:
                self.zip = zipfile.ZipFile(self.path)
            except (OSError, zipfile.BadZipFile) as error:
                raise BadDump(f"{path}: not a dump folder or zip file ({error})") from error
            names = [n for n in self.zip.namelist() if n.rsplit("/", 1)[-1] == "datapackage.json"]
            if len(names) != 1:
                raise BadDump(f"{path}: expected one datapackage.json in the zip")
            self.root = names[0].removesuffix("datapackage.json")

    @contextmanager
    def open(self, name):
        if self.zip is None:
            with (self.root / name).open(encoding="utf-8", newline="") as text:
                yield text
        else:
            try:
                binary = self.zip.open(f"{self.root}{name}")
            except KeyError as error:
                raise BadDump(f"{self.path}: {name} is missing") from error
            with binary, io.TextIOWrapper(binary, "utf-8", newline="") as text:
                yield text

    def close(self):
        if self.zip is not None:
            self.zip.close()


def archive_is_empty() -> bool:
    return not any(
        model.objects.exists() for model in (Release, Speaker, Organisation, Topic, Outlet, Notice)
    )


def load_dump(path, progress=None) -> dict[str, int]:
    """Load the dump at path; returns the rows loaded per table.

    progress(label) -> a callable(done, total), or None. Raises NotEmpty, BadDump.
    """
    source = _Source(path)
    try:
        package = _package(source)
        with _refused_rows(), transaction.atomic():
            if not archive_is_empty():
                raise NotEmpty(
                    "the database already holds releases, speakers, topics, outlets or notices"
                )
            counts = {}
            for table in TABLES:
                if table.model is not None:
                    expected = package["pressroom"]["rows"].get(table.path, 0)
                    report = progress(table.path) if progress else None
                    counts[table.name] = _load_table(source, table, expected, report)
            _after_load(progress)
    finally:
        source.close()
    caching.after_bulk_write()
    count_archive()
    return counts


@contextmanager
def _refused_rows():
    """A row the database refuses (a reference to a row not in the dump, a duplicate id,
    found at the latest on commit) makes the dump a bad one; nothing was loaded."""
    try:
        yield
    except DatabaseError as error:
        raise BadDump(f"the database refused a row ({error})") from error


def _package(source) -> dict:
    try:
        with source.open("datapackage.json") as text:
            package = json.load(text)
    except json.JSONDecodeError as error:
        raise BadDump(f"datapackage.json is not JSON ({error})") from error
    version = package.get("pressroom", {}).get("format_version")
    if version != FORMAT_VERSION:
        raise BadDump(f"dump format {version!r}; this site reads format {FORMAT_VERSION}")
    return package


def _load_table(source, table, expected, report) -> int:
    names = [column.name for column in table.columns]
    done, batch = 0, []
    with source.open(table.path) as text, _keeping_timestamps(table.model):
        reader = csv.reader(text)
        header = next(reader, None)
        if header != names:
            raise BadDump(f"{table.path}: columns {header}, expected {names}")
        for line, cells in enumerate(reader, 2):
            if len(cells) != len(names):
                raise BadDump(f"{table.path}, line {line}: {len(cells)} cells, not {len(names)}")
            try:
                values = {
                    c.name: c.from_text(cell) for c, cell in zip(table.columns, cells, strict=True)
                }
            except (ValueError, ArithmeticError) as error:
                raise BadDump(f"{table.path}, line {line}: {error!r}") from error
            row = table.instance(values)
            if table.model is Release:
                row.published_month = month_of(row.published_at)
            batch.append(row)
            if len(batch) == CHUNK:
                done += _insert(table, batch, report, done, expected)
                batch = []
        done += _insert(table, batch, report, done, expected)
    if report and not done:
        report(0, 0)
    return done


def _insert(table, batch, report, done, expected) -> int:
    table.model.objects.bulk_create(batch)
    if report and batch:
        report(done + len(batch), max(expected, done + len(batch)))
    return len(batch)


@contextmanager
def _keeping_timestamps(model):
    """bulk_create would stamp auto_now and auto_now_add fields with the time of the load."""
    fields = [
        f
        for f in model._meta.concrete_fields
        if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False)
    ]
    saved = [(f, f.auto_now, f.auto_now_add) for f in fields]
    for f in fields:
        f.auto_now = f.auto_now_add = False
    try:
        yield
    finally:
        for f, auto_now, auto_now_add in saved:
            f.auto_now, f.auto_now_add = auto_now, auto_now_add


def _after_load(progress):
    """The search index from the loaded rows, and the id sequences past the loaded ids."""
    index.rebuild(progress=progress("search index") if progress else None)
    models = [table.model for table in TABLES if table.model is not None]
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), models):
            cursor.execute(sql)
