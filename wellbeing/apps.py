from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WellbeingConfig(AppConfig):
    """Hyvinvointiraha (wellbeing money): theme vote, applications, evaluation, results and reports."""

    name = "wellbeing"
    verbose_name = _("Wellbeing money")

    def ready(self):
        from . import page_context  # noqa: F401 -- on app loading, registers what it adds to the outcomes and round pages
