"""Changing a session's participants by hand: adding someone, marking attendance, and cancelling a
registration on the person's behalf."""

from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import translation
from django.utils.decorators import method_decorator
from django.utils.translation import gettext, ngettext
from django.views.decorators.debug import sensitive_post_parameters
from wagtail.admin import messages

from projects.models import SignupQuestion

from .. import exports, services
from ..admin_forms import ParticipantForm
from ..models import Registration
from .base import SessionMixin, SignupAdminView, log_session
from .queries import Status


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
