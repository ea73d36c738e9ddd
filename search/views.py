import difflib

from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import pgettext_lazy
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from core import navigation
from core.models import StandardPage
from core.restrictions import public
from core.search_terms import search_terms
from projects.listing import add_next_sessions
from projects.models import (
    Audience,
    CityArea,
    OpportunityIndexPage,
    OpportunityPage,
    OutcomeIndexPage,
    OutcomePage,
    Topic,
)

RESULTS_PER_PAGE = 10
# What a resident calls a page type whose name in the admin is an editor's word.
KINDS = {StandardPage: pgettext_lazy("kind of search result", "Page")}
# "Did you mean": at most this many names of topics, areas and audiences close to a word searched for.
MAX_SPELLING_SUGGESTIONS = 3
MIN_SUGGESTED_LENGTH = 4  # not "ja", "och", "and"


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


def describe(results, now):
    """Mark each result with what it is, so the list can show an opportunity's status and dates
    (its next session fetched for all of them at once) and other pages only their kind."""
    opportunities = []
    for page in results:
        page.is_opportunity = isinstance(page, OpportunityPage)
        page.is_outcome = isinstance(page, OutcomePage)
        if page.is_opportunity:
            opportunities.append(page)
        else:
            page.kind = KINDS.get(type(page)) or page.get_verbose_name()
    add_next_sessions(opportunities, now)


def suggestions(terms, locale):
    """Where to go from an empty result: the catalogue, the outcomes, the topics in use, and words of the
    names of topics, areas and audiences spelt close to a word searched for."""
    in_use = Topic.objects.filter(opportunitypage__live=True, opportunitypage__locale=locale).values("slug")
    topics = list(Topic.objects.filter(locale=locale, slug__in=in_use))
    names = {
        name
        for model in (Topic, CityArea, Audience)
        for name in model.objects.filter(locale=locale).values_list("name", flat=True)
    }
    return {
        "catalogue": public(OpportunityIndexPage.objects.live()).filter(locale=locale).first(),
        "outcomes": public(OutcomeIndexPage.objects.live()).filter(locale=locale).first(),
        "topics": topics,
        "did_you_mean": spelt_alike(terms, names),
    }


def spelt_alike(terms, names):
    """Words of these names that a searched word may have meant: "Reposaari" for "Reposari"."""
    words = {}
    for name in sorted(names):
        for word in name.split():
            if len(word) >= MIN_SUGGESTED_LENGTH:
                words.setdefault(word.lower(), word)
    found = []
    for term in terms.lower().split():
        for close in difflib.get_close_matches(term, words, n=MAX_SPELLING_SUGGESTIONS, cutoff=0.75):
            if close != term and words[close] not in found:
                found.append(words[close])
    return found[:MAX_SPELLING_SUGGESTIONS]


def search(request):
    """Search live, public pages in the active language only, staff's recommendations first."""
    query = request.GET.get("q", "").strip()
    terms = search_terms(query)
    results, promoted, suggested = None, [], {}
    if query:
        locale = navigation.active_locale(request)
        promoted = promotions(terms, locale)
        pages = (
            public(Page.objects.live())
            .filter(locale=locale)
            .exclude(pk__in=[promotion.page_id for promotion in promoted])
            .specific()
        )
        paginator = Paginator(pages.search(terms) if terms else pages.none(), RESULTS_PER_PAGE)
        results = paginator.get_page(request.GET.get("page"))
        describe(results, timezone.now())
        if not paginator.count and not promoted:
            suggested = suggestions(terms, locale)
    context = {
        "search_query": query,
        "results": results,
        "promoted": promoted,
        "suggested": suggested,
        "pagination_query": urlencode({"q": query}),
    }
    return render(request, "search/search.html", context)
