"""Go-live times that editors set fire: the scheduled job publishes what is due, and nothing early."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from core.management.commands import run_jobs

pytestmark = pytest.mark.django_db


def scheduled(page, title, minutes_from_now):
    """A new revision of the page approved to go live at the given time, as the editor's schedule does."""
    page.title = title
    revision = page.save_revision()
    revision.approved_go_live_at = timezone.now() + datetime.timedelta(minutes=minutes_from_now)
    revision.save(update_fields=["approved_go_live_at"])


def test_the_job_publishes_revisions_whose_time_has_come_and_no_others(pages):
    due, later = pages["about"]["fi"], pages["accessibility"]["fi"]
    scheduled(due, "Tietoa palvelusta (päivitetty)", -1)
    scheduled(later, "Saavutettavuusseloste (ensi viikolla)", 60 * 24 * 7)
    call_command("publish_scheduled_pages", stdout=io.StringIO())
    due.refresh_from_db()
    later.refresh_from_db()
    assert due.title == "Tietoa palvelusta (päivitetty)" and due.live
    assert later.title != "Saavutettavuusseloste (ensi viikolla)"


def at(hour, minute):
    return timezone.make_aware(datetime.datetime(2026, 12, 8, hour, minute))


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (at(10, 1), {"send_outbox", "publish_scheduled_pages"}),
        (at(10, 15), {"send_outbox", "publish_scheduled_pages", "send_signup_reminders"}),
        (
            at(3, 30),
            {"send_outbox", "publish_scheduled_pages", "send_signup_reminders", "apply_signup_retention"},
        ),
        (at(3, 55), {"send_outbox", "publish_scheduled_pages", "purge_revisions"}),
    ],
)
def test_the_scheduler_runs_each_job_at_its_time(moment, expected):
    assert {job.command for job in run_jobs.due(moment)} == expected


def test_the_scheduler_publishes_what_is_due_when_it_runs(pages):
    due = pages["about"]["sv"]
    scheduled(due, "Om tjänsten (uppdaterad)", -1)

    call_command("run_jobs", "--once", stdout=io.StringIO())

    due.refresh_from_db()
    assert due.title == "Om tjänsten (uppdaterad)" and due.live
