"""The catalogue's and the outcome list's pages: the filter form, the search, sorting and paging."""

from django import forms
from django.core.paginator import Paginator
from django.db.models import Min, prefetch_related_objects
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core import navigation
from core.cards import with_cards
from core.images import with_card_images
from core.restrictions import public
from core.search_terms import search_terms

from .choices import Method, Status
from .models.opportunities import OpportunityPage, OpportunitySession
from .models.outcomes import OutcomePage
from .models.terms import Audience, CityArea, Topic

PER_PAGE = 12
# A search within the catalogue narrows it to at most this many matching opportunities.
MAX_SEARCH_MATCHES = 500


class FilterForm(forms.Form):
    """The catalogue filters: plain GET parameters whose values are the same in every language."""

    q = forms.CharField(
        label=_("Search words"),
        required=False,
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    area = forms.ChoiceField(label=_("City area"), required=False)
    audience = forms.ChoiceField(label=_("For whom"), required=False)
    method = forms.ChoiceField(label=_("Method"), required=False)
    status = forms.ChoiceField(label=_("Status"), required=False)

    # Each filter's empty choice says what it leaves unfiltered: an audience term may itself mean
    # "everyone", so a bare "All" could appear twice in one list.
    EMPTY_CHOICES = {
        "topic": _("All topics"),
        "area": _("All areas"),
        "audience": _("All audiences"),
        "method": _("All methods"),
        "status": _("Any status"),
    }

    def __init__(self, data, terms):
        super().__init__(data)
        for name, items in terms.items():
            self.fields[name].choices = [(term.slug, term.name) for term in items]
        self.fields["method"].choices = list(Method.choices)
        self.fields["status"].choices = list(Status.choices)
        for name, label in self.EMPTY_CHOICES.items():
            self.fields[name].choices = [("", label), *self.fields[name].choices]

    def apply(self, pages, now, locale_id):
        data = self.cleaned_data
        if terms := search_terms(data["q"]):
            pages = pages.filter(pk__in=matching(terms, locale_id))
        # Subqueries for the terms, not joins: no page is listed twice, and no DISTINCT is needed.
        for name, relation in (("topic", "topics"), ("area", "areas"), ("audience", "audiences")):
            if data[name]:
                tagged = OpportunityPage.objects.filter(**{f"{relation}__slug": data[name]})
                pages = pages.filter(pk__in=tagged.values("pk"))
        if data["method"]:
            pages = pages.filter(method=data["method"])
        if data["status"]:
            pages = pages.in_status(data["status"], now=now)
        return pages

    @property
    def active(self):
        return self.is_valid() and any(self.cleaned_data.values())


def filter_terms(locale_id):
    """The topics, city areas and audiences of a language, for the filters."""
    return {
        "topic": list(Topic.objects.filter(locale_id=locale_id)),
        "area": list(CityArea.objects.filter(locale_id=locale_id)),
        "audience": list(Audience.objects.filter(locale_id=locale_id)),
    }


def matching(terms, locale_id):
    """The keys of the opportunities in this language that the site search finds for these words."""
    found = OpportunityPage.objects.filter(locale=locale_id).search(terms, order_by_relevance=False)
    return [page.pk for page in found[:MAX_SEARCH_MATCHES]]


def listing(index, request):
    """Context for the catalogue page: the filter form, one page of results, and the area names."""
    now = timezone.now()
    terms = navigation.page_data(request, index, "terms", lambda: filter_terms(index.locale_id))
    form = FilterForm(request.GET, terms)
    # Under the home page, not only the catalogue: councils' calls live under their network pages.
    # The home page's path is the start of the catalogue's: no query for the home page itself.
    home_path = index.path[: -OpportunityPage.steplen]
    pages = public(OpportunityPage.objects.live()).filter(
        path__startswith=home_path, depth__gt=index.depth - 1
    )
    if form.is_valid():
        pages = form.apply(pages, now, index.locale_id)
    results = Paginator(pages.in_date_order(now), PER_PAGE).get_page(request.GET.get("page"))
    area_names = {term.slug: term.name for term in terms["area"]}
    results.object_list = opportunity_cards(request, list(results.object_list), area_names)
    query = request.GET.copy()
    query.pop("page", None)
    return {
        "filter_form": form,
        "results": results,
        "now": now,
        "filter_query": query.urlencode(),
    }


def opportunity_cards(request, opportunities, area_names=None):
    """The opportunities, each with its card (core.cards); the city areas on it in the language of
    ``area_names`` (by slug), when given. A card changes with the time through its status and next session."""

    def prepare(missing):
        prefetch_related_objects(missing, "image__renditions")
        if area_names is not None:
            prefetch_related_objects(missing, "areas")
            for page in missing:
                page.area_labels = [area_names.get(area.slug, area.name) for area in page.areas.all()]

    def state(page):  # with or without areas: the home page's cards and the catalogue's differ
        return f"{page.status}:{getattr(page, 'next_session_at', None)}:{area_names is not None}"

    return with_cards(request, opportunities, "includes/opportunity_card.html", "opportunity", state, prepare)


def add_next_sessions(opportunities, now):
    """Give each opportunity ``next_session_at``, as ``in_date_order`` does, with one query for them all."""
    opportunities = list(opportunities)
    next_sessions = dict(
        OpportunitySession.objects.filter(
            page__in=[page.pk for page in opportunities], starts_at__gte=now, cancelled=False
        )
        .values("page")
        .annotate(next_start=Min("starts_at"))
        .values_list("page", "next_start")
    )
    for page in opportunities:
        page.next_session_at = next_sessions.get(page.pk)
    return opportunities


def outcome_listing(index, request):
    """Outcome pages, newest first (other apps add their own outcomes through core.page_context)."""
    outcomes = with_card_images(public(OutcomePage.objects.live()).child_of(index)).order_by(
        "-first_published_at"
    )
    return {"results": Paginator(outcomes, PER_PAGE).get_page(request.GET.get("page"))}
