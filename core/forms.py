"""Forms, fields and validators shared by every app."""

import unicodedata

from django import forms
from django.core.exceptions import ValidationError
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from .panels import PUBLISH_INCOMPLETE

CONTROL_CHARACTERS_MESSAGE = _("Remove the line breaks and control characters.")

# Line and paragraph separators are not control characters in Unicode's sense (Zl, Zp) but break a
# line all the same. The joiners (Cf) are kept: emoji sequences and some scripts need them.
_LINE_BREAKS = {"\u2028", "\u2029"}
_JOINERS = {"\u200c", "\u200d"}
_MULTI_LINE_WHITESPACE = {"\n", "\r", "\t"}


def _has_control_character(value, allowed=frozenset()):
    for char in value:
        if char in allowed or char in _JOINERS:
            continue
        if char in _LINE_BREAKS or unicodedata.category(char) in ("Cc", "Cf"):
            return True
    return False


def reject_control_characters(value):
    """Refuse line breaks and invisible control characters in a one-line value.

    A name or e-mail address with a line break ends up in mail headers, CSV exports and
    admin listings, where it splits rows or hides text; bidi overrides (Cf) disguise it.
    """
    if value and _has_control_character(str(value)):
        raise ValidationError(CONTROL_CHARACTERS_MESSAGE, code="control_characters")


def reject_control_characters_except_line_breaks(value):
    """The same for a multi-line text area, where line breaks and tabs are the user's own text."""
    if value and _has_control_character(str(value), allowed=_MULTI_LINE_WHITESPACE):
        raise ValidationError(CONTROL_CHARACTERS_MESSAGE, code="control_characters")


class SingleLineCharField(forms.CharField):
    """A CharField for one line of text: stripped (as CharField is), no line breaks or control characters."""

    default_validators = [reject_control_characters]


class MultiLineCharField(forms.CharField):
    """A CharField for a text area: stripped, line breaks and tabs allowed, other control characters not."""

    widget = forms.Textarea
    default_validators = [reject_control_characters_except_line_breaks]


class LocaleScopedPageForm(WagtailAdminPageForm):
    """Offer only snippets in the page's own language in its many-to-many choosers.

    Without this, a Finnish page's topic list also shows every Swedish and
    English topic (wagtail-localize issue #534), and editors pick duplicates.
    Subclasses name the fields in ``locale_scoped_fields``.
    """

    locale_scoped_fields = ()

    def __init__(self, *args, parent_page=None, **kwargs):
        super().__init__(*args, parent_page=parent_page, **kwargs)
        locale_id = self.instance.locale_id or (parent_page.locale_id if parent_page else None)
        if locale_id is None:
            return
        for name in self.locale_scoped_fields:
            if name in self.fields:
                field = self.fields[name]
                field.queryset = field.queryset.filter(locale_id=locale_id)


class SearchableCheckboxSelectMultiple(forms.CheckboxSelectMultiple):
    """A box per choice and, above them, a search field that hides the boxes that do not match.

    For lists that grow long (opportunities, contact people). Without JavaScript it is a plain
    list of boxes. A ticked box always stays visible.
    """

    template_name = "core/widgets/searchable_checkboxes.html"

    class Media:
        js = ["core/js/searchable_checkboxes.js"]


class PublishChecksPageForm(LocaleScopedPageForm):
    """Stop the Publish button when a page lacks what its page type promises residents.

    The page model names the fields in ``publish_checks``. When one is empty and the editor
    pressed Publish, the form is invalid with a list of what is missing, and a box "Publish
    without them" appears (``core.panels.PublishAnywayPanel``); ticking it lets the page go
    out. Saving a draft, submitting for moderation and approving in a workflow (which does not
    go through this form) are never stopped.
    """

    publish_incomplete = forms.BooleanField(
        label=_("Publish without them"),
        required=False,
        help_text=_(
            "Tick this and press Publish again to publish the page without the answers listed above."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.missing_before_publishing = []
        if not self.publish_checks:
            del self.fields[PUBLISH_INCOMPLETE]

    @property
    def publish_checks(self):
        return tuple(name for name in getattr(self._meta.model, "publish_checks", ()) if name in self.fields)

    @property
    def publishing(self):
        """The Publish button (its name as the page editor posts it), pressed by someone who may publish.

        For anyone else Wagtail saves a draft, and so do we.
        """
        if not self.data.get("action-publish") or self.for_user is None:
            return False
        if self.instance.pk:
            return self.instance.permissions_for_user(self.for_user).can_publish()
        parent = self.parent_page
        return parent is not None and parent.permissions_for_user(self.for_user).can_publish_subpage()

    def clean(self):
        cleaned_data = super().clean()
        if not self.publishing or cleaned_data.get(PUBLISH_INCOMPLETE):
            return cleaned_data
        # A page type may ask for a field only in some cases (an outcome's decision link once decided).
        needed = getattr(self._meta.model, "publish_check_needed", lambda name, data: True)
        self.missing_before_publishing = [
            capfirst(self.fields[name].label)
            for name in self.publish_checks
            if needed(name, cleaned_data) and _empty(cleaned_data.get(name))
        ]
        if self.missing_before_publishing:
            # gettext, not the lazy _: Wagtail renders the editor after leaving the editor's own
            # language, and a lazy message would then come out in the site's default language.
            missing = self.missing_before_publishing
            errors = [
                gettext(
                    "The page was not published: it lacks what residents are told on every page of "
                    "this kind. Fill in the missing answers, or tick “Publish without them” at the top "
                    "of the Content tab and press Publish again. Saving a draft works without them."
                ),
                *(gettext("Missing: %(answer)s") % {"answer": name} for name in missing),
            ]
            raise ValidationError(
                [ValidationError(error, code="missing_before_publishing") for error in errors]
            )
        return cleaned_data


def _empty(value):
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if hasattr(value, "exists"):
        return not value.exists()
    return not value


class OpportunityPageForm(PublishChecksPageForm):
    locale_scoped_fields = ("topics", "areas", "audiences", "contacts")
    # Short lists: a box per term, not a multi-select that needs Ctrl-click.
    checkbox_fields = ("topics", "areas", "audiences")
    # Lists that grow: boxes with a search field.
    searchable_fields = ("contacts",)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _use_checkboxes(self, self.checkbox_fields, forms.CheckboxSelectMultiple)
        _use_checkboxes(self, self.searchable_fields, SearchableCheckboxSelectMultiple)


class OutcomePageForm(PublishChecksPageForm):
    """An outcome reports on opportunities in its own language, from a searchable list, newest first."""

    locale_scoped_fields = ("opportunities",)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "opportunities" in self.fields:
            field = self.fields["opportunities"]
            field.queryset = field.queryset.order_by("-pk")
        _use_checkboxes(self, ("opportunities",), SearchableCheckboxSelectMultiple)


class ContactsPageForm(LocaleScopedPageForm):
    locale_scoped_fields = ("contacts", "agents")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _use_checkboxes(self, self.locale_scoped_fields, SearchableCheckboxSelectMultiple)


def _use_checkboxes(form, names, widget_class):
    for name in names:
        if name in form.fields:
            field = form.fields[name]
            field.widget = widget_class(choices=field.choices)


def describe_errors(form):
    """Tie each field's error message to its input (aria-describedby, aria-invalid) for screen readers.

    Templates render the messages with ids ``<field id>_error`` (see includes/form_field.html).
    """
    for name in form.errors:
        if name not in form.fields:
            continue
        bound = form[name]
        described_by = [f"{bound.auto_id}_error"]
        if bound.help_text:
            described_by.append(f"{bound.auto_id}_helptext")
        form.fields[name].widget.attrs.update(
            {"aria-describedby": " ".join(described_by), "aria-invalid": "true"}
        )


class AccessibleErrorsMixin:
    """describe_errors() after every validation."""

    def full_clean(self):
        super().full_clean()
        describe_errors(self)
