"""StreamField blocks shared by every page type."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock

from . import privacy
from .links import validate_web_address
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


class FigureBlock(blocks.StructBlock):
    """An image with an optional caption. Wagtail's ImageBlock asks for the text alternative or for a
    tick that the image is decoration only.

    Pages saved before this block stored ``{"image": id, "alt_text": ..., "caption": ...}``; they are
    read into the new shape here, and saved in it the next time an editor saves the page.
    """

    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    def bulk_to_python(self, values):
        return super().bulk_to_python([self._upgrade(value) for value in values])

    @staticmethod
    def _upgrade(value):
        if isinstance(value, dict) and "alt_text" in value and not isinstance(value.get("image"), dict):
            image = {"image": value["image"], "alt_text": value["alt_text"], "decorative": False}
            return {"image": image, "caption": value.get("caption", "")}
        return value

    class Meta:
        icon = "image"
        label = _("Image")
        template = "core/blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Who said it"), required=False, max_length=120)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "core/blocks/quote.html"


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(
        label=_("Link text"), max_length=80, help_text=_("Say what happens, e.g. “Answer the survey”.")
    )
    page = blocks.PageChooserBlock(label=_("Page on this site"), required=False)
    url = blocks.URLBlock(label=_("Or a web address"), required=False, validators=[validate_web_address])

    def clean(self, value):
        value = super().clean(value)
        if bool(value["page"]) == bool(value["url"]):
            raise blocks.StructBlockValidationError(
                block_errors={"url": ValidationError(_("Choose a page or give a web address, not both."))}
            )
        return value

    class Meta:
        icon = "link"
        label = _("Call to action")
        template = "core/blocks/call_to_action.html"


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=200)
    answer = ParagraphBlock(label=_("Answer"))


class AccordionBlock(blocks.StructBlock):
    """Questions and answers that open and close without JavaScript (<details>)."""

    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    items = blocks.ListBlock(QuestionBlock(), label=_("Questions"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Questions and answers")
        template = "core/blocks/accordion.html"


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock(max_length=120)
    paragraph = ParagraphBlock()
    image = FigureBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    accordion = AccordionBlock()


class RetentionPeriodsBlock(blocks.StaticBlock):
    """How long each kind of personal data is kept, rendered from the settings the retention jobs use,
    so the privacy notice cannot state a period the service does not keep."""

    def get_context(self, value, parent_context=None):
        return {**super().get_context(value, parent_context), "groups": privacy.retention_groups()}

    class Meta:
        icon = "time"
        label = _("Retention periods")
        admin_text = _("A table of how long personal data is kept, taken from the site's settings.")
        template = "core/blocks/retention_periods.html"


class CookiesBlock(blocks.StaticBlock):
    """The cookies the site sets, with their names and lifetimes from the settings that set them."""

    def get_context(self, value, parent_context=None):
        return {
            **super().get_context(value, parent_context),
            "public_cookies": privacy.public_cookies(),
            "staff_cookies": privacy.staff_cookies(),
        }

    class Meta:
        icon = "lock"
        label = _("Cookies")
        admin_text = _("A table of the cookies the site sets, taken from the site's settings.")
        template = "core/blocks/cookies.html"


class StandardBodyBlock(BodyBlock):
    """The body of standard pages: also the privacy notice's tables, which editors place where they fit."""

    retention_periods = RetentionPeriodsBlock()
    cookies = CookiesBlock()
