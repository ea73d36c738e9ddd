"""Builds the demo site from the texts in demo/content/*.yaml (read by ``demo.data``). Safe to run again.

Finnish objects are created as ordinary Wagtail pages and snippets. Swedish
and English versions are real wagtail-localize translations: the written
translations are imported as string translations (as if a translator had
typed them into the translation editor) and the targets saved from them, so
editors can keep working on them in Wagtail and "sync" never falls back to
Finnish text. Dates are relative to the day of the first run. An object that
already exists is left as it is, so a second run changes nothing.

The councils' calls are left in the state their spec asks for: live (and
translated), a Finnish draft, or a Finnish draft submitted to the council's
approval workflow by the council's editor. With dev settings the loader
also creates the demo accounts: the admin, one editor per council, one
communications user and a member of the wellbeing money working group.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from councils import workspaces
from networks.models import Council
from wellbeing import working_group

from . import council_pages, data
from .builder import Builder

# The demo accounts besides the admin, dev settings only: username, first name, group.
DEMO_ACCOUNTS = [
    ("nuorisovaltuusto", "Nelli", workspaces.COUNCIL_EDITORS[Council.YOUTH]),
    ("vanhusneuvosto", "Veikko", workspaces.COUNCIL_EDITORS[Council.ELDERLY]),
    ("vammaisneuvosto", "Vilja", workspaces.COUNCIL_EDITORS[Council.DISABILITY]),
    ("viestinta", "Viivi", workspaces.COMMUNICATIONS),
    ("kaantaja", "Kaisa", workspaces.TRANSLATORS),
    ("tyoryhma", "Tuula", working_group.WORKING_GROUP),
]


@transaction.atomic
def load(log=print):
    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code, _ in settings.LANGUAGES}
    builder = Builder(data.load(), locales, log)
    builder.build()
    workspaces.set_up_all()
    working_group.ensure()
    accounts = getattr(settings, "DEMO_ADMIN_USERNAME", None)
    editors = _ensure_accounts() if accounts else {}
    council_pages.unpublished_calls(builder, editors)
    if accounts:
        _log_accounts(log)


def _ensure_accounts():
    """The admin, the councils' editors, a communications user and a member of the wellbeing money
    working group, all with the demo password.

    Returns each council's editor by council. New staff accounts use the admin in Finnish.
    Existing accounts are left as they are, apart from joining their group.
    """
    User = get_user_model()
    username, password = settings.DEMO_ADMIN_USERNAME, settings.DEMO_ADMIN_PASSWORD
    if not User.objects.filter(username=username).exists():
        User.objects.create_superuser(username, "admin@example.com", password)
    users = {}
    for username, first_name, group_name in DEMO_ACCOUNTS:
        user = User.objects.filter(username=username).first()
        if user is None:
            email = f"{username}@example.fi"
            user = User.objects.create_user(
                username, email, password, first_name=first_name, last_name="Demo"
            )
            # The admin in Finnish, as city staff use it; each can change it under Account.
            UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "fi"})
        if not user.groups.filter(name=group_name).exists():
            user.groups.add(Group.objects.get(name=group_name))
        users[group_name] = user
    return {council: users[group_name] for council, group_name in workspaces.COUNCIL_EDITORS.items()}


def _log_accounts(log):
    password = settings.DEMO_ADMIN_PASSWORD
    log(f"Wagtail admin: {settings.WAGTAILADMIN_BASE_URL}/admin/ (dev settings only; password {password!r})")
    log(f"  {settings.DEMO_ADMIN_USERNAME!r}: superuser")
    for username, _first_name, group_name in DEMO_ACCOUNTS:
        log(f"  {username!r}: {group_name}")
