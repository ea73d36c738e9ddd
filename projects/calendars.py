"""Subscribable iCalendar feeds: all upcoming sessions, one opportunity's, one council's, or one session.

Each session is one event with the same UID as in the emails sent to the
people signed up (projects.calendar), so a changed session updates in a
subscriber's calendar instead of appearing twice.
"""

import datetime

from django.http import Http404, HttpResponse
from django.utils import timezone, translation
from django.utils.text import slugify

from .calendar import SessionDetails, new_calendar, session_event
from .models import OpportunityPage, OpportunitySession

# Feeds keep ended sessions for a while, so that subscribers see them as past, not deleted.
KEEP_ENDED = datetime.timedelta(days=30)


def _sessions(request, **page_filters):
    pages = (
        OpportunityPage.objects.live()
        .public()
        .filter(locale__language_code=translation.get_language(), **page_filters)
    )
    return OpportunitySession.objects.filter(page__in=pages).select_related("page").order_by("starts_at")


def _current(sessions):
    return sessions.filter(ends_at__gte=timezone.now() - KEEP_ENDED)


def _response(request, sessions, name):
    from signups.models import SessionNotice

    sessions = list(sessions)
    sequences = dict(
        SessionNotice.objects.filter(session_key__in=[s.translation_key for s in sessions]).values_list(
            "session_key", "sequence"
        )
    )
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
    return _response(request, _current(_sessions(request)), translation.gettext("Take part in Pori"))


def opportunity(request, page_key):
    page = (
        OpportunityPage.objects.live()
        .public()
        .filter(translation_key=page_key, locale__language_code=translation.get_language())
        .first()
    )
    if page is None:
        raise Http404
    return _response(request, _current(_sessions(request, pk=page.pk)), page.title)


def council(request, council):
    from networks.models import NetworkPage

    network = (
        NetworkPage.objects.live()
        .public()
        .filter(council=council, locale__language_code=translation.get_language())
        .first()
    )
    if network is None:
        raise Http404
    under = OpportunityPage.objects.descendant_of(network).values("pk")
    return _response(request, _current(_sessions(request, pk__in=under)), network.title)


def session(request, session_key):
    """One session, also after it ended: the link stays on the page."""
    found = list(_sessions(request).filter(translation_key=session_key))
    if not found:
        raise Http404
    return _response(request, found, found[0].page.title)
