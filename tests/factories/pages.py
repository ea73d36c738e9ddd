"""Pages, added under a parent and published with a first revision, as an editor's first publish does."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone
from factory.django import DjangoModelFactory

from core.models import StandardPage
from councils.models import CouncilCallPage, CouncilStatementPage
from projects.models import OpportunityPage, OpportunitySession, OutcomePage


def in_days(offset, hour=12):
    """A moment `offset` days from now at the given hour, local time."""
    moment = timezone.localtime() + datetime.timedelta(days=offset)
    return moment.replace(hour=hour, minute=0, second=0, microsecond=0)


class PublishedPageFactory(wagtail_factories.PageFactory):
    intro = factory.LazyAttribute(lambda page: f"{page.title}: lyhyesti.")

    class Meta:
        abstract = True

    @classmethod
    def _create_instance(cls, model_class, parent, kwargs):
        page = super()._create_instance(model_class, parent, kwargs)
        page.save_revision().publish()
        return page


class StandardPageFactory(PublishedPageFactory):
    title = factory.Sequence(lambda n: f"Sivu {n}")

    class Meta:
        model = StandardPage


class OpportunitySessionFactory(DjangoModelFactory):
    """Build only (`.build()`), then pass to a page factory's `sessions`: a session belongs to its page."""

    starts_at = factory.LazyFunction(lambda: in_days(7, 17))
    ends_at = factory.LazyAttribute(lambda session: session.starts_at + datetime.timedelta(hours=2))
    venue = "Testitalo"
    address = "Testikatu 1, Pori"

    class Meta:
        model = OpportunitySession


class OpportunityPageFactory(PublishedPageFactory):
    title = factory.Sequence(lambda n: f"Työpaja {n}")
    method = "workshop"

    class Meta:
        model = OpportunityPage


class OutcomePageFactory(PublishedPageFactory):
    title = factory.Sequence(lambda n: f"Tulos {n}")
    status = "decided"

    class Meta:
        model = OutcomePage


class CouncilCallPageFactory(OpportunityPageFactory):
    title = factory.Sequence(lambda n: f"Neuvoston kutsu {n}")
    method = "council-call"
    asks_for = "opinions"
    closes_at = factory.LazyFunction(lambda: in_days(14, 23))  # a council's call always has a deadline

    class Meta:
        model = CouncilCallPage


class CouncilStatementPageFactory(PublishedPageFactory):
    title = factory.Sequence(lambda n: f"Lausunto {n}")
    kind = "statement"
    date = factory.LazyFunction(timezone.localdate)

    class Meta:
        model = CouncilStatementPage
