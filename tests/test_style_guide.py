"""The site's palette meets WCAG 2.1 AA, and the living style guide shows the real components."""

import json
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.urls import reverse
from django.utils import translation

from core import palette
from tests.html import soup
from tests.staff import make_staff, sign_in

pytestmark = pytest.mark.django_db


def test_every_colour_pair_in_use_meets_its_contrast_requirement():
    shown = palette.pairs()
    assert len(shown) >= 15
    for pair in shown:
        assert pair["ratio"] >= pair["required"], pair


def test_the_contrast_calculation_matches_wcag_reference_values():
    assert round(palette.contrast("#000000", "#ffffff"), 1) == 21.0
    assert round(palette.contrast("#767676", "#ffffff"), 2) == 4.54
    assert palette.contrast("#ffffff", "#ffffff") == 1.0


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_style_guide_renders_the_real_components_and_is_not_indexed(client, pages, language):
    with translation.override(language):
        url = reverse("style_guide")
    html = soup(client.get(url))
    assert html.html["lang"] == language
    assert html.select_one('meta[name="robots"]')["content"] == "noindex"
    assert html.select_one('meta[name="description"]')["content"]
    assert len(html.select(".status")) == 4
    assert {badge["class"][1] for badge in html.select(".badge")} == {
        "badge--processing",
        "badge--decided",
        "badge--implemented",
        "badge--not-implemented",
    }
    assert html.select_one(".error-summary a")["href"].startswith("#")
    assert len(html.select("tbody tr")) == len(palette.PAIRS)


def test_every_colour_has_a_swatch_style():
    css = (settings.SITE_DIR / "static" / "css" / "site.css").read_text()
    for name in palette.colours():
        assert f".swatch--{name} {{ background: var(--{name}); }}" in css


def test_staff_find_the_style_guide_in_the_admin_help_menu(client, pages):
    sign_in(client, make_staff("guide-reader", admin_language="fi"))
    response = client.get("/admin/")
    assert reverse("style_guide") in response.content.decode()


def test_the_web_manifest_names_icons_that_exist():
    manifest = json.loads(Path(finders.find("brand/site.webmanifest")).read_text(encoding="utf-8"))
    assert manifest["lang"] == "fi"
    for icon in manifest["icons"]:
        assert finders.find(f"brand/{icon['src']}"), icon


def test_every_page_links_its_icons_and_sharing_image(client, pages):
    html = soup(client.get(pages["home"]["sv"].url))
    assert html.select_one('link[rel="icon"][type="image/svg+xml"]')
    assert html.select_one('link[rel="manifest"]')
    assert html.select_one('link[rel="apple-touch-icon"]')
    image = html.select_one('meta[property="og:image"]')["content"]
    assert image.startswith("http://testserver/static/brand/share.png")
    assert html.select_one('meta[property="og:image:alt"]')["content"] == "Delta i Björneborg"


def test_the_browsers_favicon_request_finds_the_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith("brand/favicon.ico")
