"""The dump's files agree with datapackage.json: every declared field is there, in order,
and every value parses as its declared type (a Frictionless validation by hand; the
frictionless library brings some twenty dependencies)."""

import csv
import datetime
import io
import json
import re
import zipfile
from decimal import Decimal

import pytest

from releases.models import Release

pytestmark = pytest.mark.django_db

NAME = re.compile(r"^pressroom-\d{4}-\d{2}-\d{2}$")


def parse(value, field):
    """value read as the field's Table Schema type; raises if it is not one."""
    kind = field["type"]
    if kind == "string":
        return value
    if kind == "integer":
        return int(value)
    if kind == "number":
        return Decimal(value)
    if kind == "boolean":
        return {"true": True, "false": False}[value]
    if kind == "date":
        return datetime.date.fromisoformat(value)
    if kind == "datetime":
        parsed = datetime.datetime.strptime(value, field["format"])
        assert parsed.tzinfo is not None
        return parsed
    raise AssertionError(f"undeclared type {kind}")


def read(dump):
    archive = zipfile.ZipFile(dump)
    root = dump.name.removesuffix(".zip")
    return archive, root, json.loads(archive.read(f"{root}/datapackage.json"))


def test_export_files_match_their_declared_fields_and_types(archive, export):
    dump = export()
    assert NAME.match(dump.name.removesuffix(".zip"))
    zipped, root, package = read(dump)
    assert package["name"] == root
    assert package["profile"] == "data-package"
    assert sorted(zipped.namelist()) == sorted(
        f"{root}/{name}"
        for name in ("datapackage.json", "README.md", *(r["path"] for r in package["resources"]))
    )
    tables = [r for r in package["resources"] if r.get("profile") == "tabular-data-resource"]
    assert {t["name"] for t in tables} >= {
        "releases", "speakers", "organisations", "outlets", "segments", "figures"
    }  # fmt: skip
    assert {t["name"] for t in tables} >= {"outlet_aliases"}
    keys = {}
    for table in tables:
        fields = table["schema"]["fields"]
        with zipped.open(f"{root}/{table['path']}") as raw:
            rows = list(csv.reader(io.TextIOWrapper(raw, "utf-8", newline="")))
        assert rows[0] == [f["name"] for f in fields], table["name"]
        assert package["pressroom"]["rows"][table["path"]] == len(rows) - 1
        for row in rows[1:]:
            for value, field in zip(row, fields, strict=True):
                if value in table["schema"]["missingValues"]:
                    assert not field.get("constraints", {}).get("required"), field["name"]
                else:
                    parse(value, field)
        if "id" in rows[0]:
            keys[table["name"]] = {int(row[0]) for row in rows[1:]}
        table["rows"] = rows
    # Foreign keys point at rows that are in the dump.
    for table in tables:
        for key in table["schema"].get("foreignKeys", []):
            column = table["rows"][0].index(key["fields"])
            target = keys[key["reference"]["resource"]]
            values = {int(row[column]) for row in table["rows"][1:] if row[column]}
            assert values <= target, (table["name"], key["fields"])
    public = Release.objects.published()
    assert keys["releases"] == set(public.values_list("pk", flat=True))


def test_export_releases_jsonl_is_the_api_detail_of_each_public_release(
    client, archive, export, settings
):
    settings.SITE_URL = "https://pressroom.example.org"
    zipped, root, _ = read(export())
    lines = zipped.read(f"{root}/releases.jsonl").decode("utf-8").splitlines()
    documents = [json.loads(line) for line in lines]
    assert [d["id"] for d in documents] == sorted(
        Release.objects.published().values_list("pk", flat=True)
    )
    for document in documents[:3]:
        assert client.get(f"/api/releases/{document['id']}/").json() == document


def test_export_states_the_licence_when_one_is_set(archive, export, settings):
    settings.DATA_LICENCE = "CC-BY-4.0"
    zipped, root, package = read(export())
    assert package["licenses"] == [{"name": "CC-BY-4.0"}]
    assert "- Licence: CC-BY-4.0" in zipped.read(f"{root}/README.md").decode()


def test_export_readme_asks_for_a_licence_when_none_is_set(archive, export, settings):
    settings.DATA_LICENCE = ""
    zipped, root, package = read(export())
    assert "licenses" not in package
    assert "Licence: not stated yet" in zipped.read(f"{root}/README.md").decode()


def test_export_folder_holds_the_same_files(archive, export):
    folder = export("--folder")
    assert folder.is_dir()
    assert (folder / "datapackage.json").exists()
    assert (folder / "releases.jsonl").read_text(encoding="utf-8").count("\n") == (
        Release.objects.published().count()
    )
    assert not [p for p in folder.parent.iterdir() if p.name.endswith(".partial")]


def test_export_costs_a_fixed_number_of_queries_not_one_per_release(
    archive, export, django_assert_max_num_queries
):
    # for_detail() prefetches per chunk: a fixed number of queries per 500 releases, not
    # one per release, and the whole archive is never held at once.
    with django_assert_max_num_queries(40):
        export()


def test_export_holds_the_public_notices_and_links_only_public_transcripts(archive, export):
    zipped, root, package = read(export())
    with zipped.open(f"{root}/notices.csv") as raw:
        rows = list(csv.DictReader(io.TextIOWrapper(raw, "utf-8", newline="")))
    by_title = {row["title"]: row for row in rows}
    assert set(by_title) == {"下周的发布会", "已举行、有实录", "已举行、待发布实录", "取消的发布会"}
    assert by_title["已举行、有实录"]["release_id"] == "1"  # the reference release
    assert by_title["已举行、待发布实录"]["release_id"] == ""  # scheduled: not in the dump
    assert by_title["取消的发布会"]["status"] == "cancelled"
    assert by_title["下周的发布会"]["speakers"].splitlines() == [
        "市住房城乡建设局局长 李瑞玲",
        "市自然资源和规划局副局长 张振山",
    ]
    resource = next(r for r in package["resources"] if r["name"] == "notices")
    assert {"fields": "release_id", "reference": {"resource": "releases", "fields": "id"}} in (
        resource["schema"]["foreignKeys"]
    )
