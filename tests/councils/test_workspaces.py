"""Council workspaces over real admin requests: each council reaches only its own pages and responses,
communications reach every council's.

The staff here are members of the groups that ``councils.workspaces`` created for
the site's council pages; nothing grants a council permission by hand. Every
refusal is paired with the same request succeeding for communications, so a
refusal is about permissions and not about a malformed request.
"""

import pytest
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, streamfield

from councils.models import CouncilCallPage, CouncilStatementPage
from councils.workspaces import WORKFLOW
from networks.models import Council, NetworkPage
from tests.councils.helpers import (
    ANSWER,
    KINDS,
    LANGUAGES,
    PAGE_ATTEMPTS,
    RESPONSE_ATTEMPTS,
    add_url,
    another,
    attempt,
    call_form,
    children,
    errors,
    exported,
    fresh,
    published_with_drafts,
    refused,
    state,
    statement_form,
    submit,
    succeeded,
    workflow_action,
)
from tests.factories.councils import QUESTION, CallFactory, ResponseFactory, StatementFactory

pytestmark = pytest.mark.django_db


# Another council's pages -----------------------------------------------------------


@pytest.mark.parametrize("action", PAGE_ATTEMPTS)
@pytest.mark.parametrize("kind", KINDS)
def test_a_council_editor_is_refused_on_another_councils_pages(youth, pages, kind, action):
    page = published_with_drafts(pages[Council.ELDERLY]["fi"])[kind]
    request = PAGE_ATTEMPTS[action](page, pages[Council.YOUTH]["fi"])
    before = state(page)

    response = attempt(youth, request)

    assert refused(response), (response.status_code, response.get("Location"))
    assert state(page) == before


@pytest.mark.parametrize("action", [name for name in RESPONSE_ATTEMPTS if name != "see the forms listing"])
def test_a_council_editor_is_refused_another_councils_responses(youth, pages, action):
    call = published_with_drafts(pages[Council.ELDERLY]["fi"])["call"]
    before = state(call)

    response = attempt(youth, RESPONSE_ATTEMPTS[action](call))

    assert refused(response), (response.status_code, response.get("Location"))
    assert state(call) == before


def test_the_forms_listing_shows_a_council_editor_only_their_own_councils_calls(youth, pages):
    foreign = published_with_drafts(pages[Council.ELDERLY]["fi"])["call"]
    own = [
        CallFactory(parent=pages[Council.YOUTH][language], title=f"Kesätyöt {language}")
        for language in LANGUAGES
    ]

    response = youth.client.get("/admin/forms/")

    assert response.status_code == 200
    listed = {page.pk for page in response.context["form_pages"]}
    youth_pages = {
        pk
        for council_page in pages[Council.YOUTH].values()
        for pk in Page.objects.descendant_of(council_page).values_list("pk", flat=True)
    }
    assert {call.pk for call in own} <= listed <= youth_pages
    assert foreign.pk not in listed


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_council_editor_cannot_add_pages_under_another_council(youth, communications, pages, language):
    parent = pages[Council.ELDERLY][language]

    assert all(refused(response) for response in _add_a_call_and_a_statement(youth, parent))
    assert not children(parent).exists()
    _add_a_call_and_a_statement(communications, parent)
    assert children(parent).count() == 2


def _add_a_call_and_a_statement(staff, parent):
    """Open the editor for a new call, then post a call and a statement under the parent."""
    return [
        staff.client.get(add_url(CouncilCallPage, parent)),
        staff.client.post(add_url(CouncilCallPage, parent), call_form("Vieras kutsu")),
        staff.client.post(add_url(CouncilStatementPage, parent), statement_form("Vieras")),
    ]


def test_another_council_cannot_moderate(youth, elderly, communications, pages):
    call = CallFactory(parent=pages[Council.YOUTH]["fi"], title="Nuorten kesätyöt", live=False)
    submit(youth, call)

    assert refused(workflow_action(elderly, call, "approve"))
    assert not fresh(call).live
    assert not refused(workflow_action(communications, call, "approve"))
    assert fresh(call).live


# Communications: everything, on every council's pages ----------------------------------


@pytest.mark.parametrize("action", PAGE_ATTEMPTS)
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("council", Council.values)
def test_communications_can_do_everything_on_any_councils_pages(communications, pages, council, kind, action):
    page = published_with_drafts(pages[council]["fi"])[kind]
    request = PAGE_ATTEMPTS[action](page, pages[another(council)]["fi"])

    response = attempt(communications, request)

    assert succeeded(response, request), errors(response)


@pytest.mark.parametrize("action", RESPONSE_ATTEMPTS)
@pytest.mark.parametrize("council", Council.values)
def test_communications_can_see_and_export_any_councils_responses(communications, pages, council, action):
    call = published_with_drafts(pages[council]["fi"])["call"]
    request = RESPONSE_ATTEMPTS[action](call)

    response = attempt(communications, request)

    assert succeeded(response, request)
    if action == "see the forms listing":
        assert call.pk in {page.pk for page in response.context["form_pages"]}
    if action == "export the responses":
        assert ANSWER in exported(response)


# A council's own pages ---------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_council_editor_can_add_a_call_under_their_own_council(youth, pages, language):
    parent = pages[Council.YOUTH][language]

    response = youth.client.post(add_url(CouncilCallPage, parent), call_form("Uusi kutsu"))

    assert response.status_code == 302, errors(response)
    call = CouncilCallPage.objects.child_of(parent).get(slug="uusi-kutsu")
    assert (call.live, call.owner, call.locale.language_code) == (False, youth.user, language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_council_editor_can_add_a_statement_under_their_own_council(youth, pages, language):
    parent = pages[Council.YOUTH][language]

    response = youth.client.post(add_url(CouncilStatementPage, parent), statement_form("Uusi lausunto"))

    assert response.status_code == 302, errors(response)
    statement = CouncilStatementPage.objects.child_of(parent).get(slug="uusi-lausunto")
    assert (statement.live, statement.owner, statement.locale.language_code) == (False, youth.user, language)


@pytest.mark.parametrize("kind", KINDS)
def test_a_council_editor_can_edit_their_own_pages(youth, pages, kind):
    page = published_with_drafts(pages[Council.YOUTH]["fi"])[kind]
    request = PAGE_ATTEMPTS["save a draft"](page, None)

    assert youth.client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
    response = attempt(youth, request)

    assert response.status_code == 302, errors(response)
    assert request.done()
    assert fresh(page).live


@pytest.mark.parametrize("kind", KINDS)
def test_a_council_editor_can_submit_their_own_pages_for_approval(youth, pages, kind):
    parent = pages[Council.YOUTH]["fi"]
    page = (
        CallFactory(parent=parent, title="Nuorten kesätyöt", live=False)
        if kind == "call"
        else StatementFactory(parent=parent, title="Lausunto nuorisotiloista", live=False)
    )

    workflow_state = submit(youth, page)

    assert (workflow_state.workflow.name, workflow_state.requested_by) == (WORKFLOW, youth.user)
    assert not fresh(page).live


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_council_editor_sees_the_responses_to_their_own_call(youth, pages, language):
    call = CallFactory(parent=pages[Council.YOUTH][language], title="Nuorten kesätyöt")
    submission = ResponseFactory(page=call)

    response = youth.client.get(f"/admin/forms/submissions/{call.pk}/")

    assert response.status_code == 200
    assert [shown.pk for shown in response.context["submissions"]] == [submission.pk]


def test_a_council_editor_can_export_the_responses_to_their_own_call(youth, pages):
    call = CallFactory(parent=pages[Council.YOUTH]["fi"], title="Nuorten kesätyöt")
    ResponseFactory(page=call, form_data={QUESTION: ANSWER})

    response = youth.client.get(f"/admin/forms/submissions/{call.pk}/?export=csv")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert ANSWER in exported(response)


# The workspace itself -------------------------------------------------------------------


def test_a_draft_of_the_council_page_does_not_open_it_to_another_council(youth, elderly, pages):
    page = pages[Council.YOUTH]["fi"]
    call = CallFactory(parent=page, title="Nuorten kesätyöt")
    ResponseFactory(page=call)
    form = {
        "title": page.title,
        "slug": page.slug,
        "intro": page.intro,
        "body": streamfield([]),
        "who_can_join": page.who_can_join,
        "meetings": page.meetings,
        "council": Council.ELDERLY,
    }

    response = youth.client.post(f"/admin/pages/{page.pk}/edit/", nested_form_data(form))

    assert response.status_code == 302, errors(response)
    assert NetworkPage.objects.get(pk=page.pk).council == Council.YOUTH
    assert refused(elderly.client.get(f"/admin/forms/submissions/{call.pk}/"))
    assert refused(elderly.client.get(f"/admin/pages/{call.pk}/edit/"))
