"""What the fuzz tests share: no rate limits, and a fuzzer that records what fails."""

import pytest

from tests.fuzz.helpers import Fuzzer, unlimited_rates


@pytest.fixture(autouse=True)
def _no_rate_limits():
    with unlimited_rates():
        yield


@pytest.fixture
def fuzzer():
    return Fuzzer()
