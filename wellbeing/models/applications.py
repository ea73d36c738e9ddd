"""Applications, their attachments, the working group's evaluations, messages and reports."""

import uuid
from decimal import Decimal

from django.conf import settings
from django.core.files.storage import storages
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

from core.secret_links import hash_token

from .rounds import RoundPage


class ApplicantType(models.TextChoices):
    PERSON = "person", _("A resident")
    GROUP = "group", _("An informal group")
    ASSOCIATION = "association", _("An association")
    COMPANY = "company", _("A company")


class Application(models.Model):
    """An application for wellbeing money, from its first draft to its report."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        RECEIVED = "received", _("Received")
        IN_EVALUATION = "in-evaluation", _("In evaluation")
        MORE_INFORMATION = "more-information", _("More information asked")
        PROPOSED = "proposed", _("Proposed for funding")
        FUNDED = "funded", _("Funded")
        NOT_FUNDED = "not-funded", _("Not funded")

    # Changing to these emails the applicant in their language.
    NOTIFIED_STATUSES = (Status.MORE_INFORMATION, Status.FUNDED, Status.NOT_FUNDED)

    round = models.ForeignKey(RoundPage, on_delete=models.PROTECT, related_name="applications")
    reference = models.CharField(_("reference"), max_length=20, unique=True, null=True, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.DRAFT)
    language = models.CharField(_("language"), max_length=5)

    applicant_type = models.CharField(_("applicant"), max_length=12, choices=ApplicantType.choices)
    applicant_name = models.CharField(
        _("name of the applicant"),
        max_length=150,
        help_text=_("The group's, association's or company's name; a resident's own name."),
    )
    show_name = models.BooleanField(
        _("the name may be published"),
        default=False,
        help_text=_("A resident's own name is published with the results only with their consent."),
    )
    business_id = models.CharField(_("business ID"), max_length=20, blank=True)
    contact_name = models.CharField(_("contact person"), max_length=150)
    contact_email = models.EmailField(_("contact person's email"))
    contact_phone = models.CharField(_("contact person's phone"), max_length=40, blank=True)

    theme_key = models.UUIDField(_("theme"), null=True, blank=True)
    title = models.CharField(_("title of the project"), max_length=150)
    description = models.TextField(_("what will be done"), blank=True)
    audience = models.TextField(_("for whom"), blank=True)
    area = models.CharField(_("city area"), max_length=60, blank=True)
    schedule = models.TextField(_("schedule"), blank=True)
    budget = models.JSONField(_("budget"), default=list, blank=True)  # [{"item": str, "amount": "12.50"}]
    requested_amount = models.DecimalField(
        _("sum applied for (€)"), max_digits=9, decimal_places=2, default=Decimal("0")
    )
    self_financing = models.DecimalField(
        _("self-financing (€)"), max_digits=9, decimal_places=2, default=Decimal("0")
    )
    other_funding = models.TextField(_("other funding"), blank=True)

    amount_granted = models.DecimalField(
        _("amount granted (€)"), max_digits=9, decimal_places=2, null=True, blank=True
    )
    decision_url = models.URLField(_("the city board's decision"), blank=True)
    merge_with = models.ForeignKey(
        "self",
        verbose_name=_("should be merged with"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    merge_note = models.TextField(_("why merge"), blank=True)

    # The private link's token derives from this secret and SECRET_KEY; only its hash is stored.
    secret = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    personal_data_deleted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        ordering = ["-submitted_at", "-created_at"]
        permissions = [("evaluate_application", "Can evaluate wellbeing money applications")]

    def __str__(self):
        return f"{self.reference or _('draft')}: {self.title}"

    def save(self, *args, **kwargs):
        if not self.token_hash:
            self.token_hash = hash_token(self.private_token)
        super().save(*args, **kwargs)

    @property
    def private_token(self):
        return salted_hmac("wellbeing.application", self.secret.hex, algorithm="sha256").hexdigest()

    @property
    def link_expires_at(self):
        """The private link works until the reports are due; if not funded, a while after the decision."""
        if self.status == self.Status.NOT_FUNDED and self.decided_at:
            return self.decided_at + timezone.timedelta(days=settings.WELLBEING_NOT_FUNDED_LINK_DAYS)
        return self.round.reports_due_at

    @property
    def public_name(self):
        if self.applicant_type == ApplicantType.PERSON and not self.show_name:
            return ""
        return self.applicant_name


def private_storage():
    return storages["private"]


class ApplicationAttachment(models.Model):
    """A file an applicant attached: kept in private storage, never served publicly."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(upload_to="wellbeing/%Y/", storage=private_storage)
    name = models.CharField(_("file name"), max_length=150)
    size = models.PositiveIntegerField()
    uploaded_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.name


class Evaluation(models.Model):
    """One working-group member's score and notes on one application."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="evaluations")
    evaluator = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    score = models.PositiveSmallIntegerField(
        _("score (1–5)"), null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    note = models.TextField(_("note"), blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("evaluation")
        verbose_name_plural = _("evaluations")
        constraints = [
            models.UniqueConstraint(fields=["application", "evaluator"], name="one_evaluation_per_evaluator")
        ]

    def __str__(self):
        return f"{self.application_id}: {self.score or '-'}"


class Message(models.Model):
    """A request for more information from the working group, or the applicant's answer."""

    class Author(models.TextChoices):
        STAFF = "staff", _("Working group")
        APPLICANT = "applicant", _("Applicant")

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="messages")
    author = models.CharField(_("from"), max_length=10, choices=Author.choices)
    text = models.TextField(_("message"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.get_author_display()}: {self.created_at:%Y-%m-%d}"


class Report(models.Model):
    """What a funded project did, written by the applicant; public once staff accept it."""

    class Status(models.TextChoices):
        SUBMITTED = "submitted", _("Submitted")
        PUBLISHED = "published", _("Published")
        RETURNED = "returned", _("Returned for changes")

    application = models.OneToOneField(Application, on_delete=models.CASCADE, related_name="report")
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.SUBMITTED)
    what_was_done = models.TextField(_("what was done"))
    participants = models.PositiveIntegerField(_("how many took part"))
    money_used = models.TextField(_("how the money was used"))
    amount_used = models.DecimalField(_("money used (€)"), max_digits=9, decimal_places=2)
    submitted_at = models.DateTimeField(auto_now=True)
    published_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")

    def __str__(self):
        return f"{self.application}: {self.get_status_display()}"
