"""The page editor helps the people who write: what each page type is for, tabs that follow the task,
help where a field needs context, the accessibility checker with the site's rules, previews in every
mode a page type offers, and long lists that can be searched and show only the page's language.
"""

import json

import pytest
from django.utils import timezone, translation
from wagtail.models import Locale, Page, get_page_models
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from core.models import StandardPage
from councils.models import CouncilCallPage, CouncilStatementPage
from home.models import HomePage
from networks.models import NetworkIndexPage, NetworkPage
from participation_model.models import ParticipationModelPage
from projects.models import OpportunityIndexPage, OpportunityPage, OutcomeIndexPage, OutcomePage
from tests.councils.helpers import edit_form
from tests.factories import (
    ContactPersonFactory,
    OpportunityPageFactory,
    OpportunitySessionFactory,
    OutcomePageFactory,
    TopicFactory,
    make_round,
)
from tests.factories.councils import QUESTION_LABEL, CallFactory, StatementFactory
from tests.html import soup
from tests.staff import make_staff, sign_in
from wellbeing.models import RoundPage

pytestmark = pytest.mark.django_db

PAGE_TYPES = [model for model in get_page_models() if model is not Page]


@pytest.fixture
def editor(client, demo_site):
    """A superuser whose admin is in English, so the messages can be read here."""
    return sign_in(client, make_staff(admin_language="en"))


# What each page type is for -----------------------------------------------------------


@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=lambda model: model.__name__)
def test_every_page_type_says_what_it_is_for_and_where_it_goes(page_type):
    with translation.override("en"):
        description = str(page_type.get_page_description())
    assert description.endswith(".") and " under " in description, description


def test_the_page_type_chooser_shows_the_descriptions(editor, pages):
    response = editor.get(f"/admin/pages/{pages['youth']['fi'].pk}/add_subpage/")
    text = soup(response).get_text(" ", strip=True)
    with translation.override("en"):  # the editor's admin language
        assert str(CouncilCallPage.get_page_description()) in text
        assert str(CouncilStatementPage.get_page_description()) in text


# Tabs and fields ----------------------------------------------------------------------

# The fields each page type's editor had before the tabs: every one must stay reachable.
FIELDS = {
    StandardPage: {"title", "slug", "intro", "body", "seo_title", "search_description", "show_in_menus"},
    HomePage: {"title", "slug", "intro", "body", "featured_opportunity", "agents", "seo_title"},
    ParticipationModelPage: {"title", "slug", "intro", "approved_on", "body", "principles", "steps"},
    OpportunityIndexPage: {"title", "slug", "intro", "seo_title", "search_description", "show_in_menus"},
    OutcomeIndexPage: {"title", "slug", "intro", "seo_title", "search_description", "show_in_menus"},
    NetworkIndexPage: {"title", "slug", "intro", "seo_title", "search_description", "show_in_menus"},
    NetworkPage: {"title", "slug", "intro", "body", "who_can_join", "meetings", "contacts", "council"},
    OpportunityPage: {
        *("title", "slug", "intro", "method", "body", "opens_at", "closes_at", "external_url"),
        *("reminder_hours", "learn", "input_use", "decision", "topics", "areas", "audiences"),
        *("organiser", "contacts", "featured", "seo_title", "search_description", "show_in_menus"),
        *("go_live_at", "expire_at", "sessions", "signup_questions"),
    },
    OutcomePage: {
        *("title", "slug", "intro", "opportunities", "participants", "heard", "decided", "status"),
        *("status_reason", "decision_maker", "decision_url", "timeline", "seo_title", "go_live_at"),
    },
    CouncilCallPage: {
        *("title", "slug", "intro", "asks_for", "body", "audiences", "opens_at", "closes_at"),
        *("response_method", "response_url", "response_email", "form_fields", "sessions", "topics"),
        *("areas", "organiser", "contacts", "featured", "seo_title", "go_live_at"),
    },
    CouncilStatementPage: {"title", "slug", "intro", "kind", "date", "addressee", "body", "document"},
    RoundPage: {
        *("title", "slug", "intro", "body", "year", "budget", "max_grant", "who_may_apply", "not_funded"),
        *("vote_opens_at", "vote_closes_at", "votes_per_person", "themes", "applications_open_at"),
        *("applications_close_at", "decision_on", "implementation_ends_on", "reports_due_at"),
        *("decision_url", "results_published", "topics", "areas", "organiser", "contacts", "featured"),
    },
}


def test_every_page_type_is_listed_here():
    assert set(FIELDS) == set(PAGE_TYPES)


@pytest.mark.parametrize("page_type", FIELDS, ids=lambda model: model.__name__)
def test_every_field_of_the_editor_is_in_a_tab(page_type):
    """Each field the editor had before the tabs is still in the edit form, and each is in a panel."""
    edit_handler = page_type.get_edit_handler()
    form_class = edit_handler.get_form_class()
    in_form = set(form_class._meta.fields) | set(form_class._meta.formsets or {})
    assert FIELDS[page_type] <= in_form, FIELDS[page_type] - in_form
    assert in_form <= _panel_fields(edit_handler) | {"comment_notifications", "wagtail_admin_comments"}


def _panel_fields(panel):
    names = set()
    for child in getattr(panel, "children", []):
        names |= _panel_fields(child)
    for attribute in ("field_name", "relation_name"):
        if getattr(panel, attribute, None):
            names.add(getattr(panel, attribute))
    return names


TABS = {
    OpportunityPage: ["Content", "Taking part", "Transparency", "Classification", "Promote", "Settings"],
    CouncilCallPage: ["Content", "Taking part", "Classification", "Organiser", "Promote", "Settings"],
    RoundPage: ["Content", "Taking part", "Transparency", "Classification", "Promote", "Settings"],
    OutcomePage: ["Content", "Decision", "Opportunities", "Promote", "Settings"],
    NetworkPage: ["Content", "Joining and meetings", "Promote", "Settings"],
    HomePage: ["Content", "Highlights", "Promote", "Settings"],
    StandardPage: ["Content", "Promote", "Settings"],
}


@pytest.mark.parametrize("page_type", TABS, ids=lambda model: model.__name__)
def test_the_tabs_follow_the_editors_task(editor, pages, page_type):
    parent = _parent_for(page_type, pages)
    response = editor.get(
        f"/admin/pages/add/{page_type._meta.app_label}/{page_type._meta.model_name}/{parent.pk}/"
    )
    assert list(_tabs(soup(response))) == TABS[page_type]


def _tabs(html):
    """{tab label: its panel}. Panel ids come from the labels in whatever language first built them."""
    tabs = {}
    for tab in html.select("[role=tab]"):
        tab.select_one(".w-tabs__errors").decompose()  # the count of errors, empty
        tabs[tab.get_text(" ", strip=True)] = html.find(id=tab["href"].removeprefix("#"))
    return tabs


def _parent_for(page_type, pages):
    return {
        OpportunityPage: pages["opportunities"]["fi"],
        RoundPage: pages["opportunities"]["fi"],
        CouncilCallPage: pages["youth"]["fi"],
        OutcomePage: pages["outcomes"]["fi"],
        NetworkPage: pages["networks"]["fi"],
        HomePage: Page.get_first_root_node(),
        StandardPage: pages["home"]["fi"],
    }[page_type]


def test_the_transparency_tab_explains_the_participation_models_promise(editor, pages):
    response = editor.get(f"/admin/pages/add/projects/opportunitypage/{pages['opportunities']['fi'].pk}/")
    panel = _tabs(soup(response))["Transparency"]
    text = panel.get_text(" ", strip=True)
    assert "The participation model promises residents three answers" in text
    assert {"learn", "input_use", "decision", "organiser"} <= {
        field["name"] for field in panel.select("[name]") if field.name in ("input", "textarea", "select")
    }


def test_the_sessions_explain_where_residents_sign_up(editor, pages):
    response = editor.get(f"/admin/pages/add/projects/opportunitypage/{pages['opportunities']['fi'].pk}/")
    text = _tabs(soup(response))["Taking part"].get_text(" ", strip=True)
    assert "residents register there" in text


# The accessibility checker ------------------------------------------------------------


def _axe_configuration(response):
    return json.loads(soup(response).find(id="checker-axe-configuration").string)


def test_the_editors_checks_panel_runs_the_sites_accessibility_rules(editor, pages):
    response = editor.get(f"/admin/pages/{pages['about']['fi'].pk}/edit/")
    configuration = _axe_configuration(response)

    rules = configuration["options"]["runOnly"]
    for rule in ("image-alt", "alt-text-quality", "heading-order", "link-name", "empty-heading"):
        assert rule in rules
    assert configuration["context"]["include"] == ["main"]
    [alt_check] = [
        check for check in configuration["spec"]["checks"] if check["id"] == "check-image-alt-text"
    ]
    assert "kuva" in alt_check["options"]["pattern"] and "bild" in alt_check["options"]["pattern"]
    assert configuration["messages"]["image-alt"]["error_name"] == "Image has no alternative text"
    assert configuration["messages"]["link-name"]["error_name"] == "Link has no text"


def test_the_userbar_on_the_preview_carries_the_same_rules(editor, pages):
    response = editor.get(f"/admin/pages/{pages['about']['fi'].pk}/view_draft/")
    assert response.status_code == 200
    assert "image-alt" in _axe_configuration(response)["options"]["runOnly"]


def test_visitors_get_no_userbar(client, pages):
    response = client.get(pages["about"]["fi"].url)
    assert soup(response).find(id="checker-axe-configuration") is None
    assert "wagtail-userbar" not in response.content.decode()


# Previews -----------------------------------------------------------------------------


def _when(moment):
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M")


def _page_data(page, **fields):
    return {"title": page.title, "slug": page.slug, "intro": page.intro, **fields}


def _opportunity(pages):
    session = OpportunitySessionFactory.build(capacity=10)
    page = OpportunityPageFactory(
        parent=pages["opportunities"]["fi"], title="Puistotyöpaja", sessions=[session]
    )
    session = page.sessions.get()
    contact = ContactPersonFactory(name="Aino Agentti")
    data = _page_data(
        page,
        method="workshop",
        body=streamfield([]),
        reminder_hours="24",
        sessions=inline_formset(
            [
                {
                    "id": session.pk,
                    "starts_at": _when(session.starts_at),
                    "ends_at": _when(session.ends_at),
                    "venue": session.venue,
                    "address": session.address,
                    "capacity": "10",
                    "waitlist_capacity": "0",
                    "max_group_size": "1",
                }
            ],
            initial=1,
        ),
        signup_questions=inline_formset([]),
        learn="Mitä puistoon halutaan.",
        topics=[TopicFactory(name="Viheralueet").pk],
        contacts=[contact.pk],
    )
    return page, data, ["Mitä puistoon halutaan.", "Viheralueet", "Aino Agentti"]


def _outcome(pages):
    opportunity = OpportunityPageFactory(parent=pages["opportunities"]["fi"], title="Puistotyöpaja")
    page = OutcomePageFactory(parent=pages["outcomes"]["fi"], title="Puiston tulos")
    data = _page_data(
        page,
        status="decided",
        heard=streamfield([]),
        decided=streamfield([]),
        timeline=streamfield([]),
        opportunities=[opportunity.pk],
    )
    return page, data, ["Puistotyöpaja"]


def _with_contacts(key, field):
    def build(pages):
        page = pages[key]["fi"]
        contact = ContactPersonFactory(name="Aino Agentti")
        data = _page_data(page, body=streamfield([]), **{field: [contact.pk]})
        if isinstance(page, NetworkPage):
            data.update(who_can_join="Porilaiset nuoret.", meetings="Kerran kuussa.", council=page.council)
        return page, data, ["Aino Agentti"]

    return build


def _round(pages):
    page = make_round(pages["opportunities"]["fi"], "Hyvinvointiraha 2030")
    themes = list(page.themes.all())
    data = _page_data(
        page,
        body=streamfield([]),
        year=str(page.year),
        budget="100000",
        max_grant="5000",
        who_may_apply=rich_text(page.who_may_apply),
        not_funded=rich_text(page.not_funded),
        votes_per_person="3",
        vote_opens_at=_when(page.vote_opens_at),
        vote_closes_at=_when(page.vote_closes_at),
        applications_open_at=_when(page.applications_open_at),
        applications_close_at=_when(page.applications_close_at),
        decision_on=page.decision_on.isoformat(),
        implementation_ends_on=page.implementation_ends_on.isoformat(),
        reports_due_at=_when(page.reports_due_at),
        themes=inline_formset(
            [{"id": theme.pk, "name": theme.name, "description": theme.description} for theme in themes],
            initial=len(themes),
        ),
    )
    return page, data, [themes[0].name]


def _frame(key, *streams):
    def build(pages):
        page = pages[key]["fi"]
        return page, _page_data(page, **{name: streamfield([]) for name in streams}), []

    return build


def _council_page(factory, title):
    def build(pages):
        page = factory(parent=pages["youth"]["fi"], title=title)
        return page, None, []  # edit_form() makes the data

    return build


PREVIEWS = {
    HomePage: _with_contacts("home", "agents"),
    StandardPage: _frame("about", "body"),
    ParticipationModelPage: _frame("model", "body", "principles", "steps"),
    OpportunityIndexPage: _frame("opportunities"),
    OutcomeIndexPage: _frame("outcomes"),
    NetworkIndexPage: _frame("networks"),
    NetworkPage: _with_contacts("youth", "contacts"),
    OpportunityPage: _opportunity,
    OutcomePage: _outcome,
    CouncilCallPage: _council_page(CallFactory, "Nuorten kesätyöt"),
    CouncilStatementPage: _council_page(StatementFactory, "Lausunto liikunnasta"),
    RoundPage: _round,
}


def _form_data(page, data):
    """What the editor's browser posts; lists (choices of many) apart, or nested_form_data numbers them."""
    if data is None:
        return edit_form(page, page.title)
    lists = {name: value for name, value in data.items() if isinstance(value, list)}
    return {**nested_form_data({name: value for name, value in data.items() if name not in lists}), **lists}


def test_every_page_type_is_previewed():
    assert set(PREVIEWS) == set(PAGE_TYPES)


@pytest.mark.parametrize("page_type", PREVIEWS, ids=lambda model: model.__name__)
def test_every_preview_mode_of_every_page_type_renders(editor, pages, page_type):
    """The editor's preview is built from the form as typed, choices included, not from the database."""
    page, data, shown = PREVIEWS[page_type](pages)
    page = page.specific
    preview_url = f"/admin/pages/{page.pk}/edit/preview/"

    response = editor.post(preview_url, _form_data(page, data))
    assert response.json() == {"is_valid": True, "is_available": True}, response.content

    for mode, _label in page.preview_modes:
        response = editor.get(preview_url, {"mode": mode})
        assert response.status_code == 200, (mode, response.content[:500])
        main = soup(response).find("main").get_text(" ", strip=True)
        assert page.title in main, mode
        if mode == page.default_preview_mode:
            assert all(text in main for text in shown), (shown, main[:1000])


def test_a_council_calls_previews_show_the_page_its_form_and_its_thanks(editor, pages):
    call = CallFactory(parent=pages["youth"]["fi"], title="Nuorten kesätyöt")
    preview_url = f"/admin/pages/{call.pk}/edit/preview/"
    editor.post(preview_url, edit_form(call, "Nuorten kesätyöt 2030"))

    assert [mode for mode, _label in call.preview_modes] == ["", "form", "landing"]
    page = soup(editor.get(preview_url, {"mode": ""})).find("main")
    assert page.find("h1").get_text(strip=True) == "Nuorten kesätyöt 2030"
    assert page.find("form") is None
    form = soup(editor.get(preview_url, {"mode": "form"})).find("main")
    assert "Nuorten kesätyöt 2030" in form.find("h1").get_text(strip=True)
    assert QUESTION_LABEL in form.find("form").get_text(" ", strip=True)
    assert form.find("form").find("button", type="submit")
    thanks = soup(editor.get(preview_url, {"mode": "landing"})).find("main")
    assert "Nuorten kesätyöt 2030" not in thanks.find("h1").get_text(strip=True)
    assert thanks.find("form") is None
    assert thanks.find("a", href=call.url)


# Long lists ---------------------------------------------------------------------------


def test_an_outcome_offers_only_opportunities_in_its_language_newest_first_with_a_search(editor, pages):
    older = OpportunityPageFactory(parent=pages["opportunities"]["fi"], title="Vanha työpaja")
    newer = OpportunityPageFactory(parent=pages["opportunities"]["fi"], title="Uusi työpaja")
    OpportunityPageFactory(parent=pages["opportunities"]["sv"], title="Svensk workshop")
    outcome = OutcomePageFactory(parent=pages["outcomes"]["fi"], title="Tulos")

    html = soup(editor.get(f"/admin/pages/{outcome.pk}/edit/"))

    boxes = html.select("input[type=checkbox][name=opportunities]")
    assert [box["value"] for box in boxes] == [str(newer.pk), str(older.pk)]
    container = html.select_one("[data-searchable-checkboxes]")
    search = container.select_one("input[type=search]")
    assert container.find("label", attrs={"for": search["id"]}).get_text(strip=True) == "Search the list"
    assert html.find("script", src=lambda src: src and "searchable_checkboxes" in src)


def test_contact_people_are_a_searchable_list_in_the_pages_language(editor, pages):
    finnish = ContactPersonFactory(name="Aino Agentti")
    ContactPersonFactory(name="Sven Agent", locale=Locale.objects.get(language_code="sv"))

    for url in (
        f"/admin/pages/add/projects/opportunitypage/{pages['opportunities']['fi'].pk}/",
        f"/admin/pages/{pages['youth']['fi'].pk}/edit/",
        f"/admin/pages/{pages['home']['fi'].pk}/edit/",
    ):
        html = soup(editor.get(url))
        boxes = html.select("[data-searchable-checkboxes] input[type=checkbox]")
        assert [box["value"] for box in boxes] == [str(finnish.pk)], url


def test_picking_opportunities_for_an_outcome_saves_them(editor, pages):
    opportunity = OpportunityPageFactory(parent=pages["opportunities"]["fi"], title="Työpaja")
    outcome = OutcomePageFactory(parent=pages["outcomes"]["fi"], title="Tulos")
    data = _page_data(
        outcome,
        status="decided",
        heard=streamfield([]),
        decided=streamfield([]),
        timeline=streamfield([]),
    )

    response = editor.post(
        f"/admin/pages/{outcome.pk}/edit/", {**nested_form_data(data), "opportunities": [opportunity.pk]}
    )

    assert response.status_code == 302
    draft = OutcomePage.objects.get(pk=outcome.pk).get_latest_revision_as_object()
    assert list(draft.opportunities.all()) == [opportunity]


def test_revisions_of_an_opportunity_still_compare(editor, pages):
    """The box "Publish without them" is no model field: comparing revisions passes it by."""
    page = OpportunityPageFactory(parent=pages["opportunities"]["fi"], title="Puistotyöpaja")
    page.title = "Puistotyöpaja 2030"
    page.save_revision()
    first, latest = page.revisions.order_by("pk").values_list("pk", flat=True)

    response = editor.get(f"/admin/pages/{page.pk}/revisions/compare/{first}...{latest}/")

    assert response.status_code == 200
    assert "Puistotyöpaja 2030" in response.content.decode()
