"""Public forms: a room of residents on one Wi-Fi gets through; scripts and mail bombing do not.

Posts are counted per client address, per address and target, and per mailbox
(security/ratelimit.py); the emails a public form triggers are counted per mailbox
across the whole site (security/mail_limits.py). Both live in the shared cache: the
tests' own (locmem) and Redis, as in production.
"""

import uuid
from urllib.parse import urlsplit

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from post_office.models import Email

from security.mail_limits import may_email
from signups.models import Registration
from tests.factories import open_session

ROOM = "192.0.2.1"  # a library's public Wi-Fi: everyone in the room has this address


@pytest.fixture(params=["locmem", "redis"])
def shared_cache(request, settings):
    """The tests' own cache, and Redis under a prefix of its own (never flushed: other tests share it)."""
    if request.param == "redis":
        settings.CACHES = {
            "default": {
                "BACKEND": "core.cache.SharedRedisCache",
                "LOCATION": "redis://127.0.0.1:6379/13",
                "KEY_PREFIX": f"test-form-limits-{uuid.uuid4().hex}",
            }
        }
    return request.param


@pytest.fixture
def session(demo_site):
    """A future session, open for sign-up with no extra questions, with room for everyone in these tests."""
    return open_session(capacity=500)


def sign_up(session, email, address=ROOM, name="Aino Asukas"):
    form = reverse("signups:signup", args=[session.translation_key])
    details = {"name": name, "email": email, "phone": "", "language": "fi", "group_size": "1", "website": ""}
    return Client(REMOTE_ADDR=address).post(form, details)


def thanks_url(session):
    return reverse("signups:thanks", kwargs={"session_key": session.translation_key})


# Posts ------------------------------------------------------------------------------


@pytest.mark.django_db
def test_forty_people_on_one_wifi_all_sign_up(session, shared_cache):
    statuses = [sign_up(session, f"asukas{number}@example.fi").status_code for number in range(40)]
    assert statuses == [302] * 40
    assert Registration.objects.filter(session_key=session.translation_key).count() == 40


@pytest.mark.django_db
def test_a_script_posting_one_form_from_one_address_is_stopped(session, shared_cache):
    statuses = [sign_up(session, f"botti{number}@example.fi").status_code for number in range(100)]
    assert statuses[:60] == [302] * 60
    assert set(statuses[60:]) == {429}
    assert Registration.objects.filter(session_key=session.translation_key).count() == 60


@pytest.mark.django_db
def test_one_mailbox_posted_from_many_addresses_is_stopped(session, shared_cache):
    statuses = [
        sign_up(session, "kohde@example.fi", address=f"198.51.100.{number}").status_code
        for number in range(30)
    ]
    assert statuses[:10] == [302] * 10
    assert set(statuses[10:]) == {429}


@pytest.mark.django_db
def test_the_mailbox_limit_sees_through_case_and_plus_tags(session):
    for number in range(10):
        sign_up(session, "Kohde@Example.fi", address=f"198.51.100.{number}")
    assert sign_up(session, "kohde+tag@example.fi", address="203.0.113.1").status_code == 429
    assert sign_up(session, "toinen@example.fi", address="203.0.113.2").status_code == 302


# Emails -----------------------------------------------------------------------------


@pytest.mark.django_db
def test_signing_up_again_and_again_emails_the_address_five_times_at_most(session):
    responses = [sign_up(session, "aino@example.fi", address=f"198.51.100.{number}") for number in range(8)]
    assert [response.status_code for response in responses] == [302] * 8
    [location] = {response["Location"] for response in responses}  # nobody learns of the limit
    assert urlsplit(location).path == thanks_url(session)
    assert Registration.objects.filter(email="aino@example.fi").count() == 1
    assert Email.objects.filter(to="aino@example.fi").count() == 5


@pytest.mark.django_db
def test_the_email_limit_counts_one_mailbox_however_it_is_written(session):
    for number, written in enumerate(["aino@example.fi", "Aino@Example.FI", "aino+kevat@example.fi"] * 3):
        sign_up(session, written, address=f"198.51.100.{number}")
    assert Email.objects.count() == 5
    sign_up(session, "eino@example.fi", address="198.51.100.99")
    assert Email.objects.filter(to="eino@example.fi").count() == 1, "other people still get their email"


@pytest.mark.django_db
def test_the_email_limit_also_holds_over_a_day(session, settings):
    settings.EMAILS_PER_ADDRESS_PER_HOUR, settings.EMAILS_PER_ADDRESS_PER_DAY = 100, 3
    for number in range(5):
        sign_up(session, "aino@example.fi", address=f"198.51.100.{number}")
    assert Email.objects.count() == 3


def test_the_email_count_is_kept_under_a_hash_never_the_address():
    for _email in range(6):
        may_email("Maija.Meikalainen@example.fi")
    assert not may_email("maija.meikalainen@example.fi")
    keys = " ".join(str(key) for key in cache._cache)  # locmem's own store
    assert "mail-limit" in keys
    assert "meikalainen" not in keys.lower()


@pytest.mark.django_db
def test_the_post_counts_are_kept_under_hashes_never_addresses(session):
    sign_up(session, "maija.meikalainen@example.fi", address="198.51.100.77")
    keys = " ".join(str(key) for key in cache._cache)
    assert "form-limit" in keys
    assert "meikalainen" not in keys.lower() and "198.51.100.77" not in keys
