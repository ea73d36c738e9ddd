"""An opportunity's status from its dates: one rule for a page, the same rule as a database query.

``OpportunityPage.objects`` is built from ``OpportunityQuerySet``, so every app asks for opportunities
in a status, or in date order, the same way, e.g. ``OpportunityPage.objects.in_status(Status.OPEN, now=now)``.
"""

from functools import reduce
from operator import or_

from django.db.models import Case, F, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Coalesce
from wagtail.query import PageQuerySet

from .choices import Status

# The catalogue lists what a resident can still take part in first.
STATUS_ORDER = (Status.OPEN, Status.UPCOMING, Status.ONGOING, Status.CLOSED)


def status_of(page, now):
    """Closed when everything has ended; upcoming before it opens; open until the deadline; then ongoing."""
    if page.ends_at and page.ends_at < now:
        return Status.CLOSED
    if page.opens_at and now < page.opens_at:
        return Status.UPCOMING
    if page.closes_at is None or now < page.closes_at:
        return Status.OPEN
    return Status.ONGOING


def status_condition(status, now):
    """The same rules as status_of, as a database condition."""
    not_closed = Q(ends_at__isnull=True) | Q(ends_at__gte=now)
    started = Q(opens_at__isnull=True) | Q(opens_at__lte=now)
    return {
        Status.CLOSED: Q(ends_at__lt=now),
        Status.UPCOMING: not_closed & Q(opens_at__gt=now),
        Status.OPEN: not_closed & started & (Q(closes_at__isnull=True) | Q(closes_at__gt=now)),
        Status.ONGOING: not_closed & started & Q(closes_at__lte=now),
    }[status]


def _any_of(statuses, now):
    return reduce(or_, (status_condition(status, now) for status in statuses))


class OpportunityQuerySet(PageQuerySet):
    """Opportunity pages by status and in the catalogue's date order."""

    def in_status(self, *statuses, now):
        """The opportunities in any of these statuses at ``now``."""
        return self.filter(_any_of(statuses, now))

    def exclude_status(self, *statuses, now):
        """The opportunities in none of these statuses at ``now``."""
        return self.exclude(_any_of(statuses, now))

    def in_date_order(self, now):
        """The catalogue's order, in the database: what a resident can take part in first.

        Open now first, soonest next date first (the next session, else the deadline), those open with
        no date at all (open continuously) last among them; then upcoming, soonest to open first; then
        ongoing (participation has closed), ending soonest first; closed last, most recently ended first.
        Each page gets ``next_session_at`` (its next session that is not cancelled) and ``next_date``.
        """
        sessions = self.model._meta.get_field("sessions").related_model
        next_session = (
            sessions.objects.filter(page=OuterRef("pk"), starts_at__gte=now, cancelled=False)
            .order_by("starts_at")
            .values("starts_at")[:1]
        )
        upcoming_deadline = Case(When(closes_at__gte=now, then="closes_at"))
        condition = {status: status_condition(status, now) for status in STATUS_ORDER}
        return self.annotate(
            next_session_at=Subquery(next_session),
            next_date=Coalesce(F("next_session_at"), upcoming_deadline, "ends_at", "starts_at"),
            status_rank=Case(
                *(When(condition[status], then=Value(rank)) for rank, status in enumerate(STATUS_ORDER)),
                default=Value(len(STATUS_ORDER)),
            ),
            sort_date=Case(
                When(condition[Status.OPEN], then="next_date"),
                When(condition[Status.UPCOMING], then="opens_at"),
                When(condition[Status.ONGOING], then="ends_at"),
            ),
            ended_at=Case(When(condition[Status.CLOSED], then="ends_at")),
        ).order_by(
            "status_rank",
            F("sort_date").asc(nulls_last=True),
            F("ended_at").desc(nulls_last=True),
            F("next_date").asc(nulls_last=True),
            "pk",
        )
