"""A council editor's dashboard starts from their own council's pages."""

import pytest

from networks.models import Council
from tests.html import soup

pytestmark = pytest.mark.django_db


def _panel(staff):
    response = staff.client.get("/admin/")
    assert response.status_code == 200
    return soup(response).find(id="own-council-section")


def test_a_council_editor_sees_their_councils_pages_in_every_language(youth, pages):
    panel = _panel(youth)

    links = [row.find("a")["href"] for row in panel.find("tbody").find_all("tr")]
    assert links == [f"/admin/pages/{pages[Council.YOUTH][language].pk}/" for language in ("fi", "sv", "en")]
    assert pages[Council.ELDERLY]["fi"].title not in panel.get_text()


def test_the_panel_offers_a_new_call_that_the_editor_can_open(youth, pages):
    finnish = pages[Council.YOUTH]["fi"]
    add_call = _panel(youth).find("a", href=f"/admin/pages/add/councils/councilcallpage/{finnish.pk}/")

    assert add_call is not None
    assert youth.client.get(add_call["href"]).status_code == 200


def test_communications_do_not_get_a_councils_panel(communications):
    assert _panel(communications) is None
