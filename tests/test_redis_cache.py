"""The production cache (core.cache.SharedRedisCache) on the real Redis: one client serves every call."""

import uuid

from core.cache import SharedRedisCache


def test_the_redis_cache_stores_and_reuses_one_client_for_every_call():
    cache = SharedRedisCache("redis://127.0.0.1:6379/13", {"KEY_PREFIX": f"test-clients-{uuid.uuid4().hex}"})
    cache.set("one", 1)
    cache.set("two", 2, timeout=60)

    assert cache.get_many(["one", "two", "three"]) == {"one": 1, "two": 2}
    assert cache._cache.get_client(write=True) is cache._cache.get_client()
    cache.delete_many(["one", "two"])
    assert cache.get("one") is None
