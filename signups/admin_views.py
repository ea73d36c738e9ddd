"""Organisers' views in the Wagtail admin: sessions and their participants, exports, adding by hand,
attendance, cancelling on someone's behalf, and the data subject tool.

A session is addressed by its translation key (shared by its language
versions). Its participants are shown only to users who may edit a page the
session belongs to; everyone else gets 403. Every view and export of a
participant list, and every change, is written to Wagtail's audit log against
the opportunity page, with no personal data in the entry.
"""

import datetime
import hashlib
import uuid
from collections import defaultdict
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Count, Sum
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.decorators import method_decorator
from django.utils.formats import date_format
from django.utils.functional import LazyObject, cached_property
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from post_office.models import Email
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log
from wagtail.models import Page
from wagtail.permissions import policy_registry

from core import spreadsheets
from projects.models import OpportunityPage, OpportunitySession, SignupQuestion

from . import exports, services
from .admin_forms import ParticipantForm, PersonForm
from .models import AccessibilityNeed, Registration, SessionNotice

Status = Registration.Status
PERSONAL_DATA_PERMISSION = "signups.manage_personal_data"
FORMATS = {"csv": spreadsheets.CSV_CONTENT_TYPE, "xlsx": spreadsheets.XLSX_CONTENT_TYPE}


# --- Loading sessions the user may see -----------------------------------------------------------


class Forbidden(Exception):
    """The user may not see this session's or this opportunity's participants."""


def can_edit(user, page):
    return page.permissions_for_user(user).can_edit()


def in_admin_language(items, language_of):
    """The item in the admin's language, else the first (the original, by creation order)."""
    language = translation.get_language()
    return next((item for item in items if language_of(item) == language), items[0])


@dataclass
class Counts:
    capacity: int = 0
    waitlist_capacity: int = 0
    people: dict = field(default_factory=lambda: defaultdict(int))
    groups: dict = field(default_factory=lambda: defaultdict(int))

    def add(self, status, people, groups=1):
        self.people[status] += people
        self.groups[status] += groups

    @property
    def confirmed(self):
        return self.people[Status.CONFIRMED]

    @property
    def waitlisted(self):
        return self.people[Status.WAITLISTED]

    @property
    def cancelled(self):
        return self.people[Status.CANCELLED]

    @property
    def places_left(self):
        return max(self.capacity - self.confirmed, 0)

    @property
    def waitlist_left(self):
        return max(self.waitlist_capacity - self.waitlisted, 0)


@dataclass
class Session:
    """One session in all its language versions, as far as this user may see it."""

    key: uuid.UUID
    rows: list  # every language version, the original first
    shown: OpportunitySession  # the version in the admin's language among those the user may edit
    counts: Counts = None

    @property
    def main(self):
        """The version sign-up uses for places and state (see services._lock_session)."""
        return self.rows[0]

    @property
    def page(self):
        return self.shown.page

    @property
    def cancelled(self):
        return self.main.cancelled

    @property
    def is_past(self):
        return self.main.ends_at < timezone.now()

    @property
    def log_data(self):
        return {"session": str(self.key), "starts_at": self.main.starts_at.isoformat()}


def _grouped(rows):
    by_key = defaultdict(list)
    for row in rows:
        by_key[row.translation_key].append(row)
    return by_key


def _listing_check(user):
    """can_edit, asked only of pages below one the user has page permissions on.

    Wagtail's can_edit also asks the database whether a workflow task lets the
    user edit a page; for a list of every opportunity that would be a query or
    two per page. Such temporary reviewers open a session from its page instead.
    """
    if user.is_superuser:
        return lambda page: can_edit(user, page)
    policy = policy_registry.get_by_type(Page)
    paths = [
        permission.page.path
        for permission in policy.get_cached_permissions_for_user(user)
        if permission.permission.codename in ("change_page", "add_page")
    ]
    return lambda page: any(page.path.startswith(path) for path in paths) and can_edit(user, page)


def _visible(user, rows, editable_cache, check=None):
    check = check or (lambda page: can_edit(user, page))
    editable = []
    for row in rows:
        if row.page_id not in editable_cache:
            editable_cache[row.page_id] = check(row.page)
        if editable_cache[row.page_id]:
            editable.append(row)
    return editable


def load_session(user, session_key):
    """The session by key; Http404 if there is none, Forbidden if the user may edit none of its pages."""
    rows = list(
        OpportunitySession.objects.filter(translation_key=session_key)
        .select_related("page", "locale")
        .order_by("pk")
    )
    if not rows:
        raise Http404
    editable = _visible(user, rows, {})
    if not editable:
        raise Forbidden
    return Session(session_key, rows, in_admin_language(editable, lambda row: row.locale.language_code))


def sessions_for(user, page_key=None):
    """Sessions taking sign-ups that the user may see, with counts, in a fixed number of queries."""
    rows = OpportunitySession.objects.filter(capacity__isnull=False).select_related("page", "locale")
    if page_key is not None:
        rows = rows.filter(page__translation_key=page_key)
    editable_cache = {}
    check = _listing_check(user)
    sessions = []
    for key, versions in _grouped(rows.order_by("pk")).items():
        editable = _visible(user, versions, editable_cache, check)
        if editable:
            shown = in_admin_language(editable, lambda row: row.locale.language_code)
            sessions.append(Session(key, versions, shown))
    counts = counts_for([session.main for session in sessions])
    for session in sessions:
        session.counts = counts[session.key]
    return sessions


def counts_for(main_rows):
    counts = {row.translation_key: Counts(row.capacity or 0, row.waitlist_capacity) for row in main_rows}
    if counts:
        totals = (
            Registration.objects.filter(session_key__in=list(counts))
            .values_list("session_key", "status")
            .annotate(people=Sum("group_size"), groups=Count("pk"))
            .order_by()
        )
        for key, status, people, groups in totals:
            counts[key].add(status, people, groups)
    return counts


@dataclass
class Opportunity:
    page: OpportunityPage
    sessions: list

    @property
    def upcoming(self):
        return [session for session in self.sessions if not session.is_past]

    @property
    def past(self):
        return [session for session in self.sessions if session.is_past]


def by_opportunity(sessions):
    """Opportunities with upcoming sessions first (soonest first), then the rest (latest first)."""
    grouped = defaultdict(list)
    for session in sessions:
        grouped[session.page.translation_key].append(session)
    opportunities = []
    for page_sessions in grouped.values():
        page_sessions.sort(key=lambda session: (session.main.starts_at, session.main.pk))
        opportunities.append(Opportunity(page_sessions[0].page, page_sessions))
    upcoming = sorted(
        (opportunity for opportunity in opportunities if opportunity.upcoming),
        key=lambda opportunity: opportunity.upcoming[0].main.starts_at,
    )
    past = sorted(
        (opportunity for opportunity in opportunities if not opportunity.upcoming),
        key=lambda opportunity: opportunity.sessions[-1].main.starts_at,
        reverse=True,
    )
    return upcoming + past


def question_labels(page_keys):
    """{page translation key: [(clean_name, label)]}, in the order of the sign-up form.

    Labels are in the admin's language where the page has that language, else the clean_name.
    """
    language = translation.get_language()
    questions = (
        SignupQuestion.objects.filter(page__translation_key__in=page_keys)
        .values_list("page__translation_key", "page_id", "clean_name", "label", "locale__language_code")
        .order_by("page_id", "sort_order", "pk")
    )
    original_page = {}
    order = defaultdict(list)
    labels = {}
    for page_key, page_id, clean_name, label, question_language in questions:
        # The order of the first version of the page (the original); labels from the admin's language.
        original_page.setdefault(page_key, page_id)
        if page_id == original_page[page_key] and clean_name not in order[page_key]:
            order[page_key].append(clean_name)
        if question_language == language:
            labels[page_key, clean_name] = label
    return {
        page_key: [(name, labels.get((page_key, name), name)) for name in names]
        for page_key, names in order.items()
    }


# --- Audit log ----------------------------------------------------------------------------------------


def email_hash(email):
    return hashlib.sha256(services.lowercased_address(email).encode()).hexdigest()


def log_session(request, session, action, **data):
    log(instance=session.page, action=action, user=request.user, data={**session.log_data, **data})


# --- Views -----------------------------------------------------------------------------------------------


@method_decorator(never_cache, name="dispatch")
class SignupAdminView(WagtailAdminTemplateMixin, View):
    header_icon = "group"
    forbidden_message = _("You may see the participants only of opportunities you may edit.")

    def dispatch(self, request, *args, **kwargs):
        try:
            self.check(request, **kwargs)
            return super().dispatch(request, *args, **kwargs)
        except Forbidden:
            return self.forbidden()

    def check(self, request, **kwargs):
        """Load what the view needs; raise Forbidden or Http404."""

    def forbidden(self):
        context = {
            "header_title": gettext("Access denied"),
            "page_title": gettext("Access denied"),
            "breadcrumbs_items": [*self.breadcrumbs_items, {"url": "", "label": gettext("Access denied")}],
            "message": self.forbidden_message,
        }
        return TemplateResponse(self.request, "signups/admin/forbidden.html", context, status=403)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("signups_admin:index"), "label": gettext("Sign-ups")},
        ]

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data())


class IndexView(SignupAdminView):
    template_name = "signups/admin/index.html"
    page_title = _("Sign-ups")

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": gettext("Sign-ups")}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["opportunities"] = by_opportunity(sessions_for(self.request.user))
        context["may_find_people"] = self.request.user.has_perm(PERSONAL_DATA_PERMISSION)
        return context


class OpportunityView(SignupAdminView):
    """The sessions of one opportunity (the "Participants" button of its page)."""

    template_name = "signups/admin/index.html"

    def check(self, request, page_id):
        page = get_object_or_404(OpportunityPage, pk=page_id)
        versions = list(
            OpportunityPage.objects.filter(translation_key=page.translation_key).select_related("locale")
        )
        editable = [version for version in versions if can_edit(request.user, version)]
        if not editable:
            raise Forbidden
        self.page = (
            page if page in editable else in_admin_language(editable, lambda p: p.locale.language_code)
        )

    def get_page_title(self):
        return self.page.title

    def get_breadcrumbs_items(self):
        return [*super().get_breadcrumbs_items(), {"url": "", "label": self.page.title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["opportunities"] = by_opportunity(sessions_for(self.request.user, self.page.translation_key))
        context["opportunity_page"] = self.page
        return context


class SessionMixin:
    def check(self, request, session_key, **kwargs):
        self.session = load_session(request.user, session_key)

    def get_context_data(self, **kwargs):
        return super().get_context_data(session=self.session, **kwargs)

    @cached_property
    def session_url(self):
        return reverse("signups_admin:session", args=[self.session.key])

    def get_page_title(self):
        return self.session.page.title

    def get_page_subtitle(self):
        return date_format(timezone.localtime(self.session.main.starts_at), "SHORT_DATETIME_FORMAT")

    def get_breadcrumbs_items(self):
        page = self.session.page
        return [
            *super().get_breadcrumbs_items(),
            {"url": reverse("signups_admin:opportunity", args=[page.pk]), "label": page.title},
            {"url": self.session_url, "label": self.get_page_subtitle()},
        ]

    def registrations(self):
        return list(Registration.objects.filter(session_key=self.session.key).order_by("created_at", "pk"))

    def questions(self):
        return question_labels([self.session.page.translation_key]).get(self.session.page.translation_key, [])

    def back_to_session(self):
        return redirect(self.session_url)


class SessionView(SessionMixin, SignupAdminView):
    """Counts, accessibility needs and participants: confirmed (with attendance), waitlisted, cancelled."""

    template_name = "signups/admin/session.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        registrations = self.registrations()
        counts = Counts(self.session.main.capacity or 0, self.session.main.waitlist_capacity)
        for registration in registrations:
            counts.add(registration.status, registration.group_size)
        columns = exports.participant_columns(self.questions(), attendance=False)
        by_status = defaultdict(list)
        for registration in registrations:
            cells = [_display(column.value(registration)) for column in columns]
            by_status[registration.status].append({"registration": registration, "cells": cells})
        context.update(
            counts=counts,
            headers=[column.label for column in columns],
            confirmed=by_status[Status.CONFIRMED],
            waitlisted=by_status[Status.WAITLISTED],
            cancelled=by_status[Status.CANCELLED],
            needs=self.need_totals(registrations),
        )
        return context

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        log_session(request, self.session, "signups.view_participants")
        return response

    @staticmethod
    def need_totals(registrations):
        """How many groups need each: confirmed and waitlisted, as stored (with consent)."""
        totals = {need: {Status.CONFIRMED: 0, Status.WAITLISTED: 0} for need in AccessibilityNeed.values}
        for registration in registrations:
            if registration.is_active and registration.accessibility_consent_at:
                for need in registration.accessibility_needs:
                    if need in totals:
                        totals[need][registration.status] += 1
        return [
            {
                "label": label,
                "confirmed": totals[need][Status.CONFIRMED],
                "waitlisted": totals[need][Status.WAITLISTED],
            }
            for need, label in AccessibilityNeed.choices
        ]


def _display(value):
    """Times as the admin's language writes them; the exports keep them as times."""
    if isinstance(value, datetime.datetime):
        return date_format(value, "SHORT_DATETIME_FORMAT")
    return value


class ExportView(SessionMixin, SignupAdminView):
    """The participant list as CSV or XLSX, with every registration and its status."""

    def get(self, request, session_key, file_format):
        if file_format not in FORMATS:
            raise Http404
        columns = exports.participant_columns(self.questions())
        headers, rows = exports.table(columns, self.registrations())
        starts = timezone.localtime(self.session.main.starts_at)
        filename = f"participants-{starts:%Y-%m-%d-%H%M}-{self.session.key.hex[:8]}.{file_format}"
        if file_format == "csv":
            content = spreadsheets.to_csv(headers, rows)
        else:
            content = spreadsheets.to_xlsx(headers, rows, sheet_title=f"{starts:%Y-%m-%d %H.%M}")
        log_session(request, self.session, "signups.export_participants", format=file_format)
        response = HttpResponse(content, content_type=FORMATS[file_format])
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response


@method_decorator(sensitive_post_parameters(), name="dispatch")
class AddParticipantView(SessionMixin, SignupAdminView):
    template_name = "signups/admin/add_participant.html"

    def get_page_title(self):
        return gettext("Add a participant")

    def get_breadcrumbs_items(self):
        return [*super().get_breadcrumbs_items(), {"url": "", "label": gettext("Add a participant")}]

    def get_form(self):
        language = translation.get_language()
        return ParticipantForm(
            self.request.POST if self.request.method == "POST" else None,
            session=self.session.main,
            questions=self.question_fields(),
            initial={"language": language if language in exports.LANGUAGE_NAMES else "fi"},
        )

    def question_fields(self):
        """The sign-up questions in the admin's language where the page has that language."""
        questions = list(
            SignupQuestion.objects.filter(page_id=self.session.page.pk).order_by("sort_order", "pk")
        )
        if not questions:
            questions = list(
                SignupQuestion.objects.filter(page_id=self.session.main.page_id).order_by("sort_order")
            )
        return questions

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data(form=self.get_form()))

    def post(self, request, *args, **kwargs):
        form = self.get_form()
        if form.is_valid():
            if self.session.cancelled:
                form.add_error(None, gettext("This session is cancelled. Nobody can be added to it."))
            else:
                try:
                    result = services.register(self.session.main, **form.registration_details())
                except services.SessionFull:
                    form.add_error(None, gettext("The session and its waitlist are full. Nobody was added."))
                except services.RegistrationClosed:
                    form.add_error(None, gettext("This session does not take sign-ups. Nobody was added."))
                else:
                    return self.added(result.registration)
        return self.render_to_response(self.get_context_data(form=form), status=400)

    def added(self, registration):
        log_session(
            self.request,
            self.session,
            "signups.add_participant",
            registration=registration.pk,
            status=registration.status,
        )
        if registration.status == Status.CONFIRMED:
            messages.success(self.request, gettext("The participant was added with a place."))
        else:
            messages.warning(
                self.request, gettext("The session is full: the participant was put on the waitlist.")
            )
        return self.back_to_session()


def _ids(values):
    try:
        return {int(value) for value in values}
    except ValueError:
        raise Http404 from None


class AttendanceView(SessionMixin, SignupAdminView):
    """Who came: one checkbox per confirmed registration shown on the page, saved at once."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        shown = Registration.objects.filter(
            session_key=self.session.key, status=Status.CONFIRMED, pk__in=_ids(request.POST.getlist("shown"))
        )
        came = _ids(request.POST.getlist("attended"))
        with transaction.atomic():
            present = shown.filter(pk__in=came).update(attended=True)
            absent = shown.exclude(pk__in=came).update(attended=False)
        log_session(request, self.session, "signups.mark_attendance", attended=present, absent=absent)
        messages.success(
            request,
            gettext("Attendance saved: %(present)s came, %(absent)s did not.")
            % {
                "present": present,
                "absent": absent,
            },
        )
        return self.back_to_session()


class CancelRegistrationView(SessionMixin, SignupAdminView):
    """Cancel one registration of this session on the person's behalf, after a confirmation step."""

    http_method_names = ["post"]
    template_name = "signups/admin/confirm_cancel.html"

    def get_page_title(self):
        return gettext("Cancel a registration")

    def post(self, request, *args, **kwargs):
        (registration_id,) = _ids([request.POST.get("registration", "")])
        # Only a registration of this session: another session's is "not found", whoever may see it.
        registration = get_object_or_404(Registration, pk=registration_id, session_key=self.session.key)
        if not registration.is_active:
            messages.warning(request, gettext("That registration was already cancelled."))
            return self.back_to_session()
        if request.POST.get("confirm") != "yes":
            return self.render_to_response(self.get_context_data(registration=registration))
        result = services.cancel(registration)
        log_session(
            request,
            self.session,
            "signups.cancel_registration",
            registration=registration.pk,
            promoted=len(result.promoted),
        )
        messages.success(
            request,
            ngettext(
                "The registration was cancelled. %(count)s from the waitlist got a place.",
                "The registration was cancelled. %(count)s from the waitlist got places.",
                len(result.promoted),
            )
            % {"count": len(result.promoted)},
        )
        return self.back_to_session()


# --- The data subject tool: one person's registrations, found by email address ---------------------------


@dataclass
class PersonRegistration:
    registration: Registration
    title: str = ""
    starts_at: object = None
    ends_at: object = None
    venue: str = ""
    address: str = ""
    page: OpportunityPage = None  # the original page, for the audit log
    question_labels: dict = field(default_factory=dict)


def find_person(email):
    """Every registration stored with this address, with its opportunity and session, in a few queries."""
    registrations = list(Registration.objects.filter(email__iexact=email).order_by("created_at", "pk"))
    keys = {registration.session_key for registration in registrations}
    rows = _grouped(
        OpportunitySession.objects.filter(translation_key__in=keys)
        .select_related("page", "locale")
        .order_by("pk")
    )
    # A session deleted from its page is still known from what its participants were told.
    notices = {
        notice.session_key: notice
        for notice in SessionNotice.objects.filter(session_key__in=keys - set(rows))
    }
    pages = defaultdict(list)
    for page in (
        OpportunityPage.objects.filter(
            translation_key__in={notice.page_key for notice in notices.values()}
            | {versions[0].page.translation_key for versions in rows.values()}
        )
        .select_related("locale")
        .order_by("pk")
    ):
        pages[page.translation_key].append(page)
    labels = question_labels(list(pages))
    found = []
    for registration in registrations:
        item = PersonRegistration(registration)
        versions = rows.get(registration.session_key)
        notice = notices.get(registration.session_key)
        page_key = versions[0].page.translation_key if versions else (notice.page_key if notice else None)
        if versions:
            shown = in_admin_language(versions, lambda row: row.locale.language_code)
            item.starts_at, item.ends_at = versions[0].starts_at, versions[0].ends_at
            item.venue, item.address = shown.venue, shown.address
        elif notice:
            item.starts_at, item.ends_at, item.address = notice.starts_at, notice.ends_at, notice.address
        if pages.get(page_key):
            item.page = pages[page_key][0]
            item.title = in_admin_language(pages[page_key], lambda page: page.locale.language_code).title
            item.question_labels = dict(labels.get(page_key, []))
        found.append(item)
    return found


def outbox_messages(email):
    """Messages in the outbox addressed to this address (the outbox keeps them for a while after sending)."""
    candidates = Email.objects.filter(to__icontains=email).order_by("created")
    return [message for message in candidates if email in [address.lower() for address in message.to]]


def erase_person(email, found):
    """Cancel (without emailing) and anonymise every registration, and delete the messages to the address."""
    with transaction.atomic():
        for message in outbox_messages(email):
            message.delete()
        for item in found:
            services.erase(item.registration)


def log_person(request, action, email, found, **data):
    """One entry per opportunity page concerned (in its history); the address only as a hash."""
    per_page = defaultdict(list)
    for item in found:
        per_page[item.page].append(item)
    data = {"email_sha256": email_hash(email), **data}
    pages = [page for page in per_page if page is not None]
    for page in pages:
        log(
            instance=page,
            action=action,
            user=request.user,
            data={**data, "registrations": len(per_page[page])},
        )
    if not pages:
        # Nothing on any page: the search itself is still recorded, against the user who made it.
        user = _unwrapped(request.user)
        log(instance=user, action=action, user=user, data={**data, "registrations": len(found)})


def _unwrapped(user):
    """request.user is lazy, here twice (django-otp wraps the auth middleware's); the log needs the model."""
    while isinstance(user, LazyObject):
        user.pk  # noqa: B018 - evaluates the lazy object
        user = user._wrapped
    return user


@method_decorator(sensitive_post_parameters(), name="dispatch")
class PersonView(SignupAdminView):
    """Find a person's registrations by email, then export or erase them.

    Always POST, so the address is never in a URL (nor in server logs or browser history).
    """

    template_name = "signups/admin/person.html"
    page_title = _("Find a person's registrations")
    header_icon = "user"
    forbidden_message = _(
        "Finding, exporting and erasing a person's registrations needs a separate permission."
    )

    def check(self, request, **kwargs):
        if not request.user.has_perm(PERSONAL_DATA_PERMISSION):
            raise Forbidden

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {"url": "", "label": gettext("Find a person's registrations")},
        ]

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data(form=PersonForm()))

    def post(self, request, *args, **kwargs):
        form = PersonForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        email = form.cleaned_data["email"]
        action = request.POST.get("action", "find")
        found = find_person(email)
        if action in ("export-json", "export-csv"):
            return self.export(email, found, action.removeprefix("export-"))
        if action == "erase-confirmed" and found:
            erase_person(email, found)
            log_person(request, "signups.erase_person", email, found)
            erased = ngettext(
                "%(count)s registration was erased.", "%(count)s registrations were erased.", len(found)
            )
            messages.success(request, erased % {"count": len(found)})
            return redirect("signups_admin:person")
        # Showing the registrations, also on the way to erasing them, is a search in the log.
        log_person(request, "signups.find_person", email, found)
        confirm_erase = action == "erase" and bool(found)
        return self.render_to_response(
            self.get_context_data(form=form, found=found, searched=True, confirm_erase=confirm_erase)
        )

    def export(self, email, found, file_format):
        log_person(self.request, "signups.export_person", email, found, format=file_format)
        stamp = timezone.localtime().strftime("%Y-%m-%d-%H%M")
        if file_format == "json":
            content, content_type = (
                exports.person_json(email, found, self.messages_for(email)),
                spreadsheets.JSON_CONTENT_TYPE,
            )
        else:
            content, content_type = exports.person_csv(found), spreadsheets.CSV_CONTENT_TYPE
        response = HttpResponse(content, content_type=content_type)
        response["Content-Disposition"] = f'attachment; filename="registrations-{stamp}.{file_format}"'
        return response

    @staticmethod
    def messages_for(email):
        return [
            {
                "subject": message.subject,
                "created": message.created,
                "status": message.get_status_display() if message.status is not None else "",
            }
            for message in outbox_messages(email)
        ]


def participants_url(page):
    return reverse("signups_admin:opportunity", args=[page.pk])
