from django import template

from core import rich_text

register = template.Library()


@register.filter
def safe_richtext(value):
    """Like Wagtail's |richtext, but links may only use safe schemes (see core.rich_text)."""
    source = getattr(value, "source", value)
    return rich_text.render(source or "")
