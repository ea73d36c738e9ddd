"""After a failed submit the error summary has the focus and is on screen; each of its links brings its field
into view with the field's label, on a phone and a desktop (site/static/js/forms.js, as GOV.UK's does)."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.demo]


def test_every_form_is_checked_on_a_phone_and_a_desktop(findings):
    urls = {seen.url for seen in findings.form_focus}
    assert len(urls) >= 10, "sign-up, ballot and application in three languages, and a council call"
    assert {seen.viewport for seen in findings.form_focus} == {"phone", "desktop"}


def test_the_error_summary_takes_the_focus_and_is_in_view(findings, subtests):
    for seen in findings.form_focus:
        with subtests.test(url=seen.url, viewport=seen.viewport):
            assert seen.summary_focused
            assert seen.summary_visible, f"the summary starts {seen.summary_top} px down"
            assert seen.tabs_to_first_link == 1, "one Tab from the summary to its first link"
            assert not seen.script_errors


def test_a_summary_link_focuses_its_field_with_the_label_in_view(findings, subtests):
    for seen in findings.form_focus:
        assert seen.links, seen.url
        for number, link in enumerate(seen.links):
            with subtests.test(url=seen.url, viewport=seen.viewport, link=number):
                assert link["is_field"], link["focused"]
                assert link["label_in_view"], link["focused"]
                assert link["field_in_view"], link["focused"]
