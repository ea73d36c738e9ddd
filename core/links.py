"""Links that editors type: only web addresses, email addresses and phone numbers are links.

A link field ends up in an ``href``. ``javascript:`` or ``data:`` there runs in the site's
origin (the Content-Security-Policy is the last line of defence, not the first), so such
values are refused when saved and dropped again when rendered, because they can also
arrive without a form: through imports, translation files or the database itself.
"""

from urllib.parse import urlsplit

from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _
from wagtail.whitelist import check_url

LINK_SCHEMES = ("http", "https", "mailto", "tel")


class WebAddressValidator(URLValidator):
    """A URL field's own check, narrowed to http and https (Django also allows ftp)."""

    message = _("Give a web address that starts with https:// or http://.")

    def __init__(self, **kwargs):
        super().__init__(schemes=["http", "https"], **kwargs)


validate_web_address = WebAddressValidator()


def safe_href(value):
    """The link target if it is relative or uses a scheme of LINK_SCHEMES, otherwise ''."""
    url = str(value or "").strip()
    if not url or not check_url(url):
        return ""
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:  # for example an unbalanced IPv6 bracket
        return ""
    return url if scheme in ("", *LINK_SCHEMES) else ""
