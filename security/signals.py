import time

from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

SIGNED_IN_AT = "signed_in_at"


@receiver(user_logged_in)
def remember_sign_in_time(sender, request, user, **kwargs):
    """The absolute session lifetime counts from here (see SessionLifetimeMiddleware)."""
    if request is not None and hasattr(request, "session"):
        request.session[SIGNED_IN_AT] = int(time.time())
