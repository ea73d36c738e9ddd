"""Topics, city areas and audiences: translatable terms that classify opportunities."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField


class Term(TranslatableMixin, models.Model):
    """A classification term; its slug is the same in every language, so filters survive a language switch."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(
        _("code"),
        max_length=80,
        help_text=_("Short code used in web addresses of the catalogue filters, the same in every language."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    # A translator must not be able to change the code: filter links survive a language switch only
    # because every language shares it.
    override_translatable_fields = [SynchronizedField("slug", overridable=False)]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="%(app_label)s_%(class)s_unique_code_per_language"
            )
        ]

    def __str__(self):
        return self.name

    def clean(self):
        """The admin's form leaves out the locale, so Django's constraint check would skip this one."""
        super().clean()
        same_code = type(self).objects.filter(locale_id=self.locale_id, slug=self.slug).exclude(pk=self.pk)
        if self.locale_id and same_code.exists():
            raise ValidationError({"slug": _("Another one in this language already has this code.")})


class Topic(Term):
    class Meta(Term.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")


class CityArea(Term):
    class Meta(Term.Meta):
        verbose_name = _("city area")
        verbose_name_plural = _("city areas")


class Audience(Term):
    class Meta(Term.Meta):
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")
