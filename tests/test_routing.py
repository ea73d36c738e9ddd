"""Routes in the shared cache (core.routing): a page costs one query to find, and every change to the
tree, a page or its privacy shows on the very next request."""

import pytest
from wagtail.models import PageViewRestriction

from core.models import StandardPage
from tests.queries import queries

pytestmark = pytest.mark.django_db


def test_a_plain_page_is_served_with_one_query_once_its_route_is_known(client, pages):
    url = pages["about"]["en"].url
    first = queries(client, url)

    assert queries(client, url) == 1 < first


def test_a_new_address_works_and_the_old_one_goes_at_once(client, pages):
    about = pages["about"]["fi"]
    old_url = about.url
    assert client.get(old_url).status_code == 200

    about.slug = "palvelusta"
    about.save_revision().publish()

    assert client.get(old_url).status_code == 404
    assert client.get("/fi/palvelusta/").status_code == 200


def test_an_unpublished_page_is_gone_at_once(client, pages):
    about = StandardPage.objects.get(pk=pages["about"]["sv"].pk)
    assert client.get(about.url).status_code == 200

    about.unpublish()

    assert client.get(pages["about"]["sv"].url).status_code == 404


def test_a_page_made_private_is_private_at_once(client, pages):
    about = pages["about"]["fi"]
    assert client.get(about.url).status_code == 200

    PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.LOGIN)

    response = client.get(about.url)
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_a_private_section_stays_private_below_it(client, pages):
    networks = pages["networks"]["fi"]
    PageViewRestriction.objects.create(page=networks, restriction_type=PageViewRestriction.LOGIN)

    assert client.get(pages["youth"]["fi"].url).status_code == 302
    assert client.get(pages["youth"]["fi"].url).status_code == 302  # with the route in the cache
