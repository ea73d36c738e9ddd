"""Rate limits for public forms, per client address, on the shared cache (django-ratelimit)."""

from django.conf import settings
from django_ratelimit.core import is_ratelimited

from .client_ip import client_ip


def _client(group, request):
    return client_ip(request)


def form_posts_exceeded(request, group):
    """Count this POST against the client's limit; True once the limit is passed."""
    return is_ratelimited(
        request, group=group, key=_client, rate=settings.PUBLIC_FORM_RATE_LIMIT, method="POST", increment=True
    )
