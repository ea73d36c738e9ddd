"""What the round page shows besides its own fields: the phases, the call to action, the results.

Everything here is computed in a fixed number of queries, whatever the number of
votes, applications or reports, so the public page stays cheap to render.
"""

import datetime
from dataclasses import dataclass

from django.utils import timezone

from . import results, voting
from .models import Phase


@dataclass(frozen=True)
class Moment:
    """A date or deadline as the template shows it: ISO for ``<time datetime>``, with or without the time."""

    value: datetime.date
    iso: str
    with_time: bool


@dataclass(frozen=True)
class Step:
    """One phase of the round in the ordered list of phases."""

    key: str
    label: str
    starts: Moment | None
    ends: Moment | None
    current: bool


def moment(value):
    if isinstance(value, datetime.datetime):
        local = timezone.localtime(value)
        return Moment(local, local.isoformat(), True)
    return Moment(value, value.isoformat(), False)


def steps(page, current):
    """The six phases residents meet, in order; the decision is a single day (it starts and ends on it)."""
    spans = [
        (Phase.VOTE, page.vote_opens_at, page.vote_closes_at),
        (Phase.APPLICATIONS, page.applications_open_at, page.applications_close_at),
        (Phase.EVALUATION, page.applications_close_at, page.decision_on),
        (Phase.DECISION, page.decision_on, page.decision_on),
        (Phase.IMPLEMENTATION, page.decision_on, page.implementation_ends_on),
        (Phase.REPORTING, None, page.reports_due_at),
    ]
    return [
        Step(
            key=phase.value,
            label=phase.label,
            starts=moment(starts) if starts else None,
            ends=moment(ends) if ends else None,
            current=phase == current,
        )
        for phase, starts, ends in spans
    ]


def round_context(page):
    """The context the round page adds to an opportunity page's: one ``now`` for the whole page."""
    now = timezone.now()
    phase = page.phase(now)
    all_steps = steps(page, phase)
    themes = list(page.themes.all())
    context = {
        "phase": phase,
        "steps": all_steps,
        "current_step": next((step for step in all_steps if step.current), None),
        "vote_is_open": page.vote_is_open(now),
        "applications_are_open": page.applications_are_open(now),
        "applications_open_later": now < page.applications_open_at,
        "vote_opens": moment(page.vote_opens_at),
        "applications_open": moment(page.applications_open_at),
        "themes": themes,
    }
    if now >= page.vote_closes_at:
        context["vote_results"] = voting.results(page, themes)
    if page.results_published:
        context["results"] = results.funded(page, themes)
    return context
