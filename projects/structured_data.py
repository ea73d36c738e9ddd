"""schema.org Event data (JSON-LD) for a page's sessions, so search engines and calendars can read them."""

from django.utils.translation import gettext

ONLINE = "https://schema.org/OnlineEventAttendanceMode"
OFFLINE = "https://schema.org/OfflineEventAttendanceMode"
MIXED = "https://schema.org/MixedEventAttendanceMode"


def events(page, sessions, request):
    url = page.get_full_url(request)
    return [_event(page, session, url) for session in sessions]


def _event(page, session, url):
    places = []
    if session.venue or session.address:
        places.append(
            {"@type": "Place", "name": session.venue or session.address, "address": session.address}
        )
    if session.online_url:
        places.append({"@type": "VirtualLocation", "url": session.online_url})
    mode = MIXED if len(places) == 2 else (ONLINE if session.online_url else OFFLINE)
    return {
        "@context": "https://schema.org",
        "@type": "Event",
        "@id": f"{url}#session-{session.translation_key}",
        "name": page.title,
        "description": page.intro,
        "url": url,
        "inLanguage": page.locale.language_code,
        "startDate": session.starts_at.isoformat(),
        "endDate": session.ends_at.isoformat(),
        "eventStatus": "https://schema.org/EventCancelled"
        if session.cancelled
        else "https://schema.org/EventScheduled",
        "eventAttendanceMode": mode,
        "location": places[0] if len(places) == 1 else places,
        "isAccessibleForFree": True,
        "organizer": {
            "@type": "GovernmentOrganization",
            "name": page.organiser or gettext("City of Pori"),
            "url": "https://www.pori.fi/",
        },
    }
