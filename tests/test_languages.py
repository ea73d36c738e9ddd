"""URL scheme, <html lang>, the language switcher, hreflang alternates and error pages per language."""

import pytest
from django.test import RequestFactory
from django.utils import translation
from django.views.defaults import server_error
from wagtail.models import Locale, Site

from core.models import StandardPage
from tests.html import soup

pytestmark = pytest.mark.django_db


def test_root_redirects_to_finnish_by_default(client, demo_site):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/fi/"
    assert "Accept-Language" in response["Vary"]


@pytest.mark.parametrize("language", ["sv", "en"])
def test_root_redirects_to_the_browsers_language(client, demo_site, language):
    response = client.get("/", headers={"accept-language": f"{language},fi;q=0.5"})
    assert response["Location"] == f"/{language}/"


@pytest.mark.parametrize(
    ("path", "language", "heading"),
    [
        ("/fi/", "fi", "Osallistu Pori"),
        ("/sv/", "sv", "Delta i Björneborg"),
        ("/en/", "en", "Take part in Pori"),
    ],
)
def test_each_home_page_is_served_in_its_language(client, demo_site, path, language, heading):
    response = client.get(path)
    assert response.status_code == 200
    page = soup(response)
    assert page.html["lang"] == language
    assert page.h1.get_text() == heading


def test_switcher_links_to_the_translations_of_the_current_page(client, pages):
    page = soup(client.get(pages["about"]["sv"].url))
    switcher = page.find("nav", class_="language-switcher")
    links = {a["lang"]: a for a in switcher.find_all("a")}
    assert links["fi"]["href"] == "/fi/tietoa-palvelusta/"
    assert links["en"]["href"] == "/en/about-this-service/"
    assert links["sv"]["aria-current"] == "true"
    assert [a.get_text() for a in switcher.find_all("a")] == ["Suomi", "Svenska", "English"]


def test_switcher_leads_to_a_notice_where_there_is_no_translation(client, pages):
    only_finnish = StandardPage(title="Vain suomeksi", slug="vain-suomeksi")
    pages["home"]["fi"].add_child(instance=only_finnish)
    page = soup(client.get("/fi/vain-suomeksi/"))
    links = {a["lang"]: a["href"] for a in page.find("nav", class_="language-switcher").find_all("a")}
    notice = only_finnish.pk
    assert links == {
        "fi": "/fi/vain-suomeksi/",
        "sv": f"/sv/inte-oversatt/{notice}/",
        "en": f"/en/not-translated/{notice}/",
    }
    alternates = {link["hreflang"]: link["href"] for link in _language_alternates(page)}
    root = _site_root()
    assert alternates == {"fi": f"{root}/fi/vain-suomeksi/", "x-default": f"{root}/fi/vain-suomeksi/"}


def test_alternates_list_every_translation_and_x_default(client, pages):
    page = soup(client.get(pages["privacy"]["en"].url))
    alternates = {link["hreflang"]: link["href"] for link in _language_alternates(page)}
    root = _site_root()
    assert alternates == {
        "fi": f"{root}/fi/tietosuojaseloste/",
        "sv": f"{root}/sv/dataskyddsbeskrivning/",
        "en": f"{root}/en/privacy-notice/",
        "x-default": f"{root}/fi/tietosuojaseloste/",
    }


def test_a_draft_translation_is_not_offered(client, pages):
    pages["about"]["en"].unpublish()
    page = soup(client.get(pages["about"]["fi"].url))
    links = {a["lang"]: a["href"] for a in page.find("nav", class_="language-switcher").find_all("a")}
    assert links["en"] == f"/en/not-translated/{pages['about']['fi'].pk}/"
    assert "en" not in {link["hreflang"] for link in _language_alternates(page)}


def test_search_page_switcher_keeps_the_query_and_uses_translated_paths(client, demo_site):
    page = soup(client.get("/fi/haku/", {"q": "osallisuus"}))
    links = {a["lang"]: a["href"] for a in page.find("nav", class_="language-switcher").find_all("a")}
    assert links == {
        "fi": "/fi/haku/?q=osallisuus",
        "sv": "/sv/sok/?q=osallisuus",
        "en": "/en/search/?q=osallisuus",
    }


@pytest.mark.parametrize(
    ("path", "language", "message"),
    [
        ("/fi/ei-ole/", "fi", "Sivua ei löytynyt"),
        ("/sv/finns-inte/", "sv", "Sidan hittades inte"),
        ("/en/no-such-page/", "en", "Page not found"),
    ],
)
def test_not_found_page_speaks_the_language_of_the_url(client, demo_site, path, language, message):
    response = client.get(path)
    assert response.status_code == 404
    page = soup(response)
    assert page.html["lang"] == language
    assert page.h1.get_text() == message
    assert page.find("a", class_="site-name")["href"] == f"/{language}/"


@pytest.mark.parametrize(
    ("language", "message"),
    [("fi", "Jokin meni vikaan"), ("sv", "Något gick fel"), ("en", "Something went wrong")],
)
def test_server_error_page_is_translated_and_needs_no_database(language, message, django_assert_num_queries):
    request = RequestFactory().get(f"/{language}/")
    with translation.override(language), django_assert_num_queries(0):
        response = server_error(request)
    page = soup(response)
    assert response.status_code == 500
    assert page.html["lang"] == language
    assert page.h1.get_text() == message


def test_every_configured_language_has_a_wagtail_locale(demo_site):
    assert sorted(Locale.objects.values_list("language_code", flat=True)) == ["en", "fi", "sv"]


def _site_root():
    """Alternates are absolute addresses on the site's configured host."""
    return Site.objects.get(is_default_site=True).root_url


def _language_alternates(page):
    """The page's language versions (the feeds are alternates too, without hreflang)."""
    return page.find_all("link", rel="alternate", hreflang=True)


def test_english_dates_are_written_the_european_way():
    import datetime

    from django.utils import translation
    from django.utils.formats import date_format

    moment = datetime.datetime(2027, 1, 4, 16, 0)
    with translation.override("en"):
        assert date_format(moment, "DATETIME_FORMAT") == "4 January 2027, 16:00"
        assert date_format(moment.date()) == "4 January 2027"
