"""Organisers in the Wagtail admin: counts, participants, exports, adding by hand, attendance, cancelling.

Every request goes through the test client as signed-in staff (password and
TOTP). Who may see a session's participants is decided by the opportunity
page's edit permission; the rest get 403 and nothing is stored or logged.
"""

import csv
import io
import json

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook
from post_office.models import Email
from wagtail.models import GroupPagePermission, Locale, PageLogEntry

from projects.models import OpportunityIndexPage, OpportunitySession, SignupQuestion
from signups import services
from signups.models import Registration
from tests.factories import make_opportunity
from tests.staff import make_staff, sign_in

pytestmark = pytest.mark.django_db
Status = Registration.Status


def _prepare(page, **fields):
    fields = {"capacity": 3, "waitlist_capacity": 2, "max_group_size": 3, **fields}
    OpportunitySession.objects.filter(page=page).update(**fields)
    return page.sessions.order_by("pk").first()


@pytest.fixture
def index(demo_site):
    return OpportunityIndexPage.objects.get(locale__language_code="fi")


@pytest.fixture
def page(index):
    page = make_opportunity(index, "Ilmoittautumistyöpaja", sessions=[(5, 5)])
    SignupQuestion.objects.create(
        page=page, locale=page.locale, label="Mistä kuulit tästä?", field_type="singleline", sort_order=0
    )
    return page


@pytest.fixture
def session(page):
    """A session in five days with 3 places, 2 waitlist places and groups of up to 3."""
    return _prepare(page)


def _sign_up(session, number, **details):
    details = {"name": f"Asukas {number}", "email": f"asukas{number}@example.fi", "language": "fi", **details}
    return services.register(session, **details).registration


def _url(name, session, *args):
    return reverse(f"signups_admin:{name}", args=[session.translation_key, *args])


@pytest.fixture
def staff(client):
    return sign_in(client, make_staff("organiser"))


def _editor_of(page, username="page-editor"):
    """A non-superuser whose group may edit `page` and the pages below it."""
    group = Group.objects.create(name=f"{username} group")
    GroupPagePermission.objects.create(
        group=group, page=page, permission=Permission.objects.get(codename="change_page")
    )
    user = make_staff(username, superuser=False)
    user.groups.add(group)
    return user


@pytest.fixture
def outsider(client, pages):
    """Staff who may edit the about page, but no opportunity."""
    return sign_in(client, _editor_of(pages["about"]["fi"], "outsider"))


def _logs(page, action):
    return list(PageLogEntry.objects.filter(page=page, action=action).order_by("pk"))


# --- Listing and the session page ----------------------------------------------------------------------


def test_the_sign_ups_list_shows_each_session_with_its_counts(staff, page):
    session = _prepare(page, waitlist_capacity=5)
    _sign_up(session, 1, group_size=2)
    _sign_up(session, 2)
    _sign_up(session, 3, group_size=2)  # no place: waitlist
    services.cancel(_sign_up(session, 4, email=""))  # a walk-in on the waitlist, cancelled
    response = staff.get(reverse("signups_admin:index"))
    assert response.status_code == 200
    listed = [o for o in response.context["opportunities"] if o.page.pk == session.page_id]
    assert len(listed) == 1
    [shown] = listed[0].sessions
    assert shown.key == session.translation_key
    counts = shown.counts
    assert (counts.confirmed, counts.waitlisted, counts.places_left) == (3, 2, 0)
    assert counts.groups[Status.CANCELLED] == 1
    assert _url("session", session) in response.content.decode()


def test_sessions_without_sign_up_are_not_listed(staff, index):
    page = make_opportunity(index, "Avoin ilta", sessions=[(3, 3)])  # capacity None: no sign-up
    response = staff.get(reverse("signups_admin:index"))
    assert all(o.page.pk != page.pk for o in response.context["opportunities"])


def test_the_sign_ups_menu_is_in_the_admin(staff, session):
    response = staff.get("/admin/")
    assert reverse("signups_admin:index") in response.content.decode()


def test_the_session_page_lists_participants_needs_and_answers_and_logs_the_view(staff, page):
    session = _prepare(page, waitlist_capacity=5)
    _sign_up(
        session,
        1,
        group_size=2,
        phone="040 123 4567",
        needs=["step-free", "induction-loop"],
        consent=True,
        answers={"mista_kuulit_tasta": "Lehdestä"},
    )
    _sign_up(session, 2, needs=["step-free"], consent=False)  # not stored without consent
    _sign_up(session, 3, group_size=3, needs=["step-free"], consent=True)  # waitlisted
    services.cancel(_sign_up(session, 4, email="peruttu@example.fi"))
    response = staff.get(_url("session", session))
    assert response.status_code == 200
    context = response.context
    assert [row["registration"].name for row in context["confirmed"]] == ["Asukas 1", "Asukas 2"]
    assert [row["registration"].name for row in context["waitlisted"]] == ["Asukas 3"]
    assert [row["registration"].name for row in context["cancelled"]] == ["Asukas 4"]
    counts = context["counts"]
    assert (counts.confirmed, counts.waitlisted, counts.cancelled, counts.places_left) == (3, 3, 1, 0)
    assert len(context["needs"]) == 6, "every need, with zeros"
    step_free = next(need for need in context["needs"] if need["label"] == _need_label("step-free"))
    loop = next(need for need in context["needs"] if need["label"] == _need_label("induction-loop"))
    assert (step_free["confirmed"], step_free["waitlisted"]) == (1, 1), "groups, and only with consent"
    assert (loop["confirmed"], loop["waitlisted"]) == (1, 0)
    assert "Mistä kuulit tästä?" in context["headers"], "the question's label heads its column"
    first = context["confirmed"][0]["cells"]
    assert "Lehdestä" in first and "040 123 4567" in first and "asukas1@example.fi" in first
    second = context["confirmed"][1]["cells"]
    assert _need_label("step-free") not in second, "needs without consent are not stored nor shown"
    html = response.content.decode()
    assert "asukas3@example.fi" in html and "peruttu@example.fi" in html
    [entry] = _logs(session.page, "signups.view_participants")
    assert entry.user.username == "organiser"
    assert entry.data["session"] == str(session.translation_key)
    _assert_no_personal_data(entry)


def _need_label(code):
    from django.utils import translation

    from signups.models import AccessibilityNeed

    with translation.override("fi"):
        return str(dict(AccessibilityNeed.choices)[code])


def _status_label(status):
    from django.utils import translation

    with translation.override("fi"):
        return str(status.label)


def _assert_no_personal_data(entry):
    stored = json.dumps(entry.data) + entry.label
    for personal in ("Asukas", "@example.fi", "040 123", "step-free", "Lehdestä"):
        assert personal not in stored


def test_a_cancelled_session_shows_as_cancelled_and_takes_nobody_more(staff, session):
    OpportunitySession.objects.filter(pk=session.pk).update(cancelled=True)
    response = staff.get(_url("session", session))
    assert response.status_code == 200
    assert response.context["session"].cancelled
    assert _url("add", session) not in response.content.decode()
    response = staff.post(_url("add", session), {"name": "Myöhäinen", "language": "fi", "group_size": 1})
    assert response.status_code == 400
    assert response.context["form"].non_field_errors()
    assert not Registration.objects.exists()
    index = staff.get(reverse("signups_admin:index"))
    [shown] = [
        s for o in index.context["opportunities"] for s in o.sessions if s.key == session.translation_key
    ]
    assert shown.cancelled


def test_the_session_page_runs_the_same_queries_for_few_and_many_participants(staff, page):
    session = _prepare(page, capacity=100, waitlist_capacity=100, max_group_size=1)

    def queries():
        with CaptureQueriesContext(connection) as context:
            assert staff.get(_url("session", session)).status_code == 200
        return len(context.captured_queries)

    for number in range(2):
        _sign_up(session, number, needs=["step-free"], consent=True, answers={"mista_kuulit_tasta": "x"})
    few = queries()
    for number in range(2, 40):
        _sign_up(session, number, needs=["step-free"], consent=True, answers={"mista_kuulit_tasta": "x"})
    for registration in Registration.objects.all()[:5]:
        services.cancel(registration)
    assert queries() == few


@pytest.mark.parametrize("who", ["superuser", "editor", "outsider"])
def test_the_list_of_sessions_runs_the_same_queries_for_one_and_many_opportunities(
    client, index, session, pages, who
):
    if who == "superuser":
        user = make_staff("organiser")
    else:
        user = _editor_of(index if who == "editor" else pages["about"]["fi"], who)
    sign_in(client, user)

    def queries():
        with CaptureQueriesContext(connection) as context:
            assert client.get(reverse("signups_admin:index")).status_code == 200
        return len(context.captured_queries)

    _sign_up(session, 1)
    one = queries()
    for number in range(4):
        other = make_opportunity(index, f"Lisätyöpaja {number}", sessions=[(3, 3), (4, 4)])
        _prepare(other)
        for other_session in other.sessions.all():
            _sign_up(other_session, number)
    assert queries() == one


# --- Exports -------------------------------------------------------------------------------------------


def test_csv_export_has_every_registration_a_bom_and_no_formulas(staff, session):
    _sign_up(session, 1, name="Äijälä Öystilä", answers={"mista_kuulit_tasta": '=HYPERLINK("x")'})
    _sign_up(session, 2, name="@SUM(A1:A9)", phone="+358 40 123 4567", needs=["sign-language"], consent=True)
    services.cancel(_sign_up(session, 3))
    response = staff.get(_url("export", session, "csv"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment;") and disposition.endswith('.csv"')
    assert "Asukas" not in disposition and "@" not in disposition
    assert "no-store" in response["Cache-Control"]
    body = response.content
    assert body.startswith(b"\xef\xbb\xbf"), "a byte order mark, for Excel"
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig")), delimiter=";"))
    header, *data = rows
    assert "Mistä kuulit tästä?" in header
    assert len(data) == 3
    names = [row[0] for row in data]
    assert names == ["Äijälä Öystilä", "'@SUM(A1:A9)", "Asukas 3"]
    question = header.index("Mistä kuulit tästä?")
    assert data[0][question] == '\'=HYPERLINK("x")'
    assert "'+358 40 123 4567" in data[1]
    assert _need_label("sign-language") in data[1]
    assert _status_label(Status.CANCELLED) in data[2]
    [entry] = _logs(session.page, "signups.export_participants")
    assert entry.data == {
        "session": str(session.translation_key),
        "starts_at": session.starts_at.isoformat(),
        "format": "csv",
    }


def test_xlsx_export_holds_the_same_table_with_text_never_formulas(staff, session):
    _sign_up(session, 1, name="=cmd|' /C calc'!A0", group_size=2)
    _sign_up(session, 2, email="", name="Kävijä Ovelta")
    response = staff.get(_url("export", session, "xlsx"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert response["Content-Disposition"].endswith('.xlsx"')
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = [list(row) for row in sheet.iter_rows()]
    header = [cell.value for cell in rows[0]]
    csv_response = staff.get(_url("export", session, "csv"))
    csv_header = next(csv.reader(io.StringIO(csv_response.content.decode("utf-8-sig")), delimiter=";"))
    assert header == csv_header, "the same columns in both formats"
    first = rows[1]
    assert first[0].value == "=cmd|' /C calc'!A0" and first[0].data_type == "s"
    assert first[4].value == 2, "group size, as a number"
    assert rows[2][0].value == "Kävijä Ovelta"
    assert [entry.data["format"] for entry in _logs(session.page, "signups.export_participants")] == [
        "xlsx",
        "csv",
    ]


def _not_found(response):
    """Admin 404s pass through the language redirect of i18n_patterns (as Wagtail's own do) and end in 404."""
    return response.status_code == 404


def test_an_unknown_export_format_is_not_found(staff, session):
    assert _not_found(staff.get(_url("export", session, "pdf"), follow=True))
    assert not _logs(session.page, "signups.export_participants")


def test_an_unknown_session_is_not_found(staff, session):
    unknown = reverse("signups_admin:session", args=["6f2c1e0e-0000-4000-8000-000000000000"])
    assert _not_found(staff.get(unknown, follow=True))


# --- Permissions ---------------------------------------------------------------------------------------


def test_an_editor_of_the_opportunity_sees_its_participants(client, index, session):
    _sign_up(session, 1)
    sign_in(client, _editor_of(index))
    assert client.get(_url("session", session)).status_code == 200
    assert client.get(_url("export", session, "csv")).status_code == 200
    listed = client.get(reverse("signups_admin:index")).context["opportunities"]
    assert session.page_id in [o.page.pk for o in listed]
    assert all(o.page.path.startswith(index.path) for o in listed), "only opportunities the user may edit"


def test_staff_without_edit_permission_on_the_opportunity_get_403_everywhere(outsider, session):
    confirmed = _sign_up(session, 1)
    emails_before = Email.objects.count()
    for url in (
        _url("session", session),
        _url("export", session, "csv"),
        _url("export", session, "xlsx"),
        _url("add", session),
        reverse("signups_admin:opportunity", args=[session.page_id]),
    ):
        response = outsider.get(url)
        assert response.status_code == 403, url
        assert "asukas1@example.fi" not in response.content.decode()
    assert (
        outsider.post(
            _url("add", session), {"name": "Tunkeilija", "language": "fi", "group_size": 1}
        ).status_code
        == 403
    )
    assert outsider.post(_url("attendance", session), {"shown": [confirmed.pk]}).status_code == 403
    assert (
        outsider.post(_url("cancel", session), {"registration": confirmed.pk, "confirm": "yes"}).status_code
        == 403
    )
    confirmed.refresh_from_db()
    assert (confirmed.status, confirmed.attended) == (Status.CONFIRMED, None)
    assert Registration.objects.count() == 1
    assert Email.objects.count() == emails_before
    assert not PageLogEntry.objects.filter(action__startswith="signups.").exists()
    index = outsider.get(reverse("signups_admin:index"))
    assert index.status_code == 200 and index.context["opportunities"] == []


def test_anonymous_visitors_are_sent_to_sign_in(client, session):
    response = client.get(_url("session", session))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_an_editor_of_only_the_swedish_version_sees_the_session(client, session):
    swedish_index = OpportunityIndexPage.objects.get(locale__language_code="sv")
    swedish_page = session.page.copy_for_translation(Locale.objects.get(language_code="sv"))
    swedish_page.save_revision().publish()
    swedish = OpportunitySession.objects.get(page=swedish_page)
    assert swedish.translation_key == session.translation_key
    sign_in(client, _editor_of(swedish_index, "svensk-redaktor"))
    assert client.get(_url("session", session)).status_code == 200
    [entry] = PageLogEntry.objects.filter(action="signups.view_participants")
    assert entry.page_id == swedish_page.pk, "logged in the history of the page the user may edit"
    assert client.get(reverse("signups_admin:opportunity", args=[session.page_id])).status_code == 200


# --- Page buttons --------------------------------------------------------------------------------------


def test_the_opportunity_page_has_a_participants_button(staff, session):
    url = reverse("signups_admin:opportunity", args=[session.page_id])
    assert url in staff.get(f"/admin/pages/{session.page_id}/edit/").content.decode()
    assert url in staff.get(f"/admin/pages/{session.page.get_parent().pk}/").content.decode()
    response = staff.get(url)
    assert response.status_code == 200
    assert [s.key for o in response.context["opportunities"] for s in o.sessions] == [session.translation_key]


def test_the_page_history_shows_the_logged_actions(staff, session):
    from django.utils import timezone, translation
    from django.utils.formats import date_format

    staff.get(_url("session", session))
    staff.get(_url("export", session, "csv"))
    response = staff.get(f"/admin/pages/{session.page_id}/history/")
    assert response.status_code == 200
    with translation.override("fi"):
        when = date_format(timezone.localtime(session.starts_at), "SHORT_DATETIME_FORMAT")
    assert response.content.decode().count(when) >= 2, "each entry names the session by its time"


# --- Adding by hand ------------------------------------------------------------------------------------


def test_a_walk_in_is_added_without_an_email(staff, session):
    response = staff.get(_url("add", session))
    assert response.status_code == 200
    assert "question_mista_kuulit_tasta" in response.context["form"].fields
    response = staff.post(
        _url("add", session),
        {
            "name": "Kävijä Ovelta",
            "language": "sv",
            "group_size": 2,
            "phone": "040 765 4321",
            "needs": ["induction-loop"],
            "consent": "on",
            "question_mista_kuulit_tasta": "Ilmoitustaululta",
        },
    )
    assert response.status_code == 302 and response["Location"] == _url("session", session)
    registration = Registration.objects.get()
    assert (registration.name, registration.email, registration.phone) == (
        "Kävijä Ovelta",
        "",
        "040 765 4321",
    )
    assert (registration.status, registration.group_size, registration.language) == (
        Status.CONFIRMED,
        2,
        "sv",
    )
    assert registration.added_by_staff
    assert registration.accessibility_needs == ["induction-loop"]
    assert registration.answers == {"mista_kuulit_tasta": "Ilmoitustaululta"}
    assert not Email.objects.exists(), "nobody to email"
    [entry] = _logs(session.page, "signups.add_participant")
    assert entry.data["registration"] == registration.pk and entry.data["status"] == Status.CONFIRMED
    _assert_no_personal_data(entry)
    listed = staff.get(_url("session", session)).context["confirmed"]
    assert [row["registration"].pk for row in listed] == [registration.pk]


def test_a_participant_with_an_email_gets_the_confirmation(staff, session):
    response = staff.post(
        _url("add", session),
        {"name": "Puhelinsoittaja", "email": "Soittaja@Example.fi", "language": "fi", "group_size": 1},
    )
    assert response.status_code == 302
    assert Registration.objects.get().email == "soittaja@example.fi"
    assert list(Email.objects.values_list("to", flat=True)) == [["soittaja@example.fi"]]


def test_staff_may_add_while_public_sign_up_is_closed(staff, session):
    from django.utils import timezone

    OpportunitySession.objects.filter(pk=session.pk).update(registration_closes_at=timezone.now())
    response = staff.post(_url("add", session), {"name": "Myöhässä", "language": "fi", "group_size": 1})
    assert response.status_code == 302
    assert Registration.objects.get().added_by_staff


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"name": "", "email": "kirjoitettu@example.fi"}, "name"),
        ({"name": "Nimi", "email": "ei-osoite"}, "email"),
        ({"name": "Nimi", "phone": "soita minulle"}, "phone"),
        ({"name": "Nimi", "needs": ["step-free"]}, "consent"),
        ({"name": "Nimi", "needs": ["other"], "consent": "on"}, "other_need"),
        ({"name": "Nimi", "group_size": 4}, "group_size"),
    ],
    ids=["no-name", "bad-email", "bad-phone", "needs-without-consent", "other-without-text", "group-too-big"],
)
def test_invalid_input_is_shown_and_kept(staff, session, data, field):
    data = {"language": "fi", "group_size": 1, **data}
    response = staff.post(_url("add", session), data)
    assert response.status_code == 400
    form = response.context["form"]
    assert field in form.errors
    html = response.content.decode()
    for value in data.values():
        if isinstance(value, str) and value not in ("", "fi", "on", "other", "step-free"):
            assert f'value="{value}"' in html, "what was typed is kept"
    assert not Registration.objects.exists()


def test_an_address_already_signed_up_is_refused_without_emailing_again(staff, session):
    _sign_up(session, 1)
    response = staff.post(
        _url("add", session),
        {"name": "Toinen kerta", "email": "asukas1@example.fi", "language": "fi", "group_size": 1},
    )
    assert response.status_code == 400 and "email" in response.context["form"].errors
    assert Registration.objects.count() == 1 and Email.objects.count() == 1


def test_a_full_session_and_waitlist_is_reported_and_what_was_typed_kept(staff, session):
    _sign_up(session, 1, group_size=3)
    _sign_up(session, 2, group_size=2)
    response = staff.post(
        _url("add", session),
        {"name": "Liian myöhään", "phone": "040 111 2222", "language": "fi", "group_size": 1},
    )
    assert response.status_code == 400
    assert response.context["form"].non_field_errors()
    html = response.content.decode()
    assert 'value="Liian myöhään"' in html and 'value="040 111 2222"' in html
    assert Registration.objects.count() == 2
    assert not _logs(session.page, "signups.add_participant")


def test_a_full_session_puts_the_added_person_on_the_waitlist(staff, session):
    _sign_up(session, 1, group_size=3)
    response = staff.post(_url("add", session), {"name": "Jonottaja", "language": "fi", "group_size": 1})
    assert response.status_code == 302
    assert Registration.objects.get(name="Jonottaja").status == Status.WAITLISTED


# --- Attendance and cancelling -------------------------------------------------------------------------


def test_attendance_is_saved_for_every_confirmed_registration_at_once(staff, session):
    came = _sign_up(session, 1)
    stayed_away = _sign_up(session, 2)
    waiting = _sign_up(session, 3, group_size=2)
    assert waiting.status == Status.WAITLISTED
    page = staff.get(_url("session", session)).content.decode()
    assert f'name="attended" value="{came.pk}"' in page
    response = staff.post(
        _url("attendance", session),
        {"shown": [came.pk, stayed_away.pk, waiting.pk], "attended": [came.pk, waiting.pk]},
    )
    assert response.status_code == 302
    for registration in (came, stayed_away, waiting):
        registration.refresh_from_db()
    assert (came.attended, stayed_away.attended, waiting.attended) == (True, False, None)
    [entry] = _logs(session.page, "signups.mark_attendance")
    assert (entry.data["attended"], entry.data["absent"]) == (1, 1)
    page = staff.get(_url("session", session)).content.decode()
    assert f'value="{came.pk}" id="attended-{came.pk}" checked' in page


def test_attendance_touches_no_other_session(staff, session, index):
    other = _prepare(make_opportunity(index, "Toinen työpaja", sessions=[(6, 6)]))
    stranger = _sign_up(other, 9)
    staff.post(_url("attendance", session), {"shown": [stranger.pk], "attended": [stranger.pk]})
    stranger.refresh_from_db()
    assert stranger.attended is None


def test_cancelling_on_someones_behalf_asks_first_then_emails_and_promotes(staff, session):
    first = _sign_up(session, 1, group_size=3)
    waiting = _sign_up(session, 2, group_size=1)
    response = staff.post(_url("cancel", session), {"registration": first.pk})
    assert response.status_code == 200
    assert response.context["registration"] == first
    first.refresh_from_db()
    assert first.status == Status.CONFIRMED, "nothing happens before the confirmation"
    response = staff.post(_url("cancel", session), {"registration": first.pk, "confirm": "yes"})
    assert response.status_code == 302
    first.refresh_from_db()
    waiting.refresh_from_db()
    assert (first.status, waiting.status) == (Status.CANCELLED, Status.CONFIRMED)
    recipients = list(Email.objects.order_by("pk").values_list("to", flat=True))
    # confirmed, waitlisted; then the cancellation to the first and the promotion to the second
    assert recipients == [["asukas1@example.fi"], ["asukas2@example.fi"]] * 2
    [entry] = _logs(session.page, "signups.cancel_registration")
    assert entry.data["registration"] == first.pk and entry.data["promoted"] == 1
    _assert_no_personal_data(entry)


def test_a_registration_of_another_session_cannot_be_cancelled_through_this_one(staff, session, index):
    other = _prepare(make_opportunity(index, "Toinen työpaja", sessions=[(6, 6)]))
    stranger = _sign_up(other, 9)
    response = staff.post(
        _url("cancel", session), {"registration": stranger.pk, "confirm": "yes"}, follow=True
    )
    assert _not_found(response)
    assert _not_found(
        staff.post(_url("cancel", session), {"registration": "x", "confirm": "yes"}, follow=True)
    )
    stranger.refresh_from_db()
    assert stranger.status == Status.CONFIRMED


def test_cancel_and_attendance_take_only_post(staff, session):
    registration = _sign_up(session, 1)
    assert staff.get(_url("cancel", session), {"registration": registration.pk}).status_code == 405
    assert staff.get(_url("attendance", session)).status_code == 405
