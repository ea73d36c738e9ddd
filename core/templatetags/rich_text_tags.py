"""Filters for what editors write: rich text and links never carry script (see core.rich_text, core.links)."""

from django import template

from core import links, rich_text

register = template.Library()


@register.filter
def safe_richtext(value):
    """Like Wagtail's |richtext, but links may only use safe schemes (see core.rich_text)."""
    source = getattr(value, "source", value)
    return rich_text.render(source or "")


@register.filter
def safe_url(value):
    """An editor's link target for an href: http(s), mailto, tel or relative, else empty."""
    return links.safe_href(value)
