"""Signing up and cancelling: no overbooking, no duplicate, waitlist promoted in the same transaction."""

from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.db.models import Sum
from django.utils import timezone

from projects.models import OpportunitySession
from security.mail_limits import may_email

from . import emails
from .models import Registration, SessionNotice

Status = Registration.Status


class RegistrationClosed(Exception):
    """Sign-up is not open for this session (not yet, no longer, or not at all)."""


class SessionFull(Exception):
    """No place and no room on the waitlist."""


@dataclass
class Registered:
    registration: Registration
    created: bool  # False: the address was already signed up, and that registration is returned


@dataclass
class Cancellation:
    registration: Registration
    promoted: list = field(default_factory=list)


@dataclass(frozen=True)
class Outcome:
    """What a sign-up got: a place, or a place in the waitlist queue (``position``, from 1)."""

    status: str
    group_size: int
    position: int | None = None


def outcome_of(registration):
    return Outcome(registration.status, registration.group_size, registration.waitlist_position())


def outcome_for_newcomer(session, group_size):
    """What a new sign-up of this group would get now, as register() decides it; None if it would not fit."""
    session = (
        OpportunitySession.objects.filter(translation_key=session.translation_key).order_by("pk").first()
    )
    group_size = max(1, min(group_size, session.max_group_size))
    if group_size <= places_left(session):
        return Outcome(Status.CONFIRMED, group_size)
    if group_size <= waitlist_left(session):
        queue = Registration.objects.filter(session_key=session.translation_key, status=Status.WAITLISTED)
        return Outcome(Status.WAITLISTED, group_size, queue.count() + 1)
    return None


def answer(registered, session, group_size):
    """What the sign-up form tells whoever sent it.

    A new registration: its place, or its position in the waitlist queue. An address
    already signed up (``registered.created`` is False) or a bot (``registered`` None):
    what a new sign-up would get now, so that the answer is the same as for anyone
    else and a stranger learns nothing about who has signed up; the owner's email
    tells them the place they already have. None when a new sign-up would not fit.
    """
    if registered is not None and registered.created:
        return outcome_of(registered.registration)
    return outcome_for_newcomer(session, group_size)


def lowercased_address(email):
    """How registrations store an address: one spelling per mailbox for the one-registration rule.

    Simpler than core.email_addresses.normalise (the vote's duplicate check): the address is
    also where the cancel link is sent, so nothing but case and spaces may change.
    """
    return email.strip().lower()


def _lock_session(session_key):
    """Lock every language version of the session, in a fixed order, for the rest of the transaction."""
    versions = list(
        OpportunitySession.objects.select_for_update().filter(translation_key=session_key).order_by("pk")
    )
    if not versions:
        raise RegistrationClosed
    return versions[0]


def _places_taken(session_key, status):
    taken = Registration.objects.filter(session_key=session_key, status=status).aggregate(
        total=Sum("group_size")
    )
    return taken["total"] or 0


def places_left(session):
    if session.capacity is None:
        return 0
    return max(session.capacity - _places_taken(session.translation_key, Status.CONFIRMED), 0)


def waitlist_left(session):
    return max(session.waitlist_capacity - _places_taken(session.translation_key, Status.WAITLISTED), 0)


def register(
    session,
    *,
    name,
    email,
    language,
    group_size=1,
    phone="",
    needs=(),
    other_need="",
    consent=False,
    answers=None,
    by_staff=False,
):
    """Sign someone up: a confirmed place if the group fits, else the waitlist, else SessionFull.

    The confirmation email is written to the outbox in the same transaction.
    The same address twice for one session returns the existing registration
    and emails its details again to that address, so the caller answers both
    cases alike and a stranger learns nothing about who has signed up.
    Staff may add people by hand, also without an address, while sign-up is closed.
    """
    email = lowercased_address(email)
    now = timezone.now()
    try:
        with transaction.atomic():
            session = _lock_session(session.translation_key)
            if not (session.registration_open(now) or (by_staff and session.takes_registrations)):
                raise RegistrationClosed
            existing = email and _active(session.translation_key, email).first()
            if existing:
                _confirm(existing, by_staff)
                return Registered(existing, created=False)
            group_size = max(1, min(group_size, session.max_group_size))
            if group_size <= places_left(session):
                status = Status.CONFIRMED
            elif group_size <= waitlist_left(session):
                status = Status.WAITLISTED
            else:
                raise SessionFull
            registration = Registration(
                session_key=session.translation_key,
                status=status,
                name=name.strip(),
                email=email,
                phone=phone.strip(),
                language=language,
                group_size=group_size,
                answers=answers or {},
                added_by_staff=by_staff,
            )
            if consent and (needs or other_need.strip()):
                # Health-related data: kept only with explicit consent, with its time.
                registration.accessibility_needs = sorted(set(needs))
                registration.accessibility_other = other_need.strip()
                registration.accessibility_consent_at = now
            registration.save()
            _remember_notice(session)
            _confirm(registration, by_staff)
            return Registered(registration, created=True)
    except IntegrityError:
        # A parallel identical submission won the race; its own email is already in the outbox.
        return Registered(_active(session.translation_key, email).get(), created=False)


def _active(session_key, email):
    return Registration.objects.filter(
        session_key=session_key, email=email, status__in=[Status.CONFIRMED, Status.WAITLISTED]
    )


def _kind(registration):
    return "confirmed" if registration.status == Status.CONFIRMED else "waitlisted"


def _confirm(registration, by_staff):
    """Email the registration's details, unless the public form has emailed this address enough lately.

    Anyone can type any address into the form, as often as they like: the per-address
    limit keeps the city's email from being sent to someone again and again.
    The form answers the same either way.
    """
    if by_staff or may_email(registration.email):
        emails.queue(registration, _kind(registration))


def _remember_notice(session):
    """Record what people are told about the session, once, for change detection on later publishes."""
    notice, _created = SessionNotice.objects.get_or_create(
        session_key=session.translation_key,
        defaults={
            "page_key": session.page.translation_key,
            **{name: getattr(session, name) for name in SessionNotice.TRACKED},
        },
    )
    return notice


def cancel(registration, *, erase=False):
    """Cancel a registration and, in the same transaction, promote the waitlist into freed places."""
    with transaction.atomic():
        session = _lock_session(registration.session_key)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status == Status.CANCELLED:
            return Cancellation(registration)
        was_confirmed = registration.status == Status.CONFIRMED
        registration.status = Status.CANCELLED
        registration.cancelled_at = timezone.now()
        if erase:
            _erase(registration)
        else:
            emails.queue(registration, "cancelled")
        registration.save()
        promoted = _promote_waitlist(session) if was_confirmed else []
        for person in promoted:
            emails.queue(person, "promoted")
        return Cancellation(registration, promoted)


def erase(registration):
    """A person's right to erasure: cancel without an email (promoting the waitlist) and anonymise."""
    if registration.is_active:
        try:
            return cancel(registration, erase=True)
        except RegistrationClosed:
            # The session is gone from its page: nothing to lock or promote.
            registration.status = Status.CANCELLED
            registration.cancelled_at = timezone.now()
    _erase(registration)
    registration.save()
    return Cancellation(registration)


def _promote_waitlist(session):
    """Move waitlisted groups into free places in sign-up order, stopping at the first that does not fit."""
    free = places_left(session)
    promoted = []
    for waiting in Registration.objects.select_for_update().filter(
        session_key=session.translation_key, status=Status.WAITLISTED
    ):
        if waiting.group_size > free:
            break
        waiting.status = Status.CONFIRMED
        waiting.save(update_fields=["status"])
        free -= waiting.group_size
        promoted.append(waiting)
    return promoted


def _erase(registration):
    """Remove everything that identifies the person; status and group size stay for the counts."""
    emails.forget(registration)
    registration.name = ""
    registration.email = ""
    registration.phone = ""
    registration.accessibility_needs = []
    registration.accessibility_other = ""
    registration.accessibility_consent_at = None
    registration.answers = {}
    registration.anonymised_at = timezone.now()
