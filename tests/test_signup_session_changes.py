"""A session that moves or goes takes its registrations along, on every kind of opportunity page.

When a registration's session ends is never copied at sign-up: the cancel link,
retention and the data subject tool read it from the session as it is now (and,
for a session removed from its page, from what its participants were last told).
Every page type that is an opportunity (a council call, a wellbeing money round)
tells people about a move and shows organisers its participants.
"""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from post_office.models import Email

from councils.models import CouncilCallPage
from networks.models import NetworkPage
from projects.models import OpportunityPage, OpportunitySession
from signups import exports, retention
from signups.admin_views.data_subject import find_person
from signups.emails import SUBJECTS
from signups.models import Registration
from tests.factories import CouncilCallPageFactory, make_round, publish_sessions
from tests.factories.pages import in_days
from tests.factories.signups import (
    RegistrationFactory,
    SignupSessionFactory,
    finnish_catalogue,
    signup_workshop,
)
from tests.staff import make_staff, sign_in
from wellbeing.models import RoundPage

pytestmark = pytest.mark.django_db
RETENTION_DAYS = 30


@pytest.fixture(autouse=True)
def _retention(settings):
    settings.SIGNUP_RETENTION_DAYS = RETENTION_DAYS


def move_by(delta):
    def move(sessions):
        sessions[0].starts_at += delta
        sessions[0].ends_at += delta

    return move


def cancel_first(sessions):
    sessions[0].cancelled = True


def clock_at(monkeypatch, moment):
    """Let time pass: everything that asks django.utils.timezone.now() is told `moment`."""
    monkeypatch.setattr(timezone, "now", lambda: moment)


def cancel_link(registration):
    with translation.override("fi"):
        return f"{reverse('signups:cancel')}?token={registration.cancel_token}"


def stored(registration):
    return Registration.objects.get(pk=registration.pk)


def workshop(title, days_ahead, capacity=10):
    """A published Finnish workshop with one session in ``days_ahead`` days, taking sign-ups."""
    session = SignupSessionFactory.build(starts_at=in_days(days_ahead, 17), capacity=capacity)
    return signup_workshop(title, sessions=[session])


@pytest.fixture
def page(demo_site):
    return workshop("Siirtyvä työpaja", 3)


@pytest.fixture
def session(page):
    return page.sessions.get()


@pytest.fixture
def registration(session):
    return RegistrationFactory(
        session=session, name="Aino Asukas", email="aino@example.fi", needs=["sign-language"], consent=True
    )


# --- A session moved later -----------------------------------------------------------------------------


def test_a_session_moved_later_keeps_the_cancel_link_working_past_the_old_end(
    client, monkeypatch, page, session, registration
):
    publish_sessions(page, move_by(datetime.timedelta(days=7)))
    clock_at(monkeypatch, session.ends_at + datetime.timedelta(days=1))
    response = client.get(cancel_link(registration))
    assert response.status_code == 200, "the event has not taken place yet"
    assert client.post(reverse("signups:cancel"), {"token": registration.cancel_token}).status_code == 302
    assert Registration.objects.get().status == Registration.Status.CANCELLED


def test_a_session_moved_later_keeps_consented_needs_until_its_new_end(page, session, registration):
    publish_sessions(page, move_by(datetime.timedelta(days=7)))
    assert retention.apply(session.ends_at + datetime.timedelta(hours=1))[0] == 0
    assert stored(registration).accessibility_needs == ["sign-language"]
    new_end = session.ends_at + datetime.timedelta(days=7)
    assert retention.apply(new_end + datetime.timedelta(hours=1))[0] == 1
    assert stored(registration).accessibility_needs == []


def test_a_session_moved_later_is_not_anonymised_before_the_new_retention_date(page, session, registration):
    publish_sessions(page, move_by(datetime.timedelta(days=60)))
    assert retention.apply(session.ends_at + datetime.timedelta(days=RETENTION_DAYS + 1))[1] == 0
    assert stored(registration).email == "aino@example.fi", "the session has not even taken place"
    new_end = session.ends_at + datetime.timedelta(days=60)
    assert retention.apply(new_end + datetime.timedelta(days=RETENTION_DAYS + 1))[1] == 1
    assert stored(registration).email == ""


def test_the_data_subject_export_gives_the_session_end_as_it_is_now(page, session, registration):
    publish_sessions(page, move_by(datetime.timedelta(days=7)))
    [found] = find_person("aino@example.fi")
    exported = exports.person_record(found.registration, found)
    assert exported["session"]["ends_at"] == session.ends_at + datetime.timedelta(days=7)


# --- A session moved earlier ---------------------------------------------------------------------------


@pytest.fixture
def later_page(demo_site):
    return workshop("Aikaistuva työpaja", 10)


@pytest.fixture
def brought_forward(later_page):
    """Someone signed up for a session in ten days, which is then brought forward by a week."""
    session = later_page.sessions.get()
    registration = RegistrationFactory(
        session=session, name="Aino", email="aino@example.fi", needs=["step-free"], consent=True
    )
    publish_sessions(later_page, move_by(-datetime.timedelta(days=7)))
    return registration, session.ends_at - datetime.timedelta(days=7)


def test_a_session_moved_earlier_ends_its_cancel_link_at_the_new_end(client, monkeypatch, brought_forward):
    registration, new_end = brought_forward
    clock_at(monkeypatch, new_end + datetime.timedelta(hours=1))
    assert client.get(cancel_link(registration)).status_code == 404


def test_a_session_moved_earlier_loses_needs_and_personal_data_on_the_new_schedule(brought_forward):
    registration, new_end = brought_forward
    assert retention.apply(new_end + datetime.timedelta(hours=1))[:2] == (1, 0)
    assert retention.apply(new_end + datetime.timedelta(days=RETENTION_DAYS + 1))[:2] == (0, 1)
    assert (stored(registration).accessibility_needs, stored(registration).email) == ([], "")


# --- A session removed from its page -------------------------------------------------------------------


def test_a_removed_session_keeps_its_last_end_for_retention(page, session, registration):
    publish_sessions(page, move_by(datetime.timedelta(days=2)))
    publish_sessions(page, lambda sessions: sessions.clear())
    assert not OpportunitySession.objects.filter(translation_key=session.translation_key).exists()
    last_end = session.ends_at + datetime.timedelta(days=2)
    assert Registration.objects.with_session_end().get().session_ends_at == last_end
    assert retention.apply(last_end - datetime.timedelta(hours=1))[0] == 0
    assert retention.apply(last_end + datetime.timedelta(days=RETENTION_DAYS + 1))[:2] == (1, 1)


# --- Every kind of opportunity -------------------------------------------------------------------------


def opportunity_types():
    """OpportunityPage and every page type built on it, however deep."""
    found, pending = [], [OpportunityPage]
    while pending:
        model = pending.pop(0)
        if not model._meta.abstract:
            found.append(model)
        pending.extend(model.__subclasses__())
    return found


def _opportunity():
    return workshop("Tavallinen työpaja", 5, capacity=5)


def _council_call():
    return CouncilCallPageFactory(
        parent=NetworkPage.objects.get(council="youth", locale__language_code="fi"),
        title="Nuorisovaltuuston avoin kokous",
        asks_for="participants",
        closes_at=in_days(4),
        sessions=[SignupSessionFactory.build(capacity=5)],
    )


def _round():
    return make_round(finnish_catalogue(), "Infokierros", sessions=[SignupSessionFactory.build(capacity=5)])


BUILDERS = {OpportunityPage: _opportunity, CouncilCallPage: _council_call, RoundPage: _round}


def build(model):
    assert model in BUILDERS, f"add a builder for {model.__name__}: every opportunity type is tested here"
    page = BUILDERS[model]()
    assert type(page) is model
    return page


@pytest.mark.parametrize("model", opportunity_types(), ids=lambda model: model.__name__)
@pytest.mark.parametrize(
    ("change", "kind"),
    [(move_by(datetime.timedelta(days=1)), "changed"), (cancel_first, "session-cancelled")],
    ids=["moved", "cancelled"],
)
def test_people_signed_up_are_told_of_a_change_on_every_kind_of_opportunity(demo_site, model, change, kind):
    page = build(model)
    RegistrationFactory(session=page.sessions.get(), name="Aino", email="aino@example.fi")
    Email.objects.all().delete()
    publish_sessions(page, change)
    with translation.override("fi"):
        subject = str(SUBJECTS[kind] % {"title": page.title})
    assert list(Email.objects.values_list("to", "subject")) == [(["aino@example.fi"], subject)]


@pytest.mark.parametrize("model", opportunity_types(), ids=lambda model: model.__name__)
def test_organisers_find_the_participants_button_on_every_kind_of_opportunity(client, demo_site, model):
    page = build(model)
    staff = sign_in(client, make_staff("organiser"))
    url = reverse("signups_admin:opportunity", args=[page.pk])
    assert url in staff.get(f"/admin/pages/{page.pk}/edit/").content.decode(), "in the page's header"
    assert url in staff.get(f"/admin/pages/{page.get_parent().pk}/").content.decode(), "in the page listing"
    response = staff.get(url)
    assert [s.key for o in response.context["opportunities"] for s in o.sessions] == [
        page.sessions.get().translation_key
    ]
