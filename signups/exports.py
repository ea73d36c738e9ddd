"""Participant lists and one person's registrations as tables: the admin page, CSV, XLSX and JSON.

The admin page and the exports share the columns below, so a download holds
what the organiser saw. Values are plain (text, numbers, times); CSV cells that
a spreadsheet would run as a formula are quoted, and XLSX cells are written
as text, never as formulas.
"""

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from core.spreadsheets import (
    Column,
    local_time,
    to_csv,
    to_json,
)

from .forms import LANGUAGE_NAMES
from .models import AccessibilityNeed


def yes_no(value):
    if value is None:
        return ""
    return _("yes") if value else _("no")


def need_labels(registration):
    if registration.accessibility_consent_at is None:
        return ""
    labels = dict(AccessibilityNeed.choices)
    return "; ".join(str(labels.get(need, need)) for need in registration.accessibility_needs)


def other_need(registration):
    return registration.accessibility_other if registration.accessibility_consent_at else ""


def answer_text(value):
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return "" if value is None else str(value)


def display_name(registration):
    if registration.anonymised_at and not registration.name:
        return _("(erased)")
    return registration.name


def participant_columns(questions, attendance=True):
    """questions: (clean_name, label) pairs, in the order of the sign-up form.

    attendance=False leaves out "Attended", for the admin page that shows it as checkboxes.
    """
    columns = [
        Column(_("Name"), display_name),
        Column(_("Email"), lambda r: r.email),
        Column(_("Phone"), lambda r: r.phone),
        Column(_("Language"), lambda r: LANGUAGE_NAMES.get(r.language, r.language)),
        Column(_("Group size"), lambda r: r.group_size),
        Column(_("Status"), lambda r: str(r.get_status_display())),
        Column(_("Signed up"), lambda r: local_time(r.created_at)),
        Column(_("Added by staff"), lambda r: yes_no(r.added_by_staff)),
    ]
    if attendance:
        columns.append(Column(_("Attended"), lambda r: yes_no(r.attended)))
    for clean_name, label in questions:
        columns.append(Column(label, lambda r, key=clean_name: answer_text(r.answers.get(key))))
    columns += [
        Column(_("Accessibility needs"), need_labels),
        Column(_("Other accessibility needs"), other_need),
    ]
    return columns


def table(columns, registrations):
    return [column.label for column in columns], [
        [column.value(registration) for column in columns] for registration in registrations
    ]


# --- One person's registrations (the data subject's right of access) ---------------------------------


def person_record(registration, found):
    """Everything stored about one registration, except the secret behind its cancel link.

    found: what the admin view knows of the session (see admin_views.data_subject.PersonRegistration).
    """
    labels = dict(AccessibilityNeed.choices)
    return {
        "opportunity": found.title,
        "session": {
            "key": str(registration.session_key),
            "starts_at": found.starts_at,
            "ends_at": found.ends_at,
            "venue": found.venue,
            "address": found.address,
        },
        "status": registration.status,
        "name": registration.name,
        "email": registration.email,
        "phone": registration.phone,
        "language": registration.language,
        "group_size": registration.group_size,
        "accessibility_needs": [
            {"code": need, "label": str(labels.get(need, need))} for need in registration.accessibility_needs
        ],
        "accessibility_other": registration.accessibility_other,
        "accessibility_consent_at": registration.accessibility_consent_at,
        "answers": [
            {"question": found.question_labels.get(key, key), "key": key, "answer": value}
            for key, value in registration.answers.items()
        ],
        "attended": registration.attended,
        "added_by_staff": registration.added_by_staff,
        "created_at": registration.created_at,
        "reminder_sent_at": registration.reminder_sent_at,
        "cancelled_at": registration.cancelled_at,
        "anonymised_at": registration.anonymised_at,
    }


def person_json(email, found_registrations, messages):
    return to_json(
        {
            "email": email,
            "exported_at": timezone.now(),
            "registrations": [person_record(found.registration, found) for found in found_registrations],
            "messages": messages,
        }
    )


def person_columns():
    def answers(found):
        return "; ".join(
            f"{found.question_labels.get(key, key)}: {answer_text(value)}"
            for key, value in found.registration.answers.items()
        )

    def of(getter):
        return lambda found: getter(found.registration)

    return [
        Column(_("Opportunity"), lambda found: found.title),
        Column(_("Session starts"), lambda found: local_time(found.starts_at)),
        Column(_("Venue"), lambda found: found.venue),
        Column(_("Address"), lambda found: found.address),
        Column(_("Status"), of(lambda r: str(r.get_status_display()))),
        Column(_("Name"), of(lambda r: r.name)),
        Column(_("Email"), of(lambda r: r.email)),
        Column(_("Phone"), of(lambda r: r.phone)),
        Column(_("Language"), of(lambda r: r.language)),
        Column(_("Group size"), of(lambda r: r.group_size)),
        Column(_("Accessibility needs"), of(need_labels)),
        Column(_("Other accessibility needs"), of(other_need)),
        Column(
            _("Consent to store accessibility needs"), of(lambda r: local_time(r.accessibility_consent_at))
        ),
        Column(_("Answers to extra questions"), answers),
        Column(_("Attended"), of(lambda r: yes_no(r.attended))),
        Column(_("Added by staff"), of(lambda r: yes_no(r.added_by_staff))),
        Column(_("Signed up"), of(lambda r: local_time(r.created_at))),
        Column(_("Reminder sent"), of(lambda r: local_time(r.reminder_sent_at))),
        Column(pgettext("sign-up", "Cancelled"), of(lambda r: local_time(r.cancelled_at))),
    ]


def person_csv(found_registrations):
    columns = person_columns()
    return to_csv(
        [column.label for column in columns],
        [[column.value(found) for column in columns] for found in found_registrations],
    )
