"""Registrations for opportunity sessions. Personal data: see the retention rules in signups.retention."""

import hashlib
import secrets

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class AccessibilityNeed(models.TextChoices):
    STEP_FREE = "step-free", _("Step-free access")
    INDUCTION_LOOP = "induction-loop", _("Induction loop")
    SIGN_LANGUAGE = "sign-language", _("Sign-language interpreter")
    PERSONAL_ASSISTANT = "personal-assistant", _("A personal assistant is coming with me")
    EASY_TO_READ = "easy-to-read", _("Easy-to-read material")
    OTHER = "other", _("Other")


def hash_token(token):
    return hashlib.sha256(token.encode()).hexdigest()


class Registration(models.Model):
    """One person's sign-up (with their group) for one session, in every language.

    A session exists once per language (wagtail-localize translations); they
    share a translation key, which is what a registration refers to.
    """

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed")
        WAITLISTED = "waitlisted", _("On the waitlist")
        CANCELLED = "cancelled", _("Cancelled")

    session_key = models.UUIDField(_("session"), db_index=True)
    session_ends_at = models.DateTimeField(_("session ends"))
    status = models.CharField(_("status"), max_length=12, choices=Status.choices)
    name = models.CharField(_("name"), max_length=150)
    email = models.EmailField(_("email"))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    language = models.CharField(_("language"), max_length=5)
    group_size = models.PositiveSmallIntegerField(_("group size"), default=1)
    accessibility_needs = models.JSONField(_("accessibility needs"), default=list, blank=True)
    accessibility_other = models.TextField(_("other accessibility needs"), blank=True)
    accessibility_consent_at = models.DateTimeField(
        _("consent to store accessibility needs"), null=True, blank=True
    )
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    anonymised_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "pk"]
        constraints = [
            # One active registration per address and session, even under parallel submissions.
            models.UniqueConstraint(
                fields=["session_key", "email"],
                condition=~Q(status="cancelled") & Q(anonymised_at__isnull=True),
                name="one_active_registration_per_email",
            )
        ]

    def __str__(self):
        return f"{self.get_status_display()}: {self.group_size}"

    def new_token(self):
        """A fresh secret for the cancel link; only its hash is stored."""
        token = secrets.token_urlsafe(32)
        self.token_hash = hash_token(token)
        return token
