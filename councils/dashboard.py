"""The dashboard of a council's editor starts from their own council's pages."""

from django.contrib.contenttypes.models import ContentType
from wagtail.admin.ui.components import Component

from networks.models import NetworkPage

from .models import CouncilCallPage, CouncilStatementPage


class OwnCouncilPanel(Component):
    name = "own_council"
    template_name = "councils/dashboard_own_council.html"
    order = 50  # first: before Wagtail's own panels

    def __init__(self, pages):
        self.pages = pages

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["council_pages"] = self.pages
        context["call_type"] = ContentType.objects.get_for_model(CouncilCallPage)
        context["statement_type"] = ContentType.objects.get_for_model(CouncilStatementPage)
        return context


def own_council_pages(user):
    """The council pages (every language) on which one of the user's groups has a permission of its own."""
    if user.is_superuser:
        return []
    return list(
        NetworkPage.objects.exclude(council="")
        .filter(group_permissions__group__user=user)
        .select_related("locale")
        .distinct()
        .order_by("council", "locale__pk")
    )
