from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SignupsConfig(AppConfig):
    name = "signups"
    verbose_name = _("Sign-ups")

    def ready(self):
        # Imported here, not at the top: models may be imported only once the apps are loaded.
        from django.db.models.signals import post_delete, post_save
        from wagtail.signals import page_published

        from projects import availability, calendars

        from .availability import for_sessions, places_changed
        from .models import Registration
        from .notices import calendar_sequences, session_changes_published

        # No sender: Wagtail sends the page's own class (a council call, a round...), never its parent's.
        page_published.connect(session_changes_published, dispatch_uid="signups.notices")
        # What this app contributes to the opportunity pages and calendars below it (README, "Layers").
        availability.provided_by(for_sessions)
        calendars.register_sequence_lookup(calendar_sequences)
        for signal in (post_save, post_delete):
            signal.connect(places_changed, sender=Registration, dispatch_uid=f"signups.places.{id(signal)}")
