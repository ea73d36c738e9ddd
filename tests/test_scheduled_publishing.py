"""Go-live times that editors set fire: the scheduled job publishes what is due, and nothing early."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

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
