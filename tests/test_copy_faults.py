"""Copy that said a thing twice or read badly (issue 16): the model's approval date, the home page's
"You said, we did", a session's venue and address, a question in the error summary, and the language
links of a council call's response form."""

import datetime
import re

import pytest
from django.utils import translation
from django.utils.formats import date_format

from councils.models import Ask
from demo import data
from projects.models import OpportunitySession
from tests.factories import make_opportunity, translate_page
from tests.factories.councils import CallFactory, CallQuestionFactory
from tests.html import soup

QUESTION = "Mitä Kirjurinluodossa pitäisi olla nuorille?"


def _switcher(html):
    return {a["lang"]: a["href"] for a in html.find("nav", class_="language-switcher").find_all("a")}


def _alternates(html):
    return {link["hreflang"]: link["href"] for link in html.select('link[rel="alternate"][hreflang]')}


# The demo content does not repeat what the templates say ------------------------------------------


def test_the_model_pages_introduction_leaves_the_approval_date_to_the_page():
    """The page says "Approved by the city board on …" from `approved_on`; the intro does not again."""
    page = data.load().model_page
    year = page["approved_on"][:4]
    for language, intro in page["intro"].items():
        assert year not in intro, f"{language}: the intro repeats the approval date: {intro!r}"


def test_the_home_pages_body_repeats_no_heading_of_the_home_template():
    home = data.load().home_page
    template_headings = ("Featured", "Take part now and soon", "You said, we did", "Our principles")
    for language in data.LANGUAGES:
        with translation.override(language):
            own = {translation.gettext(heading).casefold() for heading in template_headings}
        body = {text[language].casefold() for kind, text in home["body"] if kind == "heading"}
        assert body & own == set(), language


def test_no_session_address_repeats_the_street_its_venue_names():
    content = data.load()
    for opportunity in [*content.opportunities, *content.council_calls]:
        for session in opportunity.get("sessions", ()):
            street = session["address"].split(",")[0].strip()
            if not street:
                continue
            for language, venue in session["venue"].items():
                words = set(re.findall(r"[\w-]+", venue.casefold()))
                assert street.casefold() not in words, f"{language}: {venue!r}, {session['address']!r}"


# A session's place ----------------------------------------------------------------------------------


def _place(client, page):
    return [p.get_text() for p in soup(client.get(page.url)).select(".sessions .session__place")]


@pytest.mark.django_db
def test_a_session_says_its_venue_and_address_once_each(client, pages):
    index = pages["opportunities"]["fi"]
    page = make_opportunity(index, "Työpaja", sessions=[(3, 3), (4, 4), (5, 5)])
    first, second, third = OpportunitySession.objects.filter(page=page).order_by("starts_at")
    places = {
        first.pk: ("Pääkirjasto", "Gallen-Kallelankatu 12, Pori"),
        second.pk: ("Itätuulen kirjaston aula, Itä-Pori", "Itä-Pori"),  # the address is in the name
        third.pk: ("", "Kauppatori, Pori"),  # no venue: the address alone
    }
    for pk, (venue, address) in places.items():
        OpportunitySession.objects.filter(pk=pk).update(venue=venue, address=address)
    assert _place(client, page) == [
        "Pääkirjasto, Gallen-Kallelankatu 12, Pori",
        "Itätuulen kirjaston aula, Itä-Pori",
        "Kauppatori, Pori",
    ]


# The model page's approval date ---------------------------------------------------------------------


@pytest.mark.django_db
def test_the_model_page_says_its_approval_date_once(client, pages):
    page = pages["model"]["fi"]
    page.intro = "Malli kertoo, miten kaupunki ottaa asukkaat mukaan."
    page.approved_on = datetime.date(2018, 3, 19)
    page.save_revision().publish()
    text = soup(client.get(page.url)).main.get_text()
    with translation.override("fi"):
        shown = date_format(page.approved_on, "DATE_FORMAT")
    assert text.count(shown) == 1


# The error summary --------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_question_in_the_error_summary_takes_no_colon(client, pages):
    call = CallFactory(
        parent=pages["youth"]["fi"],
        title="Kirjurinluoto",
        asks_for=Ask.IDEAS,
        form_fields=[
            CallQuestionFactory.build(locale=pages["youth"]["fi"].locale, label=QUESTION, required=True),
            CallQuestionFactory.build(locale=pages["youth"]["fi"].locale, label="Ikäsi", required=True),
        ],
    )
    response = client.post(call.respond_url(), {"website": ""})
    items = [a.get_text() for a in soup(response).select(".error-summary a")]
    with translation.override("fi"):
        required = translation.gettext("This field is required.")
    assert items == [f"{QUESTION} {required}", f"Ikäsi: {required}"]


# The response form's language links ---------------------------------------------------------------


@pytest.fixture
def call_in_two_languages(pages):
    """A youth council's call in Finnish and Swedish; not in English."""
    call = CallFactory(parent=pages["youth"]["fi"], title="Nuorten kesätyöt")
    return call, translate_page(call, "sv")


@pytest.mark.django_db
def test_the_response_forms_language_links_lead_to_the_form_in_the_other_language(
    client, call_in_two_languages
):
    finnish, swedish = call_in_two_languages
    html = soup(client.get(finnish.respond_url()))
    links = _switcher(html)
    assert links["fi"] == finnish.respond_url()
    assert links["sv"] == swedish.respond_url() == f"{swedish.url}svara/"
    assert links["en"].startswith("/en/not-translated/"), "no English call: the notice, as on the call page"
    assert _alternates(html)["sv"].endswith(swedish.respond_url())
    back = soup(client.get(swedish.respond_url()))
    assert _switcher(back)["fi"] == finnish.respond_url()


@pytest.mark.django_db
def test_the_thank_you_pages_language_links_lead_to_the_thanks_in_the_other_language(
    client, call_in_two_languages
):
    finnish, swedish = call_in_two_languages
    links = _switcher(soup(client.get(finnish.respond_url("thanks"))))
    assert links["sv"] == swedish.respond_url("thanks") == f"{swedish.url}svara/tack/"


@pytest.mark.django_db
def test_the_call_pages_own_language_links_still_lead_to_the_call(client, call_in_two_languages):
    finnish, swedish = call_in_two_languages
    assert _switcher(soup(client.get(finnish.url)))["sv"] == swedish.url
