"""A council's pages reach the site only through communications: publishing, moderation and what visitors see.

Council editors write and submit; the communications group (from
``councils.workspaces``) approves or rejects, and both are told by email.
"""

import pytest
from django.core import mail
from wagtail.models import WorkflowState

from councils.models import CouncilCallPage
from networks.models import Council
from tests.councils.helpers import (
    ANSWER,
    Attempt,
    attempt,
    edit_form,
    fresh,
    refused,
    submit,
    with_draft,
    workflow_action,
)
from tests.factories.councils import QUESTION, CallFactory, ResponseFactory

pytestmark = pytest.mark.django_db

COMMENT = "Lisää hakuaika ja yhteystiedot, kiitos."
DRAFT = "Nuorten kesätyöt, luonnos"


@pytest.fixture
def youth_council(pages):
    return pages[Council.YOUTH]["fi"]


# Publishing needs communications -------------------------------------------------------


def _publishing(call):
    """Every way the admin offers to put a draft on the site."""
    return {
        "publish button": Attempt(
            "post", f"/admin/pages/{call.pk}/edit/", edit_form(call, DRAFT, **{"action-publish": "1"})
        ),
        "bulk publish": Attempt("post", f"/admin/bulk/wagtailcore/page/publish/?id={call.pk}", {}),
        "publish a copy": Attempt(
            "post",
            f"/admin/pages/{call.pk}/copy/",
            {
                "new_title": DRAFT,
                "new_slug": "kopio",
                "new_parent_page": call.get_parent().pk,
                "publish_copies": "on",
            },
        ),
        "revert and publish": Attempt(
            "post",
            f"/admin/pages/{call.pk}/revisions/{call.get_latest_revision().pk}/revert/",
            edit_form(call, DRAFT, **{"action-publish": "1"}),
        ),
    }


PUBLISHING_WAYS = ["publish button", "bulk publish", "publish a copy", "revert and publish"]


def _draft_on_the_site():
    return CouncilCallPage.objects.live().filter(title=DRAFT).exists()


@pytest.mark.parametrize("way", PUBLISHING_WAYS)
def test_a_council_editor_cannot_publish_their_own_call(youth, youth_council, way):
    call = with_draft(CallFactory(parent=youth_council, title="Nuorten kesätyöt"), DRAFT)

    attempt(youth, _publishing(call)[way])

    assert not _draft_on_the_site()


@pytest.mark.parametrize("way", PUBLISHING_WAYS)
def test_communications_can_publish_a_councils_call_in_each_way(communications, youth_council, way):
    call = with_draft(CallFactory(parent=youth_council, title="Nuorten kesätyöt"), DRAFT)

    attempt(communications, _publishing(call)[way])

    assert _draft_on_the_site()


def test_a_council_editor_cannot_unpublish_their_own_call(youth, youth_council):
    call = CallFactory(parent=youth_council, title="Nuorten kesätyöt")

    assert refused(youth.client.post(f"/admin/pages/{call.pk}/unpublish/", {}))
    assert fresh(call).live


def test_a_council_editor_cannot_approve_their_own_submission(youth, youth_council):
    call = CallFactory(parent=youth_council, title="Nuorten kesätyöt", live=False)
    submit(youth, call)

    assert refused(workflow_action(youth, call, "approve"))
    assert (fresh(call).live, fresh(call).workflow_in_progress) == (False, True)


# Moderation --------------------------------------------------------------------------


@pytest.fixture
def submitted(youth, youth_council):
    """A draft call the youth council editor has submitted for approval."""
    call = CallFactory(parent=youth_council, title="Nuorten kesätyöt", live=False)
    submit(youth, call, "Nuorten kesätyöt 2030")
    return call


def test_communications_are_emailed_when_a_council_editor_submits(youth, communications, youth_council):
    call = CallFactory(parent=youth_council, title="Nuorten kesätyöt", live=False)
    mail.outbox.clear()

    submit(youth, call)

    assert [message.to for message in mail.outbox] == [[communications.user.email]]
    assert "Nuorten kesätyöt" in mail.outbox[0].body


def test_approval_by_communications_publishes_the_call(communications, submitted):
    response = workflow_action(communications, submitted, "approve")

    assert response.status_code == 302
    page = fresh(submitted)
    assert (page.live, page.title, page.workflow_in_progress) == (True, "Nuorten kesätyöt 2030", False)


def test_rejection_by_communications_keeps_the_call_off_the_site(communications, submitted):
    response = workflow_action(communications, submitted, "reject", COMMENT)

    assert response.status_code == 302
    page = fresh(submitted)
    assert (page.live, page.workflow_in_progress) == (False, False)
    assert WorkflowState.objects.get(object_id=str(page.pk)).status == WorkflowState.STATUS_NEEDS_CHANGES


@pytest.mark.parametrize("decision", ["approve", "reject"])
def test_the_council_editor_is_emailed_the_decision(youth, communications, submitted, decision):
    mail.outbox.clear()

    workflow_action(communications, submitted, decision, COMMENT)

    assert [message.to for message in mail.outbox] == [[youth.user.email]]
    if decision == "reject":
        assert COMMENT in mail.outbox[0].body


@pytest.mark.parametrize("decision", ["approve", "reject"])
@pytest.mark.parametrize("where", ["workflow history", "page history"])
def test_the_council_editor_sees_the_decision_and_comment(youth, communications, submitted, decision, where):
    workflow_action(communications, submitted, decision, COMMENT)
    workflow_state = WorkflowState.objects.get(object_id=str(submitted.pk))
    url = {
        "workflow history": f"/admin/pages/{submitted.pk}/workflow_history/detail/{workflow_state.pk}/",
        "page history": f"/admin/pages/{submitted.pk}/history/",
    }[where]

    response = youth.client.get(url)

    assert response.status_code == 200
    assert COMMENT in response.content.decode()


# Visitors -----------------------------------------------------------------------------


def test_a_visitor_never_sees_a_draft_call(client, youth_council):
    call = CallFactory(parent=youth_council, title="Nuorten kesätyöt", live=False)

    assert client.get(call.url).status_code == 404
    assert client.get(call.respond_url()).status_code == 404


def test_a_visitor_never_sees_a_call_in_moderation(client, submitted):
    assert client.get(submitted.url).status_code == 404


def test_a_visitor_sees_the_published_version_while_changes_are_in_moderation(client, youth, youth_council):
    call = CallFactory(parent=youth_council, title="Nuorten kesätyöt")
    submit(youth, call, "Salainen luonnosotsikko")

    response = client.get(call.url)

    assert response.status_code == 200
    assert "Nuorten kesätyöt" in response.content.decode()
    assert "Salainen luonnosotsikko" not in response.content.decode()


@pytest.mark.parametrize(
    "path",
    [
        "/admin/forms/",
        "/admin/forms/submissions/{call}/",
        "/admin/forms/submissions/{call}/?export=csv",
        "/admin/pages/{call}/view_draft/",
    ],
)
def test_a_visitor_is_sent_to_sign_in_for_responses_and_drafts(client, youth_council, path):
    call = CallFactory(parent=youth_council, title="Nuorten kesätyöt")
    ResponseFactory(page=call)

    response = client.get(path.format(call=call.pk))

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_the_thanks_page_shows_nothing_of_any_response(client, youth_council):
    call = CallFactory(parent=youth_council, title="Nuorten kesätyöt")
    earlier = "Aiempi vastaus joltakulta muulta"
    ResponseFactory(page=call, form_data={QUESTION: earlier})

    response = client.post(call.respond_url(), {QUESTION: ANSWER}, follow=True)

    assert response.redirect_chain[-1][0] == call.respond_url("thanks")
    assert response.status_code == 200
    assert call.get_submissions().count() == 2
    assert ANSWER not in response.content.decode()
    assert earlier not in response.content.decode()
    assert earlier not in client.get(call.respond_url()).content.decode()
