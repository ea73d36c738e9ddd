"""The public read-only API (Wagtail's API v2) at /api/v2/: live, public pages only, filterable by language.

Each page type lists what it exposes in ``api_fields``; sessions show their
places left, never who took them.
"""

from django.conf import settings
from django.utils import translation
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

from search.terms import search_terms


class PublicPagesAPIViewSet(PagesAPIViewSet):
    """Wagtail's pages endpoint, read-only and cacheable; it already serves only live, public pages."""

    name = "pages"

    def get_queryset(self):
        # Every item's meta names its language: fetched with the pages, not once per page.
        return super().get_queryset().select_related("locale")

    def listing_view(self, request):
        """``?search=`` looks for plain words; with ``?locale=sv`` it stems them as Swedish.

        Quotes and brackets are dropped, as in the site search: SQLite's full-text
        syntax would fail on them.
        """
        if "search" in request.GET:
            query = request.GET.copy()
            query["search"] = search_terms(query["search"])
            request._request.GET = query
        language = request.GET.get("locale")
        if language not in dict(settings.LANGUAGES):
            return super().listing_view(request)
        with translation.override(language):
            return super().listing_view(request)


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
