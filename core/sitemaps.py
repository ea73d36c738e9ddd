"""A sitemap of every language's page tree, with hreflang alternates.

Wagtail's built-in sitemap covers only the default site's root page, that is
the Finnish tree. This one lists the live, public pages under every
translation of the site's root page and links translations to each other.
"""

from collections import defaultdict
from functools import cached_property

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from core.restrictions import public


class MultilingualSitemap(Sitemap):
    def _pages(self):
        root = self.get_wagtail_site().root_page
        homes = Page.objects.filter(translation_key=root.translation_key)
        in_any_tree = Q()
        for home in homes:
            in_any_tree |= Q(path__startswith=home.path)
        if not in_any_tree:
            return Page.objects.none()
        return public(Page.objects.live()).filter(in_any_tree).order_by("path")

    @cached_property
    def _all_pages(self):
        # No page type has sitemap entries of its own: the generic pages, in one query, are enough.
        return list(self._pages().defer_streamfields().select_related("locale"))

    def items(self):
        return self._all_pages

    @cached_property
    def _alternates(self):
        """translation_key -> hreflang alternates, for pages with more than one language."""
        by_key = defaultdict(list)
        for page in self._all_pages:
            by_key[page.translation_key].append(
                {"lang_code": page.locale.language_code, "location": page.get_full_url(self.request)}
            )
        return {key: links for key, links in by_key.items() if len(links) > 1}

    def _urls(self, page, protocol, domain):
        urls = []
        for item in self.paginator.page(page).object_list:
            for url_info in item.get_sitemap_urls(self.request):
                url_info.setdefault("alternates", self._alternates.get(item.translation_key, []))
                urls.append(url_info)
        lastmods = {url.get("lastmod") for url in urls}
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls
