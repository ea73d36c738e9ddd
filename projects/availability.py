"""Places left and the sign-up state of sessions, as opportunity pages and the API show them.

Sign-up sits above this app (README, "Layers"): it registers the function that
counts places (``provided_by``, in signups.apps). Without one, no session takes sign-ups.
"""

from dataclasses import dataclass

_providers = []


@dataclass
class Availability:
    # "open", "waitlist", "full", "not-yet", "closed", "cancelled" or "none" (no sign-up here)
    state: str
    places_left: int = 0
    waitlist_left: int = 0

    @property
    def accepts(self):
        return self.state in ("open", "waitlist")


def provided_by(function):
    """``function(sessions, now=None)`` gives {translation key: Availability} for the sessions."""
    _providers[:] = [function]
    return function


def for_sessions(sessions, now=None):
    if not _providers:
        return {session.translation_key: Availability("none") for session in sessions}
    return _providers[0](sessions, now)
