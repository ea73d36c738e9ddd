"""Site search answers in the active language only."""

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.utils.translation import override as translation_override

from core.models import StandardPage
from tests.html import soup

pytestmark = pytest.mark.django_db


def _result_links(response):
    return [a["href"] for a in soup(response).select(".search-results a")]


def test_results_come_from_the_active_language_only(client, pages):
    for language, title in (("fi", "Reposaaren työpaja"), ("sv", "Verkstad i Reposaari")):
        pages["home"][language].add_child(instance=StandardPage(title=title, slug=f"reposaari-{language}"))
    assert _result_links(client.get("/sv/sok/", {"q": "Reposaari"})) == ["/sv/reposaari-sv/"]


def test_an_empty_query_explains_how_to_search(client, demo_site):
    response = client.get("/en/search/")
    assert response.status_code == 200
    page = soup(response)
    assert page.h1.get_text() == "Search"
    assert not page.select(".search-results")
    assert "Type a word into the search field" in page.main.get_text()


def test_no_results_gives_a_helpful_message_in_the_language(client, demo_site):
    page = soup(client.get("/fi/haku/", {"q": "xyzzy"}))
    assert "0 hakutulosta haulla ”xyzzy”" in page.main.get_text()
    assert "Kokeile toista sanaa" in page.main.get_text()


def test_results_are_paginated(client, pages):
    for number in range(12):
        pages["home"]["en"].add_child(
            instance=StandardPage(title=f"Kaasuhuone walk {number}", slug=f"kaasuhuone-{number}")
        )
    first = client.get("/en/search/", {"q": "Kaasuhuone"})
    second = client.get("/en/search/", {"q": "Kaasuhuone", "page": 2})
    assert len(_result_links(first)) == 10
    assert len(_result_links(second)) == 2
    assert "12 results for “Kaasuhuone”" in soup(first).main.get_text()
    assert soup(first).select_one(".pagination a")["href"] == "?q=Kaasuhuone&page=2"


def test_results_show_the_kind_of_page_its_date_and_a_snippet(client, pages):
    from django.utils import translation

    page = StandardPage(title="Ulvila road walk", slug="ulvila-road", intro="A walk along the old road.")
    pages["home"]["en"].add_child(instance=page)
    page.save_revision().publish()
    [result] = soup(client.get("/en/search/", {"q": "Ulvila"})).select("ol.search-results li")
    with translation.override("en"):
        kind = str(StandardPage._meta.verbose_name)
    assert kind.lower() in result.select_one(".card__meta").get_text().lower()
    page.refresh_from_db()
    assert result.select_one("time")["datetime"].startswith(str(page.last_published_at.year))
    assert "A walk along the old road." in result.get_text()


def test_staff_promotions_come_first_in_the_visitors_language_and_searches_are_not_stored(client, pages):
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion

    query = Query.objects.create(query_string="hyvinvointiraha")
    SearchPromotion.objects.create(
        query=query, page=pages["about"]["fi"], description="Lue ensin tämä.", sort_order=0
    )
    SearchPromotion.objects.create(query=query, page=pages["about"]["sv"], sort_order=1)
    page = soup(client.get("/fi/haku/", {"q": "Hyvinvointiraha"}))
    promoted = page.select(".search-promoted a")
    assert [a["href"] for a in promoted] == [pages["about"]["fi"].url]
    assert "Lue ensin tämä." in page.select_one(".search-promoted").get_text()
    assert pages["about"]["fi"].url not in [a["href"] for a in page.select("ol.search-results a")]
    client.get("/fi/haku/", {"q": "jotain aivan muuta"})
    assert list(Query.objects.values_list("query_string", flat=True)) == ["hyvinvointiraha"]


postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="stemming is PostgreSQL's (CI runs on it)"
)


def _publish(parent, title, slug, intro=""):
    page = parent.add_child(instance=StandardPage(title=title, slug=slug, intro=intro))
    page.save_revision().publish()
    return page


@postgresql_only
def test_an_inflected_finnish_word_finds_its_base_form(client, pages):
    _publish(pages["home"]["fi"], "Ruosniemen työpaja", "ruosniemi-tyopaja")
    _publish(pages["home"]["fi"], "Ruosniemen kävely", "ruosniemi-kavely")
    found = _result_links(client.get("/fi/haku/", {"q": "Ruosniemen työpajoihin"}))
    assert found == ["/fi/ruosniemi-tyopaja/"]


@postgresql_only
def test_swedish_and_english_pages_are_stemmed_in_their_own_language(client, pages):
    _publish(pages["home"]["sv"], "Dialog om Ruosniemi", "ruosniemi-dialog")
    _publish(pages["home"]["en"], "Ruosniemi walking tour", "ruosniemi-walk")
    assert _result_links(client.get("/sv/sok/", {"q": "Ruosniemi dialoger"})) == ["/sv/ruosniemi-dialog/"]
    assert _result_links(client.get("/en/search/", {"q": "Ruosniemi walks"})) == ["/en/ruosniemi-walk/"]


@postgresql_only
def test_each_row_of_the_shared_index_is_stemmed_with_its_pages_language(pages):
    from wagtail.search.models import IndexEntry

    same_word = {
        language: _publish(pages["home"][language], "Työpajoihin", f"stem-{language}")
        for language in ("fi", "sv")
    }
    titles = {
        language: str(IndexEntry.objects.get(object_id=str(page.pk)).title)
        for language, page in same_word.items()
    }
    assert titles == {"fi": "'työpaj':1B", "sv": "'työpajoihin':1B"}


@postgresql_only
def test_a_search_outside_the_request_keeps_the_language_it_was_made_in(pages):
    _publish(pages["home"]["fi"], "Ruosniemen työpaja", "ruosniemi-tyopaja")
    finnish_pages = StandardPage.objects.live().filter(locale=pages["home"]["fi"].locale)
    with translation_override("fi"):
        results = finnish_pages.search("Ruosniemen työpajoihin")
    with translation_override("en"):
        assert [page.slug for page in results] == ["ruosniemi-tyopaja"]


@postgresql_only
def test_documents_have_no_language_and_are_stemmed_in_finnish(db):
    from wagtail.documents import get_document_model

    document = get_document_model().objects.create(title="Nuorisovaltuuston pöytäkirjat")
    document.file.save("poytakirjat.txt", ContentFile(b"x"), save=True)
    with translation_override("sv"):
        found = list(get_document_model().objects.search("pöytäkirjoista"))
    assert found == [document]
