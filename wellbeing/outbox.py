"""Emails of the wellbeing money cycle: plain text in the recipient's language, through the outbox."""

from urllib.parse import urlencode

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from post_office import mail
from wagtail.models import Site


def link(language, view_name, token=None, **kwargs):
    """An absolute link to one of this app's views in the given language, with ``?token=`` if given.

    On the default site's host, like the page links in the sign-up emails.
    """
    with translation.override(language):
        path = reverse(f"wellbeing:{view_name}", kwargs=kwargs or None)
    query = f"?{urlencode({'token': token})}" if token else ""
    site = Site.objects.filter(is_default_site=True).first()
    origin = site.root_url if site else settings.WAGTAILADMIN_BASE_URL
    return f"{origin}{path}{query}"


def send(address, language, subject, template, context):
    """Write one email to the outbox, in the caller's transaction; ``subject`` may be a lazy string."""
    with translation.override(language):
        subject = str(subject)
        message = render_to_string(f"wellbeing/email/{template}.txt", context)
    return mail.send(recipients=[address], subject=subject, message=message)
