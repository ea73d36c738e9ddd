"""The privacy notice and the accessibility statement say what the service really does.

Retention periods and cookies are rendered from the settings that rule them;
the cookies the site sets are observed and compared with the notice's table;
every form that collects personal data links to the notice in its language.
"""

from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from defusedxml import ElementTree
from django.utils import translation
from django.utils.translation import gettext

from projects.models import OpportunityIndexPage
from tests.factories import make_round, translate_page
from tests.html import soup

pytestmark = pytest.mark.django_db

LANGUAGES = ["fi", "sv", "en"]
SITEMAP = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
# Retention settings set to values no default has, so the notice can only show them by reading them.
RETENTION = {
    "SIGNUP_RETENTION_DAYS": 31,
    "CALL_RESPONSE_RETENTION_DAYS": 93,
    "OUTBOX_RETENTION_DAYS": 11,
    "WELLBEING_NOT_FUNDED_RETENTION_DAYS": 97,
    "WELLBEING_FUNDED_RETENTION_DAYS": 2557,
    "SERVER_LOG_RETENTION_DAYS": 19,
}
# The row of the retention table (its English message id) that states each setting.
ROWS = {
    "SIGNUP_RETENTION_DAYS": "Name, email address, phone number and answers to the organiser's questions",
    "CALL_RESPONSE_RETENTION_DAYS": "Responses and any contact details given in them",
    "OUTBOX_RETENTION_DAYS": "Emails the service sends (confirmations, reminders, links, decisions)",
    "WELLBEING_NOT_FUNDED_RETENTION_DAYS": (
        "Contact details, a resident applicant's name, attachments and messages of an application "
        "that was not funded"
    ),
    "WELLBEING_FUNDED_RETENTION_DAYS": "The same details of a funded application",
    "SERVER_LOG_RETENTION_DAYS": (
        "Server access log: IP address, time, the address of the page without its query string"
    ),
}
COMPLIANCE = {"fi": "osittain vaatimusten mukainen", "sv": "delvis förenlig", "en": "partially compliant"}


def _retention_table(page):
    """{what: how long} from the notice's retention tables."""
    rows = page.select(".privacy-table tbody tr")
    return {row.find_all("td")[0].get_text(): row.find_all("td")[1].get_text() for row in rows}


def _cookie_names(page, table):
    return {code.get_text() for code in page.select(f'table[data-cookies="{table}"] .cookie-name')}


def _sitemap_paths(client):
    root = ElementTree.fromstring(client.get("/sitemap.xml").content)
    return [urlsplit(loc.text).path for loc in root.findall("s:url/s:loc", SITEMAP)]


def _crawl(client):
    """Every sitemap page's response, and every page they link to that holds a form sending data."""
    paths = _sitemap_paths(client)
    pages = {path: client.get(path) for path in paths}
    linked = set()
    for response in pages.values():
        for link in soup(response).select("main a[href^='/']"):
            href = link["href"]
            if "?" not in href and "#" not in href and href not in pages:
                linked.add(href)
    forms = {}
    for path in sorted(linked):
        response = client.get(path)
        html = response.status_code == 200 and response["Content-Type"].startswith("text/html")
        if html and soup(response).select("main form[method=post]"):
            forms[path] = response
    return pages, forms


@pytest.fixture
def applications_open(demo_site):
    """A wellbeing money round taking applications in every language, so its form is linked too."""
    index = OpportunityIndexPage.objects.get(locale__language_code="fi")
    page = make_round(index, "Hakukierros", phase="applications")
    for language in ("sv", "en"):
        translate_page(page, language)
    return page


# Privacy notice: retention ---------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_privacy_notice_states_each_retention_period_from_the_settings(client, pages, settings, language):
    for name, value in RETENTION.items():
        setattr(settings, name, value)
    settings.AXES_COOLOFF_TIME = timedelta(minutes=17)
    settings.SESSION_COOKIE_AGE = 25 * 60
    settings.SESSION_ABSOLUTE_AGE = 7 * 60 * 60
    table = _retention_table(soup(client.get(pages["privacy"][language].url)))
    with translation.override(language):
        for name, row in ROWS.items():
            assert str(RETENTION[name]) in table[gettext(row)], name
        assert "17" in table[gettext("Failed sign-ins: username, IP address and time")]
        sessions = table[gettext("Sessions of signed-in users")]
        assert "25" in sessions and "7" in sessions


def test_a_long_period_is_also_given_in_years(client, pages):
    table = _retention_table(soup(client.get(pages["privacy"]["en"].url)))
    assert "2190 days (about 6 years)" in table["The same details of a funded application"]


def test_the_privacy_notice_no_longer_says_a_cookie_remembers_the_language(client, pages):
    text = soup(client.get(pages["privacy"]["en"].url)).find("main").get_text(" ")
    assert "remembers the language" not in text
    assert "The language is part of the page address" in text


# Cookies ---------------------------------------------------------------------


def test_reading_any_page_of_the_sitemap_sets_no_cookie(client, demo_site):
    for path in _sitemap_paths(client):
        response = client.get(path)
        assert response.status_code == 200, path
        assert not response.cookies, f"{path} sets {sorted(response.cookies)}"


def test_every_form_sets_exactly_the_cookies_the_privacy_notice_lists(client, pages, applications_open):
    _pages, forms = _crawl(client)
    kinds = {path.split("/")[2] for path in forms}
    assert {"ilmoittautuminen", "hyvinvointiraha"} <= kinds, "sign-up, vote and application forms found"
    assert any(path.endswith(("/vastaa/", "/svara/", "/respond/")) for path in forms), "a call's form"
    for language in LANGUAGES:
        listed = _cookie_names(soup(client.get(pages["privacy"][language].url)), "public")
        for path, response in forms.items():
            assert set(response.cookies) == listed, path


def test_the_cookie_table_names_the_production_cookies_in_production(client, pages, settings):
    settings.CSRF_COOKIE_NAME = "__Host-csrftoken"
    settings.SESSION_COOKIE_NAME = "__Host-sessionid"
    page = soup(client.get(pages["privacy"]["fi"].url))
    assert _cookie_names(page, "public") == {"__Host-csrftoken"}
    assert {"__Host-sessionid", "__Host-csrftoken"} <= _cookie_names(page, "staff")


def test_the_cookie_table_gives_the_csrf_cookies_lifetime_from_the_settings(client, pages, settings):
    settings.CSRF_COOKIE_AGE = 30 * 24 * 60 * 60
    page = soup(client.get(pages["privacy"]["en"].url))
    row = page.select_one('table[data-cookies="public"] tbody tr')
    assert row.find_all("td")[2].get_text() == "30 days"


# Privacy notice: links from the forms ----------------------------------------


def test_every_form_links_to_the_privacy_notice_in_its_language(client, pages, applications_open):
    _pages, forms = _crawl(client)
    assert len(forms) >= 9, sorted(forms)
    for path, response in forms.items():
        language = path.split("/")[1]
        hrefs = {link["href"] for link in soup(response).select("main a[href]")}
        assert pages["privacy"][language].url in hrefs, path


# Accessibility statement -----------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_accessibility_statement_declares_partial_compliance_and_the_enforcement_contact(
    client, pages, language
):
    main = soup(client.get(pages["accessibility"][language].url)).find("main")
    text = " ".join(main.get_text(" ").split())
    assert COMPLIANCE[language] in text
    hrefs = {link["href"] for link in main.find_all("a")}
    assert {"mailto:saavutettavuus@traficom.fi", "https://www.saavutettavuusvaatimukset.fi"} <= hrefs
    assert "29 534 5000" in text, "the authority's switchboard"
    assert "mailto:osallistu@pori.fi" in hrefs, "the feedback channel"
    assert "2026" in text, "when the statement was prepared"


def test_the_accessibility_statement_says_editors_content_is_not_checked_automatically(client, pages):
    text = " ".join(soup(client.get(pages["accessibility"]["en"].url)).find("main").get_text(" ").split())
    assert "Every page is checked automatically before it is published" not in text
    assert "Content that editors publish is not checked automatically before it is published." in text
    assert "axe-core with the WCAG 2.0, 2.1 and 2.2 level A and AA rules" in text
