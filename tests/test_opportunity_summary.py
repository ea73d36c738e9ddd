"""An opportunity page opens with a summary: what, for whom, when, where, the deadline named for what
it is, and the one action to take, before the page's longer text."""

import pytest
from django.urls import reverse
from django.utils import translation

from tests.factories import make_opportunity
from tests.factories.pages import OpportunitySessionFactory, in_days
from tests.factories.signups import SignupSessionFactory, finnish_catalogue, signup_workshop
from tests.html import soup

pytestmark = pytest.mark.django_db


def glance(client, page):
    return soup(client.get(page.url)).select_one("aside.glance")


def facts(box):
    return {
        dt.get_text(strip=True): dt.find_next_sibling("dd").get_text(" ", strip=True)
        for dt in box.select("dt")
    }


def test_the_summary_names_the_next_session_and_links_to_its_sign_up(client, pages):
    page = signup_workshop("Kirjaston työpaja")
    session = page.sessions.get()
    box = glance(client, page)
    shown = facts(box)
    assert shown["Mitä"] == "Työpaja"
    assert shown["Missä"] == "Testitalo, Testikatu 1, Pori"
    assert "klo" in shown["Milloin"] or "kello" in shown["Milloin"]
    button = box.select_one("a.button")
    assert button.get_text(strip=True) == "Ilmoittaudu"
    assert button["href"] == reverse("signups:signup", args=[session.translation_key])
    assert "3 paikkaa jäljellä." in box.get_text(" ", strip=True)


def test_the_summary_comes_before_the_body_and_the_list_of_dates(client, pages):
    page = signup_workshop("Järjestyksen työpaja")
    html = client.get(page.url).content.decode()
    assert html.index('class="glance"') < html.index('id="sessions-heading"')


def test_a_deadline_before_the_sessions_is_when_sign_up_closes(client, pages):
    page = make_opportunity(finnish_catalogue(), "Iltatilaisuus", sessions=[(10, 10)], closes=5)
    assert "Ilmoittautuminen päättyy" in facts(glance(client, page))


def test_a_survey_deadline_says_respond_by_in_each_language(client, pages):
    page = make_opportunity(finnish_catalogue(), "Kysely puistoista", method="survey", closes=5)
    assert "Vastaa viimeistään" in facts(glance(client, page))
    with translation.override("en"):
        assert str(page.deadline_label) == "Respond by"
    with translation.override("sv"):
        assert str(page.deadline_label) == "Svara senast"


def test_several_open_sessions_ask_to_choose_a_date(client, pages):
    sessions = [SignupSessionFactory.build(starts_at=in_days(day, 17)) for day in (5, 9)]
    page = signup_workshop("Kaksi iltaa", sessions=sessions)
    box = glance(client, page)
    button = box.select_one("a.button")
    assert button.get_text(strip=True) == "Valitse ajankohta ja ilmoittaudu"
    assert button["href"] == "#sessions-heading"
    assert "ja 1 muu ajankohta" in box.get_text(" ", strip=True)


def test_sessions_without_sign_up_say_come_along(client, pages):
    page = signup_workshop("Avoimet ovet", sessions=[OpportunitySessionFactory.build()])
    box = glance(client, page)
    assert box.select_one("a.button") is None
    assert "Ilmoittautumista ei tarvita: tule paikalle." in box.get_text(" ", strip=True)


def test_a_closed_opportunity_says_taking_part_has_ended(client, pages):
    page = make_opportunity(finnish_catalogue(), "Mennyt ilta", sessions=[(-10, -10)])
    box = glance(client, page)
    assert "Osallistuminen on päättynyt." in box.get_text(" ", strip=True)
    assert "Ilmoittautuminen päättyy" not in facts(box)
