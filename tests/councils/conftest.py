"""What the councils' admin tests share: staff of the groups that ``councils.workspaces`` made, signed in."""

import pytest

from councils.workspaces import COMMUNICATIONS, COUNCIL_EDITORS
from networks.models import Council
from tests.councils.helpers import signed_in


@pytest.fixture
def youth(pages):
    """An editor of the youth council."""
    return signed_in(COUNCIL_EDITORS[Council.YOUTH], "nuorisovaltuutettu")


@pytest.fixture
def elderly(pages):
    """An editor of the elderly council."""
    return signed_in(COUNCIL_EDITORS[Council.ELDERLY], "vanhusneuvos")


@pytest.fixture
def communications(pages):
    """A member of communications, who publish every council's pages."""
    return signed_in(COMMUNICATIONS, "viestija")
