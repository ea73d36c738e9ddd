"""Status changes of applications and reports, and the emails they send.

Every change goes through here, so that the applicant is told in their own
language exactly when the status becomes one of ``Application.NOTIFIED_STATUSES``,
``decided_at`` is set with a decision, and the audit log records the change
(the reference and statuses only, never a person).
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from . import outbox
from .models import Application, Message, Report

Status = Application.Status
DECIDED = (Status.FUNDED, Status.NOT_FUNDED)
SUBJECTS = {
    Status.MORE_INFORMATION: _("Wellbeing money: the working group asks for more information"),
    Status.FUNDED: _("Wellbeing money: your application was funded"),
    Status.NOT_FUNDED: _("Wellbeing money: the decision on your application"),
}
TEMPLATES = {
    Status.MORE_INFORMATION: "status_more_information",
    Status.FUNDED: "status_funded",
    Status.NOT_FUNDED: "status_not_funded",
}


def email_context(application, **extra):
    return {
        "application": application,
        "round": application.round,
        "link": outbox.link(application.language, "application", token=application.private_token),
        **extra,
    }


def notify(application, message=None):
    """Email the applicant about the application's current status, in the application's language."""
    status = Status(application.status)
    return outbox.send(
        application.contact_email,
        application.language,
        SUBJECTS[status],
        TEMPLATES[status],
        email_context(application, message=message),
    )


def log_status(application, old_status, user):
    log(
        instance=application,
        action="wellbeing.status",
        user=user,
        data={"reference": application.reference, "from": old_status, "to": application.status},
    )


@transaction.atomic
def record(application, old_status, user, notify_applicant=True):
    """Save the application after its status (and decision fields) were set; email and log if it changed.

    ``old_status`` is the status before the change, as stored.
    """
    changed = application.status != old_status
    if changed and application.status in DECIDED:
        application.decided_at = timezone.now()
    application.save()
    if changed:
        log_status(application, old_status, user)
        if notify_applicant and application.status in Application.NOTIFIED_STATUSES:
            notify(application)
    return changed


@transaction.atomic
def ask_for_information(application, text, user):
    """A message from the working group: stored for the applicant's page, emailed, status more-information.

    Asking again while more information is already asked emails again, with the new question.
    """
    message = Message.objects.create(application=application, author=Message.Author.STAFF, text=text)
    old_status = application.status
    application.status = Status.MORE_INFORMATION
    record(application, old_status, user, notify_applicant=False)
    notify(application, message=message)
    return message


@transaction.atomic
def publish_report(report, user):
    report.status = Report.Status.PUBLISHED
    report.published_at = timezone.now()
    report.save(update_fields=["status", "published_at"])
    log(instance=report, action="wellbeing.publish_report", user=user, data=_report_data(report))


@transaction.atomic
def return_report(report, note, user):
    """Back to the applicant for changes: the note as a message they see on their page, and an email."""
    application = report.application
    message = Message.objects.create(application=application, author=Message.Author.STAFF, text=note)
    report.status = Report.Status.RETURNED
    report.published_at = None
    report.save(update_fields=["status", "published_at"])
    outbox.send(
        application.contact_email,
        application.language,
        _("Wellbeing money: your report was returned for changes"),
        "status_report_returned",
        email_context(
            application,
            message=message,
            link=outbox.link(application.language, "report", token=application.private_token),
        ),
    )
    log(instance=report, action="wellbeing.return_report", user=user, data=_report_data(report))
    return message


def _report_data(report):
    return {"reference": report.application.reference}
