"""The working group's admin for wellbeing money: listing, evaluation, decisions, exports, reports.

Every request goes through the test client as signed-in staff (password and
TOTP). Only the working group (and superusers) see anything; other staff are
refused. Emails are read from the outbox after sending it.
"""

import csv
import datetime
import io
import json
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from openpyxl import load_workbook
from post_office.mail import send_queued
from wagtail.models import ModelLogEntry, PageLogEntry

from councils import workspaces
from networks.models import Council
from projects.models import OpportunityIndexPage
from tests.factories import make_round, translate_page
from tests.html import soup
from tests.staff import make_staff, sign_in
from wellbeing import working_group
from wellbeing.admin import vote_clusters
from wellbeing.models import (
    Application,
    ApplicationAttachment,
    Evaluation,
    Message,
    Report,
    Vote,
    email_digest,
)

pytestmark = pytest.mark.django_db
Status = Application.Status
INDEX = reverse("wellbeing_applications:index")
REPORTS = reverse("wellbeing_reports:index")
PERSONAL = ("Maija", "maija@example.fi", "040 765", "Pihapiiri ry")


@pytest.fixture
def round_page(demo_site):
    index = OpportunityIndexPage.objects.get(locale__language_code="fi")
    return make_round(index, "Arviointikierros", phase="evaluation", max_grant=3000)


def _theme(round_page, name):
    return round_page.themes.get(name=name).translation_key


def make_application(round_page, number, **fields):
    values = {
        "round": round_page,
        "status": Status.RECEIVED,
        "reference": f"HR-2027-{number:03}",
        "submitted_at": timezone.now(),
        "language": "fi",
        "applicant_type": "association",
        "applicant_name": "Pihapiiri ry",
        "contact_name": "Maija Meikäläinen",
        "contact_email": "maija@example.fi",
        "contact_phone": "040 765 4321",
        "title": f"Hanke {number}",
        "theme_key": _theme(round_page, "Liikunta"),
        "area": "keskusta",
        "budget": [{"item": "Tarvikkeet", "amount": "1200.00"}, {"item": "Tilavuokra", "amount": "800.00"}],
        "requested_amount": Decimal("2000"),
        **fields,
    }
    return Application.objects.create(**values)


def _member(username="member"):
    user = make_staff(username, superuser=False)
    user.groups.add(working_group.ensure())
    return user


@pytest.fixture
def member(client):
    """A signed-in member of the working group (not a superuser)."""
    return sign_in(client, _member())


def _page_url(application):
    return reverse("wellbeing_applications:edit", args=[application.pk])


def _listed(response):
    return [application.reference for application in response.context["object_list"]]


def _outsiders():
    """Staff outside the working group: communications, and a council's editors."""
    communications, _workflow = workspaces.communications()
    editors, _created = Group.objects.get_or_create(name=workspaces.COUNCIL_EDITORS[Council.YOUTH])
    users = []
    for name, group in (("viestija", communications), ("nuorisotoimittaja", editors)):
        user = make_staff(name, superuser=False)
        user.groups.add(group)
        users.append(sign_in(Client(), user))
    return users


def _sent():
    mail.outbox.clear()
    send_queued()
    return list(mail.outbox)


def _assert_no_personal_data(entry):
    stored = json.dumps(entry.data) + (entry.label or "")
    for personal in PERSONAL:
        assert personal not in stored


# --- Who sees what ------------------------------------------------------------------------------------------


def test_the_working_group_is_created_once_with_its_permissions():
    group = working_group.ensure()
    assert working_group.ensure() == group
    assert Group.objects.filter(name=working_group.WORKING_GROUP).count() == 1
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert codenames == {
        "view_application",
        "change_application",
        "evaluate_application",
        "view_report",
        "change_report",
        "view_vote",
        "access_admin",
    }


def test_members_see_the_menu_and_the_applications(member, round_page):
    application = make_application(round_page, 1)
    assert INDEX in member.get("/admin/").content.decode()
    response = member.get(INDEX, {"round": round_page.pk})
    assert response.status_code == 200
    assert _listed(response) == ["HR-2027-001"]
    assert member.get(_page_url(application)).status_code == 200
    assert member.get(REPORTS).status_code == 200


def test_other_staff_are_refused_everywhere_and_see_no_menu(round_page):
    application = make_application(round_page, 1)
    attachment = ApplicationAttachment.objects.create(
        application=application,
        file=ContentFile(b"%PDF-1.4", name="budjetti.pdf"),
        name="budjetti.pdf",
        size=8,
    )
    for outsider in _outsiders():
        assert INDEX not in outsider.get("/admin/").content.decode()
        for url in (
            INDEX,
            f"{INDEX}?export=csv",
            f"{INDEX}?export=xlsx",
            _page_url(application),
            reverse("wellbeing_applications:attachment", args=[attachment.pk]),
            REPORTS,
        ):
            assert outsider.get(url).status_code in (302, 403), url
        response = outsider.post(_page_url(application), {"action": "evaluate", "score": "5"})
        assert response.status_code in (302, 403)
    assert not Evaluation.objects.exists()
    assert not ModelLogEntry.objects.filter(action__startswith="wellbeing.").exists()


def test_drafts_are_not_listed_and_nobody_can_add_applications(member, round_page):
    make_application(round_page, 1)
    draft = make_application(round_page, 2, status=Status.DRAFT, reference=None, submitted_at=None)
    response = member.get(INDEX, {"round": round_page.pk})
    assert _listed(response) == ["HR-2027-001"]
    assert not response.context["can_add"]
    assert member.get(_page_url(draft)).status_code == 404


def test_only_superusers_may_delete_an_application(member, round_page):
    application = make_application(round_page, 1)
    url = reverse("wellbeing_applications:delete", args=[application.pk])
    assert member.post(url).status_code in (302, 403)
    assert Application.objects.filter(pk=application.pk).exists()
    admin = sign_in(Client(), make_staff("superuser"))
    assert admin.post(url).status_code == 302
    assert not Application.objects.filter(pk=application.pk).exists()


# --- Listing --------------------------------------------------------------------------------------


def test_the_listing_filters_by_theme_area_status_and_round(member, round_page):
    make_application(round_page, 1)
    make_application(round_page, 2, theme_key=_theme(round_page, "Kulttuuri"), area="kirjurinluoto")
    make_application(round_page, 3, status=Status.FUNDED, amount_granted=1000)
    index = OpportunityIndexPage.objects.get(locale__language_code="fi")
    other_round = make_round(index, "Toinen kierros", phase="applications")
    make_application(other_round, 4, theme_key=_theme(other_round, "Liikunta"))
    culture = _theme(round_page, "Kulttuuri")
    assert _listed(member.get(INDEX, {"theme": culture})) == ["HR-2027-002"]
    in_centre = member.get(INDEX, {"area": "keskusta"}).context["object_list"]  # every round
    assert {a.area for a in in_centre} == {"keskusta"}
    ours = sorted(a.reference for a in in_centre if a.reference.startswith("HR-2027-"))
    assert ours == ["HR-2027-001", "HR-2027-003", "HR-2027-004"]
    assert _listed(member.get(INDEX, {"round": round_page.pk, "status": Status.FUNDED})) == ["HR-2027-003"]
    assert sorted(_listed(member.get(INDEX, {"round": round_page.pk}))) == [
        "HR-2027-001",
        "HR-2027-002",
        "HR-2027-003",
    ]


def test_the_listing_shows_finnish_names_and_scores(member, round_page):
    application = make_application(round_page, 1, theme_key=_theme(round_page, "Kulttuuri"))
    for name, score in (("arvioija1", 4), ("arvioija2", 5)):
        Evaluation.objects.create(application=application, evaluator=make_staff(name), score=score)
    [shown] = member.get(INDEX, {"round": round_page.pk}).context["object_list"]
    assert (shown.theme_name, shown.area_name) == ("Kulttuuri", "Keskusta")
    assert shown.average_score == pytest.approx(4.5)
    assert shown.evaluation_count == 2


def test_the_listing_takes_the_same_number_of_queries_however_many_applications(member, round_page):
    make_application(round_page, 1)
    mine = {"round": round_page.pk}
    member.get(INDEX, mine)  # caches warmed
    with CaptureQueriesContext(connection) as few:
        assert member.get(INDEX, mine).status_code == 200
    evaluator = make_staff("arvioija")
    for number in range(2, 12):
        application = make_application(round_page, number, area="kirjurinluoto" if number % 2 else "keskusta")
        Evaluation.objects.create(application=application, evaluator=evaluator, score=3)
    with CaptureQueriesContext(connection) as many:
        response = member.get(INDEX, mine)
    assert len(response.context["object_list"]) == 11
    assert len(many) == len(few)


# --- Evaluation -----------------------------------------------------------------------------------


def test_each_member_has_one_evaluation_which_they_can_change(member, round_page):
    application = make_application(round_page, 1)
    colleague = _member("colleague")
    Evaluation.objects.create(application=application, evaluator=colleague, score=2, note="Epäselvä budjetti")
    assert (
        member.post(_page_url(application), {"action": "evaluate", "score": "4", "note": "Hyvä"}).status_code
        == 302
    )
    assert (
        member.post(
            _page_url(application), {"action": "evaluate", "score": "5", "note": "Erinomainen"}
        ).status_code
        == 302
    )
    own = Evaluation.objects.get(application=application, evaluator__username="member")
    assert (own.score, own.note) == (5, "Erinomainen")
    assert Evaluation.objects.filter(application=application).count() == 2
    response = member.get(_page_url(application))
    assert response.context["application"].average_score == pytest.approx(3.5)
    assert [e.evaluator for e in response.context["other_evaluations"]] == [colleague]
    assert response.context["evaluation_form"].instance == own
    assert "colleague" in response.content.decode() and "Epäselvä budjetti" in response.content.decode()
    entries = ModelLogEntry.objects.filter(action="wellbeing.evaluate", object_id=str(application.pk))
    assert entries.count() == 2
    for entry in entries:
        _assert_no_personal_data(entry)


def test_a_score_outside_one_to_five_is_refused_and_the_note_kept(member, round_page):
    application = make_application(round_page, 1)
    response = member.post(_page_url(application), {"action": "evaluate", "score": "6", "note": "Luonnos"})
    assert response.status_code == 400
    assert response.context["evaluation_form"].errors["score"]
    assert response.context["evaluation_form"]["note"].value() == "Luonnos"
    assert not Evaluation.objects.exists()


def test_the_application_page_shows_budget_and_total(member, round_page):
    application = make_application(round_page, 1)
    context = member.get(_page_url(application)).context
    assert [row["item"] for row in context["budget_rows"]] == ["Tarvikkeet", "Tilavuokra"]
    assert context["budget_total"] == Decimal("2000")


# --- Decisions ------------------------------------------------------------------------------------


def _decide(client, application, **fields):
    data = {"action": "decide", "status": application.status, "decision_url": "", "merge_note": "", **fields}
    return client.post(_page_url(application), {k: v for k, v in data.items() if v is not None})


def test_funding_a_swedish_application_emails_the_applicant_in_swedish(member, round_page):
    translate_page(round_page, "sv")
    application = make_application(round_page, 1, language="sv", contact_email="anna@example.se")
    response = _decide(
        member,
        application,
        status=Status.FUNDED,
        amount_granted="1500",
        decision_url="https://pori.fi/paatos",
    )
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == Status.FUNDED
    assert application.amount_granted == Decimal("1500")
    assert application.decided_at is not None
    [email] = _sent()
    assert email.to == ["anna@example.se"]
    assert "/sv/" in email.body
    assert f"token={application.private_token}" in email.body
    assert "1\xa0500,00" in email.body or "1 500,00" in email.body or "1500,00" in email.body
    assert "https://pori.fi/paatos" in email.body
    [entry] = ModelLogEntry.objects.filter(action="wellbeing.status", object_id=str(application.pk))
    assert (entry.data["from"], entry.data["to"]) == (Status.RECEIVED, Status.FUNDED)
    _assert_no_personal_data(entry)


def test_not_funded_emails_kindly_with_the_decision_link(member, round_page):
    application = make_application(round_page, 1)
    _decide(member, application, status=Status.NOT_FUNDED, decision_url="https://pori.fi/paatos")
    application.refresh_from_db()
    assert application.decided_at is not None
    [email] = _sent()
    assert "https://pori.fi/paatos" in email.body and "/fi/" in email.body


def test_saving_without_a_change_of_status_emails_nobody(member, round_page):
    application = make_application(round_page, 1, status=Status.IN_EVALUATION)
    assert _decide(member, application, status=Status.PROPOSED).status_code == 302
    assert _decide(member, Application.objects.get(pk=application.pk), merge_note="").status_code == 302
    assert _sent() == []
    assert Application.objects.get(pk=application.pk).decided_at is None


@pytest.mark.parametrize(
    ("amount", "requested"),
    [(None, "2000"), ("3500", "5000"), ("2500", "2000"), ("0", "2000")],
    ids=["missing", "over-the-round-maximum", "over-the-sum-applied", "zero"],
)
def test_a_funded_amount_outside_the_rules_is_refused(member, round_page, amount, requested):
    application = make_application(round_page, 1, requested_amount=Decimal(requested))
    response = _decide(
        member, application, status=Status.FUNDED, amount_granted=amount, decision_url="https://x.fi/"
    )
    assert response.status_code == 400
    form = response.context["decision_form"]
    assert form.errors["amount_granted"]
    assert form["decision_url"].value() == "https://x.fi/"
    application.refresh_from_db()
    assert (application.status, application.amount_granted, application.decided_at) == (
        Status.RECEIVED,
        None,
        None,
    )
    assert _sent() == []


def test_merging_needs_another_application_of_the_same_round_and_a_reason(member, round_page):
    application = make_application(round_page, 1)
    other = make_application(round_page, 2)
    index = OpportunityIndexPage.objects.get(locale__language_code="fi")
    elsewhere = make_application(make_round(index, "Toinen kierros", phase="applications"), 3)
    assert _decide(member, application, merge_with=elsewhere.pk, merge_note="Sama idea").status_code == 400
    assert _decide(member, application, merge_with=other.pk).status_code == 400
    assert _decide(member, application, merge_with=other.pk, merge_note="Sama idea").status_code == 302
    application.refresh_from_db()
    assert (application.merge_with, application.merge_note) == (other, "Sama idea")


def test_asking_for_more_information_stores_the_message_and_emails_the_applicant(member, round_page):
    application = make_application(round_page, 1, status=Status.IN_EVALUATION)
    question = "Mihin tilavuokra tarkalleen käytetään?"
    assert member.post(_page_url(application), {"action": "ask", "text": question}).status_code == 302
    application.refresh_from_db()
    assert application.status == Status.MORE_INFORMATION
    [message] = Message.objects.filter(application=application)
    assert (message.author, message.text) == (Message.Author.STAFF, question)
    [email] = _sent()
    assert email.to == ["maija@example.fi"]
    assert question in email.body and f"token={application.private_token}" in email.body
    assert member.post(_page_url(application), {"action": "ask", "text": ""}).status_code == 400


# --- Exports --------------------------------------------------------------------------------------


def _export_rows(client, file_format, **filters):
    response = client.get(INDEX, {**filters, "export": file_format})
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    if file_format == "csv":
        assert response.content.startswith("\ufeff".encode())
        return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    sheet = load_workbook(io.BytesIO(response.content)).active
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_exports_hold_the_filtered_rows_guarded_and_are_logged(member, round_page, file_format):
    make_application(round_page, 1, title='=HYPERLINK("http://evil")', applicant_name="Pihapiiri ry")
    make_application(round_page, 2, status=Status.FUNDED, amount_granted=1000)
    make_application(round_page, 3, area="kirjurinluoto")
    rows = _export_rows(member, file_format, round=round_page.pk, area="keskusta")
    header, *data = rows
    assert len(header) == 11
    assert sorted(row[0] for row in data) == ["HR-2027-001", "HR-2027-002"]
    first = next(row for row in data if row[0] == "HR-2027-001")
    assert "maija@example.fi" in first and "Pihapiiri ry" in first
    title = first[7]
    if file_format == "csv":
        assert title.startswith("'=")
    else:
        assert title == '=HYPERLINK("http://evil")'  # text, never a formula
        sheet = load_workbook(io.BytesIO(member.get(INDEX, {"export": "xlsx"}).content)).active
        assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    [entry] = PageLogEntry.objects.filter(action="wellbeing.export", page=round_page)
    assert (entry.data["rows"], entry.data["format"], entry.data["round"]) == (2, file_format, round_page.pk)
    assert entry.user.username == "member"
    _assert_no_personal_data(entry)


def test_an_export_of_every_round_is_logged_against_the_user(member, round_page):
    make_application(round_page, 1)
    rows = _export_rows(member, "csv")
    submitted = Application.objects.exclude(status=Status.DRAFT)
    assert len(rows) - 1 == submitted.count() > 1, "every round's submitted applications"
    [entry] = ModelLogEntry.objects.filter(action="wellbeing.export")
    assert entry.data["rows"] == submitted.count() and entry.data["round"] is None
    _assert_no_personal_data(entry)


# --- Attachments ----------------------------------------------------------------------------------


def test_attachments_download_only_for_the_working_group(member, round_page):
    application = make_application(round_page, 1)
    attachment = ApplicationAttachment.objects.create(
        application=application,
        file=ContentFile(b"%PDF-1.4 data", name="budjetti.pdf"),
        name="budjetti.pdf",
        size=13,
    )
    url = reverse("wellbeing_applications:attachment", args=[attachment.pk])
    assert url in member.get(_page_url(application)).content.decode()
    response = member.get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert b"".join(response.streaming_content) == b"%PDF-1.4 data"
    assert not attachment.file.url.startswith(url)
    assert attachment.file.storage is storages["private"], "kept outside the public media"
    assert Client().get(url).status_code == 302, "anonymous visitors go to the login page"


# --- Reports --------------------------------------------------------------------------------------


def _report(round_page):
    application = make_application(round_page, 1, status=Status.FUNDED, amount_granted=1500, language="sv")
    return Report.objects.create(
        application=application,
        what_was_done="Liikuntailtoja",
        participants=40,
        money_used="Tarvikkeet",
        amount_used=1400,
    )


def test_staff_publish_a_report(member, round_page):
    report = _report(round_page)
    listed = member.get(REPORTS, {"round": round_page.pk}).context["object_list"]
    assert [r.pk for r in listed] == [report.pk]
    url = reverse("wellbeing_reports:edit", args=[report.pk])
    assert member.get(url).context["report"] == report
    assert member.post(url, {"action": "publish"}).status_code == 302
    report.refresh_from_db()
    assert report.status == Report.Status.PUBLISHED and report.published_at is not None


def test_staff_return_a_report_with_a_note_the_applicant_sees_and_is_emailed(member, round_page):
    translate_page(round_page, "sv")
    report = _report(round_page)
    url = reverse("wellbeing_reports:edit", args=[report.pk])
    assert member.post(url, {"action": "return", "note": ""}).status_code == 400
    assert member.post(url, {"action": "return", "note": "Lisää kuvaus rahan käytöstä."}).status_code == 302
    report.refresh_from_db()
    assert report.status == Report.Status.RETURNED
    [message] = Message.objects.filter(application=report.application)
    assert (message.author, message.text) == (Message.Author.STAFF, "Lisää kuvaus rahan käytöstä.")
    [email] = _sent()
    assert "Lisää kuvaus rahan käytöstä." in email.body and "/sv/" in email.body


def test_a_decision_link_too_long_to_store_is_an_error_not_a_crash(member, round_page):
    application = make_application(round_page, 1)
    link = "https://pori.fi/" + "a" * 250
    response = _decide(member, application, status=Status.NOT_FUNDED, decision_url=link)
    assert response.status_code == 400
    form = response.context["decision_form"]
    assert form.errors["decision_url"] and form["decision_url"].value() == link
    assert Application.objects.get(pk=application.pk).status == Status.RECEIVED


# --- The theme vote's clusters --------------------------------------------------------------------------


VOTES = reverse("wellbeing_votes:index")


@pytest.fixture
def voting_round(demo_site):
    index = OpportunityIndexPage.objects.get(locale__language_code="fi")
    return make_round(index, "Äänestyskierros", phase="vote")


def _cast(round_page, domain, count, *, every, start):
    """``count`` votes from the domain, one every ``every``, as if cast from ``start`` on."""
    for number in range(count):
        address = f"aanestaja{number}@{domain}"
        vote = Vote.objects.create(
            round=round_page,
            email=address,
            email_hash=email_digest(address),
            email_domain=domain,
            language="fi",
            confirmed_at=timezone.now() if number % 2 else None,
        )
        Vote.objects.filter(pk=vote.pk).update(created_at=start + every * number)


def _clusters(response):
    rows = soup(response).select("#vote-clusters tbody tr")
    return [[cell.get_text(strip=True) for cell in row.select("th, td")] for row in rows]


def test_the_cluster_view_lists_domains_with_many_votes_within_an_hour(member, voting_round):
    start = timezone.now() - datetime.timedelta(days=2)
    _cast(voting_round, "burst.example", 6, every=datetime.timedelta(minutes=10), start=start)
    _cast(voting_round, "spread.example", 6, every=datetime.timedelta(hours=2), start=start)
    _cast(voting_round, "gmail.com", 3, every=datetime.timedelta(minutes=1), start=start)
    url = reverse("wellbeing_votes:clusters", args=[voting_round.pk])
    response = member.get(url)
    assert response.status_code == 200
    [burst] = _clusters(response)
    assert burst[0] == "burst.example" and burst[1] == "6"
    assert burst[4] == "6" and burst[5] == "40\xa0%", "6 of the round's 15 votes"
    with translation.override("fi"):
        first = date_format(timezone.localtime(start), "SHORT_DATETIME_FORMAT")
        last = date_format(
            timezone.localtime(start + datetime.timedelta(minutes=50)), "SHORT_DATETIME_FORMAT"
        )
    assert (burst[2], burst[3]) == (first, last)
    assert "aanestaja" not in response.content.decode(), "no address is shown"
    lower = _clusters(member.get(url, {"min_votes": "3"}))
    assert [row[0] for row in lower] == ["burst.example", "gmail.com"]


def test_the_cluster_view_is_reached_from_the_menu_through_the_rounds(member, voting_round):
    assert VOTES in member.get("/admin/").content.decode()
    listing = soup(member.get(VOTES))
    link = reverse("wellbeing_votes:clusters", args=[voting_round.pk])
    assert listing.select_one(f'a[href="{link}"]').get_text() == "Äänestyskierros"


def test_other_staff_do_not_see_the_votes(voting_round):
    for outsider in _outsiders():
        assert VOTES not in outsider.get("/admin/").content.decode()
        for url in (VOTES, reverse("wellbeing_votes:clusters", args=[voting_round.pk])):
            assert outsider.get(url).status_code in (302, 403), url


def test_the_busiest_window_includes_votes_exactly_an_hour_apart():
    start = timezone.now()
    times = [start, start + datetime.timedelta(minutes=30), start + datetime.timedelta(hours=1)]
    times.append(start + datetime.timedelta(hours=1, seconds=1))
    assert vote_clusters.busiest_window(times, vote_clusters.WINDOW) == (3, times[0], times[2])
