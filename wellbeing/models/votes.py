"""The residents' theme vote: one vote per confirmed email address and round."""

import uuid

from django.db import models
from django.db.models import Q
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core import email_addresses
from core.secret_links import hash_token

from .rounds import RoundPage


def email_digest(address):
    """A keyed hash of the address's normal form: equal for one mailbox, useless without SECRET_KEY.

    The normal form is defined in core.email_addresses.
    """
    mailbox = email_addresses.normalise(address)
    return salted_hmac("wellbeing.vote-email", mailbox, algorithm="sha256").hexdigest()


class Vote(models.Model):
    """One person's theme vote. It counts only once confirmed from the link emailed to them.

    The address, its hash and its domain are kept only while the vote is open
    (see wellbeing.retention).
    """

    round = models.ForeignKey(RoundPage, on_delete=models.CASCADE, related_name="votes")
    # As the voter typed it: the confirmation goes here, never to the normal form.
    email = models.EmailField(_("email"), blank=True)
    # The keyed hash of the normal form: what makes one mailbox one vote.
    email_hash = models.CharField(max_length=64, blank=True, db_index=True)
    # The normal form's domain, for the working group's view of clusters of votes.
    email_domain = models.CharField(_("email domain"), max_length=253, blank=True, db_default="")
    language = models.CharField(_("language"), max_length=5)
    secret = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("vote")
        verbose_name_plural = _("votes")
        constraints = [
            # One counted vote per mailbox and round, even when two links are confirmed at once.
            models.UniqueConstraint(
                fields=["round", "email_hash"],
                condition=Q(confirmed_at__isnull=False) & ~Q(email_hash=""),
                name="one_counted_vote_per_email",
            )
        ]

    def __str__(self):
        return f"{self.round_id}: {gettext('confirmed') if self.confirmed_at else gettext('unconfirmed')}"

    def save(self, *args, **kwargs):
        if not self.token_hash:
            self.token_hash = hash_token(self.confirm_token)
        super().save(*args, **kwargs)

    @property
    def confirm_token(self):
        return salted_hmac("wellbeing.vote", self.secret.hex, algorithm="sha256").hexdigest()


class VoteChoice(models.Model):
    """A theme chosen in a vote: counted in SQL with one query per round."""

    vote = models.ForeignKey(Vote, on_delete=models.CASCADE, related_name="choices")
    theme_key = models.UUIDField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["vote", "theme_key"], name="one_choice_per_theme")]

    def __str__(self):
        return str(self.theme_key)
