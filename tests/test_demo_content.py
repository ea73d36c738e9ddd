"""The demo content command: real translations through wagtail-localize, and idempotent."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page, PageLogEntry, Revision
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from core.demo import content

pytestmark = pytest.mark.django_db


def _snapshot():
    return {
        "pages": list(
            Page.objects.order_by("pk").values_list("pk", "path", "numchild", "live", "latest_revision_id")
        ),
        "revisions": Revision.objects.count(),
        "log entries": PageLogEntry.objects.count(),
        "sources": TranslationSource.objects.count(),
        "string translations": StringTranslation.objects.count(),
        "users": get_user_model().objects.count(),
    }


def test_a_second_run_changes_nothing(demo_site):
    before = _snapshot()
    call_command("load_demo_content", stdout=io.StringIO())
    assert _snapshot() == before


def test_the_page_tree_is_consistent(demo_site):
    problems = Page.find_problems()
    assert all(not found for found in problems), problems


@pytest.mark.parametrize("language", ["sv", "en"])
def test_translations_are_complete_wagtail_localize_translations(pages, language):
    for key, by_language in pages.items():
        translation = Translation.objects.get(
            source__object_id=by_language["fi"].translation_key, target_locale__language_code=language
        )
        total, done = translation.get_progress()
        assert total == done, f"{key} ({language}) has untranslated segments"
        assert by_language[language].live


def test_translated_pages_carry_their_own_text(pages):
    spec = next(spec for spec in content.STANDARD_PAGES if spec["key"] == "accessibility")
    for language in ("fi", "sv", "en"):
        page = pages["accessibility"][language]
        assert page.title == spec["title"][language]
        assert page.intro == spec["intro"][language]
        assert page.body[0].value == spec["body"][0][1][language]


def test_every_demo_text_is_written_in_all_three_languages():
    specs = [content.HOME_PAGE, *content.STANDARD_PAGES]
    for spec in specs:
        texts = [spec[key] for key in ("title", "intro", "search_description", "slug")]
        texts += [text for _kind, text in spec["body"]]
        for text in texts:
            assert set(text) == {"fi", "sv", "en"}
            assert all(value.strip() for value in text.values())
            assert text["sv"] != text["fi"] and text["en"] != text["fi"]


def test_no_admin_account_outside_dev_settings(demo_site):
    assert not get_user_model().objects.exists()


def test_dev_settings_create_the_local_admin(demo_site, settings):
    settings.DEMO_ADMIN_USERNAME = "admin"
    settings.DEMO_ADMIN_PASSWORD = "osallistu-pori-demo"
    call_command("load_demo_content", stdout=io.StringIO())
    admin = get_user_model().objects.get(username="admin")
    assert admin.is_superuser and admin.check_password("osallistu-pori-demo")
