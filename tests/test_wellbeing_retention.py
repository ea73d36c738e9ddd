"""How long wellbeing money keeps personal data: each rule just before and just after its time."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone
from post_office.models import Email

from tests.factories import make_round
from tests.factories.wellbeing import (
    ApplicationAttachmentFactory,
    ApplicationFactory,
    MessageFactory,
    ReportFactory,
    VoteFactory,
)
from wellbeing import retention
from wellbeing.models import ApplicantType, Application, ApplicationAttachment, Report, Vote, VoteChoice

pytestmark = pytest.mark.django_db
SECOND = datetime.timedelta(seconds=1)


@pytest.fixture
def index(pages):
    return pages["opportunities"]["fi"]


def email_with(token):
    return Email.objects.create(
        from_email="hyvinvointiraha@pori.fi",
        to=["someone@example.com"],
        subject="Linkki",
        message=f"Avaa linkki: https://osallistu.pori.fi/?token={token}",
    )


def vote(page, address, *, confirmed):
    """A vote for one theme, with its confirmation email still in the outbox."""
    ballot = VoteFactory(round=page, email=address, confirmed=confirmed, themes=["Liikunta"])
    email_with(ballot.confirm_token)
    return ballot


def round_page(index, phase):
    return make_round(index, "Säilytyskierros", phase=phase)


def application(page, status, **fields):
    """A resident's application with everything personal it can hold: an attachment, a message, an email."""
    item = ApplicationFactory(
        round=page,
        status=status,
        applicant_type=fields.pop("applicant_type", ApplicantType.PERSON),
        applicant_name=fields.pop("applicant_name", "Pekka Porilainen"),
        business_id="1234567-8",
        contact_name="Pekka Porilainen",
        contact_email="pekka@example.com",
        contact_phone="040 123 4567",
        title="Kävelykoulu",
        area="keskusta",
        requested_amount=2000,
        **fields,
    )
    ApplicationAttachmentFactory(application=item)
    MessageFactory(application=item)
    email_with(item.private_token)
    return item


def personal_data_is_gone(item, *, name_kept=False):
    item.refresh_from_db()
    assert item.personal_data_deleted_at is not None
    assert (item.contact_name, item.contact_email, item.contact_phone, item.business_id) == ("", "", "", "")
    assert bool(item.applicant_name) is name_kept
    assert not item.attachments.exists() and not item.messages.exists()
    assert not Email.objects.filter(message__contains=item.private_token).exists()
    assert (item.title, item.area) == ("Kävelykoulu", "keskusta"), "what statistics need stays"


def personal_data_is_kept(item):
    item.refresh_from_db()
    assert item.personal_data_deleted_at is None
    assert item.contact_email == "pekka@example.com" and item.applicant_name
    assert item.attachments.count() == 1 and item.messages.count() == 1
    assert Email.objects.filter(message__contains=item.private_token).exists()


def test_votes_keep_their_addresses_while_the_vote_is_open(index):
    page = round_page(index, "vote")
    confirmed = vote(page, "maija@example.com", confirmed=True)
    unconfirmed = vote(page, "pekka@example.com", confirmed=False)
    retention.apply(now=page.vote_closes_at - SECOND)
    confirmed.refresh_from_db()
    assert (confirmed.email, confirmed.email_domain) == ("maija@example.com", "example.com")
    assert Vote.objects.filter(pk=unconfirmed.pk).exists()
    assert Email.objects.filter(message__contains=unconfirmed.confirm_token).exists()


def test_when_the_vote_closes_unconfirmed_votes_go_and_confirmed_ones_lose_the_address_and_domain(index):
    page = round_page(index, "vote")
    confirmed = vote(page, "maija@example.com", confirmed=True)
    unconfirmed = vote(page, "pekka@example.com", confirmed=False)
    counts = retention.apply(now=page.vote_closes_at)
    assert (counts.votes_deleted, counts.votes_anonymised) == (1, 1)
    assert not Vote.objects.filter(pk=unconfirmed.pk).exists()
    confirmed.refresh_from_db()
    assert (confirmed.email, confirmed.email_hash, confirmed.email_domain) == ("", "", "")
    assert VoteChoice.objects.filter(vote=confirmed).count() == 1, "the vote still counts"
    assert not Email.objects.filter(message__contains=confirmed.confirm_token).exists()
    assert not Email.objects.filter(message__contains=unconfirmed.confirm_token).exists()


def test_unsent_drafts_are_deleted_thirty_days_after_applications_close(
    index, django_capture_on_commit_callbacks
):
    page = round_page(index, "evaluation")
    draft = application(page, Application.Status.DRAFT)
    sent = application(page, Application.Status.RECEIVED)
    deadline = page.applications_close_at + datetime.timedelta(days=30)
    retention.apply(now=deadline - SECOND)
    assert Application.objects.filter(pk=draft.pk).exists()
    file_name = draft.attachments.get().file.name
    with django_capture_on_commit_callbacks(execute=True):
        assert retention.apply(now=deadline).drafts_deleted == 1
    assert not Application.objects.filter(pk=draft.pk).exists()
    assert not ApplicationAttachment.file.field.storage.exists(file_name)
    assert not Email.objects.filter(message__contains=draft.private_token).exists()
    personal_data_is_kept(sent)


def test_applications_not_funded_lose_personal_data_after_the_retention_time(
    index, settings, django_capture_on_commit_callbacks
):
    settings.WELLBEING_NOT_FUNDED_RETENTION_DAYS = 90
    page = round_page(index, "implementation")
    decided = timezone.now() - datetime.timedelta(days=60)
    refused = application(page, Application.Status.NOT_FUNDED, decided_at=decided)
    file_name = refused.attachments.get().file.name
    due = decided + datetime.timedelta(days=90)
    retention.apply(now=due - SECOND)
    personal_data_is_kept(refused)
    with django_capture_on_commit_callbacks(execute=True):
        retention.apply(now=due)
    personal_data_is_gone(refused)
    assert not ApplicationAttachment.file.field.storage.exists(file_name)
    cleared_at = refused.personal_data_deleted_at
    retention.apply(now=due + datetime.timedelta(days=1))
    refused.refresh_from_db()
    assert refused.personal_data_deleted_at == cleared_at, "cleared once"


def test_funded_applications_lose_personal_data_after_the_reports_and_retention_time(index, settings):
    settings.WELLBEING_FUNDED_RETENTION_DAYS = 365
    page = round_page(index, "finished")
    person = application(page, Application.Status.FUNDED, amount_granted=2000)
    group = application(
        page,
        Application.Status.FUNDED,
        applicant_type=ApplicantType.ASSOCIATION,
        applicant_name="Porin Kävelijät ry",
        amount_granted=1500,
    )
    ReportFactory(
        application=group,
        status=Report.Status.PUBLISHED,
        what_was_done="Kävelimme.",
        participants=20,
        money_used="Kartat",
    )
    due = page.reports_due_at + datetime.timedelta(days=365)
    retention.apply(now=due - SECOND)
    personal_data_is_kept(person)
    assert retention.apply(now=due).funded_cleared == 2
    personal_data_is_gone(person)
    personal_data_is_gone(group, name_kept=True)
    group.refresh_from_db()
    assert group.applicant_name == "Porin Kävelijät ry" and group.amount_granted == 1500
    assert group.report.what_was_done == "Kävelimme."


def test_applications_left_without_a_decision_are_cleared_like_unfunded_ones(index, settings):
    settings.WELLBEING_NOT_FUNDED_RETENTION_DAYS = 90
    page = round_page(index, "evaluation")
    waiting = application(page, Application.Status.IN_EVALUATION)
    decision_day = timezone.make_aware(datetime.datetime.combine(page.decision_on, datetime.time()))
    retention.apply(now=decision_day + datetime.timedelta(days=90))
    personal_data_is_kept(waiting)
    assert retention.apply(now=decision_day + datetime.timedelta(days=92)).not_funded_cleared == 1
    personal_data_is_gone(waiting)


def test_the_command_reports_what_it_did(index, capsys):
    page = round_page(index, "applications")
    vote(page, "pekka@example.com", confirmed=False)
    call_command("apply_wellbeing_retention")
    assert "unconfirmed votes" in capsys.readouterr().out
    assert not Vote.objects.filter(round=page, confirmed_at__isnull=True).exists()
    assert not Vote.objects.filter(round=page).exists()
