"""Filling in the wellbeing money application: the budget, attachments, and what each field accepts."""

from decimal import Decimal
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.utils import translation

from tests.html import soup
from tests.wellbeing_applications.helpers import (
    NBSP,
    application_data,
    apply_url,
    error_summary,
    fi,
    fi_size,
    open_round,
)
from wellbeing.models import Application, ApplicationAttachment

pytestmark = pytest.mark.django_db
FILES_AGAIN = "The files you chose were not saved, because something else needs fixing. Choose them again."


# The budget -------------------------------------------------------------------------------------


def test_blank_budget_rows_are_ignored_and_the_total_is_computed_on_the_server(client, round_page):
    data = application_data(round_page, requested_amount="1", **{"budget-4-item": "", "budget-4-amount": ""})
    client.post(apply_url(round_page), data)
    application = Application.objects.get(round=round_page)
    assert application.budget == [
        {"item": "Ohjaajan palkkio", "amount": "1200"},
        {"item": "Tarvikkeet", "amount": "300.50"},
    ]
    assert application.requested_amount == Decimal("1500.50")


def test_the_form_shows_the_budget_total_after_an_error(client, round_page):
    response = client.post(apply_url(round_page), application_data(round_page, title=""))
    assert response.status_code == 200
    assert soup(response).select_one("#budget-total").get_text(strip=True) == f"1{NBSP}500,50 €"


def test_a_budget_over_the_maximum_is_refused_and_the_maximum_named(client, round_page):
    rows = (("Ohjaajan palkkio", "4000"), ("Tilavuokra", "1000,01"))
    response = client.post(apply_url(round_page), application_data(round_page, rows=rows))
    message = "The budget's total is %(total)s €. One application may ask at most %(maximum)s €."
    assert fi(message, total=f"5{NBSP}000,01", maximum=f"5{NBSP}000,00") in error_summary(response)
    assert not Application.objects.filter(round=round_page).exists()


@pytest.mark.parametrize("amount", ["-10", "0", "12,345"])
def test_negative_zero_and_fractional_cent_amounts_are_refused(client, round_page, amount):
    response = client.post(
        apply_url(round_page), application_data(round_page, rows=(("Tarvikkeet", amount),))
    )
    assert soup(response).select_one('#error-summary a[href="#id_budget-0-amount"]')
    assert soup(response).select_one("#id_budget-0-amount")["aria-invalid"] == "true"
    assert not Application.objects.filter(round=round_page).exists()


def test_sending_needs_at_least_one_budget_row(client, round_page):
    response = client.post(apply_url(round_page), application_data(round_page, rows=()))
    message = "Add at least one row to the budget: what it is, and how much."
    assert fi(message) in error_summary(response)
    assert not Application.objects.filter(round=round_page).exists()


# Attachments ------------------------------------------------------------------------------------


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


@override_settings(WELLBEING_ATTACHMENT_MAX_SIZE=10)
def test_a_file_over_the_size_limit_is_refused(client, round_page):
    upload = SimpleUploadedFile("kuva.png", b"x" * 11, content_type="image/png")
    response = client.post(apply_url(round_page), {**application_data(round_page), "attachments": [upload]})
    message = fi("“%(name)s” is too big. A file may be at most %(size)s.", name="kuva.png", size=fi_size(10))
    assert message in error_summary(response)
    assert not ApplicationAttachment.objects.filter(application__round=round_page).exists()


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


# The fields -------------------------------------------------------------------------------------


def test_fields_needed_to_send_are_not_marked_optional_though_a_draft_may_omit_them(client, pages):
    page = open_round(pages, "Merkintäkierros")
    html = soup(client.get(apply_url(page)))
    labels = {label["for"]: label.get_text(" ", strip=True) for label in html.select("main label[for]")}
    legends = {legend.parent["id"]: legend.get_text(" ", strip=True) for legend in html.select("main legend")}
    assert legends["id_applicant_type"] == "Kuka hakee?"
    assert labels["id_description"] == "Mitä tehdään?"
    assert labels["id_contact_phone"] == "Yhteyshenkilön puhelinnumero (vapaaehtoinen)"


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
