"""`make bench`: build a 100,000-release archive on SQLite and on PostgreSQL, then time
every kind of page on each (see bench/pages.py) and print one table.

The bench databases are separate from the developer's: bench/data/bench.sqlite3 and the
PostgreSQL database `pressroom_bench` (BENCH_POSTGRES_URL to change it). Data already
there is reused; only the missing releases are generated. Both are prepared at the same
time (one per core), and then measured one after the other.
"""

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"
PYTHON = sys.executable


def databases():
    postgres = os.environ.get(
        "BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/pressroom_bench"
    )
    return {"SQLite": f"sqlite:///{DATA / 'bench.sqlite3'}", "PostgreSQL": postgres}


def environment(url):
    env = dict(os.environ)
    env.update(
        DATABASE_URL=url,
        DJANGO_SECRET_KEY="bench-only-not-secret",
        DJANGO_DEBUG="False",
        DJANGO_SECURE_HTTPS="False",
        DJANGO_ALLOWED_HOSTS="localhost",
        DJANGO_LOG_LEVEL="ERROR",
        # The render path is what is measured: no page cache and no fragments (a repeat
        # would be a cache hit), the counts kept in this process's memory as a shared
        # cache would keep them.
        DJANGO_PAGE_CACHE_SECONDS="0",
        DJANGO_FRAGMENT_CACHE_SECONDS="0",
        DJANGO_CACHE_URL="locmem://",
    )
    return env


def manage(url, *args, capture=False):
    command = [PYTHON, str(ROOT / "manage.py"), *args]
    return subprocess.run(
        command,
        env=environment(url),
        check=True,
        text=True,
        stdout=subprocess.PIPE if capture else None,
    ).stdout


def create_postgres_database(url):
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{name}"')


def prepare(url, count):
    """Migrate, and generate releases up to ``count``; returns the running process."""
    script = (
        "from django.core.management import call_command\n"
        "from releases.models import Release\n"
        "call_command('migrate', verbosity=0)\n"
        f"missing = {count} - Release.objects.count()\n"
        "if missing > 0:\n"
        "    call_command('generate_releases', count=missing)\n"
        "else:\n"
        "    print(f'{Release.objects.count()} releases already there')\n"
    )
    return subprocess.Popen(
        [PYTHON, str(ROOT / "manage.py"), "shell", "-c", script], env=environment(url)
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=60)
    parser.add_argument("--only", choices=["SQLite", "PostgreSQL"])
    args = parser.parse_args()

    DATA.mkdir(parents=True, exist_ok=True)
    targets = {name: url for name, url in databases().items() if args.only in (None, name)}
    if "PostgreSQL" in targets:
        create_postgres_database(targets["PostgreSQL"])
    started = time.monotonic()
    processes = {name: prepare(url, args.count) for name, url in targets.items()}
    for name, process in processes.items():
        if process.wait() != 0:
            raise SystemExit(f"preparing the {name} bench database failed")
    print(f"\nBench data ready in {time.monotonic() - started:.0f} s.\n")
    manage(next(iter(targets.values())), "collectstatic", "--noinput", "--verbosity", "0")

    results = {}
    for name, url in targets.items():
        out = manage(url, "bench", "--json", "--requests", str(args.requests), capture=True)
        results[name] = json.loads(out.strip().splitlines()[-1])

    names = list(results)
    header = (
        f"{'page kind':32}"
        + "".join(f" | {name + ' p50':>14} {'p95':>8} {'queries':>7}" for name in names)
        + " | target p95"
    )
    print(header)
    print("-" * len(header))
    failed = []
    for i, row in enumerate(results[names[0]]):
        line = f"{row['kind']:32}"
        for name in names:
            r = results[name][i]
            mark = "" if r["p95"] < r["target"] else " !"
            if mark:
                failed.append(f"{name} {r['kind']}")
            line += f" | {r['p50']:11.1f} ms {r['p95']:5.1f} ms{mark:2}{r['queries']:5}"
        print(line + f" | < {row['target']} ms")
    print(
        f"\n{args.count:,} releases; {args.requests} timed requests per kind, Django test client."
    )
    if failed:
        print("Over target (!): " + ", ".join(failed))


if __name__ == "__main__":
    main()
