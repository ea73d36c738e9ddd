"""The section pages that list other pages: the opportunity catalogue and the outcomes list."""

from django.utils.translation import gettext_lazy as _

from core import page_context
from core.models import BasePage

from .. import listing


class OpportunityIndexPage(BasePage):
    """The catalogue of participation opportunities, with filters."""

    parent_page_types = ["home.HomePage"]
    # A wellbeing money round is an opportunity of its own kind (a string: no import of the app above).
    subpage_types = ["projects.OpportunityPage", "wellbeing.RoundPage"]
    max_count_per_parent = 1
    page_description = _(
        "The catalogue of participation opportunities with its filters; opportunities and wellbeing "
        "money rounds go under it. One per language, under the home page."
    )

    class Meta:
        verbose_name = _("opportunity catalogue")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(listing.listing(self, request))
        return context


class OutcomeIndexPage(BasePage):
    """What came of participation: the list of outcome pages."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["projects.OutcomePage"]
    max_count_per_parent = 1
    page_description = _(
        "The list of outcomes (what we heard, what we did); outcome pages go under it. One per "
        "language, under the home page."
    )

    class Meta:
        verbose_name = _("outcome list")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(listing.outcome_listing(self, request))
        return page_context.contribute(self, request, context)
