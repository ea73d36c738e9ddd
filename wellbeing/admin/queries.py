"""The applications as the working group's admin shows them: names, scores and budget rows."""

from decimal import Decimal, InvalidOperation

from django.db.models import Avg, Count, OuterRef, Subquery

from projects.models import CityArea

from ..models import Application, Theme
from .filters import original_locale

Status = Application.Status


def with_names(applications):
    """Theme and area names in the original (Finnish) language, as subqueries: no query per row."""
    locale = original_locale()
    theme = Theme.objects.filter(translation_key=OuterRef("theme_key"), locale=locale).values("name")[:1]
    area = CityArea.objects.filter(slug=OuterRef("area"), locale=locale).values("name")[:1]
    return applications.annotate(theme_name=Subquery(theme), area_name=Subquery(area))


def submitted_applications():
    """Submitted applications (never drafts) with names, average score and number of evaluations."""
    applications = Application.objects.exclude(status=Status.DRAFT).select_related("round")
    return with_names(applications).annotate(
        average_score=Avg("evaluations__score"), evaluation_count=Count("evaluations")
    )


def budget_rows(application):
    """The applicant's budget rows and their total; an amount that is not a number counts as zero."""
    rows, total = [], Decimal("0")
    for row in application.budget or []:
        try:
            amount = Decimal(str(row.get("amount") or "0"))
        except InvalidOperation:
            amount = Decimal("0")
        rows.append({"item": row.get("item", ""), "amount": amount})
        total += amount
    return rows, total
