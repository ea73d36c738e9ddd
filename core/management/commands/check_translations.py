"""Fail when a message in locale/<lang>/LC_MESSAGES/django.po is untranslated or fuzzy."""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Check that every message of the project's .po files is translated in every language."

    def handle(self, *args, **options):
        problems = []
        for code, _name in settings.LANGUAGES:
            path = Path(settings.LOCALE_PATHS[0]) / code / "LC_MESSAGES" / "django.po"
            if not path.exists():
                problems.append(f"{path}: missing")
                continue
            catalogue = polib.pofile(str(path))
            for entry in catalogue.untranslated_entries() + catalogue.fuzzy_entries():
                problems.append(
                    f"{path}:{entry.linenum}: {'fuzzy' if entry.fuzzy else 'untranslated'}: {entry.msgid!r}"
                )
            self.stdout.write(f"{code}: {len(catalogue.translated_entries())} messages translated")
        if problems:
            raise CommandError("Untranslated messages:\n" + "\n".join(problems))
