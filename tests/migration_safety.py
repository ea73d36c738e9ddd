"""The zero-downtime check of new migrations, with django-migration-linter's PostgreSQL rules.

While a deploy runs, the old code keeps serving against the new schema, and every
statement of a migration queues the site's queries behind its lock. A migration not in
``tests/migration_baseline.txt`` therefore fails when its SQL

- breaks the code still running: drops or renames a column or table, adds a NOT NULL
  column without a database default (``db_default``), changes a column's type;
- holds a lock for the length of a table scan or an index build: ``CREATE INDEX``
  without ``CONCURRENTLY`` on an existing table (use ``AddIndexConcurrently``), a
  unique constraint on an existing table, ``REINDEX``;
- or its data migration imports models instead of using ``apps.get_model``.

The SQL is what ``sqlmigrate`` prints for the current database, so the check runs on
PostgreSQL (CI); SQLite rebuilds tables and would say nothing useful.
"""

import sys
from pathlib import Path

from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django_migration_linter import MigrationLinter
from django_migration_linter.sql_analyser.analyser import analyse_sql_statements, get_sql_analyser_class

ROOT = Path(__file__).resolve().parent.parent
BASELINE = Path(__file__).with_name("migration_baseline.txt")
# The linter only warns about these; each holds a lock while the whole table is read.
LOCKING_WARNINGS = {"CREATE_INDEX", "CREATE_INDEX_EXCLUSIVE", "REINDEX"}


def baseline():
    lines = (line.split("#", 1)[0].strip() for line in BASELINE.read_text().splitlines())
    return {line for line in lines if line}


def project_migrations(loader):
    """``{path: migration}`` for the migrations of the project's own apps (not those of packages)."""
    found = {}
    for migration in loader.disk_migrations.values():
        path = Path(sys.modules[migration.__module__].__file__).resolve()
        if path.is_relative_to(ROOT) and ".venv" not in path.relative_to(ROOT).parts:
            found[path.relative_to(ROOT).as_posix()] = migration
    return found


def new_migrations():
    """The project's migrations that are not in the baseline, with the executor that loaded them."""
    executor = MigrationExecutor(connection)
    known = baseline()
    found = project_migrations(executor.loader)
    return executor, {path: migration for path, migration in sorted(found.items()) if path not in known}


def sql_of(executor, migration, state=None):
    """The statements the migration runs, as ``sqlmigrate`` prints them (BEGIN/COMMIT included)."""
    if state is None:
        state = executor.loader.project_state((migration.app_label, migration.name), at_end=False)
    with connection.schema_editor(collect_sql=True, atomic=migration.atomic) as editor:
        migration.apply(state, editor, collect_sql=True)
    statements = [line for sql in editor.collected_sql for line in sql.splitlines() if line.strip()]
    if migration.atomic and connection.features.can_rollback_ddl:
        statements = ["BEGIN;", *statements, "COMMIT;"]
    return statements


def problems(executor, migration, state=None):
    """What would lock the site or break the running code, one line each; empty when safe."""
    analyser = get_sql_analyser_class(connection.vendor)
    errors, _ignored, warnings = analyse_sql_statements(analyser, sql_of(executor, migration, state))
    data_errors, _ignored, data_warnings = MigrationLinter(no_cache=True).analyse_data_migration(migration)
    issues = (
        errors + data_errors + [issue for issue in warnings + data_warnings if issue.code in LOCKING_WARNINGS]
    )
    return [
        f"{issue.code}: {issue.message}" + (f" ({issue.table})" if issue.table else "") for issue in issues
    ]
