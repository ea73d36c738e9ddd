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
        """Soonest next date first (next session, else the coming deadline, else the end); closed last."""
        sessions = self.model._meta.get_field("sessions").related_model
        next_session = (
            sessions.objects.filter(page=OuterRef("pk"), starts_at__gte=now)
            .order_by("starts_at")
            .values("starts_at")[:1]
        )
        upcoming_deadline = Case(When(closes_at__gte=now, then="closes_at"))
        return self.annotate(
            next_date=Coalesce(Subquery(next_session), upcoming_deadline, "ends_at", "starts_at"),
            is_closed=Case(When(ends_at__lt=now, then=Value(1)), default=Value(0)),
        ).order_by("is_closed", F("next_date").asc(nulls_last=True), F("ends_at").desc(nulls_last=True), "pk")
