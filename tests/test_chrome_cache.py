"""The site chrome (home pages, menu, footer links) comes from the shared cache after the first visit,
and a publish, a move or a change of the footer settings shows on the very next page view."""

import pytest
from wagtail.models import Site

from core.models import FooterSettings, StandardPage
from tests.html import soup
from tests.queries import queries

pytestmark = pytest.mark.django_db


def menu(client, url):
    return [link.get_text(strip=True) for link in soup(client.get(url)).select(".main-menu a")]


def footer(client, url):
    return [link.get_text(strip=True) for link in soup(client.get(url)).select(".site-footer nav a")]


def test_a_second_view_takes_the_chrome_from_the_shared_cache(client, pages):
    url = pages["about"]["sv"].url
    first, second = queries(client, url), queries(client, url)
    assert second <= first - 3, (first, second)


def test_a_newly_published_menu_page_shows_in_the_menu_at_once(client, pages):
    home = pages["home"]["fi"]
    assert "Uutiset" not in menu(client, home.url)  # the menu is now in the cache
    news = StandardPage(title="Uutiset", slug="uutiset", show_in_menus=True)
    home.add_child(instance=news)
    news.save_revision().publish()
    assert "Uutiset" in menu(client, home.url)
    news.unpublish()
    assert "Uutiset" not in menu(client, home.url)


def test_a_change_of_the_footer_settings_shows_at_once(client, pages):
    url = pages["about"]["fi"].url
    assert "Tietosuojaseloste" in " ".join(footer(client, url))
    settings = FooterSettings.for_site(Site.objects.get(is_default_site=True))
    settings.privacy_notice = None
    settings.save()
    assert "Tietosuojaseloste" not in " ".join(footer(client, url))
