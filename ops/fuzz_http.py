"""`make fuzz-http`: a few thousand malformed requests (ops/malformed.py) over raw sockets to a
real gunicorn on loopback, serving a throw-away SQLite archive. Prints the requests sent and
the 5xx seen; exits non-zero on any 5xx.

    python -m ops.fuzz_http [--requests 3000] [--seed 2023] [--threads 4]
"""

import argparse
import random
import socket
import sys
import tempfile
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

from ops import malformed
from ops.server import gunicorn, prepare, site_env


def raw_request(method, target, headers, body):
    lines = [f"{method} {target} HTTP/1.1"]
    lines += [f"{name}: {value}" for name, value in headers]
    if body:
        lines.append(f"Content-Length: {len(body)}")
    lines.append("Connection: close")
    head = "\r\n".join(lines).encode("utf-8", "surrogatepass") + b"\r\n\r\n"
    return head + body


def send(address, data):
    """The status code of the answer, or None when the server closed without one."""
    with socket.create_connection(address, timeout=20) as sock:
        sock.sendall(data)
        received = b""
        while b"\r\n" not in received:
            chunk = sock.recv(4096)
            if not chunk:
                break
            received += chunk
    try:
        return int(received.split(b" ", 2)[1])
    except (IndexError, ValueError):
        return None


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=2023)
    parser.add_argument("--threads", type=int, default=4)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="pressroom-fuzz-") as tmp:
        # The workers share a cache folder, as in production.
        env = site_env(f"sqlite:///{Path(tmp) / 'db.sqlite3'}", f"file://{Path(tmp) / 'cache'}")
        prepare(env)
        log_path = Path(tmp) / "gunicorn.log"
        with gunicorn(env, workers=2, log_path=log_path) as base_url:
            parts = urlsplit(base_url)
            address = (parts.hostname, parts.port)
            statuses = Counter()
            failures = []
            lock = threading.Lock()

            def one(index):
                rng = random.Random(f"{args.seed}-{index}")
                method, target, headers, body, host_is_bad = malformed.random_request(rng)
                status = send(address, raw_request(method, target, headers, body))
                with lock:
                    statuses[status] += 1
                    if status is not None and status >= 500:
                        failures.append((status, method, target, headers))
                    elif host_is_bad and status not in (400, None):
                        failures.append((status, method, target, headers))

            with ThreadPoolExecutor(args.threads) as pool:
                list(pool.map(one, range(args.requests)))
        server_errors = sum(n for status, n in statuses.items() if status and status >= 500)
        print(f"fuzz-http: {args.requests} requests sent to gunicorn, {server_errors} 5xx")
        print(
            "statuses: "
            + ", ".join(
                f"{status or 'no answer'}: {n}"
                for status, n in sorted(statuses.items(), key=lambda i: i[0] or 0)
            )
        )
        for status, method, target, headers in failures[:20]:
            print(f"  {status} {method} {target[:120]!r} {headers!r:.200}")
        if failures:
            print("--- gunicorn log (tail) ---")
            print(log_path.read_text(errors="replace")[-5000:])
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
