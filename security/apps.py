from django.apps import AppConfig


class SecurityConfig(AppConfig):
    """Staff sign-in security and site-wide protective headers."""

    name = "security"

    def ready(self):
        from . import signals  # noqa: F401
