from django.conf import settings


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
