"""The working group evaluates applications and records decisions; the applicant hears by email.

Requests go through the test client as a signed-in member of the working group
(password and TOTP). Emails are read from the outbox after sending it.
"""

from decimal import Decimal

import pytest
from wagtail.models import ModelLogEntry

from tests.factories import make_round, translate_page
from tests.factories.wellbeing import Status
from tests.factories.wellbeing_admin import make_application
from tests.wellbeing_admin.helpers import (
    application_url,
    assert_no_personal_data,
    newly_sent,
    working_group_member,
)
from wellbeing.models import Application, Evaluation, Message

pytestmark = pytest.mark.django_db


# --- Evaluation -----------------------------------------------------------------------------------


def _evaluate(client, application, score, note):
    return client.post(application_url(application), {"action": "evaluate", "score": score, "note": note})


def test_each_member_has_one_evaluation_which_they_can_change(member, round_page):
    application = make_application(round_page, 1)
    colleague = working_group_member("colleague")
    Evaluation.objects.create(application=application, evaluator=colleague, score=2, note="Epäselvä budjetti")
    assert _evaluate(member, application, "4", "Hyvä").status_code == 302
    assert _evaluate(member, application, "5", "Erinomainen").status_code == 302
    own = Evaluation.objects.get(application=application, evaluator__username="member")
    assert (own.score, own.note) == (5, "Erinomainen")
    assert Evaluation.objects.filter(application=application).count() == 2
    response = member.get(application_url(application))
    assert response.context["application"].average_score == pytest.approx(3.5)
    assert [e.evaluator for e in response.context["other_evaluations"]] == [colleague]
    assert response.context["evaluation_form"].instance == own
    assert "colleague" in response.content.decode() and "Epäselvä budjetti" in response.content.decode()
    entries = ModelLogEntry.objects.filter(action="wellbeing.evaluate", object_id=str(application.pk))
    assert entries.count() == 2
    for entry in entries:
        assert_no_personal_data(entry)


def test_a_score_outside_one_to_five_is_refused_and_the_note_kept(member, round_page):
    application = make_application(round_page, 1)
    response = _evaluate(member, application, "6", "Luonnos")
    assert response.status_code == 400
    assert response.context["evaluation_form"].errors["score"]
    assert response.context["evaluation_form"]["note"].value() == "Luonnos"
    assert not Evaluation.objects.exists()


def test_the_application_page_shows_budget_and_total(member, round_page):
    application = make_application(round_page, 1)
    context = member.get(application_url(application)).context
    assert [row["item"] for row in context["budget_rows"]] == ["Tarvikkeet", "Tilavuokra"]
    assert context["budget_total"] == Decimal("2000")


# --- Decisions ------------------------------------------------------------------------------------


def _decide(client, application, **fields):
    data = {"action": "decide", "status": application.status, "decision_url": "", "merge_note": "", **fields}
    return client.post(application_url(application), {k: v for k, v in data.items() if v is not None})


def test_funding_a_swedish_application_emails_the_applicant_in_swedish(member, round_page):
    translate_page(round_page, "sv")
    application = make_application(round_page, 1, language="sv", contact_email="anna@example.se")
    response = _decide(
        member,
        application,
        status=Status.FUNDED,
        amount_granted="1500",
        decision_url="https://pori.fi/paatos",
    )
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == Status.FUNDED
    assert application.amount_granted == Decimal("1500")
    assert application.decided_at is not None
    [email] = newly_sent()
    assert email.to == ["anna@example.se"]
    assert "/sv/" in email.body
    assert f"token={application.private_token}" in email.body
    assert "1\xa0500,00" in email.body or "1 500,00" in email.body or "1500,00" in email.body
    assert "https://pori.fi/paatos" in email.body
    [entry] = ModelLogEntry.objects.filter(action="wellbeing.status", object_id=str(application.pk))
    assert (entry.data["from"], entry.data["to"]) == (Status.RECEIVED, Status.FUNDED)
    assert_no_personal_data(entry)


def test_not_funded_emails_kindly_with_the_decision_link(member, round_page):
    application = make_application(round_page, 1)
    _decide(member, application, status=Status.NOT_FUNDED, decision_url="https://pori.fi/paatos")
    application.refresh_from_db()
    assert application.decided_at is not None
    [email] = newly_sent()
    assert "https://pori.fi/paatos" in email.body and "/fi/" in email.body


def test_saving_without_a_change_of_status_emails_nobody(member, round_page):
    application = make_application(round_page, 1, status=Status.IN_EVALUATION)
    assert _decide(member, application, status=Status.PROPOSED).status_code == 302
    assert _decide(member, Application.objects.get(pk=application.pk), merge_note="").status_code == 302
    assert newly_sent() == []
    assert Application.objects.get(pk=application.pk).decided_at is None


@pytest.mark.parametrize(
    ("amount", "requested"),
    [(None, "2000"), ("3500", "5000"), ("2500", "2000"), ("0", "2000")],
    ids=["missing", "over-the-round-maximum", "over-the-sum-applied", "zero"],
)
def test_a_funded_amount_outside_the_rules_is_refused(member, round_page, amount, requested):
    application = make_application(round_page, 1, requested_amount=Decimal(requested))
    response = _decide(
        member, application, status=Status.FUNDED, amount_granted=amount, decision_url="https://x.fi/"
    )
    assert response.status_code == 400
    form = response.context["decision_form"]
    assert form.errors["amount_granted"]
    assert form["decision_url"].value() == "https://x.fi/"
    application.refresh_from_db()
    assert (application.status, application.amount_granted, application.decided_at) == (
        Status.RECEIVED,
        None,
        None,
    )
    assert newly_sent() == []


def test_merging_needs_another_application_of_the_same_round_and_a_reason(member, round_page, pages):
    application = make_application(round_page, 1)
    other = make_application(round_page, 2)
    elsewhere_round = make_round(pages["opportunities"]["fi"], "Toinen kierros", phase="applications")
    elsewhere = make_application(elsewhere_round, 3)
    assert _decide(member, application, merge_with=elsewhere.pk, merge_note="Sama idea").status_code == 400
    assert _decide(member, application, merge_with=other.pk).status_code == 400
    assert _decide(member, application, merge_with=other.pk, merge_note="Sama idea").status_code == 302
    application.refresh_from_db()
    assert (application.merge_with, application.merge_note) == (other, "Sama idea")


def test_asking_for_more_information_stores_the_message_and_emails_the_applicant(member, round_page):
    application = make_application(round_page, 1, status=Status.IN_EVALUATION)
    question = "Mihin tilavuokra tarkalleen käytetään?"
    assert member.post(application_url(application), {"action": "ask", "text": question}).status_code == 302
    application.refresh_from_db()
    assert application.status == Status.MORE_INFORMATION
    [message] = Message.objects.filter(application=application)
    assert (message.author, message.text) == (Message.Author.STAFF, question)
    [email] = newly_sent()
    assert email.to == ["maija@example.fi"]
    assert question in email.body and f"token={application.private_token}" in email.body
    assert member.post(application_url(application), {"action": "ask", "text": ""}).status_code == 400


def test_a_decision_link_too_long_to_store_is_an_error_not_a_crash(member, round_page):
    application = make_application(round_page, 1)
    link = "https://pori.fi/" + "a" * 250
    response = _decide(member, application, status=Status.NOT_FUNDED, decision_url=link)
    assert response.status_code == 400
    form = response.context["decision_form"]
    assert form.errors["decision_url"] and form["decision_url"].value() == link
    assert Application.objects.get(pk=application.pk).status == Status.RECEIVED
