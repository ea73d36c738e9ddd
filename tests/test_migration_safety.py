"""New migrations apply while the site runs: no long locks, nothing the running code still needs is lost.

Migrations already applied in production are listed in tests/migration_baseline.txt; every
other migration of the project must pass the check in tests/migration_safety.py.
"""

import time

import pytest
from django.core.management import call_command
from django.db import OperationalError, connection, migrations, models, transaction

from core.backups import connect
from tests.migration_safety import ROOT, baseline, new_migrations, problems

postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="the check reads PostgreSQL's SQL (sqlmigrate); CI runs it on PostgreSQL",
)


def _drill_migration(operation):
    """A migration of core, as if written next, applied to today's schema."""
    attributes = {"operations": [operation], "dependencies": []}
    return type("Migration", (migrations.Migration,), attributes)("9999_drill", "core")


def _problems_of(operation):
    executor, _new = new_migrations()
    return problems(executor, _drill_migration(operation), state=executor.loader.project_state())


def _codes(found):
    return {line.split(":", 1)[0] for line in found}


def test_the_baseline_lists_only_migrations_that_exist():
    missing = [path for path in sorted(baseline()) if not (ROOT / path).is_file()]
    assert missing == []


@postgresql_only
@pytest.mark.django_db
def test_new_migrations_are_safe_to_apply_while_the_site_runs():
    executor, new = new_migrations()
    flagged = {path: found for path, migration in new.items() if (found := problems(executor, migration))}
    assert flagged == {}, (
        "These migrations would lock a table for long or break the code still running during the "
        "deploy (see tests/migration_safety.py for safe alternatives; a reviewed exception goes in "
        f"tests/migration_baseline.txt with its reason): {flagged}"
    )


@postgresql_only
@pytest.mark.django_db
@pytest.mark.parametrize(
    ("operation", "expected"),
    [
        (migrations.RemoveField("contactperson", "phone"), "DROP_COLUMN"),
        (migrations.RenameField("contactperson", "phone", "telephone"), "RENAME_COLUMN"),
        (migrations.AddField("contactperson", "rank", models.IntegerField(default=0)), "NOT_NULL"),
        (migrations.AlterField("contactperson", "name", models.TextField()), "ALTER_COLUMN"),
        (
            migrations.AddIndex("contactperson", models.Index(fields=["role"], name="drill_role_idx")),
            "CREATE_INDEX",
        ),
    ],
    ids=["drop-column", "rename-column", "not-null-without-db-default", "column-type", "blocking-index"],
)
def test_a_migration_that_would_lock_or_break_the_site_is_flagged(operation, expected):
    assert expected in _codes(_problems_of(operation))


@postgresql_only
@pytest.mark.django_db
@pytest.mark.parametrize(
    "operation",
    [
        migrations.AddField("contactperson", "rank", models.IntegerField(null=True)),
        migrations.AddField("contactperson", "rank", models.IntegerField(db_default=0)),
        migrations.CreateModel(
            "Drill",
            [
                ("id", models.BigAutoField(primary_key=True)),
                ("code", models.SlugField(unique=True)),
                ("contact", models.ForeignKey("core.contactperson", models.CASCADE)),
            ],
        ),
    ],
    ids=["nullable-column", "column-with-db-default", "new-table-with-indexes"],
)
def test_the_safe_alternatives_pass(operation):
    assert _problems_of(operation) == []


@pytest.mark.skipif(connection.vendor != "postgresql", reason="lock_timeout is PostgreSQL's")
@pytest.mark.django_db
def test_migrate_gives_up_waiting_for_a_busy_table_after_the_lock_timeout(settings):
    """A migration waiting behind a long transaction would queue every query after it: it stops instead."""
    settings.MIGRATION_LOCK_TIMEOUT = "1s"
    settings.MIGRATION_STATEMENT_TIMEOUT = "30s"
    call_command("migrate", verbosity=0)  # nothing to apply; the session gets the timeouts
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_setting('lock_timeout'), current_setting('statement_timeout')")
        assert cursor.fetchone() == ("1s", "30s")

    with connect(connection.settings_dict) as reader:  # a slow page holding its read lock
        reader.execute("SELECT count(*) FROM core_contactperson")
        started = time.monotonic()
        with (
            pytest.raises(OperationalError, match="lock timeout"),
            transaction.atomic(),
            connection.cursor() as cursor,
        ):
            cursor.execute("ALTER TABLE core_contactperson ADD COLUMN drill integer")
        assert time.monotonic() - started < 5
        reader.rollback()
