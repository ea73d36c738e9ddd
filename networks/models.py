from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core import page_context
from core.blocks import BodyBlock
from core.forms import ContactsPageForm
from core.localization import page_contacts
from core.models import BasePage
from core.panels import page_tabs
from core.restrictions import public


class NetworkIndexPage(BasePage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["networks.NetworkPage"]
    max_count_per_parent = 1
    page_description = _(
        "The list of participation networks, one per language; the networks go under it. Goes under "
        "the home page."
    )

    class Meta:
        verbose_name = _("network list")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["networks"] = public(self.get_children().live()).specific()
        return context


class Council(models.TextChoices):
    YOUTH = "youth", _("Youth council")
    ELDERLY = "elderly", _("Elderly council")
    DISABILITY = "disability", _("Disability council")


class NetworkPage(BasePage):
    """A participation network, such as the youth council.

    A council's page is its workspace: its editors add calls and statements
    under it, and communications staff approve them (see councils.workspaces).
    """

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    who_can_join = models.TextField(_("who can join"), blank=True)
    meetings = models.TextField(_("how and when it meets"), blank=True)
    contacts = ParentalManyToManyField("core.ContactPerson", verbose_name=_("contact people"), blank=True)
    council = models.CharField(
        _("council"),
        max_length=20,
        choices=Council.choices,
        blank=True,
        help_text=_("A council gets its own editors group and approval workflow for the pages under it."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    joining_panels = [
        FieldPanel("who_can_join"),
        FieldPanel("meetings"),
        FieldPanel("contacts", help_text=_("Whom residents contact to join or to ask about the network.")),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    override_translatable_fields = [SynchronizedField("contacts"), SynchronizedField("council")]
    # Only administrators decide which pages are a council's workspace.
    settings_panels = [*BasePage.settings_panels, FieldPanel("council", permission="superuser")]
    edit_handler = page_tabs(
        content_panels,
        (_("Joining and meetings"), joining_panels),
        promote=BasePage.promote_panels,
        settings=settings_panels,
    )
    page_description = _(
        "A participation network such as a council: who can join, how it meets and whom to contact; "
        "a council's calls and statements go under it. Goes under the network list."
    )
    parent_page_types = ["networks.NetworkIndexPage"]
    subpage_types = ["councils.CouncilCallPage", "councils.CouncilStatementPage"]
    api_fields = [
        APIField("intro"),
        APIField("easy_read_summary"),
        APIField("council"),
        APIField("who_can_join"),
        APIField("meetings"),
    ]
    base_form_class = ContactsPageForm

    class Meta:
        verbose_name = _("network")
        verbose_name_plural = _("networks")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["contacts"] = page_contacts(request, self, "contacts")
        return page_context.contribute(self, request, context)  # a council's calls and statements
