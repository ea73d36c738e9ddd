"""The main page types at 320, 390 and 1280 px in three languages: nothing scrolls sideways (also
with 200 % text on a 320 px screen), the header leaves the phone's first screen to the content, the
opportunity's sign-up button shows without scrolling, and the home page stays light.

Screenshots of every case are in test-artifacts/screenshots/ after the run.
"""

import pytest

from .layout import HEADER_SHARE, PHONE, SCREENSHOTS, WIDTHS

pytestmark = [pytest.mark.browser, pytest.mark.demo]
HOME_PAGE_BUDGET = 100_000  # bytes on first load at phone width, fonts and images included


def test_every_main_page_type_is_inspected_in_every_language(findings):
    paths = [report.path for report in findings.layout]
    for language in ("fi", "sv", "en"):
        assert sum(path.startswith(f"/{language}/") for path in paths) >= 10, paths


def test_nothing_scrolls_sideways_at_any_width_or_with_large_text(findings, subtests):
    for report in findings.layout:
        for case in (*WIDTHS, "320@200%"):
            with subtests.test(path=report.path, width=case):
                assert report.overflow[case] <= 0


def test_the_header_takes_at_most_a_quarter_of_the_first_phone_screen(findings, subtests):
    for report in findings.layout:
        with subtests.test(path=report.path):
            assert 0 < report.header_share <= HEADER_SHARE


def test_the_sign_up_button_is_on_the_first_phone_screen(findings):
    opportunities = [report for report in findings.layout if report.signup_button_bottom is not None]
    assert {report.path.split("/")[1] for report in opportunities} == {"fi", "sv", "en"}
    for report in opportunities:
        assert report.signup_button_bottom <= PHONE["height"], report.path


def test_the_home_page_weighs_under_100_kb_on_a_phone(findings):
    home = next(report for report in findings.layout if report.path == "/fi/")
    assert 20_000 < home.home_weight < HOME_PAGE_BUDGET


def test_screenshots_are_saved_for_people_to_look_at(findings):
    for report in findings.layout:
        assert len(list(SCREENSHOTS.glob(report.path.strip("/").split("?")[0].replace("/", "_") + "*"))) >= 4
