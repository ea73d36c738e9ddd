"""Wagtail's content checker (axe) in the editor's Checks panel and the userbar, set for this site.

Editors are responsible for what they write: images' alternative texts, the order
of their headings and the text of their links. The checker looks at the page's
main content only (the header and footer are the developers' and are checked by
the browser tests on every page), keeps Wagtail's own rules that fit the site's
blocks and adds axe's rules for images without alternative text or with one that
only repeats the text beside it. Wagtail's alternative-text quality rule also
catches texts such as "kuva", "bild" or "image" alone, which tell nothing.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.userbar import ContentCheckerItem

# File names (IMG_1234.jpg, kuva.png), as Wagtail checks, and a word for "image" alone in our languages.
PLACEHOLDER_ALT_TEXT = (
    r"\.(avif|gif|jpg|jpeg|png|svg|webp)$|_"
    r"|^\s*(kuva|valokuva|kuvituskuva|bild|foto|fotografi|image|picture|photo|img|logo)\s*\d*\s*$"
)

SITE_RULES = [
    # Images: missing, meaningless or redundant alternative text.
    "image-alt",
    "alt-text-quality",
    "image-redundant-alt",
    # Headings: in order, not empty, not bold paragraphs posing as headings.
    "heading-order",
    "empty-heading",
    "p-as-heading",
    # Links and buttons: text that says where they go or what they do.
    "link-name",
    "button-name",
    "input-button-name",
    # Embedded content and tables.
    "frame-title",
    "empty-table-header",
    # The description search engines and link previews show.
    "empty-meta-description",
]


class SiteContentChecker(ContentCheckerItem):
    axe_include = ["main"]
    axe_run_only = SITE_RULES
    axe_custom_checks = [
        {"id": "check-image-alt-text", "options": {"pattern": PLACEHOLDER_ALT_TEXT}},
        {"id": "check-empty-meta-description"},
    ]
    axe_messages = {
        **ContentCheckerItem.axe_messages,
        "image-alt": {
            "error_name": _("Image has no alternative text"),
            "help_text": _("Say in the image block's alternative text what the image shows"),
        },
        "alt-text-quality": {
            "error_name": _("Image alternative text says nothing about the image"),
            "help_text": _("Describe what the image shows instead of a file name or the word “image”"),
        },
        "image-redundant-alt": {
            "error_name": _("Image alternative text repeats the text next to it"),
            "help_text": _("Say what the image adds, not the caption or link text again"),
        },
        "heading-order": {
            "error_name": _("Headings skip a level"),
            "help_text": _("Use headings in order: the page title is the main heading, sections under it"),
        },
        "link-name": {
            "error_name": _("Link has no text"),
            "help_text": _("Give every link a text that says where it goes, not just “here” or an address"),
        },
    }


def use_site_content_checker(request, items, page):
    """The ``construct_wagtail_userbar`` hook: Wagtail's checker becomes the site's, in the editor too."""
    for index, item in enumerate(items):
        if isinstance(item, ContentCheckerItem) and not isinstance(item, SiteContentChecker):
            items[index] = SiteContentChecker(in_editor=item.in_editor)
