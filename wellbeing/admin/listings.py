"""The working group's listings: applications (with their export) and reports.

They are Wagtail's generic index views, with filters, columns and downloads.
"""

from django.http import HttpResponse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.log_actions import log

from core.audit_log import unwrapped_user

from ..models import Report
from . import exports
from .filters import ApplicationFilterSet, ReportFilterSet
from .queries import submitted_applications


def log_export(request, round_page, file_format, count, filters):
    """Against the round when the export is of one round, else against the user who exported."""
    user = unwrapped_user(request.user)
    data = {
        "round": round_page.pk if round_page else None,
        "format": file_format,
        "rows": count,
        "filters": filters,
    }
    log(instance=round_page or user, action="wellbeing.export", user=user, data=data)


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
            Column("title", label=pgettext_lazy("wellbeing application", "Title"), sort_key="title"),
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
            Column(
                "title",
                label=pgettext_lazy("wellbeing application", "Title"),
                accessor="application.title",
                sort_key="application__title",
            ),
            Column("status", label=_("Status"), accessor="get_status_display", sort_key="status"),
            Column("amount_used", label=_("Money used (€)")),
            DateColumn("submitted_at", label=_("Submitted"), sort_key="submitted_at"),
            DateColumn("published_at", label=_("Published"), sort_key="published_at"),
        ]
