"""Participation opportunities, their sessions, and outcomes ("what we heard, what we did")."""

from .indexes import OpportunityIndexPage, OutcomeIndexPage
from .opportunities import OpportunityPage, OpportunitySession, SignupQuestion
from .outcomes import OutcomePage, OutcomeStatus, TimelineEntryBlock
from .terms import Audience, CityArea, Term, Topic

__all__ = [
    "Audience",
    "CityArea",
    "OpportunityIndexPage",
    "OpportunityPage",
    "OpportunitySession",
    "OutcomeIndexPage",
    "OutcomePage",
    "OutcomeStatus",
    "SignupQuestion",
    "Term",
    "TimelineEntryBlock",
    "Topic",
]
