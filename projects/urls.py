from django.urls import path

from . import calendars

app_name = "calendars"
urlpatterns = [
    path("", calendars.upcoming, name="upcoming"),
    path("<uuid:page_key>.ics", calendars.opportunity, name="opportunity"),
    path("council/<slug:council>.ics", calendars.council, name="council"),
    path("session/<uuid:session_key>.ics", calendars.session, name="session"),
]
