"""Forms, fields and validators shared by every app."""

import unicodedata

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

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


class OpportunityPageForm(LocaleScopedPageForm):
    locale_scoped_fields = ("topics", "areas", "audiences", "contacts")
    # Short lists: a box per term, not a multi-select that needs Ctrl-click.
    checkbox_fields = ("topics", "areas", "audiences")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in self.checkbox_fields:
            if name in self.fields:
                field = self.fields[name]
                field.widget = forms.CheckboxSelectMultiple(choices=field.choices)


class ContactsPageForm(LocaleScopedPageForm):
    locale_scoped_fields = ("contacts", "agents")


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
