"""What the sign-up's thank-you page, its email and the cancel page tell the resident: a place, or the
waitlist with their number in the queue, with nothing personal in any address."""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation
from post_office.mail import send_queued

from signups.models import Registration
from tests.factories import open_session
from tests.html import soup

pytestmark = pytest.mark.django_db
LANGUAGES = ["fi", "sv", "en"]
Status = Registration.Status
PLACE = ("You have a place for %(counter)s person.", "You have places for %(counter)s people.")
QUEUE = "You are on the waitlist: number %(position)s in the queue."


@pytest.fixture
def session(demo_site):
    """One place, and room for four people on the waitlist; groups of up to 3."""
    return open_session(capacity=1, waitlist_capacity=4, max_group_size=3)


def form_url(session, language):
    with translation.override(language):
        return reverse("signups:signup", args=[session.translation_key])


def details(email, language="fi", **changes):
    return {
        "name": "Aino Asukas",
        "email": email,
        "phone": "",
        "language": language,
        "group_size": "1",
        "other_need": "",
        "website": "",
        **changes,
    }


def sign_up(client, session, email, language="fi", **changes):
    """Send the form; the thank-you page it leads to, and its address."""
    response = client.post(form_url(session, language), details(email, language, **changes))
    assert response.status_code == 302, response.content.decode()[:500]
    return soup(client.get(response["Location"])), response["Location"]


def status_of(page):
    status = page.select_one(".confirmation__status")
    return status.get_text(" ", strip=True) if status else None


def place(language, people=1):
    with translation.override(language):
        return translation.ngettext(*PLACE, people) % {"counter": people}


def queue(language, position):
    with translation.override(language):
        return translation.gettext(QUEUE) % {"position": position}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_first_gets_a_place_and_the_next_are_told_their_number_in_the_queue(client, session, language):
    first, _ = sign_up(client, session, "eka@example.fi", language)
    second, _ = sign_up(client, session, "toka@example.fi", language)
    third, _ = sign_up(client, session, "kolmas@example.fi", language)
    assert status_of(first) == place(language)
    assert first.select_one(".confirmation--confirmed") is not None
    assert status_of(second) == queue(language, 1)
    assert status_of(third) == queue(language, 2)
    assert second.select_one(".confirmation--waitlisted") is not None
    assert first.html["lang"] == second.html["lang"] == language
    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses == {
        "eka@example.fi": Status.CONFIRMED,
        "toka@example.fi": Status.WAITLISTED,
        "kolmas@example.fi": Status.WAITLISTED,
    }


def test_a_group_is_told_how_many_places_it_has(client, session):
    session.__class__.objects.filter(translation_key=session.translation_key).update(capacity=5)
    page, _ = sign_up(client, session, "ryhma@example.fi", group_size="3")
    assert status_of(page) == place("fi", 3)


def test_the_waitlist_position_counts_the_queue_in_sign_up_order_not_its_places(client, session):
    sign_up(client, session, "eka@example.fi")
    sign_up(client, session, "ryhma@example.fi", group_size="3")  # one group, one position
    page, _ = sign_up(client, session, "toka@example.fi")
    assert status_of(page) == queue("fi", 2)


def test_the_address_carries_the_signed_outcome_only(client, session):
    _page, location = sign_up(client, session, "eka@example.fi")
    query = parse_qs(urlsplit(location).query)
    assert set(query) == {"outcome"}
    registration = Registration.objects.get()
    for private in ("eka", "Aino", "Asukas", registration.cancel_token, registration.secret.hex):
        assert private not in location
    assert query["outcome"][0].split(":")[0] == "confirmed.1.0"


def test_an_outcome_not_signed_by_the_site_or_for_another_session_says_nothing_specific(client, session):
    _page, location = sign_up(client, session, "eka@example.fi")
    path, signed = location.split("?outcome=")
    forged = signed.replace("confirmed", "waitlisted")
    other = open_session(capacity=1, in_days=9)
    with translation.override("fi"):
        other_path = reverse("signups:thanks", args=[other.translation_key])
    for address in (f"{path}?outcome={forged}", f"{other_path}?outcome={signed}", path):
        page = soup(client.get(address))
        assert status_of(page) is None, address
        assert page.select_one("p.lead") is not None, "the general words: the email tells"


def test_the_same_address_again_gets_what_anyone_new_would_get_so_a_stranger_learns_nothing(client, session):
    """The owner has the place; a stranger typing the owner's address is answered as a newcomer."""
    owner, _ = sign_up(client, session, "eka@example.fi")
    assert status_of(owner) == place("fi")
    stranger, stranger_location = sign_up(client, session, "EKA@example.fi", name="Joku Muu")
    newcomer, newcomer_location = sign_up(client, session, "uusi@example.fi")
    assert status_of(stranger) == status_of(newcomer) == queue("fi", 1)
    assert stranger_location == newcomer_location
    assert Registration.objects.filter(email="eka@example.fi").get().status == Status.CONFIRMED
    with translation.override("fi"):
        caveat = translation.gettext(
            "If this address was already signed up for this session, it was not signed up twice and nothing "
            "changed: the message we sent again tells you the place you already have. We send it a few times "
            "an hour at most."
        )
    assert caveat in stranger.get_text(" ", strip=True)
    assert caveat in newcomer.get_text(" ", strip=True), "the same words on every thank-you page"


def test_a_bot_caught_by_the_honeypot_is_answered_as_a_newcomer(client, session):
    page, _ = sign_up(client, session, "botti@example.fi", website="http://spam.example")
    assert status_of(page) == place("fi")
    assert not Registration.objects.exists()


def test_the_waitlist_email_gives_the_same_number_in_the_queue(client, session):
    sign_up(client, session, "eka@example.fi")
    sign_up(client, session, "toka@example.fi", group_size="2")
    send_queued()
    messages = {message.to[0]: message for message in mail.outbox}
    with translation.override("fi"):
        number = translation.gettext("Your number in the waitlist queue: %(position)s") % {"position": 1}
        group = translation.gettext("Group size: %(size)s") % {"size": 2}
    assert number in messages["toka@example.fi"].body
    assert group in messages["toka@example.fi"].body
    assert number not in messages["eka@example.fi"].body


def test_the_cancel_page_gives_the_number_in_the_queue_as_it_is_now(client, session):
    sign_up(client, session, "eka@example.fi")
    sign_up(client, session, "toka@example.fi")
    sign_up(client, session, "kolmas@example.fi")
    waiting = Registration.objects.get(email="toka@example.fi")
    last = Registration.objects.get(email="kolmas@example.fi")
    with translation.override("fi"):
        cancel = reverse("signups:cancel")
        expected = translation.gettext(
            "You are on the waitlist for this session: number %(position)s in the queue."
        )
    client.post(cancel, {"token": waiting.cancel_token})
    page = soup(client.get(f"{cancel}?token={last.cancel_token}"))
    assert expected % {"position": 1} in page.get_text(" ", strip=True)


def test_the_cancelled_page_says_whether_an_email_was_sent(client, session):
    sign_up(client, session, "eka@example.fi")
    registration = Registration.objects.get()
    with translation.override("fi"):
        cancel = reverse("signups:cancel")
        no_email = translation.gettext(
            "Because your details were erased, we did not send a confirmation email."
        )
    response = client.post(cancel, {"token": registration.cancel_token, "erase": "yes"}, follow=True)
    assert no_email in soup(response).get_text(" ", strip=True)


def test_the_same_address_on_a_full_session_gets_the_general_words(client, demo_site):
    """A newcomer would not fit: the page then names no place and no number, and the email tells."""
    full = open_session(capacity=1, in_days=8)
    sign_up(client, full, "eka@example.fi")
    again, location = sign_up(client, full, "eka@example.fi")
    assert "outcome" not in location
    assert status_of(again) is None
    with translation.override("fi"):
        general = translation.gettext(
            "We have sent a message to the email address you gave. It tells you whether you have a place or "
            "are on the waitlist, and it has a link for cancelling."
        )
    assert again.select_one("p.lead").get_text(strip=True) == general


@pytest.mark.parametrize(
    "value",
    ["", ":", "confirmed.1.0", "confirmed.1.0:", "x" * 5000, "waitlisted.1.1:ÄÖ\x00<script>", "%", "a:b:c"],
)
def test_a_malformed_outcome_is_ignored(client, session, value):
    with translation.override("fi"):
        path = reverse("signups:thanks", args=[session.translation_key])
    response = client.get(path, {"outcome": value})
    assert response.status_code == 200
    assert status_of(soup(response)) is None
    assert "<script>" not in response.content.decode()
