"""The catalogue's vocabulary, shared by the apps whose pages are opportunities. Imports no models."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Method(models.TextChoices):
    WORKSHOP = "workshop", _("Workshop")
    DIALOGUE = "dialogue", _("Dialogue")
    SURVEY = "survey", _("Survey")
    RESIDENT_EVENING = "resident-evening", _("Resident evening")
    PILOT = "pilot", _("Pilot or experiment")
    HEARING = "hearing", _("Hearing")
    GRANT = "grant", _("Grant")
    POP_UP = "pop-up", _("Pop-up")
    ONLINE_ELSEWHERE = "online-elsewhere", _("Online on another service")
    COUNCIL_CALL = "council-call", _("Council call")


# What a deadline means to a resident, by method (OpportunityPage.deadline_label).
DEADLINE_LABELS = {
    Method.SURVEY: _("Respond by"),
    Method.HEARING: _("Comment by"),
    Method.ONLINE_ELSEWHERE: _("Respond by"),
    Method.COUNCIL_CALL: _("Respond by"),
    Method.GRANT: _("Apply by"),
}


class Status(models.TextChoices):
    OPEN = "open", _("Open now")
    UPCOMING = "upcoming", _("Upcoming")
    ONGOING = "ongoing", _("Ongoing")
    CLOSED = "closed", _("Closed")
