"""Tell people who signed up when a published session changes time or place, is cancelled or removed.

Only publishing the original-language page counts: translations follow it,
and an out-of-date translation must not undo a change or a cancellation.
"""

from django.db import transaction

from projects.models import OpportunityPage

from . import emails
from .models import Registration, SessionNotice


def session_changes_published(sender, instance, **kwargs):
    """page_published receiver for every page type: any kind of opportunity has sessions."""
    page = instance
    if not isinstance(page, OpportunityPage):
        return
    if page.get_translations().filter(pk__lt=page.pk).exists():
        return
    sessions = {session.translation_key: session for session in page.sessions.all()}
    for notice in SessionNotice.objects.filter(page_key=page.translation_key):
        session = sessions.get(notice.session_key)
        removed = session is None
        if (removed and notice.cancelled) or (not removed and not notice.differs_from(session)):
            continue
        with transaction.atomic():
            if removed:
                notice.cancelled = True
            else:
                notice.copy_from(session)
            notice.sequence += 1
            notice.save()
            kind = "session-cancelled" if notice.cancelled else "changed"
            for registration in Registration.objects.filter(
                session_key=notice.session_key,
                status__in=[Registration.Status.CONFIRMED, Registration.Status.WAITLISTED],
            ):
                emails.queue(registration, kind)


def calendar_sequences(session_keys):
    """The SEQUENCE each session's calendar event has reached (projects.calendars asks)."""
    notices = SessionNotice.objects.filter(session_key__in=session_keys)
    return dict(notices.values_list("session_key", "sequence"))
