"""Interface texts: every message is translated into fi, sv and en, and the .po files are up to date."""

import shutil
from pathlib import Path

import polib
import pytest
from django.core.management import CommandError, call_command
from django.utils import translation

from tests.subprocess_django import ROOT, run_manage

LANGUAGES = ["fi", "sv", "en"]


def _catalogue(root, language):
    return polib.pofile(str(Path(root) / "locale" / language / "LC_MESSAGES" / "django.po"))


def _messages(catalogue):
    return {(entry.msgctxt, entry.msgid) for entry in catalogue if not entry.obsolete}


def test_check_translations_passes_on_the_project(capsys):
    call_command("check_translations")
    assert "fi:" in capsys.readouterr().out


def test_check_translations_reports_an_untranslated_message(tmp_path, settings):
    for language in LANGUAGES:
        target = tmp_path / language / "LC_MESSAGES"
        target.mkdir(parents=True)
        catalogue = _catalogue(ROOT, language)
        if language == "sv":
            catalogue.append(polib.POEntry(msgid="A new text", msgstr=""))
        catalogue.save(str(target / "django.po"))
    settings.LOCALE_PATHS = [tmp_path]
    with pytest.raises(CommandError, match="untranslated: 'A new text'"):
        call_command("check_translations")


def test_po_files_hold_every_message_of_the_code_and_templates(tmp_path):
    """makemessages on a copy of the project finds no message that the committed .po files lack."""
    copy = tmp_path / "project"
    ignore = shutil.ignore_patterns(".venv", "node_modules", ".git", "*.mo", "__pycache__", "staticfiles")
    shutil.copytree(ROOT, copy, ignore=ignore)
    result = run_manage(
        "makemessages",
        "-l",
        "fi",
        "-l",
        "sv",
        "-l",
        "en",
        "--ignore=.venv",
        "--ignore=node_modules",
        cwd=copy,
    )
    assert result.returncode == 0, result.stderr
    for language in LANGUAGES:
        missing = _messages(_catalogue(copy, language)) - _messages(_catalogue(ROOT, language))
        assert not missing, f"run `make messages` and translate: {sorted(missing, key=str)}"


def _upstream_messages(domain):
    """(msgctxt, msgid) of every message the installed Wagtail and wagtail-localize know."""
    site_packages = Path(polib.__file__).parent
    messages = set()
    for catalogue in [
        *site_packages.glob(f"wagtail/**/locale/en/LC_MESSAGES/{domain}.po"),
        *site_packages.glob(f"wagtail_localize/**/locale/en/LC_MESSAGES/{domain}.po"),
    ]:
        messages |= _messages(polib.pofile(str(catalogue)))
    return messages


@pytest.mark.parametrize("domain", ["django", "djangojs"])
@pytest.mark.parametrize("language", ["fi", "sv"])
def test_every_override_of_wagtails_translations_is_still_a_wagtail_message(language, domain):
    """After an upgrade, a renamed message would silently show in English again: fail instead."""
    overrides = polib.pofile(
        str(ROOT / "locale" / "wagtail_overrides" / language / "LC_MESSAGES" / f"{domain}.po")
    )
    assert len(overrides) > 0
    assert overrides.percent_translated() == 100
    stale = _messages(overrides) - _upstream_messages(domain)
    # wagtail_localize.locales ships compiled catalogues only; its app name is not in any .po.
    stale -= {(None, "Wagtail locales (Wagtail Localize version)")}
    assert not stale, sorted(stale, key=str)


def test_the_admin_speaks_finnish_and_swedish_where_wagtail_left_english():
    message = 'The page "%(title)s" has been submitted for approval to moderation stage "%(task)s".'
    with translation.override("fi"):
        assert translation.gettext(message) != message
    with translation.override("sv"):
        assert translation.gettext(message) != message
