"""Settings per environment: production refuses to start half-configured and passes the deploy checks."""

import json

import pytest

from tests.subprocess_django import run_manage, run_python

PRODUCTION_ENV = {
    "SECRET_KEY": "k7#Qv9!pX2@mZ4$wL8^rT1&yN6*bH3(cJ5)dF0_gS-aE+uI=oP",
    "ALLOWED_HOSTS": "osallistu.pori.fi",
    "DATABASE_URL": "postgres://osallistu@127.0.0.1:5432/osallistu",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "EMAIL_HOST": "smtp.example.fi",
    "DEFAULT_FROM_EMAIL": "Osallistu Pori <noreply@example.fi>",
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
        "cache": "django.core.cache.backends.redis.RedisCache",
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
