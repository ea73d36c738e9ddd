"""The theme vote: casting, confirming from the emailed link, and counting.

A vote counts only once confirmed, and one mailbox has at most one counted vote
per round. The database guarantees that (constraint ``one_counted_vote_per_email``),
so two links confirmed at the same moment cannot both count. Votes refer to the
round's Finnish page and to themes by translation key, so one count covers every
language.

"One mailbox" is the address's normal form (core.email_addresses), but the
confirmation always goes to the address as typed.
"""

import dataclasses
import datetime
import enum
from dataclasses import dataclass

from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import Count
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from core import email_addresses
from core.secret_links import hash_token
from security.mail_limits import may_email

from . import outbox
from .models import RoundPage, Theme, Vote, VoteChoice, email_digest

CONFIRM_SUBJECT = _("Confirm your vote: %(title)s")
# A mailbox gets at most one confirmation email per round in this time, however often the form is sent.
RESEND_INTERVAL = datetime.timedelta(minutes=10)
COUNTS_TIMEOUT = 24 * 60 * 60


class VoteClosed(Exception):
    """The vote window is not open: not yet, or no longer."""


class InvalidThemes(Exception):
    """None, too many, or themes that are not this round's."""


class Confirmation(enum.Enum):
    COUNTED = "counted"  # this confirmation made the vote count
    ALREADY_COUNTED = "already-counted"  # this same vote had been confirmed before
    OTHER_VOTE_COUNTS = "other-vote-counts"  # another vote from this mailbox counts; this one does not


@dataclass(frozen=True)
class ThemeResult:
    key: object  # the theme's translation key (UUID)
    name: str
    votes: int
    chosen: bool = False  # among the themes the vote chose (RoundPage.themes_chosen)


@dataclass(frozen=True)
class Results:
    voters: int  # confirmed votes, that is people
    themes: list  # ThemeResult, most votes first, then in the round's order
    themes_chosen: int | None = None  # how many themes the vote chooses, if the round says


def round_in_language(round_key, language):
    """The live, public round with this translation key in the given language, or None."""
    return (
        RoundPage.objects.live()
        .public()
        .filter(translation_key=round_key, locale__language_code=language)
        .first()
    )


def themes_of(page):
    """The round's themes in the page's own language, in the editors' order."""
    return list(page.themes.order_by("sort_order", "pk"))


def cast(page, *, email, theme_keys, language, now=None):
    """Store an unconfirmed vote and write its confirmation email to the outbox, in one transaction.

    ``page`` is the round in the voter's language; ``email`` is the address as
    typed, where the confirmation goes. Every call makes a new pending vote,
    also for an address whose vote already counts: the answer to the voter is
    then the same, and the confirmation says what happened. Within
    RESEND_INTERVAL of the mailbox's last vote in the round nothing is stored or
    sent, so the form cannot flood someone's inbox; returns None then.
    """
    if not page.vote_is_open(now):
        raise VoteClosed
    themes = {str(theme.translation_key): theme for theme in themes_of(page)}
    keys = list(dict.fromkeys(str(key) for key in theme_keys))
    if not keys or len(keys) > page.votes_per_person or any(key not in themes for key in keys):
        raise InvalidThemes
    email, digest = email.strip(), email_digest(email)
    if sent_recently(page.source, digest, now):
        return None
    with transaction.atomic():
        vote = Vote.objects.create(
            round=page.source,
            email=email,
            email_hash=digest,
            email_domain=email_addresses.domain_of(email),
            language=language,
        )
        VoteChoice.objects.bulk_create(VoteChoice(vote=vote, theme_key=key) for key in keys)
        chosen = [theme for key, theme in themes.items() if key in keys]
        _send_confirmation(vote, page, chosen)
    return vote


def sent_recently(round_page, digest, now=None):
    """Whether this mailbox was sent a confirmation for the round within RESEND_INTERVAL."""
    since = (now or timezone.now()) - RESEND_INTERVAL
    return Vote.objects.filter(round=round_page, email_hash=digest, created_at__gt=since).exists()


def _send_confirmation(vote, page, themes):
    context = {
        "round": page,
        "themes": themes,
        "confirm_url": outbox.link(vote.language, "vote-confirm", token=vote.confirm_token),
        "closes_at": page.vote_closes_at,
    }
    if not may_email(vote.email):  # the site-wide limit per mailbox (security.mail_limits)
        return
    with translation.override(vote.language):
        subject = CONFIRM_SUBJECT % {"title": page.title}
    outbox.send(vote.email, vote.language, subject, "vote_confirm", context)


def vote_for_token(token):
    """The vote behind a confirmation link, or None. Only the token's hash is stored."""
    if not token or len(token) > 100:
        return None
    return Vote.objects.select_related("round").filter(token_hash=hash_token(token)).first()


def chosen_themes(vote, language):
    """The themes of the vote in the given language, falling back to the round's Finnish names."""
    keys = vote.choices.values_list("theme_key", flat=True)
    themes = Theme.objects.filter(page__translation_key=vote.round.translation_key, translation_key__in=keys)
    in_language = list(themes.filter(locale__language_code=language).order_by("sort_order", "pk"))
    return in_language or list(themes.filter(page=vote.round).order_by("sort_order", "pk"))


def confirm(vote, now=None):
    """Make the vote count, unless the vote has closed or another vote of the same mailbox counts.

    The update runs in a savepoint: when the unique constraint refuses it, the
    caller's transaction goes on, and the vote stays unconfirmed.
    """
    now = now or timezone.now()
    if vote.confirmed_at:
        return Confirmation.ALREADY_COUNTED
    if not vote.round.vote_is_open(now):
        raise VoteClosed
    try:
        with transaction.atomic():
            updated = Vote.objects.filter(pk=vote.pk, confirmed_at__isnull=True).update(confirmed_at=now)
    except IntegrityError:
        return Confirmation.OTHER_VOTE_COUNTS
    if not updated:
        return Confirmation.ALREADY_COUNTED
    vote.confirmed_at = now
    return Confirmation.COUNTED


def results(round_page, themes=None):
    """The vote's results in the page's language, in two queries whatever the number of votes (none
    once the closed vote's counts are in the shared cache)."""
    voters, per_theme = _counts(round_page.source)
    themes = [
        ThemeResult(key=theme.translation_key, name=theme.name, votes=per_theme.get(theme.translation_key, 0))
        for theme in (themes if themes is not None else themes_of(round_page))
    ]
    themes.sort(key=lambda theme: -theme.votes)  # stable: ties keep the round's order
    chosen = chosen_keys(themes, round_page.themes_chosen)
    themes = [dataclasses.replace(theme, chosen=theme.key in chosen) for theme in themes]
    return Results(voters=voters, themes=themes, themes_chosen=round_page.themes_chosen)


def _counts(source):
    """(voters, {theme key: votes}); once the vote has closed the counts never change (``confirm``
    refuses), so they are kept in the shared cache, under the closing time they were counted for."""
    key = f"vote-counts:{source.pk}:{source.vote_closes_at.isoformat()}"
    if counts := cache.get(key):
        return counts
    voters = Vote.objects.filter(round=source, confirmed_at__isnull=False).count()
    per_theme = dict(
        VoteChoice.objects.filter(vote__round=source, vote__confirmed_at__isnull=False)
        .values_list("theme_key")
        .annotate(votes=Count("pk"))
        .order_by()
    )
    if timezone.now() >= source.vote_closes_at:
        cache.set(key, (voters, per_theme), COUNTS_TIMEOUT)
    return voters, per_theme


def chosen_keys(themes, count):
    """The keys of the ``count`` themes with the most votes; ``themes``: ThemeResults, most votes first.

    A theme with no votes is never chosen. A tie for the last place chooses every theme in the tie:
    none of them got fewer votes than a chosen one, and the count cannot tell them apart.
    """
    if not count:
        return set()
    return {
        theme.key
        for theme in themes
        if theme.votes > 0 and sum(other.votes > theme.votes for other in themes) < count
    }
