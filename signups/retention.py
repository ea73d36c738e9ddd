"""Retention of registrations: accessibility needs go when the session ends, personal data N days later.

Counts (status, group size) stay for the outcome page.
"""

import datetime

from django.conf import settings
from django.utils import timezone

from .models import Registration


def apply(now=None):
    """Returns (needs deleted, registrations anonymised)."""
    now = now or timezone.now()
    needs = Registration.objects.filter(
        session_ends_at__lt=now, accessibility_consent_at__isnull=False
    ).update(accessibility_needs=[], accessibility_other="", accessibility_consent_at=None)
    cutoff = now - datetime.timedelta(days=settings.SIGNUP_RETENTION_DAYS)
    anonymised = Registration.objects.filter(session_ends_at__lt=cutoff, anonymised_at__isnull=True).update(
        name="", email="", phone="", anonymised_at=now
    )
    return needs, anonymised
