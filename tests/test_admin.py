"""Editors work on every language in Wagtail; translations open in wagtail-localize's editor."""

import pytest
from wagtail.models import Site

from core.models import FooterSettings
from tests.staff import make_staff, sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    return sign_in(client, make_staff())


def test_dashboard_and_each_language_tree_open(editor_client, pages):
    assert editor_client.get("/admin/").status_code == 200
    for language in ("fi", "sv", "en"):
        response = editor_client.get(f"/admin/pages/{pages['home'][language].pk}/")
        assert response.status_code == 200
        assert pages["about"][language].title in response.content.decode()


def test_a_translated_page_opens_in_the_translation_editor(editor_client, pages):
    response = editor_client.get(f"/admin/pages/{pages['about']['sv'].pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="js-translation-editor"' in html
    assert pages["about"]["sv"].title in html


def test_footer_settings_are_editable(editor_client, pages):
    footer = FooterSettings.for_site(Site.objects.get(is_default_site=True))
    footer.contact_email = "palaute@pori.fi"
    footer.save()
    response = editor_client.get("/admin/settings/core/footersettings/", follow=True)
    assert response.status_code == 200
    assert "palaute@pori.fi" in response.content.decode()
