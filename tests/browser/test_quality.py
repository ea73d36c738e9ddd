"""Every page in the sitemap, in all three languages, passes axe-core and the Nu Html Checker.

The pages come from /sitemap.xml (see conftest.py), so each page type that
later work adds is checked automatically.
"""

import pytest

from . import quality

pytestmark = [pytest.mark.browser, pytest.mark.demo]


def test_sitemap_covers_every_language(findings):
    for language in ("fi", "sv", "en"):
        assert sum(url.startswith(f"{findings.origin}/{language}/") for url in findings.pages) >= 4


def test_pages_answer_as_expected(findings):
    for url, report in findings.pages.items():
        assert report.status == (404 if url in findings.not_found else 200), url


def test_no_accessibility_violations(findings, subtests):
    for url, report in findings.pages.items():
        with subtests.test(url=url):
            assert report.axe_violations == []


def test_no_html_errors(findings, subtests):
    for url, report in findings.pages.items():
        with subtests.test(url=url):
            assert report.html_errors == []


def test_no_requests_to_other_origins(findings, subtests):
    for url, report in findings.pages.items():
        with subtests.test(url=url):
            assert report.foreign_requests == []


def test_pages_reflow_at_320_css_pixels(findings, subtests):
    for url, report in findings.pages.items():
        with subtests.test(url=url):
            assert report.overflow_at_320px <= 0


def test_first_tab_reaches_a_visible_skip_link(findings, subtests):
    for url, report in findings.pages.items():
        if url.endswith(quality.SUBMIT_EMPTY):
            continue  # the error summary has the focus there: tests/browser/test_form_focus.py
        with subtests.test(url=url):
            assert report.skip_link_focused
