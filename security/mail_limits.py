"""How often the site emails one address because someone filled in a public form.

Public forms send the city's email to whatever address is typed in, and sending
the form again sends the email again. ``may_email`` caps that per mailbox and site-wide
(every form shares the count): ``EMAILS_PER_ADDRESS_PER_HOUR`` in the hour after the first
email and ``EMAILS_PER_ADDRESS_PER_DAY`` in the day. The count lives in the shared cache
under a keyed hash of the normalised address, never the address itself.
"""

from django.conf import settings

from core import email_addresses

from .counting import count, digest

HOUR = 60 * 60
DAY = 24 * HOUR


def mailbox(address):
    """One mailbox, one count: the address's normal form (core.email_addresses), and no "+tag" anywhere.

    The vote strips a "+tag" only where the provider documents it, since elsewhere it may be
    another mailbox; a limit on mail errs the other way, so that tags cannot multiply it.
    """
    local, _at, domain = email_addresses.normalise(address).rpartition("@")
    return f"{local.split('+', 1)[0]}@{domain}"


def mailbox_digest(address):
    """A keyed hash of the normalised address: the same for one mailbox, useless without SECRET_KEY."""
    return digest("mailbox", mailbox(address))


def may_email(address):
    """Count one email to this address; False once it has had its share this hour or today.

    Call it right before queuing an email that a public form triggers (not staff's
    messages, reminders or notices of changes). When it says False, queue nothing and
    answer exactly as if the email was sent: the page must not tell who is being limited.
    """
    key = mailbox_digest(address)
    this_hour = count(f"mail-limit:hour:{key}", HOUR)
    today = count(f"mail-limit:day:{key}", DAY)
    return this_hour <= settings.EMAILS_PER_ADDRESS_PER_HOUR and today <= settings.EMAILS_PER_ADDRESS_PER_DAY
