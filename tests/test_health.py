"""/healthz answers while the process runs; /readyz only when the database is usable, within 2 s."""

import socket
import threading
import time

import pytest

from tests.subprocess_django import run_python

PROBE = """
import time, django
django.setup()
from django.test import Client
started = time.monotonic()
response = Client().get("/readyz")
print(response.status_code, round(time.monotonic() - started, 2), response.content.decode().strip())
"""


def _probe(database_url):
    result = run_python(PROBE, env={"DATABASE_URL": database_url})
    assert result.returncode == 0, result.stderr
    status, seconds, message = result.stdout.strip().split(maxsplit=2)
    return int(status), float(seconds), message


def test_healthz_answers_without_touching_the_database(client):
    # No django_db mark: pytest-django raises if the view touches the database.
    response = client.get("/healthz")
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_readyz_is_ready_when_the_database_is_migrated(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.content == b"ready\n"


def test_readyz_is_not_ready_before_migrations(tmp_path):
    status, seconds, message = _probe(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    assert status == 503
    assert "migrations not applied" in message
    assert seconds < 2


def test_readyz_is_not_ready_when_the_database_refuses_connections():
    with socket.socket() as placeholder:
        placeholder.bind(("127.0.0.1", 0))
        port = placeholder.getsockname()[1]  # closed again before the probe: nothing listens
    status, seconds, message = _probe(f"postgres://nobody@127.0.0.1:{port}/none")
    assert (status, message) == (503, "not ready: database unavailable")
    assert seconds < 2


def test_readyz_gives_up_on_a_hanging_database_within_two_seconds():
    """A server that accepts connections and never answers must not hold the probe."""
    server = socket.create_server(("127.0.0.1", 0))
    accepted = []
    stop = threading.Event()

    def accept_and_stay_silent():
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                accepted.append(server.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept_and_stay_silent, daemon=True)
    thread.start()
    try:
        started = time.monotonic()
        status, seconds, message = _probe(f"postgres://nobody@127.0.0.1:{server.getsockname()[1]}/none")
    finally:
        stop.set()
        thread.join()
        for connection in accepted:
            connection.close()
        server.close()
    assert (status, message) == (503, "not ready: database did not answer in time")
    assert seconds < 2
    assert accepted, "the probe should have reached the silent server"
    assert time.monotonic() - started < 30
