"""Subscribable iCalendar feeds: all upcoming sessions, one opportunity's, or one session.

Each session is one event with the same UID as in the emails sent to the
people signed up (projects.ics), so a changed session updates in a
subscriber's calendar instead of appearing twice. Other apps build their own feeds
from ``sessions``, ``current`` and ``respond`` (a council's: councils.calendars).
"""

import datetime

from django.http import Http404, HttpResponse
from django.utils import timezone, translation
from django.utils.text import slugify

from core.restrictions import public

from .ics import SessionDetails, new_calendar, session_event
from .models import OpportunityPage, OpportunitySession

# Feeds keep ended sessions for a while, so that subscribers see them as past, not deleted.
KEEP_ENDED = datetime.timedelta(days=30)

_sequence_lookups = []


def register_sequence_lookup(function):
    """``function(session_keys)`` gives {key: SEQUENCE} for sessions whose event changed since it
    was first sent (signups raises it when it tells people); unknown keys are at 0."""
    _sequence_lookups.append(function)
    return function


def _sequences(keys):
    found = {}
    for lookup in _sequence_lookups:
        found.update(lookup(keys))
    return found


def sessions(request, **page_filters):
    pages = public(OpportunityPage.objects.live()).filter(
        locale__language_code=translation.get_language(), **page_filters
    )
    return OpportunitySession.objects.filter(page__in=pages).select_related("page").order_by("starts_at")


def current(sessions):
    return sessions.filter(ends_at__gte=timezone.now() - KEEP_ENDED)


def respond(request, sessions, name):
    """An .ics response with one event per session, named ``name``."""
    sessions = list(sessions)
    sequences = _sequences([session.translation_key for session in sessions])
    calendar = new_calendar()
    calendar.add("x-wr-calname", name)
    for session in sessions:
        details = SessionDetails(
            key=str(session.translation_key),
            title=session.page.title,
            starts_at=session.starts_at,
            ends_at=session.ends_at,
            venue=session.venue,
            address=session.address,
            online_url=session.online_url,
            page_url=session.page.get_full_url(request),
            cancelled=session.cancelled,
            sequence=sequences.get(session.translation_key, 0),
        )
        calendar.add_component(session_event(details))
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{slugify(name) or "osallistu-pori"}.ics"'
    return response


def upcoming(request):
    return respond(request, current(sessions(request)), translation.gettext("Take part in Pori"))


def opportunity(request, page_key):
    page = (
        public(OpportunityPage.objects.live())
        .filter(translation_key=page_key, locale__language_code=translation.get_language())
        .first()
    )
    if page is None:
        raise Http404
    return respond(request, current(sessions(request, pk=page.pk)), page.title)


def session(request, session_key):
    """One session, also after it ended: the link stays on the page."""
    found = list(sessions(request).filter(translation_key=session_key))
    if not found:
        raise Http404
    return respond(request, found, found[0].page.title)
