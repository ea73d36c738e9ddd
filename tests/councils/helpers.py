"""The councils' workspaces in the admin, for their tests: signed-in staff, the page editor's forms as the
browser posts them, and every request staff could make on a council's page, with what success looks like.
"""

from collections.abc import Callable
from typing import NamedTuple

from django.test import Client
from django.utils.text import slugify
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Page, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from councils.models import Ask, CouncilStatementPage, ResponseMethod
from networks.models import Council
from tests.factories.councils import QUESTION, CallFactory, ResponseFactory, StatementFactory, group_member
from tests.staff import sign_in

LANGUAGES = ("fi", "sv", "en")
KINDS = ("call", "statement")
CHANGED = "Muutettu otsikko"
ANSWER = "Skeittiparkki Kirjurinluotoon, kiitos"


class Staff(NamedTuple):
    user: object
    client: Client


def signed_in(group_name, username):
    """A member of the group, signed in with both factors on a client of their own."""
    user = group_member(group_name, username)
    return Staff(user, sign_in(Client(), user))


# Pages ------------------------------------------------------------------------------


def with_draft(page, title):
    """A newer draft on top of the published page, so there are revisions to compare."""
    page = page.specific_class.objects.get(pk=page.pk)
    page.title = title
    page.save_revision()
    return page


def published_with_drafts(council_page):
    """A call with a response and a statement under the council page, both published, with newer drafts."""
    call = CallFactory(parent=council_page, title="Penkkejä puistoihin")
    ResponseFactory(page=call, form_data={QUESTION: ANSWER})
    statement = StatementFactory(parent=council_page, title="Lausunto liikuntapalveluista")
    return {
        "call": with_draft(call, "Penkkejä puistoihin ja rannoille"),
        "statement": with_draft(statement, "Lausunto liikuntapalveluista ja kirjastoista"),
    }


def another(council):
    """Some other council, to copy or move pages to."""
    return next(other for other in Council.values if other != council)


def fresh(page):
    return Page.objects.filter(pk=page.pk).first()


def children(parent):
    """The parent's children as stored (treebeard's get_children() trusts the instance's child count)."""
    return Page.objects.child_of(parent)


# The page editor's forms, as the browser posts them --------------------------------


def call_form(title, *, slug=None, question=None, **extra):
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


def statement_form(title, **extra):
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


def edit_form(page, title, **extra):
    """The editor's form for an existing call or statement with a new title."""
    if isinstance(page.specific, CouncilStatementPage):
        return statement_form(title, slug=page.slug, **extra)
    question = page.specific.form_fields.get()
    return call_form(
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


def add_url(model, parent):
    return f"/admin/pages/add/{model._meta.app_label}/{model._meta.model_name}/{parent.pk}/"


def submit(staff, page, title=None):
    """Press "Submit for moderation" in the page editor; returns the workflow now in progress."""
    response = staff.client.post(
        f"/admin/pages/{page.pk}/edit/", edit_form(page, title or page.title, **{"action-submit": "1"})
    )
    assert response.status_code == 302, errors(response)
    return WorkflowState.objects.get(
        base_content_type__model="page", object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS
    )


def workflow_action(staff, page, action, comment=""):
    task_state = Page.objects.get(pk=page.pk).current_workflow_task_state
    return staff.client.post(
        f"/admin/pages/workflow/action/{page.pk}/{action}/{task_state.pk}/", {"comment": comment}
    )


# Reading the answers ------------------------------------------------------------------


def errors(response):
    """Form errors of a re-rendered editor, to explain a failed post."""
    context = response.context
    if context and "form" in context:
        form = context["form"]
        return {
            "form": form.errors,
            **{name: fs.errors for name, fs in getattr(form, "formsets", {}).items()},
        }
    return response


def refused(response):
    """403 or 404, or Wagtail's redirect to the dashboard with a permission-denied message."""
    return response.status_code in (403, 404) or (
        response.status_code == 302 and response["Location"] == "/admin/"
    )


def state(page):
    """Everything a successful attempt on a page could change."""
    page = fresh(page)
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


def exported(response):
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
    title = fresh(page).title  # the live title
    return Attempt(
        "post",
        f"/admin/pages/{page.pk}/edit/",
        edit_form(page, CHANGED),
        done=lambda: (fresh(page).draft_title, fresh(page).title) == (CHANGED, title),
    )


def _publish(page, elsewhere):
    return Attempt(
        "post",
        f"/admin/pages/{page.pk}/edit/",
        edit_form(page, CHANGED, **{"action-publish": "1"}),
        done=lambda: (
            (fresh(page).title, fresh(page).live, fresh(page).has_unpublished_changes)
            == (CHANGED, True, False)
        ),
    )


def _copy(page, elsewhere):
    return Attempt(
        "post",
        f"/admin/pages/{page.pk}/copy/",
        {"new_title": "Kopio", "new_slug": "kopio", "new_parent_page": elsewhere.pk},
        done=lambda: children(elsewhere).filter(slug="kopio").exists(),
    )


PAGE_ATTEMPTS = {
    "open the editor": lambda page, elsewhere: Attempt("get", f"/admin/pages/{page.pk}/edit/"),
    "save a draft": _save_draft,
    "publish": _publish,
    "submit for moderation": lambda page, elsewhere: Attempt(
        "post",
        f"/admin/pages/{page.pk}/edit/",
        edit_form(page, page.title, **{"action-submit": "1"}),
        done=lambda: fresh(page).workflow_in_progress,
    ),
    "unpublish": lambda page, elsewhere: Attempt(
        "post", f"/admin/pages/{page.pk}/unpublish/", {}, done=lambda: not fresh(page).live
    ),
    "copy": _copy,
    "move": lambda page, elsewhere: Attempt(
        "post",
        f"/admin/pages/{page.pk}/move/{elsewhere.pk}/confirm/",
        {},
        done=lambda: fresh(page).get_parent().pk == elsewhere.pk,
    ),
    "delete": lambda page, elsewhere: Attempt(
        "post", f"/admin/pages/{page.pk}/delete/", {}, done=lambda: fresh(page) is None
    ),
    "lock": lambda page, elsewhere: Attempt(
        "post", f"/admin/pages/{page.pk}/lock/", {}, done=lambda: fresh(page).locked
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


def attempt(staff, request):
    if request.method == "get":
        return staff.client.get(request.url)
    return staff.client.post(request.url, request.data)


def succeeded(response, request):
    if refused(response) or response.status_code not in (200, 302):
        return False
    return request.done() if request.done else response.status_code == 200
