"""Responses to council calls are personal data: deleted CALL_RESPONSE_RETENTION_DAYS after the deadline."""

import datetime

from django.conf import settings
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from .models import CouncilCallPage


def apply(now=None):
    """Returns how many responses were deleted."""
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=settings.CALL_RESPONSE_RETENTION_DAYS)
    expired = CouncilCallPage.objects.filter(closes_at__lt=cutoff).values("pk")
    deleted, _by_model = FormSubmission.objects.filter(page__in=expired).delete()
    return deleted
