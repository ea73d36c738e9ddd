from django.conf import settings

from core.jobs import JobCommand
from councils import retention


class Command(JobCommand):
    help = (
        "Delete responses to council calls CALL_RESPONSE_RETENTION_DAYS after the call's deadline. Run daily."
    )

    def run(self, *args, **options):
        deleted = retention.apply()
        self.stdout.write(
            f"Deleted {deleted} responses to calls whose deadline passed "
            f"more than {settings.CALL_RESPONSE_RETENTION_DAYS} days ago."
        )
