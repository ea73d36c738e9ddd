#!/usr/bin/env python
"""Wagtail's own demo site, bakerydemo, beside `make cluster`, for `make bench` to compare with.

bakerydemo is not on PyPI: BAKERYDEMO names a clone of https://github.com/wagtail/bakerydemo
(any clone or mirror; this checks out COMMIT). It needs Python 3.12 or newer (Django 6.0):
BAKERYDEMO_PYTHON names the interpreter, else the first found on the PATH or under pyenv.
It gets a virtualenv of its own, a PostgreSQL database with its demo content and Redis
databases 0 and 1, and runs under its production settings in gunicorn with as many workers
as the cluster's two app servers have together, on the same machine.

    tools/bakerydemo.py start|stop
"""

import os
import secrets
import shutil
import subprocess
import sys
from pathlib import Path

import cluster

COMMIT = "8e2b625"  # its main branch on 2026-12-08: Wagtail 7.4, Django 6.0
HOME = cluster.STATE / "bakerydemo"
PORT = cluster.PORT + 10
DATABASE = "bakerydemo_bench"
# Its production requirements, without what only its cloud hosting needs (uwsgi, S3, Google
# Cloud, Elasticsearch); gunicorn serves it as it serves this site.
# Its production settings redirect plain HTTP to HTTPS unless the proxy in front says so.
HEADERS = {"X-Forwarded-Proto": "https"}
SERVER_REQUIREMENTS = [
    "psycopg[binary]>=3.3.3,<3.4", "whitenoise>=6.11.0,<7", "django-redis>=6.0.0,<7", "gunicorn==27.0.1",
]  # fmt: skip


def source():
    """A working tree of bakerydemo at COMMIT, or None when BAKERYDEMO is not set."""
    origin = os.environ.get("BAKERYDEMO")
    if not origin:
        return None
    tree = HOME / "src"
    if not tree.exists():
        subprocess.run(["git", "clone", "--quiet", "--no-checkout", origin, str(tree)], check=True)
    subprocess.run(["git", "-C", str(tree), "checkout", "--quiet", "--force", COMMIT], check=True)
    return tree


def environment():
    secret = HOME / "secret_key"
    if not secret.exists():
        secret.write_text(secrets.token_urlsafe(50))
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bakerydemo.settings.production",
        "DJANGO_SECRET_KEY": secret.read_text(),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{DATABASE}",
        "REDIS_URL": "redis://127.0.0.1:6379",  # it adds the database numbers, 0 and 1
        "DJANGO_LOG_LEVEL": "WARNING",
    }


def interpreter():
    """BAKERYDEMO_PYTHON, or the first Python 3.12 or newer on the PATH or installed by pyenv."""
    if os.environ.get("BAKERYDEMO_PYTHON"):
        return os.environ["BAKERYDEMO_PYTHON"]
    pyenv = sorted(Path.home().glob(".pyenv/versions/3.1[2-9]*/bin/python3"), reverse=True)
    for candidate in filter(shutil.which, ["python3.14", "python3.13", "python3.12", *map(str, pyenv)]):
        recent = "import sys; sys.exit(sys.version_info < (3, 12))"
        if subprocess.run([candidate, "-c", recent], capture_output=True, check=False).returncode == 0:
            return candidate
    sys.exit("bakerydemo needs Python 3.12 or newer (Django 6.0): set BAKERYDEMO_PYTHON.")


def install(tree):
    venv = HOME / "venv"
    marker = venv / f".installed-{COMMIT}"
    if not marker.exists():
        subprocess.run([interpreter(), "-m", "venv", str(venv)], check=True)
        pip = [str(venv / "bin" / "pip"), "install", "--quiet"]
        requirements = tree / "requirements" / "base.txt"
        subprocess.run([*pip, "-r", str(requirements), *SERVER_REQUIREMENTS], check=True)
        marker.touch()
    return venv / "bin"


def prepare_database(tree, bin_dir, env):
    manage = [str(bin_dir / "python"), "manage.py"]
    databases = subprocess.run(
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-tAc", "SELECT datname FROM pg_database"],
        capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    if DATABASE not in databases:
        subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", DATABASE], check=True)
        subprocess.run([*manage, "migrate", "--no-input", "-v", "0"], cwd=tree, env=env, check=True)
        subprocess.run([*manage, "load_initial_data"], cwd=tree, env=env, check=True)
    subprocess.run([*manage, "collectstatic", "--no-input", "-v", "0"], cwd=tree, env=env, check=True)


def workers():
    """As many as the cluster's two app servers have together."""
    return 2 * int(os.environ.get("WEB_CONCURRENCY", "2"))


def start():
    """Start bakerydemo and return its address, or None when BAKERYDEMO is not set."""
    HOME.mkdir(parents=True, exist_ok=True)
    tree = source()
    if tree is None:
        return None
    env = environment()
    bin_dir = install(tree)
    prepare_database(tree, bin_dir, env)
    gunicorn = [str(bin_dir / "gunicorn"), "-w", str(workers()), "-b", f"127.0.0.1:{PORT}", "bakerydemo.wsgi"]
    log = (HOME / "gunicorn.log").open("w")
    process = subprocess.Popen(
        gunicorn, cwd=tree, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    (cluster.STATE / "bakerydemo.pid").write_text(str(process.pid))
    url = f"http://127.0.0.1:{PORT}"
    cluster.wait_for(f"{url}/", headers=HEADERS)
    return url


def stop():
    pid_file = cluster.STATE / "bakerydemo.pid"
    if pid_file.exists():
        cluster.stop_process(pid_file)


if __name__ == "__main__":
    if sys.argv[1:] == ["stop"]:
        stop()
    else:
        print(start() or "Set BAKERYDEMO to a clone of https://github.com/wagtail/bakerydemo.")
