"""/data/pressroom-latest.zip: the newest dump written by export_archive."""

import os

import pytest

from releases.caching.pagecache import BYPASS_PREFIXES

URL = "/data/pressroom-latest.zip"


@pytest.fixture
def dump_dir(tmp_path, settings):
    settings.DUMP_DIR = tmp_path
    return tmp_path


def test_dump_url_is_404_before_any_export(client, dump_dir, db):
    assert client.get(URL).status_code == 404


def test_dump_url_serves_the_newest_dump(client, dump_dir, db):
    (dump_dir / "pressroom-2026-01-02.zip").write_bytes(b"PK older")
    (dump_dir / "pressroom-2026-03-04.zip").write_bytes(b"PK newer")
    (dump_dir / ".pressroom-2026-05-06.zip.partial").write_bytes(b"PK half written")
    response = client.get(URL)
    assert response.status_code == 200
    assert response.streaming
    assert response["Content-Type"] == "application/zip"
    assert 'filename="pressroom-2026-03-04.zip"' in response["Content-Disposition"]
    assert b"".join(response.streaming_content) == b"PK newer"
    assert response["Last-Modified"]


def test_dump_url_answers_head_and_refuses_post(client, dump_dir, db):
    (dump_dir / "pressroom-2026-03-04.zip").write_bytes(b"PK newer")
    head = client.head(URL)
    assert head.status_code == 200
    assert head["Content-Length"] == "8"
    assert client.post(URL).status_code == 405


def test_dump_url_is_not_modified_since_the_file_was_written(client, dump_dir, db):
    path = dump_dir / "pressroom-2026-03-04.zip"
    path.write_bytes(b"PK newer")
    os.utime(path, (1_700_000_000, 1_700_000_000))
    since = client.get(URL)["Last-Modified"]
    assert client.get(URL, headers={"if-modified-since": since}).status_code == 304


def test_dump_url_is_never_stored_by_the_page_cache(client, dump_dir, db):
    assert URL.startswith(BYPASS_PREFIXES)
    (dump_dir / "pressroom-2026-03-04.zip").write_bytes(b"PK first")
    client.get(URL)
    (dump_dir / "pressroom-2026-03-04.zip").write_bytes(b"PK second")
    assert b"".join(client.get(URL).streaming_content) == b"PK second"
