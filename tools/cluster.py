#!/usr/bin/env python
"""`make cluster`: the production setup on this machine, to measure it (README, "Running at scale").

PostgreSQL (its own database, with the demo content), Redis, two gunicorn app servers
under the production settings, Varnish in front of both on one port, the background
task worker and the job scheduler. `make cluster-stop` (this script with `stop`) ends them.

The cluster speaks plain HTTP on 127.0.0.1 for measuring: Varnish tells the app that the
visitor came over HTTPS, as the TLS terminator in front of it does in production. Browsers
would upgrade its assets to https (the production headers say so): look at the site with
`make run`. The production settings refuse a loopback address for links in emails, so
they point to https://osallistu.example.fi, and mail goes to a local sink that drops it.
"""

import contextlib
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from config.varnish import run as varnish  # noqa: E402 - after the repository is importable

STATE = ROOT / ".cluster"
PYTHON = sys.executable
DATABASE = "osallistu_cluster"
PORT = int(os.environ.get("CLUSTER_PORT", "8100"))
APP_PORTS = [PORT + 1, PORT + 2]
MAIL_PORT = PORT + 25
# Varnish is the only client of the app servers: it tells them the scheme the visitor used.
PLAIN_HTTP_VCL = 'sub vcl_recv {\n    set req.http.X-Forwarded-Proto = "https";\n}\n'


def environment():
    secret = STATE / "secret_key"
    if not secret.exists():
        secret.write_text(secrets.token_urlsafe(50))
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": secret.read_text(),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{DATABASE}",
        "CONN_MAX_AGE": "60",
        "REDIS_URL": "redis://127.0.0.1:6379/3",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(MAIL_PORT),
        "EMAIL_USE_TLS": "false",
        "DEFAULT_FROM_EMAIL": "osallistu@example.fi",
        "ERROR_EMAIL": "verkkotiimi@example.fi",
        "WAGTAILADMIN_BASE_URL": "https://osallistu.example.fi",
        "VARNISH_URL": f"http://127.0.0.1:{PORT}",
        "TRUSTED_PROXY_COUNT": "1",
        "WEB_CONCURRENCY": os.environ.get("WEB_CONCURRENCY", "2"),
        # `make loadtest` plays hundreds of residents from this one address.
        "PUBLIC_FORM_RATE_LIMIT": "100000/5m",
        "PUBLIC_FORM_TARGET_RATE_LIMIT": "100000/5m",
    }


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True)


def spawn(name, command, env):
    log = (STATE / f"{name}.log").open("w")
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    (STATE / f"{name}.pid").write_text(str(process.pid))
    return process


def ensure_redis():
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=2).close()
    except OSError:
        if not shutil.which("redis-server"):
            sys.exit("Redis is neither running on 127.0.0.1:6379 nor installed (Debian: redis-server).")
        subprocess.run(
            ["redis-server", "--bind", "127.0.0.1", "--port", "6379", "--daemonize", "yes"], check=True
        )


def prepare_database(env):
    if subprocess.run(["pg_isready", "-h", "127.0.0.1", "-p", "5432", "-q"], check=False).returncode:
        cluster = next(Path("/etc/postgresql").iterdir()).name
        subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", cluster, "main", "start"], check=True)
    databases = subprocess.run(
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-tAc", "SELECT datname FROM pg_database"],
        capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    exists = DATABASE in databases
    if not exists:
        subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", DATABASE], check=True)
    env = {key: value for key, value in env.items() if key != "VARNISH_URL"}  # nothing to purge yet
    manage(env, "migrate", "--no-input", "-v", "0")
    if not exists:
        manage(env, "load_demo_content")
    manage(
        env,
        "shell",
        "-c",
        f"from wagtail.models import Site; Site.objects.update(hostname='127.0.0.1', port={PORT})",
    )
    manage(env, "collectstatic", "--no-input", "-v", "0")


def start():
    if any(STATE.glob("*.pid")):
        sys.exit("The cluster is already running: make cluster-stop first.")
    STATE.mkdir(exist_ok=True)
    env = environment()
    ensure_redis()
    prepare_database(env)
    spawn(
        "mail",
        [PYTHON, "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{MAIL_PORT}", "-c", "aiosmtpd.handlers.Sink"],
        env,
    )
    for number, port in enumerate(APP_PORTS, start=1):
        gunicorn = [str(Path(PYTHON).parent / "gunicorn"), "-c", "config/gunicorn.py", "config.wsgi"]
        spawn(f"app{number}", gunicorn, {**env, "GUNICORN_BIND": f"127.0.0.1:{port}"})
    spawn("worker", [PYTHON, "manage.py", "db_worker"], env)
    spawn("jobs", [PYTHON, "manage.py", "run_jobs"], env)
    for port in APP_PORTS:
        wait_for(f"http://127.0.0.1:{port}/healthz")
    process, url = varnish.start(
        [f"127.0.0.1:{port}" for port in APP_PORTS], port=PORT, workdir=STATE / "varnish",
        extra_vcl=PLAIN_HTTP_VCL, start_new_session=True,
    )  # fmt: skip
    (STATE / "varnish.pid").write_text(str(process.pid))
    wait_for(f"{url}/fi/")
    print(
        f"\nThe cluster answers at {url}/fi/ (Varnish in front of two gunicorn servers on ports "
        f"{APP_PORTS[0]} and {APP_PORTS[1]}, production settings, database {DATABASE})."
    )
    print(f"Logs in {STATE}/. `make bench` and `make loadtest` measure it; `make cluster-stop` stops it.")


def wait_for(url, seconds=60, headers=None):
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(urllib.request.Request(url, headers=headers or {}), timeout=5):  # noqa: S310
                return
        except OSError:
            if time.monotonic() > deadline:
                sys.exit(f"{url} did not answer in {seconds} s: see the logs in {STATE}/.")
            time.sleep(0.5)


def stop():
    for pid_file in sorted(STATE.glob("*.pid")):
        stop_process(pid_file)
    shutil.rmtree(STATE / "varnish", ignore_errors=True)


def stop_process(pid_file):
    """Stop the process group a pid file names, politely first."""
    pid = int(pid_file.read_text())
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pid, signal.SIGTERM)
    for _ in range(50):
        try:
            os.killpg(pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.2)
    else:
        os.killpg(pid, signal.SIGKILL)
    pid_file.unlink()
    print(f"Stopped {pid_file.stem}.")


if __name__ == "__main__":
    stop() if sys.argv[1:] == ["stop"] else start()
