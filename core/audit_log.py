"""Writing to Wagtail's audit log from views."""

from django.utils.functional import LazyObject


def unwrapped_user(user):
    """request.user is lazy, twice with django-otp wrapping the auth middleware's; the log needs the model."""
    while isinstance(user, LazyObject):
        user.pk  # noqa: B018 - evaluates the lazy object
        user = user._wrapped
    return user
