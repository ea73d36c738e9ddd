"""Wellbeing money as the working group meets it: sent applications, and votes cast at a given moment.

These build on the factories of tests/factories/wellbeing.py. The working
group's admin tests (tests/wellbeing_admin/) build the applications of a round
in evaluation with them.
"""

from decimal import Decimal

import factory

from wellbeing.models import ApplicantType, Vote

from .wellbeing import ApplicationFactory, VoteFactory


class SubmittedApplicationFactory(ApplicationFactory):
    """A sent application of Pihapiiri ry (contact Maija) for the round's theme Liikunta in Keskusta.

    Pass `round` and `number`: the reference is HR-2027-<number> and the title Hanke <number>.
    Its budget rows are Tarvikkeet 1200 and Tilavuokra 800, the 2000 it asks.
    """

    class Params:
        number = 1
        theme = "Liikunta"

    reference = factory.LazyAttribute(lambda application: f"HR-2027-{application.number:03}")
    title = factory.LazyAttribute(lambda application: f"Hanke {application.number}")
    applicant_type = ApplicantType.ASSOCIATION
    applicant_name = "Pihapiiri ry"
    contact_name = "Maija Meikäläinen"
    contact_email = "maija@example.fi"
    contact_phone = "040 765 4321"
    area = "keskusta"
    budget = factory.LazyFunction(
        lambda: [{"item": "Tarvikkeet", "amount": "1200.00"}, {"item": "Tilavuokra", "amount": "800.00"}]
    )
    requested_amount = Decimal("2000")


def make_application(round_page, number, **fields):
    return SubmittedApplicationFactory(round=round_page, number=number, **fields)


class VoteAtFactory(VoteFactory):
    """A vote cast at the moment `created_at` (the field is set on saving, so it is written after)."""

    class Meta:
        skip_postgeneration_save = True

    @factory.post_generation
    def created_at(vote, create, moment, **kwargs):
        if create and moment is not None:
            Vote.objects.filter(pk=vote.pk).update(created_at=moment)
            vote.created_at = moment
