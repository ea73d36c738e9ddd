"""What the wellbeing money applicant's tests share: a round open for applications."""

import pytest

from tests.wellbeing_applications.helpers import open_round


@pytest.fixture
def round_page(pages):
    """A round open for applications, with the city areas; an application may ask at most 5000."""
    return open_round(pages, max_grant=5000)
