"""Malformed input at every public URL: never a server error, never a payload echoed unescaped.

The URLs come from the sitemap (every page in fi, sv and en, one of each kind
built here), the API, the feeds and calendars, search and the catalogue's
filters. Each gets the classes of malformed values in tests/fuzz/helpers.py as
query parameters (and posts to each kind of page), plus values that Hypothesis
makes up (derandomised, so every run sends the same). The public forms are
fuzzed in tests/fuzz/test_forms.py. A failure names the URL, the parameters
and the exception.
"""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from wagtail.models import Page, get_page_models

from projects.models import OpportunityIndexPage, OutcomeIndexPage
from tests.factories import (
    AudienceFactory,
    CityAreaFactory,
    TopicFactory,
    make_opportunity,
    make_outcome,
    misc,
    open_session,
)
from tests.fuzz.helpers import (
    LANGUAGES,
    MARKUP,
    PAGE_PARAMETERS,
    PAYLOADS,
    SHARP,
    VALUES,
    fuzz_settings,
    reverse_in,
)

pytestmark = pytest.mark.django_db

CATALOGUE_FILTERS = ("q", "topic", "area", "audience", "method", "kind", "status", "page")
API_LISTING = "/api/v2/pages/"
API_PARAMETERS = (
    "offset", "limit", "type", "child_of", "descendant_of", "ancestor_of", "translation_of", "locale",
    "site", "search", "search_operator", "fields", "order", "id", "slug", "title", "first_published_at",
    "show_in_menus",
)  # fmt: skip
API_TYPED_FILTERS = {
    "projects.OpportunityPage": ("opens_at", "closes_at", "method", "topics"),
    "projects.OutcomePage": ("participants", "opportunities", "status"),
}
MALFORMED_PATHS = (
    "/fi/%3Cscript%3Efuzz123%3C/script%3E/",
    "/fi/%00/",
    "/fi/%FF%FE/",
    "/fi/" + "x" * 5000 + "/",
    "/fi/ilmoittautuminen/not-a-uuid/",
    "/fi/ilmoittautuminen/00000000-0000-0000-0000-000000000000/",
    "/fi/kalenteri/00000000-0000-0000-0000-000000000000.ics",
    "/api/v2/pages/99999999999999999999/",
    "/api/v2/pages/abc/",
    "/documents/99999999999999999999/x.pdf",
)
# Request headers that views and middleware read: language, client address, referrer, cookies.
ODD_HEADERS = {
    "Accept-Language": ("xx-ZZ;q=abc", "*;q=NaN", "fi;q=1e309", "fi-" + "x" * 5000, "fi\x00", MARKUP),
    "X-Forwarded-For": ("not-an-address", "999.999.999.999", "::::::", "1.2.3.4, " * 1000, MARKUP),
    "Referer": ("http://[broken", "javascript:alert(1)", MARKUP),
    "Cookie": ("sessionid=" + "x" * 5000, "csrftoken=\x00; sessionid=\xff", "django_language=" + MARKUP),
    "Host": ("evil.example", "testserver:99999999999999999999"),
}


@pytest.fixture
def content(pages):
    """Enough to filter and page through: 13 workshops on one topic, area and audience and 13
    outcomes, in Finnish; and one page of each kind in every language. Returns the latter."""
    terms = {"topics": [TopicFactory()], "areas": [CityAreaFactory()], "audiences": [AudienceFactory()]}
    workshops = [
        make_opportunity(pages["opportunities"]["fi"], f"Pori työpaja {n}", sessions=[(n, n)], **terms)
        for n in range(1, 14)
    ]
    for number, workshop in enumerate(workshops):
        make_outcome(pages["outcomes"]["fi"], f"Pori tulos {number}", [workshop])
    return misc.every_kind_of_page(pages)


def _sitemap_paths(fuzzer):
    from defusedxml import ElementTree

    response = fuzzer.get("/sitemap.xml")
    assert response.status_code == 200
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locations = ElementTree.fromstring(response.content).findall("s:url/s:loc", namespace)
    return ["/" + location.text.split("/", 3)[3] for location in locations]


def test_every_page_in_the_sitemap_survives_malformed_query_parameters_and_posts(fuzzer, content):
    paths = _sitemap_paths(fuzzer)
    assert {path.split("/")[1] for path in paths} == set(LANGUAGES)
    assert {page.url for versions in content.values() for page in versions.values()} <= set(paths)
    labels = list(PAYLOADS)
    for number, path in enumerate(paths):
        # One class in every parameter, a different one on each page: together they get every class.
        fuzzer.get(path, [(name, PAYLOADS[labels[number % len(labels)]]) for name in PAGE_PARAMETERS])
    posted = set()
    for page in Page.objects.live().public().specific().order_by("path"):
        if type(page) not in posted and page.depth > 1:
            posted.add(type(page))
            fuzzer.post(
                page.url, [(name, PAYLOADS[labels[len(posted) % len(labels)]]) for name in PAGE_PARAMETERS]
            )
    assert posted == {model for model in get_page_models() if model is not Page}, "one of each kind"
    for path in (*MALFORMED_PATHS, "/", "/robots.txt", "/.well-known/security.txt", "/healthz", "/readyz"):
        fuzzer.get(path, [("q", MARKUP)])
    fuzzer.assert_clean()


def test_catalogue_filters_and_paging_survive_malformed_values(fuzzer, content):
    catalogue = {
        language: OpportunityIndexPage.objects.get(locale__language_code=language).url
        for language in LANGUAGES
    }
    fuzzer.sweep(catalogue["fi"], CATALOGUE_FILTERS)
    # Alone, so that the other filters are valid and the form applies this one.
    fuzzer.matrix(catalogue["fi"], CATALOGUE_FILTERS, classes=SHARP)
    for language in ("sv", "en"):
        fuzzer.sweep(catalogue[language], CATALOGUE_FILTERS, classes=SHARP)
    outcomes = OutcomeIndexPage.objects.get(locale__language_code="fi").url
    fuzzer.matrix(outcomes, ["page"])

    @fuzz_settings(25)
    @given(st.dictionaries(st.sampled_from(CATALOGUE_FILTERS), VALUES, min_size=1))
    def made_up_filters(params):
        fuzzer.get(catalogue["fi"], params.items())

    made_up_filters()
    fuzzer.assert_clean()


def test_search_survives_malformed_queries_and_page_numbers(fuzzer, content):
    fi = reverse_in("fi", "search")
    fuzzer.matrix(fi, ("q", "page"), base=[("q", "Pori"), ("page", "1")])
    for language in ("sv", "en"):
        fuzzer.sweep(reverse_in(language, "search"), ("q", "page"), classes=SHARP)

    @fuzz_settings(25)
    @given(VALUES, VALUES)
    def made_up_searches(query, page):
        fuzzer.get(fi, [("q", query), ("page", page)])

    made_up_searches()
    fuzzer.assert_clean()


def test_the_api_answers_malformed_parameters_with_a_4xx(fuzzer, content):
    fuzzer.matrix(API_LISTING, API_PARAMETERS)
    for page_type, names in API_TYPED_FILTERS.items():
        fuzzer.matrix(API_LISTING, names, base=[("type", page_type)], classes=(*SHARP, "invalid-date"))
    page = OpportunityIndexPage.objects.get(locale__language_code="fi")
    fuzzer.sweep(f"/api/v2/pages/{page.pk}/", ("fields", "type", "locale"), classes=SHARP)
    fuzzer.matrix("/api/v2/pages/find/", ("id", "html_path"), classes=SHARP)
    fuzzer.get(API_LISTING, [("order", MARKUP)], Accept="text/html")  # the browsable API

    names = API_PARAMETERS + API_TYPED_FILTERS["projects.OpportunityPage"]

    @fuzz_settings(40)
    @given(st.dictionaries(st.sampled_from(names), VALUES))
    def made_up_parameters(params):
        fuzzer.get(API_LISTING, [("type", "projects.OpportunityPage"), *params.items()])

    made_up_parameters()
    fuzzer.assert_clean()


def test_feeds_and_calendars_survive_malformed_query_parameters(fuzzer, content):
    session = content["workshop"]["fi"].sessions.get()
    paths = []
    for language in LANGUAGES:
        paths += [reverse_in(language, f"feeds:{name}") for name in ("opportunities", "calls", "outcomes")]
        paths += [
            reverse_in(language, "calendars:upcoming"),
            reverse_in(language, "calendars:opportunity", session.page.translation_key),
            reverse_in(language, "calendars:council", "youth"),
            reverse_in(language, "calendars:session", session.translation_key),
        ]
    labels = list(SHARP)
    for number, path in enumerate(paths):
        fuzzer.get(path, [(name, PAYLOADS[labels[number % len(labels)]]) for name in PAGE_PARAMETERS])
    fuzzer.assert_clean()


def test_odd_request_headers_are_never_a_server_error(fuzzer, demo_site):
    session = open_session(capacity=1000)
    catalogue = OpportunityIndexPage.objects.get(locale__language_code="fi").url
    paths = ["/", catalogue, reverse_in("fi", "search"), API_LISTING]
    form = reverse_in("fi", "signups:signup", session.translation_key)
    for header, values in ODD_HEADERS.items():
        for value in values:
            for path in paths:
                fuzzer.get(path, [("q", "Pori")], **{header: value})
            fuzzer.post(form, [("name", "Testi")], **{header: value})
    fuzzer.assert_clean()
