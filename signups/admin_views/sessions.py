"""The organisers' session list, an opportunity's sessions, a session's participants and their export."""

import datetime
from collections import defaultdict

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core import spreadsheets
from projects.models import OpportunityPage

from .. import exports
from ..models import AccessibilityNeed
from .base import SessionMixin, SignupAdminView, log_session
from .queries import (
    PERSONAL_DATA_PERMISSION,
    Counts,
    Forbidden,
    Status,
    by_opportunity,
    can_edit,
    in_admin_language,
    sessions_for,
)

FORMATS = {"csv": spreadsheets.CSV_CONTENT_TYPE, "xlsx": spreadsheets.XLSX_CONTENT_TYPE}


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
            OpportunityPage.objects.filter(translation_key=page.translation_key)
            .select_related("locale")
            .order_by("pk")
        )
        if not can_edit(request.user, versions[0]):  # organisers edit the original, not a translation
            raise Forbidden
        editable = [version for version in versions if can_edit(request.user, version)]
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


def participants_url(page):
    return reverse("signups_admin:opportunity", args=[page.pk])
