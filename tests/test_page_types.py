"""Each page type lives where it belongs and can be created in the admin with valid data."""

import pytest
from wagtail.models import Locale, Page, get_page_models
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from core.models import StandardPage
from councils.models import CouncilCallPage, CouncilStatementPage
from councils.workspaces import COMMUNICATIONS, COUNCIL_EDITORS
from home.models import HomePage
from networks.models import Council, NetworkIndexPage, NetworkPage
from participation_model.models import ParticipationModelPage
from projects.models import OpportunityIndexPage, OpportunityPage, OutcomeIndexPage, OutcomePage
from tests.factories import (
    AudienceFactory,
    CityAreaFactory,
    ContactPersonFactory,
    OpportunityPageFactory,
    TopicFactory,
)
from tests.factories.councils import group_member
from tests.html import soup
from tests.staff import make_staff, sign_in
from wellbeing.models import RoundPage

pytestmark = pytest.mark.django_db

PARENTS = {
    HomePage: {Page},
    StandardPage: {HomePage, StandardPage},
    ParticipationModelPage: {HomePage},
    OpportunityIndexPage: {HomePage},
    OpportunityPage: {OpportunityIndexPage},
    OutcomeIndexPage: {HomePage},
    OutcomePage: {OutcomeIndexPage},
    NetworkIndexPage: {HomePage},
    NetworkPage: {NetworkIndexPage},
}


@pytest.mark.parametrize("page_type", PARENTS, ids=lambda model: model.__name__)
def test_each_page_type_has_only_its_own_parents(page_type):
    assert set(page_type.allowed_parent_page_models()) == PARENTS[page_type]


def test_singleton_sections_appear_once_per_home_page(pages):
    home = pages["home"]["fi"]
    for page_type in (ParticipationModelPage, OpportunityIndexPage, OutcomeIndexPage, NetworkIndexPage):
        assert not page_type.can_create_at(home), page_type.__name__


def _parent(model, language="fi"):
    return model.objects.get(locale__language_code=language)


def _add(client, page_type, parent, data):
    url = f"/admin/pages/add/{page_type._meta.app_label}/{page_type._meta.model_name}/{parent.pk}/"
    return client.post(url, nested_form_data({"slug": data["title"].lower().replace(" ", "-"), **data}))


def _body():
    return streamfield([("paragraph", rich_text("<p>Tervetuloa mukaan.</p>"))])


CREATIONS = {
    "standard page": (StandardPage, lambda: _parent(HomePage), {"title": "Uusi sivu", "body": _body()}),
    "opportunity": (
        OpportunityPage,
        lambda: _parent(OpportunityIndexPage),
        {
            "title": "Uusi tyopaja",
            "method": "workshop",
            "body": _body(),
            "sessions": inline_formset(
                [
                    {
                        "starts_at": "2030-05-02 17:00",
                        "ends_at": "2030-05-02 19:00",
                        "venue": "Pääkirjasto",
                        "address": "Gallen-Kallelankatu 12, Pori",
                        "online_url": "",
                        "accessibility": "Esteetön sisäänkäynti.",
                        "capacity": "20",
                        "waitlist_capacity": "5",
                        "max_group_size": "2",
                        "registration_opens_at": "",
                        "registration_closes_at": "",
                    }
                ]
            ),
            "reminder_hours": "48",
            "signup_questions": inline_formset(
                [
                    {
                        "label": "Ruokavalio",
                        "help_text": "",
                        "required": "",
                        "field_type": "singleline",
                        "choices": "",
                        "default_value": "",
                    }
                ]
            ),
        },
    ),
    "outcome": (
        OutcomePage,
        lambda: _parent(OutcomeIndexPage),
        {
            "title": "Uusi tulos",
            "status": "decided",
            "heard": _body(),
            "decided": _body(),
            "timeline": streamfield([]),
        },
    ),
    "network": (NetworkPage, lambda: _parent(NetworkIndexPage), {"title": "Uusi verkosto", "body": _body()}),
}


@pytest.mark.parametrize("case", CREATIONS)
def test_each_page_type_can_be_created_in_the_admin(client, demo_site, case):
    page_type, parent, data = CREATIONS[case]
    sign_in(client, make_staff())
    response = _add(client, page_type, parent(), data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    assert page_type.objects.filter(title=data["title"]).exists()
    if page_type is OpportunityPage:
        session = OpportunityPage.objects.get(title=data["title"]).sessions.get()
        assert (session.capacity, session.waitlist_capacity, session.max_group_size) == (20, 5, 2)
        question = OpportunityPage.objects.get(title=data["title"]).signup_questions.get()
        assert (question.label, question.clean_name) == ("Ruokavalio", "ruokavalio")


def test_a_session_that_ends_before_it_starts_is_refused_with_a_message(client, demo_site):
    sign_in(client, make_staff())
    page_type, parent, data = CREATIONS["opportunity"]
    data = {**data, "title": "Vaara ajat"}
    data["sessions"] = inline_formset(
        [
            {
                "starts_at": "2030-05-02 19:00",
                "ends_at": "2030-05-02 17:00",
                "venue": "Kirjasto",
                "waitlist_capacity": "0",
                "max_group_size": "1",
            }
        ]
    )
    response = _add(client, page_type, parent(), data)
    assert response.status_code == 200
    assert "ends_at" in response.context["form"].formsets["sessions"].errors[0]
    assert not OpportunityPage.objects.filter(title="Vaara ajat").exists()


def test_choosers_offer_only_snippets_in_the_pages_own_language(client, pages):
    sv = Locale.objects.get(language_code="sv")
    finnish_topics = TopicFactory.create_batch(3)
    TopicFactory.create_batch(2, locale=sv)
    finnish_contacts = ContactPersonFactory.create_batch(2)
    ContactPersonFactory(locale=sv)
    page = OpportunityPageFactory(parent=pages["opportunities"]["fi"], topics=finnish_topics[:1])
    sign_in(client, make_staff())
    form = client.get(f"/admin/pages/{page.pk}/edit/").context["form"]
    offered = form.fields["topics"].queryset
    assert set(offered) == set(finnish_topics)
    assert set(form.fields["contacts"].queryset) == set(finnish_contacts)


def test_topics_areas_and_audiences_are_checkboxes_in_the_pages_language(client, pages):
    """Short lists: a box per term, not a multi-select that needs Ctrl-click; the chosen one is ticked."""
    sv = Locale.objects.get(language_code="sv")
    finnish = TopicFactory.create_batch(3)
    TopicFactory(locale=sv, name="Svenskt ämne")
    area, audience = CityAreaFactory(name="Reposaari"), AudienceFactory(name="Nuoret")
    page = OpportunityPageFactory(parent=pages["opportunities"]["fi"], topics=finnish[:1])
    sign_in(client, make_staff())
    html = soup(client.get(f"/admin/pages/{page.pk}/edit/"))
    for name in ("topics", "areas", "audiences"):
        assert html.select(f"select[name={name}]") == [], name
    boxes = {
        box["value"]: box.has_attr("checked") for box in html.select("input[type=checkbox][name=topics]")
    }
    assert boxes == {str(topic.pk): topic == finnish[0] for topic in finnish}
    assert [box["value"] for box in html.select("input[type=checkbox][name=areas]")] == [str(area.pk)]
    assert [box["value"] for box in html.select("input[type=checkbox][name=audiences]")] == [str(audience.pk)]
    labels = {label.get_text(strip=True) for label in html.select("label")}
    assert "Reposaari" in labels and "Svenskt ämne" not in labels


def test_a_council_call_keeps_the_opportunity_forms_checkboxes_in_its_language(client, pages):
    """Wagtail's form-builder pages bring their own admin form; a council call's must still be the
    opportunity form: checkboxes, and only terms in the page's language."""
    sv = Locale.objects.get(language_code="sv")
    finnish = TopicFactory()
    TopicFactory(locale=sv)
    sign_in(client, make_staff())
    response = client.get(f"/admin/pages/add/councils/councilcallpage/{pages['youth']['fi'].pk}/")
    html = soup(response)
    assert html.select("select[name=topics]") == []
    assert [box["value"] for box in html.select("input[type=checkbox][name=topics]")] == [str(finnish.pk)]


# Where each page type can be added ------------------------------------------------------

ALL_PAGE_TYPES = [model for model in get_page_models() if model is not Page]
# One per home page, and the frame has it: there is nowhere to add another, as intended.
SINGLETONS = {ParticipationModelPage, OpportunityIndexPage, OutcomeIndexPage, NetworkIndexPage}
# What communications staff add (they may add anywhere); council editors add under their council.
COMMUNICATIONS_ADD = [
    StandardPage,
    OpportunityPage,
    RoundPage,
    OutcomePage,
    NetworkPage,
    CouncilCallPage,
    CouncilStatementPage,
]
COUNCIL_EDITORS_ADD = [CouncilCallPage, CouncilStatementPage]


def _add_url(page_type, parent):
    return f"/admin/pages/add/{page_type._meta.app_label}/{page_type._meta.model_name}/{parent.pk}/"


def _frame_parents(page_type):
    """Each allowed parent type's first page in the frame (the Finnish tree, or the root)."""
    parents = {}
    for parent_type in page_type.allowed_parent_page_models():
        if parent_type is Page:
            parents[parent_type] = Page.get_first_root_node()
        else:
            parents[parent_type] = parent_type.objects.filter(locale__language_code="fi").first()
    return parents


@pytest.mark.parametrize("page_type", ALL_PAGE_TYPES, ids=lambda model: model.__name__)
def test_every_page_type_opens_in_the_admin_under_each_parent_the_site_has(client, pages, page_type):
    sign_in(client, make_staff())
    creatable = []
    for parent_type, parent in _frame_parents(page_type).items():
        assert parent is not None, (
            f"no {parent_type.__name__} in the site to add a {page_type.__name__} under"
        )
        response = client.get(_add_url(page_type, parent))
        if page_type.can_create_at(parent):
            assert response.status_code == 200, (parent_type.__name__, response.status_code)
            assert response.context["form"].parent_page.pk == parent.pk
            creatable.append(parent_type)
        else:
            assert response.status_code != 200, parent_type.__name__
    assert bool(creatable) == (page_type not in SINGLETONS), creatable


@pytest.mark.parametrize("page_type", COMMUNICATIONS_ADD, ids=lambda model: model.__name__)
def test_communications_open_the_add_form_of_the_pages_they_write(client, pages, page_type):
    sign_in(client, group_member(COMMUNICATIONS, "viestija"))
    for parent in _frame_parents(page_type).values():
        if page_type.can_create_at(parent):
            assert client.get(_add_url(page_type, parent)).status_code == 200, parent


@pytest.mark.parametrize("page_type", COUNCIL_EDITORS_ADD, ids=lambda model: model.__name__)
def test_council_editors_open_the_add_form_under_their_own_council_only(client, pages, page_type):
    sign_in(client, group_member(COUNCIL_EDITORS[Council.YOUTH], "nuorisovaltuutettu"))
    assert client.get(_add_url(page_type, pages["youth"]["fi"])).status_code == 200
    assert client.get(_add_url(page_type, pages["elderly"]["fi"])).status_code != 200
