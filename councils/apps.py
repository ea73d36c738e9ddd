from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CouncilsConfig(AppConfig):
    """The councils' own calls and statements, with workspaces and an approval workflow."""

    name = "councils"
    verbose_name = _("Councils")

    def ready(self):
        # Imported here, not at the top: models may be imported only once the apps are loaded.
        from . import page_context  # noqa: F401 -- on app loading, registers the network page's calls and statements
