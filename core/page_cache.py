"""The shared page cache in front of the app servers (Varnish, config/varnish/): what it may keep, and purges.

Anonymous visitors' pages are marked cacheable (``SharedCacheMiddleware``); everything
personal (forms with CSRF tokens, staff views, anything that sets a cookie) is not.
When content changes, ``purge_page`` asks the cache to drop the page in every
language and every page that shows it: its ancestors (listings, the council page,
the home page), the pages that link to it (Wagtail's reference index), what the page
model names itself (``BasePage.cache_dependent_pages`` and ``cache_dependent_paths``:
an outcome's opportunities, an opportunity's calendar files), and the site-wide
lists (feeds, the upcoming calendar, search and the sitemap). A purge drops every
query-string variant of a path (filters, pagination): the configuration bans by path.

Purges go through Wagtail's frontend cache backends (``WAGTAILFRONTENDCACHE``); without
one configured (development, tests without Varnish) nothing is computed or sent.
"""

import logging
from urllib.error import URLError
from urllib.request import Request, urlopen

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models.signals import post_delete
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.encoding import iri_to_uri
from wagtail.contrib.frontend_cache.backends import HTTPBackend
from wagtail.contrib.frontend_cache.utils import PurgeBatch, get_backends
from wagtail.models import Page, ReferenceIndex, Site
from wagtail.snippets.models import get_snippet_models

from core.models import FooterSettings

logger = logging.getLogger(__name__)

# Never marked cacheable, whatever the view says: the admin, the API (it shows places left
# and is not purged) and documents (they may sit behind a privacy restriction).
UNCACHED_PREFIXES = ("/admin/", "/api/", "/documents/")
# Django views under every language prefix that list pages: purged on every change.
SITE_WIDE_VIEWS = ["feeds:opportunities", "feeds:calls", "feeds:outcomes", "calendars:upcoming", "search"]


class SharedCacheMiddleware:
    """Mark an anonymous visitor's page cacheable by the shared cache, and only that.

    ``max-age=0`` makes browsers revalidate every time (against the ETag, so a 304
    costs almost nothing), and ``s-maxage`` lets the shared cache keep the page until
    a purge or PAGE_CACHE_SECONDS pass, whichever comes first (time alone changes a
    page too: a sign-up closes at its deadline). The response varies by cookie only
    for visitors with a session, who are never served from the shared cache.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if _may_share(request, response):
            patch_cache_control(response, public=True, max_age=0, s_maxage=settings.PAGE_CACHE_SECONDS)
            _drop_vary_cookie(response)
        return response


def _may_share(request, response):
    return (
        request.method in ("GET", "HEAD")
        and response.status_code == 200
        and not response.has_header("Cache-Control")
        and not response.cookies
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not request.path_info.startswith(UNCACHED_PREFIXES)
    )


def _drop_vary_cookie(response):
    parts = [part.strip() for part in response.get("Vary", "").split(",")]
    kept = [part for part in parts if part and part.lower() != "cookie"]
    if kept:
        response["Vary"] = ", ".join(kept)
    else:
        response.headers.pop("Vary", None)


class VarnishBackend(HTTPBackend):
    """Wagtail's HTTP purge backend, plus a ban of everything for changes every page shows (the chrome)."""

    def purge_everything(self):
        request = Request(f"{self.cache_scheme}://{self.cache_netloc}/", method="BAN")  # noqa: S310
        try:
            urlopen(request, timeout=10)  # noqa: S310 - the configured cache's own address
        except URLError as error:
            logger.error("Could not empty the page cache: %s", error)


def is_configured():
    return bool(get_backends())


def purge_everything():
    for backend in get_backends().values():
        if isinstance(backend, VarnishBackend):
            backend.purge_everything()


def purge_pages(pages, *, only_translations=False):
    """Drop these pages in every language, and everything that shows them, once the transaction commits.

    ``only_translations`` drops just the pages themselves, in every language: for what only
    they show (the places left on an opportunity's sessions).
    """
    if not is_configured():
        return
    page_ids = [page.pk for page in pages]
    transaction.on_commit(lambda: _purge_now(page_ids, only_translations))


def _purge_now(page_ids, only_translations):
    pages = Page.objects.filter(pk__in=page_ids)
    urls = translation_urls(pages) if only_translations else urls_showing(pages)
    PurgeBatch(iri_to_uri(url) for url in urls if url).purge()


def purge_everything_on_commit(**kwargs):
    if is_configured():
        transaction.on_commit(purge_everything)


def page_changed(sender, instance, **kwargs):
    """Published, unpublished or translated (wagtail-localize publishes the translation)."""
    # A home page is in every page's language links, a top-level menu page in every page's menu.
    if instance.depth <= 2 or (instance.depth == 3 and instance.show_in_menus):
        purge_everything_on_commit()
    else:
        purge_pages([instance])


def content_changed(sender, instance, **kwargs):
    """Saved or deleted: the footer settings and snippets (terms, contact people) show on many pages,
    and a deleted page takes its descendants' addresses with it."""
    deleted_page = isinstance(instance, Page) and kwargs.get("signal") is post_delete
    if deleted_page or isinstance(instance, FooterSettings) or type(instance) in get_snippet_models():
        purge_everything_on_commit()


def translation_urls(pages):
    keys = [page.translation_key for page in pages]
    return {page.get_full_url() for page in Page.objects.live().filter(translation_key__in=keys)}


def urls_showing(pages):
    """The full URLs of these pages in every language and of every page or list that shows them."""
    pages = [page.specific_deferred for page in pages]
    related = set(pages) | set(_pages_linking_to(pages))
    for page in pages:
        related.update(_dependents(page, "cache_dependent_pages"))
    keys = {page.translation_key for page in related}
    shown_on = set(Page.objects.live().filter(translation_key__in=keys)) | related
    for page in list(shown_on):
        shown_on.update(page.get_ancestors().filter(depth__gte=2))
    urls = {page.get_full_url() for page in shown_on}
    root = _root_url()
    for page in pages:
        urls.update(root + path for path in _dependents(page, "cache_dependent_paths"))
    urls.update(root + path for path in _site_wide_paths())
    return urls


def _dependents(page, name):
    """BasePage's hook; Wagtail's own page classes (the tree's root) have none."""
    return getattr(page, name, list)()


def _pages_linking_to(pages):
    page_type = ContentType.objects.get_for_model(Page)
    sources = set()
    for page in pages:
        references = ReferenceIndex.get_references_to(page).filter(base_content_type=page_type)
        sources.update(int(pk) for pk in references.values_list("object_id", flat=True))
    return Page.objects.live().filter(pk__in=sources)


def _site_wide_paths():
    paths = [reverse("sitemap")]
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            paths.extend(reverse(name) for name in SITE_WIDE_VIEWS)
    return paths


def _root_url():
    site = Site.objects.filter(is_default_site=True).first()
    return site.root_url if site else ""
