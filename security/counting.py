"""Counters in the shared cache for the rate limits, keyed by hashes, never by addresses."""

from django.core.cache import cache
from django.utils.crypto import salted_hmac


def digest(purpose, value):
    """A keyed hash: the same for one value, useless without SECRET_KEY, so caches hold no addresses."""
    return salted_hmac(f"security.{purpose}", value, algorithm="sha256").hexdigest()


def count(key, period):
    """Add one to the counter ``key`` and return it.

    A counter starts at its first use and is forgotten ``period`` seconds later: "at most
    N in the period after the first". The add and the increment are atomic on Redis and
    locmem, so parallel requests never lose a count.
    """
    cache.add(key, 0, timeout=period)
    try:
        return cache.incr(key)
    except ValueError:  # it expired between the add and the increment
        cache.set(key, 1, timeout=period)
        return 1
