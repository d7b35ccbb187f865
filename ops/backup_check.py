"""`make backup-check`: generate an archive, back it up with backup_database, restore it into a
new database with restore_database, and compare every public page of the two byte for byte.
Prints the pages compared and the differences; exits non-zero on any.

SQLite by default (temporary files). BACKUP_CHECK_POSTGRES=postgres://user@host:5432 runs it
on PostgreSQL instead, in two scratch databases it creates and drops.

    python -m ops.backup_check [--releases 200]
"""

import argparse
import base64
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from contextlib import contextmanager
from pathlib import Path

from ops.server import ROOT, manage, prepare, site_env


@contextmanager
def scratch_databases(tmp):
    """(original URL, restored URL): two new, empty databases, removed afterwards."""
    server = os.environ.get("BACKUP_CHECK_POSTGRES")
    if not server:
        yield f"sqlite:///{tmp / 'original.sqlite3'}", f"sqlite:///{tmp / 'restored.sqlite3'}"
        return
    import psycopg

    server = server.rstrip("/")
    suffix = uuid.uuid4().hex[:8]
    names = [f"pressroom_backupcheck_{suffix}_original", f"pressroom_backupcheck_{suffix}_restored"]
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        for name in names:
            admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield tuple(f"{server}/{name}" for name in names)
    finally:
        with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
            for name in names:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def pages(env, *args):
    subprocess.run([sys.executable, "-m", "ops.pages", *args], cwd=ROOT, env=env, check=True)


def read_pages(path):
    with open(path) as file:
        return [json.loads(line) for line in file]


def first_difference(a, b):
    for index, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            return index
    return min(len(a), len(b))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--releases", type=int, default=200)
    args = parser.parse_args(argv)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="pressroom-backup-") as tmp:
        tmp = Path(tmp)
        with scratch_databases(tmp) as (original_url, restored_url):
            original = site_env(original_url)
            restored = site_env(restored_url)
            engine = "PostgreSQL" if original_url.startswith("postgres") else "SQLite"
            print(f"backup-check on {engine}: {args.releases} generated releases")
            prepare(original)
            manage(original, "generate_releases", "--count", str(args.releases), "--seed", "7")
            print(f"  archive generated ({time.monotonic() - started:.0f} s)")
            backup = tmp / "archive.backup"
            manage(original, "backup_database", str(backup), quiet=False)
            manage(restored, "restore_database", str(backup), quiet=False)

            print(f"  backed up and restored ({time.monotonic() - started:.0f} s)")
            urls = tmp / "urls.txt"
            pages(original, "list", str(urls))
            print(f"  pages listed ({time.monotonic() - started:.0f} s)")
            # Both archives are read at once, one process each (two cores).
            fetches = [
                subprocess.Popen(
                    [sys.executable, "-m", "ops.pages", "fetch", str(urls), str(tmp / name)],
                    cwd=ROOT,
                    env=env,
                )
                for env, name in ((original, "original.jsonl"), (restored, "restored.jsonl"))
            ]
            if any(process.wait() for process in fetches):
                print("fetching pages failed")
                return 1
            before = read_pages(tmp / "original.jsonl")
            after = read_pages(tmp / "restored.jsonl")

    differences = 0
    statuses = {}
    for a, b in zip(before, after, strict=True):
        statuses[a["status"]] = statuses.get(a["status"], 0) + 1
        body_a, body_b = base64.b64decode(a["body"]), base64.b64decode(b["body"])
        if a["status"] != b["status"] or body_a != body_b:
            differences += 1
            if differences <= 20:
                at = first_difference(body_a, body_b)
                print(
                    f"  differs: {a['url']} (status {a['status']} vs {b['status']}, "
                    f"first different byte at {at}: {body_a[at : at + 60]!r} vs "
                    f"{body_b[at : at + 60]!r})"
                )
    not_ok = {status: n for status, n in statuses.items() if status != 200}
    print(
        f"backup-check: {len(before)} pages compared, {differences} differences "
        f"({time.monotonic() - started:.0f} s)"
    )
    if not_ok:
        print(f"pages that were not 200 in the original: {not_ok}")
    return 1 if differences or not_ok else 0


if __name__ == "__main__":
    sys.exit(main())
