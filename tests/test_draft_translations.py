"""A translation started in wagtail-localize is a draft: no visitor meets it until it is published.

The Finnish workshop below has Swedish and English translations made the way
the Translate button makes them (TranslationSource + Translation.save_target).
Until someone publishes them, the Swedish catalogue, search, feeds, API,
sitemap and hreflang know only the Finnish page, and the language switcher
leads Swedish visitors to a notice in Swedish.
"""

import pytest
from defusedxml import ElementTree
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from projects.models import OpportunityIndexPage
from tests.factories import make_opportunity
from tests.html import soup

pytestmark = pytest.mark.django_db

TITLE = "Luonnoskäännöksen työpaja"
ATOM = {"a": "http://www.w3.org/2005/Atom"}
SITEMAP = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


@pytest.fixture
def workshop(pages):
    """A published Finnish workshop whose Swedish and English translations are started, not published."""
    catalogue = OpportunityIndexPage.objects.get(locale__language_code="fi")
    page = make_opportunity(catalogue, TITLE, sessions=[(6, 6)])
    source, _created = TranslationSource.get_or_create_from_instance(page)
    drafts = {}
    for language in ("sv", "en"):
        locale = Locale.objects.get(language_code=language)
        started = Translation.objects.create(source=source, target_locale=locale)
        started.save_target(publish=False)
        drafts[language] = started.get_target_instance()
    return {"fi": page, **drafts}


def _publish(page):
    page.save_revision().publish()


def _feed_titles(client, language):
    with translation.override(language):
        response = client.get(reverse("feeds:opportunities"))
    feed = ElementTree.fromstring(response.content)
    return {entry.find("a:title", ATOM).text for entry in feed.findall("a:entry", ATOM)}


def _catalogue_titles(client, pages, language):
    page = soup(client.get(pages["opportunities"][language].url))
    return {heading.get_text(strip=True) for heading in page.select("main h2, main h3")}


def _search_titles(client, language):
    with translation.override(language):
        response = client.get(reverse("search"), {"q": "Luonnoskäännöksen"})
    return {link.get_text(strip=True) for link in soup(response).select("main li a")}


def _api_ids(client, language):
    response = client.get("/api/v2/pages/", {"type": "projects.OpportunityPage", "locale": language})
    return {item["id"] for item in response.json()["items"]}


def _sitemap(client):
    root = ElementTree.fromstring(client.get("/sitemap.xml").content)
    return {
        url.find("s:loc", SITEMAP).text: {link.get("hreflang") for link in url.findall("xhtml:link", SITEMAP)}
        for url in root.findall("s:url", SITEMAP)
    }


def test_a_started_translation_is_a_draft_with_the_finnish_text(workshop):
    for language in ("sv", "en"):
        draft = workshop[language]
        assert (draft.live, draft.locale.language_code, draft.title) == (False, language, TITLE)


def test_the_draft_is_not_served_at_its_own_address(client, workshop):
    assert client.get(workshop["sv"].url).status_code == 404


def test_catalogue_search_feed_and_api_list_the_page_only_in_finnish(client, pages, workshop):
    assert TITLE in _catalogue_titles(client, pages, "fi")
    assert TITLE in _search_titles(client, "fi")
    assert TITLE in _feed_titles(client, "fi")
    assert workshop["fi"].pk in _api_ids(client, "fi")
    for language in ("sv", "en"):
        assert TITLE not in _catalogue_titles(client, pages, language)
        assert TITLE not in _search_titles(client, language)
        assert TITLE not in _feed_titles(client, language)
        assert workshop[language].pk not in _api_ids(client, language)


def test_sitemap_and_hreflang_name_only_the_finnish_page(client, workshop):
    entries = _sitemap(client)
    finnish = workshop["fi"].get_full_url()
    assert finnish in entries
    assert entries[finnish] == set()  # no alternates: it is the only language
    assert not any(workshop[language].url in url for url in entries for language in ("sv", "en"))
    alternates = soup(client.get(workshop["fi"].url)).select("link[rel=alternate][hreflang]")
    assert {link["hreflang"] for link in alternates} == {"fi", "x-default"}


def test_once_published_the_translation_is_listed_everywhere(client, pages, workshop):
    """The same checks see the Swedish page once it is live, so they can tell."""
    swedish = workshop["sv"]
    swedish.title = "Verkstad för utkastöversättning"
    _publish(swedish)
    assert swedish.title in _catalogue_titles(client, pages, "sv")
    assert swedish.title in _feed_titles(client, "sv")
    assert swedish.pk in _api_ids(client, "sv")
    assert _sitemap(client)[workshop["fi"].get_full_url()] == {"fi", "sv"}
    switcher = soup(client.get(workshop["fi"].url)).find("nav", class_="language-switcher")
    assert switcher.find("a", lang="sv")["href"] == swedish.url


def test_the_switcher_leads_to_a_notice_in_the_missing_language(client, workshop):
    switcher = soup(client.get(workshop["fi"].url)).find("nav", class_="language-switcher")
    links = {link["lang"]: link["href"] for link in switcher.find_all("a")}
    assert links["fi"] == workshop["fi"].url
    assert links["sv"] == f"/sv/inte-oversatt/{workshop['fi'].pk}/"
    assert links["en"] == f"/en/not-translated/{workshop['fi'].pk}/"


@pytest.mark.parametrize(
    ("language", "heading"),
    [("sv", "Inte tillgänglig på svenska"), ("en", "Not available in English")],
)
def test_the_notice_speaks_the_visitors_language_and_links_to_the_finnish_page(
    client, workshop, language, heading
):
    with translation.override(language):
        url = reverse("not_translated", args=[workshop["fi"].pk])
    response = client.get(url)
    assert response.status_code == 200
    page = soup(response)
    assert page.html["lang"] == language
    assert page.h1.get_text(strip=True) == heading
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    offered = page.find("ul", attrs={"aria-labelledby": "available-languages"}).find_all("li")
    assert [(item["lang"], item.a["href"], item.a.get_text()) for item in offered] == [
        ("fi", workshop["fi"].url, TITLE)
    ]
    assert TITLE not in page.find("nav", class_="language-switcher").get_text()


def test_the_notice_sends_to_the_translation_once_it_is_live(client, workshop):
    _publish(workshop["sv"])
    with translation.override("sv"):
        response = client.get(reverse("not_translated", args=[workshop["fi"].pk]))
    assert (response.status_code, response["Location"]) == (302, workshop["sv"].url)


def test_the_notice_does_not_reveal_drafts_or_unknown_pages(client, workshop):
    with translation.override("fi"):
        for page_id in (workshop["sv"].pk, 999999):
            assert client.get(reverse("not_translated", args=[page_id])).status_code == 404
