"""Brute-force lockout per username and address, password rules, and the life of a staff session."""

import io
import time
from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.password_validation import validate_password
from django.contrib.sessions.models import Session
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.test import Client, RequestFactory
from django.utils import timezone, translation
from django_otp.plugins.otp_totp.models import TOTPDevice

from security import client_ip as client_ip_module
from security.client_ip import client_ip
from security.signals import SIGNED_IN_AT
from tests.staff import make_staff, sign_in, sign_in_with_password

pytestmark = pytest.mark.django_db

HOME = {"REMOTE_ADDR": "192.0.2.10"}
ELSEWHERE = {"REMOTE_ADDR": "198.51.100.20"}


def _fail(client, user, times, address):
    for _attempt in range(times):
        response = sign_in_with_password(client, user, password="wrong password", **address)
        assert response.status_code in (200, 429)
    return response


def test_five_failures_lock_the_username_and_address_pair(client):
    user = make_staff()
    _fail(client, user, 5, HOME)
    response = sign_in_with_password(client, user, **HOME)
    assert response.status_code == 429
    assert "security/lockout.html" in [template.name for template in response.templates]


def test_four_failures_do_not_lock(client):
    user = make_staff()
    _fail(client, user, 4, HOME)
    assert sign_in_with_password(client, user, **HOME).status_code == 302


def test_the_same_user_from_another_address_is_not_locked_out(client):
    user = make_staff()
    _fail(client, user, 6, HOME)
    assert sign_in_with_password(Client(), user, **ELSEWHERE).status_code == 302


def test_another_user_from_the_same_address_is_not_locked_out(client):
    user, colleague = make_staff(), make_staff("colleague")
    _fail(client, user, 6, HOME)
    assert sign_in_with_password(Client(), colleague, **HOME).status_code == 302


def test_the_lock_lifts_after_fifteen_minutes(client):
    user = make_staff()
    _fail(client, user, 5, HOME)
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=15, seconds=1))
    assert sign_in_with_password(client, user, **HOME).status_code == 302


@pytest.fixture
def fresh_process(monkeypatch):
    """As if the server had just started: the once-per-process warning not yet given."""
    monkeypatch.setattr(client_ip_module, "_warned", False)


def test_a_proxy_left_uncounted_is_reported_once(client, settings, caplog, fresh_process):
    settings.TRUSTED_PROXY_COUNT = 0
    for _request in range(3):
        client.get("/healthz", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.9")
    warnings = [record for record in caplog.records if "TRUSTED_PROXY_COUNT is 0" in record.getMessage()]
    assert len(warnings) == 1
    assert warnings[0].levelname == "WARNING"


def test_no_warning_without_a_proxy_or_when_proxies_are_counted(settings, caplog, fresh_process):
    settings.TRUSTED_PROXY_COUNT = 0
    # A public address (documentation ranges count as private to Python) sending the header itself.
    Client().get("/healthz", REMOTE_ADDR="93.184.215.14", HTTP_X_FORWARDED_FOR="198.51.100.1")
    Client().get("/healthz", REMOTE_ADDR="127.0.0.1")
    settings.TRUSTED_PROXY_COUNT = 1
    Client().get("/healthz", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.9")
    assert "TRUSTED_PROXY_COUNT" not in caplog.text


def test_behind_trusted_proxies_the_forwarded_address_counts(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    request = RequestFactory().get(
        "/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.9, 192.0.2.10"
    )
    assert client_ip(request) == "192.0.2.10", "the client's own X-Forwarded-For claims are ignored"
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip(request) == "10.0.0.1"


@pytest.mark.parametrize(
    ("password", "accepted"),
    [
        ("short1!A", False),  # under 12 characters
        ("password1234", False),  # a common password
        ("123456789012", False),  # only digits
        ("aaaaaaaaaaaa", False),  # one character repeated
        ("abcabcabcabc", False),  # a short pattern repeated
        ("qwertyuiopas", False),  # along the keyboard
        ("lkjhgfdsapoiu", False),  # along the keyboard, backwards
        ("salasana1234", False),  # a common Finnish word with digits
        ("Lösenord2024!", False),  # a common Swedish word with digits and punctuation
        ("Kesäkuu-2027", False),  # a month
        ("yyteri123456", False),  # a Pori word
        ("osallistupori", False),  # the site's own name
        ("Osallistu Pori 2027", False),
        ("kesäillan hiljainen tori", True),  # long, no composition rules needed
        ("kolme karhua yyterin rannalla", True),  # common words inside a passphrase are fine
        ("salasana on pitkä lause", True),
        ("abcdefghijkz", True),
    ],
)
def test_password_rules(password, accepted):
    try:
        validate_password(password)
    except ValidationError:
        assert not accepted
    else:
        assert accepted


def test_a_refused_password_is_explained_in_the_users_language():
    with translation.override("sv"), pytest.raises(ValidationError) as refused:
        validate_password("salasana1234")
    assert "vanligt ord" in " ".join(refused.value.messages)


def test_sign_in_gives_a_new_session_id(client):
    client.get("/admin/login/")
    client.session.save()
    before = client.session.session_key
    sign_in_with_password(client, make_staff())
    assert client.session.session_key != before


def test_sessions_end_after_thirty_idle_minutes(client, settings):
    assert settings.SESSION_COOKIE_AGE == 30 * 60 and settings.SESSION_SAVE_EVERY_REQUEST
    sign_in(client, make_staff())
    assert client.get("/admin/").status_code == 200
    Session.objects.update(expire_date=timezone.now() - timedelta(seconds=1))
    assert client.get("/admin/")["Location"].startswith("/admin/login/")


def test_each_request_pushes_the_idle_limit_forward(client):
    sign_in(client, make_staff())
    Session.objects.update(expire_date=timezone.now() + timedelta(minutes=1))
    client.get("/admin/")
    assert Session.objects.get().expire_date > timezone.now() + timedelta(minutes=29)


def test_sessions_end_eight_hours_after_sign_in_however_active(client):
    sign_in(client, make_staff())
    session = client.session
    session[SIGNED_IN_AT] = int(time.time()) - 8 * 60 * 60 - 1
    session.save()
    assert client.get("/admin/")["Location"].startswith("/admin/login/")


def test_signing_out_ends_the_session(client):
    sign_in(client, make_staff())
    stolen_cookie = client.cookies["sessionid"].value
    client.post("/admin/logout/")
    assert not Session.objects.filter(session_key=stolen_cookie).exists()
    replay = Client()
    replay.cookies["sessionid"] = stolen_cookie
    assert replay.get("/admin/")["Location"].startswith("/admin/login/")


def test_deactivating_a_user_ends_their_sessions(client):
    user = make_staff()
    sign_in(client, user)
    user.is_active = False
    user.save()
    assert client.get("/admin/")["Location"].startswith("/admin/login/")


def test_old_sign_in_records_are_purged(client):
    user = make_staff()
    _fail(client, user, 2, HOME)
    sign_in(Client(), make_staff("colleague"))
    pending = TOTPDevice.objects.create(user=make_staff("newcomer", enrolled=False), confirmed=False)
    TOTPDevice.objects.filter(pk=pending.pk).update(created_at=timezone.now() - timedelta(days=2))
    Session.objects.update(expire_date=timezone.now() - timedelta(seconds=1))
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=16))

    call_command("purge_security_records", stdout=io.StringIO())
    assert not Session.objects.exists()
    assert not AccessAttempt.objects.exists()
    assert not TOTPDevice.objects.filter(pk=pending.pk).exists()
    assert TOTPDevice.objects.filter(user__username="colleague", confirmed=True).exists()


def test_recent_sign_in_records_are_kept(client):
    user = make_staff()
    _fail(client, user, 2, HOME)
    call_command("purge_security_records", stdout=io.StringIO())
    assert AccessAttempt.objects.exists()
