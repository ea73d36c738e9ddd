from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SignupsConfig(AppConfig):
    name = "signups"
    verbose_name = _("Sign-ups")

    def ready(self):
        from wagtail.signals import page_published

        from .notices import session_changes_published

        # No sender: Wagtail sends the page's own class (a council call, a round...), never its parent's.
        page_published.connect(session_changes_published, dispatch_uid="signups.notices")
