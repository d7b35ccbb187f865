"""Writing the public archive as a dump: pressroom-YYYY-MM-DD.zip (or a folder of that name).

Inside: releases.jsonl (one release per line, as /api/releases/<id>/ gives it), one CSV
file per table (releases/opendata/tables.py), datapackage.json (a Frictionless Data
Package describing them) and README.md. Everything is written as it is read, a chunk of
rows at a time, so memory stays flat whatever the archive's size; the dump appears under
its final name only once complete.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import zipfile
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from releases.api.data import SCHEMA_VERSION, release_data
from releases.opendata.tables import TABLES, Snapshot

# Moves on whenever a file or a column is added or removed (2: notices.csv, photos'
# content_type; 3: releases' language): a site loads only dumps of its own format, and
# says so.
FORMAT_VERSION = 3
DOCUMENTS = "releases.jsonl"
PREFIX = "pressroom-"


def dump_name(day) -> str:
    return f"{PREFIX}{day.isoformat()}"


def latest(folder: Path) -> Path | None:
    """The newest complete zip dump in the folder, or None."""
    dumps = sorted(Path(folder).glob(f"{PREFIX}[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9].zip"))
    return dumps[-1] if dumps else None


class _FolderTarget:
    def __init__(self, path: Path):
        self.path = path
        path.mkdir(parents=True)

    def open(self, name):
        return (self.path / name).open("wb")

    def close(self):
        pass


class _ZipTarget:
    def __init__(self, path: Path, root: str):
        self.root = root
        self.zip = zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True)
        self.date_time = timezone.localtime().timetuple()[:6]

    def open(self, name):
        info = zipfile.ZipInfo(f"{self.root}/{name}", date_time=self.date_time)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16  # rw-r--r-- once unpacked
        return self.zip.open(info, "w", force_zip64=True)

    def close(self):
        self.zip.close()


@contextmanager
def _text(target, name):
    with target.open(name) as binary, io.TextIOWrapper(binary, "utf-8", newline="") as text:
        yield text


@contextmanager
def _snapshot():
    """One consistent view of the archive for every table (on PostgreSQL a repeatable-read
    transaction, which holds no lock; SQLite's read transaction keeps writers waiting)."""
    outermost = not connection.in_atomic_block
    with transaction.atomic():
        if connection.vendor == "postgresql" and outermost:
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        yield Snapshot()


def write_dump(folder: Path, *, as_zip=True, day=None, progress=None) -> tuple[Path, dict]:
    """Write today's dump into folder; returns its path and the rows per file.

    progress(label) -> a callable(done, total), or None.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    day = day or timezone.localdate()
    name = dump_name(day)
    final = folder / (f"{name}.zip" if as_zip else name)
    partial = folder / f".{final.name}.partial"
    _remove(partial)
    target = _ZipTarget(partial, name) if as_zip else _FolderTarget(partial)
    try:
        with _snapshot() as snapshot:
            counts = {DOCUMENTS: _write_documents(target, snapshot, progress)}
            for table in TABLES:
                counts[table.path] = _write_table(target, table, snapshot, progress)
        with _text(target, "datapackage.json") as out:
            json.dump(datapackage(name, snapshot, counts), out, ensure_ascii=False, indent=2)
        with _text(target, "README.md") as out:
            out.write(readme(name, snapshot, counts))
        target.close()
    except BaseException:
        target.close()
        _remove(partial)
        raise
    _remove(final)
    os.replace(partial, final)
    return final, counts


def _remove(path: Path):
    if path.is_dir():
        shutil.rmtree(path)
    elif path.exists():
        path.unlink()


def _write_documents(target, snapshot, progress) -> int:
    releases = snapshot.releases().order_by("pk").for_detail()
    total = releases.count()
    report = progress(DOCUMENTS) if progress else None

    def absolute(path):
        return f"{snapshot.site}{path}"

    done = 0
    with _text(target, DOCUMENTS) as out:
        for release in releases.iterator(chunk_size=500):
            out.write(json.dumps(release_data(release, absolute), ensure_ascii=False))
            out.write("\n")
            done += 1
            if report and done % 500 == 0:
                report(done, total)
    if report:
        report(done, done)
    return done


def _write_table(target, table, snapshot, progress) -> int:
    """One CSV file; progress is told once it is written (its length is not known before)."""
    done = 0
    with _text(target, table.path) as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow([column.name for column in table.columns])
        for row in table.rows(snapshot):
            writer.writerow(
                [column.to_text(value) for column, value in zip(table.columns, row, strict=True)]
            )
            done += 1
    if progress:
        progress(table.path)(done, done)
    return done


def datapackage(name, snapshot, counts) -> dict:
    """The dump described as a Frictionless Data Package."""
    package = {
        "profile": "data-package",
        "name": name,
        "title": "Pressroom: the public archive of press conferences",
        "created": timezone.localtime(snapshot.now).isoformat(timespec="seconds"),
        "homepage": snapshot.site or None,
        "pressroom": {
            "format_version": FORMAT_VERSION,
            "api_schema_version": SCHEMA_VERSION,
            "rows": counts,
        },
        "resources": [
            {
                "name": "release-documents",
                "title": "Releases with their structure, one JSON object a line",
                "path": DOCUMENTS,
                "format": "jsonl",
                "mediatype": "application/jsonl",
                "encoding": "utf-8",
                "description": (
                    "Each line is what /api/releases/<id>/ returns for one release "
                    f"(schema_version {SCHEMA_VERSION}; see the site's README, Open data)."
                ),
            },
            *(table.resource() for table in TABLES),
        ],
    }
    if settings.DATA_LICENCE:
        package["licenses"] = [{"name": settings.DATA_LICENCE}]
    if not package["homepage"]:
        del package["homepage"]
    return package


def readme(name, snapshot, counts) -> str:
    licence = settings.DATA_LICENCE or (
        "not stated yet. The site's operator states it here, by setting PRESSROOM_DATA_LICENCE "
        "(e.g. CC-BY-4.0) before the next export."
    )
    lines = [
        f"# {name}",
        "",
        "The public archive of Pressroom, a structured archive of government press conferences:",
        "every published release, who spoke, what was asked and answered, the figures quoted.",
        "",
        f"- Exported: {timezone.localtime(snapshot.now).isoformat(timespec='seconds')}",
        f"- Site: {snapshot.site or '(no PRESSROOM_SITE_URL set: URLs are paths on the site)'}",
        f"- Licence: {licence}",
        "",
        "## Files",
        "",
        "| file | rows | what |",
        "| --- | --- | --- |",
        f"| {DOCUMENTS} | {counts[DOCUMENTS]} | one release a line, as the JSON API gives it |",
        *(f"| {t.path} | {counts[t.path]} | {t.title} |" for t in TABLES),
        "| datapackage.json | | the files' fields and types (Frictionless Data Package) |",
        "",
        "Datetimes are ISO 8601 in Beijing time with microseconds; figure values are exact",
        "decimals; an empty cell is no value. Ids are the site's own, stable across dumps.",
        "",
        "A Pressroom site can be rebuilt from this file into an empty database:",
        f"`python manage.py import_archive {name}.zip` (photos' image files are not included).",
        "",
    ]
    return "\n".join(lines)
