"""The translation status report in the admin: every page and snippet, its languages' statuses and links."""

import django_filters
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BaseColumn, Column, TitleColumn
from wagtail.admin.views.reports import ReportView

from . import status

# Django's default view permission of wagtail-localize's Translation model.
VIEW_PERMISSION = "wagtail_localize.view_translation"


def may_view(user):
    return user.is_active and (user.is_superuser or user.has_perm(VIEW_PERMISSION))


class Rows(list):
    """The report's rows, where django-filters expects a queryset (it reads the model of one)."""

    model = None


class TranslationStatusFilterSet(WagtailFilterSet):
    """Filters rows (not a queryset): the language and the status are read together, so "Swedish" and
    "Out of date" means out of date in Swedish."""

    kind = django_filters.ChoiceFilter(
        label=pgettext_lazy("translation status", "Type"),
        choices=status.kind_choices,
        empty_label=pgettext_lazy("translation status", "All types"),
    )
    language = django_filters.ChoiceFilter(
        label=pgettext_lazy("translation status", "Language"),
        choices=settings.LANGUAGES,
        empty_label=pgettext_lazy("translation status", "All languages"),
    )
    status = django_filters.ChoiceFilter(
        label=pgettext_lazy("translation status", "Status"),
        choices=status.STATUS_CHOICES,
        empty_label=pgettext_lazy("translation status", "Any status"),
    )

    def filter_queryset(self, rows):
        values = {name: self.form.cleaned_data.get(name) or "" for name in ("kind", "language", "status")}
        return Rows(row for row in rows if row.matches(**values))


class LanguageColumn(BaseColumn):
    """One language: the status as text in a Wagtail status tag, and a link to act on it."""

    cell_template_name = "translation_status/language_cell.html"

    def __init__(self, language, label):
        super().__init__(f"language_{language}", label=label)
        self.language = language

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["language_name"] = self.label
        context["found"] = instance.status_in(self.language)
        context["is_source"] = instance.source_language == self.language
        return context


class TranslationStatusReport(ReportView):
    page_title = _("Translation status")
    header_icon = "wagtail-localize-language"
    index_url_name = "translation_status:report"
    index_results_url_name = "translation_status:report_results"
    results_template_name = "translation_status/report_results.html"
    filterset_class = TranslationStatusFilterSet
    paginate_by = 50
    context_object_name = "rows"

    def dispatch(self, request, *args, **kwargs):
        if not may_view(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "title",
                label=pgettext_lazy("translation status", "Title"),
                get_url=lambda row: row.edit_url,
            ),
            Column("kind_label", label=pgettext_lazy("translation status", "Type")),
            *(LanguageColumn(code, name) for code, name in settings.LANGUAGES),
        ]

    def get_queryset(self):
        return Rows(status.all_rows())

    def get_filterset_kwargs(self):
        # The filter set filters a list of rows; without one it would look for a model's queryset.
        return {**super().get_filterset_kwargs(), "queryset": Rows()}

    def get_table_kwargs(self):
        return {
            **super().get_table_kwargs(),
            "caption": pgettext_lazy(
                "translation status", "Pages and snippets with the status of each language"
            ),
        }
