"""Error reports (the mails sent to ADMINS) carry no passwords, tokens or residents' form values."""

import email
import email.policy
import sys

import pytest
from aiosmtpd.controller import Controller
from django.test import RequestFactory
from django.views.debug import get_exception_reporter_class

from tests.smtp import Inbox, free_port
from tests.subprocess_django import run_python
from tests.test_settings import PRODUCTION_ENV

SECRETS = {
    "password": "hunter2-hunter2",
    "token": "c4ncel-t0ken-9f8e7d",
    "name": "Maija Meikäläinen",
    "email": "maija@example.fi",
    "needs": "sign-language interpreter",
}


def _report():
    request = RequestFactory().post(
        f"/fi/ilmoittaudu/?token={SECRETS['token']}",
        {"password": SECRETS["password"], "name": SECRETS["name"], "email": SECRETS["email"]},
        HTTP_COOKIE=f"sessionid={SECRETS['token']}",
    )

    def handle_sign_up(accessibility_needs):
        raise ValueError("something broke")

    try:
        handle_sign_up(SECRETS["needs"])
    except ValueError:
        exc_info = sys.exc_info()
    reporter = get_exception_reporter_class(request)(request, *exc_info)
    return reporter.get_traceback_text() + reporter.get_traceback_html()


@pytest.mark.parametrize("field", sorted(SECRETS))
def test_no_personal_data_or_secret_reaches_an_error_report(field):
    report = _report()
    assert "something broke" in report, "the report still explains the error"
    assert SECRETS[field] not in report


# A server error in production: one email to ERROR_EMAIL, as private as the report above.
FAILING_REQUEST = """
import sys, types
from django.conf import settings
from django.urls import path


def handle_sign_up(request):
    accessibility_needs = request.POST["needs"]
    raise ValueError("something broke")


urls = types.ModuleType("failing_urls")
urls.urlpatterns = [path("fi/ilmoittaudu/", handle_sign_up)]
sys.modules["failing_urls"] = urls
settings.ROOT_URLCONF = "failing_urls"
# The 500 page without a collectstatic run.
settings.STORAGES = {
    **settings.STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

import django
django.setup()
from django.test import Client

client = Client(raise_request_exception=False, HTTP_HOST="osallistu.pori.fi")
response = client.post(
    "/fi/ilmoittaudu/?token=TOKEN", {"name": "NAME", "email": "EMAIL", "needs": "NEEDS"}, secure=True
)
print(response.status_code)
"""


def test_a_server_error_in_production_emails_error_email_without_personal_data(tmp_path):
    code = FAILING_REQUEST
    for placeholder in ("TOKEN", "NAME", "EMAIL", "NEEDS"):
        code = code.replace(placeholder, SECRETS[placeholder.lower()])
    inbox, port = Inbox(), free_port()
    server = Controller(inbox, hostname="127.0.0.1", port=port)
    server.start()
    try:
        env = {
            **PRODUCTION_ENV,
            "DATABASE_URL": f"sqlite:///{tmp_path / 'unused.sqlite3'}",
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": str(port),
            "EMAIL_USE_TLS": "false",
            "ERROR_EMAIL": "verkkotiimi@example.fi",
        }
        result = run_python(code, env=env, settings="config.settings.production")
    finally:
        server.stop()
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "500"
    [envelope] = inbox.messages
    assert envelope.rcpt_tos == ["verkkotiimi@example.fi"]
    message = email.message_from_bytes(envelope.content, policy=email.policy.default)
    text = f"{message['Subject']}\n{message.get_body().get_content()}"
    assert "something broke" in text and "/fi/ilmoittaudu/" in text, "it still says what broke, and where"
    for field in ("token", "name", "email", "needs"):
        assert SECRETS[field] not in text
