"""`make bench-http`: what a request to Pressroom costs over HTTP, against what the machine
can serve, with and without the nginx cache (deploy/nginx/pressroom.conf).

    python -m bench.http_bench        # BENCH_SECONDS=10 per run, BENCH_ROUNDS=3
    BENCH_ONLY='detail' python -m bench.http_bench   # only cases matching (and the references)

Servers, all started here on free loopback ports and stopped by PID at the end (also on
error or Ctrl-C):
  * Pressroom: gunicorn pressroom.wsgi, 2 sync workers (as `make run`, without its access
    log), DEBUG off, a temporary migrated SQLite database with the reference release; and
    a second one on the same database with nothing kept (DJANGO_PAGE_CACHE_SECONDS=0,
    DJANGO_FRAGMENT_CACHE_SECONDS=0);
  * the bare-Django ceiling: gunicorn, 2 sync workers, bench/ceiling.py answering the
    detail page's bytes from memory;
  * nginx serving the same bytes as a static file (2 workers, sendfile, no access log);
  * nginx with the shipped config as a caching proxy in front of Pressroom (no access log);
  * the Wagtail peer (../shared/peers/wagtail) when set up: WAGTAIL_PEER=<its set-up copy>,
    or found at /tmp/pressroom-wagtail-peer; gunicorn, 2 sync workers, as its README says.

Cases: nginx static; the ceiling; Pressroom's detail, index and search pages, each as a
full render (a second Pressroom server with the page cache and the pages kept whole
switched off: what a page costs the first time after a change to it), a page-cache miss
(a distinct `_=<n>` query string per request, from a wrk Lua script: no cache keyed on the
URL can answer; the page reads no such parameter, so the body kept for it serves, as it
does after a change elsewhere in the archive), warm (the same URL again and again) and 304
(If-None-Match with the page's ETag); the pages through the nginx cache (warm, 304, and
the detail page gzipped on the fly); the peer's detail and index pages.

Method: every case is checked once (status, cache status), warmed up for 1 s unmeasured,
then run as `wrk -t2 -c32 -d<BENCH_SECONDS>s --timeout 10s --latency`, in BENCH_ROUNDS interleaved
rounds (odd rounds in order, even rounds reversed). Reported: medians over the rounds of
req/s and p99, ratios as medians of per-round ratios (× nginx static, × ceiling,
× Wagtail for the same kind of page), and server CPU per request: user+system time of the
server's process tree (/proc/<pid>/stat) over the run divided by the requests completed.
The table is printed and written to bench/data/http-latest.md.
"""

import http.client
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from deploy.loopback import (
    HOST,
    ROOT,
    Servers,
    cpu_seconds,
    ensure_debian_packages,
    find_command,
    free_port,
    gunicorn_command,
    make_run_dir,
    prepare_site,
    stop_on_signals,
)
from deploy.nginx.render import render_standalone

OUT = ROOT / "bench" / "data" / "http-latest.md"
DEFAULT_PEER = Path("/tmp/pressroom-wagtail-peer")
WRK_THREADS, WRK_CONNECTIONS = 2, 32
SEARCH = "/search/?q=%E7%AE%A1%E5%BB%8A"  # 管廊
PAGES = {"detail": "/releases/2023/1/", "index": "/", "search": SEARCH}
PEER_PAGES = {"detail": "/releases/weihai-jingzhi-chengshi-luntan/", "index": "/releases/"}

STATIC_NGINX = """\
worker_processes 2;
daemon off;
pid {run}/static-nginx.pid;
error_log {run}/static-nginx-error.log warn;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    charset utf-8;
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 65;
    access_log off;
    client_body_temp_path {run}/static-tmp;
    proxy_temp_path {run}/static-tmp;
    fastcgi_temp_path {run}/static-tmp;
    uwsgi_temp_path {run}/static-tmp;
    scgi_temp_path {run}/static-tmp;
    server {{
        listen {host}:{port};
        root {run}/www;
    }}
}}
"""

# A distinct query string on every request: `?_=<thread>-<n>` or `&_=…`.
COLD_LUA = """\
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end
local counter = 0
local sep = string.find(wrk.path, "?", 1, true) and "&" or "?"
request = function()
  counter = counter + 1
  return wrk.format(nil, wrk.path .. sep .. "_=" .. tid .. "-" .. counter)
end
"""


LABELS = {"cold": "page-cache miss"}


@dataclass
class Case:
    name: str
    server: str
    path: str
    kind: str = "warm"  # warm | cold | 304 | gzip
    page: str = ""  # detail | index | search: compared with the peer's page of that kind
    headers: dict = field(default_factory=dict)
    runs: list = field(default_factory=list)  # one dict per round


def env_int(name, default):
    value = os.environ.get(name, "")
    return int(value) if value.strip() else default


def find_peer():
    configured = os.environ.get("WAGTAIL_PEER", "").strip()
    peer = Path(configured) if configured else DEFAULT_PEER
    ready = (peer / ".venv/bin/gunicorn").exists() and (peer / "site/var/db.sqlite3").exists()
    if configured and not ready:
        sys.exit(f"WAGTAIL_PEER={configured} is not a set-up peer (run its setup.sh first)")
    return peer if ready else None


def fetch(port, path, headers=None):
    conn = http.client.HTTPConnection(HOST, port, timeout=30)
    try:
        conn.request("GET", path, headers=headers or {})
        response = conn.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        conn.close()


def cases(peer):
    out = [
        Case("nginx static file (detail page bytes)", "static", "/detail.html"),
        Case("bare Django view, bytes from memory (ceiling)", "ceiling", "/"),
    ]
    for page, path in PAGES.items():
        out.append(Case(f"Pressroom {page}, full render", "render", path, "warm", page))
        for kind in ("cold", "warm", "304"):
            label = LABELS.get(kind, kind)
            out.append(Case(f"Pressroom {page}, {label}", "pressroom", path, kind, page))
    for page, path in PAGES.items():
        out.append(Case(f"nginx cache → Pressroom {page}, warm (HIT)", "proxy", path, "warm", page))
    out.append(
        Case("nginx cache → Pressroom detail, 304", "proxy", PAGES["detail"], "304", "detail")
    )
    out.append(
        Case(
            "nginx cache → Pressroom detail, gzip on the fly",
            "proxy",
            PAGES["detail"],
            "gzip",
            "detail",
            {"Accept-Encoding": "gzip"},
        )
    )
    if peer:
        for page, path in PEER_PAGES.items():
            out.append(Case(f"Wagtail peer {page}", "wagtail", path, "warm", page))
    return out


def prepare_case(case, port):
    """One checked request (or two, to fill the cache); 304 cases get the page's ETag."""
    if case.kind == "304":
        status, headers, _ = fetch(port, case.path)
        etag = headers.get("etag")
        if status != 200 or not etag:
            raise RuntimeError(f"{case.name}: no ETag on {case.path} ({status})")
        case.headers = {"If-None-Match": etag}
    expected = 304 if case.kind == "304" else 200
    path = case.path + ("&_=check" if "?" in case.path else "?_=check") * (case.kind == "cold")
    for _ in range(2 if case.server == "proxy" else 1):
        status, headers, _ = fetch(port, path, case.headers)
    if status != expected:
        raise RuntimeError(f"{case.name}: {path} answered {status}, expected {expected}")
    if case.server == "proxy" and headers.get("x-cache-status") != "HIT":
        raise RuntimeError(f"{case.name}: not a cache HIT ({headers.get('x-cache-status')})")
    if case.kind == "gzip" and headers.get("content-encoding") != "gzip":
        raise RuntimeError(f"{case.name}: not gzipped")


def to_ms(text):
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def wrk(port, case, seconds, lua):
    command = [
        find_command("wrk"),
        f"-t{WRK_THREADS}",
        f"-c{WRK_CONNECTIONS}",
        f"-d{seconds}s",
        "--timeout",
        "10s",  # wrk's default (2 s) drops the slow answers from the latency
        "--latency",
    ]
    for name, value in case.headers.items():
        command += ["-H", f"{name}: {value}"]
    if case.kind == "cold":
        command += ["-s", str(lua)]
    command.append(f"http://{HOST}:{port}{case.path}")
    result = subprocess.run(
        command, capture_output=True, text=True, timeout=seconds + 30, check=True
    )
    text = result.stdout
    errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text
    )
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1)),
        "requests": int(re.search(r"(\d+) requests in", text).group(1)),
        "p99": to_ms(re.search(r"^\s+99%\s+(\S+)", text, re.M).group(1)),
        "errors": (sum(map(int, errors.groups())) if errors else 0)
        + (int(non2xx.group(1)) if non2xx else 0),
    }


def measure(servers, ports, case, seconds, lua):
    port = ports[case.server]
    wrk(port, case, 1, lua)  # warm-up, not measured
    pids = servers.pids(case.server)
    before = cpu_seconds(pids)
    result = wrk(port, case, seconds, lua)
    used = cpu_seconds(pids) - before
    if not result["requests"]:
        result["p99"] = float("nan")
    result["cpu"] = used / result["requests"] if result["requests"] else float("nan")
    return result


QUIET = ("--log-level", "warning")


def start_servers(servers, run, peer):
    names = ("pressroom", "render", "ceiling", "static", "proxy", "wagtail")
    ports = {name: free_port() for name in names}
    env = prepare_site(run, site_url=f"http://{HOST}:{ports['proxy']}")
    body = start_django(servers, run, ports, env)
    start_nginx(servers, run, ports)
    if peer:
        start_peer(servers, ports, peer)
    return ports, len(body)


def start_django(servers, run, ports, env):
    """Pressroom, Pressroom rendering every page, and the bare view serving the release
    page's bytes. Returns those bytes."""
    servers.start(
        "pressroom",
        gunicorn_command("pressroom.wsgi", ports["pressroom"], *QUIET),
        ports["pressroom"],
        probe=PAGES["detail"],
        env=env,
    )
    # The same site with nothing kept: every request renders the whole page (the counts
    # stay cached, as they are between two changes).
    servers.start(
        "render",
        gunicorn_command("pressroom.wsgi", ports["render"], *QUIET),
        ports["render"],
        probe=PAGES["detail"],
        env=dict(env, DJANGO_PAGE_CACHE_SECONDS="0", DJANGO_FRAGMENT_CACHE_SECONDS="0"),
    )
    www = run / "www"
    www.mkdir()
    www.chmod(0o755)
    _, _, body = fetch(ports["pressroom"], PAGES["detail"])
    (www / "detail.html").write_bytes(body)
    servers.start(
        "ceiling",
        gunicorn_command("bench.ceiling:application", ports["ceiling"], *QUIET),
        ports["ceiling"],
        env=dict(env, CEILING_BODY=str(www / "detail.html")),
    )
    return body


def start_nginx(servers, run, ports):
    """nginx serving the release page as a file, and nginx caching in front of Pressroom."""
    nginx = find_command("nginx")
    (run / "static-tmp").mkdir()
    static_conf = run / "static-nginx.conf"
    static_conf.write_text(STATIC_NGINX.format(run=run, host=HOST, port=ports["static"]))
    servers.start(
        "static",
        [nginx, "-p", str(run), "-e", str(run / "static-nginx-error.log"), "-c", str(static_conf)],
        ports["static"],
        probe="/detail.html",
    )
    proxy_conf = run / "proxy-nginx.conf"
    proxy_conf.write_text(
        render_standalone(
            run,
            access_log=False,
            listen=f"{HOST}:{ports['proxy']}",
            server_name="127.0.0.1 localhost",
            upstream=f"{HOST}:{ports['pressroom']}",
            static_root=ROOT / "staticfiles",
            media_root=run / "media",
        )
    )
    servers.start(
        "proxy",
        [nginx, "-p", str(run), "-e", str(run / "nginx-error.log"), "-c", str(proxy_conf)],
        ports["proxy"],
        probe=PAGES["detail"],
    )


def start_peer(servers, ports, peer):
    """The Wagtail peer on its own gunicorn, with its own settings."""
    peer_env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_"))
    }
    peer_env["DJANGO_SETTINGS_MODULE"] = "pressarchive.settings.production"
    servers.start(
        "wagtail",
        gunicorn_command(
            "pressarchive.wsgi:application",
            ports["wagtail"],
            *QUIET,
            chdir=peer / "site",
            gunicorn=peer / ".venv/bin/gunicorn",
        ),
        ports["wagtail"],
        probe=PEER_PAGES["detail"],
        env=peer_env,
    )


def median_of(runs, key):
    """Median over the rounds that completed a request (NaN when none did)."""
    values = [r[key] for r in runs if r[key] == r[key]]
    return statistics.median(values) if values else float("nan")


def median_ratio(case, reference):
    if reference is None:
        return None
    ratios = [
        run["rps"] / ref["rps"]
        for run, ref in zip(case.runs, reference.runs, strict=True)
        if ref["rps"]
    ]
    return statistics.median(ratios) if ratios else None


def table(all_cases):
    static = next(c for c in all_cases if c.server == "static")
    ceiling = next(c for c in all_cases if c.server == "ceiling")
    peer = {c.page: c for c in all_cases if c.server == "wagtail"}
    with_peer = bool(peer)
    head = ["case", "req/s", "× nginx static", "× ceiling"] + (["× Wagtail"] if with_peer else [])
    head += ["p99", "CPU/request"]
    lines = ["| " + " | ".join(head) + " |", "| --- |" + " ---: |" * (len(head) - 1)]
    for case in all_cases:
        cells = [
            case.name,
            f"{statistics.median(r['rps'] for r in case.runs):,.0f}",
            ratio_text(median_ratio(case, static)),
            ratio_text(median_ratio(case, ceiling)),
        ]
        if with_peer:
            cells.append(ratio_text(median_ratio(case, peer.get(case.page))))
        cells.append(duration(median_of(case.runs, "p99") / 1000))
        cells.append(duration(median_of(case.runs, "cpu")))
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def ratio_text(ratio):
    return "—" if ratio is None else f"{ratio:.3g}"


def duration(seconds):
    if seconds != seconds:  # NaN: no request completed
        return "—"
    if seconds >= 0.001:
        return f"{seconds * 1000:.3g} ms"
    return f"{seconds * 1e6:.3g} µs"


def main():
    stop_on_signals()
    seconds = env_int("BENCH_SECONDS", 10)
    rounds = env_int("BENCH_ROUNDS", 3)
    ensure_debian_packages({"nginx": "nginx", "wrk": "wrk"})
    peer = find_peer()
    print(f"Wagtail peer: {peer or 'not set up (WAGTAIL_PEER), left out'}")
    run = make_run_dir("pressroom-bench-http-")
    lua = run / "cold.lua"
    lua.write_text(COLD_LUA)
    only = os.environ.get("BENCH_ONLY", "")
    load_before = os.getloadavg()[0]
    all_cases = [
        c for c in cases(peer) if c.server in ("static", "ceiling") or re.search(only, c.name)
    ]
    with Servers(run) as servers:
        ports, page_bytes = start_servers(servers, run, peer)
        for case in all_cases:
            prepare_case(case, ports[case.server])
        for number in range(1, rounds + 1):
            order = all_cases if number % 2 else list(reversed(all_cases))
            for case in order:
                result = measure(servers, ports, case, seconds, lua)
                case.runs.append(result)
                print(
                    f"round {number}/{rounds}  {case.name:<52} {result['rps']:>10,.0f} req/s"
                    f"  p99 {result['p99']:.3g} ms  CPU {duration(result['cpu'])}"
                    + (f"  ERRORS {result['errors']}" if result["errors"] else ""),
                    flush=True,
                )
    errors = {c.name: sum(r["errors"] for r in c.runs) for c in all_cases}
    nginx_version = subprocess.run(
        [find_command("nginx"), "-v"], capture_output=True, text=True, check=False
    ).stderr.strip()
    report = "\n".join(
        [
            f"`make bench-http`, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {platform.node()}, "
            f"{os.cpu_count()} cores; loopback, `wrk -t{WRK_THREADS} -c{WRK_CONNECTIONS} "
            f"-d{seconds}s --timeout 10s`, {rounds} interleaved round(s), medians; detail page "
            f"{page_bytes:,} bytes; {nginx_version}; load average (1 min) "
            f"{load_before:.2f} before, {os.getloadavg()[0]:.2f} after.",
            "",
            table(all_cases),
            "",
        ]
        + [f"Errors (socket or non-2xx/3xx) in {name}: {n}" for name, n in errors.items() if n]
    )
    print("\n" + report)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(report + "\n")
    print(f"written to {OUT.relative_to(ROOT)}")
    shutil.rmtree(run)
    return 0


if __name__ == "__main__":
    sys.exit(main())
