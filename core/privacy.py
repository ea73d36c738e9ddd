"""What the privacy notice states about retention and cookies, computed from the settings that rule them.

The retention commands and Django read these settings; the notice's tables
(core.blocks.RetentionPeriodsBlock and CookiesBlock) read the same ones at
rendering time, so changing an environment variable changes the published
text with it and the notice cannot silently go out of date.
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

DAY = 24 * 60 * 60
# Wagtail's admin sets this cookie from JavaScript when the menu is collapsed or expanded.
WAGTAIL_SIDEBAR_COOKIE = "wagtail_sidebar_collapsed"


@dataclass(frozen=True)
class Row:
    what: str
    period: str


@dataclass(frozen=True)
class Group:
    heading: str
    rows: list


@dataclass(frozen=True)
class Cookie:
    name: str
    purpose: str
    lifetime: str


def days(count):
    text = ngettext("%(count)d day", "%(count)d days", count) % {"count": count}
    if count >= 360:
        years = round(count / 365.25)
        about = ngettext("about %(count)d year", "about %(count)d years", years) % {"count": years}
        text = f"{text} ({about})"
    return text


def duration(seconds):
    """A length of time in the largest unit that states it exactly: days, hours or minutes."""
    seconds = int(seconds)
    if seconds % DAY == 0:
        return days(seconds // DAY)
    if seconds % 3600 == 0:
        hours = seconds // 3600
        return ngettext("%(count)d hour", "%(count)d hours", hours) % {"count": hours}
    minutes = seconds // 60
    return ngettext("%(count)d minute", "%(count)d minutes", minutes) % {"count": minutes}


def retention_groups():
    """Each kind of personal data the service keeps and for how long, grouped by what it is for."""
    return [
        Group(_("Signing up for sessions"), _signup_rows()),
        Group(_("Responses to the councils' calls"), _council_rows()),
        Group(_("Wellbeing money"), _wellbeing_rows()),
        Group(_("Emails and technical records"), _technical_rows()),
        Group(_("Staff and council editors"), _staff_rows()),
    ]


def _signup_rows():
    return [
        Row(_("Accessibility needs given with consent"), _("Deleted when the session ends.")),
        Row(
            _("Name, email address, phone number and answers to the organiser's questions"),
            _(
                "Anonymised %(period)s after the session ends. The numbers of participants and "
                "attendance remain, without names."
            )
            % {"period": days(settings.SIGNUP_RETENTION_DAYS)},
        ),
    ]


def _council_rows():
    return [
        Row(
            _("Responses and any contact details given in them"),
            _("Deleted %(period)s after the call's deadline.")
            % {"period": days(settings.CALL_RESPONSE_RETENTION_DAYS)},
        ),
    ]


def _wellbeing_rows():
    return [
        Row(
            _("Email address given when voting on the themes"),
            _(
                "Deleted when the vote closes. A vote that was never confirmed is deleted in full; "
                "the number of votes for each theme remains."
            ),
        ),
        Row(
            _("Applications that were never sent"),
            _("Deleted in full %(period)s after the application period ends.")
            % {"period": days(settings.WELLBEING_DRAFT_RETENTION_DAYS)},
        ),
        Row(
            _(
                "Contact details, a resident applicant's name, attachments and messages of an "
                "application that was not funded"
            ),
            _("Deleted %(period)s after the decision.")
            % {"period": days(settings.WELLBEING_NOT_FUNDED_RETENTION_DAYS)},
        ),
        Row(
            _("The same details of a funded application"),
            _("Deleted %(period)s after the project's report was due, as the city's records rules require.")
            % {"period": days(settings.WELLBEING_FUNDED_RETENTION_DAYS)},
        ),
    ]


def _technical_rows():
    outbox = days(settings.OUTBOX_RETENTION_DAYS)
    return [
        Row(
            _("Emails the service sends (confirmations, reminders, links, decisions)"),
            _("Deleted from the service's outbox %(period)s after they were written.") % {"period": outbox},
        ),
        Row(
            _("Server access log: IP address, time, the address of the page without its query string"),
            _("Kept %(period)s, then deleted.") % {"period": days(settings.SERVER_LOG_RETENTION_DAYS)},
        ),
        Row(
            _("Error reports emailed to the service's maintainers"),
            _("Deleted from the service's outbox %(period)s after they were written.") % {"period": outbox},
        ),
    ]


def _staff_rows():
    return [
        Row(
            _("Failed sign-ins: username, IP address and time"),
            _("Deleted once %(period)s have passed.")
            % {"period": duration(settings.AXES_COOLOFF_TIME.total_seconds())},
        ),
        Row(
            _("Sessions of signed-in users"),
            _(
                "End after %(idle)s without activity and at the latest %(total)s after signing in; "
                "then deleted."
            )
            % {
                "idle": duration(settings.SESSION_COOKIE_AGE),
                "total": duration(settings.SESSION_ABSOLUTE_AGE),
            },
        ),
        Row(
            _("User accounts, authenticator apps and recovery codes"),
            _("Kept as long as the account exists."),
        ),
        Row(
            _("Record of who viewed, exported or erased personal data, and when"),
            _("Kept with the page history of the service; not deleted automatically."),
        ),
    ]


def public_cookies():
    """Cookies a resident's browser can receive: only on pages with a form that sends data."""
    return [
        Cookie(
            settings.CSRF_COOKIE_NAME,
            _("Protects the form against submissions forged by other websites. Necessary, no consent asked."),
            _cookie_lifetime(settings.CSRF_COOKIE_AGE),
        ),
    ]


def staff_cookies():
    """Cookies of the editing tool (the admin), set only for signed-in staff and council editors."""
    return [
        Cookie(
            settings.SESSION_COOKIE_NAME,
            _("Keeps you signed in."),
            _("%(idle)s from the last page you opened, at the latest %(total)s after signing in.")
            % {
                "idle": duration(settings.SESSION_COOKIE_AGE),
                "total": duration(settings.SESSION_ABSOLUTE_AGE),
            },
        ),
        Cookie(
            settings.CSRF_COOKIE_NAME,
            _("Protects the forms of the editing tool against forged submissions."),
            _cookie_lifetime(settings.CSRF_COOKIE_AGE),
        ),
        Cookie(
            CookieStorage.cookie_name,
            _("Carries a notice such as “The page was saved” to the next page."),
            _("Until the notice is shown."),
        ),
        Cookie(
            WAGTAIL_SIDEBAR_COOKIE,
            _("Remembers whether you collapsed the menu of the editing tool."),
            _("Until you close the browser."),
        ),
    ]


def _cookie_lifetime(seconds):
    return _("Until you close the browser.") if seconds is None else duration(seconds)
