"""The data subject tool: one person's registrations, found by email address, exported or erased."""

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field

from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.debug import sensitive_post_parameters
from post_office.models import Email
from wagtail.admin import messages
from wagtail.log_actions import log

from core import spreadsheets
from core.audit_log import unwrapped_user
from projects.models import OpportunityPage, OpportunitySession

from .. import exports, services
from ..admin_forms import PersonForm
from ..models import Registration, SessionNotice
from .base import SignupAdminView
from .queries import PERSONAL_DATA_PERMISSION, Forbidden, grouped_by_key, in_admin_language, question_labels


def email_hash(email):
    return hashlib.sha256(services.lowercased_address(email).encode()).hexdigest()


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
    rows = grouped_by_key(
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
        user = unwrapped_user(request.user)
        log(instance=user, action=action, user=user, data={**data, "registrations": len(found)})


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
