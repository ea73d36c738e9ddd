"""What every organisers' sign-up view shares: the admin frame, the 403 page, loading the session
addressed in the URL, and writing to the audit log.

Every view and export of a participant list, and every change, is written to
Wagtail's audit log against the opportunity page, with no personal data in the entry.
"""

from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.decorators.cache import never_cache
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log

from ..models import Registration
from .queries import Forbidden, load_session, question_labels


def log_session(request, session, action, **data):
    log(instance=session.page, action=action, user=request.user, data={**session.log_data, **data})


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
