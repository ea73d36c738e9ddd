from django.core.management.base import BaseCommand

from councils import workspaces


class Command(BaseCommand):
    help = "Create or repair the council editor groups, the communications group and the approval workflow."

    def handle(self, *args, **options):
        workspaces.set_up_all()
        self.stdout.write("Council workspaces are in place.")
