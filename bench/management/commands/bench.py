"""Time each kind of public page against the current database (see bench/pages.py)."""

import json
import statistics
import time

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import connection
from django.test import Client

from bench.pages import PAGES, Sample


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


class QueryCounter:
    """Counts every statement, whether or not Django is logging queries."""

    count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


class Command(BaseCommand):
    help = "Measure p50/p95 and the query count of every page kind through Django's test client."

    def add_arguments(self, parser):
        parser.add_argument("--requests", type=int, default=60, help="timed requests per kind")
        parser.add_argument("--json", action="store_true", help="print rows as JSON")

    def handle(self, *args, requests, **options):
        client = Client(HTTP_HOST="localhost")
        sample = Sample.take(settings.RELEASES_PER_PAGE)
        rows = []
        for kind, target, urls_for in PAGES:
            urls = urls_for(sample)
            for url in urls:  # warm caches and the connection, and check the page works
                response = client.get(url)
                if response.status_code != 200:
                    raise SystemExit(f"{kind}: {url} answered {response.status_code}")
            counter = QueryCounter()
            with connection.execute_wrapper(counter):
                client.get(urls[0])
            timings = []
            for i in range(requests):
                url = urls[i % len(urls)]
                start = time.perf_counter()
                client.get(url)
                timings.append((time.perf_counter() - start) * 1000)
            rows.append(
                {
                    "kind": kind,
                    "p50": statistics.median(timings),
                    "p95": percentile(timings, 0.95),
                    "queries": counter.count,
                    "target": target,
                    "url": urls[0],
                }
            )
        if options["json"]:
            self.stdout.write(_dumps(rows))
        else:
            for row in rows:
                self.stdout.write(
                    f"{row['kind']:32} p50 {row['p50']:7.1f} ms  p95 {row['p95']:7.1f} ms  "
                    f"{row['queries']:3} queries  (target p95 < {row['target']} ms)"
                )


def _dumps(rows):
    return json.dumps(rows, ensure_ascii=False)
