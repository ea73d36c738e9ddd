"""tools/audit_dependencies.py fails on a known vulnerability and never passes a skipped audit as clean."""

import importlib.util
import json

from tests.subprocess_django import ROOT

spec = importlib.util.spec_from_file_location("audit_dependencies", ROOT / "tools" / "audit_dependencies.py")
audit = importlib.util.module_from_spec(spec)
spec.loader.exec_module(audit)


def _report(*dependencies):
    return json.dumps({"dependencies": list(dependencies), "fixes": []})


def test_a_known_vulnerability_fails_the_run():
    vulnerable = {
        "name": "django",
        "version": "5.2.0",
        "vulns": [{"id": "PYSEC-2025-1", "fix_versions": ["5.2.1"], "description": "..."}],
    }
    status, message = audit.classify(1, _report(vulnerable), "")
    assert status == 1
    assert "django 5.2.0: PYSEC-2025-1 (fixed in 5.2.1)" in message


def test_a_clean_audit_passes_and_says_how_much_it_checked():
    status, message = audit.classify(
        0,
        _report(
            {"name": "wagtail", "version": "8.0.1", "vulns": []},
            {"name": "osallistu", "skip_reason": "local"},
        ),
        "",
    )
    assert status == 0
    assert "no known vulnerabilities in 1 packages (1 not auditable)" in message


def test_an_unreachable_service_is_reported_and_does_not_fail():
    status, message = audit.classify(1, "", "requests.exceptions.ConnectionError: Max retries exceeded")
    assert status == 0
    assert message.startswith("Dependency audit SKIPPED")


def test_a_service_that_knows_no_package_is_a_skip_not_a_pass():
    skipped = {"name": "django", "skip_reason": "Dependency not found on PyPI and could not be audited"}
    status, message = audit.classify(0, _report(skipped, skipped), "")
    assert status == 0
    assert message.startswith("Dependency audit SKIPPED")


def test_any_other_failure_fails_the_run():
    status, message = audit.classify(2, "", "pip_audit: error: unrecognized arguments")
    assert status == 1
    assert "unrecognized arguments" in message
