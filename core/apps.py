from django.apps import AppConfig
from django.db.models.signals import post_delete, post_migrate, post_save, pre_migrate

from core import migration_timeouts


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Core"

    def ready(self):
        # pre_migrate is sent for every app before any migration runs: core's alone is enough.
        pre_migrate.connect(migration_timeouts.apply, sender=self, dispatch_uid="core.migration_timeouts")
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from core import navigation, page_cache  # import models: only once the apps are ready

        # The chrome (home pages, menu, footer links) in the shared cache is recomputed after any change.
        for signal in (post_save, post_delete, page_published, page_unpublished, post_page_move):
            signal.connect(navigation.invalidate, dispatch_uid=f"core.navigation.invalidate.{id(signal)}")
        # Every release runs migrate: what the previous code kept in the cache is not read again.
        post_migrate.connect(
            navigation.invalidate, sender=self, dispatch_uid="core.navigation.invalidate.migrate"
        )
        # The shared page cache in front (Varnish) drops what a change shows on.
        for signal in (page_published, page_unpublished):
            signal.connect(page_cache.page_changed, dispatch_uid=f"core.page_cache.page_changed.{id(signal)}")
        post_page_move.connect(page_cache.purge_everything_on_commit, dispatch_uid="core.page_cache.moved")
        for signal in (post_save, post_delete):
            signal.connect(page_cache.content_changed, dispatch_uid=f"core.page_cache.changed.{id(signal)}")
