"""The embedded default's shared cache (releases/caching/file_backend.py): a folder that
every gunicorn worker reads and writes."""

import time

from releases.caching.file_backend import CULL_EVERY, FileCache


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


def test_the_folder_stays_bounded(tmp_path):
    cache = make_cache(tmp_path, MAX_ENTRIES=20, CULL_FREQUENCY=2)
    for number in range(3 * CULL_EVERY):
        cache.set(f"page-{number}", number, 60)
    assert len(list(tmp_path.iterdir())) <= 20 + CULL_EVERY
    assert cache.get(f"page-{3 * CULL_EVERY - 1}") == 3 * CULL_EVERY - 1
