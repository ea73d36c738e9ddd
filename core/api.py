"""The public read-only API (Wagtail's API v2) at /api/v2/: live, public pages only, filterable by language.

Each page type lists what it exposes in ``api_fields``; sessions show their
places left, never who took them.
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone, translation
from rest_framework.renderers import BrowsableAPIRenderer, JSONRenderer
from taggit.managers import TaggableManager
from wagtail.api.v2 import filters
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError, parse_boolean
from wagtail.api.v2.views import PagesAPIViewSet

from core.search_terms import search_terms

# The largest row offset SQLite and PostgreSQL take (a signed 64-bit integer).
MAX_OFFSET = 2**63 - 1


class HTMLSafeJSONRenderer(JSONRenderer):
    """JSON with ``<``, ``>`` and ``&`` written as ``\\u003c``…, as Django's ``json_script`` does.

    Error messages quote what was asked (``cannot order by '<script>…'``); escaped,
    no such echo can ever be read as markup, even by a client that sniffs. The
    data is the same to any JSON parser: these characters only occur inside strings.
    """

    def render(self, data, accepted_media_type=None, renderer_context=None):
        rendered = super().render(data, accepted_media_type, renderer_context)
        return rendered.replace(b"<", b"\\u003c").replace(b">", b"\\u003e").replace(b"&", b"\\u0026")


class BoundedPagination(WagtailPagination):
    """Wagtail's ``?offset=&limit=``, refusing an offset the database cannot take.

    Wagtail passes any positive integer on as SQL OFFSET: past a bigint,
    PostgreSQL raised "bigint out of range" and SQLite an OverflowError (500s).
    """

    def paginate_queryset(self, queryset, request, view=None):
        try:
            too_far = int(request.GET.get("offset", 0)) > MAX_OFFSET
        except ValueError:
            too_far = False  # Wagtail's own message for a non-number
        if too_far:
            raise BadRequestError(f"offset cannot be higher than {MAX_OFFSET}")
        return super().paginate_queryset(queryset, request, view)


def _filter_value(field, value):
    """A ``?field=value`` filter's value as the model field holds it; BadRequestError if it cannot be one."""
    if isinstance(field, models.BooleanField):
        return parse_boolean(value)
    target = field
    while target.is_relation:  # a relation filters by the key it points at, through page_ptr to Page.id
        target = target.target_field
    parsed = target.to_python(value)
    target.run_validators(parsed)  # ranges of integers, lengths of text
    if isinstance(parsed, datetime.datetime) and timezone.is_naive(parsed):
        parsed = timezone.make_aware(parsed)  # a date alone, or a time without an offset: Finnish time
    return parsed


class ParsedFieldsFilter(filters.FieldsFilter):
    """Wagtail's ``?field=value`` filters, with each value parsed and validated by its model field.

    Wagtail converts only booleans, integers and foreign keys: a bad date
    (``?opens_at=2024-13-45``), a word for a many-to-many key or a number past a
    bigint reached the query and raised (500s). Here they are a 400 that says why.
    """

    def filter_queryset(self, request, queryset, view):
        fields = set(view.get_available_fields(queryset.model, db_fields_only=True)) - {"locale"}
        for name, value in request.GET.items():
            if name not in fields:
                continue
            field = queryset.model._meta.get_field(name)
            if isinstance(field, TaggableManager):  # as Wagtail does: ?tags=a,b has both
                for tag in value.split(","):
                    queryset = queryset.filter(**{f"{name}__name": tag})
                queryset._filtered_by_tag = True  # Wagtail's search then refuses, rather than ignoring it
                continue
            try:
                parsed = _filter_value(field, value)
            except (ValueError, ValidationError) as error:
                reason = " ".join(error.messages) if isinstance(error, ValidationError) else str(error)
                raise BadRequestError(
                    f"field filter error. not a valid value for {name}: {reason[:200]}"
                ) from error
            queryset = queryset.filter(**{name: parsed})
        return queryset


class PublicPagesAPIViewSet(PagesAPIViewSet):
    """Wagtail's pages endpoint, read-only and cacheable; it already serves only live, public pages."""

    name = "pages"
    renderer_classes = [HTMLSafeJSONRenderer, BrowsableAPIRenderer]
    pagination_class = BoundedPagination
    filter_backends = [
        ParsedFieldsFilter if backend is filters.FieldsFilter else backend
        for backend in PagesAPIViewSet.filter_backends
    ]

    def initial(self, request, *args, **kwargs):
        """No parameter may hold a NUL character: PostgreSQL refuses them in any text (a 500 for
        ``?locale=%00`` or ``/find/?html_path=%00``), and no page, language or filter has one."""
        super().initial(request, *args, **kwargs)
        for name, values in request.GET.lists():
            if "\x00" in name or any("\x00" in value for value in values):
                raise BadRequestError(f"null characters are not allowed in {name!r}")

    def get_queryset(self):
        # Every item's meta names its language: fetched with the pages, not once per page.
        return super().get_queryset().select_related("locale")

    def listing_view(self, request):
        """``?search=`` looks for plain words; with ``?locale=sv`` it stems them as Swedish.

        Quotes and brackets are dropped, as in the site search: SQLite's full-text
        syntax would fail on them.
        """
        if request.GET.get("search_operator", "and").lower() not in ("and", "or"):
            raise BadRequestError("search_operator must be 'and' or 'or'")
        if "search" in request.GET:
            query = request.GET.copy()
            query["search"] = search_terms(query["search"])
            request._request.GET = query
        language = request.GET.get("locale")
        if language not in dict(settings.LANGUAGES):
            return super().listing_view(request)
        with translation.override(language):
            return super().listing_view(request)

    def find_object(self, queryset, request):
        """``/find/?id=`` takes a page id: a word is a 400, not an error inside the query."""
        identifier = request.GET.get("id")
        if identifier is not None and not (identifier.isascii() and identifier.isdigit()):
            raise BadRequestError("id must be a positive integer")
        return super().find_object(queryset, request)


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
