"""A youth council editor writes a call and submits it; communications staff approve; a resident responds.

All in Chromium through the real admin (password and authenticator code),
called from the session fixture in conftest.py; returns what each person saw.
"""

from dataclasses import dataclass, field

from django.core import mail
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from councils import workspaces
from councils.models import CouncilCallPage
from networks.models import NetworkPage
from tests.staff import make_staff

from .signup_flow import without_event_loop

TITLE = "Kerro, mitä nuoret tarvitsevat Kirjurinluodossa"


@dataclass
class CouncilFlow:
    steps: dict = field(default_factory=dict)  # step -> (url, h1 text, html lang)
    notified: list = field(default_factory=list)  # recipients of "awaiting your review" mail
    live_before_approval: bool = True
    live_after_approval: bool = False
    responses: list = field(default_factory=list)
    council_page_id: int = 0
    editor: object = None
    communications: object = None


def prepare():
    """Before the browser starts: the two people, in the groups the workspaces created."""
    flow = CouncilFlow()
    flow.council_page_id = NetworkPage.objects.get(council="youth", locale__language_code="fi").pk
    flow.editor = make_staff("nuorisovaltuutettu", superuser=False)
    flow.editor.groups.add(_group(workspaces.COUNCIL_EDITORS["youth"]))
    flow.communications = make_staff("viestija", superuser=False)
    flow.communications.groups.add(_group(workspaces.COMMUNICATIONS))
    return flow


def _show(page, selector):
    """Open the editor's tab that holds the field (tabs are named in the admin's language)."""
    panel = page.locator(selector).first.evaluate("element => element.closest('[role=tabpanel]').id")
    page.click(f"[role=tab][aria-controls='{panel}']")


def _group(name):
    from django.contrib.auth.models import Group

    return Group.objects.get(name=name)


def run(browser, origin, flow, sign_in):
    """sign_in(page, user): the harness's sign-in with both factors."""
    editor = browser.new_context().new_page()
    sign_in(editor, flow.editor)
    editor.goto(f"{origin}/admin/pages/add/councils/councilcallpage/{flow.council_page_id}/")
    editor.fill("#id_title", TITLE)
    editor.fill("#id_intro", "Nuorisovaltuusto kerää nuorten ideoita Kirjurinluodon kehittämiseen.")
    editor.select_option("#id_asks_for", "ideas")
    _show(editor, "#id_closes_at")  # the deadline and the questions are on the tab "Taking part"
    deadline = timezone.localtime() + timezone.timedelta(days=14)
    editor.fill("#id_closes_at", deadline.strftime("%Y-%m-%d %H:%M"))
    editor.select_option("#id_response_method", "form")
    editor.click("#id_form_fields-ADD")
    editor.fill("#id_form_fields-0-label", "Ideasi")
    editor.select_option("#id_form_fields-0-field_type", "multiline")
    mail.outbox.clear()
    editor.click("footer [data-w-dropdown-target=toggle]")
    with editor.expect_navigation():
        editor.click("footer button[name=action-submit]")
    flow.steps["submitted"] = (editor.url, "", "")
    flow.notified = [address for message in mail.outbox for address in message.to]
    flow.live_before_approval = without_event_loop(_is_live)

    reviewer = browser.new_context().new_page()
    sign_in(reviewer, flow.communications)
    reviewer.click(f"text={TITLE}")  # the dashboard's "Awaiting your review"
    reviewer.wait_for_load_state()
    reviewer.click("footer [data-w-dropdown-target=toggle]")
    with reviewer.expect_navigation():
        reviewer.click(
            "footer button[data-workflow-action-name=approve]:not([data-workflow-action-modal-url])"
        )
    flow.live_after_approval = without_event_loop(_is_live)

    resident = browser.new_context().new_page()
    call_url, respond_url = without_event_loop(_urls)
    resident.goto(origin + call_url)
    _record(flow, resident, "public")
    resident.click(f'a[href="{respond_url}"]')
    _record(flow, resident, "form")
    resident.fill("#id_ideasi", "Katettu oleskelupaikka rannalle ja lisää valoa iltaisin.")
    with resident.expect_navigation():
        resident.click("form.response-form button[type=submit]")
    _record(flow, resident, "thanks")
    flow.responses = without_event_loop(_responses)
    return flow


def _record(flow, page, step):
    flow.steps[step] = (
        page.url,
        page.locator("h1").first.inner_text().strip(),
        page.get_attribute("html", "lang"),
    )


def _call():
    return CouncilCallPage.objects.get(title=TITLE)


def _is_live():
    return _call().live


def _urls():
    call = _call()
    return call.url, call.respond_url()


def _responses():
    return [submission.get_data().get("ideasi") for submission in FormSubmission.objects.filter(page=_call())]
