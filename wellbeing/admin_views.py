"""The working group's views in the Wagtail admin: applications, their evaluation and decision, reports,
and the theme vote's clusters of votes.

Listings are Wagtail's generic index views (filters, columns, exports); the
application's and the report's own pages are plain admin views with the
working group's forms. Everything checks the model permissions that the
working group has (see working_group.py): other staff get 403. Changes and
exports are written to Wagtail's audit log without personal data.
"""

from decimal import Decimal, InvalidOperation

from django.core.exceptions import PermissionDenied
from django.db.models import Avg, Count, OuterRef, Subquery
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.functional import LazyObject, cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.decorators.cache import never_cache
from wagtail.admin import messages
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log

from projects.models import CityArea

from . import decisions, exports, vote_clusters
from .admin_forms import ClusterForm, DecisionForm, EvaluationForm, MessageForm, ReturnReportForm
from .filters import ApplicationFilterSet, ReportFilterSet, original_locale
from .models import Application, ApplicationAttachment, Evaluation, Report, RoundPage, Theme

Status = Application.Status
VIEW = "wellbeing.view_application"
CHANGE = "wellbeing.change_application"
EVALUATE = "wellbeing.evaluate_application"
VIEW_REPORT = "wellbeing.view_report"
CHANGE_REPORT = "wellbeing.change_report"
VIEW_VOTES = "wellbeing.view_vote"


# --- Queries ---------------------------------------------------------------------------------------------


def with_names(applications):
    """Theme and area names in the original (Finnish) language, as subqueries: no query per row."""
    locale = original_locale()
    theme = Theme.objects.filter(translation_key=OuterRef("theme_key"), locale=locale).values("name")[:1]
    area = CityArea.objects.filter(slug=OuterRef("area"), locale=locale).values("name")[:1]
    return applications.annotate(theme_name=Subquery(theme), area_name=Subquery(area))


def submitted_applications():
    """Submitted applications (never drafts) with names, average score and number of evaluations."""
    applications = Application.objects.exclude(status=Status.DRAFT).select_related("round")
    return with_names(applications).annotate(
        average_score=Avg("evaluations__score"), evaluation_count=Count("evaluations")
    )


def budget_rows(application):
    """The applicant's budget rows and their total; an amount that is not a number counts as zero."""
    rows, total = [], Decimal("0")
    for row in application.budget or []:
        try:
            amount = Decimal(str(row.get("amount") or "0"))
        except InvalidOperation:
            amount = Decimal("0")
        rows.append({"item": row.get("item", ""), "amount": amount})
        total += amount
    return rows, total


# --- Audit log ---------------------------------------------------------------------------------------------


def _unwrapped(user):
    """request.user is lazy (twice, with django-otp); the log needs the model instance itself."""
    while isinstance(user, LazyObject):
        user.pk  # noqa: B018 - evaluates the lazy object
        user = user._wrapped
    return user


def log_export(request, round_page, file_format, count, filters):
    """Against the round when the export is of one round, else against the user who exported."""
    user = _unwrapped(request.user)
    data = {
        "round": round_page.pk if round_page else None,
        "format": file_format,
        "rows": count,
        "filters": filters,
    }
    log(instance=round_page or user, action="wellbeing.export", user=user, data=data)


# --- Listings ---------------------------------------------------------------------------------


def _average(application):
    if application.average_score is None:
        return ""
    return f"{application.average_score:.1f}".replace(".", ",")


class ApplicationIndexView(IndexView):
    filterset_class = ApplicationFilterSet
    default_ordering = "-submitted_at"
    list_export = ["reference"]  # the export itself is exports.render; this shows the download buttons
    export_filename = "applications"

    def get_base_queryset(self):
        return submitted_applications()

    @cached_property
    def columns(self):
        return [
            self._get_title_column("reference"),
            Column("title", label=_("Title"), sort_key="title"),
            Column("public_name", label=_("Public name")),
            Column("theme_name", label=_("Theme"), sort_key="theme_name"),
            Column("area_name", label=_("City area"), sort_key="area_name"),
            Column("requested_amount", label=_("Sum applied for (€)"), sort_key="requested_amount"),
            Column("status", label=_("Status"), accessor="get_status_display", sort_key="status"),
            Column("average_score", label=_("Average score"), accessor=_average, sort_key="average_score"),
            Column("evaluation_count", label=_("Evaluations"), sort_key="evaluation_count"),
            DateColumn("submitted_at", label=_("Submitted"), sort_key="submitted_at"),
        ]

    def as_spreadsheet(self, queryset, spreadsheet_format):
        content, count = exports.render(queryset, spreadsheet_format)
        round_page = self.filters.form.cleaned_data.get("round") if self.filters else None
        active = {
            key: value for key, value in self.request.GET.items() if key in self.filters.filters and value
        }
        log_export(self.request, round_page, spreadsheet_format, count, active)
        stamp = timezone.localtime().strftime("%Y-%m-%d-%H%M")
        response = HttpResponse(content, content_type=exports.FORMATS[spreadsheet_format])
        response["Content-Disposition"] = f'attachment; filename="applications-{stamp}.{spreadsheet_format}"'
        return response


class ReportIndexView(IndexView):
    filterset_class = ReportFilterSet
    default_ordering = "-submitted_at"

    def get_base_queryset(self):
        return Report.objects.select_related("application")

    @cached_property
    def columns(self):
        return [
            self._get_title_column_class(TitleColumn)(
                "reference",
                label=_("Reference"),
                accessor="application.reference",
                sort_key="application__reference",
                get_url=self.get_edit_url,
            ),
            Column("title", label=_("Title"), accessor="application.title", sort_key="application__title"),
            Column("status", label=_("Status"), accessor="get_status_display", sort_key="status"),
            Column("amount_used", label=_("Money used (€)")),
            DateColumn("submitted_at", label=_("Submitted"), sort_key="submitted_at"),
            DateColumn("published_at", label=_("Published"), sort_key="published_at"),
        ]


# --- The application's page ---------------------------------------------------------------------------------


@method_decorator(never_cache, name="dispatch")
class WorkingGroupView(WagtailAdminTemplateMixin, View):
    """A page of the working group: needs ``permission`` (and ``post_permission`` to change anything)."""

    permission = VIEW
    index_url_name = "wellbeing_applications:index"
    index_label = _("Applications")
    header_icon = "form"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(self.index_url_name), "label": self.index_label},
            {"url": "", "label": self.get_page_title()},
        ]


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
        return self.application.reference or gettext("Application")

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
            application=application, evaluator=_unwrapped(self.request.user)
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


# --- The report's page --------------------------------------------------------------------------------------


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


# --- The theme vote's clusters -----------------------------------------------------------------------------


class VoteRoundsView(WorkingGroupView):
    """The rounds with their number of votes, each linking to its clusters."""

    permission = VIEW_VOTES
    index_url_name = "wellbeing_votes:index"
    index_label = _("Theme vote")
    header_icon = "tasks"
    page_title = _("Theme vote")
    template_name = "wellbeing/admin/vote_rounds.html"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get(self, request):
        rounds = (
            RoundPage.objects.filter(locale=original_locale())
            .annotate(vote_count=Count("votes"))
            .order_by("-vote_opens_at")
        )
        return self.render_to_response({**self.get_context_data(), "rounds": rounds})


class VoteClustersView(VoteRoundsView):
    """One round's clusters: email domains with many votes within an hour. No address is shown."""

    template_name = "wellbeing/admin/vote_clusters.html"

    def setup(self, request, *args, pk, **kwargs):
        super().setup(request, *args, **kwargs)
        self.pk = pk

    @cached_property
    def round_page(self):
        return get_object_or_404(RoundPage.objects.filter(locale=original_locale()), pk=self.pk)

    def get_page_title(self):
        return gettext("Clusters of votes")

    def get_page_subtitle(self):
        return self.round_page.title

    def get_breadcrumbs_items(self):
        return WorkingGroupView.get_breadcrumbs_items(self)

    def get(self, request, pk):
        form = ClusterForm(request.GET or None)
        min_votes = form.cleaned_data["min_votes"] if form.is_valid() else vote_clusters.MIN_VOTES
        context = self.get_context_data()
        context.update(
            round=self.round_page,
            form=form,
            min_votes=min_votes,
            window_minutes=int(vote_clusters.WINDOW.total_seconds() // 60),
            clusters=vote_clusters.clusters(self.round_page, min_votes=min_votes),
            vote_is_open=self.round_page.vote_is_open(),
        )
        return self.render_to_response(context)
