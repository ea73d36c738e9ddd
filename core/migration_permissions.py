"""Permissions for data migrations that make groups.

Django creates model permissions after all migrations have run (post_migrate),
so on a fresh database a migration that gives a group permissions would find
none. ``make_permissions(apps)`` creates them early for the migration's own
historical models, exactly as post_migrate later would (it skips what exists).
"""

from django.contrib.auth.management import create_permissions


def make_permissions(apps):
    for app_config in apps.get_app_configs():
        # A migration's app configs are stubs without models_module, which create_permissions skips.
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
