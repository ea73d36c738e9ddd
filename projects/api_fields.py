"""Fields of the opportunity API: terms by name and code, sessions with places left."""

from django.db import models
from django.db.models import prefetch_related_objects
from rest_framework import serializers

from .availability import for_sessions


class TermNamesField(serializers.Field):
    """Topics, areas or audiences in the API: their names (in the page's language) and codes."""

    def to_representation(self, terms):
        return [{"name": term.name, "code": term.slug} for term in terms.all()]


class SessionsField(serializers.Field):
    """Sessions in the API: time, place and places left; never who signed up."""

    def to_representation(self, sessions):
        sessions = list(sessions.all())
        availability = self._availability_of_everything_listed()
        return [
            {
                "id": str(session.translation_key),
                "starts_at": session.starts_at.isoformat(),
                "ends_at": session.ends_at.isoformat(),
                "venue": session.venue,
                "address": session.address,
                "online_url": session.online_url,
                "accessibility": session.accessibility,
                "cancelled": session.cancelled,
                "places": session.capacity,
                "places_left": availability[session.translation_key].places_left
                if session.takes_registrations
                else None,
                "waitlist_places_left": availability[session.translation_key].waitlist_left
                if session.takes_registrations
                else None,
                "sign_up": availability[session.translation_key].state,
            }
            for session in sessions
        ]

    def _availability_of_everything_listed(self):
        """Sessions and places of every page in the response, fetched once (a listing has up to 100)."""
        if "session_availability" not in self.context:
            listed = self.root.instance
            listed = [listed] if isinstance(listed, models.Model) else listed
            pages = [page for page in listed if hasattr(page, "sessions")]
            prefetch_related_objects(pages, "sessions")
            self.context["session_availability"] = for_sessions(
                [session for page in pages for session in page.sessions.all()]
            )
        return self.context["session_availability"]
