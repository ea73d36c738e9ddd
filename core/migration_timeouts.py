"""Migrations run under a short lock_timeout and statement_timeout on PostgreSQL.

A schema change waits for every transaction using its table, and every query that
arrives meanwhile waits behind it: one slow request would stop the site for as long
as the migration waits. With ``MIGRATION_LOCK_TIMEOUT`` (production: 5 s) the migration
gives up instead, in its own transaction, and the deploy can simply be run again;
``MIGRATION_STATEMENT_TIMEOUT`` (production: 60 s) bounds a statement that holds a lock
while it rewrites or scans a table. Set on the session before the first migration runs.
"""

from django.conf import settings
from django.db import connections


def apply(sender, using, **kwargs):
    """pre_migrate receiver: ``SET lock_timeout`` and ``statement_timeout`` for this session."""
    connection = connections[using]
    if connection.vendor != "postgresql":
        return
    timeouts = {
        "lock_timeout": getattr(settings, "MIGRATION_LOCK_TIMEOUT", None),
        "statement_timeout": getattr(settings, "MIGRATION_STATEMENT_TIMEOUT", None),
    }
    with connection.cursor() as cursor:
        for name, value in timeouts.items():
            if value not in (None, ""):
                cursor.execute("SELECT set_config(%s, %s, false)", [name, str(value)])
