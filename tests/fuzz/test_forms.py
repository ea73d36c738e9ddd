"""Malformed posts to every public form: never a server error, never a payload echoed unescaped.

The forms are the sign-up, a council call's response, the theme vote and the
wellbeing money application, with the pages behind their emailed links. Each
gets the classes of malformed values in tests/fuzz/helpers.py as posted fields (in
full in Finnish, the sharpest ones in Swedish and English), plus values that
Hypothesis makes up (derandomised, so every run sends the same). A failure
names the URL, the fields and the exception.
"""

from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from hypothesis import given
from hypothesis import strategies as st

from core.secret_links import hash_token
from councils.models import CallQuestion
from projects.models import OpportunityIndexPage, SignupQuestion
from signups import services
from signups.forms import QUESTION_PREFIX
from tests.factories import make_round, misc, open_session, translate_page
from tests.fuzz.helpers import (
    LANGUAGES,
    PAGE_PARAMETERS,
    PAYLOADS,
    SHARP,
    VALUES,
    form_fields,
    fuzz_settings,
    reverse_in,
)
from tests.html import soup
from wellbeing import voting
from wellbeing.models import Application

pytestmark = pytest.mark.django_db

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
    session = open_session(capacity=1000, waitlist_capacity=10, max_group_size=5)
    session.answers = {
        QUESTION_PREFIX + name: answer
        for name, answer in ask_every_kind_of_question(SignupQuestion, session.page).items()
    }
    return session


def test_the_sign_up_form_and_cancel_link_survive_malformed_posts(fuzzer, session):
    paths = {
        language: reverse_in(language, "signups:signup", session.translation_key) for language in LANGUAGES
    }
    fuzz_form(fuzzer, paths, session.answers)

    registration = services.register(
        session, name="Testi", email="peruttava@example.fi", language="fi"
    ).registration
    cancel = reverse_in("fi", "signups:cancel")
    for token in ("", "0" * 64, registration.cancel_token):
        fuzzer.matrix(cancel, ["token"], base=[("token", token)], classes=SHARP)
        fuzzer.sweep(cancel, ["token", "erase"], post=True, base=[("token", token)], classes=SHARP)
    fuzzer.matrix(reverse_in("fi", "signups:cancelled"), ["erased"], classes=SHARP)
    fuzzer.sweep(reverse_in("fi", "signups:thanks", session.translation_key), PAGE_PARAMETERS, classes=SHARP)
    fuzzer.assert_clean()


def test_council_call_response_forms_survive_malformed_posts(fuzzer, pages):
    versions = misc.council_call(pages["youth"]["fi"], "Vastaa kutsuun")
    call = versions["fi"]
    assert call.accepts_responses and set(versions) == set(LANGUAGES)
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
            language: reverse_in(language, "wellbeing:vote", page.translation_key)
            for language, page in versions.items()
        },
    )

    theme = versions["fi"].themes.first()
    vote = voting.cast(
        versions["fi"], email="aanestaja@example.fi", theme_keys=[theme.translation_key], language="fi"
    )
    fuzzer.sweep(
        reverse_in("fi", "wellbeing:vote-sent", theme.page.translation_key), PAGE_PARAMETERS, classes=SHARP
    )
    confirm = reverse_in("fi", "wellbeing:vote-confirm")
    for token in ("", "0" * 64, vote.confirm_token):
        fuzzer.matrix(confirm, ["token"], base=[("token", token)], classes=SHARP)
        fuzzer.sweep(confirm, ["token"], post=True, base=[("token", token)], classes=SHARP)
    fuzzer.assert_clean()


def test_the_wellbeing_application_and_its_private_links_survive_malformed_posts(fuzzer, demo_site):
    versions = _round("applications", "Fuzz-haku")
    paths = {
        language: reverse_in(language, "wellbeing:apply", page.translation_key)
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
        path = reverse_in("fi", f"wellbeing:{name}")
        for value in ("", "0" * 64, token):
            fuzzer.matrix(path, ["token", "saved"], base=[("token", value)], classes=SHARP)
    for name in ODD_FILE_NAMES:
        upload = SimpleUploadedFile(name, b"%PDF-1.4\n%%EOF\n", content_type="application/pdf")
        fuzzer.post(
            paths["fi"],
            [*fields.items(), *amounts.items(), ("action", "draft"), ("attachments", upload)],
            multipart=True,
        )
    private = f"{reverse_in('fi', 'wellbeing:application')}?token={token}"
    fuzz_private_form(fuzzer, private, {"action": "draft", **amounts})
    # The same link, once the working group asks for more information, and once the project is funded.
    application = Application.objects.get(token_hash=hash_token(token))
    application.status = Application.Status.MORE_INFORMATION
    application.save()
    fuzz_private_form(fuzzer, private)
    application.status, application.amount_granted = Application.Status.FUNDED, Decimal(500)
    application.save()
    fuzz_private_form(fuzzer, f"{reverse_in('fi', 'wellbeing:report')}?token={token}")
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
