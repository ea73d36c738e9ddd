"""Per-request helpers for the site chrome: the language's home page, menu and language links.

Each helper caches its result on the request, so the base template can call
them freely and a page still runs a fixed number of queries. The home pages,
the menu and the footer's service pages are the same for every visitor of a
language: they are also kept in the shared cache (Redis in production, so all
app servers share them) until a page, site or the footer settings change
(``invalidate``, connected in core.apps).
"""

import uuid

from django.conf import settings
from django.core.cache import cache
from django.db.models import Q
from django.urls import reverse, translate_url
from django.utils import translation
from wagtail.images.models import AbstractImage
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.snippets.models import get_snippet_models

from core.models import FooterSettings

GENERATION_KEY = "chrome:generation"
SHARED_TIMEOUT = 60 * 60  # at most an hour; a change invalidates at once


def _cached(request, name, compute):
    per_request = request.__dict__.setdefault("_chrome_cache", {})
    if name not in per_request:
        per_request[name] = compute()
    return per_request[name]


def _shared(request, name, compute):
    """_cached, backed by the shared cache for this host and language until the content changes."""

    def from_shared_cache():
        key = f"chrome:{request_generation(request)}:{name}:{request.get_host()}:{translation.get_language()}"
        value = cache.get(key)
        if value is None:
            value = compute()
            cache.set(key, value, SHARED_TIMEOUT)
        return value

    return _cached(request, name, from_shared_cache)


def generation():
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, None)
        value = cache.get(GENERATION_KEY)
    return value


def request_generation(request):
    """generation(), read once per request."""
    return _cached(request, "generation", generation)


def invalidate(sender=None, instance=None, **kwargs):
    """Content changed (a page, a site, a view restriction, the footer settings, an image or a snippet
    such as a term or a contact person): every server computes the chrome, the routes (core.routing)
    and what pages keep with page_data() afresh."""
    if (
        instance is None
        or isinstance(instance, (Page, Site, Locale, PageViewRestriction, FooterSettings, AbstractImage))
        or type(instance) in get_snippet_models()
    ):
        cache.set(GENERATION_KEY, uuid.uuid4().hex, None)


def page_data(request, page, name, compute):
    """What a page shows that only its published content and other content decide (its terms, its
    contacts, linked pages), computed once per language until any content changes; computed afresh
    in a preview, which shows content not yet published."""
    if getattr(request, "is_preview", False):
        return compute()
    return _shared(request, f"page:{page.pk}:{name}", compute)


def site(request):
    """Wagtail's site for the request, from the shared cache (core.routing leaves it on the request)."""
    return _shared(request, "site", lambda: Site.find_for_request(request))


def active_locale(request):
    """The Wagtail locale of the active language, from the shared cache."""
    return _shared(request, "locale", Locale.get_active)


def home_pages(request):
    """The live home page of every language, keyed by language code."""

    def compute():
        site = Site.find_for_request(request)
        if site is None:
            return {}
        pages = (
            Page.objects.live()
            .filter(translation_key=site.root_page.translation_key)
            .select_related("locale")
        )
        return {page.locale.language_code: page for page in pages}

    return _shared(request, "home_pages", compute)


def current_home(request):
    homes = home_pages(request)
    return homes.get(translation.get_language()) or homes.get(settings.LANGUAGE_CODE)


def menu_pages(request):
    """The active language's top-level pages marked "show in menus"."""

    def compute():
        home = current_home(request)
        if home is None:
            return []
        return list(home.get_children().live().public().in_menu())

    return _shared(request, "menu_pages", compute)


def service_pages(request):
    """The configured service pages (accessibility statement, privacy notice) in the active language, by name.

    One query fetches the configured pages together with their live
    translations into the active language; a page without one is shown as configured.
    """

    def compute():
        footer = footer_settings(request)
        configured = {
            name: getattr(footer, f"{name}_id")
            for name in ("accessibility_statement", "privacy_notice")
            if getattr(footer, f"{name}_id")
        }
        language = translation.get_language()
        pages = Page.objects.filter(
            Q(pk__in=configured.values())
            | Q(
                translation_key__in=Page.objects.filter(pk__in=configured.values()).values("translation_key"),
                locale__language_code=language,
                live=True,
            )
        ).select_related("locale")
        by_pk = {page.pk: page for page in pages}
        translated = {page.translation_key: page for page in pages if page.locale.language_code == language}
        links = {}
        for name, pk in configured.items():
            if source := by_pk.get(pk):
                page = translated.get(source.translation_key) or source
                if page.live:
                    links[name] = page
        return links

    return _shared(request, "service_pages", compute)


def footer_settings(request):
    """The site's footer settings (contact details, service pages), from the shared cache."""
    return _shared(request, "footer_settings", lambda: FooterSettings.for_request(request))


def footer_pages(request):
    return list(service_pages(request).values())


def live_translations(request, page):
    """The page's live versions (itself included) by language code, from the shared cache."""

    def compute():
        versions = page.get_translations(inclusive=True).live().select_related("locale")
        return {version.locale.language_code: version for version in versions}

    return _shared(request, f"translations:{page.pk}", compute)


def breadcrumbs(request, page):
    """The page's ancestors below the tree's root, from the home page down, from the shared cache."""
    return _shared(request, f"ancestors:{page.pk}", lambda: list(page.get_ancestors().filter(depth__gte=2)))


def language_links(request, page=None, url_in_translation=None):
    """One entry per language for the switcher and the hreflang alternates.

    A page links to its live translation or, when there is none, to a notice
    in that language pointing to the languages the page exists in. A view of
    its own under a page (a routable page's form) passes ``url_in_translation``:
    given a live translation of the page, the address of the same view there.
    Non-page views (search) link to the same view in the other language;
    anything else (a 404) links to the home pages.
    """

    def compute():
        translations = live_translations(request, page) if page is not None and page.pk else {}
        homes = home_pages(request)
        links = []
        for code, _name in settings.LANGUAGES:
            link = {"code": code, "name": translation.get_language_info(code)["name_local"]}
            if code in translations and url_in_translation is not None:
                link["url"] = url_in_translation(translations[code])
                link["alternate"] = request.build_absolute_uri(link["url"])
            elif code in translations:
                # Filters and other query parameters use the same values in every language.
                link["url"] = translations[code].get_url(request) + _query_string(request)
                link["alternate"] = translations[code].get_full_url(request)
            elif page is not None and page.pk:
                with translation.override(code):
                    link["url"] = reverse("not_translated", args=[page.pk])
            elif page is None and _is_django_view(request):
                link["url"] = translate_url(request.get_full_path(), code)
                link["alternate"] = request.build_absolute_uri(link["url"])
            else:
                home = homes.get(code)
                link["url"] = home.get_url(request) if home else f"/{code}/"
            link["is_current"] = code == translation.get_language()
            links.append(link)
        return links

    return _cached(request, "language_links", compute)


def _query_string(request):
    return f"?{request.GET.urlencode()}" if request.GET else ""


def _is_django_view(request):
    match = getattr(request, "resolver_match", None)
    return match is not None and match.url_name != "wagtail_serve"
