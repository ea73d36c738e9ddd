"""Hyvinvointiraha ("Rakkaudella porilaisille"): one round a year, from the theme vote to the reports.

Personal data lives in ``Vote`` (the voter's address until the vote closes) and
``Application`` (the applicant and contact person); ``wellbeing.retention`` says
how long each is kept. Votes and applications refer to a round's Finnish page
and to themes by translation key, so they are the same in every language.
"""

import itertools
import uuid
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Locale, Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core import email_addresses
from core.models import BasePage
from core.secret_links import hash_token
from projects.choices import Method
from projects.models import OpportunityPage


class Phase(models.TextChoices):
    UPCOMING = "upcoming", _("Starting soon")
    VOTE = "vote", _("Theme vote")
    APPLICATIONS = "applications", _("Applications")
    EVALUATION = "evaluation", _("Evaluation")
    DECISION = "decision", _("Decision")
    IMPLEMENTATION = "implementation", _("Implementation")
    REPORTING = "reporting", _("Reporting")
    FINISHED = "finished", _("Finished")


class RoundPage(OpportunityPage):
    """One year's round. It is an opportunity of the kind "grant", listed in the catalogue while open."""

    year = models.PositiveSmallIntegerField(_("year"))
    budget = models.DecimalField(_("budget of the round (€)"), max_digits=10, decimal_places=2)
    max_grant = models.DecimalField(
        _("largest sum one application may ask (€)"), max_digits=9, decimal_places=2
    )
    who_may_apply = RichTextField(_("who may apply"), features=["bold", "italic", "link", "ul", "ol"])
    not_funded = RichTextField(_("what is not funded"), features=["bold", "italic", "link", "ul", "ol"])
    votes_per_person = models.PositiveSmallIntegerField(
        _("themes one person may vote for"), default=3, validators=[MinValueValidator(1)]
    )
    vote_opens_at = models.DateTimeField(_("theme vote opens"))
    vote_closes_at = models.DateTimeField(_("theme vote closes"))
    applications_open_at = models.DateTimeField(_("applications open"))
    applications_close_at = models.DateTimeField(_("applications close"))
    decision_on = models.DateField(_("city board decides (expected)"))
    implementation_ends_on = models.DateField(_("projects carried out by"))
    reports_due_at = models.DateTimeField(_("reports due"))
    decision_url = models.URLField(_("the city board's decision"), blank=True)
    results_published = models.BooleanField(
        _("show the funded projects"),
        default=False,
        help_text=_("Tick after the city board's decision: the page then lists the funded projects."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("year"),
                FieldRowPanel([FieldPanel("budget"), FieldPanel("max_grant")]),
                FieldPanel("who_may_apply"),
                FieldPanel("not_funded"),
            ],
            heading=_("Money and rules"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("vote_opens_at"), FieldPanel("vote_closes_at")]),
                FieldPanel("votes_per_person"),
                InlinePanel("themes", label=_("Theme"), min_num=1),
            ],
            heading=_("Theme vote"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("applications_open_at"), FieldPanel("applications_close_at")]),
                FieldRowPanel([FieldPanel("decision_on"), FieldPanel("implementation_ends_on")]),
                FieldPanel("reports_due_at"),
            ],
            heading=_("Phases"),
        ),
        MultiFieldPanel([FieldPanel("decision_url"), FieldPanel("results_published")], heading=_("Decision")),
        MultiFieldPanel([FieldPanel("topics"), FieldPanel("areas")], heading=_("Classification")),
        MultiFieldPanel([FieldPanel("organiser"), FieldPanel("contacts")], heading=_("Organiser")),
    ]
    override_translatable_fields = [
        *OpportunityPage.override_translatable_fields,
        SynchronizedField("decision_url"),
    ]
    search_fields = [*OpportunityPage.search_fields, index.SearchField("who_may_apply")]
    parent_page_types = ["projects.OpportunityIndexPage"]
    subpage_types = []
    api_fields = [
        *OpportunityPage.api_fields,
        APIField("year"),
        APIField("budget"),
        APIField("max_grant"),
        APIField("vote_opens_at"),
        APIField("vote_closes_at"),
        APIField("applications_open_at"),
        APIField("applications_close_at"),
        APIField("decision_on"),
        APIField("reports_due_at"),
        APIField("decision_url"),
    ]
    template = "wellbeing/round_page.html"

    class Meta:
        verbose_name = _("wellbeing money round")
        verbose_name_plural = _("wellbeing money rounds")

    def clean(self):
        super().clean()
        order = [
            ("vote_opens_at", self.vote_opens_at),
            ("vote_closes_at", self.vote_closes_at),
            ("applications_open_at", self.applications_open_at),
            ("applications_close_at", self.applications_close_at),
        ]
        for (_earlier, before), (field, after) in itertools.pairwise(order):
            if before and after and after < before:
                raise ValidationError({field: _("The phases must follow each other in order.")})
        if self.max_grant and self.budget and self.max_grant > self.budget:
            raise ValidationError({"max_grant": _("One application cannot ask more than the whole budget.")})

    def save(self, *args, **kwargs):
        # Residents act from the vote's opening to the applications' deadline: that is the catalogue window.
        self.method = Method.GRANT
        self.opens_at = self.vote_opens_at
        self.closes_at = self.applications_close_at
        return super().save(*args, **kwargs)

    @cached_property
    def source(self):
        """The Finnish (original) page, to which votes and applications refer."""
        default = Locale.get_default()
        if self.locale_id == default.pk:
            return self
        return self.get_translation_or_none(default) or self

    def phase(self, now=None):
        now = now or timezone.now()
        today = timezone.localdate(now)
        if now < self.vote_opens_at:
            return Phase.UPCOMING
        if now < self.vote_closes_at:
            return Phase.VOTE
        if now < self.applications_close_at:
            return Phase.APPLICATIONS
        if today < self.decision_on:
            return Phase.EVALUATION
        if today == self.decision_on:
            return Phase.DECISION
        if today <= self.implementation_ends_on:
            return Phase.IMPLEMENTATION
        if now < self.reports_due_at:
            return Phase.REPORTING
        return Phase.FINISHED

    def get_context(self, request, *args, **kwargs):
        from .round_context import round_context

        context = super().get_context(request, *args, **kwargs)
        context.update(round_context(self))
        return context

    def vote_is_open(self, now=None):
        now = now or timezone.now()
        return self.vote_opens_at <= now < self.vote_closes_at

    def applications_are_open(self, now=None):
        now = now or timezone.now()
        return self.applications_open_at <= now < self.applications_close_at


class Theme(TranslatableMixin, Orderable):
    """A candidate theme of the year's vote. Its translation key is what votes and applications store."""

    page = ParentalKey(RoundPage, on_delete=models.CASCADE, related_name="themes")
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("description")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")

    def __str__(self):
        return self.name


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
    from django.core.files.storage import storages

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
