from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.http import urlencode
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page
from wagtail.search.utils import normalise_query_string

from core.search_terms import search_terms

RESULTS_PER_PAGE = 10


def promotions(terms, locale):
    """Staff's recommended pages for this query (Wagtail search promotions), in the visitor's language.

    Read only: looking up a promotion stores nothing about the search.
    """
    if not terms:
        return []
    return list(
        SearchPromotion.objects.filter(
            query__query_string=normalise_query_string(terms), page__live=True, page__locale=locale
        )
        .select_related("page")
        .order_by("sort_order")
    )


def search(request):
    """Search live, public pages in the active language only, staff's recommendations first."""
    query = request.GET.get("q", "").strip()
    terms = search_terms(query)
    results, promoted = None, []
    if query:
        locale = Locale.get_active()
        promoted = promotions(terms, locale)
        pages = (
            Page.objects.live()
            .public()
            .filter(locale=locale)
            .exclude(pk__in=[promotion.page_id for promotion in promoted])
            .specific()
        )
        paginator = Paginator(pages.search(terms) if terms else pages.none(), RESULTS_PER_PAGE)
        results = paginator.get_page(request.GET.get("page"))
    context = {
        "search_query": query,
        "results": results,
        "promoted": promoted,
        "pagination_query": urlencode({"q": query}),
    }
    return render(request, "search/search.html", context)
