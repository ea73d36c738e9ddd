"""The organisers' sign-up tools in the Wagtail admin: URLs, menu, page buttons, audit log actions."""

from django.conf import settings
from django.contrib.auth.models import Permission
from django.urls import include, path, reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.auth import user_has_any_page_permission
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.widgets import Button
from wagtail.log_actions import LogFormatter
from wagtail.models import Locale
from wagtail.permission_policies.pages import PagePermissionPolicy

from projects.models import OpportunityPage, OpportunitySession

from .admin_views import data_subject, participants, sessions
from .admin_views.queries import PERSONAL_DATA_PERMISSION

urlpatterns = [
    path("", sessions.IndexView.as_view(), name="index"),
    path("opportunity/<int:page_id>/", sessions.OpportunityView.as_view(), name="opportunity"),
    path("sessions/<uuid:session_key>/", sessions.SessionView.as_view(), name="session"),
    path(
        "sessions/<uuid:session_key>/export/<str:file_format>/", sessions.ExportView.as_view(), name="export"
    ),
    path("sessions/<uuid:session_key>/add/", participants.AddParticipantView.as_view(), name="add"),
    path("sessions/<uuid:session_key>/attendance/", participants.AttendanceView.as_view(), name="attendance"),
    path("sessions/<uuid:session_key>/cancel/", participants.CancelRegistrationView.as_view(), name="cancel"),
    path("people/", data_subject.PersonView.as_view(), name="person"),
]


@hooks.register("register_admin_urls")
def signup_admin_urls():
    return [path("signups/", include((urlpatterns, "signups_admin"), namespace="signups_admin"))]


class SessionsMenuItem(MenuItem):
    def is_shown(self, request):
        # Organisers edit the original pages; a translator, who edits only translations, has no sessions.
        return user_has_any_page_permission(request.user) and _edits_originals(request.user)


class PersonMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERSONAL_DATA_PERMISSION)


@hooks.register("register_admin_menu_item")
def signups_menu():
    menu = Menu(
        items=[
            SessionsMenuItem(
                _("Sessions and participants"), reverse("signups_admin:index"), icon_name="date", order=100
            ),
            PersonMenuItem(
                _("Find a person's registrations"),
                reverse("signups_admin:person"),
                icon_name="user",
                order=200,
            ),
        ]
    )
    return SubmenuMenuItem(_("Sign-ups"), menu, name="signups", icon_name="group", order=250)


@hooks.register("register_permissions")
def personal_data_permission():
    return Permission.objects.filter(content_type__app_label="signups", codename="manage_personal_data")


def _original_locale_id(user):
    """The site's original language (where organisers work), looked up once per user object."""
    if not hasattr(user, "_original_locale_id"):
        user._original_locale_id = (
            Locale.objects.filter(language_code=settings.LANGUAGE_CODE).values_list("pk", flat=True).first()
        )
    return user._original_locale_id


def _edits_originals(user):
    policy = PagePermissionPolicy()
    editable = policy.instances_user_has_permission_for(user, "change")
    return editable.filter(locale_id=_original_locale_id(user)).exists()


def _is_opportunity(page):
    # Any kind of opportunity (a council call, a round...) may have sessions that take sign-ups.
    specific_class = page.specific_class
    return specific_class is not None and issubclass(specific_class, OpportunityPage)


def _may_see_participants(page, user, original=None):
    """An opportunity whose original the user may edit: the participants view asks the same."""
    return _is_opportunity(page) and (original or page).permissions_for_user(user).can_edit()


def _participants_button(page):
    return Button(_("Participants"), sessions.participants_url(page), icon_name="group", priority=66)


@hooks.register("register_page_header_buttons")
def participants_header_button(page, user, view_name, next_url=None):
    if not _is_opportunity(page):
        return
    original = OpportunityPage.objects.filter(translation_key=page.translation_key).order_by("pk").first()
    if (
        original is not None
        and _may_see_participants(page, user, original)
        and OpportunitySession.objects.filter(page_id=page.pk, capacity__isnull=False).exists()
    ):
        yield _participants_button(page)


@hooks.register("register_page_listing_more_buttons")
def participants_listing_button(page, user, next_url=None):
    # No query per row here: the opportunity's page says when none of its sessions takes sign-ups,
    # and the button shows on the original's row, where organisers work.
    if page.locale_id == _original_locale_id(user) and _may_see_participants(page, user):
        yield _participants_button(page)


class SessionActionFormatter(LogFormatter):
    """For example "Viewed the participants of the session on 5.12.2026 17.00": a time, never a person."""

    template = ""

    def format_message(self, log_entry):
        data = log_entry.data or {}
        starts_at = parse_datetime(data.get("starts_at") or "")
        if starts_at:
            when = date_format(timezone.localtime(starts_at), "SHORT_DATETIME_FORMAT")
        else:
            when = data.get("session", "")
        return self.template % {"when": when, "format": (data.get("format") or "").upper()}


class PersonActionFormatter(LogFormatter):
    template = ""

    def format_message(self, log_entry):
        data = log_entry.data or {}
        return self.template % {
            "count": data.get("registrations", 0),
            "format": (data.get("format") or "").upper(),
        }


SESSION_ACTIONS = {
    "signups.view_participants": (
        _("View participants"),
        _("Viewed the participants of the session on %(when)s"),
    ),
    "signups.export_participants": (
        _("Export participants"),
        _("Exported the participants of the session on %(when)s as %(format)s"),
    ),
    "signups.add_participant": (
        _("Add participant"),
        _("Added a participant to the session on %(when)s"),
    ),
    "signups.mark_attendance": (
        _("Mark attendance"),
        _("Marked attendance at the session on %(when)s"),
    ),
    "signups.cancel_registration": (
        _("Cancel registration"),
        _("Cancelled a registration for the session on %(when)s"),
    ),
}
PERSON_ACTIONS = {
    "signups.find_person": (
        _("Find a person's registrations"),
        _("Searched for a person's registrations: %(count)s found"),
    ),
    "signups.export_person": (
        _("Export a person's registrations"),
        _("Exported a person's registrations (%(count)s) as %(format)s"),
    ),
    "signups.erase_person": (
        _("Erase a person's registrations"),
        _("Erased a person's registrations (%(count)s)"),
    ),
}


@hooks.register("register_log_actions")
def signup_log_actions(actions):
    for formatter, registered in (
        (SessionActionFormatter, SESSION_ACTIONS),
        (PersonActionFormatter, PERSON_ACTIONS),
    ):
        for action, (label, template) in registered.items():
            actions.register_action(action)(
                type(formatter.__name__, (formatter,), {"label": label, "template": template})
            )
