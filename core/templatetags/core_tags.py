from django import template

from core import navigation

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """Language switcher entries; see core.navigation.language_links."""
    request = context.get("request")
    if request is None:
        return []
    return navigation.language_links(request, context.get("page"))


@register.simple_tag(takes_context=True)
def current_home(context):
    request = context.get("request")
    return navigation.current_home(request) if request else None


@register.simple_tag(takes_context=True)
def menu_pages(context):
    request = context.get("request")
    return navigation.menu_pages(request) if request else []


@register.simple_tag(takes_context=True)
def footer_pages(context):
    request = context.get("request")
    return navigation.footer_pages(request) if request else []
