"""URLs: admin, documents, sitemap, robots and health outside the language prefix;
search and Wagtail's pages inside it (/fi/, /sv/, /en/)."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.utils.translation import pgettext_lazy
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from core import health, views
from core.api import api_router
from core.sitemaps import MultilingualSitemap
from councils import calendars as council_calendars
from home.style_guide import style_guide
from projects import calendar_urls as calendar_patterns
from security.views import security_txt

# A council's calendar sits with the others, though the councils app provides it.
calendar_urls = [*calendar_patterns.urlpatterns, *council_calendars.urlpatterns]

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("api/v2/", api_router.urls),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    # Browsers ask for /favicon.ico before reading the page's icon links.
    path("favicon.ico", views.favicon, name="favicon"),
    path(".well-known/security.txt", security_txt, name="security_txt"),
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path(pgettext_lazy("URL path", "search/"), include("search.urls")),
    path(pgettext_lazy("URL path", "sign-up/"), include("signups.urls")),
    path(pgettext_lazy("URL path", "wellbeing-money/"), include("wellbeing.urls")),
    path(pgettext_lazy("URL path", "calendar/"), include((calendar_urls, "calendars"))),
    path(pgettext_lazy("URL path", "feeds/"), include("projects.feed_urls")),
    path(
        pgettext_lazy("URL path", "not-translated/<int:page_id>/"),
        views.not_translated,
        name="not_translated",
    ),
    path(pgettext_lazy("URL path", "style-guide/"), style_guide, name="style_guide"),
    path("", include(wagtail_urls)),
)
