"""Protective headers on public and admin responses, production cookies, and security.txt."""

import importlib
from datetime import UTC, datetime, timedelta

import pytest

from tests.staff import make_staff, sign_in_with_password
from tests.test_settings import PRODUCTION_ENV

pytestmark = pytest.mark.django_db


def _policy(response):
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


def test_public_pages_carry_the_strict_policy_and_headers(client, demo_site):
    response = client.get("/fi/", secure=True)
    policy = _policy(response)
    for directive in ("script-src", "style-src"):
        assert policy[directive] == ["'self'"]
    assert policy["default-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'none'"]
    assert policy["form-action"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert int(response["Strict-Transport-Security"].split("max-age=")[1].split(";")[0]) >= 31_536_000
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    permissions = response["Permissions-Policy"]
    for feature in ("camera=()", "geolocation=()", "microphone=()", "payment=()", "usb=()"):
        assert feature in permissions


@pytest.mark.parametrize("path", ["/sitemap.xml", "/robots.txt", "/fi/haku/?q=pori", "/fi/ei-ole/"])
def test_other_public_responses_carry_the_strict_policy_too(client, demo_site, path):
    policy = _policy(client.get(path, secure=True))
    assert policy["script-src"] == ["'self'"]
    assert "'unsafe-inline'" not in policy["style-src"]


def test_the_admin_has_its_own_looser_policy(client):
    response = client.get("/admin/login/", secure=True)
    policy = _policy(response)
    assert "'unsafe-inline'" in policy["script-src"]
    assert "'unsafe-eval'" not in policy["script-src"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert "Strict-Transport-Security" in response


@pytest.fixture
def production_cookies(settings, monkeypatch):
    """The cookie settings of config.settings.production, applied to the test settings."""
    for name, value in PRODUCTION_ENV.items():
        monkeypatch.setenv(name, value)
    production = importlib.import_module("config.settings.production")
    for name in ("SESSION_COOKIE_NAME", "SESSION_COOKIE_SECURE", "CSRF_COOKIE_NAME", "CSRF_COOKIE_SECURE"):
        setattr(settings, name, getattr(production, name))
    return production


def test_production_cookies_are_host_bound_secure_and_samesite(client, production_cookies):
    csrf_response = client.get("/admin/login/", secure=True)
    csrf = csrf_response.cookies["__Host-csrftoken"]
    assert csrf["secure"] and csrf["path"] == "/" and not csrf["domain"]
    assert csrf["samesite"] == "Lax"

    user = make_staff()
    response = sign_in_with_password(client, user, secure=True)
    session = response.cookies["__Host-sessionid"]
    assert session["secure"] and session["httponly"]
    assert session["path"] == "/" and not session["domain"]
    assert session["samesite"] == "Lax"


def test_security_txt_names_a_contact_and_a_future_expiry(client):
    response = client.get("/.well-known/security.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    fields = dict(line.split(": ", 1) for line in response.content.decode().splitlines())
    assert fields["Contact"].startswith(("mailto:", "https://"))
    expires = datetime.fromisoformat(fields["Expires"])
    now = datetime.now(UTC)
    assert now + timedelta(days=1) < expires < now + timedelta(days=400), "renew SECURITY_TXT_EXPIRES"
    assert fields["Canonical"] == "http://testserver/.well-known/security.txt"
