"""What residents read: the model page, networks, opportunity details, outcomes and the home page."""

import pytest
from django.utils import translation

from demo import participation
from networks.models import NetworkPage
from participation_model.models import ParticipationModelPage
from projects.choices import Status
from projects.models import OpportunityIndexPage, OpportunityPage, OutcomePage
from projects.status import status_of
from tests.factories import NOW, make_opportunity, make_outcome
from tests.html import soup

pytestmark = pytest.mark.django_db

SEED_PRINCIPLES = [
    "Yhteensovittaminen",
    "Läpinäkyvyys",
    "Vastuullisuus",
    "Kehittäminen",
    "Toimintamahdollisuudet",
]


def test_the_model_page_has_five_principles_and_seven_steps_with_anchors(client, demo_site):
    page = ParticipationModelPage.objects.get(locale__language_code="fi")
    html = soup(client.get(page.url))
    principles = html.select("#principles + ol > li")
    assert [item.h3.get_text() for item in principles] == SEED_PRINCIPLES
    assert [item["id"] for item in principles] == [f"principle-{n}" for n in range(1, 6)]
    steps = html.select("#steps + ol > li")
    assert [item["id"] for item in steps] == [f"step-{n}" for n in range(1, 8)]
    assert "19.3.2018" in html.main.get_text()


def test_the_principles_are_verbatim_from_the_seed_in_finnish(demo_site):
    page = ParticipationModelPage.objects.get(locale__language_code="fi")
    first = page.principles[0].value
    assert first["title"] == "Yhteensovittaminen"
    assert first["text"].startswith("Osallistaminen on automaattinen osa kaupungin sisäisiä prosesseja")


def test_the_english_steps_use_the_citys_published_titles(demo_site):
    page = ParticipationModelPage.objects.get(locale__language_code="en")
    assert (
        page.steps[0].value["title"]
        == "Respond to the relevant needs of the citizens and to phenomena that are current for them"
    )
    assert page.steps[6].value["title"] == "Experiment, learn and share experiences"


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_five_networks_in_each_language(client, demo_site, language):
    networks = NetworkPage.objects.live().filter(locale__language_code=language)
    assert networks.count() == 5
    youth = networks.get(translation_key=NetworkPage.objects.get(slug="nuorisovaltuusto").translation_key)
    html = soup(client.get(youth.url))
    assert html.html["lang"] == language
    assert html.find("h2", string=lambda text: text and text.strip()) is not None
    assert html.h1.get_text() == youth.title
    assert youth.who_can_join in html.main.get_text()


def test_an_opportunity_page_shows_sessions_openness_and_details_in_its_language(client, demo_site):
    page = (
        OpportunityPage.objects.filter(locale__language_code="sv", sessions__isnull=False).distinct().first()
    )
    html = soup(client.get(page.url))
    assert html.select(".sessions .session")
    sessions = page.sessions.all()
    assert all(session.locale_id == page.locale_id for session in sessions)
    assert html.find(id="openness-heading")
    details = html.find(id="details-heading").find_next("dl").get_text()
    with translation.override("sv"):
        for area in page.areas.all():
            assert area.localized.name in details


def test_an_opportunity_shows_its_outcome_once_one_exists(client, demo_site):
    index = OpportunityIndexPage.objects.get(locale__language_code="fi")
    opportunity = make_opportunity(index, "Puistotyöpaja", sessions=[(-20, -20)], closes=-21)
    assert "outcome-heading" not in client.get(opportunity.url).content.decode()
    outcomes = OutcomePage.objects.filter(locale__language_code="fi").first().get_parent()
    make_outcome(outcomes, "Puisto uudistuu", [opportunity], status="implemented", intro="Puisto uusittiin.")
    html = soup(client.get(opportunity.url))
    summary = html.find(id="outcome-heading").parent
    assert "Puisto uudistuu" in summary.get_text()
    assert "Toteutettu" in summary.get_text()


def test_a_not_implemented_outcome_requires_a_reason(demo_site):
    outcome = OutcomePage.objects.filter(locale__language_code="fi").first()
    outcome.status, outcome.status_reason = "not-implemented", ""
    with pytest.raises(Exception, match="status_reason"):
        outcome.full_clean()


def test_the_home_page_lists_open_and_upcoming_soonest_first_and_features_one(client, demo_site):
    html = soup(client.get("/en/"))
    featured = html.find(id="featured-heading").parent
    assert "Hyvinvointiraha" in featured.get_text() or "wellbeing" in featured.get_text().lower()
    cards = html.find(id="current-heading").parent.select(".card")
    statuses = [card.select_one(".status").get_text() for card in cards]
    assert statuses and set(statuses) <= {"Open now", "Upcoming"}
    dates = [card.select_one("time")["datetime"] for card in cards]
    assert dates == sorted(dates)
    assert html.find(id="outcomes-heading")
    assert len(html.find(id="principles-heading").parent.select("li a")) == 5
    agents = html.find(id="agents-heading").parent.select(".contact-card h3")
    assert [agent.get_text() for agent in agents] == sorted(person["name"] for person in participation.PEOPLE)


def test_the_demo_has_every_status(demo_site):
    pages = OpportunityPage.objects.live().filter(locale__language_code="fi")
    assert pages.count() >= 12
    statuses = [status_of(page, NOW) for page in pages]
    assert statuses.count(Status.OPEN) >= 4
    assert statuses.count(Status.UPCOMING) >= 3
    assert statuses.count(Status.ONGOING) >= 2
    assert statuses.count(Status.CLOSED) >= 3
    assert OutcomePage.objects.live().filter(locale__language_code="fi").count() >= 3


def _queries(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


def test_opportunity_and_outcome_pages_do_not_query_per_session_or_term(client, demo_site):
    from projects.models import CityArea, Topic

    index = OpportunityIndexPage.objects.get(locale__language_code="fi")
    outcomes = OutcomePage.objects.filter(locale__language_code="fi").first().get_parent()
    few = make_opportunity(
        index,
        "Pieni",
        sessions=[(3, 3)],
        areas=list(CityArea.objects.filter(locale=index.locale)[:1]),
        topics=list(Topic.objects.filter(locale=index.locale)[:1]),
    )
    many = make_opportunity(
        index,
        "Iso",
        sessions=[(day, day) for day in range(3, 13)],
        areas=list(CityArea.objects.filter(locale=index.locale)),
        topics=list(Topic.objects.filter(locale=index.locale)),
    )
    assert _queries(client, few.url) == _queries(client, many.url)
    small = make_outcome(outcomes, "Pieni tulos", [few])
    large = make_outcome(outcomes, "Iso tulos", [few, many])
    assert _queries(client, small.url) == _queries(client, large.url)
