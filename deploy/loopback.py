"""Servers on loopback for `make nginx-check` and `make bench-http`: a throw-away Pressroom
(temporary SQLite database with the reference release), gunicorn and nginx as child
processes in the foreground, stopped by PID however the script ends.

Every server binds 127.0.0.1 on a port the kernel reported free; nothing here touches a
system nginx or any process it did not start.
"""

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
HOST = "127.0.0.1"
CLK_TCK = os.sysconf("SC_CLK_TCK")
POLICY_RC = Path("/usr/sbin/policy-rc.d")


def ensure_debian_packages(commands):
    """Install the Debian packages for the missing commands ({command: package}).

    A package's maintainer scripts may not start a service: a policy-rc.d that exits 101
    is put in place for the install when there is none, and removed afterwards.
    """
    missing = [pkg for cmd, pkg in commands.items() if not find_command(cmd)]
    if not missing:
        return
    if os.geteuid() != 0:
        sys.exit(f"missing {', '.join(missing)}: install them (apt-get, as root) and run again")
    created = False
    if not POLICY_RC.exists():
        POLICY_RC.write_text("#!/bin/sh\nexit 101\n")
        POLICY_RC.chmod(0o755)
        created = True
    try:
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env, timeout=300)
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing],
            check=True,
            env=env,
            timeout=600,
        )
    finally:
        if created:
            POLICY_RC.unlink(missing_ok=True)


def find_command(name):
    return shutil.which(name) or shutil.which(name, path="/usr/sbin:/usr/bin:/sbin:/bin")


def free_port():
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def stop_on_signals():
    """SIGTERM/SIGHUP (e.g. from `timeout`) unwind like Ctrl-C, so `finally` blocks run."""

    def handler(signum, frame):
        raise SystemExit(128 + signum)

    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, handler)


def make_run_dir(prefix):
    """A temporary folder nginx's workers (user nobody when started as root) can enter."""
    import tempfile

    run = Path(tempfile.mkdtemp(prefix=prefix))
    run.chmod(0o755)
    return run


# ------------------------------------------------------------------------- the site
def site_environment(run, site_url):
    """Pressroom's environment as in production, except plain HTTP on loopback, and a
    cache folder of its own (pages and counts of this database only; never the
    project's var/cache nor a Redis that other checkouts may share)."""
    env = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "DJANGO_CACHE_URL")}
    env.update(
        DJANGO_SECRET_KEY="loopback-only-not-secret",
        DJANGO_DEBUG="False",
        DJANGO_SECURE_HTTPS="False",
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        DATABASE_URL=f"sqlite:///{run / 'db.sqlite3'}",
        DJANGO_MEDIA_ROOT=str(run / "media"),
        DJANGO_LOG_LEVEL="ERROR",
        DJANGO_CACHE_URL=f"file://{run / 'django-cache'}",
        PRESSROOM_SITE_URL=site_url,
    )
    return env


def prepare_site(run, site_url):
    """Migrate a temporary SQLite database, load the reference release, collect static
    files (into the project's staticfiles/, as `make run` does). Returns the environment;
    `site_url` is the address the site's absolute links use (PRESSROOM_SITE_URL)."""
    env = site_environment(run, site_url)
    (run / "media").mkdir(exist_ok=True)
    (run / "media").chmod(0o755)
    python = str(VENV_BIN / "python")
    for args in (
        ["migrate", "--noinput", "--verbosity", "0"],
        ["load_reference_release"],
        ["collectstatic", "--noinput", "--verbosity", "0"],
    ):
        subprocess.run(
            [python, "manage.py", *args],
            cwd=ROOT,
            env=env,
            check=True,
            timeout=300,
            stdout=subprocess.DEVNULL,
        )
    return env


def gunicorn_command(app, port, *extra, workers=2, chdir=ROOT, gunicorn=None):
    return [
        str(gunicorn or VENV_BIN / "gunicorn"),
        app,
        "--chdir",
        str(chdir),
        "--bind",
        f"{HOST}:{port}",
        "--workers",
        str(workers),
        *extra,
    ]


# ---------------------------------------------------------------------- processes
class Servers:
    """Child processes started in the foreground and stopped by PID.

    Use as a context manager: leaving the block stops every server started in it."""

    def __init__(self, log_dir):
        self.log_dir = Path(log_dir)
        self.running = {}  # name -> Popen

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop_all()

    def start(self, name, command, port, probe="/", env=None, timeout=60):
        if port_open(port):
            raise RuntimeError(f"port {port} is already in use")
        with open(self.log_dir / f"{name}.log", "ab") as log:  # the child keeps its copy
            proc = subprocess.Popen(
                command, env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT
            )
        self.running[name] = proc
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise RuntimeError(
                    f"{name} exited with {proc.returncode}; see {self.log_dir / name}.log"
                )
            try:
                with urllib.request.urlopen(f"http://{HOST}:{port}{probe}", timeout=5) as r:
                    if r.status == 200:
                        break
            except OSError:
                time.sleep(0.2)
        else:
            raise RuntimeError(f"{name} did not answer {probe} within {timeout} s")
        time.sleep(0.5)  # the other workers finish booting
        return proc

    def pids(self, name):
        return tree_pids(self.running[name].pid)

    def stop(self, name):
        proc = self.running.pop(name)
        started = {pid: start_time(pid) for pid in tree_pids(proc.pid)}
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)  # nginx: fast shutdown; gunicorn: stop workers
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                pass
        for pid, started_at in started.items():  # whatever of its tree is left, by PID
            if pid != proc.pid and started_at is not None and start_time(pid) == started_at:
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
        if proc.poll() is None:
            proc.kill()
            proc.wait(5)

    def stop_all(self):
        for name in list(self.running):
            self.stop(name)


def start_time(pid):
    """When the process started (clock ticks since boot): tells a PID from its reuse."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return int(f.read().rsplit(")", 1)[1].split()[19])
    except (OSError, ValueError, IndexError):
        return None


def port_open(port):
    with socket.socket() as s:
        s.settimeout(0.3)
        return s.connect_ex((HOST, port)) == 0


def tree_pids(root):
    children = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(children.get(pid, []))
    return out


def cpu_seconds(pids):
    """User + system CPU time of these processes (children's exits not included)."""
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime
        except (OSError, ValueError, IndexError):
            pass
    return total / CLK_TCK
