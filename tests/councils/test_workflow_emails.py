"""Workflow emails reach each recipient in their own admin language, with no sentence left in English."""

import pytest
from django.core import mail
from wagtail.users.models import UserProfile

from networks.models import Council
from tests.councils.helpers import submit, workflow_action
from tests.factories.councils import CallFactory

pytestmark = pytest.mark.django_db


def _speaks(staff, language, address):
    staff.user.email = address
    staff.user.save()
    profile = UserProfile.get_for_user(staff.user)
    profile.preferred_language = language
    profile.save()


@pytest.fixture
def emails(youth, communications, pages, settings, django_capture_on_commit_callbacks):
    """A youth council's call submitted by its Swedish-speaking editor and sent back by Finnish-speaking
    communications: {recipient: email}."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    _speaks(communications, "fi", "viestinta@example.org")
    _speaks(youth, "sv", "nuori@example.org")
    call = CallFactory(parent=pages[Council.YOUTH]["fi"], title="Nuorten kesätyöt", live=False)
    with django_capture_on_commit_callbacks(execute=True):
        submit(youth, call)
    with django_capture_on_commit_callbacks(execute=True):
        workflow_action(communications, call, "reject", comment="Korjaa otsikko")
    return {message.to[0]: message for message in mail.outbox}


def test_communications_hear_of_a_submission_in_finnish(emails):
    message = emails["viestinta@example.org"]
    text = f"{message.subject}\n{message.body}"
    assert "Nuorten kesätyöt" in message.subject
    assert "Viestinnän hyväksyntä" in text
    assert "lähetetty" in message.subject
    for english in ("The page", "has been submitted", "moderation stage", "You can"):
        assert english not in text


def test_the_council_editor_hears_of_the_rejection_in_swedish(emails):
    message = emails["nuori@example.org"]
    text = f"{message.subject}\n{message.body}"
    assert "Korjaa otsikko" in text  # the comment, as written
    assert "Sidan" in message.subject
    for english in ("The page", "has been", "rejected", "You can"):
        assert english not in text
