"""The organisers' sessions as the admin sees them: which sessions and opportunities a user may see,
their counts of people, and the sign-up questions' labels.

A session is addressed by its translation key (shared by its language
versions). Its participants are shown only to users who may edit the page the
original session belongs to; everyone else gets Forbidden (403).
"""

import uuid
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, Sum
from django.http import Http404
from django.utils import timezone, translation
from wagtail.models import Page
from wagtail.permissions import policy_registry

from projects.models import OpportunityPage, OpportunitySession, SignupQuestion

from ..models import Registration

Status = Registration.Status
PERSONAL_DATA_PERMISSION = "signups.manage_personal_data"


class Forbidden(Exception):
    """The user may not see this session's or this opportunity's participants."""


def can_edit(user, page):
    return page.permissions_for_user(user).can_edit()


def in_admin_language(items, language_of):
    """The item in the admin's language, else the first (the original, by creation order)."""
    language = translation.get_language()
    return next((item for item in items if language_of(item) == language), items[0])


@dataclass
class Counts:
    capacity: int = 0
    waitlist_capacity: int = 0
    people: dict = field(default_factory=lambda: defaultdict(int))
    groups: dict = field(default_factory=lambda: defaultdict(int))

    def add(self, status, people, groups=1):
        self.people[status] += people
        self.groups[status] += groups

    @property
    def confirmed(self):
        return self.people[Status.CONFIRMED]

    @property
    def waitlisted(self):
        return self.people[Status.WAITLISTED]

    @property
    def cancelled(self):
        return self.people[Status.CANCELLED]

    @property
    def places_left(self):
        return max(self.capacity - self.confirmed, 0)

    @property
    def waitlist_left(self):
        return max(self.waitlist_capacity - self.waitlisted, 0)


@dataclass
class Session:
    """One session in all its language versions, as far as this user may see it."""

    key: uuid.UUID
    rows: list  # every language version, the original first
    shown: OpportunitySession  # the version in the admin's language among those the user may edit
    counts: Counts = None

    @property
    def main(self):
        """The version sign-up uses for places and state (see services._lock_session)."""
        return self.rows[0]

    @property
    def page(self):
        return self.shown.page

    @property
    def cancelled(self):
        return self.main.cancelled

    @property
    def is_past(self):
        return self.main.ends_at < timezone.now()

    @property
    def log_data(self):
        return {"session": str(self.key), "starts_at": self.main.starts_at.isoformat()}


def grouped_by_key(rows):
    by_key = defaultdict(list)
    for row in rows:
        by_key[row.translation_key].append(row)
    return by_key


def _listing_check(user):
    """can_edit, asked only of pages below one the user has page permissions on.

    Wagtail's can_edit also asks the database whether a workflow task lets the
    user edit a page; for a list of every opportunity that would be a query or
    two per page. Such temporary reviewers open a session from its page instead.
    """
    if user.is_superuser:
        return lambda page: can_edit(user, page)
    policy = policy_registry.get_by_type(Page)
    paths = [
        permission.page.path
        for permission in policy.get_cached_permissions_for_user(user)
        if permission.permission.codename in ("change_page", "add_page")
    ]
    return lambda page: any(page.path.startswith(path) for path in paths) and can_edit(user, page)


def _visible(user, rows, editable_cache, check=None):
    """The versions (original first) the user may edit; none unless they may edit the original.

    Who signed up is for the organisers: someone who edits only a translation (a translator)
    never sees it.
    """
    check = check or (lambda page: can_edit(user, page))

    def editable(row):
        if row.page_id not in editable_cache:
            editable_cache[row.page_id] = check(row.page)
        return editable_cache[row.page_id]

    return [row for row in rows if editable(row)] if editable(rows[0]) else []


def load_session(user, session_key):
    """The session by key; Http404 if there is none, Forbidden if the user may edit none of its pages."""
    rows = list(
        OpportunitySession.objects.filter(translation_key=session_key)
        .select_related("page", "locale")
        .order_by("pk")
    )
    if not rows:
        raise Http404
    editable = _visible(user, rows, {})
    if not editable:
        raise Forbidden
    return Session(session_key, rows, in_admin_language(editable, lambda row: row.locale.language_code))


def sessions_for(user, page_key=None):
    """Sessions taking sign-ups that the user may see, with counts, in a fixed number of queries."""
    rows = OpportunitySession.objects.filter(capacity__isnull=False).select_related("page", "locale")
    if page_key is not None:
        rows = rows.filter(page__translation_key=page_key)
    editable_cache = {}
    check = _listing_check(user)
    sessions = []
    for key, versions in grouped_by_key(rows.order_by("pk")).items():
        editable = _visible(user, versions, editable_cache, check)
        if editable:
            shown = in_admin_language(editable, lambda row: row.locale.language_code)
            sessions.append(Session(key, versions, shown))
    counts = counts_for([session.main for session in sessions])
    for session in sessions:
        session.counts = counts[session.key]
    return sessions


def counts_for(main_rows):
    counts = {row.translation_key: Counts(row.capacity or 0, row.waitlist_capacity) for row in main_rows}
    if counts:
        totals = (
            Registration.objects.filter(session_key__in=list(counts))
            .values_list("session_key", "status")
            .annotate(people=Sum("group_size"), groups=Count("pk"))
            .order_by()
        )
        for key, status, people, groups in totals:
            counts[key].add(status, people, groups)
    return counts


@dataclass
class Opportunity:
    page: OpportunityPage
    sessions: list

    @property
    def upcoming(self):
        return [session for session in self.sessions if not session.is_past]

    @property
    def past(self):
        return [session for session in self.sessions if session.is_past]


def by_opportunity(sessions):
    """Opportunities with upcoming sessions first (soonest first), then the rest (latest first)."""
    grouped = defaultdict(list)
    for session in sessions:
        grouped[session.page.translation_key].append(session)
    opportunities = []
    for page_sessions in grouped.values():
        page_sessions.sort(key=lambda session: (session.main.starts_at, session.main.pk))
        opportunities.append(Opportunity(page_sessions[0].page, page_sessions))
    upcoming = sorted(
        (opportunity for opportunity in opportunities if opportunity.upcoming),
        key=lambda opportunity: opportunity.upcoming[0].main.starts_at,
    )
    past = sorted(
        (opportunity for opportunity in opportunities if not opportunity.upcoming),
        key=lambda opportunity: opportunity.sessions[-1].main.starts_at,
        reverse=True,
    )
    return upcoming + past


def question_labels(page_keys):
    """{page translation key: [(clean_name, label)]}, in the order of the sign-up form.

    Labels are in the admin's language where the page has that language, else the clean_name.
    """
    language = translation.get_language()
    questions = (
        SignupQuestion.objects.filter(page__translation_key__in=page_keys)
        .values_list("page__translation_key", "page_id", "clean_name", "label", "locale__language_code")
        .order_by("page_id", "sort_order", "pk")
    )
    original_page = {}
    order = defaultdict(list)
    labels = {}
    for page_key, page_id, clean_name, label, question_language in questions:
        # The order of the first version of the page (the original); labels from the admin's language.
        original_page.setdefault(page_key, page_id)
        if page_id == original_page[page_key] and clean_name not in order[page_key]:
            order[page_key].append(clean_name)
        if question_language == language:
            labels[page_key, clean_name] = label
    return {
        page_key: [(name, labels.get((page_key, name), name)) for name in names]
        for page_key, names in order.items()
    }
