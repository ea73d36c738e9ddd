"""Build opportunities, outcomes and terms for tests, in the demo site's page tree."""

import datetime

from django.utils import timezone

from projects.models import OpportunityPage, OpportunitySession, OutcomePage

NOW = timezone.now()


def days(offset, hour=12):
    moment = timezone.localtime(NOW) + datetime.timedelta(days=offset)
    return moment.replace(hour=hour, minute=0, second=0, microsecond=0)


def make_opportunity(index, title, *, method="workshop", sessions=(), opens=None, closes=None, **relations):
    """sessions: (start_day, end_day) offsets from today; opens/closes: day offsets or None."""
    page = OpportunityPage(
        title=title,
        slug=title.lower().replace(" ", "-"),
        method=method,
        intro=f"{title} in brief.",
        opens_at=days(opens) if opens is not None else None,
        closes_at=days(closes) if closes is not None else None,
    )
    page.sessions = [
        OpportunitySession(
            locale=index.locale,
            starts_at=days(start, 17),
            ends_at=days(end, 19),
            venue="Kirjasto",
            address="Pori",
        )
        for start, end in sessions
    ]
    for name, terms in relations.items():
        setattr(page, name, terms)
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def make_outcome(index, title, opportunities, status="decided", **fields):
    page = OutcomePage(title=title, slug=title.lower().replace(" ", "-"), status=status, **fields)
    page.opportunities = opportunities
    index.add_child(instance=page)
    page.save_revision().publish()
    return page
