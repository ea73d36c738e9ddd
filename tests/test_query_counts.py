"""Every public page type runs at most 12 SQL queries, the same with 5 opportunities as with 500
(and with many sessions, terms, statements and outcomes besides).

The count is of a page's second view: the first after a change walks the page tree and
fills the shared cache (core.routing, core.navigation), as the first visitor after a
publish does.
"""

import pytest
from django.urls import reverse
from django.utils import translation

from projects.models import CityArea, OpportunityPage, OpportunitySession, Topic
from tests.factories.helpers import days, make_outcome
from tests.factories.misc import every_kind_of_page
from tests.factories.pages import CouncilStatementPageFactory
from tests.queries import queries

pytestmark = pytest.mark.django_db

MOST_QUERIES = 12
FRAME = ["home", "opportunities", "outcomes", "model", "networks", "youth", "about"]
VIEWS = ["search", "feeds:opportunities", "calendars:upcoming"]


def second_view(client, url):
    """The queries of a page's second view: the first fills the shared cache."""
    assert client.get(url).status_code == 200, url
    return queries(client, url)


def public_urls(pages, kinds):
    urls = {}
    for language in ("fi", "sv"):
        for key in FRAME:
            urls[f"{key} {language}"] = pages[key][language].url
        for kind, versions in kinds.items():
            urls[f"{kind} {language}"] = versions[language].url
        with translation.override(language):
            urls.update({f"{name} {language}": reverse(name) for name in VIEWS})
            urls[f"search results {language}"] = reverse("search") + "?q=Mahdollisuus"
    urls["catalogue filtered"] = pages["opportunities"]["fi"].url + "?topic=kulttuuri&area=keskusta&page=2"
    urls["sitemap"] = reverse("sitemap")
    return urls


def live_opportunity(catalogue, number, topic, area):
    """A live workshop with two sessions, put straight into the tree: without the revision that
    publishing also writes, which no public page reads (and which would double the test's time)."""
    day = number % 30 + 1
    page = OpportunityPage(
        title=f"Mahdollisuus {number:03d}", slug=f"mahdollisuus-{number:03d}", method="workshop", live=True
    )
    page.sessions = [
        OpportunitySession(
            locale=catalogue.locale, starts_at=days(start, 17), ends_at=days(start, 19), venue="Kirjasto"
        )
        for start in (day, day + 1)
    ]
    page.topics, page.areas = [topic], [area]
    catalogue.add_child(instance=page)
    return page


def add_content(pages, count, start):
    catalogue, locale = pages["opportunities"]["fi"], pages["home"]["fi"].locale
    topic = Topic.objects.get_or_create(slug="kulttuuri", defaults={"name": "Kulttuuri", "locale": locale})[0]
    area = CityArea.objects.get_or_create(slug="keskusta", defaults={"name": "Keskusta", "locale": locale})[0]
    added = [live_opportunity(catalogue, number, topic, area) for number in range(start, start + count)]
    for number in range(start, start + max(1, count // 20)):
        CouncilStatementPageFactory(parent=pages["youth"]["fi"], title=f"Lausunto {number:03d}")
        make_outcome(pages["outcomes"]["fi"], f"Tulos {number:03d}", added[:2])


def test_every_public_page_runs_a_few_queries_however_much_content_there_is(client, pages):
    kinds = every_kind_of_page(pages)
    urls = public_urls(pages, kinds)

    add_content(pages, 5, 0)
    few = {name: second_view(client, url) for name, url in urls.items()}
    add_content(pages, 495, 5)
    many = {name: second_view(client, url) for name, url in urls.items()}

    assert many == few
    assert max(many.values()) <= MOST_QUERIES, many
