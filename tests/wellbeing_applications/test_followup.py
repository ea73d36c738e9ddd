"""After sending a wellbeing money application: answering the working group, reporting on the project."""

from decimal import Decimal

import pytest
from django.utils import timezone, translation

from tests.factories.wellbeing import MessageFactory
from tests.html import soup
from tests.wellbeing_applications.helpers import (
    NBSP,
    deliver,
    error_summary,
    fi,
    make_application,
    open_round,
    private_path,
)
from wellbeing import applications
from wellbeing.models import Application, Message, Report

pytestmark = pytest.mark.django_db
Status = Application.Status


@pytest.fixture
def funded(pages):
    page = open_round(pages, phase="reporting")
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


# More information -------------------------------------------------------------------------------


def test_the_applicant_answers_a_request_for_more_information(client, round_page):
    application = make_application(round_page, status=Status.MORE_INFORMATION)
    MessageFactory(application=application, text="Kuka ohjaa kävelyt?")
    url = private_path("application", application.private_token)
    page = soup(client.get(url))
    assert "Kuka ohjaa kävelyt?" in page.select_one(".message-list").get_text()

    response = client.post(url, {"text": "Liikuntaneuvoja Aino.", "website": ""})
    assert response["Location"] == url + "&saved=answered"
    answer = application.messages.get(author=Message.Author.APPLICANT)
    assert answer.text == "Liikuntaneuvoja Aino."
    application.refresh_from_db()
    assert application.status == Status.MORE_INFORMATION


def test_an_answer_is_refused_when_no_information_was_asked(client, round_page):
    application = make_application(round_page)
    response = client.post(private_path("application", application.private_token), {"text": "Hei"})
    assert response.status_code == 403
    assert not application.messages.exists()


# The report -------------------------------------------------------------------------------------


def test_a_funded_application_links_to_its_report(client, funded):
    page = soup(client.get(private_path("application", funded.private_token)))
    assert page.select_one(f'a[href="{private_path("report", funded.private_token)}"]')


def test_the_report_may_not_use_more_than_was_granted(client, funded):
    response = client.post(private_path("report", funded.private_token), report_data(amount_used="1000,01"))
    message = "The money used cannot be more than the amount granted, %(amount)s €."
    assert fi(message, amount=f"1{NBSP}000,00") in error_summary(response)
    assert not Report.objects.filter(application=funded).exists()


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


def test_a_returned_report_can_be_corrected_but_a_published_one_cannot(client, funded):
    url = private_path("report", funded.private_token)
    client.post(url, report_data())
    Report.objects.filter(application=funded).update(status=Report.Status.RETURNED)
    client.post(url, report_data(participants="30"))
    assert Report.objects.get(application=funded).participants == 30

    Report.objects.filter(application=funded).update(status=Report.Status.PUBLISHED)
    assert client.post(url, report_data(participants="40")).status_code == 403
    assert Report.objects.get(application=funded).participants == 30


def test_an_application_not_funded_has_no_report_page(client, round_page):
    application = make_application(round_page, status=Status.IN_EVALUATION)
    response = client.post(private_path("report", application.private_token), report_data())
    assert response.status_code == 404
    assert not Report.objects.filter(application=application).exists()


def test_the_report_form_closes_when_reports_are_due(funded):
    assert applications.report_is_editable(funded, None), "open while the reports are not yet due"
    round_page = funded.round
    round_page.reports_due_at = timezone.now() - timezone.timedelta(minutes=1)
    assert not applications.report_is_editable(funded, None)
