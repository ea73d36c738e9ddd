"""Settings per environment: production refuses to start half-configured and passes the deploy checks."""

import json
import runpy

import pytest

from tests.subprocess_django import run_manage, run_python

PRODUCTION_ENV = {
    "SECRET_KEY": "k7#Qv9!pX2@mZ4$wL8^rT1&yN6*bH3(cJ5)dF0_gS-aE+uI=oP",
    "ALLOWED_HOSTS": "osallistu.pori.fi",
    "DATABASE_URL": "postgres://osallistu@127.0.0.1:5432/osallistu",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "EMAIL_HOST": "smtp.example.fi",
    "DEFAULT_FROM_EMAIL": "Osallistu Pori <noreply@example.fi>",
    "WAGTAILADMIN_BASE_URL": "https://osallistu.pori.fi",
    "ERROR_EMAIL": "verkkotiimi@example.fi",
}

SHOW_SETTINGS = """
import json, django
django.setup()
from django.conf import settings
print(json.dumps({
    "engine": settings.DATABASES["default"]["ENGINE"],
    "name": str(settings.DATABASES["default"]["NAME"]),
    "cache": settings.CACHES["default"]["BACKEND"],
    "static": settings.STORAGES["staticfiles"]["BACKEND"],
    "debug": settings.DEBUG,
    "hosts": settings.ALLOWED_HOSTS,
    "email": settings.EMAIL_BACKEND,
    "outbox_sends_with": settings.POST_OFFICE["BACKENDS"]["default"],
}))
"""


def _settings(settings_module, env):
    result = run_python(SHOW_SETTINGS, env=env, settings=settings_module)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize("missing", sorted(PRODUCTION_ENV))
def test_production_refuses_to_start_without_a_required_variable(missing):
    env = {name: value for name, value in PRODUCTION_ENV.items() if name != missing}
    env[missing] = ""
    result = run_python(SHOW_SETTINGS, env=env, settings="config.settings.production")
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert missing in result.stderr


def test_production_reads_its_configuration_from_the_environment():
    values = _settings("config.settings.production", PRODUCTION_ENV)
    assert values == {
        "engine": "django.db.backends.postgresql",
        "name": "osallistu",
        "cache": "core.cache.SharedRedisCache",
        "static": "whitenoise.storage.CompressedManifestStaticFilesStorage",
        "debug": False,
        "hosts": ["osallistu.pori.fi"],
        # Every email goes through the outbox, which retries over SMTP.
        "email": "post_office.EmailBackend",
        "outbox_sends_with": "django.core.mail.backends.smtp.EmailBackend",
    }


def test_sqlite_is_the_default_and_database_url_switches_to_postgresql():
    assert _settings("config.settings.dev", {})["engine"] == "django.db.backends.sqlite3"
    postgres = _settings("config.settings.dev", {"DATABASE_URL": "postgres://someone@127.0.0.1:5432/other"})
    assert (postgres["engine"], postgres["name"]) == ("django.db.backends.postgresql", "other")


def test_deployment_checks_pass_without_warnings_under_production_settings():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env=PRODUCTION_ENV,
        settings="config.settings.production",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_collectstatic_writes_hashed_and_compressed_files(tmp_path):
    code = (
        "import django, os\n"
        "from django.conf import settings\n"
        f"settings.STATIC_ROOT = {str(tmp_path)!r}\n"
        "django.setup()\n"
        "from django.core.management import call_command\n"
        "call_command('collectstatic', '--no-input', verbosity=0)\n"
    )
    result = run_python(code, env=PRODUCTION_ENV, settings="config.settings.production", timeout=300)
    assert result.returncode == 0, result.stderr
    manifest = json.loads((tmp_path / "staticfiles.json").read_text())
    hashed = manifest["paths"]["css/site.css"]
    assert hashed != "css/site.css"
    assert (tmp_path / hashed).exists()
    assert (tmp_path / f"{hashed}.gz").exists()


# Each case: the variables changed from PRODUCTION_ENV. One process loads the production
# settings afresh for every case (loading them is what refuses), so the table stays quick.
PROBE_CASES = """
import importlib, json, os, sys
from django.core.exceptions import ImproperlyConfigured
base_env = dict(os.environ)
results = []
for changes in json.loads(sys.argv[1]):
    os.environ.clear()
    os.environ.update({**base_env, **changes})
    for name in [name for name in sys.modules if name.startswith("config.settings.")]:
        del sys.modules[name]
    try:
        settings = importlib.import_module("config.settings.production")
    except ImproperlyConfigured as refusal:
        results.append({"refused": str(refusal)})
        continue
    results.append({
        "trusted_proxies": settings.TRUSTED_PROXY_COUNT,
        "admins": [address for _name, address in settings.ADMINS],
        "base_url": settings.WAGTAILADMIN_BASE_URL,
        "api_base_url": settings.WAGTAILAPI_BASE_URL,
    })
print(json.dumps(results))
"""

NO_PROXY_VARIABLES = {"GUNICORN_BIND": "", "TRUSTED_PROXY_COUNT": "", "GUNICORN_FIREWALLED": ""}

CONSISTENT_PROXY_SETUPS = [
    # GUNICORN_BIND, TRUSTED_PROXY_COUNT, GUNICORN_FIREWALLED, the proxies trusted
    ("", "", "", 1),  # the defaults: nginx on this host, gunicorn on 127.0.0.1:8000
    ("127.0.0.1:8000", "1", "", 1),
    ("[::1]:8000", "1", "", 1),
    ("unix:/run/osallistu/gunicorn.sock", "2", "", 2),  # a load balancer, then nginx on this host
    ("0.0.0.0:8000", "0", "", 0),  # visitors connect to gunicorn itself
    ("0.0.0.0:8000", "1", "true", 1),  # a firewall lets only the proxy connect
    ("10.0.0.5:8000", "2", "true", 2),
]
REFUSED_PROXY_SETUPS = [
    # Reachable from the network and trusting X-Forwarded-For: anyone could write their own.
    ("0.0.0.0:8000", "1", "GUNICORN_FIREWALLED=true"),
    ("10.0.0.5:8000", "2", "GUNICORN_FIREWALLED=true"),
    ("127.0.0.1:8000, 0.0.0.0:8001", "1", "GUNICORN_FIREWALLED=true"),
    # Only a local proxy can connect, yet its header is ignored: everyone shares its address.
    ("127.0.0.1:8000", "0", "TRUSTED_PROXY_COUNT is 0"),
    ("", "0", "TRUSTED_PROXY_COUNT is 0"),
    ("", "one", "whole number"),
]
BAD_ADMIN_BASE_URLS = [
    "http://osallistu.pori.fi",
    "https://localhost:8000",
    "https://127.0.0.1",
    "osallistu.pori.fi",
]


def _cases():
    cases = {}
    for bind, proxies, firewalled, _trusted in CONSISTENT_PROXY_SETUPS:
        cases[("proxies", bind, proxies, firewalled)] = {
            "GUNICORN_BIND": bind,
            "TRUSTED_PROXY_COUNT": proxies,
            "GUNICORN_FIREWALLED": firewalled,
        }
    for bind, proxies, _reason in REFUSED_PROXY_SETUPS:
        cases[("proxies", bind, proxies, "")] = {"GUNICORN_BIND": bind, "TRUSTED_PROXY_COUNT": proxies}
    for url in [*BAD_ADMIN_BASE_URLS, "https://osallistu.pori.fi/"]:
        cases[("base_url", url)] = {"WAGTAILADMIN_BASE_URL": url}
    for addresses in ["verkkotiimi@example.fi, paivystys@example.fi", "verkkotiimi"]:
        cases[("error_email", addresses)] = {"ERROR_EMAIL": addresses}
    return cases


@pytest.fixture(scope="module")
def production_with():
    """What the production settings make of each case: their values, or {"refused": why}."""
    cases = _cases()
    code = f"import sys; sys.argv[1:] = [{json.dumps(list(cases.values()))!r}]\n" + PROBE_CASES
    result = run_python(
        code, env={**PRODUCTION_ENV, **NO_PROXY_VARIABLES}, settings="config.settings.production"
    )
    assert result.returncode == 0, result.stderr
    return dict(zip(cases, json.loads(result.stdout), strict=True))


@pytest.mark.parametrize(("bind", "proxies", "firewalled", "trusted"), CONSISTENT_PROXY_SETUPS)
def test_production_starts_with_a_consistent_proxy_setup(production_with, bind, proxies, firewalled, trusted):
    outcome = production_with[("proxies", bind, proxies, firewalled)]
    assert "refused" not in outcome, outcome
    assert outcome["trusted_proxies"] == trusted


@pytest.mark.parametrize(("bind", "proxies", "reason"), REFUSED_PROXY_SETUPS)
def test_production_refuses_a_proxy_setup_that_lets_addresses_be_forged_or_shared(
    production_with, bind, proxies, reason
):
    assert reason in production_with[("proxies", bind, proxies, "")]["refused"]


def test_gunicorn_listens_only_on_this_host_unless_told_otherwise(monkeypatch):
    monkeypatch.delenv("GUNICORN_BIND", raising=False)
    assert runpy.run_path("config/gunicorn.py")["bind"] == ["127.0.0.1:8000"]
    monkeypatch.setenv("GUNICORN_BIND", "0.0.0.0:8000,unix:/run/osallistu.sock")
    assert runpy.run_path("config/gunicorn.py")["bind"] == ["0.0.0.0:8000", "unix:/run/osallistu.sock"]


@pytest.mark.parametrize("url", BAD_ADMIN_BASE_URLS)
def test_production_refuses_an_admin_base_url_that_is_not_public_https(production_with, url):
    assert "WAGTAILADMIN_BASE_URL" in production_with[("base_url", url)]["refused"]


def test_links_in_emails_use_the_public_https_address(production_with):
    outcome = production_with[("base_url", "https://osallistu.pori.fi/")]
    assert (outcome["base_url"], outcome["api_base_url"]) == ("https://osallistu.pori.fi",) * 2


def test_error_reports_go_to_every_address_in_error_email(production_with):
    outcome = production_with[("error_email", "verkkotiimi@example.fi, paivystys@example.fi")]
    assert outcome["admins"] == ["verkkotiimi@example.fi", "paivystys@example.fi"]


def test_production_refuses_an_error_email_that_is_not_an_address(production_with):
    assert "ERROR_EMAIL" in production_with[("error_email", "verkkotiimi")]["refused"]
