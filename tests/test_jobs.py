"""Scheduled jobs run on every app server at once, and each email still goes out exactly once.

Two threads with connections of their own stand for two servers whose cron fires at the same
minute (PostgreSQL: the advisory locks of core/jobs.py live there).
"""

import datetime
import io
import time

import pytest
from django.core import mail
from django.core.mail.backends import locmem
from django.core.management import call_command
from django.utils import timezone
from post_office import mail as outbox
from post_office.models import Email

from core import jobs
from signups.models import Registration
from tests.concurrency import committed_catalogue, in_parallel, postgresql_only
from tests.factories.pages import in_days
from tests.factories.signups import RegistrationFactory, SignupSessionFactory, signup_workshop

pytestmark = [postgresql_only, pytest.mark.django_db(transaction=True)]


class SlowBackend(locmem.EmailBackend):
    """An SMTP server that takes its time, so that two senders surely overlap."""

    def send_messages(self, messages):
        time.sleep(0.05)
        return super().send_messages(messages)


def run_on_two_servers(command):
    outputs = []

    def run(_number):
        output = io.StringIO()
        call_command(command, stdout=output)
        outputs.append(output.getvalue())

    assert in_parallel(2, run) == []
    return outputs


def test_two_servers_sending_the_outbox_at_once_send_each_email_once(settings):
    settings.POST_OFFICE = {**settings.POST_OFFICE, "BACKENDS": {"default": "tests.test_jobs.SlowBackend"}}
    subjects = [f"Viesti {number}" for number in range(20)]
    for subject in subjects:
        outbox.send("asukas@example.fi", "osallistu@example.fi", subject=subject, message="Hei!")
    mail.outbox.clear()
    outputs = run_on_two_servers("send_outbox")
    assert sorted(message.subject for message in mail.outbox) == sorted(subjects)
    assert sorted(output.split(":")[0] for output in outputs) == [
        "Sent 20 emails, 0 failed.\n",
        "Skipped send_outbox",
    ]


def test_two_servers_queueing_reminders_at_once_remind_each_person_once():
    session = signup_workshop(
        "Muistutustyöpaja",
        parent=committed_catalogue(),
        sessions=[SignupSessionFactory.build(starts_at=in_days(0, 23), capacity=6, waitlist_capacity=0)],
    ).sessions.get()
    for number in range(6):
        RegistrationFactory(session=session, number=number)
    Registration.objects.update(created_at=timezone.now() - datetime.timedelta(days=5))
    before = Email.objects.count()
    run_on_two_servers("send_signup_reminders")
    assert Email.objects.count() - before == 6
    assert not Registration.objects.filter(reminder_sent_at__isnull=True).exists()


def test_a_job_whose_lock_is_held_elsewhere_skips_and_says_so():
    with jobs.exclusive("apply_signup_retention") as acquired:
        assert acquired
        outputs = run_on_two_servers("apply_signup_retention")
    assert outputs == ["Skipped apply_signup_retention: another server is running it.\n"] * 2
    with jobs.exclusive("apply_signup_retention") as acquired_again:
        assert acquired_again, "the lock is released when the job ends"
