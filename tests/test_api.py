"""The public read-only API (/api/v2/): live, public pages by language; places left, never personal data."""

import datetime
import json
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from projects.models import OpportunityIndexPage, OpportunityPage
from signups import services
from tests.factories import ContactPersonFactory, make_opportunity, misc

pytestmark = pytest.mark.django_db
HELSINKI = ZoneInfo("Europe/Helsinki")


def _items(client, **params):
    response = client.get("/api/v2/pages/", params)
    assert response.status_code == 200, response.content
    return response.json()["items"]


@pytest.fixture
def one_of_each_kind(pages):
    """{page type: [{language: page}]}: a workshop, an outcome and a council's call in every language,
    and the frame's councils."""
    workshop = misc.workshop("Rajapinnan työpaja")
    call = misc.council_call(pages["youth"]["fi"], "Rajapinnan kutsu")
    outcome = misc.outcome("Rajapinnan tulos", [workshop["fi"]])
    councils = [pages[council] for council in ("youth", "elderly", "disability")]
    return {
        "projects.OpportunityPage": [workshop, call],  # a call is an opportunity too
        "projects.OutcomePage": [outcome],
        "councils.CouncilCallPage": [call],
        "networks.NetworkPage": councils,
    }


@pytest.mark.parametrize(
    "page_type",
    ["projects.OpportunityPage", "projects.OutcomePage", "councils.CouncilCallPage", "networks.NetworkPage"],
)
def test_each_kind_is_listed_per_language(client, one_of_each_kind, page_type):
    for language in ("fi", "sv", "en"):
        items = _items(client, type=page_type, locale=language, limit=100)
        built = {versions[language].pk: versions[language].title for versions in one_of_each_kind[page_type]}
        assert {item["id"]: item["title"] for item in items} == built, (page_type, language)
        assert {item["meta"]["locale"] for item in items} == {language}


def test_opportunities_carry_sessions_with_places_left(client, demo_site):
    index = OpportunityIndexPage.objects.get(locale__language_code="fi")
    page = make_opportunity(index, "Rajapintatyöpaja", sessions=[(6, 6)])
    page.sessions.update(capacity=5, waitlist_capacity=2, max_group_size=2)
    services.register(
        page.sessions.get(), name="Salainen Henkilö", email="salainen@example.fi", language="fi", group_size=2
    )
    response = client.get(f"/api/v2/pages/{page.pk}/")
    data = response.json()
    [session] = data["sessions"]
    assert (session["places"], session["places_left"], session["waitlist_places_left"]) == (5, 3, 2)
    assert session["sign_up"] == "open"
    assert data["method"] == "workshop"
    everything = client.get(
        "/api/v2/pages/", {"type": "projects.OpportunityPage", "fields": "*", "limit": 100}
    ).content
    for secret in (b"Salainen", b"salainen@example.fi"):
        assert secret not in response.content and secret not in everything


def test_drafts_and_private_pages_are_never_served(client, demo_site):
    index = OpportunityIndexPage.objects.get(locale__language_code="fi")
    draft = make_opportunity(index, "Luonnos rajapinnassa", sessions=[(6, 6)])
    draft.unpublish()
    private = make_opportunity(index, "Yksityinen rajapinnassa", sessions=[(6, 6)])
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="salasana123")
    titles = {item["title"] for item in _items(client, type="projects.OpportunityPage", limit=100)}
    assert not {draft.title, private.title} & titles
    assert client.get(f"/api/v2/pages/{draft.pk}/").status_code == 404
    assert client.get(f"/api/v2/pages/{private.pk}/").status_code == 404


def test_council_calls_say_what_they_ask_and_how_to_respond(client, pages):
    contact = ContactPersonFactory(email="yhteyshenkilo@example.fi")
    versions = misc.council_call(
        pages["youth"]["fi"],
        "Kerro mielipiteesi puistoista",
        asks_for="ideas",
        response_method="email",
        response_email="nuorisovaltuusto@example.fi",
        contacts=[contact],
    )
    [call] = _items(
        client,
        type="councils.CouncilCallPage",
        locale="en",
        fields="asks_for,response_method,closes_at",
        limit=1,
    )
    assert call["title"] == versions["en"].title
    assert (call["asks_for"], call["response_method"]) == ("ideas", "email")
    assert call["closes_at"]
    detail = client.get(urlsplit(call["meta"]["detail_url"]).path).json()
    assert detail["response_email"] == "nuorisovaltuusto@example.fi"
    assert json.dumps(detail).count("@") <= 1, "at most the council's own response address"
    assert OpportunityPage.objects.get(pk=call["id"]).method == "council-call"


@pytest.mark.parametrize(
    "params",
    [{"type": "projects.OpportunityPage", "fields": "sessions"}, {}],
    ids=["opportunities-with-sessions", "all-pages"],
)
def test_a_listing_takes_the_same_queries_for_few_and_many_pages(client, demo_site, params):
    index = OpportunityIndexPage.objects.get(locale__language_code="fi")

    def queries():
        """The query count of one listing of the catalogue's children, and the titles listed."""
        with CaptureQueriesContext(connection) as captured:
            items = _items(client, locale="fi", limit=100, child_of=index.pk, **params)
        assert items and all(set(params.get("fields", "title").split(",")) <= set(item) for item in items)
        return len(captured), {item["title"] for item in items}

    for number in range(2):
        make_opportunity(index, f"Ensimmäinen {number}", sessions=[(5, 5)])
    queries()  # warms the caches of site and root paths
    before, _titles = queries()
    added = {f"Kyselytesti {number}" for number in range(5)}
    for title in sorted(added):
        number = int(title[-1])
        make_opportunity(index, title, sessions=[(6 + number, 6), (8 + number, 6)])
    after, titles = queries()
    assert added <= titles, "the new pages are in the listing measured"
    assert after == before


@pytest.mark.skipif(connection.vendor != "postgresql", reason="stemming is PostgreSQL's")
def test_search_stems_words_in_the_language_asked_for(client, demo_site):
    index = OpportunityIndexPage.objects.get(locale__language_code="sv")
    make_opportunity(index, "Dialog om Ruosniemi", sessions=[(6, 6)])
    titles = [item["title"] for item in _items(client, locale="sv", search="Ruosniemi dialoger")]
    assert titles == ["Dialog om Ruosniemi"]


# Malformed parameters are the client's mistake: a 400 that says why, never a server error.


def _bad_request(path="/api/v2/pages/", **params):
    response = Client(raise_request_exception=False).get(path, params)
    assert response.status_code == 400, (params, response.status_code, response.exc_info)
    return response.json()["message"]


@pytest.mark.parametrize("offset", [str(2**63), "99999999999999999999"])
def test_an_offset_past_what_the_database_takes_is_a_bad_request(demo_site, offset):
    assert "offset" in _bad_request(offset=offset)


def test_the_largest_offset_the_database_takes_is_an_empty_page(client, demo_site):
    response = client.get("/api/v2/pages/", {"offset": str(2**63 - 1)})
    assert response.status_code == 200
    assert response.json()["items"] == []


@pytest.mark.parametrize(
    "params",
    [
        {"type": "projects.OpportunityPage", "opens_at": "2024-13-45"},
        {"type": "projects.OpportunityPage", "closes_at": "not a date"},
        {"first_published_at": "1e309"},
        {"type": "projects.OutcomePage", "opportunities": "abc"},
        {"type": "projects.OutcomePage", "opportunities": "99999999999999999999"},
    ],
    ids=["impossible-date", "words-for-a-date", "number-for-a-date", "word-for-a-key", "key-past-bigint"],
)
def test_a_filter_value_the_field_cannot_hold_is_a_bad_request(demo_site, params):
    field = list(params)[-1]
    assert field in _bad_request(**params)


def test_a_date_filter_takes_a_day_in_finnish_time(client, demo_site):
    index = OpportunityIndexPage.objects.get(locale__language_code="fi")
    page = make_opportunity(index, "Päivämääräsuodatin", sessions=[(6, 6)])
    OpportunityPage.objects.filter(pk=page.pk).update(
        closes_at=datetime.datetime(2031, 3, 1, tzinfo=HELSINKI)
    )
    titles = [
        item["title"] for item in _items(client, type="projects.OpportunityPage", closes_at="2031-03-01")
    ]
    assert titles == ["Päivämääräsuodatin"]


@pytest.mark.parametrize(
    "path, params",
    [
        ("/api/v2/pages/", {"locale": "fi\x00"}),
        ("/api/v2/pages/", {"site": "\x00"}),
        ("/api/v2/pages/find/", {"html_path": "/fi/\x00/"}),
        ("/api/v2/pages/find/", {"id": "abc"}),
        ("/api/v2/pages/", {"search": "pori", "search_operator": "xor"}),
    ],
    ids=["nul-in-locale", "nul-in-site", "nul-in-path", "word-for-an-id", "unknown-search-operator"],
)
def test_other_malformed_parameters_are_bad_requests(demo_site, path, params):
    assert _bad_request(path, **params)


def test_what_an_error_quotes_from_the_query_cannot_be_read_as_markup(demo_site):
    response = Client(raise_request_exception=False).get("/api/v2/pages/", {"order": "<script>x</script>&"})
    assert response.status_code == 400
    assert (
        b"<script>" not in response.content
        and b"\\u003cscript\\u003ex\\u003c/script\\u003e\\u0026" in response.content
    )
    assert "<script>x</script>&" in response.json()["message"]
