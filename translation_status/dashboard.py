"""The dashboard panel: how many translations are out of date and how many drafts wait, in a few queries."""

from django.utils.translation import pgettext_lazy
from wagtail.admin.ui.components import Component

from . import status


class TranslationStatusDashboardPanel(Component):
    name = "translation_status"
    template_name = "translation_status/dashboard_panel.html"
    order = 150  # after Wagtail's own notices, before the moderation and edit lists

    def get_context_data(self, parent_context):
        totals = status.counts(status.all_rows())
        return {
            "heading": pgettext_lazy("translation status", "Translations"),
            "outdated": totals[status.OUTDATED],
            "drafts": totals[status.DRAFT],
        }
