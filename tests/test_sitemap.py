"""/sitemap.xml lists every live page of all three languages with hreflang alternates; robots.txt."""

import pytest
from defusedxml import ElementTree as ET
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction, Site

from core.models import StandardPage
from tests.factories import misc

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


@pytest.fixture
def origin(demo_site):
    """The default site's root URL, which the sitemap's absolute addresses start with."""
    return Site.objects.get(is_default_site=True).root_url


def _sitemap(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return {
        url.find("s:loc", NS).text: {
            link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NS)
        }
        for url in root.findall("s:url", NS)
    }


def _live_public_pages():
    return Page.objects.live().public().filter(depth__gt=1).count()


def test_sitemap_lists_the_pages_of_all_three_languages(client, origin):
    workshop = misc.workshop("Sivukartan työpaja")
    urls = _sitemap(client)
    assert len(urls) == _live_public_pages()
    for language in ("fi", "sv", "en"):
        assert f"{origin}/{language}/" in urls
    assert f"{origin}/sv/tillganglighetsutlatande/" in urls
    assert {page.get_full_url() for page in workshop.values()} <= set(urls)


def test_each_url_names_its_translations(client, origin):
    urls = _sitemap(client)
    assert urls[f"{origin}/en/privacy-notice/"] == {
        "fi": f"{origin}/fi/tietosuojaseloste/",
        "sv": f"{origin}/sv/dataskyddsbeskrivning/",
        "en": f"{origin}/en/privacy-notice/",
    }


def test_drafts_and_private_pages_are_left_out(client, pages, origin):
    draft = StandardPage(title="Luonnos", slug="luonnos", live=False)
    pages["home"]["fi"].add_child(instance=draft)
    private = StandardPage(title="Sisäinen", slug="sisainen")
    pages["home"]["fi"].add_child(instance=private)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    urls = _sitemap(client)
    assert f"{origin}/fi/luonnos/" not in urls
    assert f"{origin}/fi/sisainen/" not in urls
    assert len(urls) == _live_public_pages()


def test_an_untranslated_page_has_no_alternates(client, pages, origin):
    pages["home"]["fi"].add_child(instance=StandardPage(title="Vain suomeksi", slug="vain-suomeksi"))
    assert _sitemap(client)[f"{origin}/fi/vain-suomeksi/"] == {}


def test_sitemap_queries_do_not_grow_with_pages(client, pages):
    def count():
        with CaptureQueriesContext(connection) as context:
            client.get("/sitemap.xml")
        return len(context.captured_queries)

    count()
    before = count()
    for number in range(10):
        pages["home"]["en"].add_child(instance=StandardPage(title=f"Page {number}", slug=f"page-{number}"))
    count()
    assert count() == before


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_admin_and_search(client, demo_site):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Disallow: /admin/" in lines
    assert {"Disallow: /fi/haku/", "Disallow: /sv/sok/", "Disallow: /en/search/"} <= set(lines)
    assert "Sitemap: http://testserver/sitemap.xml" in lines
