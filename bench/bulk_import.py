"""The bulk import's rate: N texts made from the importer's corpus, imported by
`manage.py import_release FOLDER` into an empty database, timed from the outside.

    .venv/bin/python bench/bulk_import.py                       # 10,000 texts, SQLite
    .venv/bin/python bench/bulk_import.py --database postgres://postgres@127.0.0.1:5432/NAME

Each text is a corpus article with its first line numbered ("…(第 17 篇)"), so every
fingerprint differs and nothing is skipped as a duplicate. The texts are written to a
temporary folder; the SQLite database is a temporary file; a PostgreSQL database is
created when missing and must hold no releases.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script, it still imports from the project

from bench.run import create_postgres_database  # noqa: E402

CORPUS = ROOT / "tests" / "importing" / "corpus"


def write_texts(folder, count):
    articles = [path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.txt"))]
    for n in range(count):
        lines = articles[n % len(articles)].splitlines()
        first = next(i for i, line in enumerate(lines) if line.strip())
        lines[first] = f"{lines[first].rstrip()}(第 {n + 1} 篇)"
        (folder / f"{n + 1:06d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def manage(env, *args, **kwargs):
    return subprocess.run([sys.executable, str(ROOT / "manage.py"), *args], env=env, **kwargs)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--database", help="a postgres:// URL (default: a temporary SQLite file)")
    options = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="pressroom-bulk-") as temp:
        folder = Path(temp) / "texts"
        folder.mkdir()
        write_texts(folder, options.count)
        size = sum(path.stat().st_size for path in folder.iterdir())
        url = options.database or f"sqlite:///{Path(temp) / 'bulk.sqlite3'}"
        if url.startswith("postgres"):
            create_postgres_database(url)
        env = dict(
            os.environ,
            DATABASE_URL=url,
            DJANGO_SECRET_KEY="bench-only-not-secret",
            DJANGO_SECURE_HTTPS="False",
            DJANGO_CACHE_URL=f"file://{Path(temp) / 'cache'}",
            DJANGO_LOG_LEVEL="ERROR",
        )
        manage(env, "migrate", "--verbosity", "0", check=True)
        started = time.monotonic()
        done = manage(
            env,
            "import_release",
            str(folder),
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        elapsed = time.monotonic() - started
        summary = done.stdout.strip().splitlines()
        totals = next((line for line in reversed(summary) if line.startswith("共 ")), "")
        vendor = "PostgreSQL" if url.startswith("postgres") else "SQLite"
        print(
            f"{vendor}: {options.count:,} texts ({size / 1e6:.1f} MB) in {elapsed:,.1f} s, "
            f"{options.count / elapsed:,.1f} texts/s (exit {done.returncode}); {totals}"
        )


if __name__ == "__main__":
    main()
