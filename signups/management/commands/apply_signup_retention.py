from django.conf import settings

from core.jobs import JobCommand
from signups import retention


class Command(JobCommand):
    help = (
        "Delete accessibility needs of ended sessions and anonymise registrations "
        "SIGNUP_RETENTION_DAYS after their session, and old outbox messages. Run daily."
    )

    def run(self, *args, **options):
        needs, anonymised, messages = retention.apply()
        self.stdout.write(
            f"Deleted accessibility needs of {needs} registrations; anonymised {anonymised} registrations "
            f"older than {settings.SIGNUP_RETENTION_DAYS} days after their session; deleted {messages} "
            f"outbox messages older than {settings.OUTBOX_RETENTION_DAYS} days."
        )
