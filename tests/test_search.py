"""Site search answers in the active language only, says what each result is, and offers a way on."""

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import override as translation_override

from core.models import StandardPage
from projects.models import CityArea, Topic
from tests.factories import CouncilCallPageFactory, days, make_opportunity, make_outcome, make_round
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


def test_no_results_gives_a_way_on_in_the_language(client, pages):
    page = soup(client.get("/fi/haku/", {"q": "xyzzy"}))
    text = page.main.get_text()
    assert "0 hakutulosta haulla ”xyzzy”" in text
    suggestions = page.select_one(".search-suggestions")
    links = {a.get_text(strip=True): a["href"] for a in suggestions.find_all("a")}
    with translation_override("fi"):
        assert links[gettext("All ways to take part")] == pages["opportunities"]["fi"].url
        assert gettext("Check the spelling.") in suggestions.get_text()
    assert links["Mitä kuulimme, mitä teimme"] == pages["outcomes"]["fi"].url
    assert "Did you mean" not in text and "Tarkoititko" not in text


def test_an_empty_result_suggests_the_topics_in_use_and_close_spellings(client, pages):
    catalogue = pages["opportunities"]["en"]
    locale = catalogue.locale
    culture = Topic.objects.create(name="Culture and events", slug="culture", locale=locale)
    Topic.objects.create(name="Urban planning", slug="planning", locale=locale)  # on no opportunity
    CityArea.objects.create(name="Reposaari", slug="reposaari", locale=locale)
    make_opportunity(catalogue, "Summer festival", sessions=[(5, 5)], topics=[culture])
    page = soup(client.get("/en/search/", {"q": "Reposari festivl"}))
    assert not page.select("ol.search-results li")
    suggestions = page.select_one(".search-suggestions")
    assert "Did you mean: Reposaari" in suggestions.get_text(" ", strip=True)
    assert suggestions.find("a", string="Reposaari")["href"] == "?q=Reposaari"
    topics = suggestions.select(".search-suggestions__topics a")
    assert [(a.get_text(), a["href"]) for a in topics] == [
        ("Culture and events", f"{catalogue.url}?topic=culture#results")
    ]


def test_an_empty_query_with_nothing_close_suggests_no_spelling(client, pages):
    CityArea.objects.create(name="Reposaari", slug="reposaari", locale=pages["home"]["en"].locale)
    page = soup(client.get("/en/search/", {"q": "qwerty"}))
    assert "Did you mean" not in page.main.get_text()
    assert page.select_one(".search-suggestions")


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


def test_other_pages_show_their_kind_and_no_date(client, pages):
    page = StandardPage(title="Ulvila road walk", slug="ulvila-road", intro="A walk along the old road.")
    pages["home"]["en"].add_child(instance=page)
    page.save_revision().publish()
    make_outcome(pages["outcomes"]["en"], "Ulvila road lights", [], status="implemented")
    results = soup(client.get("/en/search/", {"q": "Ulvila"})).select("ol.search-results li")
    meta = {result.h2.get_text(strip=True): result.select_one(".card__meta") for result in results}
    assert meta["Ulvila road walk"].get_text(" ", strip=True) == "Page"
    assert meta["Ulvila road lights"].get_text(" ", strip=True) == "Outcome Implemented"
    assert not any(result.select("time") for result in results)
    assert "A walk along the old road." in results[[*meta].index("Ulvila road walk")].get_text()


def _search_meta(response):
    return {
        result.h2.get_text(strip=True): [
            span.get_text(" ", strip=True) for span in result.select(".card__meta > span")
        ]
        for result in soup(response).select("ol.search-results li")
    }


def _date(offset, hour=12):
    with translation_override("en"):
        return date_format(timezone.localtime(days(offset, hour)), "DATE_FORMAT")


def test_opportunities_show_their_kind_status_and_what_their_date_is(client, pages):
    catalogue = pages["opportunities"]["en"]
    make_opportunity(catalogue, "Kaasuhuone survey", method="survey", opens=-30, closes=-2)
    make_opportunity(catalogue, "Kaasuhuone workshop", sessions=[(3, 3), (10, 10)], opens=-5, closes=1)
    make_round(catalogue, "Kaasuhuone wellbeing money", phase="applications")
    CouncilCallPageFactory(
        parent=pages["youth"]["en"], title="Kaasuhuone council call", closes_at=days(6), opens_at=days(-1)
    )
    meta = _search_meta(client.get("/en/search/", {"q": "Kaasuhuone"}))
    assert meta == {
        "Kaasuhuone survey": ["Closed", "Survey", f"Ended {_date(-2)}"],
        "Kaasuhuone workshop": [
            "Open now",
            "Workshop",
            f"Next session {_date(3, 17)}",
            f"Sign-up closes {_date(1)}",
        ],
        "Kaasuhuone wellbeing money": ["Open now", "Grant", f"Apply by {_date(20)}"],
        "Kaasuhuone council call": ["Open now", "Council call", f"Respond by {_date(6)}"],
    }
    page = soup(client.get("/en/search/", {"q": "Kaasuhuone survey"}))
    assert "status--closed" in page.select_one("ol.search-results .status")["class"]


def _count_queries(client, url, params):
    client.get(url, params)
    with CaptureQueriesContext(connection) as context:
        assert client.get(url, params).status_code == 200
    return len(context.captured_queries)


def test_search_queries_do_not_grow_with_the_results(client, pages):
    catalogue = pages["opportunities"]["en"]

    def add(count, start):
        for number in range(start, start + count):
            make_opportunity(catalogue, f"Kaasuhuone workshop {number}", sessions=[(number + 1, number + 1)])
            make_outcome(pages["outcomes"]["en"], f"Kaasuhuone outcome {number}", [])
            _publish(pages["home"]["en"], f"Kaasuhuone page {number}", f"kaasuhuone-page-{number}")

    add(1, 0)
    few = _count_queries(client, "/en/search/", {"q": "Kaasuhuone"})
    add(2, 1)  # nine results: all on the first page
    assert _count_queries(client, "/en/search/", {"q": "Kaasuhuone"}) == few
    assert len(soup(client.get("/en/search/", {"q": "Kaasuhuone"})).select("ol.search-results li")) == 9
    assert few <= 20
    # An empty result looks up its suggestions: a fixed number of queries.
    assert _count_queries(client, "/en/search/", {"q": "nothing-like-it"}) <= few + 6


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
