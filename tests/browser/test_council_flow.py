"""A youth council's call goes live only once communications staff approve it; then residents respond."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.demo]


def test_the_editor_can_only_submit_and_communications_are_told(findings):
    flow = findings.council_flow
    assert "submitted" in flow.steps
    assert not flow.live_before_approval, "a council editor cannot publish"
    assert "viestija@example.com" in flow.notified


def test_approval_publishes_the_call_in_finnish(findings):
    flow = findings.council_flow
    assert flow.live_after_approval
    url, heading, lang = flow.steps["public"]
    assert lang == "fi" and "/fi/" in url
    assert heading == "Kerro, mitä nuoret tarvitsevat Kirjurinluodossa"


def test_a_resident_responds_to_the_live_call(findings):
    flow = findings.council_flow
    assert flow.steps["form"][2] == "fi"
    assert flow.steps["thanks"][0].endswith("/vastaa/kiitos/")
    assert flow.responses == ["Katettu oleskelupaikka rannalle ja lisää valoa iltaisin."]
