"""The visitor's address, for sign-in lockouts and the public forms' rate limits.

Behind reverse proxies every connection comes from the nearest proxy, so the
visitor's address must be read from X-Forwarded-For, but only as many entries
from the end as there are proxies we trust: the entries before them are
whatever the client chose to send. ``TRUSTED_PROXY_COUNT`` says how many.
Production settings check it against gunicorn's address (``config/settings/production.py``);
``ForwardedForCheckMiddleware`` warns when it was left at 0 behind a proxy.
"""

import ipaddress
import logging

from django.conf import settings
from django.core.exceptions import MiddlewareNotUsed

logger = logging.getLogger(__name__)

# Set once the misconfiguration warning was logged: at most once per process.
_warned = False


def client_ip(request):
    """The visitor's address for lockouts: REMOTE_ADDR, or what the trusted proxies saw.

    With TRUSTED_PROXY_COUNT proxies in front, the address the outermost one
    received is that many entries from the end of X-Forwarded-For; entries
    before it are the client's own claims and are ignored.
    """
    count = settings.TRUSTED_PROXY_COUNT
    if count:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= count:
            return forwarded[-count]
    return request.META.get("REMOTE_ADDR", "")


def _is_private(address):
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return False
    return parsed.is_private or parsed.is_loopback


class ForwardedForCheckMiddleware:
    """Warn, once per process, when a proxy forwards requests but TRUSTED_PROXY_COUNT is 0.

    Then every visitor arrives from the proxy's address: one resident's failed
    sign-ins or form posts would lock out or rate-limit everyone. A request with
    X-Forwarded-For from a loopback or private address is the sign of such a proxy.
    Not loaded at all when proxies are configured.
    """

    def __init__(self, get_response):
        if settings.TRUSTED_PROXY_COUNT:
            raise MiddlewareNotUsed
        self.get_response = get_response

    def __call__(self, request):
        global _warned
        if not _warned and "HTTP_X_FORWARDED_FOR" in request.META:
            remote = request.META.get("REMOTE_ADDR", "")
            if _is_private(remote):
                _warned = True
                logger.warning(
                    "A proxy at %s forwards requests (X-Forwarded-For) but TRUSTED_PROXY_COUNT is 0: "
                    "every visitor shares the proxy's address, so one person's failed sign-ins and form "
                    "posts lock out and rate-limit everyone. Set TRUSTED_PROXY_COUNT to the number of "
                    "proxies in front (README, Production).",
                    remote,
                )
        return self.get_response(request)
