"""How long an import takes as the article grows: parse and write timed separately.

    .venv/bin/python bench/import_sizes.py [--sizes 100K,1M,10M] [--database URL]

Each article is a real one from the importer corpus (its header, lead and opening
statement) followed by its questions and answers repeated until the article reaches the
size in UTF-8 bytes; two shapes (see SHAPES). The parser reads at most 500,000
characters (about 1.5 MB of Chinese) and says so in a warning: a 10 MB article is cut.

The write (the draft, its parts and the search index, in one transaction) goes to
bench/data/imports.sqlite3 unless --database names another database (e.g.
postgres://postgres@127.0.0.1:5432/pressroom_imports, created if missing); each draft is
rolled back after it is timed.
"""

import argparse
import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "importing" / "corpus"
# Two real patterns: a ministry briefing's short 问/答 pairs (about 300 bytes a pair), and
# a city press conference's outlets and named officials (about 550 bytes a question).
# Each: the file, where its questions start and where they end (None: at the end).
SHAPES = {
    "问/答": ("230_mfa_qa_blind.txt", "问：", None),
    "outlets": ("010_jinan_host_outlets.txt", "大众日报记者：", "主持人 孙丽：今天"),
}


def article(shape, size):
    """An article of about ``size`` bytes: the header, lead and opening of a corpus
    article, then its questions and answers repeated, and its closing words."""
    name, first, closing = SHAPES[shape]
    text = (CORPUS / name).read_text(encoding="utf-8")
    head, rest = text.split(first, 1)
    qa, tail = rest.split(closing, 1) if closing else (rest, "")
    qa = first + qa.strip()
    tail = (closing or "") + tail
    parts = [head]
    length = len(head.encode()) + len(tail.encode())
    round_ = 0
    while length < size:
        round_ += 1
        # A different outlet each round, so that no two questions have the same asker.
        block = re.sub(r"^(\S+?)记者：", rf"\g<1>{round_}记者：", qa, flags=re.M) + "\n\n"
        parts.append(block)
        length += len(block.encode())
    return "".join(parts) + tail


def parse_size(value):
    units = {"K": 1_000, "M": 1_000_000}
    value = value.strip().upper()
    return int(float(value[:-1]) * units[value[-1]]) if value[-1] in units else int(value)


def setup(database):
    os.environ["DATABASE_URL"] = database
    os.environ.setdefault("DJANGO_SECRET_KEY", "bench-only-not-secret")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pressroom.settings")
    os.environ.setdefault("DJANGO_LOG_LEVEL", "ERROR")
    sys.path.insert(0, str(ROOT))
    if database.startswith("postgres"):
        import psycopg

        base, name = database.rsplit("/", 1)
        with psycopg.connect(base + "/postgres", autocommit=True) as conn:
            if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
                conn.execute(f'CREATE DATABASE "{name}"')
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100K,1M,10M")
    parser.add_argument(
        "--database", default=f"sqlite:///{ROOT / 'bench' / 'data' / 'imports.sqlite3'}"
    )
    options = parser.parse_args()
    (ROOT / "bench" / "data").mkdir(exist_ok=True)
    setup(options.database)

    from django.db import connection, transaction

    from releases.importing.parser import parse_article
    from releases.importing.writer import fingerprint, write

    print(f"database: {connection.vendor}")
    print(
        f"{'shape':<8} {'size':>5} {'bytes':>10} {'Q&A':>6} {'figures':>7} "
        f"{'parse s':>8} {'write s':>8}"
    )
    for shape in SHAPES:
        for label in options.sizes.split(","):
            text = article(shape, parse_size(label))
            started = time.perf_counter()
            parsed = parse_article(text)
            parse_seconds = time.perf_counter() - started
            # Written inside a transaction that is then rolled back: nothing stays
            # behind, and the same article can be timed again.
            with transaction.atomic():
                started = time.perf_counter()
                result = write(parsed, fingerprint(text))
                write_seconds = time.perf_counter() - started
                segments = result.release.segments.count()
                figures = result.release.figures.count()
                transaction.set_rollback(True)
            print(
                f"{shape:<8} {label:>5} {len(text.encode()):>10,} {segments:>6} {figures:>7} "
                f"{parse_seconds:>8.2f} {write_seconds:>8.2f}",
                flush=True,
            )


if __name__ == "__main__":
    main()
