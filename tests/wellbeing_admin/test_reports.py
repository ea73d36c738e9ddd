"""The working group publishes funded projects' reports, or returns them to the applicant with a note.

Requests go through the test client as a signed-in member of the working group
(password and TOTP). Emails are read from the outbox after sending it.
"""

import pytest
from django.urls import reverse

from tests.factories import translate_page
from tests.factories.wellbeing import ReportFactory, Status
from tests.factories.wellbeing_admin import make_application
from tests.wellbeing_admin.helpers import REPORTS, newly_sent
from wellbeing.models import Message, Report

pytestmark = pytest.mark.django_db


@pytest.fixture
def report(round_page):
    """The report of a funded Swedish application."""
    application = make_application(round_page, 1, status=Status.FUNDED, amount_granted=1500, language="sv")
    return ReportFactory(application=application)


def test_staff_publish_a_report(member, round_page, report):
    listed = member.get(REPORTS, {"round": round_page.pk}).context["object_list"]
    assert [r.pk for r in listed] == [report.pk]
    url = reverse("wellbeing_reports:edit", args=[report.pk])
    assert member.get(url).context["report"] == report
    assert member.post(url, {"action": "publish"}).status_code == 302
    report.refresh_from_db()
    assert report.status == Report.Status.PUBLISHED and report.published_at is not None


def test_staff_return_a_report_with_a_note_the_applicant_sees_and_is_emailed(member, round_page, report):
    translate_page(round_page, "sv")
    url = reverse("wellbeing_reports:edit", args=[report.pk])
    assert member.post(url, {"action": "return", "note": ""}).status_code == 400
    assert member.post(url, {"action": "return", "note": "Lisää kuvaus rahan käytöstä."}).status_code == 302
    report.refresh_from_db()
    assert report.status == Report.Status.RETURNED
    [message] = Message.objects.filter(application=report.application)
    assert (message.author, message.text) == (Message.Author.STAFF, "Lisää kuvaus rahan käytöstä.")
    [email] = newly_sent()
    assert "Lisää kuvaus rahan käytöstä." in email.body and "/sv/" in email.body
