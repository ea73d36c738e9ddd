"""Pages the public may see, with the view restrictions read from the shared cache.

Wagtail's ``PageQuerySet.public()`` reads every view restriction from the database each
time it is called, and a page's listings call it several times. The restricted pages'
paths change only when a restriction or a page changes, which renews the chrome's
generation (core.navigation), so they are kept in the shared cache under it.
"""

from django.core.cache import cache
from django.db.models import Q
from wagtail.models import PageViewRestriction

from core import navigation


def public(pages):
    """``pages.public()``: without the pages below (or at) a view restriction."""
    hidden = Q()
    for path in restricted_paths():
        hidden |= Q(path__startswith=path)
    return pages.exclude(hidden) if hidden else pages


def restricted_paths():
    key = f"restricted-paths:{navigation.generation()}"
    paths = cache.get(key)
    if paths is None:
        paths = list(PageViewRestriction.objects.values_list("page__path", flat=True))
        cache.set(key, paths, navigation.SHARED_TIMEOUT)
    return paths
