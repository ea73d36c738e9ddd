"""`make run`'s SQLite database takes sign-ups in parallel: no "database is locked", no overbooking.

The dev server answers each request in its own thread with its own connection to
one database file. The test puts the site's frame into a file (a copy of the test
database on SQLite; built afresh when the tests run on PostgreSQL, as in CI), and a
process of its own under the dev settings adds a workshop with a session taking
sign-ups and posts sign-ups to it from many threads at once.
"""

import json
import sqlite3

import pytest
from django.db import connection

from tests.subprocess_django import run_manage, run_python

PEOPLE = 14

PARALLEL_SIGN_UPS = """
import json, threading
import django
django.setup()
from django.db import connection
from django.test import Client
from django.urls import reverse
from signups.models import Registration
from tests.factories import open_session

session = open_session(capacity=5, waitlist_capacity=4, max_group_size=1, languages=())
form = reverse("signups:signup", args=[session.translation_key])
connection.close()
people = PEOPLE
ready = threading.Barrier(people)
statuses = []


def sign_up(number):
    client = Client(HTTP_HOST="localhost", REMOTE_ADDR=f"198.51.100.{number}", raise_request_exception=False)
    details = {"name": f"Asukas {number}", "email": f"asukas{number}@example.fi", "phone": "",
               "language": "fi", "group_size": "1", "website": ""}
    ready.wait()
    try:
        statuses.append(client.post(form, details).status_code)
    finally:
        connection.close()


threads = [threading.Thread(target=sign_up, args=(number,)) for number in range(people)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
registrations = Registration.objects.filter(session_key=session.translation_key)
print("RESULT " + json.dumps({
    "statuses": sorted(statuses),
    "confirmed": registrations.filter(status="confirmed").count(),
    "waitlisted": registrations.filter(status="waitlisted").count(),
}))
"""


BUILD_FRAME = """
import django
django.setup()
from tests.factories import site
site.build_site()
"""


@pytest.fixture(scope="module")
def frame_database_file(django_db_setup, tmp_path_factory):
    """The site's frame in an SQLite file.

    On SQLite, the test database (in shared memory) copied; module-scoped, so it runs
    before the test's transaction begins (that transaction holds the write lock),
    through a connection of its own, giving up after 5 seconds.
    """
    path = tmp_path_factory.mktemp("sqlite") / "db.sqlite3"
    if connection.vendor != "sqlite":
        env = {"DATABASE_URL": f"sqlite:///{path}"}
        for result in (
            run_manage("migrate", "--no-input", env=env, timeout=300),
            run_python(BUILD_FRAME, env=env, timeout=300),
        ):
            assert result.returncode == 0, result.stderr[-3000:]
        return path
    source = sqlite3.connect(connection.settings_dict["NAME"], uri=True, timeout=5)
    try:
        source.execute("VACUUM INTO ?", (str(path),))
    finally:
        source.close()
    return path


@pytest.mark.django_db  # makes pytest-django create the test database when this runs alone
def test_parallel_sign_ups_on_the_dev_servers_sqlite_never_fail_or_overbook(frame_database_file):
    database = frame_database_file
    result = run_python(
        PARALLEL_SIGN_UPS.replace("PEOPLE", str(PEOPLE)),
        env={"DATABASE_URL": f"sqlite:///{database}"},
        settings="config.settings.dev",
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    [line] = [line for line in result.stdout.splitlines() if line.startswith("RESULT ")]
    outcome = json.loads(line.removeprefix("RESULT "))
    assert [status for status in outcome["statuses"] if status >= 500] == [], result.stderr[-3000:]
    assert (outcome["confirmed"], outcome["waitlisted"]) == (5, 4), "five places, four on the waitlist"
    assert outcome["statuses"] == [200] * 5 + [302] * 9, "the rest are told it is full"
