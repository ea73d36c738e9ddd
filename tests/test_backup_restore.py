"""Backups restore: the drill dumps the test database, restores it into a new one and serves a page from it.

The site's frame (home, sections, councils in three languages) is committed once per session
(tests/conftest.py), so pg_dump, reading from a connection of its own, sees it; what a test
builds inside its own transaction it would not. The files the drill adds go to the storages on disk.
"""

import json
import secrets
from urllib.parse import quote

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage, storages
from django.core.management import CommandError, call_command
from django.db import connection

from core import backups
from tests.subprocess_django import run_manage, run_python

postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="backups are pg_dump and pg_restore; CI runs this drill on PostgreSQL (DATABASE_URL)",
)

SERVE_FINNISH_HOME = """
import django
django.setup()
from django.test import Client
response = Client().get("/fi/")
print(response.status_code)
print(response.content.decode())
"""


def _url(database):
    """A DATABASE_URL for a subprocess (credentials as in the test settings)."""
    credentials = quote(database.get("USER") or "postgres", safe="")
    if database.get("PASSWORD"):
        credentials += ":" + quote(database["PASSWORD"], safe="")
    host = f"{database.get('HOST') or '127.0.0.1'}:{database.get('PORT') or 5432}"
    return f"postgres://{credentials}@{host}/{database['NAME']}"


@pytest.fixture
def empty_database():
    """A new, empty database beside the test database, dropped afterwards."""
    source = connection.settings_dict
    name = f"h_restore_{secrets.token_hex(4)}"
    with backups.connect({**source, "NAME": "postgres"}, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield {**source, "NAME": name}
    finally:
        with backups.connect({**source, "NAME": "postgres"}, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def drill_files():
    """A public media file and a private attachment, as an upload and an application would leave them."""
    saved = {
        "media": default_storage.save("drill/kuva.txt", ContentFile(b"media drill")),
        "private": storages["private"].save("drill/liite.txt", ContentFile(b"private drill")),
    }
    yield saved
    default_storage.delete(saved["media"])
    storages["private"].delete(saved["private"])


def _row_counts(database):
    with backups.connect(database) as db, db.cursor() as cursor:
        return backups.row_counts(cursor)


@postgresql_only
@pytest.mark.django_db
def test_a_backup_restores_into_an_empty_database_that_serves_the_site(tmp_path, empty_database, drill_files):
    source = connection.settings_dict
    call_command("backup", str(tmp_path / "backups"))
    (backup,) = (tmp_path / "backups").iterdir()

    call_command(
        "restore", str(backup), database_url=_url(empty_database), files_into=str(tmp_path / "restored")
    )

    assert _row_counts(empty_database) == _row_counts(source)
    migrated = run_manage("migrate", "--check", env={"DATABASE_URL": _url(empty_database)})
    assert migrated.returncode == 0, migrated.stdout + migrated.stderr
    served = run_python(SERVE_FINNISH_HOME, env={"DATABASE_URL": _url(empty_database)})
    status, _, html = served.stdout.partition("\n")
    assert status == "200", served.stderr
    assert "<h1>Osallistu Pori</h1>" in html
    restored = tmp_path / "restored"
    assert (restored / "media" / drill_files["media"]).read_bytes() == b"media drill"
    assert (restored / "private" / drill_files["private"]).read_bytes() == b"private drill"


@postgresql_only
@pytest.mark.django_db
def test_the_manifest_tells_what_the_backup_holds(tmp_path, drill_files):
    call_command("backup", str(tmp_path))
    (backup,) = tmp_path.iterdir()
    manifest = json.loads((backup / "manifest.json").read_text())

    assert manifest["tables"]["public.wagtailcore_page"] > 0
    assert "0001_initial" in manifest["migrations"]["core"]
    assert manifest["files"]["media"]["files"] >= 1
    assert manifest["files"]["private"]["files"] >= 1
    assert manifest["database"]["server_version"].startswith("15")
    assert sorted(path.name for path in backup.iterdir()) == [
        "database.dump",
        "manifest.json",
        "media.tar",
        "outbox.tar",
        "private.tar",
    ]
    assert oct(backup.stat().st_mode & 0o777) == "0o700"  # personal data: the owner only


@postgresql_only
@pytest.mark.django_db
def test_restore_refuses_a_database_that_is_not_empty(tmp_path):
    call_command("backup", str(tmp_path / "backups"))
    (backup,) = (tmp_path / "backups").iterdir()
    before = _row_counts(connection.settings_dict)

    with pytest.raises(CommandError, match="is not empty"):
        call_command("restore", str(backup), files_into=str(tmp_path / "restored"))

    assert _row_counts(connection.settings_dict) == before
    assert not (tmp_path / "restored").exists()


@postgresql_only
@pytest.mark.django_db
def test_restore_refuses_a_damaged_backup(tmp_path, empty_database):
    call_command("backup", str(tmp_path / "backups"))
    (backup,) = (tmp_path / "backups").iterdir()
    with open(backup / "database.dump", "r+b") as dump:
        dump.seek(100)
        dump.write(b"\0\0\0\0")

    with pytest.raises(CommandError, match="damaged"):
        call_command("restore", str(backup), database_url=_url(empty_database))

    assert _row_counts(empty_database) == {}


def test_the_password_reaches_pg_dump_through_the_environment_never_the_command_line():
    database = {"NAME": "osallistu", "USER": "osallistu", "PASSWORD": "s3cret-Salasana", "HOST": "db"}

    argv, environment = backups.client_command("pg_dump", ["--format=custom"], database)

    assert not any("s3cret-Salasana" in argument for argument in argv)
    assert environment["PGPASSWORD"] == "s3cret-Salasana"
    assert (environment["PGDATABASE"], environment["PGHOST"]) == ("osallistu", "db")


def test_backups_refuse_sqlite_with_a_reason(tmp_path):
    with pytest.raises(CommandError, match="Backups need PostgreSQL"):
        call_command("restore", str(tmp_path), database_url=f"sqlite:///{tmp_path / 'db.sqlite3'}")
    assert not (tmp_path / "db.sqlite3").exists()
