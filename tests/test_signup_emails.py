"""Emails to people who signed up: the outbox survives an outage; changes and reminders reach everyone."""

import datetime
import io

import pytest
from aiosmtpd.controller import Controller
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from icalendar import Calendar
from post_office.mail import send_queued
from post_office.models import STATUS, Email

from projects.models import OpportunitySession
from signups import services
from signups.models import Registration
from tests.factories import publish_sessions
from tests.factories.pages import in_days
from tests.factories.signups import RegistrationFactory, SignupSessionFactory, signup_workshop
from tests.smtp import Inbox, free_port

Status = Registration.Status


@pytest.fixture
def page(demo_site):
    """A workshop with one session in three days: 1 place, 5 waitlist places."""
    session = SignupSessionFactory.build(
        starts_at=in_days(3, 17), capacity=1, waitlist_capacity=5, max_group_size=1
    )
    return signup_workshop("Sähköpostityöpaja", sessions=[session])


@pytest.fixture
def session(page):
    return page.sessions.get()


def sign_up(session, number, **extra):
    return RegistrationFactory(session=session, number=number, **extra)


def delivered():
    send_queued()
    messages = list(mail.outbox)
    mail.outbox.clear()
    return messages


def event_of(message):
    [(_name, content, mimetype)] = message.attachments
    calendar = Calendar.from_ical(content)
    return calendar, calendar.walk("VEVENT")[0], mimetype


# The outbox ---------------------------------------------------------------------------


@pytest.mark.django_db
def test_sign_up_succeeds_while_the_mail_server_is_down_and_each_email_goes_out_once_it_is_back(
    session, settings
):
    port = free_port()
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", port, 5
    settings.POST_OFFICE = {
        **settings.POST_OFFICE,
        "BACKENDS": {"default": "django.core.mail.backends.smtp.EmailBackend"},
    }

    first = sign_up(session, 1)
    second = sign_up(session, 2)
    assert (first.status, second.status) == (Status.CONFIRMED, Status.WAITLISTED)
    assert send_queued() == (0, 0, 2), "nobody listens: both are requeued for a retry"
    assert set(Email.objects.values_list("status", flat=True)) == {STATUS.requeued}

    inbox = Inbox()
    server = Controller(inbox, hostname="127.0.0.1", port=port)
    server.start()
    try:
        assert send_queued() == (2, 0, 0)
        assert send_queued() == (0, 0, 0), "a second run sends nothing again"
    finally:
        server.stop()
    recipients = sorted(envelope.rcpt_tos[0] for envelope in inbox.messages)
    assert recipients == ["asukas1@example.fi", "asukas2@example.fi"]
    assert set(Email.objects.values_list("status", flat=True)) == {STATUS.sent}


@pytest.mark.django_db
def test_a_failed_registration_leaves_no_email_behind(session):
    sign_up(session, 1)
    OpportunitySession.objects.filter(pk=session.pk).update(waitlist_capacity=0)
    with pytest.raises(services.SessionFull):
        sign_up(session, 2)
    assert list(Email.objects.values_list("to", flat=True)) == [["asukas1@example.fi"]]


# Calendar events -----------------------------------------------------------------------


@pytest.mark.django_db
def test_the_calendar_event_has_a_stable_uid_the_page_and_the_venue(session, page):
    sign_up(session, 1)
    calendar, event, mimetype = event_of(delivered()[0])
    assert str(calendar["METHOD"]) == "PUBLISH" and "method=PUBLISH" in mimetype
    assert str(event["UID"]) == f"session-{session.translation_key}@osallistu.pori.fi"
    assert str(event["URL"]) == page.full_url
    assert str(event["LOCATION"]) == f"{session.venue}, {session.address}"
    assert (event.decoded("DTSTART"), event.decoded("DTEND")) == (session.starts_at, session.ends_at)
    assert str(event["SUMMARY"]) == page.title


@pytest.mark.django_db
def test_publishing_a_new_time_emails_everyone_an_update_of_the_same_event(session, page):
    sign_up(session, 1)
    sign_up(session, 2)
    first = {m.to[0]: event_of(m)[1] for m in delivered() if m.attachments}
    later = session.starts_at + datetime.timedelta(hours=2)

    def postpone(sessions):
        sessions[0].starts_at, sessions[0].ends_at = later, later + datetime.timedelta(hours=2)

    publish_sessions(page, postpone)

    messages = {m.to[0]: m for m in delivered()}
    assert set(messages) == {"asukas1@example.fi", "asukas2@example.fi"}, "confirmed and waitlisted alike"
    _calendar, event, _mimetype = event_of(messages["asukas1@example.fi"])
    assert event["UID"] == first["asukas1@example.fi"]["UID"]
    assert int(event["SEQUENCE"]) == int(first["asukas1@example.fi"]["SEQUENCE"]) + 1
    assert event.decoded("DTSTART") == later
    assert messages["asukas1@example.fi"].subject.startswith("Aika tai paikka muuttui")

    publish_sessions(page, lambda sessions: None)
    assert delivered() == [], "publishing again without a change emails nobody"


@pytest.mark.django_db
def test_cancelling_a_session_sends_a_calendar_cancellation_and_closes_sign_up(session, page):
    sign_up(session, 1)
    delivered()
    publish_sessions(page, lambda sessions: setattr(sessions[0], "cancelled", True))
    [message] = delivered()
    calendar, event, mimetype = event_of(message)
    assert str(calendar["METHOD"]) == "CANCEL" and "method=CANCEL" in mimetype
    assert str(event["STATUS"]) == "CANCELLED"
    assert str(event["UID"]) == f"session-{session.translation_key}@osallistu.pori.fi"
    with pytest.raises(services.RegistrationClosed):
        sign_up(session, 3)


@pytest.mark.django_db
def test_removing_a_session_from_the_page_cancels_it_for_those_signed_up(session, page):
    sign_up(session, 1)
    delivered()
    publish_sessions(page, lambda sessions: sessions.clear())
    [message] = delivered()
    assert str(event_of(message)[1]["STATUS"]) == "CANCELLED"


# Reminders -----------------------------------------------------------------------------


@pytest.mark.django_db
def test_reminders_go_to_confirmed_people_once_when_their_time_comes(session, page):
    sign_up(session, 1)
    sign_up(session, 2)  # waitlisted: no reminder
    Registration.objects.update(created_at=timezone.now() - datetime.timedelta(days=5))
    delivered()
    call_command("send_signup_reminders", stdout=io.StringIO())
    assert delivered() == [], "three days ahead is too early for a 24-hour reminder"

    day_before = session.starts_at - datetime.timedelta(hours=23)
    from signups import reminders

    assert reminders.send_due(day_before) == 1
    assert reminders.send_due(day_before) == 0, "only once"
    [message] = delivered()
    assert message.to == ["asukas1@example.fi"]
    assert "Muistutus" in message.subject
    assert event_of(message)[1]["UID"]


@pytest.mark.django_db
def test_the_reminder_time_is_set_per_opportunity(session, page):
    from signups import reminders

    sign_up(session, 1)
    Registration.objects.update(created_at=timezone.now() - datetime.timedelta(days=5))
    type(page).objects.filter(pk=page.pk).update(reminder_hours=72)
    assert reminders.send_due(session.starts_at - datetime.timedelta(hours=71)) == 1
    Registration.objects.update(reminder_sent_at=None)
    type(page).objects.filter(pk=page.pk).update(reminder_hours=0)
    assert reminders.send_due(session.starts_at - datetime.timedelta(hours=1)) == 0, "0 turns reminders off"
