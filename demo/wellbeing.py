"""The wellbeing money demo: the rounds under the catalogue, with their votes and applications.

The rounds' texts are in demo/content/wellbeing.yaml and the applications in
wellbeing_applications.yaml. The round pages are created and translated like every other demo
page; the votes are made up on loading, the same on every load (a seeded random generator), and
the applications are saved as they stand after the decision. Safe to run again.
"""

import datetime
import random
from decimal import Decimal

from django.conf import settings
from django.db.models import F
from django.utils import timezone

from core.secret_links import hash_token
from wellbeing.models import (
    ApplicantType,
    Application,
    Report,
    RoundPage,
    Theme,
    Vote,
    VoteChoice,
    email_digest,
)

from .data import round_opportunity_key
from .fields import date, fi, moment

CHOICES_PER_VOTE = [(1, 15), (2, 25), (3, 60)]  # how many themes a voter picks, with weights
VOTE_LANGUAGES = [("fi", 88), ("sv", 6), ("en", 6)]


def build(builder, index):
    """Both rounds under the catalogue, with their votes and applications.

    ``builder`` is the loader's Builder: the pages are created by it and translated with the rest.
    Returns the Finnish round pages by opportunity key ("wellbeing-money-2026"), so that the
    catalogue's outcomes can link to a round as to any other opportunity.
    """
    pages = {}
    for spec in builder.content.rounds:
        page = builder.child(index, RoundPage, spec, **_round_fields(spec, builder, index.locale))
        pages[round_opportunity_key(spec)] = page
        names = {theme.name: theme.translation_key for theme in page.themes.all()}
        keys = {theme["key"]: names[fi(theme["name"])] for theme in spec["themes"]}
        _votes(page, spec, keys, builder.log)
        for application in builder.content.applications:
            if application["round"] == spec["key"]:
                _application(page, application, keys, builder.log)
    return pages


def _round_fields(spec, builder, locale):
    days = spec["days"]
    return {
        "year": spec["year"],
        "budget": Decimal(spec["budget"]),
        "max_grant": Decimal(spec["max_grant"]),
        "votes_per_person": spec["votes_per_person"],
        "themes_chosen": spec.get("themes_chosen"),
        "who_may_apply": fi(spec["who_may_apply"][1]),
        "not_funded": fi(spec["not_funded"][1]),
        "organiser": fi(spec["organiser"]),
        "learn": fi(spec["learn"]),
        "input_use": fi(spec["input_use"]),
        "decision": fi(spec["decision"]),
        "vote_opens_at": moment(days["vote_opens"], datetime.time(9)),
        "vote_closes_at": moment(days["vote_closes"], datetime.time(23, 59)),
        "applications_open_at": moment(days["applications_open"], datetime.time(9)),
        "applications_close_at": moment(days["applications_close"], datetime.time(16)),
        "decision_on": date(days["decision"]),
        "implementation_ends_on": date(days["implementation_ends"]),
        "reports_due_at": moment(days["reports_due"], datetime.time(16)),
        "results_published": spec["results_published"],
        "featured": spec.get("featured", False),
        "themes": [
            Theme(
                locale=locale,
                sort_order=order,
                name=fi(theme["name"]),
                description=fi(theme["description"]),
            )
            for order, theme in enumerate(spec["themes"])
        ],
        **builder.classified(spec),
    }


def _votes(page, spec, keys, log):
    """Confirmed votes spread over the vote's days so far, made once per round."""
    if page.votes.exists():
        return
    rules = spec["votes"]
    rng = random.Random(f"wellbeing-{spec['key']}")  # noqa: S311 -- no secret: the same votes each time
    start = page.vote_opens_at
    end = min(page.vote_closes_at, timezone.now() - datetime.timedelta(hours=1))
    span = (end - start).total_seconds()
    themes, weights = list(rules["weights"]), list(rules["weights"].values())
    votes, picks = [], []
    for number in range(1, rules["voters"] + 1):
        vote = Vote(
            round=page,
            language=_weighted(rng, VOTE_LANGUAGES),
            confirmed_at=start + datetime.timedelta(seconds=rng.uniform(0, span)),
        )
        if rules["emails"]:
            vote.email = f"aanestaja-{spec['key']}-{number:04d}@example.fi"
            vote.email_hash = email_digest(vote.email)
            vote.email_domain = "example.fi"
        vote.token_hash = _token_hash(vote)
        votes.append(vote)
        picks.append(_sample(rng, themes, weights, _weighted(rng, CHOICES_PER_VOTE)))
    Vote.objects.bulk_create(votes)
    VoteChoice.objects.bulk_create(
        VoteChoice(vote=vote, theme_key=keys[theme])
        for vote, chosen in zip(votes, picks, strict=True)
        for theme in chosen
    )
    # Each vote was cast a few minutes before its link was confirmed.
    page.votes.update(created_at=F("confirmed_at") - datetime.timedelta(minutes=4))
    log(f"Created {len(votes)} confirmed votes: {page.title}")


def _token_hash(vote):
    return hash_token(vote.confirm_token)


def _weighted(rng, options):
    values, weights = zip(*options, strict=True)
    return rng.choices(values, weights=weights)[0]


def _sample(rng, themes, weights, count):
    """`count` different themes, the popular ones more often."""
    themes, weights = list(themes), list(weights)
    chosen = []
    for _ in range(count):
        index = rng.choices(range(len(themes)), weights=weights)[0]
        chosen.append(themes.pop(index))
        weights.pop(index)
    return chosen


def _application(page, spec, keys, log):
    """An application as it stands after the decision; a not funded one without its personal data."""
    if Application.objects.filter(reference=spec["reference"]).exists():
        return
    submitted_at = page.applications_open_at + datetime.timedelta(days=spec["submitted"], hours=3)
    decided_at = timezone.make_aware(datetime.datetime.combine(page.decision_on, datetime.time(15, 0)))
    budget = [{"item": row["item"], "amount": row["amount"]} for row in spec["budget"]]
    funded = spec["status"] == Application.Status.FUNDED
    application = Application(
        round=page,
        reference=spec["reference"],
        status=spec["status"],
        language=spec["language"],
        applicant_type=spec["applicant_type"],
        applicant_name=spec["applicant_name"],
        show_name=spec["show_name"],
        contact_name=spec["contact_name"],
        contact_email=spec["contact_email"],
        theme_key=keys[spec["theme"]],
        title=spec["title"],
        description=spec["description"],
        audience=spec["audience"],
        area=spec["area"],
        schedule=spec["schedule"],
        budget=budget,
        requested_amount=sum(Decimal(row["amount"]) for row in budget),
        self_financing=Decimal(spec["self_financing"]),
        other_funding=spec["other_funding"],
        amount_granted=Decimal(spec["amount_granted"]) if funded else None,
        submitted_at=submitted_at,
        decided_at=decided_at,
        merge_note=spec.get("merge_note", ""),
    )
    if "merge_with" in spec:
        application.merge_with = Application.objects.get(reference=spec["merge_with"])
    if not funded:
        # As the retention rules leave it: the project stays, the people behind it are gone.
        days = settings.WELLBEING_NOT_FUNDED_RETENTION_DAYS
        application.personal_data_deleted_at = decided_at + datetime.timedelta(days=days, hours=12)
        application.contact_name = application.contact_email = ""
        if application.applicant_type == ApplicantType.PERSON:
            application.applicant_name = ""
    application.save()
    created_at = submitted_at - datetime.timedelta(days=3)
    Application.objects.filter(pk=application.pk).update(
        created_at=created_at, updated_at=application.personal_data_deleted_at or decided_at
    )
    report = spec["report"]
    if report:
        Report.objects.create(
            application=application,
            status=report["status"],
            what_was_done=report["what_was_done"],
            participants=report["participants"],
            money_used=report["money_used"],
            amount_used=Decimal(report["amount_used"]),
            published_at=moment(report["published"], datetime.time(10)),
        )
        Report.objects.filter(application=application).update(
            submitted_at=moment(report["submitted"], datetime.time(18))
        )
    log(f"Created application {spec['reference']}: {spec['title']}")
