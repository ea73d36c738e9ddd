"""What the councils add to their network page: its latest calls and statements (core.page_context)."""

from core.page_context import contributes_to
from core.restrictions import public
from networks.models import NetworkPage

from .models import CouncilCallPage, CouncilStatementPage


@contributes_to(NetworkPage)
def calls_and_statements(page, request, context):
    if not page.council:
        return {}
    children = public(page.get_children().live()).values("pk")
    return {
        "calls": CouncilCallPage.objects.filter(pk__in=children).order_by("-closes_at")[:6],
        "statements": CouncilStatementPage.objects.filter(pk__in=children).order_by("-date")[:6],
    }
