from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import BodyBlock
from core.forms import ContactsPageForm
from core.images import with_card_images
from core.localization import page_contacts
from core.models import BasePage
from core.panels import help_panel, page_tabs
from core.restrictions import public
from participation_model.models import ParticipationModelPage
from projects.choices import Status
from projects.listing import opportunity_cards
from projects.models import OpportunityIndexPage, OpportunityPage, OutcomePage

HOME_OPPORTUNITIES = 6
HOME_OUTCOMES = 3


class HomePage(BasePage):
    """The root of each language's page tree."""

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    featured_opportunity = models.ForeignKey(
        "projects.OpportunityPage",
        verbose_name=_("featured opportunity"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown first. Empty: the opportunity marked “feature on the home page”, if any."),
    )
    agents = ParentalManyToManyField(
        "core.ContactPerson",
        verbose_name=_("participation agents"),
        blank=True,
        help_text=_("Contact cards shown on the home page."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    highlights_panels = [
        help_panel(
            _(
                "The home page lists open and upcoming opportunities and the latest outcomes by itself. "
                "Here you choose what comes first and whose contact cards are shown."
            )
        ),
        FieldPanel("featured_opportunity"),
        FieldPanel("agents"),
    ]
    edit_handler = page_tabs(
        content_panels,
        (_("Highlights"), highlights_panels),
        promote=BasePage.promote_panels,
        settings=BasePage.settings_panels,
    )
    page_description = _(
        "The front page of one language's site, at the top of its page tree; every other page goes under it."
    )
    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    override_translatable_fields = [SynchronizedField("agents"), SynchronizedField("featured_opportunity")]
    parent_page_types = ["wagtailcore.Page"]
    base_form_class = ContactsPageForm
    subpage_types = [
        "core.StandardPage",
        "participation_model.ParticipationModelPage",
        "projects.OpportunityIndexPage",
        "projects.OutcomeIndexPage",
        "networks.NetworkIndexPage",
    ]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        in_tree = public(OpportunityPage.objects.live()).descendant_of(self)
        current = in_tree.in_status(Status.OPEN, Status.UPCOMING, now=now)
        featured = self._featured(in_tree.exclude_status(Status.CLOSED, now=now).in_date_order(now))
        if featured:
            current = current.exclude(pk=featured.pk)
        opportunities = list(current.in_date_order(now)[:HOME_OPPORTUNITIES])
        opportunity_cards(request, [featured, *opportunities] if featured else opportunities)
        context.update(
            featured=featured,
            opportunities=opportunities,
            outcomes=list(
                with_card_images(public(OutcomePage.objects.live()).descendant_of(self)).order_by(
                    "-first_published_at"
                )[:HOME_OUTCOMES]
            ),
            model_page=ParticipationModelPage.objects.live().child_of(self).first(),
            catalogue=OpportunityIndexPage.objects.live().child_of(self).first(),
            agents=page_contacts(request, self, "agents"),
            now=now,
        )
        return context

    def _featured(self, in_tree):
        if self.featured_opportunity_id:
            chosen = in_tree.filter(
                translation_key__in=OpportunityPage.objects.filter(pk=self.featured_opportunity_id).values(
                    "translation_key"
                )
            ).first()
            if chosen:
                return chosen
        return in_tree.filter(featured=True).order_by("-first_published_at").first()
