"""Atom feeds per language: opportunities, councils' calls and outcomes; they parse, list only live pages."""

import pytest
from defusedxml import ElementTree
from django.urls import reverse
from django.utils import translation

from projects.models import OpportunityIndexPage, OpportunityPage, OutcomePage
from tests.factories import make_opportunity, misc
from tests.html import soup

pytestmark = pytest.mark.django_db
ATOM = {"a": "http://www.w3.org/2005/Atom"}


def _entries(client, name, language="fi"):
    with translation.override(language):
        url = reverse(f"feeds:{name}")
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ElementTree.fromstring(response.content)
    return {
        entry.find("a:title", ATOM).text: entry.find("a:link", ATOM).get("href")
        for entry in feed.findall("a:entry", ATOM)
    }


@pytest.fixture
def published(pages):
    """A workshop, a council's call and an outcome in every language, and a draft workshop and outcome."""
    workshop = misc.workshop("Syötteen työpaja")
    built = {
        "opportunities": workshop,
        "calls": misc.council_call(pages["elderly"]["fi"], "Syötteen kutsu"),
        "outcomes": misc.outcome("Syötteen tulos", [workshop["fi"]]),
    }
    misc.workshop("Luonnostyöpaja", languages=())["fi"].unpublish()
    misc.outcome("Luonnostulos", languages=())["fi"].unpublish()
    return built


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_each_feed_lists_live_pages_of_its_language_only(client, published, language):
    opportunities = _entries(client, "opportunities", language)
    calls = _entries(client, "calls", language)
    outcomes = _entries(client, "outcomes", language)
    for name, entries in (("opportunities", opportunities), ("calls", calls), ("outcomes", outcomes)):
        assert set(entries) == {published[name][language].title}, name
    live = OpportunityPage.objects.live().filter(locale__language_code=language)
    assert set(opportunities) | set(calls) == set(live.values_list("title", flat=True))
    assert set(calls) == set(live.filter(method="council-call").values_list("title", flat=True)) != set()
    assert set(outcomes) == set(
        OutcomePage.objects.live().filter(locale__language_code=language).values_list("title", flat=True)
    )
    assert all(f"/{language}/" in link for link in [*opportunities.values(), *outcomes.values()])


def test_a_draft_is_not_in_the_feed(client, demo_site):
    index = OpportunityIndexPage.objects.get(locale__language_code="fi")
    page = make_opportunity(index, "Syötetyöpaja", sessions=[(4, 4)])
    assert page.title in _entries(client, "opportunities")
    page.unpublish()
    assert page.title not in _entries(client, "opportunities")


def test_pages_announce_the_feeds_of_their_language(client, pages):
    links = soup(client.get(pages["home"]["sv"].url)).select('link[type="application/atom+xml"]')
    assert len(links) == 3
    assert all(link["href"].startswith("/sv/") for link in links)
