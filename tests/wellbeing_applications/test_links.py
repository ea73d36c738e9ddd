"""Applying for wellbeing money: drafts, the private link emailed to the applicant, sending, deadlines."""

import hashlib
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.utils import timezone
from django.utils.formats import date_format

from tests.factories import translate_page
from tests.html import soup
from tests.wellbeing_applications.helpers import (
    NBSP,
    PRIVATE_LINK,
    application_data,
    apply_url,
    budget,
    deliver,
    fi,
    make_application,
    open_round,
    private_path,
    token_from,
)
from wellbeing.models import Application

pytestmark = pytest.mark.django_db
Status = Application.Status


# Drafts and the private link --------------------------------------------------------------------


def test_a_draft_needs_only_names_email_and_title_and_its_link_is_emailed(client, round_page):
    minimal = {
        "action": "draft",
        "applicant_name": "Porin Kävelijät ry",
        "contact_name": "Aino Asukas",
        "contact_email": "aino@example.fi",
        "title": "Kävelykerho",
        **budget(),
    }
    response = client.post(apply_url(round_page), minimal)
    application = Application.objects.get(round=round_page)
    assert application.status == Status.DRAFT and application.reference is None
    assert application.round_id == round_page.pk and application.language == "fi"
    [message] = deliver()
    assert message.to == ["aino@example.fi"]
    assert response["Location"] == private_path("application", token_from(message)) + "&saved=draft"


def test_new_drafts_email_one_address_only_a_few_times_an_hour(client, round_page, settings):
    """Anyone can type anyone's address: a draft link is emailed within the site's limit per mailbox."""
    settings.EMAILS_PER_ADDRESS_PER_HOUR = 3
    draft = {"action": "draft", "applicant_name": "Kerho", "contact_name": "Aino Asukas", "title": "Kerho"}
    for number in range(5):
        response = client.post(
            apply_url(round_page), {**draft, "contact_email": "aino@example.fi", **budget()}
        )
        assert response.status_code == 302, number
    assert Application.objects.filter(round=round_page).count() == 5
    assert len(deliver()) == 3


def test_a_draft_without_an_email_address_is_refused_and_keeps_what_was_typed(client, round_page):
    response = client.post(
        apply_url(round_page), application_data(round_page, action="draft", contact_email="")
    )
    assert soup(response).select_one('#error-summary a[href="#id_contact_email"]')
    assert soup(response).select_one("#id_title")["value"] == "Kävelykerho Karjarannassa"
    assert not Application.objects.filter(round=round_page).exists()


def test_continuing_a_draft_from_the_emailed_link_keeps_every_field(client, round_page):
    data = application_data(round_page, action="draft", applicant_type="person", show_name="on")
    client.post(apply_url(round_page), data)
    [message] = deliver()
    page = soup(client.get(private_path("application", token_from(message))))

    for name in ("applicant_name", "business_id", "contact_name", "contact_email", "contact_phone", "title"):
        assert page.select_one(f"#id_{name}")["value"] == data[name]
    for name in ("description", "audience", "schedule", "other_funding"):
        assert page.select_one(f"#id_{name}").get_text().strip() == data[name]
    assert page.select_one("input[name=applicant_type][checked]")["value"] == "person"
    assert page.select_one("#id_show_name").has_attr("checked")
    assert page.select_one("input[name=theme][checked]")["value"] == data["theme"]
    assert page.select_one("#id_area option[selected]")["value"] == data["area"]
    assert page.select_one("#id_self_financing")["value"] == "250,00"
    assert page.select_one("#id_budget-0-item")["value"] == "Ohjaajan palkkio"
    assert page.select_one("#id_budget-1-amount")["value"] == "300,50"
    assert page.select_one("#budget-total").get_text(strip=True) == f"1{NBSP}500,50 €"


def test_a_draft_is_sent_from_its_private_link(client, round_page):
    client.post(apply_url(round_page), application_data(round_page, action="draft"))
    token = token_from(deliver()[0])
    response = client.post(
        private_path("application", token), application_data(round_page, title="Uusi nimi")
    )
    application = Application.objects.get(round=round_page)
    assert application.status == Status.RECEIVED and application.title == "Uusi nimi"
    assert response["Location"] == private_path("application", token) + "&saved=sent"


def test_private_links_are_unguessable_and_only_their_hash_is_stored(client, round_page):
    client.post(apply_url(round_page), application_data(round_page, action="draft"))
    token = token_from(deliver()[0])
    application = Application.objects.get(round=round_page)
    assert len(token) == 64
    assert application.token_hash == hashlib.sha256(token.encode()).hexdigest()
    stored = [str(value) for value in Application.objects.filter(round=round_page).values().get().values()]
    assert token not in stored


def test_a_wrong_token_gets_the_link_not_valid_page(client, round_page):
    make_application(round_page)
    response = client.get(private_path("application", "0" * 64))
    assert response.status_code == 404
    assert soup(response).h1.get_text() == fi("This link is not valid")
    assert "Kävelykerho" not in response.content.decode()


def test_an_expired_link_shows_nothing_of_the_application(client, pages):
    page = open_round(pages, phase="finished")
    application = make_application(page, status=Status.FUNDED, amount_granted=1000)
    response = client.get(private_path("application", application.private_token))
    assert response.status_code == 410
    assert soup(response).h1.get_text() == fi("This link has expired")
    assert "Kävelykerho" not in response.content.decode()
    assert client.get(private_path("report", application.private_token)).status_code == 410


def test_private_pages_are_not_cached_and_do_not_leak_their_address(client, round_page):
    application = make_application(round_page)
    response = client.get(private_path("application", application.private_token))
    assert response["Referrer-Policy"] == "same-origin"
    assert "no-store" in response["Cache-Control"]


# Sending ----------------------------------------------------------------------------------------


def test_sending_gives_a_reference_and_a_confirmation_email_with_the_private_link(client, round_page):
    response = client.post(apply_url(round_page), application_data(round_page))
    application = Application.objects.get(round=round_page)
    assert application.status == Status.RECEIVED and application.submitted_at
    assert application.reference == f"HR-{round_page.year}-001"
    [message] = deliver()
    assert application.reference in message.subject and application.reference in message.body
    assert urlsplit(PRIVATE_LINK.search(message.body).group(0)).path.startswith("/fi/")

    page = soup(client.get(response["Location"]))
    assert page.select_one(".application-reference").get_text() == application.reference
    assert page.select_one(".application-state").get_text() == fi(Status.RECEIVED.label)
    assert page.select_one("button[value=send]") is None


def test_a_swedish_application_gets_its_email_in_swedish_with_a_swedish_link(client, round_page):
    swedish = translate_page(round_page, "sv")
    swedish.title = "Välmåendepengar 2027"
    swedish.save_revision().publish()
    client.post(apply_url(swedish, "sv"), application_data(swedish))
    application = Application.objects.get(round=round_page)
    assert application.language == "sv" and application.round_id == round_page.pk
    [message] = deliver()
    assert "Välmåendepengar 2027" in message.body
    assert urlsplit(PRIVATE_LINK.search(message.body).group(0)).path.startswith("/sv/")


def test_reference_numbers_are_unique_and_sequential_per_round(client, round_page):
    for title in ("Yksi", "Kaksi", "Kolme"):
        client.post(apply_url(round_page), application_data(round_page, title=title))
    references = list(
        Application.objects.filter(round=round_page)
        .order_by("submitted_at")
        .values_list("reference", flat=True)
    )
    year = round_page.year
    assert references == [f"HR-{year}-001", f"HR-{year}-002", f"HR-{year}-003"]


# Deadlines --------------------------------------------------------------------------------------


def test_a_closed_round_says_so_and_refuses_a_post(client, pages):
    page = open_round(pages, phase="evaluation")
    notice = soup(client.get(apply_url(page))).select_one(".notice").get_text()
    assert date_format(timezone.localtime(page.applications_close_at), "DATETIME_FORMAT") in notice
    response = client.post(apply_url(page), application_data(page))
    assert response.status_code == 403
    assert not Application.objects.filter(round=page).exists()


def test_a_round_not_yet_open_says_when_applications_open(client, pages):
    page = open_round(pages, phase="vote")
    page_html = soup(client.get(apply_url(page)))
    opens = date_format(timezone.localtime(page.applications_open_at), "DATETIME_FORMAT")
    assert opens in page_html.select_one(".notice").get_text()
    assert page_html.select_one("form.application-form") is None


def test_a_draft_can_no_longer_be_changed_once_applications_close(client, round_page):
    application = make_application(round_page, status=Status.DRAFT)
    round_page.applications_close_at = timezone.now() - timezone.timedelta(minutes=1)
    round_page.save_revision().publish()
    response = client.post(
        private_path("application", application.private_token), application_data(round_page)
    )
    assert response.status_code == 403
    application.refresh_from_db()
    assert application.status == Status.DRAFT and application.title == "Kävelykerho"


# Privacy ----------------------------------------------------------------------------------------


def test_no_personal_data_travels_in_any_url_of_the_flow(client, round_page):
    data = application_data(round_page)
    locations = [client.post(apply_url(round_page), {**data, "action": "draft"})["Location"]]
    token = token_from(deliver()[0])
    locations.append(client.post(private_path("application", token), data)["Location"])
    urls = locations + [link for message in deliver() for link in re.findall(r"https?://\S+", message.body)]
    personal = [
        data[name] for name in ("applicant_name", "contact_name", "contact_email", "contact_phone", "title")
    ]
    for url in urls:
        query = parse_qs(urlsplit(url).query)
        assert set(query) <= {"token", "saved"}
        assert not any(value in url or value.replace(" ", "+") in url for value in personal)
