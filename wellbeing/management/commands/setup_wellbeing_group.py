from django.core.management.base import BaseCommand

from wellbeing import working_group


class Command(BaseCommand):
    help = "Create or repair the wellbeing money working group and its permissions."

    def handle(self, *args, **options):
        working_group.ensure()
        self.stdout.write(f"The group “{working_group.WORKING_GROUP}” is in place.")
