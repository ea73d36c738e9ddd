"""An opportunity is published in Finnish, translated into Swedish and English, and kept up to date.

The flow (tests/browser/translation_flow.py) runs once in the session fixture;
each test reads what the people in it saw.
"""

import pytest

from projects.models import OpportunityPage

from .translation_flow import (
    INTRO,
    NEW_FINNISH_INTRO,
    SLUGS,
    TITLE,
    TRANSLATIONS,
    TRANSLATOR_INTRO,
    VENUE,
)

pytestmark = [pytest.mark.browser, pytest.mark.demo]


def seen(findings, step):
    """What the flow saw at a step; fails with the reason when the flow stopped before it."""
    flow = findings.translation_flow
    assert step in flow.reached, f"the translation flow did not reach {step!r}: {flow.failure}"
    return flow.seen.get(step, {})


def test_publishing_without_the_transparency_answers_asks_first_and_publishes_nothing(findings):
    warning = seen(findings, "publish-warning")
    assert "/admin/pages/add/" in warning["url"], "still in the editor, with everything typed"
    assert len(warning["errors"]) == 1 + len(OpportunityPage.publish_checks), warning["errors"]
    for label in warning["labels"].values():
        assert any(label in error for error in warning["errors"]), f"{label!r} is named as missing"
    assert warning["box_visible"] and not warning["box_checked"]
    assert (warning["title_kept"], warning["venue_kept"]) == (TITLE, VENUE), "nothing typed is lost"
    assert warning["stored"] == {"fi": None, "sv": None, "en": None}, "not saved, not live"
    assert warning["public_status"] == 404

    published = seen(findings, "published-fi")
    finnish = published["stored"]["fi"]
    assert finnish["live"] and finnish["intro"] == INTRO and finnish["sessions"] == [VENUE]
    assert published["status"] == 200
    assert published["found_by_search"]
    assert (published["stored"]["sv"], published["stored"]["en"]) == (None, None)


def test_new_translations_are_drafts_that_no_visitor_finds(findings):
    started = seen(findings, "translations-started")
    for language in ("sv", "en"):
        draft = started["stored"][language]
        assert draft is not None, f"a {language} translation was started"
        assert not draft["live"] and draft["title"] == TITLE, "a copy of the Finnish text, not public"
        assert started[language]["status"] == 404, draft["url"]
        assert started[language]["in_catalogue"] == {"listing": False, "search": False}
        assert not started[language]["found_by_search"]


@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_segment_is_translated_and_published_in_the_editor(findings, language):
    translated = seen(findings, f"translated-{language}")
    assert translated["typed"] == TRANSLATIONS[language], "title, intro, venue and web address"
    page = translated["stored"]
    assert page["live"]
    assert page["title"] == TRANSLATIONS[language][TITLE]
    assert page["intro"] == TRANSLATIONS[language][INTRO]
    assert page["sessions"] == [TRANSLATIONS[language][VENUE]]


def test_all_three_are_live_in_their_language_with_plain_ascii_addresses(findings):
    public = seen(findings, "public")
    paths = {language: public[language]["path"] for language in ("fi", "sv", "en")}
    assert paths == {
        "fi": f"/fi/osallistu/{SLUGS['fi']}/",
        "sv": f"/sv/delta/{SLUGS['sv']}/",
        "en": f"/en/take-part/{SLUGS['en']}/",
    }
    for language, visit in public.items():
        assert visit["status"] == 200, visit["path"]
        assert visit["lang"] == language
        assert visit["final_url"].isascii() and "%" not in visit["final_url"], visit["final_url"]
        assert visit["switcher"] == paths, "the language switcher links the three versions"
        assert visit["in_catalogue"]["search"], f"listed in the {language} catalogue"
        assert visit["found_by_search"], f"found by the {language} site search"
    assert public["fi"]["h1"] == TITLE
    assert public["sv"]["h1"] == TRANSLATIONS["sv"][TITLE]
    assert public["en"]["h1"] == TRANSLATIONS["en"][TITLE]


def test_a_translator_publishes_swedish_but_cannot_touch_the_finnish_source(findings):
    translator = seen(findings, "translator")
    editor = translator["swedish_editor"]
    assert editor["status"] == 200 and editor["final_url"].endswith("/edit/") and editor["publish"]
    assert TRANSLATOR_INTRO in translator["swedish_public_text"]

    refused = translator["finnish_editor"]
    assert not refused["final_url"].endswith("/edit/"), "the Finnish editor does not open"
    assert refused["publish_buttons"] == 0
    assert translator["finnish_post"]["status"] in (302, 403)
    assert not translator["finnish_post"]["location"].endswith("/edit/")
    assert translator["finnish_after"] == translator["finnish_before"], "same live revision and text"


def test_the_status_report_shows_translations_out_of_date_once_the_finnish_text_changes(findings):
    before = seen(findings, "report-before")
    assert before["status"] == 200 and before["rows"] == 0, "up to date right after translating"

    changed = seen(findings, "finnish-changed")
    assert changed["stored"]["intro"] == NEW_FINNISH_INTRO and changed["stored"]["live"]
    assert not changed["admin_url"].endswith("/edit/"), "published from the editor at once"
    assert changed["asked_to_confirm"] == 0, "with the transparency answers nothing asks to confirm"

    after = seen(findings, "report-after")
    assert after["status"] == 200 and after["rows"] == 1
    assert after["languages"] == {"sv": "outdated", "en": "outdated"}


def test_every_admin_screen_of_the_flow_works_under_the_admin_policy(findings):
    flow = findings.translation_flow
    seen(findings, "report-after")
    stored = flow.seen["translations-started"]["stored"]
    screens = " ".join(flow.admin_urls)
    for screen in (
        "/admin/pages/add/projects/opportunitypage/",  # also with the publish warning
        f"/admin/localize/submit/page/{stored['fi']['pk']}/",
        f"/admin/pages/{stored['sv']['pk']}/edit/",  # wagtail-localize's translation editor
        f"/admin/pages/{stored['en']['pk']}/edit/",
        f"/admin/pages/{stored['fi']['pk']}/edit/",
        "/admin/reports/translation-status/?status=outdated",
    ):
        assert screen in screens
    assert flow.csp_refused == []
