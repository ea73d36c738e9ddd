"""Rate limits for the public forms, on the shared cache.

A room of residents on one public Wi-Fi shares one address, and a script can
come from many. So a post is counted three ways, and refused when any count is over:

- per client address and form (``PUBLIC_FORM_RATE_LIMIT``): generous, so a room
  signing up together gets through; it stops a script working through every form;
- per client address and target, the session, call or round (``PUBLIC_FORM_TARGET_RATE_LIMIT``):
  a script hammering one form is stopped sooner;
- per mailbox and form (``PUBLIC_FORM_EMAIL_RATE_LIMIT``), from any address: one address
  cannot be sent form after form, however many machines post them.

Limits are written like "100/5m": 100 posts in the five
minutes after the first; s, m, h and d are seconds, minutes, hours and days.
"""

import re

from django.conf import settings

from .client_ip import client_ip
from .counting import count, digest
from .mail_limits import mailbox_digest

SECONDS = {"s": 1, "m": 60, "h": 60 * 60, "d": 24 * 60 * 60}
RATE = re.compile(r"^\s*(\d+)\s*/\s*(\d*)\s*([smhd])\s*$")


def parse_rate(rate):
    """ "100/5m" → (100, 300): how many posts, in how many seconds."""
    match = RATE.match(rate)
    if not match:
        raise ValueError(f"A rate limit looks like '100/5m', not {rate!r}.")
    number, multiple, unit = match.groups()
    return int(number), int(multiple or 1) * SECONDS[unit]


def _over(name, value, rate):
    allowed, period = parse_rate(rate)
    return count(f"form-limit:{name}:{digest('form-limit', value)}", period) > allowed


def form_posts_exceeded(request, group, *, email=None, target=None):
    """Count this POST; True once any of its limits is passed.

    ``group`` names the form (``"signups"``); ``email`` is the address typed in, as posted
    (normalised here); ``target`` what the post is about (a session's translation key, a
    call's page, an application). Pass what the view knows; what is not passed is not counted.
    Every limit counts the post, so a refused post still counts.
    """
    address = client_ip(request)
    over = [_over(f"{group}:address", address, settings.PUBLIC_FORM_RATE_LIMIT)]
    if target is not None:
        over.append(_over(f"{group}:target", f"{address} {target}", settings.PUBLIC_FORM_TARGET_RATE_LIMIT))
    if email and "@" in email:
        over.append(_over(f"{group}:email", mailbox_digest(email), settings.PUBLIC_FORM_EMAIL_RATE_LIMIT))
    return any(over)
