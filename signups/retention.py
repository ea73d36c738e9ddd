"""Retention of registrations: accessibility needs go when the session ends, personal data N days later.

Counts (status, group size, attendance) stay for the outcome page. Sent and
failed outbox messages are deleted after OUTBOX_RETENTION_DAYS.
"""

import datetime

from django.conf import settings
from django.utils import timezone
from post_office.utils import cleanup_expired_mails

from .models import Registration


def apply(now=None):
    """Returns (needs deleted, registrations anonymised, outbox messages deleted)."""
    now = now or timezone.now()
    # The session's end as it is now: a session moved later keeps its participants' data longer.
    registrations = Registration.objects.with_session_end()
    needs = registrations.filter(session_ends_at__lt=now, accessibility_consent_at__isnull=False).update(
        accessibility_needs=[], accessibility_other="", accessibility_consent_at=None
    )
    cutoff = now - datetime.timedelta(days=settings.SIGNUP_RETENTION_DAYS)
    anonymised = registrations.filter(session_ends_at__lt=cutoff, anonymised_at__isnull=True).update(
        name="", email="", phone="", answers={}, anonymised_at=now
    )
    outbox_cutoff = now - datetime.timedelta(days=settings.OUTBOX_RETENTION_DAYS)
    messages, _attachments = cleanup_expired_mails(outbox_cutoff, delete_attachments=True)
    return needs, anonymised, messages
