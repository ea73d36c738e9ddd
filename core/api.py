"""The public read-only API (Wagtail's API v2) at /api/v2/: live, public pages only, filterable by language.

Each page type lists what it exposes in ``api_fields``; sessions show their
places left, never who took them.
"""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet


class PublicPagesAPIViewSet(PagesAPIViewSet):
    """Wagtail's pages endpoint, read-only and cacheable; it already serves only live, public pages."""

    name = "pages"


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
