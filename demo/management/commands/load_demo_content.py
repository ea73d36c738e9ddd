from django.core.management.base import BaseCommand

from demo import loader


class Command(BaseCommand):
    help = "Create the demo pages in Finnish with Swedish and English translations. Idempotent."

    def handle(self, *args, **options):
        loader.load(log=self.stdout.write)
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
