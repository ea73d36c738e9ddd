from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from core.blocks import BodyBlock
from core.models import BasePage


class PrincipleBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Name"), max_length=80)
    text = blocks.TextBlock(label=_("Explanation"))

    class Meta:
        icon = "pick"
        label = _("Principle")


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"), max_length=150)
    text = blocks.TextBlock(label=_("Description"))

    class Meta:
        icon = "order"
        label = _("Step")


class ParticipationModelPage(BasePage):
    """The participation and interaction model. Principles and steps get anchors #principle-N and #step-N."""

    approved_on = models.DateField(_("approved by the city board on"), null=True, blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    principles = StreamField([("principle", PrincipleBlock())], blank=True, verbose_name=_("principles"))
    steps = StreamField([("step", StepBlock())], blank=True, verbose_name=_("steps"))

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("approved_on"),
        FieldPanel("body"),
        FieldPanel("principles"),
        FieldPanel("steps"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body"), index.SearchField("principles")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    page_description = _(
        "The participation and interaction model: its principles and steps, one page per language; "
        "goes under the home page."
    )

    class Meta:
        verbose_name = _("participation model page")
