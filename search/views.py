import re

from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.http import urlencode
from wagtail.models import Locale, Page

RESULTS_PER_PAGE = 10
MAX_TERMS = 12


def search_terms(query):
    """The words of a query, without operators or quotes that some backends would parse."""
    return " ".join(re.findall(r"\w+", query)[:MAX_TERMS])


def search(request):
    """Search live, public pages in the active language only."""
    query = request.GET.get("q", "").strip()
    terms = search_terms(query)
    results = None
    if query:
        pages = Page.objects.live().public().filter(locale=Locale.get_active()).specific()
        paginator = Paginator(pages.search(terms) if terms else pages.none(), RESULTS_PER_PAGE)
        results = paginator.get_page(request.GET.get("page"))
    return render(
        request,
        "search/search.html",
        {"search_query": query, "results": results, "pagination_query": urlencode({"q": query})},
    )
