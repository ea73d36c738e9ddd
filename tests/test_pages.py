"""The site chrome: landmarks, navigation from each language's tree, footer, and query budgets."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from core.models import FooterSettings, StandardPage
from tests.html import soup

pytestmark = pytest.mark.django_db

LANGUAGES = ["fi", "sv", "en"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_pages_have_a_skip_link_and_landmarks(client, pages, language):
    page = soup(client.get(pages["about"][language].url))
    skip = page.body.find("a")
    assert skip["href"] == "#main"
    assert page.find("main", id="main")
    assert page.find("header") and page.find("footer")
    labels = [nav["aria-label"] for nav in page.find_all("nav")]
    assert len(labels) == len(set(labels)), "each navigation landmark needs its own name"


@pytest.mark.parametrize(
    ("language", "expected", "foreign"),
    [
        ("fi", "Tietoa palvelusta", "Om tjänsten"),
        ("sv", "Om tjänsten", "Tietoa palvelusta"),
        ("en", "About this service", "Tietoa palvelusta"),
    ],
)
def test_main_menu_is_built_from_the_languages_own_tree(client, pages, language, expected, foreign):
    menu = soup(client.get(pages["home"][language].url)).find("nav", class_="main-menu")
    titles = [a.get_text() for a in menu.find_all("a")]
    assert expected in titles
    assert foreign not in titles


def test_menu_marks_the_current_page(client, pages):
    menu = soup(client.get(pages["about"]["en"].url)).find("nav", class_="main-menu")
    current = menu.find("a", attrs={"aria-current": "page"})
    assert current.get_text() == "About this service"


@pytest.mark.parametrize(
    ("language", "statement", "notice"),
    [
        ("fi", "/fi/saavutettavuusseloste/", "/fi/tietosuojaseloste/"),
        ("sv", "/sv/tillganglighetsutlatande/", "/sv/dataskyddsbeskrivning/"),
        ("en", "/en/accessibility-statement/", "/en/privacy-notice/"),
    ],
)
def test_footer_links_to_statement_and_notice_in_the_same_language(
    client, pages, language, statement, notice
):
    footer_settings = FooterSettings.for_site(Site.objects.get(is_default_site=True))
    footer_settings.contact_email = "palaute@example.fi"
    footer_settings.save()
    footer = soup(client.get(pages["home"][language].url)).find("footer")
    hrefs = [a["href"] for a in footer.find_all("a")]
    assert statement in hrefs
    assert notice in hrefs
    assert "mailto:palaute@example.fi" in hrefs


def test_footer_falls_back_to_the_configured_page_and_marks_its_language(client, pages):
    pages["privacy"]["en"].unpublish()
    footer = soup(client.get("/en/")).find("footer")
    link = footer.find("a", href="/fi/tietosuojaseloste/")
    assert link.get_text() == "Tietosuojaseloste"
    assert link["lang"] == "fi"
    assert not footer.find("a", href="/en/accessibility-statement/").has_attr("lang")


def test_breadcrumbs_lead_back_to_the_home_page(client, pages):
    crumbs = soup(client.get(pages["privacy"]["sv"].url)).find("nav", class_="breadcrumbs")
    assert [a["href"] for a in crumbs.find_all("a")] == ["/sv/"]
    assert crumbs.find(attrs={"aria-current": "page"}).get_text() == "Dataskyddsbeskrivning"


def test_home_page_title_is_the_site_name_without_repetition(client, pages):
    assert soup(client.get("/en/")).title.get_text() == "Take part in Pori"
    about = soup(client.get(pages["about"]["en"].url)).title.get_text()
    assert about == "About this service – Take part in Pori"


def test_meta_description_comes_from_the_page(client, pages):
    page = pages["accessibility"]["sv"]
    page.search_description = "Hur tillgänglig tjänsten är och hur du ger respons."
    page.save_revision().publish()
    meta = soup(client.get(page.url)).find("meta", attrs={"name": "description"})
    assert meta["content"] == page.search_description
    assert meta["content"] != page.intro, "the search description wins over the introduction"


def test_a_page_without_its_own_description_has_the_sites_in_its_language(client, pages):
    page = pages["accessibility"]["sv"]
    page.search_description = page.intro = ""
    page.save_revision().publish()
    meta = soup(client.get(page.url)).find("meta", attrs={"name": "description"})
    assert meta["content"].startswith("Björneborgs stads verkstäder")
    not_found = soup(client.get("/en/no-such-page/")).find("meta", attrs={"name": "description"})
    assert not_found["content"].startswith("Workshops, dialogues, surveys")


def _queries(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


@pytest.mark.parametrize("key", ["home", "about"])
def test_query_count_does_not_grow_with_content(client, pages, key):
    url = pages[key]["sv"].url
    _queries(client, url)  # warm the site root path cache
    before = _queries(client, url)
    for number in range(8):
        pages["home"]["sv"].add_child(
            instance=StandardPage(title=f"Sida {number}", slug=f"sida-{number}", show_in_menus=True)
        )
    _queries(client, url)
    after = _queries(client, url)
    assert before == after
    assert after <= 25


def test_templates_have_no_inline_scripts_styles_or_handlers(client, pages):
    """A strict Content-Security-Policy (no 'unsafe-inline') must be possible."""
    for key in pages:
        for language in LANGUAGES:
            response = client.get(pages[key][language].url)
            html, page = response.content.decode(), soup(response)
            assert not page.find("style"), key
            assert not page.find(style=True), key
            # Scripts come from files; JSON-LD data blocks are not executed.
            assert all(
                script.get("src") or script.get("type") == "application/ld+json"
                for script in page.find_all("script")
            ), key
            assert not re.search(r"\son[a-z]+\s*=", html), key
