"""`make fault-test`: the site through a PostgreSQL outage. Starts gunicorn (2 workers) on a
scratch database (created, migrated, loaded, dropped at the end), loads `/` and
`/releases/2023/1/` from a few client threads, stops PostgreSQL, starts it again, and
counts the answers per phase. Success: nothing but 503 (or 200) during the outage, and
only 200 once a few seconds have passed after the restart.

PostgreSQL is always started again at the end, however the script ends. It stops the
machine's PostgreSQL for a few seconds: never run it where others share that server (CI). Half the
requests carry a new query string each, so that the page cache cannot answer them.

    python -m ops.fault_test [--postgres postgres://postgres@127.0.0.1:5432] [--outage 5]
"""

import argparse
import http.client
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import urlsplit

from ops.server import gunicorn, prepare, raise_exit, site_env

PATHS = ["/", "/releases/2023/1/"]


def cluster_version():
    versions = sorted(
        (p.name for p in Path("/etc/postgresql").iterdir() if p.name.replace(".", "").isdigit()),
        key=float,
    )
    if not versions:
        raise SystemExit("no PostgreSQL cluster under /etc/postgresql")
    return versions[-1]


def pg_ctl(version, action):
    command = ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", action]
    if action == "stop":
        command += ["-m", "fast"]
    subprocess.run(command, check=True)


def pg_running(version):
    result = subprocess.run(
        ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "status"],
        capture_output=True,
    )
    return result.returncode == 0


class Load:
    """Client threads asking for PATHS in turn; each answer counted under the current phase."""

    def __init__(self, base_url, threads=4):
        parts = urlsplit(base_url)
        self.address = (parts.hostname, parts.port)
        self.phase = "before"
        self.counts = defaultdict(Counter)
        self.lock = threading.Lock()
        self.running = True
        self.threads = [threading.Thread(target=self.run, args=(i,)) for i in range(threads)]

    def run(self, index):
        n = index
        while self.running:
            # Every other request carries a query string never seen before, so the page
            # cache cannot answer it and the database must.
            path = PATHS[n % len(PATHS)]
            uncached = (n // len(PATHS)) % 2 == 1
            if uncached:
                path += f"?fault={index}-{n}"
            n += 1
            phase = self.phase
            try:
                conn = http.client.HTTPConnection(*self.address, timeout=10)
                conn.request("GET", path, headers={"Host": "localhost"})
                response = conn.getresponse()
                response.read()
                result = response.status
                if result == 503 and response.getheader("Retry-After") != "30":
                    result = "503 without Retry-After"
                conn.close()
            except OSError as error:
                result = f"no answer ({type(error).__name__})"
            if uncached:
                result = f"{result} uncached"
            with self.lock:
                self.counts[phase][result] += 1
            time.sleep(0.02)

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self.running = False
        for thread in self.threads:
            thread.join()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", default="postgres://postgres@127.0.0.1:5432")
    parser.add_argument("--outage", type=float, default=5, help="seconds PostgreSQL is down")
    parser.add_argument("--grace", type=float, default=3, help="seconds allowed to recover")
    args = parser.parse_args(argv)

    import psycopg

    signal.signal(signal.SIGTERM, raise_exit)  # so the finally blocks restart PostgreSQL
    version = cluster_version()
    server = args.postgres.rstrip("/")
    name = f"pressroom_fault_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        with tempfile.TemporaryDirectory(prefix="pressroom-fault-") as tmp:
            # The workers share a page cache folder, as in production.
            env = site_env(f"{server}/{name}", f"file://{Path(tmp) / 'cache'}")
            prepare(env)
            log_path = Path(tmp) / "gunicorn.log"
            with gunicorn(env, workers=2, log_path=log_path) as base_url, Load(base_url) as load:
                time.sleep(5)
                load.phase = "stopping"
                print(f"stopping PostgreSQL {version} for {args.outage:g} s")
                try:
                    pg_ctl(version, "stop")
                    load.phase = "outage"
                    time.sleep(args.outage)
                finally:
                    load.phase = "starting"
                    pg_ctl(version, "start")
                load.phase = "recovering"
                time.sleep(args.grace)
                load.phase = "after"
                time.sleep(8)
            counts = load.counts
    finally:
        if not pg_running(version):
            pg_ctl(version, "start")
        with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    # While pg_ctlcluster stops or starts the server, requests may still (or already) get
    # through; once it is down, only 503s; after a few seconds' grace, only 200s.
    # The page cache may answer a page it holds at any time (200); a page it does not hold
    # needs the database: 503 while it is down.
    allowed = {
        "before": {200, "200 uncached"},
        "stopping": {200, 503, "200 uncached", "503 uncached"},
        "outage": {200, 503, "503 uncached"},
        "starting": {200, 503, "200 uncached", "503 uncached"},
        "recovering": {200, 503, "200 uncached", "503 uncached"},
        "after": {200, "200 uncached"},
    }
    failed = False
    for phase in allowed:
        answers = counts[phase]
        errors = sum(n for result, n in answers.items() if result not in allowed[phase])
        failed |= errors > 0 or (phase in ("before", "outage", "after") and not answers)
        listed = ", ".join(f"{result}: {n}" for result, n in sorted(answers.items(), key=str))
        print(f"{phase:>10}: {sum(answers.values())} requests ({listed}); {errors} errors")
    print(f"fault-test: {'FAILED' if failed else 'passed'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
