from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.models import Page


@require_GET
@cache_control(max_age=3600, public=True)
def robots_txt(request):
    lines = ["User-agent: *", "Disallow: /admin/"]
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            lines.append(f"Disallow: {reverse('search')}")
    lines.append(f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


@require_GET
def favicon(request):
    """Browsers ask for /favicon.ico before reading the page's icon links (base.html)."""
    return redirect(static("brand/favicon.ico"), permanent=True)


@require_GET
def not_translated(request, page_id):
    """A page has no live translation in the visitor's language: say so, and link to the languages it has.

    Never Finnish text marked up as Swedish: the language switcher of a page
    that exists only in some languages leads here for the others.
    """
    page = Page.objects.live().public().filter(pk=page_id).first()
    if page is None:
        raise Http404
    translations = list(
        page.get_translations(inclusive=True).live().public().select_related("locale").order_by("locale__pk")
    )
    language = translation.get_language()
    for translated in translations:
        if translated.locale.language_code == language:
            return redirect(translated.get_url(request))
    available = [
        {"page": translated, "code": translated.locale.language_code, "name": _language_name(translated)}
        for translated in sorted(translations, key=lambda item: _language_order(item.locale.language_code))
    ]
    context = {"translations_of": page, "available": available}
    return TemplateResponse(request, "core/not_translated.html", context)


def _language_order(code):
    return [language for language, _name in settings.LANGUAGES].index(code)


def _language_name(page):
    return translation.get_language_info(page.locale.language_code)["name_local"]
