"""Django's Redis cache with one Redis client per connection pool, instead of one per call.

Django builds a new ``redis.Redis`` for every cache operation, and each fills a table of
some 170 response callbacks: on a page that reads the shared cache twenty times (the
chrome, the route, core/navigation.py and core/routing.py) that costs milliseconds. A
client may be shared between threads (it takes a connection from the pool per command),
so each pool keeps one.
"""

from django.core.cache.backends.redis import RedisCache, RedisCacheClient


class ReusedClients(RedisCacheClient):
    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        clients = self.__dict__.setdefault("_clients_by_pool", {})
        if id(pool) not in clients:
            clients[id(pool)] = self._client(connection_pool=pool)
        return clients[id(pool)]


class SharedRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClients
