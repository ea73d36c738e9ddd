"""The real Content-Security-Policies hold in Chromium: nothing on the site or in the admin is refused."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.demo]


def test_public_pages_break_no_rule_of_the_strict_policy(findings):
    assert {url: result["refused"] for url, result in findings.csp_public.items() if result["refused"]} == {}


def test_the_admin_works_under_its_own_policy_without_third_parties(findings):
    for url, result in findings.csp_admin.items():
        assert result["status"] == 200, url
        assert result["final_url"] == url, "still signed in with both factors"
        assert result["refused"] == [], url
