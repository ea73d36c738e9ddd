import json

from django import template
from django.conf import settings
from django.templatetags.static import static
from django.utils.safestring import mark_safe
from wagtail.admin.templatetags.wagtailuserbar import wagtailuserbar
from wagtail.models import Page

from core import navigation

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """Language switcher entries; see core.navigation.language_links."""
    request = context.get("request")
    if request is None:
        return []
    # "page" is a Wagtail page on page views; other views may use the name for something else.
    # The "not translated" notice speaks of a page without being it: it names it "translations_of".
    # A view of its own under a page (a call's response form) gives "url_in_translation": the
    # address of the same view in a translation of the page.
    page = context.get("translations_of") or context.get("page")
    return navigation.language_links(
        request, page if isinstance(page, Page) else None, context.get("url_in_translation")
    )


@register.simple_tag(takes_context=True)
def content_generation(context):
    """Renewed whenever content changes (core.navigation): fragments of the chrome vary on it."""
    request = context.get("request")
    return navigation.request_generation(request) if request else None


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    """A full address, as sharing services need (og:image), for a path on this site."""
    request = context.get("request")
    return request.build_absolute_uri(url) if request else url


@register.simple_tag(takes_context=True)
def absolute_static(context, path):
    return absolute_url(context, static(path))


@register.simple_tag(takes_context=True)
def current_home(context):
    request = context.get("request")
    return navigation.current_home(request) if request else None


@register.simple_tag(takes_context=True)
def menu_pages(context):
    request = context.get("request")
    return navigation.menu_pages(request) if request else []


@register.simple_tag(takes_context=True)
def breadcrumbs(context, page):
    request = context.get("request")
    return navigation.breadcrumbs(request, page) if request else page.get_ancestors().filter(depth__gte=2)


@register.simple_tag(takes_context=True)
def footer_settings(context):
    request = context.get("request")
    return navigation.footer_settings(request) if request else None


@register.simple_tag(takes_context=True)
def footer_pages(context):
    request = context.get("request")
    return navigation.footer_pages(request) if request else []


@register.simple_tag(takes_context=True)
def privacy_notice(context):
    """The privacy notice page in the active language, or None."""
    request = context.get("request")
    return navigation.service_pages(request).get("privacy_notice") if request else None


@register.simple_tag
def ld_json(data):
    """A JSON-LD block. Not executed by browsers, so the strict script-src policy does not apply;
    <, > and & are escaped so that text can never close the element."""
    text = json.dumps(data, ensure_ascii=False).translate(
        {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}
    )
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308 -- escaped above


@register.simple_tag(takes_context=True)
def staff_userbar(context):
    """Wagtail's user bar (edit this page, accessibility check) for staff who passed the second factor.

    Visitors get nothing, and a page that shows the bar is marked private
    (core.middleware.StaffPagesArePrivateMiddleware), so no shared cache keeps it.
    """
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return ""
    if settings.ADMIN_REQUIRE_TWO_FACTOR and not (hasattr(user, "is_verified") and user.is_verified()):
        return ""
    request.shows_staff_userbar = True
    return wagtailuserbar(context)
