from django.conf import settings
from django.core.management.base import BaseCommand

from councils import retention


class Command(BaseCommand):
    help = (
        "Delete responses to council calls CALL_RESPONSE_RETENTION_DAYS after the call's deadline. Run daily."
    )

    def handle(self, *args, **options):
        deleted = retention.apply()
        self.stdout.write(
            f"Deleted {deleted} responses to calls whose deadline passed "
            f"more than {settings.CALL_RESPONSE_RETENTION_DAYS} days ago."
        )
