"""An editor reaches only what their group may touch: pages, documents, images, settings, admin tools."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

from core.models import FooterSettings
from tests.staff import make_staff, sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, pages):
    """Member of a group that may edit the Finnish about page and the documents of one collection."""
    group = Group.objects.create(name="Tietoa palvelusta -toimittajat")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=group, page=pages["about"]["fi"], permission=Permission.objects.get(codename="change_page")
    )
    own = Collection.get_first_root_node().add_child(name="Oma kokoelma")
    for codename in ("add_document", "change_document", "choose_document"):
        GroupCollectionPermission.objects.create(
            group=group, collection=own, permission=Permission.objects.get(codename=codename)
        )
    user = make_staff("editor", superuser=False)
    user.groups.add(group)
    return sign_in(client, user)


@pytest.fixture
def foreign_document(db):
    document = get_document_model()(title="Muiden asiakirja", collection=Collection.get_first_root_node())
    document.file.save("muiden.txt", ContentFile(b"x"), save=True)
    yield document
    document.file.delete(save=False)


def _denied(response):
    return response.status_code == 403 or (response.status_code == 302 and response["Location"] == "/admin/")


def test_the_editor_can_edit_their_own_page(editor, pages):
    assert editor.get(f"/admin/pages/{pages['about']['fi'].pk}/edit/").status_code == 200


def test_another_page_cannot_be_opened_or_changed(editor, pages):
    page = pages["privacy"]["fi"]
    title = page.title
    assert _denied(editor.get(f"/admin/pages/{page.pk}/edit/"))
    editor.post(f"/admin/pages/{page.pk}/edit/", {"title": "Muutettu", "slug": page.slug})
    editor.post(f"/admin/pages/{page.pk}/unpublish/")
    editor.post(f"/admin/pages/{page.pk}/delete/")
    page.refresh_from_db()
    assert page.title == title and page.live


def test_their_own_page_cannot_be_published_without_publish_permission(editor, pages):
    page = pages["about"]["fi"]
    editor.post(f"/admin/pages/{page.pk}/unpublish/")
    page.refresh_from_db()
    assert page.live


def test_site_settings_cannot_be_changed(editor):
    footer = FooterSettings.objects.get()
    footer.contact_email = "palaute@pori.fi"
    footer.save()
    assert _denied(editor.get(f"/admin/settings/core/footersettings/{footer.site_id}/"))
    editor.post(
        f"/admin/settings/core/footersettings/{footer.site_id}/", {"contact_email": "evil@example.com"}
    )
    footer.refresh_from_db()
    assert footer.contact_email == "palaute@pori.fi"


def test_documents_of_another_collection_cannot_be_touched(editor, foreign_document):
    assert _denied(editor.get(f"/admin/documents/edit/{foreign_document.pk}/"))
    editor.post(f"/admin/documents/delete/{foreign_document.pk}/")
    assert get_document_model().objects.filter(pk=foreign_document.pk).exists()


@pytest.mark.parametrize(
    "url",
    [
        "/admin/users/",
        "/admin/groups/",
        "/admin/locales/",
        "/admin/sites/",
        "/admin/workflows/list/",
        "/admin/redirects/",
        "/admin/images/",
        "/admin/collections/",
    ],
)
def test_admin_tools_outside_the_group_are_closed(editor, url):
    assert _denied(editor.get(url)), url


def test_other_pages_cannot_be_submitted_for_translation(editor, pages):
    page = pages["privacy"]["fi"]
    assert _denied(editor.get(f"/admin/localize/submit/page/{page.pk}/"))
