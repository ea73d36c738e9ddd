"""Applying for wellbeing money as an applicant: draft, private link, sending, answering, reporting."""

import hashlib
import re
from decimal import Decimal
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from django.conf import settings
from django.core import mail
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.defaultfilters import filesizeformat
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from post_office.mail import send_queued

from projects.models import CityArea, OpportunityIndexPage
from tests.factories import make_round, translate_page
from tests.html import soup
from wellbeing import applications
from wellbeing.models import Application, ApplicationAttachment, Message, Report

Status = Application.Status
PRIVATE_LINK = re.compile(r"https?://[^/\s]+/(?:fi|sv|en)/\S+\?token=([0-9a-f]{64})")
NBSP = "\xa0"
FILES_AGAIN = "The files you chose were not saved, because something else needs fixing. Choose them again."


def fi_size(size):
    with translation.override("fi"):
        return filesizeformat(size)


@pytest.fixture
def round_page(demo_site):
    index = OpportunityIndexPage.objects.get(locale__language_code="fi")
    return make_round(index, "Testiraha", phase="applications", max_grant=5000)


def apply_url(page, language="fi"):
    with translation.override(language):
        return reverse("wellbeing:apply", args=[page.translation_key])


def private_path(view_name, token, language="fi"):
    with translation.override(language):
        return f"{reverse(f'wellbeing:{view_name}')}?token={token}"


def area():
    return CityArea.objects.filter(locale__language_code="fi").order_by("slug").first()


def budget(*rows, shown=5):
    """The budget formset's fields: the given (item, amount) rows, then empty rows up to ``shown``."""
    data = {"budget-TOTAL_FORMS": str(max(shown, len(rows))), "budget-INITIAL_FORMS": "0"}
    for number, (item, amount) in enumerate(rows):
        data[f"budget-{number}-item"] = item
        data[f"budget-{number}-amount"] = amount
    return data


def application_data(
    page, action="send", rows=(("Ohjaajan palkkio", "1200"), ("Tarvikkeet", "300,50")), **changes
):
    data = {
        "action": action,
        "applicant_type": "association",
        "applicant_name": "Porin Kävelijät ry",
        "business_id": "1234567-8",
        "contact_name": "Aino Asukas",
        "contact_email": "aino@example.fi",
        "contact_phone": "040 123 4567",
        "theme": str(page.themes.first().translation_key),
        "title": "Kävelykerho Karjarannassa",
        "description": "Viikoittaiset kävelyt ohjaajan kanssa.",
        "audience": "Ikääntyneet asukkaat.",
        "area": area().slug,
        "schedule": "Touko–syyskuu.",
        "self_financing": "250",
        "other_funding": "Ei muuta rahoitusta.",
        "website": "",
        **budget(*rows),
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def deliver():
    send_queued()
    return list(mail.outbox)


def token_from(message):
    return PRIVATE_LINK.search(message.body).group(1)


def make_application(page, status=Status.RECEIVED, **fields):
    values = {
        "round": page.source,
        "status": status,
        "language": "fi",
        "applicant_type": "group",
        "applicant_name": "Karjarannan kävelijät",
        "contact_name": "Aino Asukas",
        "contact_email": "aino@example.fi",
        "title": "Kävelykerho",
        "reference": f"HR-{page.year}-900" if status != Status.DRAFT else None,
        "submitted_at": timezone.now() if status != Status.DRAFT else None,
    }
    values.update(fields)
    return Application.objects.create(**values)


def fi(text, **values):
    """A message as a Finnish user reads it (the English msgid until it is translated)."""
    with translation.override("fi"):
        return translation.gettext(text) % values if values else translation.gettext(text)


def error_summary(response):
    summary = soup(response).select_one("#error-summary")
    return summary.get_text(" ", strip=True) if summary else ""


# The budget -------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_blank_budget_rows_are_ignored_and_the_total_is_computed_on_the_server(client, round_page):
    data = application_data(round_page, requested_amount="1", **{"budget-4-item": "", "budget-4-amount": ""})
    client.post(apply_url(round_page), data)
    application = Application.objects.get(round=round_page)
    assert application.budget == [
        {"item": "Ohjaajan palkkio", "amount": "1200"},
        {"item": "Tarvikkeet", "amount": "300.50"},
    ]
    assert application.requested_amount == Decimal("1500.50")


@pytest.mark.django_db
def test_the_form_shows_the_budget_total_after_an_error(client, round_page):
    response = client.post(apply_url(round_page), application_data(round_page, title=""))
    assert response.status_code == 200
    assert soup(response).select_one("#budget-total").get_text(strip=True) == f"1{NBSP}500,50 €"


@pytest.mark.django_db
def test_a_budget_over_the_maximum_is_refused_and_the_maximum_named(client, round_page):
    rows = (("Ohjaajan palkkio", "4000"), ("Tilavuokra", "1000,01"))
    response = client.post(apply_url(round_page), application_data(round_page, rows=rows))
    message = "The budget's total is %(total)s €. One application may ask at most %(maximum)s €."
    assert fi(message, total=f"5{NBSP}000,01", maximum=f"5{NBSP}000,00") in error_summary(response)
    assert not Application.objects.filter(round=round_page).exists()


@pytest.mark.django_db
@pytest.mark.parametrize("amount", ["-10", "0", "12,345"])
def test_negative_zero_and_fractional_cent_amounts_are_refused(client, round_page, amount):
    response = client.post(
        apply_url(round_page), application_data(round_page, rows=(("Tarvikkeet", amount),))
    )
    assert soup(response).select_one('#error-summary a[href="#id_budget-0-amount"]')
    assert soup(response).select_one("#id_budget-0-amount")["aria-invalid"] == "true"
    assert not Application.objects.filter(round=round_page).exists()


@pytest.mark.django_db
def test_sending_needs_at_least_one_budget_row(client, round_page):
    response = client.post(apply_url(round_page), application_data(round_page, rows=()))
    message = "Add at least one row to the budget: what it is, and how much."
    assert fi(message) in error_summary(response)
    assert not Application.objects.filter(round=round_page).exists()


# Drafts and the private link --------------------------------------------------------------------


@pytest.mark.django_db
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


@pytest.mark.django_db
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


@pytest.mark.django_db
def test_a_draft_without_an_email_address_is_refused_and_keeps_what_was_typed(client, round_page):
    response = client.post(
        apply_url(round_page), application_data(round_page, action="draft", contact_email="")
    )
    assert soup(response).select_one('#error-summary a[href="#id_contact_email"]')
    assert soup(response).select_one("#id_title")["value"] == "Kävelykerho Karjarannassa"
    assert not Application.objects.filter(round=round_page).exists()


@pytest.mark.django_db
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


@pytest.mark.django_db
def test_a_draft_is_sent_from_its_private_link(client, round_page):
    client.post(apply_url(round_page), application_data(round_page, action="draft"))
    token = token_from(deliver()[0])
    response = client.post(
        private_path("application", token), application_data(round_page, title="Uusi nimi")
    )
    application = Application.objects.get(round=round_page)
    assert application.status == Status.RECEIVED and application.title == "Uusi nimi"
    assert response["Location"] == private_path("application", token) + "&saved=sent"


@pytest.mark.django_db
def test_private_links_are_unguessable_and_only_their_hash_is_stored(client, round_page):
    client.post(apply_url(round_page), application_data(round_page, action="draft"))
    token = token_from(deliver()[0])
    application = Application.objects.get(round=round_page)
    assert len(token) == 64
    assert application.token_hash == hashlib.sha256(token.encode()).hexdigest()
    stored = [str(value) for value in Application.objects.filter(round=round_page).values().get().values()]
    assert token not in stored


@pytest.mark.django_db
def test_a_wrong_token_gets_the_link_not_valid_page(client, round_page):
    make_application(round_page)
    response = client.get(private_path("application", "0" * 64))
    assert response.status_code == 404
    assert soup(response).h1.get_text() == fi("This link is not valid")
    assert "Kävelykerho" not in response.content.decode()


@pytest.mark.django_db
def test_an_expired_link_shows_nothing_of_the_application(client, demo_site):
    index = OpportunityIndexPage.objects.get(locale__language_code="fi")
    page = make_round(index, "Testiraha", phase="finished")
    application = make_application(page, status=Status.FUNDED, amount_granted=1000)
    response = client.get(private_path("application", application.private_token))
    assert response.status_code == 410
    assert soup(response).h1.get_text() == fi("This link has expired")
    assert "Kävelykerho" not in response.content.decode()
    assert client.get(private_path("report", application.private_token)).status_code == 410


@pytest.mark.django_db
def test_private_pages_are_not_cached_and_do_not_leak_their_address(client, round_page):
    application = make_application(round_page)
    response = client.get(private_path("application", application.private_token))
    assert response["Referrer-Policy"] == "same-origin"
    assert "no-store" in response["Cache-Control"]


# Sending ----------------------------------------------------------------------------------------


@pytest.mark.django_db
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


@pytest.mark.django_db
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


@pytest.mark.django_db
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


@pytest.mark.django_db
def test_a_closed_round_says_so_and_refuses_a_post(client, demo_site):
    index = OpportunityIndexPage.objects.get(locale__language_code="fi")
    page = make_round(index, "Testiraha", phase="evaluation")
    notice = soup(client.get(apply_url(page))).select_one(".notice").get_text()
    assert date_format(timezone.localtime(page.applications_close_at), "DATETIME_FORMAT") in notice
    response = client.post(apply_url(page), application_data(page))
    assert response.status_code == 403
    assert not Application.objects.filter(round=page).exists()


@pytest.mark.django_db
def test_a_round_not_yet_open_says_when_applications_open(client, demo_site):
    index = OpportunityIndexPage.objects.get(locale__language_code="fi")
    page = make_round(index, "Testiraha", phase="vote")
    page_html = soup(client.get(apply_url(page)))
    opens = date_format(timezone.localtime(page.applications_open_at), "DATETIME_FORMAT")
    assert opens in page_html.select_one(".notice").get_text()
    assert page_html.select_one("form.application-form") is None


@pytest.mark.django_db
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


# Attachments ------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_an_attachment_is_stored_privately_and_only_its_name_is_shown(client, round_page):
    upload = SimpleUploadedFile("suunnitelma.pdf", b"%PDF-1.4 plan", content_type="application/pdf")
    response = client.post(apply_url(round_page), {**application_data(round_page), "attachments": [upload]})
    attachment = ApplicationAttachment.objects.get(application__round=round_page)
    assert attachment.name == "suunnitelma.pdf" and attachment.size == 13
    stored = Path(storages["private"].path(attachment.file.name))
    assert stored.read_bytes() == b"%PDF-1.4 plan"
    assert "suunnitelma" not in attachment.file.name
    assert client.get(f"{settings.MEDIA_URL}{attachment.file.name}").status_code == 404
    assert client.get(f"{settings.MEDIA_URL}private/{attachment.file.name}").status_code == 404

    page = soup(client.get(response["Location"]))
    assert [item.get_text() for item in page.select(".attachment-list li")] == ["suunnitelma.pdf"]
    assert not page.select(".attachment-list a")


@pytest.mark.django_db
def test_a_file_of_a_type_not_accepted_is_refused_and_files_must_be_chosen_again(client, round_page):
    upload = SimpleUploadedFile("ohjelma.exe", b"MZ", content_type="application/octet-stream")
    response = client.post(apply_url(round_page), {**application_data(round_page), "attachments": [upload]})
    summary = error_summary(response)
    types = ", ".join(settings.WELLBEING_ATTACHMENT_EXTENSIONS)
    assert (
        fi(
            "“%(name)s” is not a file type we accept. Accepted types: %(types)s.",
            name="ohjelma.exe",
            types=types,
        )
        in summary
    )
    assert fi(FILES_AGAIN) in summary
    assert (
        not Application.objects.filter(round=round_page).exists()
        and not ApplicationAttachment.objects.filter(application__round=round_page).exists()
    )


@pytest.mark.django_db
@override_settings(WELLBEING_ATTACHMENT_MAX_SIZE=10)
def test_a_file_over_the_size_limit_is_refused(client, round_page):
    upload = SimpleUploadedFile("kuva.png", b"x" * 11, content_type="image/png")
    response = client.post(apply_url(round_page), {**application_data(round_page), "attachments": [upload]})
    message = fi("“%(name)s” is too big. A file may be at most %(size)s.", name="kuva.png", size=fi_size(10))
    assert message in error_summary(response)
    assert not ApplicationAttachment.objects.filter(application__round=round_page).exists()


@pytest.mark.django_db
@override_settings(WELLBEING_ATTACHMENTS_PER_APPLICATION=1)
def test_an_application_takes_at_most_the_allowed_number_of_files(client, round_page):
    uploads = [SimpleUploadedFile(f"{n}.txt", b"x", content_type="text/plain") for n in ("a", "b")]
    response = client.post(apply_url(round_page), {**application_data(round_page), "attachments": uploads})
    with translation.override("fi"):
        message = translation.ngettext(
            "An application may have at most %(count)s attachment.",
            "An application may have at most %(count)s attachments.",
            1,
        ) % {"count": 1}
    assert message in error_summary(response)
    assert not ApplicationAttachment.objects.filter(application__round=round_page).exists()


# After sending: more information, the report ----------------------------------------------------


@pytest.mark.django_db
def test_the_applicant_answers_a_request_for_more_information(client, round_page):
    application = make_application(round_page, status=Status.MORE_INFORMATION)
    Message.objects.create(application=application, author=Message.Author.STAFF, text="Kuka ohjaa kävelyt?")
    url = private_path("application", application.private_token)
    page = soup(client.get(url))
    assert "Kuka ohjaa kävelyt?" in page.select_one(".message-list").get_text()

    response = client.post(url, {"text": "Liikuntaneuvoja Aino.", "website": ""})
    assert response["Location"] == url + "&saved=answered"
    answer = application.messages.get(author=Message.Author.APPLICANT)
    assert answer.text == "Liikuntaneuvoja Aino."
    application.refresh_from_db()
    assert application.status == Status.MORE_INFORMATION


@pytest.mark.django_db
def test_an_answer_is_refused_when_no_information_was_asked(client, round_page):
    application = make_application(round_page)
    response = client.post(private_path("application", application.private_token), {"text": "Hei"})
    assert response.status_code == 403
    assert not application.messages.exists()


@pytest.fixture
def funded(demo_site):
    index = OpportunityIndexPage.objects.get(locale__language_code="fi")
    page = make_round(index, "Testiraha", phase="reporting")
    return make_application(page, status=Status.FUNDED, amount_granted=Decimal("1000"))


def report_data(**changes):
    data = {
        "what_was_done": "Kävelimme joka viikko.",
        "participants": "25",
        "money_used": "Ohjaajan palkkio.",
        "amount_used": "950,50",
        "website": "",
    }
    data.update(changes)
    return data


@pytest.mark.django_db
def test_a_funded_application_links_to_its_report(client, funded):
    page = soup(client.get(private_path("application", funded.private_token)))
    assert page.select_one(f'a[href="{private_path("report", funded.private_token)}"]')


@pytest.mark.django_db
def test_the_report_may_not_use_more_than_was_granted(client, funded):
    response = client.post(private_path("report", funded.private_token), report_data(amount_used="1000,01"))
    message = "The money used cannot be more than the amount granted, %(amount)s €."
    assert fi(message, amount=f"1{NBSP}000,00") in error_summary(response)
    assert not Report.objects.filter(application=funded).exists()


@pytest.mark.django_db
def test_a_funded_project_reports_and_gets_a_receipt(client, funded):
    url = private_path("report", funded.private_token)
    response = client.post(url, report_data())
    assert response["Location"] == url + "&saved=report"
    report = Report.objects.get(application=funded)
    assert report.status == Report.Status.SUBMITTED and report.amount_used == Decimal("950.50")
    [message] = deliver()
    assert message.subject == fi("Report received: %(reference)s", reference=funded.reference)
    page = soup(client.get(url))
    assert page.select_one(".report-form") is None
    with translation.override("fi"):
        assert page.select_one(".report-status").get_text() == str(Report.Status.SUBMITTED.label)


@pytest.mark.django_db
def test_a_returned_report_can_be_corrected_but_a_published_one_cannot(client, funded):
    url = private_path("report", funded.private_token)
    client.post(url, report_data())
    Report.objects.filter(application=funded).update(status=Report.Status.RETURNED)
    client.post(url, report_data(participants="30"))
    assert Report.objects.get(application=funded).participants == 30

    Report.objects.filter(application=funded).update(status=Report.Status.PUBLISHED)
    assert client.post(url, report_data(participants="40")).status_code == 403
    assert Report.objects.get(application=funded).participants == 30


@pytest.mark.django_db
def test_an_application_not_funded_has_no_report_page(client, round_page):
    application = make_application(round_page, status=Status.IN_EVALUATION)
    response = client.post(private_path("report", application.private_token), report_data())
    assert response.status_code == 404
    assert not Report.objects.filter(application=application).exists()


@pytest.mark.django_db
def test_the_report_form_closes_when_reports_are_due(funded):
    round_page = funded.round
    round_page.reports_due_at = timezone.now() - timezone.timedelta(minutes=1)
    assert not applications.report_is_editable(funded, None)


# Privacy ----------------------------------------------------------------------------------------


@pytest.mark.django_db
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


def test_fields_needed_to_send_are_not_marked_optional_though_a_draft_may_omit_them(client, demo_site):
    index = OpportunityIndexPage.objects.get(locale__language_code="fi")
    page = make_round(index, "Merkintäkierros", phase="applications")
    with translation.override("fi"):
        url = reverse("wellbeing:apply", args=[page.translation_key])
    html = soup(client.get(url))
    labels = {label["for"]: label.get_text(" ", strip=True) for label in html.select("main label[for]")}
    legends = {legend.parent["id"]: legend.get_text(" ", strip=True) for legend in html.select("main legend")}
    assert legends["id_applicant_type"] == "Kuka hakee?"
    assert labels["id_description"] == "Mitä tehdään?"
    assert labels["id_contact_phone"] == "Yhteyshenkilön puhelinnumero (vapaaehtoinen)"


# Bounded fields ----------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("action", ["draft", "send"])
def test_a_contact_address_too_long_to_store_is_an_error_that_keeps_what_was_typed(
    client, round_page, action
):
    email = "a" * 289 + "@example.fi"
    response = client.post(
        apply_url(round_page), application_data(round_page, action=action, contact_email=email)
    )
    assert response.status_code == 200
    page = soup(response)
    assert page.select_one('#error-summary a[href="#id_contact_email"]') is not None
    error = page.select_one("#id_contact_email_error").get_text()
    assert "enintään 254 merkkiä" in error, "in Finnish, with the limit"
    assert page.select_one("#id_contact_email")["value"] == email
    assert page.select_one("#id_title")["value"] == "Kävelykerho Karjarannassa"
    assert not Application.objects.filter(round=round_page).exists()


@pytest.mark.django_db
@pytest.mark.parametrize("field", ["applicant_name", "business_id", "contact_name", "title", "budget-0-item"])
def test_a_line_break_in_a_one_line_field_is_refused_and_the_rest_kept(client, round_page, field):
    data = application_data(round_page, action="draft")
    data[field] = f"{data[field][:4]}\n{data[field][4:]}"
    response = client.post(apply_url(round_page), data)
    assert response.status_code == 200
    assert soup(response).select_one(f'#error-summary a[href="#id_{field}"]') is not None
    assert fi("Remove the line breaks and control characters.") in error_summary(response)
    assert soup(response).select_one("#id_contact_email")["value"] == "aino@example.fi"
    assert not Application.objects.filter(round=round_page).exists()
