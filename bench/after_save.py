"""What a reader pays right after an editor's save, on the bench archive (`make bench` data).

Saves one published release as the admin would (one transaction; the archive's version
moves on and the counts are made again once it commits), then times the next requests
for the index, a filtered index, the archive and the statistics overview, which must find
the counts ready.

    DATABASE_URL=sqlite:///bench/data/bench.sqlite3 python bench/after_save.py
"""

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pressroom.settings")
os.environ.setdefault("DJANGO_SECRET_KEY", "bench-only-not-secret")
os.environ.setdefault("DJANGO_CACHE_URL", f"file://{tempfile.mkdtemp(prefix='pressroom-bench-')}")
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "localhost")
os.environ.setdefault("DJANGO_SECURE_HTTPS", "False")

import django  # noqa: E402

django.setup()

from django.db import transaction  # noqa: E402
from django.test import Client  # noqa: E402

from releases.models import Release  # noqa: E402

URLS = ["/", "/?channel=民生关注", "/archive/", "/en/", "/stats/"]


def timed(client, url):
    started = time.perf_counter()
    status = client.get(url).status_code
    return status, (time.perf_counter() - started) * 1000


def main():
    client = Client(HTTP_HOST="localhost")
    print(f"{Release.objects.count():,} releases")
    for url in URLS:
        client.get(url)  # counts made and pages cached before the save
    for round_ in range(3):
        release = Release.objects.published().order_by("-published_at")[round_]
        started = time.perf_counter()
        with transaction.atomic():
            release.title = f"{release.title.rstrip('*')}*"
            release.save()
        saved = (time.perf_counter() - started) * 1000
        print(f"save {round_ + 1}: the editor's request took {saved:.0f} ms (recount included)")
        for url in URLS:
            status, ms = timed(client, url)
            print(f"  next {url:24} {status} {ms:6.1f} ms")


if __name__ == "__main__":
    main()
