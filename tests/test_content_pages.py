"""What residents read: the model page, networks, opportunity details, outcomes and the home page."""

import datetime

import pytest
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Locale

from tests.factories import (
    CityAreaFactory,
    ContactPersonFactory,
    TopicFactory,
    make_opportunity,
    make_outcome,
    translate_page,
)
from tests.factories.content import principles, publish, steps
from tests.html import soup

pytestmark = pytest.mark.django_db

PRINCIPLES = ["Avoimuus", "Yhdenvertaisuus", "Vaikuttavuus", "Jatkuvuus", "Yhteistyö"]
STEPS = [f"Vaihe {number}" for number in range(1, 8)]


def test_the_model_page_has_five_principles_and_seven_steps_with_anchors(client, pages):
    page = publish(
        pages["model"]["fi"],
        approved_on=datetime.date(2018, 3, 19),
        principles=principles(PRINCIPLES),
        steps=steps(STEPS),
    )
    html = soup(client.get(page.url))
    shown = html.select("#principles + ol > li")
    assert [item.h3.get_text() for item in shown] == PRINCIPLES
    assert shown[0].p.get_text() == "Avoimuus: mitä se tarkoittaa."
    assert [item["id"] for item in shown] == [f"principle-{n}" for n in range(1, 6)]
    shown_steps = html.select("#steps + ol > li")
    assert [item.h3.get_text() for item in shown_steps] == STEPS
    assert [item["id"] for item in shown_steps] == [f"step-{n}" for n in range(1, 8)]
    assert "Kaupunginhallitus hyväksyi mallin 19. maaliskuuta 2018." in html.main.get_text()


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_a_network_page_speaks_its_language_and_says_who_can_join(client, pages, language):
    youth = publish(pages["youth"][language], who_can_join=f"Porilaiset 13–20-vuotiaat ({language}).")
    html = soup(client.get(youth.url))
    assert html.html["lang"] == language
    assert html.h1.get_text() == youth.title
    with translation.override(language):
        assert html.find("h2", string=gettext("Who can join")) is not None
    assert youth.who_can_join in html.main.get_text()


def test_an_opportunity_page_shows_sessions_openness_and_details_in_its_language(client, pages):
    area = CityAreaFactory(name="Reposaari")
    swedish_area = area.copy_for_translation(Locale.objects.get(language_code="sv"))
    swedish_area.name = "Räfsö"
    swedish_area.save()
    page = make_opportunity(
        pages["opportunities"]["fi"],
        "Saaristotyöpaja",
        sessions=[(5, 5), (12, 12)],
        areas=[area],
        input_use="Ideat viedään puistosuunnitelmaan.",
    )
    swedish = translate_page(page, "sv")
    html = soup(client.get(swedish.url))
    assert len(html.select(".sessions .session")) == 2
    sessions = swedish.sessions.all()
    assert len(sessions) == 2 and all(session.locale_id == swedish.locale_id for session in sessions)
    assert html.find(id="openness-heading")
    details = html.find(id="details-heading").find_next("dl").get_text()
    assert "Räfsö" in details and "Reposaari" not in details


def test_an_opportunity_shows_its_outcome_once_one_exists(client, pages):
    opportunity = make_opportunity(
        pages["opportunities"]["fi"], "Puistotyöpaja", sessions=[(-20, -20)], closes=-21
    )
    assert "outcome-heading" not in client.get(opportunity.url).content.decode()
    make_outcome(
        pages["outcomes"]["fi"],
        "Puisto uudistuu",
        [opportunity],
        status="implemented",
        intro="Puisto uusittiin.",
    )
    html = soup(client.get(opportunity.url))
    summary = html.find(id="outcome-heading").parent
    assert "Puisto uudistuu" in summary.get_text()
    assert "Toteutettu" in summary.get_text()


def test_a_not_implemented_outcome_requires_a_reason(pages):
    opportunity = make_opportunity(pages["opportunities"]["fi"], "Kysely", opens=-30, closes=-1)
    outcome = make_outcome(pages["outcomes"]["fi"], "Ei toteutunut", [opportunity])
    outcome.status, outcome.status_reason = "not-implemented", ""
    with pytest.raises(Exception, match="status_reason"):
        outcome.full_clean()


def _home_page_content(pages):
    """Opportunities in each state, one featured, an outcome, the model's principles and three agents,
    all in English."""
    catalogue = pages["opportunities"]["fi"]
    built = {
        "featured": make_opportunity(catalogue, "Featured walk", sessions=[(15, 15)], featured=True),
        "later": make_opportunity(catalogue, "Later workshop", sessions=[(12, 12)]),
        "upcoming": make_opportunity(catalogue, "Upcoming dialogue", sessions=[(20, 20)], opens=3, closes=15),
        "soon": make_opportunity(catalogue, "Soon workshop", sessions=[(2, 2)]),
        "ongoing": make_opportunity(catalogue, "Ongoing project", sessions=[(-5, 30)], opens=-20, closes=-6),
        "closed": make_opportunity(catalogue, "Closed workshop", sessions=[(-10, -10)], closes=-11),
    }
    outcome = make_outcome(pages["outcomes"]["fi"], "Park renewed", [built["closed"]])
    for page in [*built.values(), outcome]:
        translate_page(page, "en")
    publish(pages["model"]["en"], principles=principles(PRINCIPLES))
    english = Locale.objects.get(language_code="en")
    agents = [ContactPersonFactory(name=name, locale=english) for name in ("Veera", "Aino", "Mikko")]
    publish(pages["home"]["en"], agents=agents)
    return built


def test_the_home_page_lists_open_and_upcoming_soonest_first_and_features_one(client, pages):
    _home_page_content(pages)
    html = soup(client.get("/en/"))
    featured = html.find(id="featured-heading").parent
    assert [title.get_text() for title in featured.select(".card__title")] == ["Featured walk"]
    cards = html.find(id="current-heading").parent.select(".card")
    titles = [card.select_one(".card__title").get_text() for card in cards]
    assert titles == ["Soon workshop", "Later workshop", "Upcoming dialogue"]
    statuses = [card.select_one(".status").get_text() for card in cards]
    assert statuses == ["Open now", "Open now", "Upcoming"]
    # Open now first, soonest session first; then what opens later (its card's first date is the opening).
    dates = [card.select_one("time")["datetime"] for card in cards]
    assert dates[:2] == sorted(dates[:2])
    assert "Park renewed" in html.find(id="outcomes-heading").parent.get_text()
    principle_links = html.find(id="principles-heading").parent.select("li a")
    assert [link.get_text() for link in principle_links] == PRINCIPLES
    assert principle_links[0]["href"].endswith("#principle-1")
    agents = html.find(id="agents-heading").parent.select(".contact-card h3")
    assert [agent.get_text() for agent in agents] == ["Aino", "Mikko", "Veera"]


def _queries(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


def test_opportunity_and_outcome_pages_do_not_query_per_session_or_term(client, pages):
    index, outcomes = pages["opportunities"]["fi"], pages["outcomes"]["fi"]
    areas, topics = CityAreaFactory.create_batch(6), TopicFactory.create_batch(6)
    few = make_opportunity(index, "Pieni", sessions=[(3, 3)], areas=areas[:1], topics=topics[:1])
    many = make_opportunity(
        index, "Iso", sessions=[(day, day) for day in range(3, 13)], areas=areas, topics=topics
    )
    assert _queries(client, few.url) == _queries(client, many.url)
    small = make_outcome(outcomes, "Pieni tulos", [few])
    large = make_outcome(outcomes, "Iso tulos", [few, many])
    assert _queries(client, small.url) == _queries(client, large.url)
