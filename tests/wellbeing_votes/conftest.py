"""What the theme vote's tests share: a round whose vote is open, in Finnish and in English."""

import pytest

from tests.factories import make_round
from tests.wellbeing_votes.helpers import translate_round


@pytest.fixture
def round_page(pages):
    """A Finnish round whose vote is open, with the themes Liikunta, Kulttuuri and Luonto; two votes each."""
    return make_round(pages["opportunities"]["fi"], "Testikierros 2030", votes_per_person=2)


@pytest.fixture
def english(round_page):
    """The round in English, with English theme names (English texts are the msgids, stable in tests)."""
    return translate_round(round_page, "en", ["Sport", "Culture", "Nature"])
