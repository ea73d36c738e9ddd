"""Shortcuts over the factories for the shapes tests need most: opportunities with sessions, rounds."""

import datetime

from django.utils import timezone

from projects.models import OpportunityPage, OpportunitySession, OutcomePage

NOW = timezone.now()


def days(offset, hour=12):
    moment = timezone.localtime(NOW) + datetime.timedelta(days=offset)
    return moment.replace(hour=hour, minute=0, second=0, microsecond=0)


def make_opportunity(index, title, *, method="workshop", sessions=(), opens=None, closes=None, **relations):
    """sessions: (start_day, end_day) offsets from today; opens/closes: day offsets or None."""
    page = OpportunityPage(
        title=title,
        slug=title.lower().replace(" ", "-"),
        method=method,
        intro=f"{title} in brief.",
        opens_at=days(opens) if opens is not None else None,
        closes_at=days(closes) if closes is not None else None,
    )
    page.sessions = [
        OpportunitySession(
            locale=index.locale,
            starts_at=days(start, 17),
            ends_at=days(end, 19),
            venue="Kirjasto",
            address="Pori",
        )
        for start, end in sessions
    ]
    for name, terms in relations.items():
        setattr(page, name, terms)
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def make_outcome(index, title, opportunities, status="decided", **fields):
    page = OutcomePage(title=title, slug=title.lower().replace(" ", "-"), status=status, **fields)
    page.opportunities = opportunities
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


# Each phase of a wellbeing money round, as day offsets of its dates from today:
# (vote opens, vote closes, applications open, applications close, decision, implementation ends, reports due)
ROUND_DATES = {
    "upcoming": (5, 20, 21, 50, 80, 300, 330),
    "vote": (-5, 10, 11, 40, 70, 300, 330),
    "applications": (-40, -20, -10, 20, 50, 300, 330),
    "evaluation": (-80, -60, -50, -10, 20, 300, 330),
    "implementation": (-200, -180, -170, -120, -60, 100, 130),
    "reporting": (-300, -280, -270, -220, -200, -10, 20),
    "finished": (-400, -380, -370, -320, -300, -60, -30),
}


def round_dates(phase):
    """The date fields of a round that is in the given phase now."""
    vote_opens, vote_closes, apply_opens, apply_closes, decision, implemented, reports = ROUND_DATES[phase]
    return {
        "vote_opens_at": days(vote_opens),
        "vote_closes_at": days(vote_closes),
        "applications_open_at": days(apply_opens),
        "applications_close_at": days(apply_closes),
        "decision_on": days(decision).date(),
        "implementation_ends_on": days(implemented).date(),
        "reports_due_at": days(reports),
    }


def make_round(
    index, title="Testikierros", *, phase="vote", themes=("Liikunta", "Kulttuuri", "Luonto"), **fields
):
    """A published round in the given phase, under a catalogue page, with its candidate themes."""
    from wellbeing.models import RoundPage, Theme

    page = RoundPage(
        title=title,
        slug=title.lower().replace(" ", "-"),
        intro=f"{title} in brief.",
        year=timezone.localdate(NOW).year + 1,
        budget=fields.pop("budget", 100000),
        max_grant=fields.pop("max_grant", 5000),
        who_may_apply="<p>Porilaiset ja porilaiset ryhmät.</p>",
        not_funded="<p>Yhdistysten perustoiminta.</p>",
        **round_dates(phase),
        **fields,
    )
    page.themes = [Theme(locale=index.locale, name=name, description=f"{name}.") for name in themes]
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def translate_page(page, language):
    """A published copy of the page in another language (what wagtail-localize makes), same keys."""
    from wagtail.models import Locale

    copy = page.copy_for_translation(Locale.objects.get(language_code=language), copy_parents=False)
    copy.save_revision().publish()
    return type(copy.specific).objects.get(pk=copy.pk)  # as stored: live, with its revision


def open_session(*, capacity, waitlist_capacity=0, max_group_size=1, in_days=7, languages=("sv", "en")):
    """A session `in_days` ahead, open for sign-up now with these places, on a new workshop page that is
    translated into the given languages."""
    from wagtail.models import Page

    index = Page.objects.get(slug="osallistu", locale__language_code="fi").specific
    page = make_opportunity(index, f"Avoin työpaja {in_days}", sessions=[(in_days, in_days)])
    OpportunitySession.objects.filter(page=page).update(
        capacity=capacity, waitlist_capacity=waitlist_capacity, max_group_size=max_group_size
    )
    page = type(page).objects.get(pk=page.pk)  # with the sessions as stored
    for language in languages:
        translate_page(page, language)
    return OpportunitySession.objects.get(page=page)


def publish_sessions(page, change):
    """Publish a new revision of the page with `change(sessions)` applied, as an editor would."""
    draft = type(page).objects.get(pk=page.pk).get_latest_revision_as_object()
    sessions = list(draft.sessions.all())
    change(sessions)
    draft.sessions = sessions
    draft.save_revision().publish()
