"""Test data built by each test for itself (factory_boy and wagtail-factories).

`site.build_site()` makes the empty frame every database test starts from: the
home page in Finnish, Swedish and English, the section index pages, the three
councils' pages with their editors groups and workflows, and the footer's
legal pages. It holds no opportunities, outcomes or people; a test builds
those with the factories and asserts only about what it built. Only the tests
of the demo itself (`pytest --demo`) run on the demo content.
"""

from .helpers import (
    NOW,
    ROUND_DATES,
    days,
    make_opportunity,
    make_outcome,
    make_round,
    open_session,
    publish_sessions,
    round_dates,
    translate_page,
)
from .pages import (
    CouncilCallPageFactory,
    CouncilStatementPageFactory,
    OpportunityPageFactory,
    OpportunitySessionFactory,
    OutcomePageFactory,
    StandardPageFactory,
)
from .snippets import AudienceFactory, CityAreaFactory, ContactPersonFactory, TopicFactory

__all__ = [
    "NOW",
    "ROUND_DATES",
    "AudienceFactory",
    "CityAreaFactory",
    "ContactPersonFactory",
    "CouncilCallPageFactory",
    "CouncilStatementPageFactory",
    "OpportunityPageFactory",
    "OpportunitySessionFactory",
    "OutcomePageFactory",
    "StandardPageFactory",
    "TopicFactory",
    "days",
    "make_opportunity",
    "make_outcome",
    "make_round",
    "open_session",
    "publish_sessions",
    "round_dates",
    "translate_page",
]
