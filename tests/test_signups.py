"""Registrations: places, waitlist, duplicates, cancelling with promotion, consent and retention."""

import datetime

import pytest
from django.utils import timezone
from post_office.models import Email

from core.secret_links import hash_token
from projects.models import OpportunitySession
from signups import retention, services
from signups.models import Registration
from tests.concurrency import committed_catalogue, in_parallel, postgresql_only
from tests.factories.signups import signup_workshop

Status = Registration.Status


@pytest.fixture
def session(demo_site):
    """A session in five days with 3 places, 2 waitlist places and groups of up to 3."""
    return signup_workshop("Ilmoittautumistyöpaja").sessions.get()


def _sign_up(session, number, **details):
    return services.register(
        session, name=f"Asukas {number}", email=f"asukas{number}@example.fi", language="fi", **details
    )


@pytest.mark.django_db
def test_groups_are_confirmed_while_they_fit_then_waitlisted_then_refused(session):
    assert _sign_up(session, 1, group_size=2).registration.status == Status.CONFIRMED
    assert _sign_up(session, 2, group_size=2).registration.status == Status.WAITLISTED
    assert _sign_up(session, 3).registration.status == Status.CONFIRMED
    with pytest.raises(services.SessionFull):
        _sign_up(session, 4, group_size=1)
    assert services.places_left(session) == 0
    assert services.waitlist_left(session) == 0


@pytest.mark.django_db
def test_a_group_larger_than_allowed_is_cut_to_the_limit(session):
    assert _sign_up(session, 1, group_size=9).registration.group_size == 3


@pytest.mark.django_db
@pytest.mark.parametrize(
    "change",
    [
        {"capacity": None},
        {"registration_opens_at": timezone.now() + datetime.timedelta(days=1)},
        {"registration_closes_at": timezone.now() - datetime.timedelta(minutes=1)},
    ],
    ids=["no-sign-up", "not-yet-open", "closed"],
)
def test_sign_up_outside_its_window_is_refused(session, change):
    OpportunitySession.objects.filter(pk=session.pk).update(**change)
    session.refresh_from_db()
    with pytest.raises(services.RegistrationClosed):
        _sign_up(session, 1)
    assert not Registration.objects.exists()


@pytest.mark.django_db
def test_the_same_address_twice_returns_the_first_registration(session):
    first = _sign_up(session, 1)
    again = services.register(session, name="Joku muu", email=" ASUKAS1@example.fi ", language="sv")
    assert (again.created, again.registration.pk) == (False, first.registration.pk)
    assert Registration.objects.count() == 1
    sent_to = list(Email.objects.values_list("to", flat=True))
    assert sent_to == [["asukas1@example.fi"], ["asukas1@example.fi"]], "the owner is told again; nobody else"


@pytest.mark.django_db
def test_every_language_version_of_a_session_shares_its_places(session):
    swedish = OpportunitySession.objects.create(
        page=session.page,
        translation_key=session.translation_key,
        locale_id=session.locale_id + 1,
        starts_at=session.starts_at,
        ends_at=session.ends_at,
        venue="Biblioteket",
        capacity=3,
        max_group_size=3,
    )
    _sign_up(session, 1, group_size=3)
    assert services.register(
        swedish, name="Invånare", email="a@example.fi", language="sv"
    ).registration.status == (Status.WAITLISTED)


@pytest.mark.django_db
def test_accessibility_needs_are_stored_only_with_consent(session):
    without = _sign_up(session, 1, needs=["step-free"], other_need="Tarvitsen tuolin.")
    assert without.registration.accessibility_needs == []
    assert without.registration.accessibility_other == ""
    assert without.registration.accessibility_consent_at is None
    with_consent = _sign_up(session, 2, needs=["step-free", "induction-loop"], consent=True)
    assert with_consent.registration.accessibility_needs == ["induction-loop", "step-free"]
    assert with_consent.registration.accessibility_consent_at is not None


@pytest.mark.django_db
def test_only_a_hash_of_the_cancel_token_is_stored(session):
    registration = _sign_up(session, 1).registration
    token = registration.cancel_token
    assert len(token) >= 40
    stored = [
        str(value)
        for value in Registration.objects.values_list(*[f.attname for f in Registration._meta.fields]).get()
    ]
    assert token not in stored
    assert Registration.objects.get(token_hash=hash_token(token)) == registration


@pytest.mark.django_db
def test_the_cancel_token_depends_on_the_secret_key(session, settings):
    registration = _sign_up(session, 1).registration
    token = registration.cancel_token
    settings.SECRET_KEY = "another-" + settings.SECRET_KEY
    assert registration.cancel_token != token


@pytest.mark.django_db
def test_cancelling_a_place_promotes_the_waitlist_in_order(session):
    first = _sign_up(session, 1, group_size=3).registration
    waiting_one = _sign_up(session, 2, group_size=1).registration
    waiting_two = _sign_up(session, 3, group_size=1).registration
    result = services.cancel(first)
    assert result.registration.status == Status.CANCELLED
    assert [r.pk for r in result.promoted] == [waiting_one.pk, waiting_two.pk]
    assert set(Registration.objects.values_list("status", flat=True)) == {Status.CANCELLED, Status.CONFIRMED}


@pytest.mark.django_db
def test_promotion_stops_at_the_first_group_that_does_not_fit(session):
    OpportunitySession.objects.filter(pk=session.pk).update(waitlist_capacity=3)
    session.refresh_from_db()
    first = _sign_up(session, 1, group_size=1).registration
    _sign_up(session, 2, group_size=2)
    big = _sign_up(session, 3, group_size=2).registration
    small = _sign_up(session, 4, group_size=1).registration
    assert (big.status, small.status) == (Status.WAITLISTED, Status.WAITLISTED)
    result = services.cancel(first)
    assert result.promoted == [], "the first in line needs two places; the next waits behind it"
    small.refresh_from_db()
    assert small.status == Status.WAITLISTED
    assert services.places_left(session) == 1


@pytest.mark.django_db
def test_cancelling_twice_changes_nothing_and_can_erase_at_once(session):
    registration = _sign_up(session, 1).registration
    services.cancel(registration, erase=True)
    registration.refresh_from_db()
    assert (registration.name, registration.email, registration.phone) == ("", "", "")
    assert registration.anonymised_at is not None
    assert services.cancel(registration).promoted == []


@pytest.mark.django_db
def test_retention_deletes_needs_at_the_end_and_anonymises_later(session, settings):
    settings.SIGNUP_RETENTION_DAYS = 30
    registration = _sign_up(session, 1, needs=["sign-language"], consent=True).registration
    after_session = session.ends_at + datetime.timedelta(hours=1)
    assert retention.apply(after_session) == (1, 0, 0)
    registration.refresh_from_db()
    assert registration.accessibility_needs == [] and registration.email
    assert retention.apply(session.ends_at + datetime.timedelta(days=31))[:2] == (0, 1)
    registration.refresh_from_db()
    assert (registration.name, registration.email) == ("", "")
    assert (registration.status, registration.group_size) == (Status.CONFIRMED, 1), "counts stay for outcomes"


@pytest.fixture
def committed_session():
    """A session in committed data, for tests whose threads need their own connections."""
    page = signup_workshop(
        "Rinnakkaistyöpaja",
        parent=committed_catalogue(),
        capacity=10,
        waitlist_capacity=100,
        max_group_size=1,
    )
    return page.sessions.get()


@postgresql_only
@pytest.mark.django_db(transaction=True)
def test_thirty_parallel_sign_ups_never_overbook_ten_places(committed_session):
    session = committed_session
    errors = in_parallel(30, lambda number: _sign_up(session, number))
    assert errors == []
    assert Registration.objects.filter(status=Status.CONFIRMED).count() == 10
    assert Registration.objects.filter(status=Status.WAITLISTED).count() == 20
    assert Email.objects.count() == 30, "every sign-up wrote its email to the outbox"


@postgresql_only
@pytest.mark.django_db(transaction=True)
def test_two_identical_parallel_submissions_make_one_registration(committed_session):
    session = committed_session
    errors = in_parallel(2, lambda _number: _sign_up(session, 7))
    assert errors == []
    assert Registration.objects.count() == 1
    assert 1 <= Email.objects.count() <= 2, "the address is told, and at most once again"
