"""Logs never contain passwords, tokens or residents' form values."""

import logging
import sys

import pytest

from tests.staff import make_staff, sign_in_with_password
from tests.subprocess_django import ROOT, run_command
from tests.test_settings import PRODUCTION_ENV

pytestmark = pytest.mark.django_db


def test_a_failed_sign_in_logs_no_password(client, caplog):
    user = make_staff()
    with caplog.at_level(logging.DEBUG):
        for _attempt in range(6):
            sign_in_with_password(client, user, password="my-secret-attempt")
    assert caplog.records, "failed sign-ins are logged"
    assert all("my-secret-attempt" not in record.getMessage() for record in caplog.records)


def test_gunicorn_access_log_leaves_out_query_strings():
    namespace = {}
    exec((ROOT / "config" / "gunicorn.py").read_text(), namespace)  # noqa: S102 - our own config file
    log_format = namespace["access_log_format"]
    assert "%(U)s" in log_format
    for leaking in ("%(r)s", "%(q)s", "%(u)s"):
        assert leaking not in log_format


def test_gunicorn_accepts_the_configuration():
    result = run_command(
        [sys.executable, "-m", "gunicorn", "--check-config", "-c", "config/gunicorn.py", "config.wsgi"],
        env=PRODUCTION_ENV,
        settings="config.settings.production",
    )
    assert result.returncode == 0, result.stdout + result.stderr
