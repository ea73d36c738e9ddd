"""Emails to people who signed up, written to the outbox (django-post-office) in the caller's transaction.

Each is in the registrant's language and carries the session's details, the
page link and the cancel link; never accessibility needs or other answers.
"""

from urllib.parse import urlencode, urlsplit

from django.core.files.base import ContentFile
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from post_office import mail
from post_office.models import Attachment, Email

from projects.ics import SessionDetails, session_ics
from projects.models import OpportunityPage, OpportunitySession

from .models import SessionNotice

SUBJECTS = {
    "confirmed": _("You have a place: %(title)s"),
    "waitlisted": _("You are on the waitlist: %(title)s"),
    "promoted": _("A place came free for you: %(title)s"),
    "reminder": _("Reminder: %(title)s"),
    "changed": _("Changed time or place: %(title)s"),
    "session-cancelled": _("Cancelled: %(title)s"),
    "cancelled": _("Your registration was cancelled: %(title)s"),
}
# Kinds that carry the calendar event; a cancellation carries the event's cancellation.
WITH_CALENDAR = {"confirmed", "promoted", "reminder", "changed", "session-cancelled"}


def session_details(session_key, language):
    """The session as the registrant should see it: in their language where it exists, at the notified time.

    A session deleted from its page is reported from its notice, as cancelled.
    """
    versions = list(
        OpportunitySession.objects.filter(translation_key=session_key).select_related("locale", "page")
    )
    notice = SessionNotice.objects.filter(session_key=session_key).first()
    session = next((v for v in versions if v.locale.language_code == language), None)
    session = session or (versions[0] if versions else None)
    page_key = session.page.translation_key if session else notice.page_key
    page = _in_language(
        OpportunityPage.objects.filter(translation_key=page_key).select_related("locale"), language
    )
    told = notice or session
    return SessionDetails(
        key=str(session_key),
        title=page.title,
        starts_at=told.starts_at,
        ends_at=told.ends_at,
        venue=session.venue if session else "",
        address=told.address,
        online_url=told.online_url,
        page_url=page.full_url,
        cancelled=session is None or told.cancelled,
        sequence=notice.sequence if notice else 0,
    )


def _in_language(pages, language):
    pages = list(pages)
    live = [page for page in pages if page.live] or pages
    return next((page for page in live if page.locale.language_code == language), live[0])


def cancel_url(registration, page_url):
    with translation.override(registration.language):
        path = reverse("signups:cancel")
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(page_url))
    return f"{origin}{path}?{urlencode({'token': registration.cancel_token})}"


def queue(registration, kind, details=None):
    """Write one email to the outbox; returns it, or None when there is no address to write to."""
    if not registration.email:
        return None
    details = details or session_details(registration.session_key, registration.language)
    with translation.override(registration.language):
        context = {
            "kind": kind,
            "registration": registration,
            "details": details,
            "cancel_url": cancel_url(registration, details.page_url) if registration.is_active else "",
            "position": registration.waitlist_position() if kind == "waitlisted" else None,
        }
        subject = str(SUBJECTS[kind] % {"title": details.title})
        message = render_to_string(f"signups/email/{kind}.txt", context)
    attachments = None
    if kind in WITH_CALENDAR:
        method = "CANCEL" if details.cancelled else "PUBLISH"
        attachments = {
            "osallistu-pori.ics": {
                "file": ContentFile(session_ics(details)),
                "mimetype": f"text/calendar; charset=utf-8; method={method}",
            }
        }
    return mail.send(
        recipients=[registration.email], subject=subject, message=message, attachments=attachments
    )


def forget(registration):
    """Delete this registration's messages from the outbox (each carries its cancel token)."""
    Email.objects.filter(message__contains=registration.cancel_token).delete()
    for attachment in Attachment.objects.filter(emails=None):
        attachment.file.delete(save=False)
        attachment.delete()
