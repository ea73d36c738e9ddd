"""Organisers in the Wagtail admin: the list of sessions with their counts, a session's participants,
and the buttons and history of the opportunity page.

Every request goes through the test client as signed-in staff (password and TOTP).
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from projects.models import OpportunitySession
from signups import services
from signups.models import Registration
from tests.factories.pages import in_days
from tests.factories.signups import (
    RegistrationFactory,
    SignupSessionFactory,
    finnish_catalogue,
    page_editor,
    signup_workshop,
)
from tests.signup_admin.helpers import (
    QUESTION,
    admin_url,
    assert_no_personal_data,
    logs,
    need_label,
    workshop_session,
)
from tests.staff import make_staff, sign_in

pytestmark = pytest.mark.django_db
Status = Registration.Status


# --- The list of sessions ------------------------------------------------------------------------------


def test_the_sign_ups_list_shows_each_session_with_its_counts(staff, demo_site):
    session = workshop_session(waitlist_capacity=5)
    RegistrationFactory(session=session, number=1, group_size=2)
    RegistrationFactory(session=session, number=2)
    RegistrationFactory(session=session, number=3, group_size=2)  # no place: waitlist
    services.cancel(RegistrationFactory(session=session, number=4, email=""))  # a walk-in, cancelled
    response = staff.get(reverse("signups_admin:index"))
    assert response.status_code == 200
    listed = [o for o in response.context["opportunities"] if o.page.pk == session.page_id]
    assert len(listed) == 1
    [shown] = listed[0].sessions
    assert shown.key == session.translation_key
    counts = shown.counts
    assert (counts.confirmed, counts.waitlisted, counts.places_left) == (3, 2, 0)
    assert counts.groups[Status.CANCELLED] == 1
    assert admin_url("session", session) in response.content.decode()


def test_sessions_without_sign_up_are_not_listed(staff, session):
    page = signup_workshop("Avoin ilta", capacity=None)  # no places: no sign-up
    response = staff.get(reverse("signups_admin:index"))
    listed = [o.page.pk for o in response.context["opportunities"]]
    assert session.page_id in listed and page.pk not in listed


def test_the_sign_ups_menu_is_in_the_admin(staff, session):
    response = staff.get("/admin/")
    assert reverse("signups_admin:index") in response.content.decode()


@pytest.mark.parametrize("who", ["superuser", "editor", "outsider"])
def test_the_list_of_sessions_runs_the_same_queries_for_one_and_many_opportunities(
    client, session, pages, who
):
    index = finnish_catalogue()
    if who == "superuser":
        user = make_staff("organiser")
    else:
        user = page_editor(index if who == "editor" else pages["about"]["fi"], who)
    sign_in(client, user)

    def queries():
        with CaptureQueriesContext(connection) as context:
            assert client.get(reverse("signups_admin:index")).status_code == 200
        return len(context.captured_queries)

    RegistrationFactory(session=session, number=1)
    one = queries()
    for number in range(4):
        other = signup_workshop(
            f"Lisätyöpaja {number}",
            sessions=[SignupSessionFactory.build(starts_at=in_days(day, 17)) for day in (3, 4)],
        )
        for other_session in other.sessions.all():
            RegistrationFactory(session=other_session, number=number)
    assert queries() == one


# --- A session's participants --------------------------------------------------------------------------


def test_the_session_page_lists_participants_needs_and_answers_and_logs_the_view(staff, demo_site):
    session = workshop_session(waitlist_capacity=5)
    RegistrationFactory(
        session=session,
        number=1,
        group_size=2,
        phone="040 123 4567",
        needs=["step-free", "induction-loop"],
        consent=True,
        answers={"mista_kuulit_tasta": "Lehdestä"},
    )
    RegistrationFactory(session=session, number=2, needs=["step-free"], consent=False)  # not stored
    RegistrationFactory(session=session, number=3, group_size=3, needs=["step-free"], consent=True)  # waits
    services.cancel(RegistrationFactory(session=session, number=4, email="peruttu@example.fi"))
    response = staff.get(admin_url("session", session))
    assert response.status_code == 200
    context = response.context
    assert [row["registration"].name for row in context["confirmed"]] == ["Asukas 1", "Asukas 2"]
    assert [row["registration"].name for row in context["waitlisted"]] == ["Asukas 3"]
    assert [row["registration"].name for row in context["cancelled"]] == ["Asukas 4"]
    counts = context["counts"]
    assert (counts.confirmed, counts.waitlisted, counts.cancelled, counts.places_left) == (3, 3, 1, 0)
    assert len(context["needs"]) == 6, "every need, with zeros"
    step_free = next(need for need in context["needs"] if need["label"] == need_label("step-free"))
    loop = next(need for need in context["needs"] if need["label"] == need_label("induction-loop"))
    assert (step_free["confirmed"], step_free["waitlisted"]) == (1, 1), "groups, and only with consent"
    assert (loop["confirmed"], loop["waitlisted"]) == (1, 0)
    assert QUESTION in context["headers"], "the question's label heads its column"
    first = context["confirmed"][0]["cells"]
    assert "Lehdestä" in first and "040 123 4567" in first and "asukas1@example.fi" in first
    second = context["confirmed"][1]["cells"]
    assert need_label("step-free") not in second, "needs without consent are not stored nor shown"
    html = response.content.decode()
    assert "asukas3@example.fi" in html and "peruttu@example.fi" in html
    [entry] = logs(session.page, "signups.view_participants")
    assert entry.user.username == "organiser"
    assert entry.data["session"] == str(session.translation_key)
    assert_no_personal_data(entry)


def test_a_cancelled_session_shows_as_cancelled_and_takes_nobody_more(staff, session):
    OpportunitySession.objects.filter(pk=session.pk).update(cancelled=True)
    response = staff.get(admin_url("session", session))
    assert response.status_code == 200
    assert response.context["session"].cancelled
    assert admin_url("add", session) not in response.content.decode()
    response = staff.post(admin_url("add", session), {"name": "Myöhäinen", "language": "fi", "group_size": 1})
    assert response.status_code == 400
    assert response.context["form"].non_field_errors()
    assert not Registration.objects.exists()
    index = staff.get(reverse("signups_admin:index"))
    [shown] = [
        s for o in index.context["opportunities"] for s in o.sessions if s.key == session.translation_key
    ]
    assert shown.cancelled


def test_the_session_page_runs_the_same_queries_for_few_and_many_participants(staff, demo_site):
    session = workshop_session(capacity=100, waitlist_capacity=100, max_group_size=1)
    answered = {"needs": ["step-free"], "consent": True, "answers": {"mista_kuulit_tasta": "x"}}

    def queries():
        with CaptureQueriesContext(connection) as context:
            assert staff.get(admin_url("session", session)).status_code == 200
        return len(context.captured_queries)

    for number in range(2):
        RegistrationFactory(session=session, number=number, **answered)
    few = queries()
    for number in range(2, 40):
        RegistrationFactory(session=session, number=number, **answered)
    for registration in Registration.objects.all()[:5]:
        services.cancel(registration)
    assert queries() == few


# --- The opportunity page's buttons and history --------------------------------------------------------


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

    staff.get(admin_url("session", session))
    staff.get(admin_url("export", session, "csv"))
    response = staff.get(f"/admin/pages/{session.page_id}/history/")
    assert response.status_code == 200
    with translation.override("fi"):
        when = date_format(timezone.localtime(session.starts_at), "SHORT_DATETIME_FORMAT")
    assert response.content.decode().count(when) >= 2, "each entry names the session by its time"
