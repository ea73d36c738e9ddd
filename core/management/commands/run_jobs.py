"""One scheduler per app server: runs the scheduled jobs at their times, for as long as it runs.

The README's table of jobs, as a process (systemd keeps it running): start it on every app
server, as `manage.py db_worker` beside it. Each job runs under a PostgreSQL advisory lock
(core/jobs.py), so when every server starts the same job in the same minute, one does the work.
Times are in the site's time zone (TIME_ZONE).
"""

import logging
import time
from dataclasses import dataclass
from datetime import datetime

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import close_old_connections
from django.utils import timezone

from core.jobs import exclusive

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Job:
    command: str
    every_minutes: int = 0  # or once a day at hour:minute
    hour: int = 0
    minute: int = 0
    arguments: tuple = ()

    def due(self, moment):
        if self.every_minutes:
            return (moment.hour * 60 + moment.minute) % self.every_minutes == 0
        return (moment.hour, moment.minute) == (self.hour, self.minute)


SCHEDULE = [
    Job("send_outbox", every_minutes=1),
    Job("publish_scheduled_pages", every_minutes=1),
    Job("send_signup_reminders", every_minutes=15),
    Job("apply_signup_retention", hour=3, minute=30),
    Job("apply_call_response_retention", hour=3, minute=35),
    Job("apply_wellbeing_retention", hour=3, minute=40),
    Job("purge_security_records", hour=3, minute=45),
    # Wagtail's finished background tasks (a page's id, a cache address: no personal data), after 14 days.
    Job("prune_db_task_results", hour=3, minute=50, arguments=("--min-age-days=14",)),
    # Page and snippet revisions older than a year that no page or draft uses any more.
    Job("purge_revisions", hour=3, minute=55, arguments=("--days=365",)),
]


def due(moment):
    return [job for job in SCHEDULE if job.due(timezone.localtime(moment))]


class Command(BaseCommand):
    help = "Run the scheduled jobs at their times, every minute, until stopped (one per app server)."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Run the jobs due now, then exit.")

    def handle(self, *args, once=False, **options):
        while True:
            self.run_due(timezone.now())
            if once:
                return
            time.sleep(60 - datetime.now().second)  # the start of the next minute
            close_old_connections()  # a connection the database dropped meanwhile is opened afresh

    def run_due(self, moment):
        for job in due(moment):
            with exclusive(f"run_jobs:{job.command}") as mine:
                if not mine:
                    continue
                try:
                    call_command(job.command, *job.arguments, stdout=self.stdout, stderr=self.stderr)
                except Exception:  # one failing job must not stop the others, nor the scheduler
                    logger.exception("Scheduled job %s failed", job.command)
