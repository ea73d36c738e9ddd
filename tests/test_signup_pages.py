"""The public sign-up form, its confirmation page and the cancel link, as residents use them."""

import datetime
import re
import sys
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone, translation
from icalendar import Calendar
from post_office.mail import send_queued
from post_office.models import Email

from projects.models import OpportunityPage, OpportunitySession, SignupQuestion
from signups.models import Registration
from tests.factories import open_session
from tests.factories.signups import signup_workshop
from tests.html import soup

Status = Registration.Status
CANCEL_LINK = re.compile(r"https?://\S+/(?:fi|sv|en)/\S+\?token=[0-9a-f]{64}")


@pytest.fixture
def session(demo_site):
    """A session a week ahead on a new workshop in all three languages, without extra questions:
    2 places, 1 waitlist place, groups up to 3."""
    return open_session(capacity=2, waitlist_capacity=1, max_group_size=3)


@pytest.fixture
def opportunity(session):
    return session.page.specific


def form_url(session, language="fi"):
    with translation.override(language):
        from django.urls import reverse

        return reverse("signups:signup", args=[session.translation_key])


def details(**changes):
    data = {
        "name": "Aino Asukas",
        "email": "aino@example.fi",
        "phone": "",
        "language": "fi",
        "group_size": "1",
        "other_need": "",
        "website": "",
    }
    data.update(changes)
    return data


def deliver():
    """Run the outbox worker once, as the scheduled `send_outbox` does."""
    send_queued()
    return list(mail.outbox)


@pytest.mark.django_db
def test_the_opportunity_page_shows_places_left_and_links_to_the_form(client, opportunity, session):
    page = soup(client.get(opportunity.url))
    link = page.select_one(f'.session a[href="{form_url(session)}"]')
    assert "2" in link.find_parent(class_="session").select_one(".availability--open").get_text()


@pytest.mark.django_db
def test_the_opportunity_page_stays_cacheable(client, opportunity):
    response = client.get(opportunity.url)
    assert "csrftoken" not in response.cookies
    assert "csrfmiddlewaretoken" not in response.content.decode()
    assert "no-store" not in response.get("Cache-Control", "")


@pytest.mark.django_db
def test_the_form_asks_only_what_is_needed_and_prefills_the_language(client, session):
    response = client.get(form_url(session, "sv"))
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    page = soup(response)
    names = {field["name"] for field in page.select("form.signup-form [name]")}
    assert names == {
        "csrfmiddlewaretoken",
        "name",
        "email",
        "phone",
        "language",
        "group_size",
        "needs",
        "other_need",
        "consent",
        "website",
    }
    assert page.select_one("#id_language option[selected]")["value"] == "sv"
    assert page.select_one("#id_consent").get("checked") is None, "consent is never ticked in advance"
    for field in page.select(
        "form.signup-form input:not([type=hidden]), form.signup-form select, form.signup-form textarea"
    ):
        if field.get("type") in ("checkbox",) and field["name"] == "needs":
            continue
        assert page.select_one(f'label[for="{field["id"]}"]') is not None, field["name"]
    privacy = page.select_one("form.signup-form a[href]")
    assert privacy["href"].startswith("/sv/"), "the privacy notice in the visitor's language"


@pytest.mark.django_db
def test_signing_up_redirects_to_a_confirmation_and_emails_the_details(client, opportunity, session):
    response = client.post(form_url(session), details(group_size="2", phone="040 123 4567"))
    assert response.status_code == 302
    location = urlsplit(response["Location"])
    assert location.path.endswith("/kiitos/")
    assert set(parse_qs(location.query)) == {"outcome"}, "only the signed outcome, no personal data"
    assert "aino" not in response["Location"].lower() and "040" not in response["Location"]
    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    registration = Registration.objects.get()
    assert (registration.status, registration.group_size, registration.phone) == (
        Status.CONFIRMED,
        2,
        "040 123 4567",
    )

    [message] = deliver()
    assert message.to == ["aino@example.fi"]
    assert opportunity.title in message.subject
    assert opportunity.full_url in message.body
    assert CANCEL_LINK.search(message.body)
    [(filename, content, mimetype)] = message.attachments
    assert filename.endswith(".ics") and mimetype.startswith("text/calendar")
    event = Calendar.from_ical(content).walk("VEVENT")[0]
    assert str(event["UID"]) == f"session-{session.translation_key}@osallistu.pori.fi"
    assert str(event["URL"]) == opportunity.full_url
    assert event.decoded("DTSTART") == session.starts_at


@pytest.mark.django_db
def test_the_email_is_in_the_language_the_resident_chose(client, session):
    client.post(form_url(session), details(language="sv"))
    [message] = deliver()
    assert "Hej Aino Asukas" in message.body
    assert "/sv/" in CANCEL_LINK.search(message.body).group()


@pytest.mark.django_db
def test_accessibility_needs_never_go_into_an_email(client, session):
    client.post(
        form_url(session),
        details(needs=["sign-language", "other"], other_need="Tarvitsen levähdystauon.", consent="on"),
    )
    registration = Registration.objects.get()
    assert registration.accessibility_needs == ["other", "sign-language"]
    [message] = deliver()
    assert "levähdystauon" not in message.body
    assert "viittomakiel" not in message.body.lower()


@pytest.mark.django_db
def test_needs_without_consent_are_refused_and_nothing_typed_is_lost(client, session):
    response = client.post(form_url(session), details(needs=["step-free"], other_need="Pyörätuoli"))
    assert response.status_code == 200
    assert not Registration.objects.exists()
    page = soup(response)
    summary = page.select_one(".error-summary[role=alert]")
    assert summary.select_one('a[href="#id_consent"]') is not None
    assert page.select_one("#id_consent")["aria-invalid"] == "true"
    assert "id_consent_error" in page.select_one("#id_consent")["aria-describedby"]
    assert page.select_one("#id_name")["value"] == "Aino Asukas"
    assert page.select_one("#id_other_need").get_text().strip() == "Pyörätuoli"
    assert page.select_one("#id_needs_0").has_attr("checked")
    assert page.title.get_text().startswith("Virhe")


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_errors_are_in_the_page_language(client, session, language):
    response = client.post(form_url(session, language), details(email="not-an-address", name=""))
    page = soup(response)
    errors = [link.get_text() for link in page.select(".error-summary a")]
    assert len(errors) == 2
    with translation.override(language):
        required = translation.gettext("This field is required.").rstrip(".")
    assert (language == "en") == (required == "This field is required")
    assert any(required in error for error in errors), errors


@pytest.mark.django_db
def test_the_same_address_twice_gives_the_same_answer_and_one_registration(client, session):
    first = client.post(form_url(session), details())
    second = client.post(form_url(session), details(name="Joku Muu", email="AINO@example.fi"))
    assert first["Location"] == second["Location"]
    assert client.get(first["Location"]).content == client.get(second["Location"]).content
    assert Registration.objects.count() == 1
    messages = deliver()
    assert [m.to for m in messages] == [["aino@example.fi"]] * 2
    assert all("Aino Asukas" in m.body for m in messages), "the stranger's name never reaches the owner"


@pytest.mark.django_db
def test_a_full_session_offers_the_waitlist_then_says_plainly_it_is_full(client, session):
    client.post(form_url(session), details(email="a@example.fi", group_size="2"))
    page = soup(client.get(form_url(session)))
    assert page.select_one(".availability--waitlist") is not None
    assert page.select_one("form.signup-form") is not None
    client.post(form_url(session), details(email="b@example.fi"))
    assert Registration.objects.get(email="b@example.fi").status == Status.WAITLISTED
    page = soup(client.get(form_url(session)))
    assert page.select_one(".availability--full") is not None
    assert page.select_one("form.signup-form") is None
    messages = {m.to[0]: m for m in deliver()}
    assert messages["b@example.fi"].attachments == [], "no calendar event for a waitlist place"


@pytest.mark.django_db
def test_closed_sign_up_says_so_and_refuses_a_post(client, session):
    OpportunitySession.objects.filter(pk=session.pk).update(
        registration_closes_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    page = soup(client.get(form_url(session)))
    assert page.select_one(".availability--closed") is not None
    assert page.select_one("form.signup-form") is None
    response = client.post(form_url(session), details())
    assert response.status_code == 200
    assert not Registration.objects.exists()


@pytest.mark.django_db
def test_the_honeypot_catches_bots_without_telling_them(client, session):
    response = client.post(form_url(session), details(website="http://spam.example"))
    assert response.status_code == 302
    assert not Registration.objects.exists()
    assert not Email.objects.exists()


@pytest.mark.django_db
def test_the_honeypot_is_hidden_from_people_and_assistive_technology(client, session):
    page = soup(client.get(form_url(session)))
    honeypot = page.select_one("#id_website")
    wrapper = honeypot.find_parent(class_="honeypot")
    assert wrapper["aria-hidden"] == "true"
    assert honeypot["tabindex"] == "-1"


@pytest.mark.django_db
def test_sign_up_posts_are_rate_limited_per_address(client, session, settings):
    settings.PUBLIC_FORM_RATE_LIMIT = "3/m"
    for number in range(3):
        assert (
            client.post(form_url(session), details(email=f"r{number}@example.fi", name="")).status_code == 200
        )
    response = client.post(form_url(session), details(email="r9@example.fi"))
    assert response.status_code == 429
    assert "Liian monta" in response.content.decode()
    assert not Registration.objects.exists()
    other = Client(REMOTE_ADDR="192.0.2.50")
    assert other.post(form_url(session), details()).status_code == 302


@pytest.mark.django_db
def test_csrf_protection_stays_on(session):
    strict = Client(enforce_csrf_checks=True)
    assert strict.post(form_url(session), details()).status_code == 403
    assert not Registration.objects.exists()


@pytest.mark.django_db
def test_extra_questions_are_asked_and_stored_under_the_same_key(client, opportunity, session):
    SignupQuestion.objects.create(
        page=opportunity,
        locale=opportunity.locale,
        label="Mistä aiheesta haluat puhua?",
        field_type="singleline",
        required=True,
    )
    response = client.post(form_url(session), details())
    assert "id_question_mista_aiheesta_haluat_puhua" in response.content.decode()
    assert not Registration.objects.exists(), "a required question must be answered"
    client.post(form_url(session), details(question_mista_aiheesta_haluat_puhua="Puistoista"))
    assert Registration.objects.get().answers == {"mista_aiheesta_haluat_puhua": "Puistoista"}


@pytest.mark.django_db
def test_a_draft_or_unknown_session_has_no_form(client, demo_site):
    page = signup_workshop("Kirjastotyöpaja", capacity=2)
    session = page.sessions.get()
    assert client.get(form_url(session)).status_code == 200
    assert client.get(form_url(session, "sv")).status_code == 404, "no Swedish version of this page"
    OpportunityPage.objects.filter(pk=page.pk).update(live=False)
    assert client.get(form_url(session)).status_code == 404


def _cancel_link(message):
    return CANCEL_LINK.search(message.body).group()


@pytest.mark.django_db
def test_opening_the_cancel_link_changes_nothing(client, session):
    client.post(form_url(session), details())
    [message] = deliver()
    response = client.get(_cancel_link(message))
    assert response.status_code == 200
    assert response["Referrer-Policy"] == "same-origin"
    assert Registration.objects.get().status == Status.CONFIRMED
    assert soup(response).select_one("form.cancel-form button") is not None


@pytest.mark.django_db
def test_cancelling_promotes_the_waitlist_and_emails_both(client, session):
    client.post(form_url(session), details(email="first@example.fi", group_size="2"))
    client.post(form_url(session), details(email="waiting@example.fi"))
    link = _cancel_link(next(m for m in deliver() if m.to == ["first@example.fi"]))
    mail.outbox.clear()
    token = link.split("token=")[1]
    response = client.post(link.split("?")[0], {"token": token})
    assert response.status_code == 302
    assert client.get(response["Location"]).status_code == 200
    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses == {"first@example.fi": Status.CANCELLED, "waiting@example.fi": Status.CONFIRMED}
    messages = {m.to[0]: m for m in deliver()}
    assert set(messages) == {"first@example.fi", "waiting@example.fi"}
    assert messages["waiting@example.fi"].attachments, "the promoted person gets the calendar event"


@pytest.mark.django_db
def test_cancelling_can_erase_at_once_and_then_sends_nothing(client, session):
    client.post(form_url(session), details(phone="040 123 4567"))
    link = _cancel_link(deliver()[0])
    mail.outbox.clear()
    client.post(link.split("?")[0], {"token": link.split("token=")[1], "erase": "yes"})
    registration = Registration.objects.get()
    assert (registration.status, registration.name, registration.email, registration.phone) == (
        Status.CANCELLED,
        "",
        "",
        "",
    )
    assert deliver() == []
    assert not Email.objects.exists(), "the outbox forgets the erased person's messages too"


@pytest.mark.django_db
def test_a_wrong_or_expired_cancel_link_changes_nothing(client, session):
    client.post(form_url(session), details())
    link = _cancel_link(deliver()[0])
    tampered = link[:-1] + ("1" if link.endswith("0") else "0")
    assert client.get(tampered).status_code == 404
    ended = timezone.now() - datetime.timedelta(minutes=1)
    OpportunitySession.objects.filter(translation_key=session.translation_key).update(
        starts_at=ended - datetime.timedelta(hours=2), ends_at=ended
    )
    response = client.get(link)
    assert response.status_code == 404
    assert client.post(link.split("?")[0], {"token": link.split("token=")[1]}).status_code == 404
    assert Registration.objects.get().status == Status.CONFIRMED


@pytest.mark.django_db
def test_a_refused_form_explains_itself_in_the_page_language(session):
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(form_url(session, "sv"), details())
    assert response.status_code == 403
    page = soup(response)
    assert page.html["lang"] == "sv"
    assert page.h1.get_text() == "Blanketten kunde inte skickas"


@pytest.mark.django_db
def test_a_crash_while_signing_up_leaves_no_form_values_in_the_error_report(client, session, monkeypatch):
    from django.core.signals import got_request_exception
    from django.views.debug import get_exception_reporter_class

    from signups import services

    seen = {}

    def crash(*args, **kwargs):
        raise RuntimeError("the outbox is broken")

    def remember(sender, request, **kwargs):
        seen["report"] = get_exception_reporter_class(request)(request, *sys.exc_info())

    monkeypatch.setattr(services, "register", crash)
    got_request_exception.connect(remember)
    client.raise_request_exception = False
    try:
        response = client.post(form_url(session), details(name="Salainen Nimi", phone="040 999 8888"))
    finally:
        got_request_exception.disconnect(remember)
    assert response.status_code == 500
    report = seen["report"].get_traceback_text() + seen["report"].get_traceback_html()
    assert "the outbox is broken" in report
    for secret in ("Salainen Nimi", "aino@example.fi", "040 999 8888"):
        assert secret not in report
