"""An application's and a report's own pages: reading them, evaluating, deciding, asking the applicant,
downloading an attachment, publishing or returning a report."""

from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext, pgettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin import messages
from wagtail.log_actions import log

from core.audit_log import unwrapped_user

from .. import decisions
from ..models import Application, ApplicationAttachment, Evaluation, Report
from .base import CHANGE, CHANGE_REPORT, EVALUATE, VIEW, VIEW_REPORT, WorkingGroupView
from .forms import DecisionForm, EvaluationForm, MessageForm, ReturnReportForm
from .queries import Status, budget_rows, submitted_applications


class ApplicationView(WorkingGroupView):
    """Everything in the application, the evaluations, the decision and the questions to the applicant."""

    template_name = "wellbeing/admin/application.html"

    def setup(self, request, *args, pk, **kwargs):
        super().setup(request, *args, **kwargs)
        self.pk = pk

    @cached_property
    def application(self):
        return get_object_or_404(submitted_applications(), pk=self.pk)

    def get_page_title(self):
        return self.application.reference or pgettext("wellbeing application", "Application")

    def get_page_subtitle(self):
        return self.application.title

    def url(self):
        return reverse("wellbeing_applications:edit", args=[self.application.pk])

    def own_evaluation(self):
        return Evaluation.objects.filter(application=self.application, evaluator=self.request.user).first()

    def get_context_data(self, **forms):
        context = super().get_context_data()
        application = self.application
        rows, total = budget_rows(application)
        user = self.request.user
        evaluations = list(application.evaluations.select_related("evaluator").order_by("updated_at"))
        context.update(
            application=application,
            budget_rows=rows,
            budget_total=total,
            attachments=list(application.attachments.order_by("uploaded_at", "pk")),
            conversation=list(application.messages.all()),
            other_evaluations=[e for e in evaluations if e.evaluator_id != user.pk],
            may_evaluate=user.has_perm(EVALUATE),
            may_decide=user.has_perm(CHANGE),
            merged_from=list(
                Application.objects.filter(merge_with=application).only("pk", "reference", "title")
            ),
            evaluation_form=forms.get("evaluation_form")
            or EvaluationForm(instance=next((e for e in evaluations if e.evaluator_id == user.pk), None)),
            decision_form=forms.get("decision_form") or DecisionForm(instance=application),
            message_form=forms.get("message_form") or MessageForm(),
        )
        return context

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data())

    def post(self, request, *args, **kwargs):
        action = request.POST.get("action")
        handlers = {
            "evaluate": (EVALUATE, self.evaluate),
            "decide": (CHANGE, self.decide),
            "ask": (CHANGE, self.ask),
        }
        if action not in handlers:
            raise Http404
        permission, handler = handlers[action]
        if not request.user.has_perm(permission):
            raise PermissionDenied
        return handler()

    def invalid(self, **forms):
        messages.error(self.request, gettext("The form has errors: see below."))
        return self.render_to_response(self.get_context_data(**forms), status=400)

    def evaluate(self):
        application = self.application
        evaluation = self.own_evaluation() or Evaluation(
            application=application, evaluator=unwrapped_user(self.request.user)
        )
        form = EvaluationForm(self.request.POST, instance=evaluation)
        if not form.is_valid():
            return self.invalid(evaluation_form=form)
        created = evaluation.pk is None
        form.save()
        log(
            instance=application,
            action="wellbeing.evaluate",
            user=self.request.user,
            data={"reference": application.reference, "score": evaluation.score, "created": created},
        )
        messages.success(self.request, gettext("Your evaluation was saved."))
        return redirect(self.url())

    def decide(self):
        application = Application.objects.select_related("round").get(pk=self.application.pk)
        old_status = application.status
        form = DecisionForm(self.request.POST, instance=application)
        if not form.is_valid():
            return self.invalid(decision_form=form)
        changed = decisions.record(form.save(commit=False), old_status, self.request.user)
        if changed and application.status in Application.NOTIFIED_STATUSES:
            messages.success(self.request, gettext("The decision was saved and the applicant was emailed."))
        else:
            messages.success(self.request, gettext("The decision was saved."))
        return redirect(self.url())

    def ask(self):
        form = MessageForm(self.request.POST)
        if not form.is_valid():
            return self.invalid(message_form=form)
        application = Application.objects.select_related("round").get(pk=self.application.pk)
        decisions.ask_for_information(application, form.cleaned_data["text"], self.request.user)
        messages.success(self.request, gettext("The question was sent to the applicant."))
        return redirect(self.url())


class AttachmentView(WorkingGroupView):
    """An applicant's file, as a download from private storage, for the working group only."""

    def get(self, request, pk):
        attachment = get_object_or_404(
            ApplicationAttachment.objects.exclude(application__status=Status.DRAFT), pk=pk
        )
        try:
            handle = attachment.file.open("rb")
        except FileNotFoundError as missing:
            raise Http404 from missing
        response = FileResponse(handle, as_attachment=True, filename=attachment.name)
        response["X-Content-Type-Options"] = "nosniff"
        response["Content-Security-Policy"] = "default-src 'none'; sandbox"
        return response


class ReportView(WorkingGroupView):
    """The report with its application; publish it, or return it to the applicant with a note."""

    permission = VIEW_REPORT
    index_url_name = "wellbeing_reports:index"
    index_label = _("Reports")
    header_icon = "doc-full"
    template_name = "wellbeing/admin/report.html"

    def setup(self, request, *args, pk, **kwargs):
        super().setup(request, *args, **kwargs)
        self.pk = pk

    @cached_property
    def report(self):
        return get_object_or_404(Report.objects.select_related("application__round"), pk=self.pk)

    def get_page_title(self):
        return self.report.application.reference or gettext("Report")

    def get_page_subtitle(self):
        return self.report.application.title

    def get_context_data(self, return_form=None):
        context = super().get_context_data()
        context.update(
            report=self.report,
            application=self.report.application,
            may_change=self.request.user.has_perm(CHANGE_REPORT),
            may_see_application=self.request.user.has_perm(VIEW),
            return_form=return_form or ReturnReportForm(),
        )
        return context

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data())

    def post(self, request, *args, **kwargs):
        if not request.user.has_perm(CHANGE_REPORT):
            raise PermissionDenied
        url = reverse("wellbeing_reports:edit", args=[self.report.pk])
        if request.POST.get("action") == "publish":
            decisions.publish_report(self.report, request.user)
            messages.success(request, gettext("The report was published."))
            return redirect(url)
        if request.POST.get("action") != "return":
            raise Http404
        form = ReturnReportForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(return_form=form), status=400)
        decisions.return_report(self.report, form.cleaned_data["note"], request.user)
        messages.success(request, gettext("The report was returned and the applicant was emailed."))
        return redirect(url)
