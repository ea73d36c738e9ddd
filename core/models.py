"""Page types and settings shared across the site."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractFormField
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page, PageViewRestriction, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from translation_status.panels import TranslationStatusPanel

from .blocks import StandardBodyBlock


class BasePage(Page):
    """Abstract base of every public page: a plain-text introduction, an easy-to-read summary, meta data.

    Wagtail-localize does not support WAGTAIL_PAGE_MODEL, so shared behaviour
    lives in this abstract class instead.
    """

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two plain-language sentences shown at the top and in listings."),
    )
    easy_read_summary = models.TextField(
        _("easy-to-read summary"),
        blank=True,
        default="",
        db_default="",  # the column is added without rewriting or breaking the running code
        help_text=_(
            "A summary in easy language (selkokieli in Finnish, lättläst in Swedish, easy English) for "
            "readers who find ordinary text hard. Write short sentences with common words, one thing in "
            "each sentence, and speak to the reader as “you”. A blank line starts a new paragraph; a line "
            "starting with “- ” is a list item. Shown in a marked box near the top of the page."
        ),
    )

    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        # No index: page tables stay small, an index build would lock them during a deploy, and only
        # deleting an image looks pages up by it (Wagtail's usage report reads the reference index).
        db_index=False,
        help_text=_("Shown at the top of the page, on its card in listings and when the page is shared."),
    )
    image_alt = models.CharField(
        _("alternative text"),
        max_length=250,
        blank=True,
        default="",
        db_default="",
        help_text=_(
            "What the image shows, for people who cannot see it, in a sentence. Empty: the image's own "
            "description is used."
        ),
    )
    image_decorative = models.BooleanField(
        _("the image is decoration only"),
        default=False,
        db_default=False,
        help_text=_("Tick when the image says nothing the text does not: screen readers then skip it."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("image"), FieldPanel("image_alt"), FieldPanel("image_decorative")],
            heading=_("Image"),
        ),
        MultiFieldPanel(
            [FieldPanel("easy_read_summary")],
            heading=_("Easy-to-read summary"),
            classname="collapsed",
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("easy_read_summary"),
    ]

    settings_panels = [*Page.settings_panels, TranslationStatusPanel(heading=_("Translations"))]

    class Meta:
        abstract = True

    @property
    def meta_description(self):
        return self.search_description or self.intro

    @property
    def image_alt_text(self):
        """The image's text alternative: empty for decoration, else this page's or the image's own."""
        if self.image is None or self.image_decorative:
            return ""
        return self.image_alt or self.image.description

    # Set by core.routing when the cached route says no ancestor is restricted: Wagtail's check
    # before serving then needs no queries.
    known_unrestricted = False

    def get_view_restrictions(self):
        if self.known_unrestricted:
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def cache_dependent_pages(self):
        """Other pages that show this one, beyond ancestors and linking pages (core.page_cache)."""
        return []

    def cache_dependent_paths(self):
        """Paths of views that show this page, which the shared cache drops with it (core.page_cache)."""
        return []

    def clean(self):
        # Web addresses stay plain ASCII in every language, whatever was typed: "länsi" is "lansi".
        # (WAGTAIL_ALLOW_UNICODE_SLUGS = False does this for slugs made from the title.)
        self.slug = slugify(self.slug)
        super().clean()
        if self.image and not self.image_decorative and not (self.image_alt or self.image.description):
            raise ValidationError(
                {"image_alt": _("Describe what the image shows, or tick that it is decoration only.")}
            )


class StandardPage(BasePage):
    """A plain content page: about, accessibility statement, privacy notice."""

    body = StreamField(StandardBodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *BasePage.content_panels,
        FieldPanel(
            "body",
            help_text=_(
                "On the privacy notice, the blocks “Retention periods” and “Cookies” show the current "
                "retention times and cookies by themselves; do not type them as text."
            ),
        ),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    parent_page_types = ["home.HomePage", "core.StandardPage"]
    page_description = _(
        "A page of plain content, such as the about page, the accessibility statement or the privacy "
        "notice; goes under the home page or another standard page."
    )

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


class TranslatableQuestion(TranslatableMixin, AbstractFormField):
    """A form-builder question whose label is translated; subclasses add the page it belongs to.

    ``clean_name``, the key answers are stored under, its type and whether it is
    required are the same in every language, so answers line up across languages.
    """

    override_translatable_fields = [
        SynchronizedField("clean_name", overridable=False),
        SynchronizedField("field_type", overridable=False),
        SynchronizedField("required", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        abstract = True


@register_setting(icon="list-ul")
class FooterSettings(BaseSiteSetting):
    """Footer links and contact details. Linked pages are shown in the visitor's language."""

    accessibility_statement = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_notice = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("accessibility_statement"), FieldPanel("privacy_notice")],
            heading=_("Pages"),
        ),
        MultiFieldPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")], heading=_("Contact")),
    ]

    class Meta:
        verbose_name = _("footer")


class ContactPerson(TranslatableMixin, index.Indexed, models.Model):
    """A named contact residents can reach, such as a participation agent. Translatable."""

    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=120, help_text=_("For example “Participation agent”."))
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    photo_alt = models.CharField(
        _("photo description"),
        max_length=200,
        blank=True,
        help_text=_("Alternative text for the photo. Required when there is a photo."),
    )
    languages = models.CharField(
        _("languages spoken"),
        max_length=200,
        blank=True,
        help_text=_("For example “Finnish, Swedish, English”."),
    )
    walk_in_times = models.TextField(_("walk-in times"), blank=True)
    description = models.TextField(_("what they can help with"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("email"), FieldPanel("phone"), FieldPanel("walk_in_times")], heading=_("Contact")
        ),
        MultiFieldPanel([FieldPanel("photo"), FieldPanel("photo_alt")], heading=_("Photo")),
        FieldPanel("languages"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.SearchField("role")]
    override_translatable_fields = [SynchronizedField("name"), SynchronizedField("phone")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("contact person")
        verbose_name_plural = _("contact people")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.role})"

    def clean(self):
        super().clean()
        if self.photo_id and not self.photo_alt.strip():
            raise ValidationError({"photo_alt": _("Describe the photo for people who cannot see it.")})
