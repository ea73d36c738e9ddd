"""A wellbeing money round in Finnish, end to end: vote, application, decision, report, published results.

A resident votes and confirms from the email; the round moves on to its
application phase and the same resident applies; a working-group member
evaluates and funds it in the admin; the applicant reports from the link in
the decision email; the report is published and shows on the round page.
Called from the session fixture in conftest.py, like the other flows.
"""

import re
from dataclasses import dataclass, field

from django.core import mail
from django.urls import reverse
from django.utils import translation
from post_office.mail import send_queued

from projects.models import OpportunityIndexPage
from tests.factories import make_round, round_dates
from tests.staff import make_staff
from wellbeing import working_group
from wellbeing.models import Application, RoundPage, Vote

from .signup_flow import without_event_loop

TITLE = "Selainkierros 2031"
RESIDENT = "asukas@example.fi"
PROJECT = "Korjauskahvila Annankadulla"
REPORT = "Korjasimme 64 laitetta ja opetimme korjaamista kahdeksana iltana."
LINK = re.compile(r"https?://\S+token=[0-9a-f]+")


@dataclass
class WellbeingFlow:
    steps: dict = field(default_factory=dict)  # step -> (url, h1 text, html lang)
    emails: list = field(default_factory=list)  # (subject, body) in the order sent
    counted_votes: int = 0
    reference: str = ""
    status: str = ""
    round_page: str = ""  # the round page's main text at the end
    round_id: int = 0
    member: object = None


def prepare():
    index = OpportunityIndexPage.objects.get(locale__language_code="fi")
    flow = WellbeingFlow()
    flow.round_id = make_round(index, TITLE, phase="vote", themes=("Liikunta", "Korjaaminen", "Luonto")).pk
    flow.member = make_staff("tyoryhma", superuser=False)
    flow.member.groups.add(working_group.ensure())
    return flow


def run(browser, origin, flow, sign_in):
    resident = browser.new_context().new_page()
    round_url = without_event_loop(lambda: RoundPage.objects.get(pk=flow.round_id).url)
    _vote(flow, resident, origin + round_url)
    without_event_loop(_move_to, flow, "applications")
    _apply(flow, resident, origin + round_url)

    member = browser.new_context().new_page()
    sign_in(member, flow.member)
    _fund(flow, member, origin)

    without_event_loop(_move_to, flow, "reporting")
    _report(flow, resident)
    _publish_report(flow, member, origin)

    resident.goto(origin + round_url)
    _record(flow, resident, "results")
    flow.round_page = resident.locator("main").inner_text()
    flow.counted_votes, flow.reference, flow.status = without_event_loop(_stored, flow)
    return flow


def _vote(flow, page, round_url):
    page.goto(round_url)
    _record(flow, page, "round")
    page.click("main a[href*='/aanesta/'], main a[href*='vote']")
    _record(flow, page, "ballot")
    page.get_by_label("Liikunta").check()
    page.get_by_label("Korjaaminen").check()
    page.fill("input[name=email]", RESIDENT)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    _record(flow, page, "vote-sent")
    page.goto(_emailed_link(flow, "vote-confirm"))
    _record(flow, page, "confirm")
    with page.expect_navigation():
        page.click("form.confirm-form button[type=submit]")
    _record(flow, page, "confirmed")


def _apply(flow, page, round_url):
    page.goto(round_url)
    _record(flow, page, "round-applications")
    page.click("main a[href*='/hae/'], main a[href*='apply']")
    _record(flow, page, "application-form")
    page.check("input[name=applicant_type][value=group]")
    page.fill("input[name=applicant_name]", "Annankadun korjaajat")
    page.fill("input[name=contact_name]", "Kaisa Korjaaja")
    page.fill("input[name=contact_email]", RESIDENT)
    page.get_by_label("Korjaaminen").check()
    page.fill("input[name=title]", PROJECT)
    page.fill("textarea[name=description]", "Korjauskahvila kerran kuussa: rikkinäiset laitteet kuntoon.")
    page.fill("textarea[name=audience]", "Kaikille porilaisille, erityisesti ikäihmisille ja nuorille.")
    page.select_option("select[name=area]", index=1)
    page.fill("textarea[name=schedule]", "Helmikuusta marraskuuhun, kuun ensimmäinen tiistai.")
    page.fill("input[name=budget-0-item]", "Työkalut ja varaosat")
    page.fill("input[name=budget-0-amount]", "1200")
    page.fill("input[name=budget-1-item]", "Tilavuokra")
    page.fill("input[name=budget-1-amount]", "800,50")
    with page.expect_navigation():
        page.click("button[name=action][value=send]")
    _record(flow, page, "application-sent")


def _fund(flow, page, origin):
    application_id = without_event_loop(lambda: Application.objects.get(title=PROJECT).pk)
    page.goto(origin + reverse("wellbeing_applications:edit", args=[application_id]))
    page.select_option("#id_score", "5")
    page.fill("#id_note", "Selkeä suunnitelma, laaja kohderyhmä.")
    with page.expect_navigation():
        page.click("input[name=action][value=evaluate] ~ button[type=submit]")
    page.select_option("#id_status", "funded")
    page.fill("#id_amount_granted", "2000")
    with page.expect_navigation():
        page.click("input[name=action][value=decide] ~ button[type=submit]")


def _report(flow, page):
    page.goto(_emailed_link(flow, "application"))
    _record(flow, page, "application-funded")
    page.click("a[href*='token=']:has-text('Raportoi'), main a.button[href*='token=']")
    _record(flow, page, "report-form")
    page.fill("textarea[name=what_was_done]", REPORT)
    page.fill("input[name=participants]", "140")
    page.fill("textarea[name=money_used]", "Työkaluihin, varaosiin ja tilavuokraan.")
    page.fill("input[name=amount_used]", "1980")
    with page.expect_navigation():
        page.click("form.report-form button[type=submit]")
    _record(flow, page, "report-sent")


def _publish_report(flow, page, origin):
    report_id = without_event_loop(lambda: Application.objects.get(title=PROJECT).report.pk)
    page.goto(origin + reverse("wellbeing_reports:edit", args=[report_id]))
    with page.expect_navigation():
        page.click("input[name=action][value=publish] ~ button[type=submit]")


def _emailed_link(flow, view_name):
    """The private link to this view in the emails just sent, as the person would click it."""

    def read():
        with translation.override("fi"):
            path = reverse(f"wellbeing:{view_name}")
        mail.outbox.clear()
        send_queued()
        flow.emails += [(message.subject, message.body) for message in mail.outbox]
        links = [link for message in mail.outbox for link in LINK.findall(message.body)]
        return next(link for link in links if path in link)

    return without_event_loop(read)


def _move_to(flow, phase):
    """Time passes: the round's dates move so that it is in the given phase now."""
    RoundPage.objects.filter(pk=flow.round_id).update(
        **round_dates(phase), results_published=phase == "reporting"
    )


def _stored(flow):
    application = Application.objects.get(title=PROJECT)
    counted = Vote.objects.filter(round_id=flow.round_id, confirmed_at__isnull=False).count()
    return counted, application.reference, application.status


def _record(flow, page, step):
    flow.steps[step] = (
        page.url,
        page.locator("h1").first.inner_text().strip(),
        page.get_attribute("html", "lang"),
    )
