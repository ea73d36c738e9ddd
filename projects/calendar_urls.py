from django.urls import path

from . import calendars

# Included with councils.calendars under the "calendars" namespace (config.urls).
urlpatterns = [
    path("", calendars.upcoming, name="upcoming"),
    path("<uuid:page_key>.ics", calendars.opportunity, name="opportunity"),
    path("session/<uuid:session_key>.ics", calendars.session, name="session"),
]
