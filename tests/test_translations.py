"""Interface texts: every message is translated into fi, sv and en, and the .po files are up to date."""

import shutil
from pathlib import Path

import polib
import pytest
from django.core.management import CommandError, call_command

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
