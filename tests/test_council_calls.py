"""Council calls as residents meet them: the page, the response form, catalogue, home page, retention."""

import datetime

import pytest
from django.test import Client
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from councils import retention
from councils.models import Ask
from tests.factories import OpportunityPageFactory
from tests.factories.councils import CallFactory, CallQuestionFactory, StatementFactory
from tests.html import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def youth(pages):
    return pages["youth"]["fi"]


def make_call(council, title="Mitä nuoret tarvitsevat?", days_left=10, publish=True):
    """A call for ideas with a required idea and an optional age, closing in `days_left` days."""
    return CallFactory(
        parent=council,
        title=title,
        intro="Kerro meille ideasi.",
        asks_for=Ask.IDEAS,
        closes_at=timezone.now() + datetime.timedelta(days=days_left),
        live=publish,
        form_fields=[
            CallQuestionFactory.build(locale=council.locale, label="Ideasi", required=True),
            CallQuestionFactory.build(
                locale=council.locale, label="Ikäsi", field_type="number", required=False
            ),
        ],
    )


def make_statement(council, title, date):
    return StatementFactory(parent=council, title=title, date=date)


def test_a_call_is_an_opportunity_of_its_own_kind(youth):
    call = make_call(youth)
    assert call.method == "council-call"
    assert call.ends_at == call.closes_at


def test_the_call_page_shows_the_deadline_and_time_left_without_a_form(client, youth):
    call = make_call(youth)
    response = client.get(call.url)
    assert response.status_code == 200
    page = soup(response)
    assert page.select_one(".call-deadline time")["datetime"].startswith(
        call.closes_at.date().isoformat()[:4]
    )
    assert page.select_one(f'a[href="{call.respond_url()}"]') is not None
    assert "csrfmiddlewaretoken" not in response.content.decode(), "the call page stays cacheable"
    assert youth.title in page.select_one(".card__meta").get_text()


def test_a_resident_responds_and_the_answer_is_stored_under_the_same_keys(client, youth):
    call = make_call(youth)
    assert call.respond_url().endswith("/vastaa/")
    response = client.post(
        call.respond_url(), {"ideasi": "Lisää valoa rannalle", "ikasi": "16", "website": ""}
    )
    assert response.status_code == 302
    assert response["Location"] == call.respond_url("thanks")
    assert client.get(response["Location"]).status_code == 200
    submission = FormSubmission.objects.get(page=call)
    assert submission.get_data()["ideasi"] == "Lisää valoa rannalle"
    assert "website" not in submission.form_data


def test_errors_are_listed_and_nothing_typed_is_lost(client, youth):
    call = make_call(youth)
    response = client.post(call.respond_url(), {"ideasi": "", "ikasi": "kuusitoista", "website": ""})
    assert response.status_code == 200
    page = soup(response)
    assert {a["href"] for a in page.select(".error-summary a")} == {"#id_ideasi", "#id_ikasi"}
    assert page.select_one("#id_ikasi")["aria-invalid"] == "true"
    assert page.select_one("#id_ikasi")["value"] == "kuusitoista"
    assert not FormSubmission.objects.exists()


def test_the_honeypot_stores_nothing(client, youth):
    call = make_call(youth)
    response = client.post(call.respond_url(), {"ideasi": "spam", "website": "http://spam.example"})
    assert response.status_code == 302
    assert not FormSubmission.objects.exists()


def test_past_the_deadline_the_form_closes_and_says_so(client, youth):
    call = make_call(youth, days_left=-1)
    page = soup(client.get(call.url))
    assert page.select_one(".call-deadline .availability--closed") is not None
    assert page.select_one(f'a[href="{call.respond_url()}"]') is None
    response = client.post(call.respond_url(), {"ideasi": "Myöhässä", "website": ""})
    assert response.status_code == 200
    assert soup(response).select_one("form.response-form") is None
    assert not FormSubmission.objects.exists()


def test_responses_are_rate_limited(client, youth, settings):
    settings.PUBLIC_FORM_RATE_LIMIT = "2/m"
    call = make_call(youth)
    for _attempt in range(2):
        client.post(call.respond_url(), {"ideasi": "", "website": ""})
    assert client.post(call.respond_url(), {"ideasi": "Kolmas", "website": ""}).status_code == 429
    assert not FormSubmission.objects.exists()


def test_csrf_protection_stays_on(youth):
    call = make_call(youth)
    assert Client(enforce_csrf_checks=True).post(call.respond_url(), {"ideasi": "x"}).status_code == 403


def test_a_draft_call_and_its_form_are_not_public(client, youth):
    call = make_call(youth, publish=False)
    path = f"{youth.url}{call.slug}/"
    assert client.get(path).status_code == 404
    assert client.get(f"{path}vastaa/").status_code == 404
    assert client.post(f"{path}vastaa/", {"ideasi": "x"}).status_code == 404
    assert not FormSubmission.objects.exists()


def test_calls_appear_in_the_catalogue_as_their_own_kind_and_on_the_home_page(client, youth, pages):
    call = make_call(youth, title="Kirjurinluodon nuorten kutsu")
    index = pages["opportunities"]["fi"]
    workshop = OpportunityPageFactory(parent=index, title="Kirjaston työpaja")
    everything = soup(client.get(index.url))
    assert workshop.title in [a.get_text() for a in everything.select(".card__title a")]
    listed = soup(client.get(index.url, {"method": "council-call"}))
    titles = [a.get_text() for a in listed.select(".card__title a")]
    assert call.title in titles and workshop.title not in titles
    kinds = {card.select(".card__meta span")[1].get_text() for card in listed.select(".card")}
    assert kinds == {"Neuvoston kutsu"}
    home = soup(client.get(pages["home"]["fi"].url))
    assert call.title in [a.get_text() for a in home.select(".card__title a")]


def test_the_council_page_lists_its_calls_and_statements(client, youth):
    call = make_call(youth)
    statement = make_statement(youth, "Lausunto nuorisopalvelujen suunnitelmasta", datetime.date(2026, 10, 1))
    page = soup(client.get(youth.url))
    links = [a.get_text() for a in page.select("main a")]
    assert call.title in links and statement.title in links
    assert client.get(statement.url).status_code == 200


def test_responses_are_deleted_a_set_time_after_the_deadline(youth, settings):
    settings.CALL_RESPONSE_RETENTION_DAYS = 30
    call = make_call(youth, days_left=-29)
    FormSubmission.objects.create(page=call, form_data={"ideasi": "Vanha vastaus"})
    assert retention.apply() == 0
    assert retention.apply(timezone.now() + datetime.timedelta(days=2)) == 1
    assert not FormSubmission.objects.exists()


def _queries(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


def test_council_and_call_pages_do_not_query_per_call_statement_or_question(client, youth):
    first = make_call(youth, title="Ensimmäinen kutsu")
    council_before, call_before = _queries(client, youth.url), _queries(client, first.url)
    for number in range(5):
        make_call(youth, title=f"Kutsu {number}")
        make_statement(youth, f"Lausunto {number}", datetime.date(2026, 9, 1))
    many = make_call(youth, title="Monta kysymystä")
    many.form_fields = [
        CallQuestionFactory.build(locale=youth.locale, label=f"Kysymys {number}", field_type="singleline")
        for number in range(8)
    ]
    many.save_revision().publish()
    assert _queries(client, youth.url) == council_before
    assert _queries(client, many.url) == call_before
    assert council_before <= 25 and call_before <= 25
