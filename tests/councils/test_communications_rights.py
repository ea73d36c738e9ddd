"""Communications staff do their whole job in the admin: every page type where it belongs, translations
that stay drafts until published, snippets, images, documents, the footer and promoted search results.
A council's editors upload images and documents into their council's own collection."""

import pytest
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, get_page_models
from wagtail.permissions import policy_registry
from wagtail.users.models import UserProfile

from core.models import FooterSettings
from councils.models import CouncilStatementPage
from councils.workspaces import TRANSLATORS, council_collection
from networks.models import Council
from projects.models import OpportunityPage
from tests.councils.helpers import add_url, signed_in, statement_form
from tests.factories import OpportunityPageFactory, OpportunitySessionFactory
from tests.html import soup

pytestmark = pytest.mark.django_db

EVERYDAY_SCREENS = [
    "/admin/snippets/projects/topic/",
    "/admin/snippets/projects/topic/add/",
    "/admin/snippets/projects/cityarea/",
    "/admin/snippets/projects/audience/",
    "/admin/snippets/core/contactperson/add/",
    "/admin/images/multiple/add/",
    "/admin/documents/multiple/add/",
    "/admin/searchpicks/",
    "/admin/searchpicks/add/",
]


@pytest.mark.parametrize("path", EVERYDAY_SCREENS)
def test_communications_reach_the_screens_of_their_everyday_work(communications, path):
    assert communications.client.get(path).status_code == 200


def test_communications_edit_the_footer(communications, pages):
    site = Page.objects.get(pk=pages["home"]["fi"].pk).get_site()
    FooterSettings.for_site(site)
    response = communications.client.get(f"/admin/settings/core/footersettings/{site.pk}/")
    assert response.status_code == 200
    assert soup(response).select_one("form input[name=contact_email]") is not None


def test_every_page_type_can_be_added_where_it_belongs(communications, pages):
    """A walk over the allowed parents of every page type: under a page of the frame, the editor opens
    the form for a new one; a one-per-parent section the frame already has is the only exception."""
    frame = [
        page for versions in pages.values() for page in versions.values() if page.locale.language_code == "fi"
    ]
    missing = []
    for model in get_page_models():
        if model is Page or model.__name__ == "HomePage":
            continue
        parents = [
            parent
            for parent in frame
            if isinstance(parent.specific, tuple(model.allowed_parent_page_models()))
        ]
        addable = [parent for parent in parents if model.can_create_at(parent)]
        if addable:
            if communications.client.get(add_url(model, addable[0])).status_code != 200:
                missing.append(model.__name__)
        elif not (parents and model.max_count_per_parent and model.objects.child_of(parents[0]).exists()):
            missing.append(model.__name__)
    assert missing == []


def test_a_wellbeing_money_round_can_be_added_to_the_catalogue(communications, pages):
    from wellbeing.models import RoundPage

    catalogue = pages["opportunities"]["fi"]
    assert RoundPage in catalogue.specific_class.allowed_subpage_models()
    assert communications.client.get(add_url(RoundPage, catalogue)).status_code == 200


def test_a_translation_stays_a_draft_until_it_is_published(communications, client, pages):
    page = OpportunityPageFactory(
        parent=pages["opportunities"]["fi"],
        title="Kirjaston työpaja",
        sessions=[OpportunitySessionFactory.build()],
    )
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    assert communications.client.get(url).status_code == 200
    swedish = Locale.objects.get(language_code="sv")
    response = communications.client.post(url, {"locales": [swedish.pk]})
    assert response.status_code == 302
    translation = OpportunityPage.objects.get(translation_key=page.translation_key, locale=swedish)
    assert not translation.live
    catalogue = client.get(pages["opportunities"]["sv"].url)
    assert "Kirjaston työpaja" not in catalogue.content.decode()
    search = soup(client.get("/sv/sok/", {"q": "Kirjaston työpaja"}))
    assert "Kirjaston työpaja" not in search.select_one("main").get_text().replace("”Kirjaston työpaja”", "")
    assert client.get(f"/sv/{pages['opportunities']['sv'].slug}/{translation.slug}/").status_code == 404


def test_a_web_address_typed_with_letters_beyond_ascii_is_saved_in_plain_ascii(communications, pages):
    council = pages["youth"]["fi"]
    form = statement_form("Lausunto Länsi-Porin kouluista", slug="lausunto-länsi-porin-kouluista-åbo")
    response = communications.client.post(add_url(CouncilStatementPage, council), form)
    assert response.status_code == 302
    page = CouncilStatementPage.objects.get(title="Lausunto Länsi-Porin kouluista")
    assert page.slug == "lausunto-lansi-porin-kouluista-abo"


def test_a_council_editor_uploads_into_the_councils_own_collection(youth, elderly):
    own = council_collection(Council.YOUTH)
    for policy in map(policy_registry.get_by_type, (get_image_model(), get_document_model())):
        assert list(policy.collections_user_has_permission_for(youth.user, "add")) == [own]
        choosable = set(policy.collections_user_has_permission_for(youth.user, "choose"))
        assert choosable == set(Collection.objects.all()), "chooses from every collection"
    assert youth.client.get("/admin/images/multiple/add/").status_code == 200
    assert youth.client.get("/admin/documents/multiple/add/").status_code == 200


@pytest.fixture
def translator(pages):
    return signed_in(TRANSLATORS, "kaantaja")


def test_a_translator_translates_and_publishes_but_never_touches_the_finnish_source(translator, pages):
    page = OpportunityPageFactory(parent=pages["opportunities"]["fi"], title="Kirjaston työpaja")
    swedish = Locale.objects.get(language_code="sv")
    submit = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    assert translator.client.post(submit, {"locales": [swedish.pk]}).status_code == 302
    translation = OpportunityPage.objects.get(translation_key=page.translation_key, locale=swedish)
    assert translator.client.get(f"/admin/pages/{translation.pk}/edit/").status_code == 200
    assert translation.permissions_for_user(translator.user).can_publish()
    source = page.permissions_for_user(translator.user)
    assert not source.can_edit() and not source.can_publish() and not source.can_unpublish()
    response = translator.client.post(f"/admin/pages/{page.pk}/unpublish/")
    assert response.status_code in (302, 403) and OpportunityPage.objects.get(pk=page.pk).live
    assert translator.client.get(f"/admin/pages/{page.pk}/edit/").status_code in (302, 403)


def test_each_staff_member_chooses_the_admins_language_among_the_sites_three(communications):
    page = soup(communications.client.get("/admin/account/"))
    offered = [option["value"] for option in page.select("select[name='locale-preferred_language'] option")]
    assert {value for value in offered if value} == {"fi", "sv", "en"}
    profile = UserProfile.get_for_user(communications.user)
    profile.preferred_language = "sv"
    profile.save()
    assert soup(communications.client.get("/admin/")).html["lang"] == "sv"
