"""Backups that restore: the PostgreSQL database, the media and private files, and a manifest.

A backup is one directory, ``osallistu-<UTC time>/``, holding

- ``database.dump``: ``pg_dump --format=custom`` of the whole database;
- ``media.tar``, ``private.tar``, ``outbox.tar``: the folders of ``MEDIA_ROOT`` and of the
  private storages (wellbeing attachments, outbox attachments);
- ``manifest.json``: when, the migrations applied per app, the rows of every table and the
  files of every folder, with a SHA-256 of each part, so a restore can prove it is complete.

The rows are counted in the very snapshot pg_dump reads (``pg_export_snapshot``), so the
manifest and the dump agree even while the site keeps writing. The database is dumped
before the files: a file newer than the dump is a harmless orphan, a missing one is not.

The PostgreSQL client tools get the connection from ``DATABASES`` through libpq's
environment (``PGPASSWORD`` included): a password never appears on a command line, where
``ps`` would show it, nor in the manifest or the output.
"""

import datetime
import hashlib
import json
import os
import shutil
import subprocess
import tarfile
from contextlib import contextmanager
from pathlib import Path

import dj_database_url
import psycopg
from django.conf import settings
from django.core.management.base import CommandError

MANIFEST = "manifest.json"
DATABASE_FILE = "database.dump"
FORMAT = 1
POSTGRESQL = "django.db.backends.postgresql"
# libpq's environment variables for the connection settings the client tools need.
LIBPQ_ENVIRONMENT = {
    "HOST": "PGHOST",
    "PORT": "PGPORT",
    "USER": "PGUSER",
    "PASSWORD": "PGPASSWORD",
    "NAME": "PGDATABASE",
}
LIBPQ_OPTIONS = {
    "sslmode": "PGSSLMODE",
    "sslrootcert": "PGSSLROOTCERT",
    "sslcert": "PGSSLCERT",
    "sslkey": "PGSSLKEY",
    "connect_timeout": "PGCONNECT_TIMEOUT",
}


def file_folders():
    """The folders a backup carries, by archive name: public media and the two private storages."""
    return {
        "media": Path(settings.MEDIA_ROOT),
        "private": Path(settings.STORAGES["private"]["OPTIONS"]["location"]),
        "outbox": Path(settings.STORAGES["outbox"]["OPTIONS"]["location"]),
    }


def database_from_url(url):
    """Connection settings in the shape of ``DATABASES['default']`` from a ``DATABASE_URL``."""
    return dj_database_url.parse(url)


def require_postgresql(database):
    if database.get("ENGINE") != POSTGRESQL:
        raise CommandError(
            "Backups need PostgreSQL (pg_dump and pg_restore); this database is "
            f"{database.get('ENGINE')}. The SQLite database of `make run` holds only the demo "
            "content, which `manage.py load_demo_content` recreates. Set DATABASE_URL to back up "
            "or restore a PostgreSQL database."
        )


def client_command(tool, arguments, database):
    """The argv and environment for a PostgreSQL client tool: the password goes in PGPASSWORD only."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in LIBPQ_ENVIRONMENT.values() and key not in LIBPQ_OPTIONS.values()
    }
    for setting, variable in LIBPQ_ENVIRONMENT.items():
        if database.get(setting):
            environment[variable] = str(database[setting])
    for option, variable in LIBPQ_OPTIONS.items():
        if database.get("OPTIONS", {}).get(option) not in (None, ""):
            environment[variable] = str(database["OPTIONS"][option])
    executable = shutil.which(tool)
    if executable is None:
        raise CommandError(f"{tool} was not found: install the PostgreSQL client (postgresql-client-15).")
    return [executable, "--no-password", *arguments], environment


def client_version(tool):
    """``pg_dump (PostgreSQL) 15.x``: PostgreSQL's tools read --version only as the first argument."""
    argv = [client_command(tool, [], {})[0][0], "--version"]
    return subprocess.run(argv, capture_output=True, text=True, check=True).stdout.strip()  # noqa: S603


def run_client(tool, arguments, database):
    argv, environment = client_command(tool, arguments, database)
    result = subprocess.run(argv, env=environment, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0:
        raise CommandError(f"{tool} failed ({result.returncode}):\n{result.stderr.strip()}")
    return result


def connect(database, **options):
    """A psycopg connection of its own, outside Django's, with the same settings."""
    parameters = {
        "host": database.get("HOST") or None,
        "port": database.get("PORT") or None,
        "user": database.get("USER") or None,
        "password": database.get("PASSWORD") or None,
        "dbname": database.get("NAME"),
    }
    parameters.update(
        {
            option: database["OPTIONS"][option]
            for option in LIBPQ_OPTIONS
            if database.get("OPTIONS", {}).get(option) not in (None, "")
        }
    )
    return psycopg.connect(
        **{key: value for key, value in parameters.items() if value is not None}, **options
    )


def user_tables(cursor):
    cursor.execute(
        "SELECT schemaname, tablename FROM pg_catalog.pg_tables "
        "WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2"
    )
    return cursor.fetchall()


def row_counts(cursor):
    """Rows of every table, keyed ``schema.table``."""
    counts = {}
    for schema, table in user_tables(cursor):
        cursor.execute(f"SELECT count(*) FROM {_quote(schema)}.{_quote(table)}")  # noqa: S608
        counts[f"{schema}.{table}"] = cursor.fetchone()[0]
    return counts


def applied_migrations(cursor):
    """Migration names applied, per app, from Django's own record."""
    cursor.execute("SELECT app, name FROM django_migrations ORDER BY app, id")
    applied = {}
    for app, name in cursor.fetchall():
        applied.setdefault(app, []).append(name)
    return applied


def _quote(identifier):
    return '"' + identifier.replace('"', '""') + '"'


def sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


@contextmanager
def private_umask():
    """Everything a backup writes is readable by its owner only: it holds personal data."""
    previous = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(previous)


# --- Backup -------------------------------------------------------------------------------


def back_up(database, parent, now=None):
    """Write a backup into a new directory under ``parent`` and return its path."""
    require_postgresql(database)
    now = now or datetime.datetime.now(datetime.UTC)
    with private_umask():
        target = Path(parent) / f"osallistu-{now:%Y%m%dT%H%M%SZ}"
        target.mkdir(parents=True, exist_ok=False)
        manifest = {"format": FORMAT, "created_at": now.isoformat(timespec="seconds")}
        manifest.update(_dump_database(database, target))
        manifest["files"] = {
            name: _archive_folder(folder, target / f"{name}.tar", skip=file_folders().values())
            for name, folder in file_folders().items()
        }
        (target / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    return target


def _dump_database(database, target):
    """pg_dump reads the snapshot in which the rows and migrations are counted."""
    with connect(database) as connection:
        connection.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
        connection.read_only = True
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_export_snapshot(), current_setting('server_version')")
            snapshot, server_version = cursor.fetchone()
            counts = row_counts(cursor)
            migrations = applied_migrations(cursor)
            run_client(
                "pg_dump",
                ["--format=custom", f"--snapshot={snapshot}", f"--file={target / DATABASE_FILE}"],
                database,
            )
        connection.rollback()
    return {
        "database": {
            "file": DATABASE_FILE,
            "sha256": sha256(target / DATABASE_FILE),
            "server_version": server_version,
            "pg_dump": client_version("pg_dump"),
        },
        "migrations": migrations,
        "tables": counts,
    }


def _archive_folder(folder, archive, skip):
    """Tar ``folder`` (relative names), leaving out any other backed-up folder nested in it."""
    root = folder.resolve()
    others = {Path(other).resolve() for other in skip}
    others = {other for other in others if other != root and other.is_relative_to(root)}
    files = size = 0
    with tarfile.open(archive, "w") as tar:
        for path in sorted(folder.rglob("*")) if folder.is_dir() else []:
            if not path.is_file() or any(path.resolve().is_relative_to(other) for other in others):
                continue
            tar.add(path, arcname=str(path.relative_to(folder)), recursive=False)
            files += 1
            size += path.stat().st_size
    return {"archive": archive.name, "sha256": sha256(archive), "files": files, "bytes": size}


# --- Restore ------------------------------------------------------------------------------


def read_manifest(backup):
    """The manifest, once every part of the backup matches its checksum."""
    backup = Path(backup)
    try:
        manifest = json.loads((backup / MANIFEST).read_text())
    except FileNotFoundError as error:
        raise CommandError(f"{backup} is not a backup: {MANIFEST} is missing.") from error
    parts = [manifest["database"]] + [
        {**part, "file": part["archive"]} for part in manifest["files"].values()
    ]
    for part in parts:
        path = backup / part["file"]
        if not path.is_file() or sha256(path) != part["sha256"]:
            raise CommandError(f"{path} is missing or damaged: its SHA-256 does not match the manifest.")
    return manifest


def restore(backup, database, force=False, files_into=None):
    """Restore a backup into an empty database and empty folders; return a summary line.

    ``files_into`` restores the folders under another directory (a drill on the same
    machine must not touch the live files). ``force`` restores over existing tables
    (pg_restore --clean) and files.
    """
    require_postgresql(database)
    backup = Path(backup)
    manifest = read_manifest(backup)
    destinations = _destinations(files_into)
    if not force:
        _require_empty(database, destinations)
    options = ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction"]
    if force:
        options += ["--clean", "--if-exists"]
    run_client(
        "pg_restore", [*options, f"--dbname={database['NAME']}", str(backup / DATABASE_FILE)], database
    )
    with connect(database) as connection, connection.cursor() as cursor:
        _compare(manifest["tables"], row_counts(cursor))
    files = sum(_extract(backup, manifest["files"][name], folder) for name, folder in destinations.items())
    rows = sum(manifest["tables"].values())
    return (
        f"Restored {len(manifest['tables'])} tables ({rows} rows) and {files} files "
        f"from the backup of {manifest['created_at']}."
    )


def _destinations(files_into):
    if files_into is None:
        return file_folders()
    return {name: Path(files_into) / name for name in file_folders()}


def _require_empty(database, destinations):
    """Refuse before changing anything: a restore over live data needs --force."""
    with connect(database) as connection, connection.cursor() as cursor:
        tables = user_tables(cursor)
    if tables:
        raise CommandError(
            f"The database {database['NAME']} is not empty ({len(tables)} tables). Restore into an "
            "empty database (createdb), or use --force to replace its contents."
        )
    for name, folder in destinations.items():
        if folder.is_dir() and any(path.is_file() for path in folder.rglob("*")):
            raise CommandError(f"The {name} folder {folder} is not empty. Use --force to restore over it.")


def _compare(expected, actual):
    differences = [
        f"{table}: {expected.get(table)} in the backup, {actual.get(table)} restored"
        for table in sorted(set(expected) | set(actual))
        if expected.get(table) != actual.get(table)
    ]
    if differences:
        raise CommandError("The restored database differs from the backup:\n" + "\n".join(differences))


def _extract(backup, part, folder):
    folder.mkdir(parents=True, exist_ok=True)
    with tarfile.open(backup / part["archive"]) as tar:
        members = [member for member in tar.getmembers() if member.isfile()]
        tar.extractall(folder, members=members, filter="data")
    if len(members) != part["files"]:
        raise CommandError(f"{part['archive']}: {len(members)} files restored, {part['files']} expected.")
    return len(members)
