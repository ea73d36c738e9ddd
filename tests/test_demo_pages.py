"""The demo's content pages: the city's participation model, its networks, opportunities in every
state, the home page's agents, and what its privacy notice and accessibility statement say."""

import pytest

from demo import data
from networks.models import NetworkPage
from participation_model.models import ParticipationModelPage
from projects.choices import Status
from projects.models import OpportunityPage, OutcomePage
from projects.status import status_of
from tests.factories import NOW
from tests.html import soup

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

SEED_PRINCIPLES = [
    "Yhteensovittaminen",
    "Läpinäkyvyys",
    "Vastuullisuus",
    "Kehittäminen",
    "Toimintamahdollisuudet",
]
COMPLIANCE = {"fi": "osittain vaatimusten mukainen", "sv": "delvis förenlig", "en": "partially compliant"}


def _text(element):
    return " ".join(element.get_text(" ").split())


# The participation model and the networks ------------------------------------


def test_the_model_page_shows_the_seeds_five_principles_seven_steps_and_approval_date(client, pages):
    html = soup(client.get(pages["model"]["fi"].url))
    assert [item.h3.get_text() for item in html.select("#principles + ol > li")] == SEED_PRINCIPLES
    assert len(html.select("#steps + ol > li")) == 7
    text = html.main.get_text()
    assert text.count("19. maaliskuuta 2018") == 1 and "19.3.2018" not in text, "the date is said once"


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
def test_five_networks_in_each_language_say_who_can_join(client, pages, language):
    networks = NetworkPage.objects.live().filter(locale__language_code=language)
    assert networks.count() == 5
    youth = pages["youth"][language]
    assert youth.who_can_join
    assert youth.who_can_join in soup(client.get(youth.url)).main.get_text()


# Opportunities and the home page ---------------------------------------------


def test_the_demo_has_every_status(demo_site):
    pages = OpportunityPage.objects.live().filter(locale__language_code="fi")
    assert pages.count() >= 12
    statuses = [status_of(page, NOW) for page in pages]
    assert statuses.count(Status.OPEN) >= 4
    assert statuses.count(Status.UPCOMING) >= 3
    assert statuses.count(Status.ONGOING) >= 2
    assert statuses.count(Status.CLOSED) >= 3
    assert OutcomePage.objects.live().filter(locale__language_code="fi").count() >= 3


def test_the_home_page_features_the_wellbeing_money_and_shows_the_agents(client, demo_site):
    html = soup(client.get("/en/"))
    featured = html.find(id="featured-heading").parent
    assert "Hyvinvointiraha" in featured.get_text() or "wellbeing" in featured.get_text().lower()
    assert html.find(id="outcomes-heading")
    assert len(html.find(id="principles-heading").parent.select("li a")) == 5
    agents = html.find(id="agents-heading").parent.select(".contact-card h3")
    assert [agent.get_text() for agent in agents] == sorted(person["name"] for person in data.load().people)


def test_every_page_of_the_frame_has_a_description(client, pages):
    for key in pages:
        for language in ("fi", "sv", "en"):
            html = soup(client.get(pages[key][language].url))
            assert html.find("meta", attrs={"name": "description"})["content"], (key, language)


# Privacy notice and accessibility statement ----------------------------------


def test_the_footer_gives_the_services_contact_email(client, pages):
    hrefs = [a["href"] for a in soup(client.get(pages["home"]["sv"].url)).find("footer").find_all("a")]
    assert "mailto:osallistu@pori.fi" in hrefs


def test_the_privacy_notice_no_longer_says_a_cookie_remembers_the_language(client, pages):
    text = soup(client.get(pages["privacy"]["en"].url)).find("main").get_text(" ")
    assert "remembers the language" not in text
    assert "The language is part of the page address" in text


def test_the_privacy_notice_shows_the_retention_and_cookie_tables(client, pages):
    for language in ("fi", "sv", "en"):
        html = soup(client.get(pages["privacy"][language].url))
        assert html.select(".privacy-table tbody tr"), language
        assert html.select('table[data-cookies="public"] .cookie-name'), language


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_accessibility_statement_declares_partial_compliance_and_the_enforcement_contact(
    client, pages, language
):
    main = soup(client.get(pages["accessibility"][language].url)).find("main")
    text = _text(main)
    assert COMPLIANCE[language] in text
    hrefs = {link["href"] for link in main.find_all("a")}
    assert {"mailto:saavutettavuus@traficom.fi", "https://www.saavutettavuusvaatimukset.fi"} <= hrefs
    assert "29 534 5000" in text, "the authority's switchboard"
    assert "mailto:osallistu@pori.fi" in hrefs, "the feedback channel"
    assert "2026" in text, "when the statement was prepared"


def test_the_accessibility_statement_says_editors_content_is_not_checked_automatically(client, pages):
    text = _text(soup(client.get(pages["accessibility"]["en"].url)).find("main"))
    assert "Every page is checked automatically before it is published" not in text
    assert "Content that editors publish is not checked automatically before it is published." in text
    assert "axe-core with the WCAG 2.0, 2.1 and 2.2 level A and AA rules" in text
