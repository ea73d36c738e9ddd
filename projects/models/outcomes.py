"""Outcomes of participation: "what we heard, what we did"."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from rest_framework import serializers
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import BodyBlock
from core.forms import OutcomePageForm
from core.links import validate_web_address
from core.models import BasePage
from core.panels import PublishAnywayPanel, help_panel, page_tabs
from core.restrictions import public


class OutcomeStatus(models.TextChoices):
    PROCESSING = "processing", _("Being processed")
    DECIDED = "decided", _("Decided")
    IMPLEMENTED = "implemented", _("Implemented")
    NOT_IMPLEMENTED = "not-implemented", _("Not implemented")


class TimelineEntryBlock(blocks.StructBlock):
    date = blocks.DateBlock(label=_("Date"))
    text = blocks.TextBlock(label=_("What happened"))

    class Meta:
        icon = "date"
        label = _("Timeline entry")


class OutcomePage(BasePage):
    """What was heard, and what was decided or changed because of it."""

    opportunities = ParentalManyToManyField(
        "projects.OpportunityPage",
        verbose_name=_("opportunities"),
        blank=True,
        help_text=_("The participation this outcome reports on."),
    )
    participants = models.PositiveIntegerField(_("how many took part"), null=True, blank=True)
    heard = StreamField(BodyBlock(), blank=True, verbose_name=_("what we heard"))
    decided = StreamField(BodyBlock(), blank=True, verbose_name=_("what was decided or changed"))
    decision_maker = models.CharField(_("who decided"), max_length=150, blank=True)
    decision_url = models.URLField(_("link to the decision"), blank=True, validators=[validate_web_address])
    status = models.CharField(
        _("status"), max_length=20, choices=OutcomeStatus.choices, default=OutcomeStatus.PROCESSING
    )
    status_reason = models.TextField(
        _("reason"), blank=True, help_text=_("Required when the outcome was not implemented: say why.")
    )
    timeline = StreamField([("entry", TimelineEntryBlock())], blank=True, verbose_name=_("timeline"))

    content_panels = [
        PublishAnywayPanel(),
        *BasePage.content_panels,
        FieldPanel("participants"),
        FieldPanel("heard"),
        FieldPanel("decided"),
    ]
    decision_panels = [
        help_panel(
            _(
                "Residents follow what came of their input: say where the matter stands, who decided, "
                "and link to the decision in the city's decision archive. Publishing a decided outcome "
                "without a link to the decision asks you to confirm."
            )
        ),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldPanel("status_reason"),
                FieldPanel("decision_maker"),
                FieldPanel(
                    "decision_url",
                    help_text=_("The decision's address in the city's decision archive (https://…)."),
                ),
            ],
            heading=_("Decision"),
        ),
        FieldPanel("timeline"),
    ]
    participation_panels = [
        FieldPanel(
            "opportunities",
            help_text=_(
                "The participation this outcome reports on: the opportunity pages link back here. "
                "Only pages in this page's language are listed, newest first; search by name."
            ),
        ),
    ]
    edit_handler = page_tabs(
        content_panels,
        (_("Decision"), decision_panels),
        (_("Opportunities"), participation_panels),
        promote=BasePage.promote_panels,
        settings=BasePage.settings_panels,
    )
    base_form_class = OutcomePageForm
    publish_checks = ("decision_url",)
    page_description = _(
        "What was heard in participation and what was decided or changed; goes under the outcome list."
    )
    search_fields = [*BasePage.search_fields, index.SearchField("heard"), index.SearchField("decided")]
    override_translatable_fields = [SynchronizedField("opportunities")]
    parent_page_types = ["projects.OutcomeIndexPage"]
    subpage_types = []
    api_fields = [
        APIField("intro"),
        APIField("easy_read_summary"),
        APIField("status"),
        APIField("status_reason"),
        APIField("participants"),
        APIField("decision_maker"),
        APIField("decision_url"),
        APIField("heard"),
        APIField("decided"),
        APIField("opportunities", serializer=serializers.PrimaryKeyRelatedField(many=True, read_only=True)),
    ]

    class Meta:
        verbose_name = _("outcome")
        verbose_name_plural = _("outcomes")

    def cache_dependent_pages(self):
        """The opportunities it reports on link to it ("what came of it")."""
        return list(self.opportunities.all())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # A list, not .values(): in a preview the page and its choices live only in memory.
        keys = [opportunity.translation_key for opportunity in self.opportunities.all()]
        opportunity_page = self._meta.get_field("opportunities").related_model
        context["opportunities"] = public(opportunity_page.objects.live()).filter(
            translation_key__in=keys, locale_id=self.locale_id
        )
        return context

    @staticmethod
    def publish_check_needed(name, data):
        """A decision link is expected once something was decided, not while input is being processed."""
        return data.get("status") != OutcomeStatus.PROCESSING

    def clean(self):
        super().clean()
        if self.status == OutcomeStatus.NOT_IMPLEMENTED and not self.status_reason.strip():
            raise ValidationError({"status_reason": _("Say why it was not implemented.")})
