"""Scheduled jobs that every app server may start at the same moment: one of them does the work.

Each job holds a PostgreSQL advisory lock named after it while it runs (a session lock, released
when the job ends or its connection closes); a run that finds the lock taken, on this server or
another, skips. Only the database is shared between servers, so no lock file on one server's disk
decides. SQLite serves a single machine (``make run``), where cron does not overlap a job with itself.
Session locks need a direct connection or session pooling (not PgBouncer's transaction pooling).
"""

import zlib
from contextlib import contextmanager

from django.core.management.base import BaseCommand
from django.db import connection

NAMESPACE = "osallistu-pori:"


def lock_key(name):
    """A stable 32-bit key for the job's name (pg_try_advisory_lock takes a bigint)."""
    return zlib.crc32((NAMESPACE + name).encode())


@contextmanager
def exclusive(name):
    """Yield True if this run holds the job's lock (do the work), False if another run has it."""
    if connection.vendor != "postgresql":
        yield True
        return
    key = lock_key(name)
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [key])
        (acquired,) = cursor.fetchone()
    try:
        yield acquired
    finally:
        if acquired:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [key])


class JobCommand(BaseCommand):
    """A management command for the scheduler: ``run()`` does the work and returns what to report.

    Every server may run it at the same time; the others say they skipped and exit successfully.
    """

    def run(self, *args, **options):
        raise NotImplementedError

    def handle(self, *args, **options):
        with exclusive(self.job_name()) as acquired:
            if not acquired:
                self.stdout.write(f"Skipped {self.job_name()}: another server is running it.")
                return
            report = self.run(*args, **options)
        if report:
            self.stdout.write(report)

    def job_name(self):
        return self.__module__.rsplit(".", 1)[-1]
