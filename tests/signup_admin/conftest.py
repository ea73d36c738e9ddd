"""What the sign-up admin's tests share: a workshop's session and a signed-in organiser."""

import pytest

from tests.signup_admin.helpers import workshop_session
from tests.staff import make_staff, sign_in


@pytest.fixture
def session(demo_site):
    """A session in five days with 3 places, 2 waitlist places and groups of up to 3."""
    return workshop_session()


@pytest.fixture
def staff(client):
    """An organiser (a superuser), signed in with both factors."""
    return sign_in(client, make_staff("organiser"))
