"""Wellbeing money data: city areas in every language, applications, attachments, messages, reports, votes.

A round comes from `helpers.make_round`; these build what residents and the
working group leave in it. Applications and votes always refer to the round's
Finnish page (`round.source`), whichever translation a test passes.
"""

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from projects.models import CityArea
from wellbeing.models import (
    ApplicantType,
    Application,
    ApplicationAttachment,
    Message,
    Report,
    Vote,
    VoteChoice,
    email_digest,
)

Status = Application.Status
DECIDED = (Status.FUNDED, Status.NOT_FUNDED)

# slug: names in fi, sv and en (the slug is what an application stores).
CITY_AREAS = {
    "keskusta": {"fi": "Keskusta", "sv": "Centrum", "en": "City centre"},
    "ita-pori": {"fi": "Itä-Pori", "sv": "Östra Björneborg", "en": "East Pori"},
    "reposaari": {"fi": "Reposaari", "sv": "Räfsö", "en": "Reposaari"},
}


def make_city_areas(slugs=tuple(CITY_AREAS)):
    """The city areas with these slugs, in Finnish with their Swedish and English translations.

    Returns the Finnish ones by slug; an area already made is kept as it is.
    """
    return {slug: _city_area(slug, CITY_AREAS[slug]) for slug in slugs}


def theme_key(round_page, name):
    """The translation key of the round's theme with this Finnish name."""
    return round_page.source.themes.get(name=name).translation_key


class _OfRound(DjangoModelFactory):
    """Pass `round`: any language's page; the record refers to the Finnish one."""

    class Meta:
        abstract = True

    @classmethod
    def _adjust_kwargs(cls, **kwargs):
        kwargs["round"] = kwargs["round"].source
        return kwargs


class ApplicationFactory(_OfRound):
    """An application as a resident left it: sent (status received) in Finnish, by an informal group.

    `status` decides the rest: a draft has no reference nor time of sending; a funded
    application is granted what it asked; a decided one has its decision's time.
    `theme` is the Finnish name of one of the round's themes (none by default).
    """

    class Meta:
        model = Application

    class Params:
        theme = None

    status = Status.RECEIVED
    language = "fi"
    applicant_type = ApplicantType.GROUP
    applicant_name = "Karjarannan kävelijät"
    contact_name = "Aino Asukas"
    contact_email = "aino@example.fi"
    title = factory.Sequence(lambda n: f"Hanke {n}")
    reference = factory.LazyAttributeSequence(
        lambda application, n: (
            None if application.status == Status.DRAFT else f"HR-{application.round.year}-{900 + n}"
        )
    )
    submitted_at = factory.LazyAttribute(
        lambda application: None if application.status == Status.DRAFT else timezone.now()
    )
    theme_key = factory.LazyAttribute(
        lambda application: theme_key(application.round, application.theme) if application.theme else None
    )
    requested_amount = 1000
    amount_granted = factory.LazyAttribute(
        lambda application: application.requested_amount if application.status == Status.FUNDED else None
    )
    decided_at = factory.LazyAttribute(
        lambda application: timezone.now() if application.status in DECIDED else None
    )


class ApplicationAttachmentFactory(DjangoModelFactory):
    """A file attached to an application, stored in private storage. Pass `application`."""

    class Meta:
        model = ApplicationAttachment

    file = factory.django.FileField(filename="budjetti.pdf", data=b"pdf")
    name = "budjetti.pdf"
    size = factory.LazyAttribute(lambda attachment: attachment.file.size)


class MessageFactory(DjangoModelFactory):
    """The working group's request for more information. Pass `application`."""

    class Meta:
        model = Message

    author = Message.Author.STAFF
    text = "Kerro lisää budjetista."


class ReportFactory(DjangoModelFactory):
    """A funded project's report as its applicant sent it (status submitted). Pass `application`.

    A published report has its time of publishing; the money used is what was granted.
    """

    class Meta:
        model = Report

    status = Report.Status.SUBMITTED
    what_was_done = factory.LazyAttribute(lambda report: f"{report.application.title}: tehtiin paljon.")
    participants = 40
    money_used = "Tarvikkeet"
    amount_used = factory.LazyAttribute(lambda report: report.application.amount_granted or 0)
    published_at = factory.LazyAttribute(
        lambda report: timezone.now() if report.status == Report.Status.PUBLISHED else None
    )


class VoteFactory(_OfRound):
    """A vote, unconfirmed unless `confirmed=True`; `themes` are the Finnish names of the themes it chose."""

    class Meta:
        model = Vote
        skip_postgeneration_save = True

    class Params:
        confirmed = factory.Trait(confirmed_at=factory.LazyFunction(timezone.now))

    email = factory.Sequence(lambda n: f"aanestaja{n}@example.fi")
    email_hash = factory.LazyAttribute(lambda vote: email_digest(vote.email))
    email_domain = factory.LazyAttribute(lambda vote: vote.email.rpartition("@")[2])
    language = "fi"

    @factory.post_generation
    def themes(vote, create, names, **kwargs):
        for name in names or ():
            VoteChoice.objects.create(vote=vote, theme_key=theme_key(vote.round, name))


def _city_area(slug, names):
    finnish, _created = CityArea.objects.get_or_create(
        locale=_locale("fi"), slug=slug, defaults={"name": names["fi"]}
    )
    for language in ("sv", "en"):
        CityArea.objects.get_or_create(
            locale=_locale(language),
            slug=slug,
            defaults={"name": names[language], "translation_key": finnish.translation_key},
        )
    return finnish


def _locale(language):
    return Locale.objects.get(language_code=language)
