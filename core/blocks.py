"""StreamField blocks shared by every page type."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .rich_text import unsafe_hrefs

# Rich text stays simple: structure comes from blocks, not from editors' headings.
RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        label = _("Heading")
        template = "core/blocks/heading.html"


class ParagraphBlock(blocks.RichTextBlock):
    """Rich text; rendered with core.rich_text, so links keep to safe schemes."""

    def __init__(self, **kwargs):
        super().__init__(features=RICH_TEXT_FEATURES, **kwargs)

    def clean(self, value):
        value = super().clean(value)
        if unsafe_hrefs(value.source):
            raise ValidationError(_("Links may only point to web pages, email addresses or phone numbers."))
        return value

    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        template = "core/blocks/paragraph.html"


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock(max_length=120)
    paragraph = ParagraphBlock()
