"""Every page in the sitemap, in all three languages, passes axe-core and the Nu Html Checker.

The harness reads /sitemap.xml from a live server, so each page type that
later work adds is checked automatically. Search and "not found" pages are
not in the sitemap and are added by hand.
"""

import urllib.request

import pytest
from defusedxml import ElementTree
from django.core.cache import cache
from wagtail.models import Site

from core.demo import loader

from . import quality

pytestmark = pytest.mark.browser

SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
EXTRA_PATHS = [
    "/fi/haku/",
    "/fi/haku/?q=osallisuus",
    "/sv/sok/?q=delaktighet",
    "/en/search/?q=nothing-matches-this",
    "/fi/ei-ole-olemassa/",
    "/sv/finns-inte/",
    "/en/does-not-exist/",
]


@pytest.fixture(scope="module")
def reports(django_db_setup, django_db_blocker, live_server, tmp_path_factory):
    """Serve the demo site, crawl its sitemap in Chromium and validate the HTML, once for all tests."""
    if missing := quality.missing_tools():
        pytest.fail(f"The browser harness needs: {', '.join(missing)} (see README, 'make test').")
    host, port = live_server.url.removeprefix("http://").split(":")
    # Module scope: the database stays unblocked for the live server while the pages are read.
    # pytest-django flushes it after these live-server tests, which it runs after all the others.
    with django_db_blocker.unblock():
        loader.load(log=lambda *args: None)
        Site.objects.filter(is_default_site=True).update(hostname=host, port=int(port))
        cache.clear()
        with urllib.request.urlopen(f"{live_server.url}/sitemap.xml") as response:
            sitemap = ElementTree.fromstring(response.read())
        urls = [loc.text for loc in sitemap.findall("s:url/s:loc", SITEMAP_NS)]
        urls += [live_server.url + path for path in EXTRA_PATHS]
        found = quality.inspect_pages(urls, origin=live_server.url)
    quality.validate_html(found, tmp_path_factory.mktemp("html"))
    return {report.url: report for report in found}


def test_sitemap_covers_every_language(reports, live_server):
    for language in ("fi", "sv", "en"):
        assert sum(url.startswith(f"{live_server.url}/{language}/") for url in reports) >= 4


def test_pages_answer_as_expected(reports):
    for url, report in reports.items():
        expected = 404 if ("ei-ole" in url or "finns-inte" in url or "does-not-exist" in url) else 200
        assert report.status == expected, url


def test_no_accessibility_violations(reports, subtests):
    for url, report in reports.items():
        with subtests.test(url=url):
            assert report.axe_violations == []


def test_no_html_errors(reports, subtests):
    for url, report in reports.items():
        with subtests.test(url=url):
            assert report.html_errors == []


def test_no_requests_to_other_origins(reports, subtests):
    for url, report in reports.items():
        with subtests.test(url=url):
            assert report.foreign_requests == []


def test_pages_reflow_at_320_css_pixels(reports, subtests):
    for url, report in reports.items():
        with subtests.test(url=url):
            assert report.overflow_at_320px <= 0


def test_first_tab_reaches_a_visible_skip_link(reports, subtests):
    for url, report in reports.items():
        with subtests.test(url=url):
            assert report.skip_link_focused
