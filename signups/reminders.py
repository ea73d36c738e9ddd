"""Reminder emails before sessions, each opportunity's own number of hours ahead (24 by default)."""

import datetime

from django.db import transaction
from django.utils import timezone

from projects.models import OpportunitySession

from . import emails
from .models import Registration


def due_session_keys(now):
    """Sessions whose reminder time has come and that have not started. Each language row counts once."""
    sessions = OpportunitySession.objects.filter(
        starts_at__gt=now,
        cancelled=False,
        capacity__isnull=False,
        page__live=True,
        page__reminder_hours__gt=0,
    ).values_list("translation_key", "starts_at", "page__reminder_hours")
    return {
        key: starts_at - datetime.timedelta(hours=hours)
        for key, starts_at, hours in sessions
        if starts_at - datetime.timedelta(hours=hours) <= now
    }


def send_due(now=None):
    """Queue one reminder per confirmed registration; returns how many. Safe to run as often as wanted."""
    now = now or timezone.now()
    sent = 0
    for key, remind_from in due_session_keys(now).items():
        with transaction.atomic():
            # People who signed up after the reminder time already have fresh details in their confirmation.
            for registration in Registration.objects.select_for_update().filter(
                session_key=key,
                status=Registration.Status.CONFIRMED,
                reminder_sent_at__isnull=True,
                created_at__lt=remind_from,
            ):
                emails.queue(registration, "reminder")
                registration.reminder_sent_at = now
                registration.save(update_fields=["reminder_sent_at"])
                sent += 1
    return sent
