"""Malformed input at every public URL: never a server error, never a payload echoed unescaped.

The URLs come from the sitemap (every page in fi, sv and en), the API, the
feeds and calendars, search, the catalogue's filters and the public forms
(sign-up, council call response, theme vote, application) with the pages
behind their emailed links. Each gets the classes of malformed values in
tests/fuzzing.py as query parameters and, for forms, as posted fields (in
full in Finnish, the sharpest ones in Swedish and English), plus values that
Hypothesis makes up (derandomised, so every run sends the same). A failure
names the URL, the parameters and the exception.
"""

from decimal import Decimal

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import translation
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from wagtail.models import Page

from core.secret_links import hash_token
from councils.models import CallQuestion, CouncilCallPage
from projects.models import OpportunityIndexPage, OpportunitySession, OutcomeIndexPage, SignupQuestion
from signups import services
from signups.forms import QUESTION_PREFIX
from tests.factories import make_round, open_demo_session, translate_page
from tests.fuzzing import MARKUP, PAYLOADS, SHARP, Fuzzer, form_fields
from tests.html import soup
from wellbeing import voting
from wellbeing.models import Application

pytestmark = pytest.mark.django_db

LANGUAGES = ("fi", "sv", "en")
# Every query parameter a public view reads, and a few it might be expected to.
PAGE_PARAMETERS = ("page", "q", "topic", "area", "audience", "method", "kind", "status", "token", "saved")
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
# Bodies that are not what a form expects, and methods nobody should use on a page.
ODD_BODIES = (
    ("POST", b'{"name": "<script>fuzz123</script>"}', "application/json"),
    ("POST", b"--x\r\nbroken", "multipart/form-data"),
    (
        "POST",
        b'--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n\xff\r\n',
        "multipart/form-data; boundary=x",
    ),
    ("POST", b"&".join(b"f%d=1" % number for number in range(1200)), "application/x-www-form-urlencoded"),
    ("POST", b"\xff\xfe=\xff\xfe&%ZZ=%", "application/x-www-form-urlencoded; charset=nonsense"),
    ("PUT", b"name=x", "application/x-www-form-urlencoded"),
    ("PATCH", b"name=x", "application/x-www-form-urlencoded"),
    ("DELETE", b"", "application/octet-stream"),
    ("OPTIONS", b"", "application/octet-stream"),
    ("HEAD", b"", "application/octet-stream"),
)
# Request headers that views and middleware read: language, client address, referrer, cookies.
ODD_HEADERS = {
    "Accept-Language": ("xx-ZZ;q=abc", "*;q=NaN", "fi;q=1e309", "fi-" + "x" * 5000, "fi\x00", MARKUP),
    "X-Forwarded-For": ("not-an-address", "999.999.999.999", "::::::", "1.2.3.4, " * 1000, MARKUP),
    "Referer": ("http://[broken", "javascript:alert(1)", MARKUP),
    "Cookie": ("sessionid=" + "x" * 5000, "csrftoken=\x00; sessionid=\xff", "django_language=" + MARKUP),
    "Host": ("evil.example", "testserver:99999999999999999999"),
}
ODD_FILE_NAMES = (
    "<script>fuzz123</script>.pdf",
    '"><img src=x onerror=fuzz123>.pdf',
    "a" * 300 + ".pdf",
    "nul\x00.pdf",
    "../../../etc/passwd.pdf",
    "\u202efdp.exe",
    ".pdf",
    "CON.pdf",
)
# Anything a client could send as one value: text of any kind, numbers written every way, bytes.
VALUES = st.one_of(
    st.text(max_size=200),
    st.integers().map(str),
    st.floats().map(str),
    st.dates().map(str),
    st.binary(max_size=20),
)


def fuzz_settings(examples):
    """Bounded and repeatable: the same examples on every run, no example database on disk."""
    return hypothesis_settings(max_examples=examples, deadline=None, database=None, derandomize=True)


@pytest.fixture(autouse=True)
def _no_rate_limits():
    """Rate limits would answer most posts with a 429 and hide what the forms do with them."""
    unlimited = {name: "1000000/s" for name in dir(settings) if name.endswith("RATE_LIMIT")}
    unlimited |= {name: 1_000_000 for name in dir(settings) if name.startswith("EMAILS_PER_ADDRESS")}
    with override_settings(**unlimited):
        yield


@pytest.fixture
def fuzzer():
    return Fuzzer()


def _reverse(language, name, *args):
    with translation.override(language):
        return reverse(name, args=args)


def _sitemap_paths(fuzzer):
    from defusedxml import ElementTree

    response = fuzzer.get("/sitemap.xml")
    assert response.status_code == 200
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locations = ElementTree.fromstring(response.content).findall("s:url/s:loc", namespace)
    return ["/" + location.text.split("/", 3)[3] for location in locations]


def test_every_page_in_the_sitemap_survives_malformed_query_parameters_and_posts(fuzzer, demo_site):
    paths = _sitemap_paths(fuzzer)
    assert {path.split("/")[1] for path in paths} == set(LANGUAGES)
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
    for path in (*MALFORMED_PATHS, "/", "/robots.txt", "/.well-known/security.txt", "/healthz", "/readyz"):
        fuzzer.get(path, [("q", MARKUP)])
    fuzzer.assert_clean()


def test_catalogue_filters_and_paging_survive_malformed_values(fuzzer, demo_site):
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


def test_search_survives_malformed_queries_and_page_numbers(fuzzer, demo_site):
    fi = _reverse("fi", "search")
    fuzzer.matrix(fi, ("q", "page"), base=[("q", "Pori"), ("page", "1")])
    for language in ("sv", "en"):
        fuzzer.sweep(_reverse(language, "search"), ("q", "page"), classes=SHARP)

    @fuzz_settings(25)
    @given(VALUES, VALUES)
    def made_up_searches(query, page):
        fuzzer.get(fi, [("q", query), ("page", page)])

    made_up_searches()
    fuzzer.assert_clean()


def test_the_api_answers_malformed_parameters_with_a_4xx(fuzzer, demo_site):
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


def test_feeds_and_calendars_survive_malformed_query_parameters(fuzzer, demo_site):
    session = OpportunitySession.objects.filter(page__live=True, locale__language_code="fi").first()
    paths = []
    for language in LANGUAGES:
        paths += [_reverse(language, f"feeds:{name}") for name in ("opportunities", "calls", "outcomes")]
        paths += [
            _reverse(language, "calendars:upcoming"),
            _reverse(language, "calendars:opportunity", session.page.translation_key),
            _reverse(language, "calendars:council", "youth"),
            _reverse(language, "calendars:session", session.translation_key),
        ]
    labels = list(SHARP)
    for number, path in enumerate(paths):
        fuzzer.get(path, [(name, PAYLOADS[labels[number % len(labels)]]) for name in PAGE_PARAMETERS])
    fuzzer.assert_clean()


def test_odd_request_headers_are_never_a_server_error(fuzzer, session):
    catalogue = OpportunityIndexPage.objects.get(locale__language_code="fi").url
    paths = ["/", catalogue, _reverse("fi", "search"), API_LISTING]
    form = _reverse("fi", "signups:signup", session.translation_key)
    for header, values in ODD_HEADERS.items():
        for value in values:
            for path in paths:
                fuzzer.get(path, [("q", "Pori")], **{header: value})
            fuzzer.post(form, [("name", "Testi")], **{header: value})
    fuzzer.assert_clean()


# The public forms ------------------------------------------------------------------------------


def fuzz_form(fuzzer, paths, overrides=None, succeeds=(302,)):
    """Every class of malformed value in a form, after checking that its valid submission succeeds.

    ``paths`` is the form's address in each language. In Finnish every class
    goes into every field at once, then into every free-text field with the
    rest valid (so that an over-long or odd text reaches the database), then
    the sharpest classes into each other field (choices, email, hidden) alone,
    which is also left out in turn; Hypothesis fills random fields; the form is
    posted empty, with raw bytes in a multipart body, and as odd bodies and
    methods. In Swedish and English the sharp classes go into every field.
    """
    client = Client()
    valid, text = {}, {}
    for language, path in paths.items():
        response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)
        fields, text[language] = form_fields(response)
        valid[language] = {**fields, **(overrides or {})}
    fi, base, text_names = paths["fi"], valid["fi"], text["fi"]
    response = fuzzer.post(fi, base.items())
    errors = soup(response).select_one(".error-summary") if response.status_code == 200 else None
    assert response.status_code in succeeds, (
        fi,
        response.status_code,
        errors and errors.get_text(" ", strip=True),
    )

    names = [name for name in base if name != "csrfmiddlewaretoken"]
    fuzzer.sweep(fi, names, post=True)
    others = [(name, value) for name, value in base.items() if name not in text_names]
    for value in PAYLOADS.values():
        fuzzer.post(fi, others + [(name, value) for name in text_names])
    choices = [name for name in names if name not in text_names]
    fuzzer.matrix(
        fi, choices, post=True, base=base.items(), classes=("word", "long", "non-utf8", "nul", "markup")
    )
    fuzzer.post(fi, [])
    for name in choices:
        fuzzer.post(fi, [(n, v) for n, v in base.items() if n != name])
    fuzzer.post(
        fi,
        [(name, b"\xff\xfe\x00" if name in text_names else value) for name, value in base.items()],
        multipart=True,
    )

    @fuzz_settings(15)
    @given(st.dictionaries(st.sampled_from(names), VALUES, min_size=1))
    def made_up_fields(changed):
        fuzzer.post(fi, {**base, **changed}.items())

    made_up_fields()
    for method, body, content_type in ODD_BODIES:
        fuzzer.send_body(method, fi, body, content_type)
    for language in ("sv", "en"):
        fuzzer.sweep(
            paths[language],
            [n for n in valid[language] if n != "csrfmiddlewaretoken"],
            post=True,
            classes=SHARP,
        )


def ask_every_kind_of_question(model, page):
    """One form-builder question of each type on the page, all required but the checkbox and hidden.

    Returns valid answers to the date questions by their names (the form shows them as text inputs).
    """
    from wagtail.contrib.forms.models import FORM_FIELD_CHOICES

    for number, (field_type, _label) in enumerate(FORM_FIELD_CHOICES):
        model.objects.create(
            page=page,
            locale=page.locale,
            sort_order=number,
            label=f"Kysymys {field_type}",
            field_type=field_type,
            required=field_type not in ("checkbox", "hidden"),
            choices="yksi\nkaksi" if field_type in ("checkboxes", "dropdown", "multiselect", "radio") else "",
        )
    return {"kysymys_date": "2030-01-01", "kysymys_datetime": "2030-01-01 12:00"}


@pytest.fixture
def session(demo_site):
    """A future session taking sign-ups, with places, in all three languages."""
    session = open_demo_session(capacity=1000, waitlist_capacity=10, max_group_size=5, latest=True)
    session.answers = {
        QUESTION_PREFIX + name: answer
        for name, answer in ask_every_kind_of_question(SignupQuestion, session.page).items()
    }
    return session


def test_the_sign_up_form_and_cancel_link_survive_malformed_posts(fuzzer, session):
    paths = {
        language: _reverse(language, "signups:signup", session.translation_key) for language in LANGUAGES
    }
    fuzz_form(fuzzer, paths, session.answers)

    registration = services.register(
        session, name="Testi", email="peruttava@example.fi", language="fi"
    ).registration
    cancel = _reverse("fi", "signups:cancel")
    for token in ("", "0" * 64, registration.cancel_token):
        fuzzer.matrix(cancel, ["token"], base=[("token", token)], classes=SHARP)
        fuzzer.sweep(cancel, ["token", "erase"], post=True, base=[("token", token)], classes=SHARP)
    fuzzer.matrix(_reverse("fi", "signups:cancelled"), ["erased"], classes=SHARP)
    fuzzer.sweep(_reverse("fi", "signups:thanks", session.translation_key), PAGE_PARAMETERS, classes=SHARP)
    fuzzer.assert_clean()


def test_council_call_response_forms_survive_malformed_posts(fuzzer, demo_site):
    call = next(
        call
        for call in CouncilCallPage.objects.live().filter(locale__language_code="fi")
        if call.accepts_responses and call.form_fields.exists()
    )
    versions = {
        page.locale.language_code: page for page in call.get_translations(inclusive=True).live().specific()
    }
    assert set(versions) == set(LANGUAGES)
    answers = ask_every_kind_of_question(CallQuestion, call)
    fuzz_form(fuzzer, {language: page.respond_url() for language, page in versions.items()}, answers)
    fuzzer.assert_clean()


def _round(phase, title):
    page = make_round(OpportunityIndexPage.objects.get(locale__language_code="fi"), title, phase=phase)
    return {"fi": page, "sv": translate_page(page, "sv"), "en": translate_page(page, "en")}


def test_the_theme_vote_and_its_confirmation_link_survive_malformed_posts(fuzzer, demo_site):
    versions = _round("vote", "Fuzz-kierros")
    fuzz_form(
        fuzzer,
        {
            language: _reverse(language, "wellbeing:vote", page.translation_key)
            for language, page in versions.items()
        },
    )

    theme = versions["fi"].themes.first()
    vote = voting.cast(
        versions["fi"], email="aanestaja@example.fi", theme_keys=[theme.translation_key], language="fi"
    )
    fuzzer.sweep(
        _reverse("fi", "wellbeing:vote-sent", theme.page.translation_key), PAGE_PARAMETERS, classes=SHARP
    )
    confirm = _reverse("fi", "wellbeing:vote-confirm")
    for token in ("", "0" * 64, vote.confirm_token):
        fuzzer.matrix(confirm, ["token"], base=[("token", token)], classes=SHARP)
        fuzzer.sweep(confirm, ["token"], post=True, base=[("token", token)], classes=SHARP)
    fuzzer.assert_clean()


def test_the_wellbeing_application_and_its_private_links_survive_malformed_posts(fuzzer, demo_site):
    versions = _round("applications", "Fuzz-haku")
    paths = {
        language: _reverse(language, "wellbeing:apply", page.translation_key)
        for language, page in versions.items()
    }
    amounts = {f"budget-{row}-amount": "100" for row in range(10)}  # the rows shown, and more
    fuzz_form(fuzzer, paths, overrides={"action": "draft", **amounts})

    client = Client()
    fields, _text = form_fields(client.get(paths["fi"]))
    draft = client.post(paths["fi"], {**fields, "action": "draft", **amounts})
    assert draft.status_code == 302
    token = draft["Location"].split("token=")[1].split("&")[0]
    for name in ("application", "report"):
        path = _reverse("fi", f"wellbeing:{name}")
        for value in ("", "0" * 64, token):
            fuzzer.matrix(path, ["token", "saved"], base=[("token", value)], classes=SHARP)
    for name in ODD_FILE_NAMES:
        upload = SimpleUploadedFile(name, b"%PDF-1.4\n%%EOF\n", content_type="application/pdf")
        fuzzer.post(
            paths["fi"],
            [*fields.items(), *amounts.items(), ("action", "draft"), ("attachments", upload)],
            multipart=True,
        )
    private = f"{_reverse('fi', 'wellbeing:application')}?token={token}"
    fuzz_private_form(fuzzer, private, {"action": "draft", **amounts})
    # The same link, once the working group asks for more information, and once the project is funded.
    application = Application.objects.get(token_hash=hash_token(token))
    application.status = Application.Status.MORE_INFORMATION
    application.save()
    fuzz_private_form(fuzzer, private)
    application.status, application.amount_granted = Application.Status.FUNDED, Decimal(500)
    application.save()
    fuzz_private_form(fuzzer, f"{_reverse('fi', 'wellbeing:report')}?token={token}")
    fuzzer.assert_clean()


def fuzz_private_form(fuzzer, url, overrides=None):
    """A form behind a private link: its valid submission, then the sharp classes in all fields, in text."""
    fields, text_names = form_fields(Client().get(url))
    base = {**fields, **(overrides or {})}
    assert fuzzer.post(url, base.items()).status_code == 302, url
    fuzzer.sweep(url, [name for name in base if name != "csrfmiddlewaretoken"], post=True, classes=SHARP)
    others = [(name, value) for name, value in base.items() if name not in text_names]
    for label in SHARP:
        fuzzer.post(url, others + [(name, PAYLOADS[label]) for name in text_names])
