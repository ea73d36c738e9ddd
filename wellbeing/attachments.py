"""Attachments of an application: several files from one input, allow-listed types and a size limit."""

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files from one input; each is checked on its own (Django's documented recipe)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, (list, tuple)):
            return [single(item, initial) for item in data if item]
        return [single(data, initial)] if data else []


def check_attachment(upload):
    """Only allow-listed types, and no file over the size limit: refuse with a message that says why."""
    extension = upload.name.rpartition(".")[2].lower() if "." in upload.name else ""
    if extension not in settings.WELLBEING_ATTACHMENT_EXTENSIONS:
        raise forms.ValidationError(
            _("“%(name)s” is not a file type we accept. Accepted types: %(types)s."),
            params={"name": upload.name, "types": ", ".join(settings.WELLBEING_ATTACHMENT_EXTENSIONS)},
        )
    if upload.size > settings.WELLBEING_ATTACHMENT_MAX_SIZE:
        raise forms.ValidationError(
            _("“%(name)s” is too big. A file may be at most %(size)s."),
            params={"name": upload.name, "size": filesizeformat(settings.WELLBEING_ATTACHMENT_MAX_SIZE)},
        )
