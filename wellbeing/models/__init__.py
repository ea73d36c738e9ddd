"""Hyvinvointiraha ("Rakkaudella porilaisille"): one round a year, from the theme vote to the reports.

Personal data lives in ``Vote`` (the voter's address until the vote closes) and
``Application`` (the applicant and contact person); ``wellbeing.retention`` says
how long each is kept. Votes and applications refer to a round's Finnish page
and to themes by translation key, so they are the same in every language.
"""

from .applications import (
    ApplicantType,
    Application,
    ApplicationAttachment,
    Evaluation,
    Message,
    Report,
    private_storage,
)
from .rounds import Phase, RoundPage, Theme
from .votes import Vote, VoteChoice, email_digest

__all__ = [
    "ApplicantType",
    "Application",
    "ApplicationAttachment",
    "Evaluation",
    "Message",
    "Phase",
    "Report",
    "RoundPage",
    "Theme",
    "Vote",
    "VoteChoice",
    "email_digest",
    "private_storage",
]
