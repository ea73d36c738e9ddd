"""The theme vote as residents use it, for its tests: the round in other languages, the ballot's data,
and the emailed confirmation links.

The vote tests drive the public ballot with the test client.
"""

import re

from django.core import mail
from django.db.models import F
from django.urls import reverse
from django.utils import translation
from post_office.mail import send_queued

from tests.factories import ROUND_DATES, days, translate_page
from wellbeing import voting
from wellbeing.models import RoundPage, Theme, Vote

CONFIRM_LINK = re.compile(r"https?://\S+/(?:fi|sv|en)/\S+\?token=[0-9a-f]{64}")


def translate_round(round_page, language, theme_names, title=None):
    """The round in another language with its themes (in their order) so named, as a translator would."""
    page = translate_page(round_page, language)
    if title:
        RoundPage.objects.filter(pk=page.pk).update(title=title)
    for theme, name in zip(page.themes.order_by("sort_order"), theme_names, strict=True):
        Theme.objects.filter(pk=theme.pk).update(name=name)
    return page


def keys(page):
    """The theme keys of the round by Finnish name: keys(page)["Liikunta"]."""
    return {theme.name: str(theme.translation_key) for theme in page.source.themes.all()}


def vote_url(page, language="fi"):
    with translation.override(language):
        return reverse("wellbeing:vote", kwargs={"round_key": page.translation_key})


def ballot(page, *names, email="aino@example.fi", **changes):
    """The vote form's data choosing the themes of these Finnish names."""
    themes = keys(page)
    return {"themes": [themes[name] for name in names], "email": email, "website": "", **changes}


def deliver():
    """Run the outbox worker once, as the scheduled `send_outbox` does; every email sent so far."""
    send_queued()
    return list(mail.outbox)


def confirm_link(message):
    return CONFIRM_LINK.search(message.body).group()


def confirm_by_link(client, link):
    path, token = link.split("?token=")
    return client.post(path, {"token": token})


def move_vote(page, phase):
    """Move the round's dates (in every language) so that its vote is in another phase."""
    opens, closes, *_rest = ROUND_DATES[phase]
    RoundPage.objects.filter(translation_key=page.translation_key).update(
        vote_opens_at=days(opens), vote_closes_at=days(closes)
    )


def votes(page):
    """The round's votes (they refer to its Finnish page)."""
    return Vote.objects.filter(round=page.source)


def counted(page):
    return voting.results(page).voters


def as_if_cast_long_ago(page):
    """Move the round's votes back past the interval within which a mailbox gets no second email."""
    votes(page).update(created_at=F("created_at") - voting.RESEND_INTERVAL)
