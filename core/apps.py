from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save, pre_migrate

from core import migration_timeouts


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Core"

    def ready(self):
        # pre_migrate is sent for every app before any migration runs: core's alone is enough.
        pre_migrate.connect(migration_timeouts.apply, sender=self, dispatch_uid="core.migration_timeouts")
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from core import navigation  # imports models: only once the apps are ready

        # The chrome (home pages, menu, footer links) in the shared cache is recomputed after any change.
        for signal in (post_save, post_delete, page_published, page_unpublished, post_page_move):
            signal.connect(navigation.invalidate, dispatch_uid=f"core.navigation.invalidate.{id(signal)}")
