"""Registrations for opportunity sessions. Personal data: see the retention rules in signups.retention."""

import uuid

from django.apps import apps
from django.db import models
from django.db.models import OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core.secret_links import hash_token


class AccessibilityNeed(models.TextChoices):
    STEP_FREE = "step-free", _("Step-free access")
    INDUCTION_LOOP = "induction-loop", _("Induction loop")
    SIGN_LANGUAGE = "sign-language", _("Sign-language interpreter")
    PERSONAL_ASSISTANT = "personal-assistant", _("A personal assistant is coming with me")
    EASY_TO_READ = "easy-to-read", _("Easy-to-read material")
    OTHER = "other", _("Other")


class RegistrationQuerySet(models.QuerySet):
    def with_session_end(self):
        """Annotate ``session_ends_at``: when the session ends now, never a copy from sign-up time.

        The cancel link, retention and the data subject tool all hang on it, so it
        follows every published move. It is the end of the session's first row, the
        version sign-up uses (see services._lock_session); for a session since removed
        from its page, the last end its participants were told (SessionNotice).
        """
        session = apps.get_model("projects", "OpportunitySession")
        live_end = session.objects.filter(translation_key=OuterRef("session_key")).order_by("pk")
        told_end = SessionNotice.objects.filter(session_key=OuterRef("session_key"))
        return self.annotate(
            session_ends_at=Coalesce(
                Subquery(live_end.values("ends_at")[:1]), Subquery(told_end.values("ends_at")[:1])
            )
        )


class Registration(models.Model):
    """One person's sign-up (with their group) for one session, in every language.

    A session exists once per language (wagtail-localize translations); they
    share a translation key, which is what a registration refers to. When the
    session ends is not stored here: see RegistrationQuerySet.with_session_end.
    """

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed")
        WAITLISTED = "waitlisted", _("On the waitlist")
        CANCELLED = "cancelled", pgettext_lazy("sign-up", "Cancelled")

    session_key = models.UUIDField(_("session"), db_index=True)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices)
    name = models.CharField(_("name"), max_length=150)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    language = models.CharField(_("language"), max_length=5)
    group_size = models.PositiveSmallIntegerField(_("group size"), default=1)
    accessibility_needs = models.JSONField(_("accessibility needs"), default=list, blank=True)
    accessibility_other = models.TextField(_("other accessibility needs"), blank=True)
    accessibility_consent_at = models.DateTimeField(
        _("consent to store accessibility needs"), null=True, blank=True
    )
    answers = models.JSONField(_("answers to extra questions"), default=dict, blank=True)
    attended = models.BooleanField(_("attended"), null=True, blank=True)
    added_by_staff = models.BooleanField(_("added by staff"), default=False)
    # The cancel link's token is derived from this secret and the site's SECRET_KEY,
    # so every email can carry the link while the database holds only its hash.
    secret = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    reminder_sent_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    anonymised_at = models.DateTimeField(null=True, blank=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "pk"]
        permissions = [("manage_personal_data", "Can find, export and erase anyone's registrations")]
        constraints = [
            # One active registration per address and session, even under parallel submissions.
            models.UniqueConstraint(
                fields=["session_key", "email"],
                condition=~Q(status="cancelled") & Q(anonymised_at__isnull=True) & ~Q(email=""),
                name="one_active_registration_per_email",
            )
        ]

    def __str__(self):
        return f"{self.get_status_display()}: {self.group_size}"

    def save(self, *args, **kwargs):
        if not self.token_hash:
            self.token_hash = hash_token(self.cancel_token)
        super().save(*args, **kwargs)

    @property
    def cancel_token(self):
        return salted_hmac("signups.cancel", self.secret.hex, algorithm="sha256").hexdigest()

    @property
    def is_active(self):
        return self.status in (self.Status.CONFIRMED, self.Status.WAITLISTED)

    def waitlist_position(self):
        """Where this registration is in its session's waitlist queue, from 1; None when not waitlisted.

        The queue is the sign-up order (Meta.ordering), the order in which
        services._promote_waitlist hands out places that come free.
        """
        if self.status != self.Status.WAITLISTED:
            return None
        ahead = Registration.objects.filter(
            session_key=self.session_key, status=self.Status.WAITLISTED
        ).filter(Q(created_at__lt=self.created_at) | Q(created_at=self.created_at, pk__lt=self.pk))
        return ahead.count() + 1


class SessionNotice(models.Model):
    """What the people signed up for a session were last told about its time and place.

    Publishing the opportunity compares its sessions with this record; a change
    or a cancellation emails everyone, and the calendar event's SEQUENCE goes
    up so calendars update the event with the same UID. Every registration has
    one from its sign-up on, and it outlives a session removed from its page:
    its ``ends_at`` then still says when that registration's data may go.
    """

    session_key = models.UUIDField(unique=True)
    page_key = models.UUIDField(db_index=True)
    sequence = models.PositiveIntegerField(default=0)
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    address = models.CharField(max_length=150, blank=True)
    online_url = models.URLField(blank=True)
    cancelled = models.BooleanField(default=False)

    TRACKED = ("starts_at", "ends_at", "address", "online_url", "cancelled")

    def __str__(self):
        return str(self.session_key)

    def differs_from(self, session):
        return any(getattr(self, name) != getattr(session, name) for name in self.TRACKED)

    def copy_from(self, session):
        for name in self.TRACKED:
            setattr(self, name, getattr(session, name))
