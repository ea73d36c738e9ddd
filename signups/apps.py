from django.apps import AppConfig


class SignupsConfig(AppConfig):
    """Residents' registrations for sessions: places, waitlist, cancelling, retention."""

    name = "signups"
