"""Council workspaces over real admin requests: each council writes and submits, communications publish.

The staff here are members of the groups that ``councils.workspaces`` created for
the demo's council pages; nothing grants a council permission by hand. Every
refusal is paired with the same request succeeding for communications, so a
refusal is about permissions and not about a malformed request.
"""

import datetime
from collections.abc import Callable
from typing import NamedTuple
from urllib.parse import urlencode

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client
from django.utils import timezone
from django.utils.text import slugify
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Page, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from councils.models import Ask, CallQuestion, CouncilCallPage, CouncilStatementPage, ResponseMethod
from councils.workspaces import COMMUNICATIONS, COUNCIL_EDITORS, WORKFLOW
from networks.models import Council, NetworkPage
from tests.staff import make_staff, sign_in

pytestmark = pytest.mark.django_db

LANGUAGES = ("fi", "sv", "en")
KINDS = ("call", "statement")
QUESTION = "mielipide"
ANSWER = "Skeittiparkki Kirjurinluotoon, kiitos"
CHANGED = "Muutettu otsikko"
COMMENT = "Lisää hakuaika ja yhteystiedot, kiitos."


class Staff(NamedTuple):
    user: object
    client: Client


# Staff and pages ----------------------------------------------------------------


@pytest.fixture
def councils(demo_site):
    """The council network pages by council and language: councils["youth"]["sv"]."""
    return {
        council: {
            language: NetworkPage.objects.get(council=council, locale__language_code=language)
            for language in LANGUAGES
        }
        for council in Council.values
    }


def _member(group_name, username):
    """A signed-in staff member whose permissions all come from the group."""
    user = make_staff(username, superuser=False)
    user.user_permissions.clear()
    user.groups.add(Group.objects.get(name=group_name))
    return Staff(user, sign_in(Client(), user))


@pytest.fixture
def youth(councils):
    return _member(COUNCIL_EDITORS[Council.YOUTH], "nuorisovaltuutettu")


@pytest.fixture
def elderly(councils):
    return _member(COUNCIL_EDITORS[Council.ELDERLY], "vanhusneuvos")


@pytest.fixture
def communications(councils):
    return _member(COMMUNICATIONS, "viestija")


def _call(parent, title, *, live=False):
    """A call with one question, as a draft or published."""
    call = CouncilCallPage(
        title=title,
        slug=slugify(title),
        intro=f"{title}: kerro meille.",
        closes_at=timezone.now() + datetime.timedelta(days=30),
        asks_for=Ask.OPINIONS,
        response_method=ResponseMethod.FORM,
        live=False,
    )
    call.form_fields = [
        CallQuestion(locale=parent.locale, label="Mielipide", clean_name=QUESTION, field_type="multiline")
    ]
    parent.add_child(instance=call)
    revision = call.save_revision()
    if live:
        revision.publish()
    return CouncilCallPage.objects.get(pk=call.pk)


def _statement(parent, title, *, live=False):
    statement = CouncilStatementPage(
        title=title, slug=slugify(title), kind="statement", date=timezone.localdate(), live=False
    )
    parent.add_child(instance=statement)
    revision = statement.save_revision()
    if live:
        revision.publish()
    return CouncilStatementPage.objects.get(pk=statement.pk)


def _with_draft(page, title):
    """A newer draft on top of the published page, so there are revisions to compare."""
    page = page.specific_class.objects.get(pk=page.pk)
    page.title = title
    page.save_revision()
    return page


def _respond(call, answer=ANSWER):
    return FormSubmission.objects.create(page=call, form_data={QUESTION: answer})


@pytest.fixture
def published_pages(councils):
    """published_pages(council): a call with a response and a statement, both published, with newer drafts."""

    def build(council):
        parent = councils[council]["fi"]
        call = _call(parent, "Penkkejä puistoihin", live=True)
        _respond(call)
        statement = _statement(parent, "Lausunto liikuntapalveluista", live=True)
        return {
            "call": _with_draft(call, "Penkkejä puistoihin ja rannoille"),
            "statement": _with_draft(statement, "Lausunto liikuntapalveluista ja kirjastoista"),
        }

    return build


def _another(council):
    """Some other council, to copy or move pages to."""
    return next(other for other in Council.values if other != council)


def _fresh(page):
    return Page.objects.filter(pk=page.pk).first()


# The page editor's forms, as the browser posts them --------------------------------


def _call_form(title, *, slug=None, question=None, **extra):
    return nested_form_data(
        {
            "title": title,
            "slug": slug or slugify(title),
            "intro": "",
            "asks_for": Ask.OPINIONS,
            "body": streamfield([]),
            "closes_at": "2030-05-31 16:00",
            "response_method": ResponseMethod.FORM,
            "form_fields": inline_formset([question] if question else [], initial=1 if question else 0),
            "sessions": inline_formset([]),
            **extra,
        }
    )


def _statement_form(title, **extra):
    return nested_form_data(
        {
            "title": title,
            "slug": slugify(title),
            "intro": "",
            "kind": "statement",
            "date": "2030-05-02",
            "addressee": "",
            "body": streamfield([]),
            **extra,
        }
    )


def _edit_form(page, title, **extra):
    """The editor's form for an existing call or statement with a new title."""
    if isinstance(page.specific, CouncilStatementPage):
        return _statement_form(title, slug=page.slug, **extra)
    question = page.specific.form_fields.get()
    return _call_form(
        title,
        slug=page.slug,
        question={
            "id": question.pk,
            "label": question.label,
            "help_text": "",
            "required": "",
            "field_type": question.field_type,
            "choices": "",
            "default_value": "",
        },
        **extra,
    )


def _add_url(model, parent):
    return f"/admin/pages/add/{model._meta.app_label}/{model._meta.model_name}/{parent.pk}/"


def _submit(staff, page, title=None):
    """Press "Submit for moderation" in the page editor; returns the workflow now in progress."""
    response = staff.client.post(
        f"/admin/pages/{page.pk}/edit/", _edit_form(page, title or page.title, **{"action-submit": "1"})
    )
    assert response.status_code == 302, _errors(response)
    return WorkflowState.objects.get(
        base_content_type__model="page", object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS
    )


def _workflow_action(staff, page, action, comment=""):
    task_state = Page.objects.get(pk=page.pk).current_workflow_task_state
    return staff.client.post(
        f"/admin/pages/workflow/action/{page.pk}/{action}/{task_state.pk}/", {"comment": comment}
    )


def _errors(response):
    """Form errors of a re-rendered editor, to explain a failed post."""
    context = response.context
    if context and "form" in context:
        form = context["form"]
        return {
            "form": form.errors,
            **{name: fs.errors for name, fs in getattr(form, "formsets", {}).items()},
        }
    return response


def _refused(response):
    """403 or 404, or Wagtail's redirect to the dashboard with a permission-denied message."""
    return response.status_code in (403, 404) or (
        response.status_code == 302 and response["Location"] == "/admin/"
    )


def _state(page):
    """Everything a successful attempt on a page could change."""
    page = _fresh(page)
    return {
        "page": page
        and (
            page.title,
            page.draft_title,
            page.slug,
            page.path,
            page.live,
            page.has_unpublished_changes,
            page.locked,
            page.latest_revision_id,
            page.revisions.count(),
        ),
        "pages": Page.objects.count(),
        "responses": FormSubmission.objects.count(),
        "workflows": WorkflowState.objects.count(),
    }


def _csv(response):
    return b"".join(response.streaming_content).decode()


# Requests on a council's page --------------------------------------------------------


class Attempt(NamedTuple):
    method: str
    url: str
    data: dict | None = None
    done: Callable[[], bool] | None = None  # what success looks like, for posts


def _revisions(page):
    return list(page.revisions.order_by("pk").values_list("pk", flat=True))


def _compare(page):
    first, *_earlier, latest = _revisions(page)
    return Attempt("get", f"/admin/pages/{page.pk}/revisions/compare/{first}...{latest}/")


def _save_draft(page, elsewhere):
    title = _fresh(page).title  # the live title
    return Attempt(
        "post",
        f"/admin/pages/{page.pk}/edit/",
        _edit_form(page, CHANGED),
        done=lambda: (_fresh(page).draft_title, _fresh(page).title) == (CHANGED, title),
    )


def _publish(page, elsewhere):
    return Attempt(
        "post",
        f"/admin/pages/{page.pk}/edit/",
        _edit_form(page, CHANGED, **{"action-publish": "1"}),
        done=lambda: (
            (_fresh(page).title, _fresh(page).live, _fresh(page).has_unpublished_changes)
            == (CHANGED, True, False)
        ),
    )


def _copy(page, elsewhere):
    return Attempt(
        "post",
        f"/admin/pages/{page.pk}/copy/",
        {"new_title": "Kopio", "new_slug": "kopio", "new_parent_page": elsewhere.pk},
        done=lambda: elsewhere.get_children().filter(slug="kopio").exists(),
    )


PAGE_ATTEMPTS = {
    "open the editor": lambda page, elsewhere: Attempt("get", f"/admin/pages/{page.pk}/edit/"),
    "save a draft": _save_draft,
    "publish": _publish,
    "submit for moderation": lambda page, elsewhere: Attempt(
        "post",
        f"/admin/pages/{page.pk}/edit/",
        _edit_form(page, page.title, **{"action-submit": "1"}),
        done=lambda: _fresh(page).workflow_in_progress,
    ),
    "unpublish": lambda page, elsewhere: Attempt(
        "post", f"/admin/pages/{page.pk}/unpublish/", {}, done=lambda: not _fresh(page).live
    ),
    "copy": _copy,
    "move": lambda page, elsewhere: Attempt(
        "post",
        f"/admin/pages/{page.pk}/move/{elsewhere.pk}/confirm/",
        {},
        done=lambda: _fresh(page).get_parent().pk == elsewhere.pk,
    ),
    "delete": lambda page, elsewhere: Attempt(
        "post", f"/admin/pages/{page.pk}/delete/", {}, done=lambda: _fresh(page) is None
    ),
    "lock": lambda page, elsewhere: Attempt(
        "post", f"/admin/pages/{page.pk}/lock/", {}, done=lambda: _fresh(page).locked
    ),
    "view the history": lambda page, elsewhere: Attempt("get", f"/admin/pages/{page.pk}/history/"),
    "view the workflow history": lambda page, elsewhere: Attempt(
        "get", f"/admin/pages/{page.pk}/workflow_history/"
    ),
    "compare revisions": lambda page, elsewhere: _compare(page),
    "view a revision": lambda page, elsewhere: Attempt(
        "get", f"/admin/pages/{page.pk}/revisions/{_revisions(page)[0]}/view/"
    ),
    "preview the draft": lambda page, elsewhere: Attempt("get", f"/admin/pages/{page.pk}/view_draft/"),
}

RESPONSE_ATTEMPTS = {
    "see the forms listing": lambda call: Attempt("get", "/admin/forms/"),
    "list the responses": lambda call: Attempt("get", f"/admin/forms/submissions/{call.pk}/"),
    "export the responses": lambda call: Attempt("get", f"/admin/forms/submissions/{call.pk}/?export=csv"),
    "delete a response": lambda call: Attempt(
        "post",
        f"/admin/forms/submissions/{call.pk}/delete/?selected-submissions={call.get_submissions().get().pk}",
        {},
        done=lambda: not call.get_submissions().exists(),
    ),
}


def _attempt(staff, attempt):
    if attempt.method == "get":
        return staff.client.get(attempt.url)
    return staff.client.post(attempt.url, attempt.data)


def _succeeded(response, attempt):
    if _refused(response) or response.status_code not in (200, 302):
        return False
    return attempt.done() if attempt.done else response.status_code == 200


# Another council's pages -----------------------------------------------------------


@pytest.mark.parametrize("action", PAGE_ATTEMPTS)
@pytest.mark.parametrize("kind", KINDS)
def test_a_council_editor_is_refused_on_another_councils_pages(
    youth, councils, published_pages, kind, action
):
    page = published_pages(Council.ELDERLY)[kind]
    attempt = PAGE_ATTEMPTS[action](page, councils[Council.YOUTH]["fi"])
    before = _state(page)

    response = _attempt(youth, attempt)

    assert _refused(response), (response.status_code, response.get("Location"))
    assert _state(page) == before


@pytest.mark.parametrize("action", [name for name in RESPONSE_ATTEMPTS if name != "see the forms listing"])
def test_a_council_editor_is_refused_another_councils_responses(youth, published_pages, action):
    call = published_pages(Council.ELDERLY)["call"]
    before = _state(call)

    response = _attempt(youth, RESPONSE_ATTEMPTS[action](call))

    assert _refused(response), (response.status_code, response.get("Location"))
    assert _state(call) == before


def test_the_forms_listing_shows_a_council_editor_only_their_own_councils_calls(
    youth, councils, published_pages
):
    foreign = published_pages(Council.ELDERLY)["call"]
    own = [
        _call(councils[Council.YOUTH][language], f"Kesätyöt {language}", live=True) for language in LANGUAGES
    ]

    response = youth.client.get("/admin/forms/")

    assert response.status_code == 200
    listed = {page.pk for page in response.context["form_pages"]}
    youth_pages = {
        pk
        for council_page in councils[Council.YOUTH].values()
        for pk in council_page.get_descendants().values_list("pk", flat=True)
    }
    assert {call.pk for call in own} <= listed <= youth_pages
    assert foreign.pk not in listed


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_council_editor_cannot_add_pages_under_another_council(youth, councils, language):
    parent = councils[Council.ELDERLY][language]
    children = parent.get_children().count()

    assert _refused(youth.client.get(_add_url(CouncilCallPage, parent)))
    assert _refused(youth.client.post(_add_url(CouncilCallPage, parent), _call_form("Vieras kutsu")))
    assert _refused(youth.client.post(_add_url(CouncilStatementPage, parent), _statement_form("Vieras")))
    assert parent.get_children().count() == children


def test_another_council_cannot_moderate(youth, elderly, councils):
    call = _call(councils[Council.YOUTH]["fi"], "Nuorten kesätyöt")
    _submit(youth, call)

    assert _refused(_workflow_action(elderly, call, "approve"))
    assert not Page.objects.get(pk=call.pk).live


# Communications: everything, on every council's pages ----------------------------------


@pytest.mark.parametrize("action", PAGE_ATTEMPTS)
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("council", Council.values)
def test_communications_can_do_everything_on_any_councils_pages(
    communications, councils, published_pages, council, kind, action
):
    page = published_pages(council)[kind]
    attempt = PAGE_ATTEMPTS[action](page, councils[_another(council)]["fi"])

    response = _attempt(communications, attempt)

    assert _succeeded(response, attempt), _errors(response)


@pytest.mark.parametrize("action", RESPONSE_ATTEMPTS)
@pytest.mark.parametrize("council", Council.values)
def test_communications_can_see_and_export_any_councils_responses(
    communications, published_pages, council, action
):
    call = published_pages(council)["call"]
    attempt = RESPONSE_ATTEMPTS[action](call)

    response = _attempt(communications, attempt)

    assert _succeeded(response, attempt)
    if action == "see the forms listing":
        assert call.pk in {page.pk for page in response.context["form_pages"]}
    if action == "export the responses":
        assert ANSWER in _csv(response)


# A council's own pages ---------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_council_editor_can_add_a_call_under_their_own_council(youth, councils, language):
    parent = councils[Council.YOUTH][language]

    response = youth.client.post(_add_url(CouncilCallPage, parent), _call_form("Uusi kutsu"))

    assert response.status_code == 302, _errors(response)
    call = CouncilCallPage.objects.child_of(parent).get(slug="uusi-kutsu")
    assert (call.live, call.owner, call.locale.language_code) == (False, youth.user, language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_council_editor_can_add_a_statement_under_their_own_council(youth, councils, language):
    parent = councils[Council.YOUTH][language]

    response = youth.client.post(_add_url(CouncilStatementPage, parent), _statement_form("Uusi lausunto"))

    assert response.status_code == 302, _errors(response)
    statement = CouncilStatementPage.objects.child_of(parent).get(slug="uusi-lausunto")
    assert (statement.live, statement.owner, statement.locale.language_code) == (False, youth.user, language)


@pytest.mark.parametrize("kind", KINDS)
def test_a_council_editor_can_edit_their_own_pages(youth, published_pages, kind):
    page = published_pages(Council.YOUTH)[kind]
    attempt = _save_draft(page, None)

    assert youth.client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
    response = _attempt(youth, attempt)

    assert response.status_code == 302, _errors(response)
    assert attempt.done()
    assert _fresh(page).live


@pytest.mark.parametrize("kind", KINDS)
def test_a_council_editor_can_submit_their_own_pages_for_approval(youth, councils, kind):
    parent = councils[Council.YOUTH]["fi"]
    page = (
        _call(parent, "Nuorten kesätyöt")
        if kind == "call"
        else _statement(parent, "Lausunto nuorisotiloista")
    )

    workflow_state = _submit(youth, page)

    assert (workflow_state.workflow.name, workflow_state.requested_by) == (WORKFLOW, youth.user)
    assert not _fresh(page).live


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_council_editor_sees_the_responses_to_their_own_call(youth, councils, language):
    call = _call(councils[Council.YOUTH][language], "Nuorten kesätyöt", live=True)
    submission = _respond(call)

    response = youth.client.get(f"/admin/forms/submissions/{call.pk}/")

    assert response.status_code == 200
    assert [shown.pk for shown in response.context["submissions"]] == [submission.pk]


def test_a_council_editor_can_export_the_responses_to_their_own_call(youth, councils):
    call = _call(councils[Council.YOUTH]["fi"], "Nuorten kesätyöt", live=True)
    _respond(call)

    response = youth.client.get(f"/admin/forms/submissions/{call.pk}/?export=csv")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert ANSWER in _csv(response)


# Publishing needs communications -------------------------------------------------------

DRAFT = "Nuorten kesätyöt, luonnos"


def _publishing(call):
    """Every way the admin offers to put a draft on the site."""
    return {
        "publish button": Attempt(
            "post", f"/admin/pages/{call.pk}/edit/", _edit_form(call, DRAFT, **{"action-publish": "1"})
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
            _edit_form(call, DRAFT, **{"action-publish": "1"}),
        ),
    }


PUBLISHING_WAYS = ["publish button", "bulk publish", "publish a copy", "revert and publish"]


def _draft_on_the_site():
    return CouncilCallPage.objects.live().filter(title=DRAFT).exists()


@pytest.mark.parametrize("way", PUBLISHING_WAYS)
def test_a_council_editor_cannot_publish_their_own_call(youth, councils, way):
    call = _with_draft(_call(councils[Council.YOUTH]["fi"], "Nuorten kesätyöt", live=True), DRAFT)

    _attempt(youth, _publishing(call)[way])

    assert not _draft_on_the_site()


@pytest.mark.parametrize("way", PUBLISHING_WAYS)
def test_communications_can_publish_a_councils_call_in_each_way(communications, councils, way):
    call = _with_draft(_call(councils[Council.YOUTH]["fi"], "Nuorten kesätyöt", live=True), DRAFT)

    _attempt(communications, _publishing(call)[way])

    assert _draft_on_the_site()


def test_a_council_editor_cannot_unpublish_their_own_call(youth, councils):
    call = _call(councils[Council.YOUTH]["fi"], "Nuorten kesätyöt", live=True)

    assert _refused(youth.client.post(f"/admin/pages/{call.pk}/unpublish/", {}))
    assert _fresh(call).live


def test_a_council_editor_cannot_approve_their_own_submission(youth, councils):
    call = _call(councils[Council.YOUTH]["fi"], "Nuorten kesätyöt")
    _submit(youth, call)

    assert _refused(_workflow_action(youth, call, "approve"))
    assert (_fresh(call).live, _fresh(call).workflow_in_progress) == (False, True)


# Moderation --------------------------------------------------------------------------


@pytest.fixture
def submitted(youth, councils):
    """A draft call the youth council editor has submitted for approval."""
    call = _call(councils[Council.YOUTH]["fi"], "Nuorten kesätyöt")
    _submit(youth, call, "Nuorten kesätyöt 2030")
    return call


def test_communications_are_emailed_when_a_council_editor_submits(youth, communications, councils):
    call = _call(councils[Council.YOUTH]["fi"], "Nuorten kesätyöt")
    mail.outbox.clear()

    _submit(youth, call)

    assert [message.to for message in mail.outbox] == [[communications.user.email]]
    assert "Nuorten kesätyöt" in mail.outbox[0].body


def test_approval_by_communications_publishes_the_call(communications, submitted):
    response = _workflow_action(communications, submitted, "approve")

    assert response.status_code == 302
    page = _fresh(submitted)
    assert (page.live, page.title, page.workflow_in_progress) == (True, "Nuorten kesätyöt 2030", False)


def test_rejection_by_communications_keeps_the_call_off_the_site(communications, submitted):
    response = _workflow_action(communications, submitted, "reject", COMMENT)

    assert response.status_code == 302
    page = _fresh(submitted)
    assert (page.live, page.workflow_in_progress) == (False, False)
    assert WorkflowState.objects.get(object_id=str(page.pk)).status == WorkflowState.STATUS_NEEDS_CHANGES


@pytest.mark.parametrize("decision", ["approve", "reject"])
def test_the_council_editor_is_emailed_the_decision(youth, communications, submitted, decision):
    mail.outbox.clear()

    _workflow_action(communications, submitted, decision, COMMENT)

    assert [message.to for message in mail.outbox] == [[youth.user.email]]
    if decision == "reject":
        assert COMMENT in mail.outbox[0].body


@pytest.mark.parametrize("decision", ["approve", "reject"])
@pytest.mark.parametrize("where", ["workflow history", "page history"])
def test_the_council_editor_sees_the_decision_and_comment(youth, communications, submitted, decision, where):
    _workflow_action(communications, submitted, decision, COMMENT)
    workflow_state = WorkflowState.objects.get(object_id=str(submitted.pk))
    url = {
        "workflow history": f"/admin/pages/{submitted.pk}/workflow_history/detail/{workflow_state.pk}/",
        "page history": f"/admin/pages/{submitted.pk}/history/",
    }[where]

    response = youth.client.get(url)

    assert response.status_code == 200
    assert COMMENT in response.content.decode()


# Visitors -----------------------------------------------------------------------------


def test_a_visitor_never_sees_a_draft_call(client, councils):
    call = _call(councils[Council.YOUTH]["fi"], "Nuorten kesätyöt")

    assert client.get(call.url).status_code == 404
    assert client.get(call.respond_url()).status_code == 404


def test_a_visitor_never_sees_a_call_in_moderation(client, submitted):
    assert client.get(submitted.url).status_code == 404


def test_a_visitor_sees_the_published_version_while_changes_are_in_moderation(client, youth, councils):
    call = _call(councils[Council.YOUTH]["fi"], "Nuorten kesätyöt", live=True)
    _submit(youth, call, "Salainen luonnosotsikko")

    response = client.get(call.url)

    assert response.status_code == 200
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
def test_a_visitor_is_sent_to_sign_in_for_responses_and_drafts(client, councils, path):
    call = _call(councils[Council.YOUTH]["fi"], "Nuorten kesätyöt", live=True)
    _respond(call)

    response = client.get(path.format(call=call.pk))

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_the_thanks_page_shows_nothing_of_any_response(client, councils):
    call = _call(councils[Council.YOUTH]["fi"], "Nuorten kesätyöt", live=True)
    earlier = "Aiempi vastaus joltakulta muulta"
    _respond(call, earlier)

    response = client.post(call.respond_url(), {QUESTION: ANSWER}, follow=True)

    assert response.redirect_chain[-1][0] == call.respond_url("thanks")
    assert response.status_code == 200
    assert call.get_submissions().count() == 2
    assert ANSWER not in response.content.decode()
    assert earlier not in response.content.decode()
    assert earlier not in client.get(call.respond_url()).content.decode()


# Translations --------------------------------------------------------------------------


@pytest.fixture
def swedish_call(councils):
    """A published Finnish youth call and its unpublished Swedish translation, synced by wagtail-localize."""
    call = _call(councils[Council.YOUTH]["fi"], "Nuorten kesätyöt", live=True)
    source, _created = TranslationSource.get_or_create_from_instance(call)
    translation = Translation.objects.create(
        source=source, target_locale=councils[Council.YOUTH]["sv"].locale
    )
    translation.save_target(publish=False)
    page = translation.get_target_instance()
    assert (page.get_parent().pk, page.live) == (councils[Council.YOUTH]["sv"].pk, False)
    return page


def _translation(page):
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=page.locale)


def _translate_title(staff, page, title):
    """Type a title into wagtail-localize's translation editor (it saves each string as it is typed)."""
    translation = _translation(page)
    segment = translation.source.stringsegment_set.get(context__path="title")
    return staff.client.put(
        f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/",
        urlencode({"value": title}),
        content_type="application/x-www-form-urlencoded",
    )


def _publish_translation(staff, page, capture):
    # wagtail-localize publishes once the transaction commits.
    with capture(execute=True):
        return staff.client.post(f"/admin/pages/{page.pk}/edit/", {"action": "publish"})


def test_a_council_editor_can_translate_their_own_call(youth, swedish_call):
    assert youth.client.get(f"/admin/pages/{swedish_call.pk}/edit/").status_code == 200

    response = _translate_title(youth, swedish_call, "Sommarjobb för unga")

    assert response.status_code in (200, 201)
    assert StringTranslation.objects.filter(data="Sommarjobb för unga", locale=swedish_call.locale).exists()


def test_a_council_editor_cannot_publish_their_translation(
    youth, swedish_call, django_capture_on_commit_callbacks
):
    _translate_title(youth, swedish_call, "Sommarjobb för unga")

    response = _publish_translation(youth, swedish_call, django_capture_on_commit_callbacks)

    assert _refused(response)
    assert not _fresh(swedish_call).live


def test_communications_publish_a_councils_translation(
    youth, communications, swedish_call, django_capture_on_commit_callbacks
):
    _translate_title(youth, swedish_call, "Sommarjobb för unga")

    response = _publish_translation(communications, swedish_call, django_capture_on_commit_callbacks)

    assert response.status_code == 302
    assert (_fresh(swedish_call).live, _fresh(swedish_call).title) == (True, "Sommarjobb för unga")


def test_another_council_cannot_translate_the_call(elderly, swedish_call):
    assert _refused(elderly.client.get(f"/admin/pages/{swedish_call.pk}/edit/"))
    assert _refused(_translate_title(elderly, swedish_call, "Något annat"))
    assert not StringTranslation.objects.filter(data="Något annat").exists()


def test_a_translation_edited_by_hand_goes_through_approval(youth, communications, swedish_call):
    """After "Stop synced translation" the Swedish page is edited in Wagtail's own editor and submitted."""
    youth.client.post(f"/admin/localize/translate/{_translation(swedish_call).pk}/disable/", {})

    _submit(youth, swedish_call, "Sommarjobb för unga")
    assert not _fresh(swedish_call).live
    _workflow_action(communications, swedish_call, "approve")

    assert (_fresh(swedish_call).live, _fresh(swedish_call).title) == (True, "Sommarjobb för unga")


def _convert_to_alias(staff, page, capture):
    with capture(execute=True):
        return staff.client.post(f"/admin/localize/page/{page.pk}/convert_to_alias/", {})


def test_a_council_editor_cannot_publish_their_translation_by_converting_it_to_an_alias(
    youth, swedish_call, django_capture_on_commit_callbacks
):
    """Converting copies the live status of the Finnish call: it would publish the Swedish page at once."""
    response = _convert_to_alias(youth, swedish_call, django_capture_on_commit_callbacks)

    assert _refused(response)
    assert (_fresh(swedish_call).live, _fresh(swedish_call).alias_of_id) == (False, None)


def test_communications_can_convert_a_translation_to_an_alias(
    communications, swedish_call, django_capture_on_commit_callbacks
):
    response = _convert_to_alias(communications, swedish_call, django_capture_on_commit_callbacks)

    assert response.status_code == 302
    finnish = swedish_call.get_translations().get(locale__language_code="fi")
    assert (_fresh(swedish_call).live, _fresh(swedish_call).alias_of_id) == (True, finnish.pk)


def test_only_publishers_are_offered_to_convert_a_translation_to_an_alias(
    youth, communications, swedish_call
):
    youth.client.post(f"/admin/localize/translate/{_translation(swedish_call).pk}/disable/", {})

    def offered(staff):
        response = staff.client.get(f"/admin/pages/{swedish_call.pk}/edit/")
        assert response.status_code == 200
        return 'name="localize-convert-to-alias"' in response.content.decode()

    assert (offered(youth), offered(communications)) == (False, True)


# The workspace itself -------------------------------------------------------------------


def test_a_draft_of_the_council_page_does_not_open_it_to_another_council(youth, elderly, councils):
    page = councils[Council.YOUTH]["fi"]
    call = _call(page, "Nuorten kesätyöt", live=True)
    _respond(call)
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

    assert response.status_code == 302, _errors(response)
    assert NetworkPage.objects.get(pk=page.pk).council == Council.YOUTH
    assert _refused(elderly.client.get(f"/admin/forms/submissions/{call.pk}/"))
    assert _refused(elderly.client.get(f"/admin/pages/{call.pk}/edit/"))
