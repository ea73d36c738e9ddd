from django.core.management.base import BaseCommand

from signups import reminders


class Command(BaseCommand):
    help = (
        "Queue reminder emails for sessions starting within each opportunity's reminder time. "
        "Run every 15 minutes."
    )

    def handle(self, *args, **options):
        self.stdout.write(f"Queued {reminders.send_due()} reminders.")
