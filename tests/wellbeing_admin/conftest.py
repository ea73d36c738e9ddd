"""What the working group's admin tests share: a round in evaluation and a signed-in member."""

import pytest

from tests.factories import make_round
from tests.staff import sign_in
from tests.wellbeing_admin.helpers import working_group_member


@pytest.fixture
def round_page(pages):
    """A Finnish round in evaluation whose applications may get at most 3000."""
    return make_round(pages["opportunities"]["fi"], "Arviointikierros", phase="evaluation", max_grant=3000)


@pytest.fixture
def member(client):
    """A signed-in member of the working group (not a superuser)."""
    return sign_in(client, working_group_member())
