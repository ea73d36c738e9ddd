"""What the app keeps rendered or computed in the shared cache (catalogue cards, a page's terms,
contacts and outcome, the menu, breadcrumbs and footer) changes on the very next view after a
publish, a change of a term or the passing of time, and never reaches an editor's preview."""

from datetime import timedelta
from unittest import mock

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core import navigation
from core.models import ContactPerson
from projects.models import CityArea, Topic
from tests.factories import make_opportunity, make_outcome
from tests.html import soup
from tests.queries import queries

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(pages):
    return pages["opportunities"]["fi"]


def cards(client, url):
    return soup(client.get(url)).select(".card-list .card")


def card_of(client, url, title):
    return next(card for card in cards(client, url) if card.find("a").get_text() == title)


def test_a_second_view_of_the_catalogue_renders_no_card_again(client, catalogue):
    for number in range(6):
        make_opportunity(catalogue, f"Työpaja {number}", sessions=[(number + 2, number + 2)])
    first, second = queries(client, catalogue.url), queries(client, catalogue.url)
    # The first view fetches the cards' terms and images; the second takes the cards as rendered.
    assert second < first, (first, second)
    with CaptureQueriesContext(connection) as captured:
        assert len(cards(client, catalogue.url)) == 6
    assert not [query for query in captured if "opportunitypage_areas" in query["sql"]]


def test_a_published_change_shows_on_its_card_at_once(client, catalogue):
    page = make_opportunity(catalogue, "Puistotyöpaja", sessions=[(5, 5)])
    card_of(client, catalogue.url, "Puistotyöpaja")
    page.title, page.intro = "Puistojen työpaja", "Uusi esittely."
    page.save_revision().publish()
    card = card_of(client, catalogue.url, "Puistojen työpaja")
    assert "Uusi esittely." in card.get_text()


def test_a_renamed_area_shows_on_cards_and_on_the_opportunity_page_at_once(client, catalogue):
    area = CityArea.objects.create(name="Reposaari", slug="test-reposaari", locale=catalogue.locale)
    page = make_opportunity(catalogue, "Saaren työpaja", sessions=[(5, 5)], areas=[area])
    assert "Reposaari" in card_of(client, catalogue.url, "Saaren työpaja").get_text()
    assert "Reposaari" in soup(client.get(page.url)).find("main").get_text()
    area.name = "Reposaaren kylä"
    area.save()
    assert "Reposaaren kylä" in card_of(client, catalogue.url, "Saaren työpaja").get_text()
    assert "Reposaaren kylä" in soup(client.get(page.url)).find("main").get_text()
    assert "Reposaaren kylä" in client.get(catalogue.url).content.decode()  # the area filter too


def test_the_catalogues_cards_name_their_areas_after_the_home_page_showed_the_same_cards(
    client, pages, catalogue
):
    area = CityArea.objects.create(name="Reposaari", slug="test-reposaari", locale=catalogue.locale)
    make_opportunity(catalogue, "Saaren työpaja", sessions=[(5, 5)], areas=[area])
    assert "Saaren työpaja" in client.get(pages["home"]["fi"].url).content.decode()  # a card without areas
    assert "Reposaari" in card_of(client, catalogue.url, "Saaren työpaja").get_text()


def test_a_card_follows_the_clock_when_sign_up_closes(client, catalogue):
    make_opportunity(catalogue, "Iltatyöpaja", sessions=[(5, 5)], opens=-3, closes=1)
    assert card_of(client, catalogue.url, "Iltatyöpaja")["class"] == ["card", "card--open"]
    later = timezone.now() + timedelta(days=2)
    with mock.patch("django.utils.timezone.now", return_value=later):
        card = card_of(client, catalogue.url, "Iltatyöpaja")
    assert card["class"] == ["card", "card--ongoing"]


def test_a_renamed_topic_and_contact_show_on_the_opportunity_page_at_once(client, catalogue):
    topic = Topic.objects.create(name="Liikenne", slug="test-liikenne", locale=catalogue.locale)
    person = ContactPerson.objects.create(
        name="Aino Agentti", role="Osallisuusagentti", locale=catalogue.locale
    )
    page = make_opportunity(
        catalogue, "Liikennetyöpaja", sessions=[(5, 5)], topics=[topic], contacts=[person]
    )
    main = soup(client.get(page.url)).find("main").get_text()
    assert "Liikenne" in main and "Aino Agentti" in main
    topic.name, person.name = "Liikkuminen", "Aino Osallisuus"
    topic.save()
    person.save()
    main = soup(client.get(page.url)).find("main").get_text()
    assert "Liikkuminen" in main and "Aino Osallisuus" in main


def test_an_outcome_published_later_is_linked_from_the_opportunity_at_once(client, pages, catalogue):
    page = make_opportunity(catalogue, "Kirjastotyöpaja", sessions=[(-5, -5)], opens=-10, closes=-6)
    assert soup(client.get(page.url)).find("a", href=lambda href: href and "kirjaston-tulos" in href) is None
    make_outcome(pages["outcomes"]["fi"], "Kirjaston tulos", [page])
    assert soup(client.get(page.url)).find("a", href=lambda href: href and "kirjaston-tulos" in href)


def test_each_page_marks_itself_in_the_kept_menu_and_breadcrumbs(client, pages):
    for key, title in (("about", "Tietoa palvelusta"), ("model", pages["model"]["fi"].title)):
        html = soup(client.get(pages[key]["fi"].url))
        assert html.select_one('.main-menu a[aria-current="page"]').get_text() == title
        assert html.select_one('.breadcrumbs [aria-current="page"]').get_text() == title
    html = soup(client.get(pages["home"]["fi"].url))
    assert html.select_one('.main-menu a[aria-current="page"]')["href"] == pages["home"]["fi"].url


def test_a_retitled_page_shows_in_the_menu_and_breadcrumbs_at_once(client, pages):
    about = pages["about"]["fi"]
    client.get(about.url)
    about.title = "Palvelusta"
    about.save_revision().publish()
    html = soup(client.get(about.url))
    assert html.select_one('.main-menu a[aria-current="page"]').get_text() == "Palvelusta"
    assert html.select_one('.breadcrumbs [aria-current="page"]').get_text() == "Palvelusta"


def test_a_preview_neither_reads_nor_fills_what_live_pages_keep(rf, pages):
    page = pages["about"]["fi"]
    live, preview = rf.get(page.url), rf.get(page.url)
    preview.is_preview = True
    assert navigation.page_data(live, page, "linked", lambda: "published") == "published"
    assert navigation.page_data(preview, page, "linked", lambda: "as typed") == "as typed"
    assert navigation.page_data(rf.get(page.url), page, "linked", lambda: "again") == "published"


def test_a_release_reads_nothing_the_code_before_it_kept(pages):
    """Every release runs migrate: kept data of the shape the previous code wrote is left behind."""
    before = navigation.generation()
    call_command("migrate", verbosity=0)
    assert navigation.generation() != before
