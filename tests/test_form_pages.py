"""Every public form after a failed submit, as a resident meets it: the error summary first, close to the
heading, taking the focus (site/static/js/forms.js, loaded only from these pages), "Error:" before the
page title, and a description of the page for search engines and link previews, in fi, sv and en.

The focus itself is a browser's business: tests/browser/test_form_focus.py.
"""

import datetime
from decimal import Decimal

import pytest
from django.contrib.staticfiles import finders
from django.urls import reverse
from django.utils import timezone, translation

from councils.models import Ask
from tests.factories import make_round, open_session, translate_page
from tests.factories.councils import CallFactory, CallQuestionFactory
from tests.html import soup
from tests.wellbeing_applications.helpers import make_application, open_round, private_path
from wellbeing.models import Application

pytestmark = pytest.mark.django_db
LANGUAGES = ["fi", "sv", "en"]
QUESTION = "Mitä toivot nuorille?"


def _in(language, view, *args, **kwargs):
    with translation.override(language):
        return reverse(view, args=args, kwargs=kwargs)


def _gettext(language, text, **values):
    with translation.override(language):
        translated = translation.gettext(text)
    return translated % values if values else translated


def _signup(pages):
    session = open_session(capacity=2, waitlist_capacity=1, max_group_size=3)
    data = {"name": "", "email": "ei-osoite", "language": "fi", "group_size": "1", "website": ""}
    return {
        language: (_in(language, "signups:signup", session.translation_key), data) for language in LANGUAGES
    }


def _call(pages):
    council = pages["youth"]["fi"]
    call = CallFactory(
        parent=council,
        title="Nuorten toiveet",
        asks_for=Ask.IDEAS,
        closes_at=timezone.now() + datetime.timedelta(days=10),
        form_fields=[CallQuestionFactory.build(locale=council.locale, label=QUESTION, required=True)],
    )
    calls = {"fi": call, **{language: translate_page(call, language) for language in ("sv", "en")}}
    return {language: (calls[language].respond_url(), {"website": ""}) for language in LANGUAGES}


def _apply(pages):
    applying = open_round(pages, title="Hakuraha")
    for language in ("sv", "en"):
        translate_page(applying, language)
    data = {"action": "send", "budget-TOTAL_FORMS": "1", "budget-INITIAL_FORMS": "0", "website": ""}
    return {
        language: (_in(language, "wellbeing:apply", applying.translation_key), data) for language in LANGUAGES
    }


def _vote(pages):
    voting = make_round(pages["opportunities"]["fi"], "Äänestysraha", votes_per_person=2)
    for language in ("sv", "en"):
        translate_page(voting, language)
    data = {"email": "", "website": ""}
    return {
        language: (_in(language, "wellbeing:vote", voting.translation_key), data) for language in LANGUAGES
    }


def _report(pages):
    reporting = open_round(pages, title="Raportoitava", phase="reporting")
    funded = make_application(reporting, status=Application.Status.FUNDED, amount_granted=Decimal("1000"))
    url = {language: private_path("report", funded.private_token, language) for language in LANGUAGES}
    return {language: (url[language], {"website": ""}) for language in LANGUAGES}


def _answer(pages):
    asked = make_application(open_round(pages), status=Application.Status.MORE_INFORMATION)
    url = {language: private_path("application", asked.private_token, language) for language in LANGUAGES}
    return {language: (url[language], {"text": "", "website": ""}) for language in LANGUAGES}


# Each public form: its address in each language and data that fails it.
FORMS = {
    "signup": _signup,
    "call": _call,
    "apply": _apply,
    "vote": _vote,
    "report": _report,
    "answer": _answer,
}


def _failed(client, url, data):
    response = client.post(url, data)
    assert response.status_code == 200, url
    return soup(response)


def _order(page, element):
    return next(number for number, seen in enumerate(page.find_all(True)) if seen is element)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", FORMS)
def test_after_a_failed_submit_the_error_summary_comes_first_and_says_error_in_the_title(
    client, pages, name, language
):
    url, data = FORMS[name](pages)[language]
    prefix = _gettext(language, "Error") + ": "
    assert not soup(client.get(url)).title.get_text().startswith(prefix)
    page = _failed(client, url, data)
    assert page.title.get_text().startswith(prefix)
    [summary] = page.select("main .error-summary")
    assert summary["tabindex"] == "-1" and summary["id"] == "error-summary"
    assert page.select_one(f"#{summary['aria-labelledby']}") in summary.find_all(True)
    assert summary.has_attr("data-error-summary"), "the hook of site/static/js/forms.js"
    first_field = page.select_one("main form[method=post] :is(input:not([type=hidden]), select, textarea)")
    assert _order(page, summary) < _order(page, page.select_one("main h1")) < _order(page, first_field)
    back_link = page.select_one("main .back-link")
    assert back_link is None or _order(page, back_link) < _order(page, summary), "below the back link"
    links = summary.select("a")
    assert links
    for link in links:
        assert link["href"].startswith("#"), "without JavaScript, a plain link to the field"
        assert page.find(id=link["href"][1:]) is not None, link["href"]


@pytest.mark.parametrize("name", FORMS)
def test_the_forms_load_their_one_script_deferred_and_nothing_inline(client, pages, name):
    url, data = FORMS[name](pages)["fi"]
    for page in (soup(client.get(url)), _failed(client, url, data)):
        scripts = [script for script in page.select("script") if script.get("type") != "application/ld+json"]
        assert [script.get("src", "") for script in scripts] == ["/static/js/forms.js"]
        assert scripts[0].has_attr("defer")
        assert not scripts[0].get_text().strip()
        assert page.select_one("main form[method=post]").has_attr("data-prevent-double-submit")
    assert finders.find("js/forms.js"), "the script is a static file of the site"


def test_a_page_without_a_form_loads_no_script(client, pages):
    page = soup(client.get(pages["about"]["fi"].url))
    assert not page.select("script[src]")


def test_a_summary_link_to_a_question_adds_no_colon_after_its_question_mark(client, pages):
    url, data = _call(pages)["fi"]
    text = _failed(client, url, data).select_one(".error-summary a").get_text(" ", strip=True)
    assert text.startswith(f"{QUESTION} ") and "?:" not in text


def test_a_summary_link_to_a_field_named_without_a_question_keeps_the_colon(client, pages):
    url, data = _signup(pages)["fi"]
    texts = [link.get_text(strip=True) for link in _failed(client, url, data).select(".error-summary a")]
    assert any(text.startswith(_gettext("fi", "Name") + ":") for text in texts), texts


# Meta descriptions --------------------------------------------------------------------------------


def _description(page):
    [meta] = page.select('meta[name="description"]')
    assert meta["content"].strip()
    return meta["content"]


DESCRIPTIONS = {
    "signup": "Sign up for %(title)s: the time and place, the places left, and the form. "
    "No account is needed.",
    "call": "Respond to the call %(title)s: the deadline and the response form.",
    "apply": "Apply for wellbeing money in %(title)s: the application form, "
    "which you can save as a draft and send later.",
    "vote": "Vote for the themes that the wellbeing money of %(title)s favours. "
    "Your vote counts once you confirm it by email.",
    "report": "The report of a project funded with wellbeing money: "
    "what was done, who took part and how the money was used.",
    "answer": "Your application for wellbeing money: "
    "its status, the messages from the working group and what you applied for.",
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", FORMS)
def test_every_form_page_describes_itself_in_its_language(client, pages, name, language):
    url, data = FORMS[name](pages)[language]
    page = soup(client.get(url))
    assert page.html["lang"] == language
    description = _description(page)
    assert description == _description(_failed(client, url, data)), "also after a failed submit"
    expected = DESCRIPTIONS[name]
    if "%(title)s" in expected:
        title = page.h1.get_text(strip=True).split(": ", 1)[1]  # "Sign up: <the opportunity's title>"
        assert description == _gettext(language, expected, title=title)
    else:
        assert description == _gettext(language, expected)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_search_page_describes_itself(client, demo_site, language):
    page = soup(client.get(_in(language, "search")))
    assert _description(page) == _gettext(
        language, "Search the ways to take part in Pori, the councils’ calls and what came of them."
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_sign_up_confirmation_pages_describe_themselves(client, pages, language):
    session = open_session(capacity=1)
    thanks = soup(client.get(_in(language, "signups:thanks", session_key=session.translation_key)))
    expected = "Your sign-up for %(title)s: whether you have a place or are on the waitlist."
    assert _description(thanks) == _gettext(language, expected, title=session.page.title)
    cancelled = soup(client.get(_in(language, "signups:cancelled")))
    assert _description(cancelled) == _gettext(language, "Your registration is cancelled.")
