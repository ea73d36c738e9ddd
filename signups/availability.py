"""Places left and sign-up state of sessions, for pages and forms: one query for any number of sessions."""

from django.db.models import Sum
from django.utils import timezone
from wagtail.models import Page

from core import page_cache
from projects.availability import Availability
from projects.models import OpportunitySession

from .models import Registration

Status = Registration.Status


def for_sessions(sessions, now=None):
    """A dict from each session's translation key to its Availability."""
    now = now or timezone.now()
    keys = [session.translation_key for session in sessions if session.takes_registrations]
    taken = {}
    if keys:
        rows = (
            Registration.objects.filter(
                session_key__in=keys, status__in=[Status.CONFIRMED, Status.WAITLISTED]
            )
            .values_list("session_key", "status")
            .annotate(total=Sum("group_size"))
            .order_by()
        )
        taken = {(key, status): total for key, status, total in rows}
    return {
        session.translation_key: _availability(
            session,
            taken.get((session.translation_key, Status.CONFIRMED), 0),
            taken.get((session.translation_key, Status.WAITLISTED), 0),
            now,
        )
        for session in sessions
    }


def _availability(session, confirmed, waitlisted, now):
    if session.cancelled:
        return Availability("cancelled")
    if not session.takes_registrations:
        return Availability("none")
    places = max(session.capacity - confirmed, 0)
    waitlist = max(session.waitlist_capacity - waitlisted, 0)
    if session.registration_opens_at and now < session.registration_opens_at:
        state = "not-yet"
    elif not session.registration_open(now):
        state = "closed"
    elif places:
        state = "open"
    elif waitlist:
        state = "waitlist"
    else:
        state = "full"
    return Availability(state, places, waitlist)


def places_changed(sender, instance, **kwargs):
    """A sign-up, cancellation or erasure: the shared cache drops the pages showing the session's places."""
    pages = OpportunitySession.objects.filter(translation_key=instance.session_key).values("page")
    page_cache.purge_pages(Page.objects.filter(pk__in=pages), only_translations=True)
