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

from projects.models import OpportunityPage
from tests.factories.content import forms_in_every_language, privacy_notice_tables
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
def privacy_notice(pages):
    """The privacy notice in every language, its body holding the retention and cookie tables."""
    privacy_notice_tables(pages)
    return pages["privacy"]


@pytest.fixture
def every_form(privacy_notice, pages):
    """One of each form a resident can send (sign-up, vote, application, a council's call), in every
    language, linked from pages in the sitemap: {language: {kind: path of the form}}."""
    return forms_in_every_language(pages)


# Privacy notice: retention ---------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_privacy_notice_states_each_retention_period_from_the_settings(
    client, privacy_notice, settings, language
):
    for name, value in RETENTION.items():
        setattr(settings, name, value)
    settings.AXES_COOLOFF_TIME = timedelta(minutes=17)
    settings.SESSION_COOKIE_AGE = 25 * 60
    settings.SESSION_ABSOLUTE_AGE = 7 * 60 * 60
    table = _retention_table(soup(client.get(privacy_notice[language].url)))
    with translation.override(language):
        for name, row in ROWS.items():
            assert str(RETENTION[name]) in table[gettext(row)], name
        assert "17" in table[gettext("Failed sign-ins: username, IP address and time")]
        sessions = table[gettext("Sessions of signed-in users")]
        assert "25" in sessions and "7" in sessions


def test_a_long_period_is_also_given_in_years(client, privacy_notice, settings):
    settings.WELLBEING_FUNDED_RETENTION_DAYS = 2190
    table = _retention_table(soup(client.get(privacy_notice["en"].url)))
    assert "2190 days (about 6 years)" in table["The same details of a funded application"]


# Cookies ---------------------------------------------------------------------


def test_reading_any_page_of_the_sitemap_sets_no_cookie(client, every_form):
    paths = _sitemap_paths(client)
    holding_forms = {page.url for page in OpportunityPage.objects.live()}  # workshop, rounds, call
    assert len(holding_forms) == 12 and holding_forms <= set(paths)
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, path
        assert not response.cookies, f"{path} sets {sorted(response.cookies)}"


def test_every_form_sets_exactly_the_cookies_the_privacy_notice_lists(client, privacy_notice, every_form):
    _pages, forms = _crawl(client)
    assert set(forms) == _paths(every_form), "the crawl finds each form in each language"
    for language in LANGUAGES:
        listed = _cookie_names(soup(client.get(privacy_notice[language].url)), "public")
        assert listed
        for path, response in forms.items():
            assert set(response.cookies) == listed, path


def test_the_cookie_table_names_the_production_cookies_in_production(client, privacy_notice, settings):
    settings.CSRF_COOKIE_NAME = "__Host-csrftoken"
    settings.SESSION_COOKIE_NAME = "__Host-sessionid"
    page = soup(client.get(privacy_notice["fi"].url))
    assert _cookie_names(page, "public") == {"__Host-csrftoken"}
    assert {"__Host-sessionid", "__Host-csrftoken"} <= _cookie_names(page, "staff")


def test_the_cookie_table_gives_the_csrf_cookies_lifetime_from_the_settings(client, privacy_notice, settings):
    settings.CSRF_COOKIE_AGE = 30 * 24 * 60 * 60
    page = soup(client.get(privacy_notice["en"].url))
    row = page.select_one('table[data-cookies="public"] tbody tr')
    assert row.find_all("td")[2].get_text() == "30 days"


# Privacy notice: links from the forms ----------------------------------------


def test_every_form_links_to_the_privacy_notice_in_its_language(client, privacy_notice, every_form):
    _pages, forms = _crawl(client)
    assert set(forms) == _paths(every_form)
    for language, kinds in every_form.items():
        for path in kinds.values():
            hrefs = {link["href"] for link in soup(forms[path]).select("main a[href]")}
            assert privacy_notice[language].url in hrefs, path


def _paths(forms):
    return {path for kinds in forms.values() for path in kinds.values()}
