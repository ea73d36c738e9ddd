"""Admin forms shared by page types."""

from wagtail.admin.forms import WagtailAdminPageForm


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
