"""A resident's sign-up in Chromium: form, email, cancel link and a waitlist promotion, in one language.

Called from the session fixture in conftest.py (the database is emptied after
live-server tests), and returns what a resident saw, for the tests to assert.
"""

import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from django.core import mail
from django.db import connections
from django.urls import reverse
from django.utils import translation
from post_office.mail import send_queued
from wagtail.models import Locale

from projects.models import OpportunitySession
from signups.models import Registration

LINK = re.compile(r"https?://\S+\?token=[0-9a-f]{64}")


@dataclass
class Flow:
    language: str
    steps: list = field(default_factory=list)  # (step, html lang, h1 text, url)
    emails: dict = field(default_factory=dict)  # person -> [(subject, language of the cancel link, .ics?)]
    statuses: dict = field(default_factory=dict)
    expected_headings: dict = field(default_factory=dict)
    opportunity_url: str = ""
    form_path: str = ""
    session_key: object = None


def prepare_session(session_key):
    """One place and one waitlist place, so that the second person waits and then moves up."""
    OpportunitySession.objects.filter(translation_key=session_key).update(
        capacity=1,
        waitlist_capacity=1,
        max_group_size=1,
        registration_opens_at=None,
        registration_closes_at=None,
    )


def without_event_loop(function, *args):
    """Run database work off Playwright's thread: Django refuses ORM calls where an event loop runs."""

    def work():
        try:
            return function(*args)
        finally:
            connections.close_all()  # this thread's own database connection

    with ThreadPoolExecutor(max_workers=1) as worker:
        return worker.submit(work).result()


def plan(session, language):
    """Before the browser starts: the session, its addresses and what the resident should read."""
    prepare_session(session.translation_key)
    flow = Flow(language)
    with translation.override(language):
        flow.expected_headings = {
            "thanks": translation.gettext("Thank you for signing up"),
            "cancel": translation.gettext("Cancel your registration"),
            "cancelled": translation.gettext("Registration cancelled"),
        }
        flow.opportunity_url = session.page.get_translation(Locale.objects.get(language_code=language)).url
        flow.form_path = reverse("signups:signup", args=[session.translation_key])
    flow.session_key = session.translation_key
    return flow


def run(browser, origin, flow):
    language, opportunity_url, form_path = flow.language, flow.opportunity_url, flow.form_path
    page = browser.new_page()
    first, second = f"first-{language}@example.fi", f"second-{language}@example.fi"

    for person, email in (("first", first), ("second", second)):
        page.goto(origin + opportunity_url)
        page.click(f'a[href="{form_path}"]')
        _record(flow, page, f"form-{person}")
        page.fill("#id_name", f"Asukas {person.title()}")
        page.fill("#id_email", email)
        page.check("#id_needs_0")  # step-free access
        page.check("#id_consent")
        page.locator("form.signup-form button[type=submit]").focus()
        with page.expect_navigation():
            page.keyboard.press("Enter")
        _record(flow, page, f"thanks-{person}")
    without_event_loop(_collect_mail, flow, {first: "first", second: "second"})

    cancel_link = flow.emails["first"][0]["cancel_link"]
    page.goto(cancel_link)
    _record(flow, page, "cancel")
    with page.expect_navigation():
        page.click("form.cancel-form button[type=submit]")
    _record(flow, page, "cancelled")
    without_event_loop(_collect_mail, flow, {first: "first", second: "second"})
    flow.statuses = without_event_loop(_statuses, flow.session_key)
    page.close()
    return flow


def _statuses(session_key):
    return dict(Registration.objects.filter(session_key=session_key).values_list("email", "status"))


def _record(flow, page, step):
    flow.steps.append(
        (step, page.get_attribute("html", "lang"), page.locator("h1").first.inner_text().strip(), page.url)
    )


def _collect_mail(flow, people):
    mail.outbox.clear()
    send_queued()
    for message in mail.outbox:
        if message.to[0] not in people:
            continue  # other pages' sign-ups
        link = LINK.search(message.body)
        flow.emails.setdefault(people[message.to[0]], []).append(
            {
                "subject": message.subject,
                "cancel_link": link.group() if link else None,
                "calendar": any(name.endswith(".ics") for name, _content, _type in message.attachments),
                "body": message.body,
            }
        )
    mail.outbox.clear()
