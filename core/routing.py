"""Wagtail's page routing with the route kept in the shared cache: one query finds the page.

Wagtail finds a page by walking the tree (the site, the home page in the visitor's
language, each level of the path, each with its specific class) and then reads the
view restrictions of every ancestor: 6 to 10 queries before a page renders anything.
The answer depends only on the host, the language and the path, and changes only when
a page, a site or a view restriction changes, which renews the chrome's generation
(core.navigation). So the route is kept in the shared cache under that generation:
a later request fetches just the page by its key, fresh from the database, and Wagtail
checks on that fresh page that it is live, as always.
"""

import hashlib

from django.apps import apps
from django.core.cache import cache
from django.http import Http404
from django.utils import translation
from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from core import navigation
from core.models import BasePage


class CachedRouteMiddleware:
    """Leaves Wagtail's site and the page's route on a page request (no other: the health probes and
    the error pages must not need the database)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is wagtail_views.serve and view_args:
            if (site := navigation.site(request)) is not None:
                request._wagtail_site = site
            route(request, view_args[0])


def route(request, path):
    """Leave Wagtail's route for this path on the request, from the shared cache when it is there."""
    place = hashlib.sha256(f"{request.get_host()}:{translation.get_language()}:{path}".encode()).hexdigest()
    key = f"route:{navigation.request_generation(request)}:{place}"  # a fixed length, however long the path
    entry = cache.get(key)
    if entry is None:
        if (entry := _walk(request, path)) is not None:
            cache.set(key, entry, navigation.SHARED_TIMEOUT)
        return
    model_label, page_id, remaining, restricted = entry
    model = apps.get_model(model_label)
    fetched = model.objects.filter(pk=page_id).select_related("locale")
    if issubclass(model, BasePage):
        fetched = fetched.select_related("image")
    page = fetched.first()
    if page is None:
        return  # deleted since: Wagtail walks the tree itself
    page.known_unrestricted = not restricted
    try:
        request._wagtail_route_for_request = page.route(request, remaining)
    except Http404:
        request._wagtail_route_for_request = None


def _walk(request, path):
    """Wagtail's own routing (it leaves the result on the request), summed up for the cache."""
    result = Page.route_for_request(request, path)
    if result is None:
        return None
    page = result[0]
    consumed = page.depth - Site.find_for_request(request).root_page.depth
    remaining = [component for component in path.split("/") if component][consumed:]
    restricted = page.get_view_restrictions().exists()
    return page._meta.label, page.pk, remaining, restricted
