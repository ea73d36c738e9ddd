"""Staff pass a second factor before any admin URL answers; enrolment and recovery codes."""

import io
import re
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.html import soup
from tests.staff import current_code, make_staff, sign_in, sign_in_with_password

pytestmark = pytest.mark.django_db


def _admin_urls(pages):
    about = pages["about"]["fi"].pk
    return [
        "/admin/",
        "/admin/pages/",
        f"/admin/pages/{about}/",
        f"/admin/pages/{about}/edit/",
        f"/admin/pages/{about}/history/",
        "/admin/documents/",
        "/admin/images/",
        "/admin/users/",
        "/admin/groups/",
        "/admin/settings/core/footersettings/",
        "/admin/locales/",
        "/admin/two-factor/recovery-codes/",
        "/admin/pages/search/?q=pori",
    ]


def test_a_password_only_session_reaches_no_admin_url(client, pages):
    user = make_staff()
    assert sign_in_with_password(client, user).status_code == 302
    for url in _admin_urls(pages):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/admin/two-factor/verify/?next="), url


def test_a_password_only_session_cannot_change_anything(client, pages):
    page = pages["about"]["fi"]
    sign_in_with_password(client, make_staff())
    response = client.post(f"/admin/pages/{page.pk}/unpublish/", {})
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live


def test_both_factors_open_the_admin(client, pages):
    sign_in(client, make_staff())
    for url in _admin_urls(pages):
        assert client.get(url, follow=True).status_code == 200, url


def test_a_wrong_code_is_refused_with_a_message(client):
    user = make_staff()
    sign_in_with_password(client, user)
    response = client.post("/admin/two-factor/verify/", {"token": "000000"})
    assert response.status_code == 200
    assert response.context["form"].errors["token"]
    assert client.get("/admin/").status_code == 302


def test_failed_codes_are_throttled(client):
    user = make_staff()
    sign_in_with_password(client, user)
    for _attempt in range(3):
        client.post("/admin/two-factor/verify/", {"token": "000000"})
    response = client.post("/admin/two-factor/verify/", {"token": current_code(user)})
    assert response.status_code == 200, "a right code right after failures must wait"
    assert TOTPDevice.objects.get(user=user).throttling_failure_count >= 1


def test_the_second_factor_gives_a_new_session_id(client):
    user = make_staff()
    sign_in_with_password(client, user)
    before = client.cookies["sessionid"].value
    client.post("/admin/two-factor/verify/", {"token": current_code(user)})
    assert client.cookies["sessionid"].value != before


def test_an_unenrolled_user_must_enrol_before_anything_else(client, pages):
    user = make_staff(enrolled=False)
    sign_in_with_password(client, user)
    response = client.get("/admin/pages/")
    assert response["Location"].startswith("/admin/two-factor/setup/")

    setup = soup(client.get(response["Location"]))
    assert setup.find("svg"), "a QR code for the app"
    assert re.fullmatch(r"[A-Z2-7 ]{20,}", setup.find("code").get_text())
    assert client.post("/admin/two-factor/setup/", {"token": "123456"}).status_code == 200
    assert not TOTPDevice.objects.get(user=user).confirmed
    _let_the_throttle_pass(user)

    response = client.post("/admin/two-factor/setup/?next=/admin/pages/", {"token": current_code(user)})
    assert response["Location"] == "/admin/two-factor/recovery-codes/?next=%2Fadmin%2Fpages%2F"
    codes = [
        code.get_text() for code in soup(client.get(response["Location"])).select(".recovery-codes code")
    ]
    assert len(codes) == 10
    assert TOTPDevice.objects.get(user=user).confirmed
    assert client.get("/admin/pages/").status_code == 200
    again = soup(client.get("/admin/two-factor/recovery-codes/"))
    assert not again.select(".recovery-codes"), "recovery codes are shown only once"


def _let_the_throttle_pass(user):
    """After a wrong code the device waits a second before it accepts another."""
    TOTPDevice.objects.filter(user=user).update(
        throttling_failure_timestamp=timezone.now() - timedelta(seconds=5)
    )


def test_a_password_alone_cannot_enrol_a_second_device(client):
    """Someone who knows only the password must not add their own authenticator."""
    user = make_staff()
    sign_in_with_password(client, user)
    response = client.get("/admin/two-factor/setup/")
    assert response["Location"].startswith("/admin/two-factor/verify/")
    assert TOTPDevice.objects.filter(user=user).count() == 1


def test_a_recovery_code_works_once(client):
    user = make_staff()
    sign_in(client, user)
    client.post("/admin/two-factor/recovery-codes/")
    code = soup(client.get("/admin/two-factor/recovery-codes/")).select_one(".recovery-codes code").get_text()
    client.post("/admin/logout/")

    sign_in_with_password(client, user)
    assert client.post("/admin/two-factor/verify/", {"token": code})["Location"] == "/admin/"
    client.post("/admin/logout/")

    sign_in_with_password(client, user)
    assert client.post("/admin/two-factor/verify/", {"token": code}).status_code == 200


def test_next_cannot_send_the_user_to_another_site(client):
    user = make_staff()
    sign_in_with_password(client, user)
    response = client.post(
        "/admin/two-factor/verify/?next=https://evil.example/", {"token": current_code(user)}
    )
    assert response["Location"] == "/admin/"


def test_an_administrator_can_reset_a_lost_second_factor(client):
    user = make_staff()
    StaticDevice.objects.create(user=user, name="Recovery codes")
    call_command("reset_two_factor", user.username, stdout=io.StringIO())
    assert not TOTPDevice.objects.filter(user=user).exists()
    assert not StaticDevice.objects.filter(user=user).exists()
    sign_in_with_password(client, user)
    assert client.get("/admin/")["Location"].startswith("/admin/two-factor/setup/")


def test_dev_settings_let_demo_accounts_in_with_a_password(client, settings):
    settings.ADMIN_REQUIRE_TWO_FACTOR = False
    sign_in_with_password(client, make_staff(enrolled=False))
    assert client.get("/admin/").status_code == 200


def test_the_second_factor_pages_offer_a_working_sign_out(client):
    user = make_staff()
    sign_in_with_password(client, user)
    form = soup(client.get("/admin/two-factor/verify/")).find("form", action="/admin/logout/")
    assert form["method"] == "post"
    client.post(form["action"])
    assert client.get("/admin/")["Location"].startswith("/admin/login/")
