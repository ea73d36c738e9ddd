"""Before publishing, the editor is told what residents were promised and the page still lacks.

An opportunity promises three answers (what the city wants to learn, how input is
used, who decides and when) and a contact person; a decided outcome links to its
decision. Pressing Publish without them stops with a list of what is missing and a
box "Publish without them"; saving a draft is never stopped, and nothing typed is lost.
"""

import pytest
from django.contrib.auth.models import Permission
from django.utils.text import slugify
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from councils.models import CouncilCallPage
from councils.workspaces import COMMUNICATIONS, COUNCIL_EDITORS
from networks.models import Council
from projects.models import OpportunityPage, OutcomePage
from tests.councils.helpers import signed_in, submit, workflow_action
from tests.factories import ContactPersonFactory, OpportunityPageFactory, OutcomePageFactory
from tests.factories.councils import CallFactory
from tests.html import soup
from tests.staff import make_staff, sign_in

pytestmark = pytest.mark.django_db

PUBLISH = {"action-publish": "1"}
ANSWERS = {
    "learn": "Mitä puistoon halutaan.",
    "input_use": "Vastaukset kootaan suunnittelijoille.",
    "decision": "Kaupunginhallitus päättää toukokuussa.",
}
MISSING_ANSWERS = [
    "Missing: What the city wants to learn or decide",
    "Missing: How residents' input will be used",
    "Missing: Who decides and when",
    "Missing: Contact people",
]


@pytest.fixture
def editor(client, demo_site):
    """A superuser whose admin is in English, so the messages can be read here."""
    return sign_in(client, make_staff(admin_language="en"))


def _opportunity(title, **fields):
    return nested_form_data(
        {
            "title": title,
            "slug": slugify(title),
            "method": "workshop",
            "body": streamfield([]),
            "reminder_hours": "24",
            "sessions": inline_formset([]),
            "signup_questions": inline_formset([]),
            **fields,
        }
    )


def _add_opportunity(client, pages, data):
    return client.post(f"/admin/pages/add/projects/opportunitypage/{pages['opportunities']['fi'].pk}/", data)


def _outcome(title, **fields):
    return nested_form_data(
        {
            "title": title,
            "slug": slugify(title),
            "status": "decided",
            "heard": streamfield([]),
            "decided": streamfield([]),
            "timeline": streamfield([]),
            **fields,
        }
    )


def _messages(response):
    return [item.get_text(" ", strip=True) for item in soup(response).select(".messages li")]


def test_publishing_an_opportunity_without_its_answers_stops_and_lists_what_is_missing(editor, pages):
    response = _add_opportunity(editor, pages, _opportunity("Puistotyöpaja", **PUBLISH))

    assert response.status_code == 200
    errors = list(response.context["form"].non_field_errors())
    assert errors[1:] == MISSING_ANSWERS
    assert "Publish without them" in errors[0]
    shown = " ".join(_messages(response))
    assert all(missing in shown for missing in MISSING_ANSWERS)
    assert not OpportunityPage.objects.filter(title="Puistotyöpaja").exists()


def test_the_box_to_publish_anyway_appears_only_after_the_warning(editor, pages):
    add_url = f"/admin/pages/add/projects/opportunitypage/{pages['opportunities']['fi'].pk}/"
    assert soup(editor.get(add_url)).select("input[name=publish_incomplete]") == []

    response = _add_opportunity(editor, pages, _opportunity("Puistotyöpaja", **PUBLISH))

    [box] = soup(response).select("input[type=checkbox][name=publish_incomplete]")
    assert not box.has_attr("checked")
    assert (
        soup(response).find("label", attrs={"for": box["id"]}).get_text(strip=True) == "Publish without them"
    )


def test_what_was_typed_is_kept_when_publishing_stops(editor, pages):
    data = _opportunity("Puistotyöpaja", intro="Tule kertomaan.", learn="Mitä puistoon halutaan.", **PUBLISH)
    response = _add_opportunity(editor, pages, data)

    html = soup(response)
    assert html.select_one("input[name=title]")["value"] == "Puistotyöpaja"
    assert html.select_one("textarea[name=intro]").get_text().strip() == "Tule kertomaan."
    assert html.select_one("textarea[name=learn]").get_text().strip() == "Mitä puistoon halutaan."
    assert list(response.context["form"].non_field_errors())[1:] == MISSING_ANSWERS[1:]


def test_a_draft_is_saved_without_the_answers(editor, pages):
    response = _add_opportunity(editor, pages, _opportunity("Puistotyöpaja"))

    assert response.status_code == 302
    page = OpportunityPage.objects.get(title="Puistotyöpaja")
    assert not page.live and page.latest_revision_id


def test_ticking_the_box_publishes_without_the_answers(editor, pages):
    response = _add_opportunity(
        editor, pages, _opportunity("Puistotyöpaja", publish_incomplete="on", **PUBLISH)
    )

    assert response.status_code == 302
    assert OpportunityPage.objects.live().filter(title="Puistotyöpaja").exists()


def test_a_complete_opportunity_publishes_straight_away(editor, pages):
    contact = ContactPersonFactory()
    # A list apart: nested_form_data would number its items.
    data = {**_opportunity("Puistotyöpaja", **ANSWERS, **PUBLISH), "contacts": [contact.pk]}

    response = _add_opportunity(editor, pages, data)

    assert response.status_code == 302, response.context["form"].errors
    page = OpportunityPage.objects.live().get(title="Puistotyöpaja")
    assert list(page.contacts.all()) == [contact]


def test_publishing_changes_to_a_live_opportunity_stops_too_and_the_live_version_stays(editor, pages):
    page = OpportunityPageFactory(parent=pages["opportunities"]["fi"], title="Puistotyöpaja")

    response = editor.post(
        f"/admin/pages/{page.pk}/edit/", _opportunity("Puistotyöpaja 2030", slug=page.slug, **PUBLISH)
    )

    assert response.status_code == 200
    assert list(response.context["form"].non_field_errors())[1:] == MISSING_ANSWERS
    assert Page.objects.get(pk=page.pk).title == "Puistotyöpaja"


def test_an_editor_who_may_not_publish_saves_a_draft_as_before(client, pages):
    """Without publish permission Wagtail saves a draft whatever button was posted; so do we."""
    page = OpportunityPageFactory(parent=pages["opportunities"]["fi"], title="Puistotyöpaja")
    user = make_staff("toimittaja", superuser=False)
    group = user.groups.create(name="Toimittajat")
    group.page_permissions.create(
        page=pages["opportunities"]["fi"], permission=Permission.objects.get(codename="change_page")
    )
    sign_in(client, user)

    response = client.post(
        f"/admin/pages/{page.pk}/edit/", _opportunity("Puistotyöpaja 2030", slug=page.slug, **PUBLISH)
    )

    assert response.status_code == 302
    page = Page.objects.get(pk=page.pk)
    assert (page.title, page.draft_title) == ("Puistotyöpaja", "Puistotyöpaja 2030")


def test_a_decided_outcome_without_a_link_to_the_decision_is_warned(editor, pages):
    index = pages["outcomes"]["fi"]
    response = editor.post(
        f"/admin/pages/add/projects/outcomepage/{index.pk}/", _outcome("Puisto", **PUBLISH)
    )

    assert response.status_code == 200
    assert list(response.context["form"].non_field_errors())[1:] == ["Missing: Link to the decision"]
    assert not OutcomePage.objects.filter(title="Puisto").exists()

    response = editor.post(
        f"/admin/pages/add/projects/outcomepage/{index.pk}/",
        _outcome("Puisto", decision_url="https://pori.cloudnc.fi/fi-FI/Toimielimet/1", **PUBLISH),
    )
    assert response.status_code == 302
    assert OutcomePage.objects.live().filter(title="Puisto").exists()


def test_an_outcome_still_being_processed_publishes_without_a_decision_link(editor, pages):
    index = pages["outcomes"]["fi"]
    response = editor.post(
        f"/admin/pages/add/projects/outcomepage/{index.pk}/",
        _outcome("Puisto", status="processing", **PUBLISH),
    )

    assert response.status_code == 302
    assert OutcomePage.objects.live().filter(title="Puisto").exists()


def test_an_outcome_published_anyway_goes_live(editor, pages):
    page = OutcomePageFactory(parent=pages["outcomes"]["fi"], title="Puisto")

    response = editor.post(
        f"/admin/pages/{page.pk}/edit/",
        _outcome("Puisto 2030", slug=page.slug, publish_incomplete="on", **PUBLISH),
    )

    assert response.status_code == 302
    assert Page.objects.get(pk=page.pk).title == "Puisto 2030"


def test_a_council_call_asks_nothing_more_and_its_approval_is_not_stopped(pages):
    """A call has no transparency answers of its own and its council's page carries the contacts;
    communications approve it in the workflow, which does not go through the editor's form."""
    youth = signed_in(COUNCIL_EDITORS[Council.YOUTH], "nuorisovaltuutettu")
    communications = signed_in(COMMUNICATIONS, "viestija")
    call = CallFactory(parent=pages["youth"]["fi"], title="Nuorten kesätyöt", live=False)
    form = communications.client.get(f"/admin/pages/{call.pk}/edit/").context["form"]
    assert "publish_incomplete" not in form.fields

    submit(youth, call)
    response = workflow_action(communications, call, "approve")

    assert response.status_code in (200, 302)
    assert CouncilCallPage.objects.live().filter(pk=call.pk).exists()
