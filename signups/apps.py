from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SignupsConfig(AppConfig):
    name = "signups"
    verbose_name = _("Sign-ups")

    def ready(self):
        from wagtail.signals import page_published

        from projects.models import OpportunityPage

        from .notices import session_changes_published

        page_published.connect(
            session_changes_published, sender=OpportunityPage, dispatch_uid="signups.notices"
        )
