from django.core.management import call_command

from core.jobs import JobCommand


class Command(JobCommand):
    help = (
        "Publish and unpublish what editors scheduled (Wagtail's go-live and expiry times) and its "
        "scheduled snippets. Run every minute on every server: one of them does it."
    )

    def run(self, *args, **options):
        call_command("publish_scheduled", stdout=self.stdout)
