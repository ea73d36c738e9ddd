"""What wellbeing money adds to the outcomes page: the latest published reports (core.page_context)."""

from core.page_context import contributes_to
from projects.models import OutcomeIndexPage

from .results import published_reports


@contributes_to(OutcomeIndexPage)
def reports_on_the_first_page(page, request, context):
    first_page = context["results"].number == 1
    return {"wellbeing_reports": published_reports(page.locale_id) if first_page else []}
