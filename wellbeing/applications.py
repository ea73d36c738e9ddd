"""An application from the applicant's side: draft, send, answer, report, each with its email.

Every email is written to the outbox in the same transaction as the change it
tells about, in the applicant's language. Emails carry the private link, never
more personal data than the applicant gave for it.
"""

import uuid
from decimal import Decimal

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core.secret_links import hash_token
from security.mail_limits import may_email

from . import outbox
from .models import Application, ApplicationAttachment, Message, Report

Status = Application.Status
REFERENCE_ATTEMPTS = 5


class ApplicationsClosed(Exception):
    """The round does not take applications now (not yet, or no longer)."""


class ReportNotAccepted(Exception):
    """The report cannot be written: the project was not funded, the report is due, or it is published."""


def find(token):
    """The application behind a private link, or None for an unknown or malformed token."""
    if not token or len(token) > 100:
        return None
    return Application.objects.select_related("round").filter(token_hash=hash_token(token)).first()


def link_has_expired(application, now=None):
    return (now or timezone.now()) >= application.link_expires_at


def is_editable(application, now=None):
    """A draft stays editable until applications close; a sent application is the city's to handle."""
    return application.status == Status.DRAFT and application.round.applications_are_open(now)


def save_draft(round_page, language, details, *, files=(), remove=(), application=None):
    """Create or update a draft; a new draft's private link is emailed to the contact person."""
    with transaction.atomic():
        application, created = _store(round_page, language, details, files, remove, application)
        if created:
            _email(application, _("Your draft application: %(title)s"), "application_draft")
    return application


def send(round_page, language, details, *, files=(), remove=(), application=None):
    """Store the application as received, with the round's next reference number, and confirm by email."""
    existing = application
    for attempt in range(REFERENCE_ATTEMPTS):
        try:
            with transaction.atomic():
                application, _created = _store(round_page, language, details, files, remove, existing)
                application.status = Status.RECEIVED
                application.submitted_at = timezone.now()
                application.reference = next_reference(application.round)
                application.save(update_fields=["status", "submitted_at", "reference", "updated_at"])
                _email(application, _("Application received: %(reference)s"), "application_received")
                return application
        except IntegrityError:
            # Another application took the same number (on a database without row locks): try again.
            if attempt == REFERENCE_ATTEMPTS - 1:
                raise


def next_reference(round_page):
    """``HR-<year>-<NNN>``, one more than the round's largest so far.

    The round's page row stays locked until the transaction ends, so two
    applications sent at once get consecutive numbers on PostgreSQL.
    """
    Page.objects.select_for_update().filter(pk=round_page.pk).first()
    prefix = f"HR-{round_page.year}-"
    taken = Application.objects.filter(reference__startswith=prefix).values_list("reference", flat=True)
    largest = max((int(reference.removeprefix(prefix)) for reference in taken), default=0)
    return f"{prefix}{largest + 1:03d}"


def _store(round_page, language, details, files, remove, application):
    """Save what the applicant typed, and their files, to a draft (a new one if ``application`` is None)."""
    source = round_page.source
    now = timezone.now()
    if not source.applications_are_open(now):
        raise ApplicationsClosed
    created = application is None
    if created:
        application = Application(round=source)
    else:
        application = Application.objects.select_for_update().get(pk=application.pk)
        if application.status != Status.DRAFT:
            raise ApplicationsClosed
    for name, value in details.items():
        setattr(application, name, value)
    amounts = [Decimal(row["amount"]) for row in details.get("budget", [])]
    application.requested_amount = sum(amounts, Decimal(0))
    application.language = language
    application.save()
    _remove_attachments(application, remove)
    for upload in files:
        _attach(application, upload)
    return application, created


def _attach(application, upload):
    """Store a file privately under a random name; its original name is kept only in the database."""
    extension = upload.name.rpartition(".")[2].lower()
    attachment = ApplicationAttachment(application=application, name=upload.name[-150:], size=upload.size)
    attachment.file.save(f"{uuid.uuid4().hex}.{extension}", upload, save=False)
    attachment.save()
    return attachment


def _remove_attachments(application, keys):
    """Forget the chosen files; the stored file goes only once the transaction has committed."""
    for attachment in application.attachments.filter(pk__in=[int(key) for key in keys]):
        storage, name = attachment.file.storage, attachment.file.name
        attachment.delete()
        transaction.on_commit(lambda storage=storage, name=name: storage.delete(name))


def answer(application, text):
    """The applicant's answer to a request for more information; staff then decide the next status."""
    if application.status != Status.MORE_INFORMATION:
        raise ApplicationsClosed
    return Message.objects.create(application=application, author=Message.Author.APPLICANT, text=text.strip())


def report_is_open(application, now=None):
    now = now or timezone.now()
    return application.status == Status.FUNDED and now < application.round.reports_due_at


def report_is_editable(application, report, now=None):
    """The first report, or one that staff returned for changes, until the reports are due."""
    return report_is_open(application, now) and (report is None or report.status == Report.Status.RETURNED)


def save_report(application, details):
    """Create the project's report, or update a returned one (status submitted again); email a receipt."""
    with transaction.atomic():
        application = Application.objects.select_for_update().get(pk=application.pk)
        if not report_is_open(application):
            raise ReportNotAccepted
        report = Report.objects.filter(application=application).first()
        if report is not None and report.status != Report.Status.RETURNED:
            raise ReportNotAccepted
        report = report or Report(application=application)
        for name, value in details.items():
            setattr(report, name, value)
        report.status = Report.Status.SUBMITTED
        report.save()
        _email(application, _("Report received: %(reference)s"), "report_received", report=report)
    return report


def _email(application, subject, template, **extra):
    """One email to the contact person, in the application's language, with the private link.

    Anyone can type any address into the form, so these count against the site-wide limit per
    mailbox (security.mail_limits); past it nothing is sent and the page answers as usual.
    """
    if not may_email(application.contact_email):
        return None
    language = application.language
    context = {
        "application": application,
        "round_title": round_title(application, language),
        "private_link": outbox.link(language, "application", token=application.private_token),
        **extra,
    }
    values = {"title": application.title, "reference": application.reference or ""}
    return outbox.send(application.contact_email, language, _Formatted(subject, values), template, context)


class _Formatted:
    """A lazy subject with its values, formatted only once outbox.send() has chosen the language."""

    def __init__(self, text, values):
        self.text, self.values = text, values

    def __str__(self):
        return str(self.text) % self.values


def round_title(application, language):
    """The round's title in the given language, or the Finnish one."""
    source = application.round
    translated = Page.objects.filter(
        translation_key=source.translation_key, locale__language_code=language, live=True
    ).first()
    return (translated or source).title
