"""What wellbeing money adds to pages (core.page_context): the outcomes page lists the latest published
reports, and a round page gets its phase, vote and results."""

from core.page_context import contributes_to
from projects.models import OutcomeIndexPage

from .models import RoundPage
from .results import published_reports
from .round_context import round_context


@contributes_to(OutcomeIndexPage)
def reports_on_the_first_page(page, request, context):
    first_page = context["results"].number == 1
    return {"wellbeing_reports": published_reports(page.locale_id) if first_page else []}


@contributes_to(RoundPage)
def phase_vote_and_results(page, request, context):
    return round_context(page)
