"""A council's calendar: the sessions of every opportunity under its network page (projects.calendars)."""

from django.http import Http404
from django.urls import path
from django.utils import translation

from core.restrictions import public
from networks.models import NetworkPage
from projects import calendars
from projects.models import OpportunityPage


def council(request, council):
    network = (
        public(NetworkPage.objects.live())
        .filter(council=council, locale__language_code=translation.get_language())
        .first()
    )
    if network is None:
        raise Http404
    under = OpportunityPage.objects.descendant_of(network).values("pk")
    sessions = calendars.current(calendars.sessions(request, pk__in=under))
    return calendars.respond(request, sessions, network.title)


# Joined to projects.calendar_urls under the "calendars" namespace in config.urls.
urlpatterns = [path("council/<slug:council>.ics", council, name="council")]
