"""A resident signs up, gets the email, cancels from its link, and the waitlist moves up: fi, sv, en."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.demo]
LANGUAGES = ["fi", "sv", "en"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_of_the_flow_is_in_the_residents_language(findings, language):
    flow = findings.signup_flows[language]
    steps = [step for step, _lang, _heading, _url in flow.steps]
    assert steps == ["form-first", "thanks-first", "form-second", "thanks-second", "cancel", "cancelled"]
    assert {lang for _step, lang, _heading, _url in flow.steps} == {language}
    headings = {step: heading for step, _lang, heading, _url in flow.steps}
    assert headings["thanks-first"] == flow.expected_headings["thanks"]
    assert headings["cancel"] == flow.expected_headings["cancel"]
    assert headings["cancelled"] == flow.expected_headings["cancelled"]
    for _step, _lang, _heading, url in flow.steps:
        assert "@" not in url and "Asukas" not in url, "no personal data in addresses"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_first_gets_a_place_and_the_second_waits(findings, language):
    emails = findings.signup_flows[language].emails
    confirmation, cancellation = emails["first"]
    waitlisted, _promoted = emails["second"]
    assert confirmation["calendar"] and not waitlisted["calendar"]
    assert f"/{language}/" in confirmation["cancel_link"]
    assert confirmation["subject"] != waitlisted["subject"]
    assert cancellation["cancel_link"] is None


@pytest.mark.parametrize("language", LANGUAGES)
def test_cancelling_from_the_email_link_promotes_the_waitlist(findings, language):
    flow = findings.signup_flows[language]
    assert flow.statuses == {
        f"first-{language}@example.fi": "cancelled",
        f"second-{language}@example.fi": "confirmed",
    }
    promoted = flow.emails["second"][1]
    assert promoted["calendar"], "the promoted person gets the calendar event"
    assert f"/{language}/" in promoted["cancel_link"]


def test_the_emails_are_written_in_each_language(findings):
    greetings = {
        language: findings.signup_flows[language].emails["first"][0]["body"].split()[0]
        for language in LANGUAGES
    }
    assert greetings == {"fi": "Hei", "sv": "Hej", "en": "Hello"}
