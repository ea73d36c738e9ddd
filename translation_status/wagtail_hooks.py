"""The report's address and menu item, and the dashboard panel, for staff who may view translations."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .dashboard import TranslationStatusDashboardPanel
from .views import TranslationStatusReport, may_view


@hooks.register("register_admin_urls")
def register_admin_urls():
    urls = [
        path("", TranslationStatusReport.as_view(), name="report"),
        path("results/", TranslationStatusReport.as_view(results_only=True), name="report_results"),
    ]
    return [path("reports/translation-status/", include((urls, "translation_status")))]


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return may_view(request.user)


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"),
        reverse("translation_status:report"),
        name="translation-status",
        icon_name="wagtail-localize-language",
        order=750,
    )


@hooks.register("construct_homepage_panels")
def add_dashboard_panel(request, panels):
    if may_view(request.user):
        panels.append(TranslationStatusDashboardPanel())
