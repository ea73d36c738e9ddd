from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from security import two_factor


class Command(BaseCommand):
    help = "Remove a staff user's authenticator app and recovery codes; they enrol again at the next sign-in."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, username, **options):
        try:
            user = get_user_model().objects.get_by_natural_key(username)
        except get_user_model().DoesNotExist:
            raise CommandError(f"No user {username!r}") from None
        two_factor.reset(user)
        self.stdout.write(f"Two-factor authentication reset for {username!r}.")
