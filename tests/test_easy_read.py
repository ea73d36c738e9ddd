"""Easy-to-read summaries (selkokieli, lättläst, easy English): a marked box near the top of every page
type, in the page's language; an ordinary field for editors, translators, search and the API."""

import pytest
from django.apps import apps
from django.template.loader import get_template
from wagtail.models import Locale
from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtail_localize.models import Translation, TranslationSource

from core.models import BasePage
from tests.factories import misc
from tests.html import soup
from tests.staff import make_staff, sign_in

pytestmark = pytest.mark.django_db

SUMMARY = """Tällä sivulla kerromme, miten voit osallistua.
Voit tulla mukaan ilman ilmoittautumista.

Voit osallistua näin:
- Tule työpajaan.
- Vastaa kyselyyn.

Kysy lisää osallisuusagentilta."""

FRAME_PAGES = ["home", "model", "about", "opportunities", "outcomes", "networks", "youth"]


def _publish_summary(page, text=SUMMARY):
    page.easy_read_summary = text
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def _box(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return soup(response).select_one("main .easy-read")


def _text(element):
    return " ".join(element.get_text(" ").split())


def test_the_box_is_a_labelled_section_in_the_pages_language_with_paragraphs_and_a_list(client, pages):
    page = _publish_summary(pages["about"]["fi"])
    box = _box(client, page)
    assert box.name == "section"
    assert box["lang"] == "fi"
    heading = box.find("h2")
    assert heading["id"] == box["aria-labelledby"]
    assert heading.get_text(strip=True)
    paragraphs = box.find_all("p")
    assert [_text(p) for p in paragraphs] == [
        "Tällä sivulla kerromme, miten voit osallistua. Voit tulla mukaan ilman ilmoittautumista.",
        "Voit osallistua näin:",
        "Kysy lisää osallisuusagentilta.",
    ]
    assert len(paragraphs[0].find_all("br")) == 1  # the writer's line break stays
    assert [li.get_text() for li in box.select("ul > li")] == ["Tule työpajaan.", "Vastaa kyselyyn."]


def test_the_box_comes_right_after_the_introduction(client, pages):
    page = _publish_summary(pages["model"]["fi"])
    main = soup(client.get(page.url)).main
    lead = main.select_one(".lead")
    assert lead.find_next_sibling() is main.select_one(".easy-read")


def test_the_english_box_is_headed_easy_to_read_english(client, pages):
    page = _publish_summary(pages["about"]["en"], "This page tells you how to take part.")
    box = _box(client, page)
    assert box["lang"] == "en"
    assert box.h2.get_text() == "Easy-to-read English"
    assert _text(box.p) == "This page tells you how to take part."


def test_markup_typed_into_the_summary_is_shown_as_text(client, pages):
    page = _publish_summary(pages["about"]["fi"], "<script>alert(1)</script> & <b>lihava</b>")
    box = _box(client, page)
    assert not box.find("script") and not box.find("b")
    assert _text(box.p) == "<script>alert(1)</script> & <b>lihava</b>"


@pytest.mark.parametrize("text", ["", "  \n\n \r\n "])
def test_a_page_without_a_summary_has_no_box(client, pages, text):
    page = _publish_summary(pages["about"]["fi"], text)
    html = soup(client.get(page.url))
    assert html.select(".easy-read") == []
    assert html.select("#easy-read-heading") == []


@pytest.mark.parametrize("key", FRAME_PAGES)
def test_the_frames_pages_show_the_box(client, pages, key):
    for language in ("fi", "sv", "en"):
        page = _publish_summary(pages[key][language], f"Lue tämä ({language}).")
        box = _box(client, page)
        assert box is not None, f"{key} ({language})"
        assert box["lang"] == language
        assert _text(box.p) == f"Lue tämä ({language})."


def test_every_other_kind_of_page_shows_the_box(client, pages):
    for kind, versions in misc.every_kind_of_page(pages).items():
        for language, page in versions.items():
            box = _box(client, _publish_summary(page, f"{kind} selkokielellä."))
            assert box is not None, f"{kind} ({language})"
            assert box["lang"] == language
            assert _text(box.p) == f"{kind} selkokielellä."


def _page_types():
    return [model for model in apps.get_models() if issubclass(model, BasePage) and not model._meta.abstract]


def test_every_page_type_includes_the_box():
    """A page type added later shows the summary too, or this names it."""
    assert len(_page_types()) >= 12
    missing = [
        model.__name__
        for model in _page_types()
        if 'include "includes/easy_read.html"' not in get_template(model.template).template.source
    ]
    assert missing == []


def test_every_page_types_editor_has_the_field():
    """However a page type arranges its tabs, its editors can write the summary."""
    missing = [
        model.__name__
        for model in _page_types()
        if "easy_read_summary" not in model.get_edit_handler().get_form_class().base_fields
    ]
    assert missing == []


def test_the_edit_form_has_the_field(client, pages):
    sign_in(client, make_staff())
    response = client.get(f"/admin/pages/{pages['about']['fi'].pk}/edit/")
    assert response.status_code == 200
    html = soup(response)
    field = html.select_one('textarea[name="easy_read_summary"]')
    assert field is not None
    assert html.select_one(f'label[for="{field["id"]}"]') is not None


def test_the_summary_is_saved_from_the_edit_form(client, pages):
    sign_in(client, make_staff())
    page = pages["about"]["fi"]
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "intro": page.intro,
            "easy_read_summary": "Tämä sivu kertoo palvelusta.\r\n\r\nSinä voit antaa palautetta.",
            "body": streamfield([]),
            "action-publish": "action-publish",
        }
    )
    response = client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 302, soup(response).select(".error-message")
    box = _box(client, type(page).objects.get(pk=page.pk))
    assert [_text(p) for p in box.find_all("p")] == [
        "Tämä sivu kertoo palvelusta.",
        "Sinä voit antaa palautetta.",
    ]


def test_the_summary_travels_through_wagtail_localize(client, pages):
    """The Finnish summary is one segment for the translator; the Swedish page shows its translation."""
    finnish = _publish_summary(pages["about"]["fi"])
    source, _created = TranslationSource.update_or_create_from_instance(finnish)
    translation = Translation.objects.get(source=source, target_locale=Locale.objects.get(language_code="sv"))
    po = translation.export_po()
    entry = next(entry for entry in po if entry.msgctxt == "easy_read_summary")
    assert "Voit osallistua näin:" in entry.msgid and "Tule työpajaan." in entry.msgid
    entry.msgstr = "På den här sidan berättar vi hur du kan delta.<br><br>Du kan komma till en verkstad."
    translation.import_po(po, translation_type="manual")
    translation.save_target(publish=False)
    swedish = type(finnish).objects.get(pk=translation.get_target_instance().pk)
    swedish.get_latest_revision().publish()
    box = _box(client, type(swedish).objects.get(pk=swedish.pk))
    assert box["lang"] == "sv"
    assert [_text(p) for p in box.find_all("p")] == [
        "På den här sidan berättar vi hur du kan delta.",
        "Du kan komma till en verkstad.",
    ]


def test_search_finds_a_page_by_a_word_in_its_summary(client, pages):
    _publish_summary(pages["about"]["fi"], "Tässä on sana kummitusjuna.")
    response = client.get("/fi/haku/", {"q": "kummitusjuna"})
    links = [a["href"] for a in soup(response).select(".search-results a")]
    assert pages["about"]["fi"].url in links


def test_the_api_gives_the_summary_where_it_gives_the_introduction(client, pages):
    workshop = misc.workshop("Selkotyöpaja")
    _publish_summary(workshop["fi"], "Tule mukaan.")
    response = client.get(
        "/api/v2/pages/",
        {"type": "projects.OpportunityPage", "locale": "fi", "fields": "intro,easy_read_summary"},
    )
    assert response.status_code == 200
    items = {item["title"]: item for item in response.json()["items"]}
    assert items["Selkotyöpaja"]["easy_read_summary"] == "Tule mukaan."
