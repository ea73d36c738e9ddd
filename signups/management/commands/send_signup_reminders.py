from core.jobs import JobCommand
from signups import reminders


class Command(JobCommand):
    help = (
        "Queue reminder emails for sessions starting within each opportunity's reminder time. "
        "Run every 15 minutes."
    )

    def run(self, *args, **options):
        self.stdout.write(f"Queued {reminders.send_due()} reminders.")
