from django.core.management.base import BaseCommand

from councils import workspaces


class Command(BaseCommand):
    help = (
        "Set up each council page's workspace (editors group, permissions, collection, approval workflow) "
        "and the translators' pages in every language. Adds only what is missing; never undoes admin changes."
    )

    def handle(self, *args, **options):
        workspaces.set_up_all()
        self.stdout.write("Council workspaces and translators' pages are in place.")
