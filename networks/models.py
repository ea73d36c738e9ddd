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
from core.localization import localized
from core.models import BasePage


class NetworkIndexPage(BasePage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["networks.NetworkPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("network list")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["networks"] = self.get_children().live().public().specific()
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

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("body"),
        FieldPanel("who_can_join"),
        FieldPanel("meetings"),
        FieldPanel("contacts"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    override_translatable_fields = [SynchronizedField("contacts"), SynchronizedField("council")]
    # Only administrators decide which pages are a council's workspace.
    settings_panels = [*BasePage.settings_panels, FieldPanel("council", permission="superuser")]
    parent_page_types = ["networks.NetworkIndexPage"]
    subpage_types = ["councils.CouncilCallPage", "councils.CouncilStatementPage"]
    api_fields = [APIField("intro"), APIField("council"), APIField("who_can_join"), APIField("meetings")]
    base_form_class = ContactsPageForm

    class Meta:
        verbose_name = _("network")
        verbose_name_plural = _("networks")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["contacts"] = localized(self.contacts.all())
        return page_context.contribute(self, request, context)  # a council's calls and statements
