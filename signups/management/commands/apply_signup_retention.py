from django.conf import settings
from django.core.management.base import BaseCommand

from signups import retention


class Command(BaseCommand):
    help = (
        "Delete accessibility needs of ended sessions and anonymise registrations "
        "SIGNUP_RETENTION_DAYS after their session, and old outbox messages. Run daily."
    )

    def handle(self, *args, **options):
        needs, anonymised, messages = retention.apply()
        self.stdout.write(
            f"Deleted accessibility needs of {needs} registrations; anonymised {anonymised} registrations "
            f"older than {settings.SIGNUP_RETENTION_DAYS} days after their session; deleted {messages} "
            f"outbox messages older than {settings.OUTBOX_RETENTION_DAYS} days."
        )
