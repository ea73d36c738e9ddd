"""Filters of the working group's listings.

Names are in Finnish (the original language): applications refer to the
Finnish round page, and to themes and areas by keys shared by every language.
"""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.models import Locale

from projects.models import CityArea

from ..models import Application, Report, RoundPage, Theme

Status = Application.Status


def original_locale():
    return Locale.get_default()


def rounds():
    return RoundPage.objects.filter(locale=original_locale()).order_by("-year", "-pk")


def theme_choices():
    themes = (
        Theme.objects.filter(locale=original_locale())
        .select_related("page")
        .order_by("page_id", "sort_order")
    )
    return [(str(theme.translation_key), f"{theme.name} ({theme.page.year})") for theme in themes]


def area_choices():
    return list(
        CityArea.objects.filter(locale=original_locale()).order_by("name").values_list("slug", "name")
    )


def submitted_statuses():
    return [(value, label) for value, label in Status.choices if value != Status.DRAFT]


class ApplicationFilterSet(WagtailFilterSet):
    round = django_filters.ModelChoiceFilter(label=_("Round"), queryset=lambda request: rounds())
    theme = django_filters.ChoiceFilter(label=_("Theme"), field_name="theme_key", choices=theme_choices)
    area = django_filters.ChoiceFilter(label=_("City area"), field_name="area", choices=area_choices)
    status = django_filters.ChoiceFilter(label=_("Status"), choices=submitted_statuses)

    class Meta:
        model = Application
        fields = []


class ReportFilterSet(WagtailFilterSet):
    round = django_filters.ModelChoiceFilter(
        label=_("Round"), field_name="application__round", queryset=lambda request: rounds()
    )
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Report.Status.choices)

    class Meta:
        model = Report
        fields = []
