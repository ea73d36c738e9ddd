"""``manage.py restore DIR``: a backup into an empty database, then its files; verified row by row."""

from django.core.management.base import BaseCommand
from django.db import DEFAULT_DB_ALIAS, connections

from core import backups


class Command(BaseCommand):
    help = (
        "Restore a backup made by `manage.py backup` into an empty PostgreSQL database "
        "(DATABASE_URL, or --database-url) and its files into MEDIA_ROOT and the private storages. "
        "Refuses a database or folder that is not empty unless --force."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", help="The backup's directory (osallistu-<UTC time>).")
        parser.add_argument(
            "--database-url",
            help="Restore into this database instead of the site's (postgres://user@host:5432/name).",
        )
        parser.add_argument(
            "--files-into",
            metavar="DIR",
            help="Restore the files into DIR/media, DIR/private and DIR/outbox, not the site's folders.",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Replace the tables of a non-empty database (pg_restore --clean) and existing files.",
        )

    def handle(self, *args, directory, database_url, files_into, force, **options):
        if database_url:
            database = backups.database_from_url(database_url)
        else:
            database = connections[DEFAULT_DB_ALIAS].settings_dict
        summary = backups.restore(directory, database, force=force, files_into=files_into)
        self.stdout.write(summary)
        self.stdout.write("Next: manage.py migrate --check, then run the daily retention commands.")
