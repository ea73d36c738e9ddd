"""``manage.py backup DIR``: the database, the media and private files and a manifest, in one directory."""

from django.core.management.base import BaseCommand
from django.db import DEFAULT_DB_ALIAS, connections

from core import backups


class Command(BaseCommand):
    help = (
        "Back up the PostgreSQL database (pg_dump, custom format), MEDIA_ROOT and the private "
        "storages into a new directory DIR/osallistu-<UTC time>/ with a manifest.json."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", help="Where to create the backup's directory.")

    def handle(self, *args, directory, **options):
        target = backups.back_up(connections[DEFAULT_DB_ALIAS].settings_dict, directory)
        self.stdout.write(str(target))
