"""iCalendar events for sessions: one stable UID per session, in every language and every update."""

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event


@dataclass
class SessionDetails:
    """What a resident is told about a session, in their language."""

    key: str  # the session's translation key, shared by every language
    title: str
    starts_at: datetime
    ends_at: datetime
    venue: str
    address: str
    online_url: str
    page_url: str
    cancelled: bool = False
    sequence: int = 0

    @property
    def location(self):
        return ", ".join(part for part in (self.venue, self.address) if part) or self.online_url

    @property
    def uid(self):
        return f"session-{self.key}@{settings.CALENDAR_UID_DOMAIN}"


def new_calendar(method=None):
    calendar = Calendar()
    calendar.add("prodid", "-//City of Pori//Osallistu Pori//FI")
    calendar.add("version", "2.0")
    if method:
        calendar.add("method", method)
    return calendar


def session_event(details):
    event = Event()
    event.add("uid", details.uid)
    event.add("dtstamp", timezone.now())
    event.add("dtstart", details.starts_at)
    event.add("dtend", details.ends_at)
    event.add("summary", details.title)
    event.add("location", details.location)
    event.add("url", details.page_url)
    event.add("description", details.page_url)
    event.add("sequence", details.sequence)
    event.add("status", "CANCELLED" if details.cancelled else "CONFIRMED")
    return event


def session_ics(details):
    """A one-event calendar file for an email: PUBLISH, or CANCEL when the session was cancelled."""
    calendar = new_calendar("CANCEL" if details.cancelled else "PUBLISH")
    calendar.add_component(session_event(details))
    return calendar.to_ical()
