"""The public results of a round: the funded projects, their totals and their published reports.

Only funded applications are ever read here, and only what may be public of them:
the title, the group's public name (a resident's own name only with consent), the
theme, the city area, the sum granted and the report once staff published it.
Four queries, however many projects a round funds.
"""

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from projects.models import CityArea

from .models import Application, Report, RoundPage


@dataclass(frozen=True)
class Project:
    """A funded project as the public sees it; ``report`` only when it is published."""

    anchor: str
    language: str  # the applicant's: title and report are in it
    title: str
    group: str
    theme: str
    area: str
    amount: Decimal
    report: Report | None


@dataclass(frozen=True)
class Total:
    name: str
    projects: int
    amount: Decimal


@dataclass(frozen=True)
class Results:
    projects: list[Project]
    by_theme: list[Total]
    by_area: list[Total]
    total: Decimal
    budget: Decimal = Decimal("0")  # the round's budget, of which ``total`` was granted
    awaiting: int = 0  # submitted applications that have no decision yet

    @property
    def reports(self):
        return [project for project in self.projects if project.report]

    @property
    def not_granted(self):
        """What of the budget no project got (so far, while applications still await a decision)."""
        return max(self.budget - self.total, Decimal("0"))


# Sent and not yet decided: the rest of the budget may still go to these.
AWAITING = (
    Application.Status.RECEIVED,
    Application.Status.IN_EVALUATION,
    Application.Status.MORE_INFORMATION,
    Application.Status.PROPOSED,
)


def funded_and_awaiting(round_page):
    """The round's funded applications (stored against its Finnish page), with their reports, and how
    many sent applications wait for a decision (a count: nobody is named), in one query."""
    applications = list(
        Application.objects.filter(round=round_page.source, status__in=[Application.Status.FUNDED, *AWAITING])
        .select_related("report")
        .order_by("title", "pk")
    )
    funded = [application for application in applications if application.status == Application.Status.FUNDED]
    return funded, len(applications) - len(funded)


def names_in_locale(queryset, key_field, keys, locale_id):
    """Map each key to its name in the page's locale, falling back to any other language's name."""
    names = {}
    for item in queryset.filter(**{f"{key_field}__in": keys}).order_by("pk"):
        key = str(getattr(item, key_field))
        if key not in names or item.locale_id == locale_id:
            names[key] = item.name
    return names


def published_report(application):
    report = getattr(application, "report", None)
    return report if report and report.status == Report.Status.PUBLISHED else None


def totals(projects, field):
    """Sum per theme or per area, largest first; projects without one are grouped under an empty name."""
    amounts, counts = defaultdict(Decimal), defaultdict(int)
    for project in projects:
        name = getattr(project, field)
        amounts[name] += project.amount
        counts[name] += 1
    ordered = sorted(amounts, key=lambda name: (-amounts[name], name))
    return [Total(name, counts[name], amounts[name]) for name in ordered]


def funded(round_page, themes):
    """The results of the round in the page's language; ``themes``: the page's themes, already loaded."""
    applications, awaiting = funded_and_awaiting(round_page)
    themes = {str(theme.translation_key): theme.name for theme in themes}
    areas = names_in_locale(
        CityArea.objects.all(), "slug", {a.area for a in applications if a.area}, round_page.locale_id
    )
    projects = [
        Project(
            anchor=f"project-{application.pk}",
            language=application.language,
            title=application.title,
            group=application.public_name,
            theme=themes.get(str(application.theme_key), ""),
            area=areas.get(application.area, ""),
            amount=application.amount_granted or Decimal("0"),
            report=published_report(application),
        )
        for application in applications
    ]
    return Results(
        projects=projects,
        by_theme=totals(projects, "theme"),
        by_area=totals(projects, "area"),
        total=sum((project.amount for project in projects), Decimal("0")),
        budget=round_page.budget or Decimal("0"),
        awaiting=awaiting,
    )


@dataclass(frozen=True)
class ListedReport:
    """A published report in the outcomes listing, linking to its project on the round page."""

    title: str
    language: str  # the applicant's, in which the title is written
    group: str
    participants: int
    round_page: object
    anchor: str


def published_reports(locale_id, limit=24):
    """The latest published reports of rounds whose results are public, each round in the given locale.

    Two queries: the reports with their applications and rounds, and the rounds' translations.
    """
    reports = list(
        Report.objects.filter(
            status=Report.Status.PUBLISHED,
            application__status=Application.Status.FUNDED,
            application__round__live=True,
            application__round__results_published=True,
        )
        .select_related("application__round")
        .order_by("-published_at", "-pk")[:limit]
    )
    keys = {report.application.round.translation_key for report in reports}
    translations = {
        page.translation_key: page
        for page in RoundPage.objects.live().filter(
            translation_key__in=keys, locale_id=locale_id, results_published=True
        )
    }
    return [
        ListedReport(
            title=report.application.title,
            language=report.application.language,
            group=report.application.public_name,
            participants=report.participants,
            round_page=translations.get(report.application.round.translation_key, report.application.round),
            anchor=f"project-{report.application.pk}",
        )
        for report in reports
    ]
