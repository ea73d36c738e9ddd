"""Retention of wellbeing money personal data. Run daily (``manage.py apply_wellbeing_retention``).

- Votes: once a round's vote has closed, unconfirmed votes are deleted and
  confirmed ones lose their address, its hash and its domain; the theme counts
  stay. The domain alone (gmail.com) is not personal data, but a person's own
  domain (virtanen.fi) with the time of the vote can be; it serves only the
  working group's check for clusters of votes while the vote is open, so it
  goes with the address.
- Drafts never sent: deleted WELLBEING_DRAFT_RETENTION_DAYS after the round's applications closed.
- Not funded: WELLBEING_NOT_FUNDED_RETENTION_DAYS after the decision, the
  applicant's personal data is deleted (see ``clear``). An application left
  without a decision (still "received", "proposed"...) is treated the same,
  counted from the round's decision day: it was not funded either.
- Funded: the same, WELLBEING_FUNDED_RETENTION_DAYS after the reports were due;
  the name of a group, association or company stays, as it is public.

What stays of an application (title, theme, area, sums, status, report) is what
the city's statistics and the public results need. Outbox emails carry the
private or confirm link, so they go with the record they were written for.
"""

import datetime
from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from post_office.models import Attachment, Email

from .decisions import DECIDED
from .models import ApplicantType, Application, ApplicationAttachment, Message, Vote

# Tokens per outbox query: one query for a chunk keeps the SQL of a large round reasonable.
TOKEN_CHUNK = 200


@dataclass(frozen=True)
class Counts:
    votes_deleted: int = 0
    votes_anonymised: int = 0
    drafts_deleted: int = 0
    not_funded_cleared: int = 0
    funded_cleared: int = 0
    emails_deleted: int = 0


def forget_emails(tokens):
    """Delete outbox emails whose text carries any of the tokens, and attachments left without an email."""
    tokens = list(tokens)
    deleted = 0
    for start in range(0, len(tokens), TOKEN_CHUNK):
        chunk = tokens[start : start + TOKEN_CHUNK]
        matches = reduce(or_, (Q(message__contains=token) for token in chunk))
        deleted += Email.objects.filter(matches).delete()[1].get(Email._meta.label, 0)
    if deleted:
        for attachment in Attachment.objects.filter(emails=None):
            attachment.file.delete(save=False)
            attachment.delete()
    return deleted


def delete_files(applications):
    """Delete the attachments' rows, and their files from private storage once that is committed."""
    attachments = ApplicationAttachment.objects.filter(application__in=applications)
    for attachment in attachments:
        storage, name = attachment.file.storage, attachment.file.name
        transaction.on_commit(lambda storage=storage, name=name: storage.delete(name))
    attachments.delete()


def apply_to_votes(now):
    """Returns (deleted, anonymised, emails deleted) for votes of rounds whose vote has closed."""
    closed = Vote.objects.filter(round__vote_closes_at__lte=now)
    unconfirmed = closed.filter(confirmed_at__isnull=True)
    confirmed = closed.filter(confirmed_at__isnull=False).exclude(email="", email_hash="", email_domain="")
    emails = forget_emails(vote.confirm_token for vote in [*unconfirmed, *confirmed])
    deleted = unconfirmed.delete()[1].get(Vote._meta.label, 0)
    anonymised = confirmed.update(email="", email_hash="", email_domain="")
    return deleted, anonymised, emails


def delete_drafts(now):
    """Returns (drafts deleted, emails deleted): drafts nobody sent, a while after the deadline."""
    cutoff = now - datetime.timedelta(days=settings.WELLBEING_DRAFT_RETENTION_DAYS)
    drafts = list(
        Application.objects.filter(status=Application.Status.DRAFT, round__applications_close_at__lte=cutoff)
    )
    emails = forget_emails(draft.private_token for draft in drafts)
    delete_files(drafts)
    deleted = Application.objects.filter(pk__in=[draft.pk for draft in drafts]).delete()[1]
    return deleted.get(Application._meta.label, 0), emails


def clear(applications, now):
    """Delete the personal data of these applications; returns (how many, emails deleted).

    A resident's own name goes; a group's, association's or company's name stays.
    """
    applications = list(applications)
    emails = forget_emails(application.private_token for application in applications)
    delete_files(applications)
    Message.objects.filter(application__in=applications).delete()
    cleared = Application.objects.filter(pk__in=[application.pk for application in applications])
    cleared.filter(applicant_type=ApplicantType.PERSON).update(applicant_name="")
    count = cleared.update(
        contact_name="", contact_email="", contact_phone="", business_id="", personal_data_deleted_at=now
    )
    return count, emails


def not_funded_due(now):
    """Not funded, counted from the decision; or left without one, counted from the round's decision day."""
    cutoff = now - datetime.timedelta(days=settings.WELLBEING_NOT_FUNDED_RETENTION_DAYS)
    not_funded = Q(status=Application.Status.NOT_FUNDED, decided_at__lte=cutoff)
    # Every sent application without a decision, whatever statuses are added later.
    undecided = ~Q(status__in=[Application.Status.DRAFT, *DECIDED]) & Q(
        round__decision_on__lt=timezone.localdate(cutoff)
    )
    return Application.objects.filter(not_funded | undecided, personal_data_deleted_at__isnull=True)


def funded_due(now):
    cutoff = now - datetime.timedelta(days=settings.WELLBEING_FUNDED_RETENTION_DAYS)
    return Application.objects.filter(
        status=Application.Status.FUNDED,
        round__reports_due_at__lte=cutoff,
        personal_data_deleted_at__isnull=True,
    )


@transaction.atomic
def apply(now=None):
    """Apply every rule once; returns the counts of what was deleted or cleared."""
    now = now or timezone.now()
    votes_deleted, votes_anonymised, vote_emails = apply_to_votes(now)
    drafts_deleted, draft_emails = delete_drafts(now)
    not_funded, not_funded_emails = clear(not_funded_due(now), now)
    funded, funded_emails = clear(funded_due(now), now)
    return Counts(
        votes_deleted=votes_deleted,
        votes_anonymised=votes_anonymised,
        drafts_deleted=drafts_deleted,
        not_funded_cleared=not_funded,
        funded_cleared=funded,
        emails_deleted=vote_emails + draft_emails + not_funded_emails + funded_emails,
    )
