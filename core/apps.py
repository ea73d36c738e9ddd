from django.apps import AppConfig
from django.db.models.signals import pre_migrate

from core import migration_timeouts


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Core"

    def ready(self):
        # pre_migrate is sent for every app before any migration runs: core's alone is enough.
        pre_migrate.connect(migration_timeouts.apply, sender=self, dispatch_uid="core.migration_timeouts")
