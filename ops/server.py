"""A real gunicorn on loopback for the ops scripts: prepared database, started, waited for,
and always stopped by its PID (also on Ctrl-C or SIGTERM)."""

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def site_env(database_url, cache_url="locmem://", **extra):
    """The environment `make run` uses (production code paths, plain HTTP on loopback), on
    its own database and its own cache (a process's memory unless told otherwise: never
    the project's shared cache folder or a Redis another site uses)."""
    env = dict(os.environ)
    env.update(
        DJANGO_SECRET_KEY=env.get("DJANGO_SECRET_KEY") or "ops-scripts-not-for-production",
        DJANGO_SECURE_HTTPS="False",
        DJANGO_DEBUG="False",
        DJANGO_ALLOWED_HOSTS="localhost,127.0.0.1",
        DATABASE_URL=database_url,
        DJANGO_CACHE_URL=cache_url,
        **extra,
    )
    return env


def manage(env, *args, quiet=True):
    subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL if quiet else None,
    )


def prepare(env):
    """Migrate, load the reference release and collect static files (the hashed names the
    templates ask for)."""
    manage(env, "migrate", "--noinput")
    manage(env, "load_reference_release")
    manage(env, "collectstatic", "--noinput", "--verbosity", "0")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def raise_exit(signum, frame):
    raise SystemExit(128 + signum)


@contextlib.contextmanager
def gunicorn(env, workers=2, log_path=None):
    """Yields the base URL; gunicorn is stopped by its PID however the block ends."""
    port = free_port()
    log = open(log_path, "w") if log_path else subprocess.DEVNULL  # noqa: SIM115
    process = subprocess.Popen(
        [
            str(BIN / "gunicorn"),
            "pressroom.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--timeout",
            "30",
            "--graceful-timeout",
            "5",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=log,
    )
    previous = signal.signal(signal.SIGTERM, raise_exit)
    try:
        deadline = time.monotonic() + 30
        while True:
            if process.poll() is not None:
                raise SystemExit(f"gunicorn exited with {process.returncode} before serving")
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 1):
                break
            if time.monotonic() > deadline:
                raise SystemExit("gunicorn did not start within 30 s")
            time.sleep(0.2)
        yield f"http://127.0.0.1:{port}"
    finally:
        if process.poll() is None:
            os.kill(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.kill(process.pid, signal.SIGKILL)
                process.wait()
        signal.signal(signal.SIGTERM, previous)
        if log_path:
            log.close()
