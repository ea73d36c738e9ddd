"""Organisers change a session's participants in the admin: adding someone by hand, marking attendance,
and cancelling on someone's behalf. Each change is logged without personal data."""

import pytest
from django.utils import timezone
from post_office.models import Email

from projects.models import OpportunitySession
from signups.models import Registration
from tests.factories.signups import RegistrationFactory
from tests.signup_admin.helpers import admin_url, assert_no_personal_data, logs, not_found, workshop_session

pytestmark = pytest.mark.django_db
Status = Registration.Status


def other_session():
    return workshop_session("Toinen työpaja")


# --- Adding by hand ------------------------------------------------------------------------------------


def test_a_walk_in_is_added_without_an_email(staff, session):
    response = staff.get(admin_url("add", session))
    assert response.status_code == 200
    assert "question_mista_kuulit_tasta" in response.context["form"].fields
    response = staff.post(
        admin_url("add", session),
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
    assert response.status_code == 302 and response["Location"] == admin_url("session", session)
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
    [entry] = logs(session.page, "signups.add_participant")
    assert entry.data["registration"] == registration.pk and entry.data["status"] == Status.CONFIRMED
    assert_no_personal_data(entry)
    listed = staff.get(admin_url("session", session)).context["confirmed"]
    assert [row["registration"].pk for row in listed] == [registration.pk]


def test_a_participant_with_an_email_gets_the_confirmation(staff, session):
    response = staff.post(
        admin_url("add", session),
        {"name": "Puhelinsoittaja", "email": "Soittaja@Example.fi", "language": "fi", "group_size": 1},
    )
    assert response.status_code == 302
    assert Registration.objects.get().email == "soittaja@example.fi"
    assert list(Email.objects.values_list("to", flat=True)) == [["soittaja@example.fi"]]


def test_staff_may_add_while_public_sign_up_is_closed(staff, session):
    OpportunitySession.objects.filter(pk=session.pk).update(registration_closes_at=timezone.now())
    response = staff.post(admin_url("add", session), {"name": "Myöhässä", "language": "fi", "group_size": 1})
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
    response = staff.post(admin_url("add", session), data)
    assert response.status_code == 400
    form = response.context["form"]
    assert field in form.errors
    html = response.content.decode()
    for value in data.values():
        if isinstance(value, str) and value not in ("", "fi", "on", "other", "step-free"):
            assert f'value="{value}"' in html, "what was typed is kept"
    assert not Registration.objects.exists()


def test_an_address_already_signed_up_is_refused_without_emailing_again(staff, session):
    RegistrationFactory(session=session, number=1)
    response = staff.post(
        admin_url("add", session),
        {"name": "Toinen kerta", "email": "asukas1@example.fi", "language": "fi", "group_size": 1},
    )
    assert response.status_code == 400 and "email" in response.context["form"].errors
    assert Registration.objects.count() == 1 and Email.objects.count() == 1


def test_a_full_session_and_waitlist_is_reported_and_what_was_typed_kept(staff, session):
    RegistrationFactory(session=session, number=1, group_size=3)
    RegistrationFactory(session=session, number=2, group_size=2)
    response = staff.post(
        admin_url("add", session),
        {"name": "Liian myöhään", "phone": "040 111 2222", "language": "fi", "group_size": 1},
    )
    assert response.status_code == 400
    assert response.context["form"].non_field_errors()
    html = response.content.decode()
    assert 'value="Liian myöhään"' in html and 'value="040 111 2222"' in html
    assert Registration.objects.count() == 2
    assert not logs(session.page, "signups.add_participant")


def test_a_full_session_puts_the_added_person_on_the_waitlist(staff, session):
    RegistrationFactory(session=session, number=1, group_size=3)
    response = staff.post(admin_url("add", session), {"name": "Jonottaja", "language": "fi", "group_size": 1})
    assert response.status_code == 302
    assert Registration.objects.get(name="Jonottaja").status == Status.WAITLISTED


# --- Attendance ----------------------------------------------------------------------------------------


def test_attendance_is_saved_for_every_confirmed_registration_at_once(staff, session):
    came = RegistrationFactory(session=session, number=1)
    stayed_away = RegistrationFactory(session=session, number=2)
    waiting = RegistrationFactory(session=session, number=3, group_size=2)
    assert waiting.status == Status.WAITLISTED
    page = staff.get(admin_url("session", session)).content.decode()
    assert f'name="attended" value="{came.pk}"' in page
    response = staff.post(
        admin_url("attendance", session),
        {"shown": [came.pk, stayed_away.pk, waiting.pk], "attended": [came.pk, waiting.pk]},
    )
    assert response.status_code == 302
    for registration in (came, stayed_away, waiting):
        registration.refresh_from_db()
    assert (came.attended, stayed_away.attended, waiting.attended) == (True, False, None)
    [entry] = logs(session.page, "signups.mark_attendance")
    assert (entry.data["attended"], entry.data["absent"]) == (1, 1)
    page = staff.get(admin_url("session", session)).content.decode()
    assert f'value="{came.pk}" id="attended-{came.pk}" checked' in page


def test_attendance_touches_no_other_session(staff, session):
    stranger = RegistrationFactory(session=other_session(), number=9)
    staff.post(admin_url("attendance", session), {"shown": [stranger.pk], "attended": [stranger.pk]})
    stranger.refresh_from_db()
    assert stranger.attended is None


# --- Cancelling ----------------------------------------------------------------------------------------


def test_cancelling_on_someones_behalf_asks_first_then_emails_and_promotes(staff, session):
    first = RegistrationFactory(session=session, number=1, group_size=3)
    waiting = RegistrationFactory(session=session, number=2, group_size=1)
    response = staff.post(admin_url("cancel", session), {"registration": first.pk})
    assert response.status_code == 200
    assert response.context["registration"] == first
    first.refresh_from_db()
    assert first.status == Status.CONFIRMED, "nothing happens before the confirmation"
    response = staff.post(admin_url("cancel", session), {"registration": first.pk, "confirm": "yes"})
    assert response.status_code == 302
    first.refresh_from_db()
    waiting.refresh_from_db()
    assert (first.status, waiting.status) == (Status.CANCELLED, Status.CONFIRMED)
    recipients = list(Email.objects.order_by("pk").values_list("to", flat=True))
    # confirmed, waitlisted; then the cancellation to the first and the promotion to the second
    assert recipients == [["asukas1@example.fi"], ["asukas2@example.fi"]] * 2
    [entry] = logs(session.page, "signups.cancel_registration")
    assert entry.data["registration"] == first.pk and entry.data["promoted"] == 1
    assert_no_personal_data(entry)


def test_a_registration_of_another_session_cannot_be_cancelled_through_this_one(staff, session):
    stranger = RegistrationFactory(session=other_session(), number=9)
    response = staff.post(
        admin_url("cancel", session), {"registration": stranger.pk, "confirm": "yes"}, follow=True
    )
    assert not_found(response)
    assert not_found(
        staff.post(admin_url("cancel", session), {"registration": "x", "confirm": "yes"}, follow=True)
    )
    stranger.refresh_from_db()
    assert stranger.status == Status.CONFIRMED


def test_cancel_and_attendance_take_only_post(staff, session):
    registration = RegistrationFactory(session=session, number=1)
    assert staff.get(admin_url("cancel", session), {"registration": registration.pk}).status_code == 405
    assert staff.get(admin_url("attendance", session)).status_code == 405
