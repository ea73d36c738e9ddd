"""Pages and cards carry an image: responsive AVIF/WebP/JPEG renditions, a text alternative or a mark
that it is decoration, a sharing image, and listings that fetch renditions in bulk."""

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail_factories import ImageFactory

from core.blocks import FigureBlock
from tests.factories import ContactPersonFactory, make_opportunity
from tests.factories.signups import finnish_catalogue
from tests.html import soup

pytestmark = pytest.mark.django_db


def with_image(page, alt="Kartta Reposaaresta", decorative=False, description=""):
    page.image = ImageFactory(description=description)
    page.image_alt = alt
    page.image_decorative = decorative
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def test_the_page_image_has_modern_formats_sizes_and_its_text_alternative(client, pages):
    page = with_image(pages["about"]["fi"])
    figure = soup(client.get(page.url)).select_one("main .page-image")
    sources = figure.select("picture source")
    assert [source["type"] for source in sources] == ["image/avif", "image/webp"]
    assert all(len(source["srcset"].split(",")) == 3 for source in sources)
    image = figure.select_one("picture img")
    assert image["alt"] == "Kartta Reposaaresta"
    assert image["src"].endswith(".jpg")
    assert image["sizes"]


def test_a_decorative_image_is_skipped_by_screen_readers(client, pages):
    page = with_image(pages["about"]["fi"], alt="", decorative=True)
    assert soup(client.get(page.url)).select_one("main .page-image img")["alt"] == ""


def test_the_images_own_description_stands_in_for_an_empty_alternative(client, pages):
    page = with_image(pages["about"]["fi"], alt="", description="Satama illalla")
    assert soup(client.get(page.url)).select_one("main .page-image img")["alt"] == "Satama illalla"


def test_an_image_without_any_text_alternative_is_refused(pages):
    page = pages["about"]["fi"]
    page.image = ImageFactory(description="")
    page.image_alt = ""
    with pytest.raises(ValidationError) as refused:
        page.full_clean()
    assert "image_alt" in refused.value.message_dict


def test_the_page_image_is_the_sharing_image(client, pages):
    page = with_image(pages["about"]["sv"], alt="En karta")
    html = soup(client.get(page.url))
    shared = html.select_one('meta[property="og:image"]')["content"]
    assert shared.startswith("http://testserver/") and ".fill-1200x630.format-jpeg" in shared
    assert html.select_one('meta[property="og:image:alt"]')["content"] == "En karta"


def test_cards_show_the_image_as_decoration_beside_the_title(client, pages):
    catalogue = finnish_catalogue()
    page = with_image(make_opportunity(catalogue, "Kuvallinen työpaja", sessions=[(5, 5)]))
    card = next(
        card for card in soup(client.get(catalogue.url)).select(".card") if page.title in card.get_text()
    )
    assert card.select_one("picture img")["alt"] == ""
    assert card.select_one("picture img")["loading"] == "lazy"


def test_listings_fetch_images_and_renditions_in_bulk(client, pages):
    catalogue = finnish_catalogue()
    home = pages["home"]["fi"]

    def add(count, start):
        for number in range(start, start + count):
            with_image(make_opportunity(catalogue, f"Kuva {number:02d}", sessions=[(number + 1, number + 1)]))

    def queries(url):
        client.get(url)  # renditions are made on the first view
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    add(2, 0)
    few = [queries(url) for url in (home.url, catalogue.url)]
    add(6, 2)
    many = [queries(url) for url in (home.url, catalogue.url)]
    assert few == many


def test_an_image_block_saved_before_wagtails_image_block_keeps_its_text_alternative():
    legacy = {"image": 7, "alt_text": "Vanha kuvaus", "caption": "Kuvateksti"}
    upgraded = FigureBlock._upgrade(legacy)
    assert upgraded == {
        "image": {"image": 7, "alt_text": "Vanha kuvaus", "decorative": False},
        "caption": "Kuvateksti",
    }
    assert FigureBlock._upgrade(upgraded) == upgraded


def test_contact_photos_cost_no_query_per_card(client, pages):
    page = make_opportunity(finnish_catalogue(), "Yhteyshenkilöiden työpaja", sessions=[(5, 5)])

    def show(count):
        people = [
            ContactPersonFactory(photo=ImageFactory(), photo_alt=f"Kuva {number}") for number in range(count)
        ]
        draft = type(page).objects.get(pk=page.pk)
        draft.contacts = people
        draft.save_revision().publish()
        client.get(page.url)  # renditions are made on the first view
        with CaptureQueriesContext(connection) as captured:
            html = soup(client.get(page.url))
        assert len(html.select(".contact-card img")) == count
        return len(captured)

    assert show(2) == show(5)
