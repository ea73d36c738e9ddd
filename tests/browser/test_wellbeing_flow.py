"""A wellbeing money round runs in Finnish from the theme vote to a published report."""

import re

import pytest

from .wellbeing_flow import PROJECT, REPORT, TITLE

pytestmark = [pytest.mark.browser, pytest.mark.demo]


def test_every_step_is_in_finnish_and_no_address_is_in_a_url(findings):
    flow = findings.wellbeing_flow
    assert {lang for _url, _h1, lang in flow.steps.values()} == {"fi"}
    for url, _h1, _lang in flow.steps.values():
        assert "@" not in url and "asukas" not in url


def test_the_vote_counts_once_confirmed_from_the_email(findings):
    flow = findings.wellbeing_flow
    assert flow.counted_votes == 1
    assert TITLE in flow.steps["ballot"][1]


def test_the_application_gets_a_reference_and_is_funded(findings):
    flow = findings.wellbeing_flow
    assert re.fullmatch(r"HR-\d{4}-\d{3}", flow.reference)
    assert flow.status == "funded"
    subjects = " | ".join(subject for subject, _body in flow.emails)
    assert flow.reference in subjects or any(flow.reference in body for _s, body in flow.emails)


def test_the_published_report_shows_on_the_round_page(findings):
    text = findings.wellbeing_flow.round_page
    assert PROJECT in text
    assert REPORT in text
    assert "Annankadun korjaajat" in text
