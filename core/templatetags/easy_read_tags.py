from django import template

from core import easy_read

register = template.Library()


@register.filter
def easy_read_blocks(text):
    """An easy-to-read summary's paragraphs and lists; see core.easy_read."""
    return easy_read.blocks(text)
