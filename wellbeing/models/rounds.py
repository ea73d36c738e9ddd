"""A round of wellbeing money: its page, phases and candidate themes."""

import itertools

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.models import BasePage
from core.panels import help_panel, page_tabs
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
    themes_chosen = models.PositiveSmallIntegerField(
        _("themes the vote chooses"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_(
            "How many of the themes with the most votes become the year's themes. The vote results "
            "mark them as chosen. Leave empty if the vote does not decide a set number of themes."
        ),
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
    ]
    taking_part_panels = [
        help_panel(
            _(
                "Residents first vote for the year's themes, then apply for money under them. The dates "
                "below decide which phase the page shows and when the vote and the application form are "
                "open; they must follow each other in order."
            )
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("vote_opens_at"), FieldPanel("vote_closes_at")]),
                FieldRowPanel([FieldPanel("votes_per_person"), FieldPanel("themes_chosen")]),
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
    ]
    transparency_panels = [
        MultiFieldPanel([FieldPanel("decision_url"), FieldPanel("results_published")], heading=_("Decision")),
        MultiFieldPanel([FieldPanel("organiser"), FieldPanel("contacts")], heading=_("Organiser")),
    ]
    classification_panels = [FieldPanel("topics"), FieldPanel("areas")]
    edit_handler = page_tabs(
        content_panels,
        (_("Taking part"), taking_part_panels),
        (_("Transparency"), transparency_panels),
        (_("Classification"), classification_panels),
        promote=OpportunityPage.promote_panels,
        settings=BasePage.settings_panels,
    )
    # The round's own page says who decides and when (its phases and the decision link).
    publish_checks = ()
    page_description = _(
        "One year's round of wellbeing money, from the theme vote to the reports; goes under the "
        "opportunity catalogue."
    )
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
        if self.locale.language_code == settings.LANGUAGE_CODE:
            return self
        original = RoundPage.objects.filter(
            translation_key=self.translation_key, locale__language_code=settings.LANGUAGE_CODE
        )
        return original.first() or self

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
