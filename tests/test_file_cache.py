"""The embedded default's shared cache (releases/caching/file_backend.py): a folder that
every gunicorn worker reads and writes."""

import shutil
import time
from pathlib import Path

import pytest

from releases.caching.file_backend import CULL_EVERY, DELETED_PER_WRITE, FileCache


def make_cache(folder, **options):
    return FileCache(str(folder), {"OPTIONS": options})


def test_a_value_written_by_one_process_is_read_by_another(tmp_path):
    page = ("tag", 200, [("Content-Type", "text/html")], "管廊 40.6 km".encode() * 5000)
    make_cache(tmp_path).set("page", page, 60)
    assert make_cache(tmp_path).get("page") == page
    assert make_cache(tmp_path).get_many(["page", "missing"]) == {"page": page}


def test_expired_values_and_touch(tmp_path):
    cache = make_cache(tmp_path)
    cache.set("short", "gone soon", 1)
    cache.set("kept", "stays", 1)
    assert cache.touch("kept", 60)
    assert not cache.touch("missing", 60)
    time.sleep(1.1)
    assert cache.get("short", "default") == "default"
    assert cache.get("kept") == "stays"


def test_the_folder_stays_bounded_and_no_write_deletes_many(tmp_path):
    cache = make_cache(tmp_path, MAX_ENTRIES=20)
    for number in range(3 * CULL_EVERY):
        before = len(list(tmp_path.glob("*.pickle")))
        cache.set(f"page-{number}", number, 60)
        # One new file, and at most a few old ones removed by this write.
        assert len(list(tmp_path.glob("*.pickle"))) >= before + 1 - DELETED_PER_WRITE
    assert len(list(tmp_path.glob("*.pickle"))) <= 20 + CULL_EVERY
    assert cache.get(f"page-{3 * CULL_EVERY - 1}") == 3 * CULL_EVERY - 1


def test_writes_leave_no_partial_files_and_survive_a_deleted_folder(tmp_path):
    folder = tmp_path / "cache"
    cache = make_cache(folder)
    cache.set("page", "first", 60)
    shutil.rmtree(folder)  # an operator empties the cache by hand
    cache.set("page", "second", 60)
    assert make_cache(folder).get("page") == "second"

    class Unpicklable:
        def __reduce__(self):
            raise TypeError("cannot be stored")

    with pytest.raises(TypeError):
        cache.set("page", Unpicklable(), 60)
    assert cache.get("page") == "second"
    assert [p.name for p in folder.rglob("*") if p.is_file()] == [
        Path(cache._key_to_file("page")).name
    ]
    cache.clear()
    assert cache.get("page") is None
