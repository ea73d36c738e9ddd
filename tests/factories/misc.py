"""Pages in all three languages for the tests of what the site serves besides its pages: the API,
feeds, calendars, sitemap and search, and the fuzzing of every public URL and form.

Each builder publishes a Finnish page and its translations (cheap copies, as `translate_page` makes
them) and returns them by language. A translation's title is the Finnish one with the language
code added, so a test can tell which language a listing shows.
"""

from councils.models import CallQuestion
from projects.models import OpportunityIndexPage, OutcomeIndexPage

from .helpers import make_opportunity, make_outcome, make_round, translate_page
from .pages import (
    CouncilCallPageFactory,
    CouncilStatementPageFactory,
    OpportunitySessionFactory,
    StandardPageFactory,
    in_days,
)

LANGUAGES = ("fi", "sv", "en")


def in_every_language(page, languages=("sv", "en")):
    """{language: page}: the Finnish page and its published translations, titled "<title> (<language>)"."""
    versions = {"fi": page}
    for language in languages:
        copy = translate_page(page, language)
        copy.title = f"{page.title} ({language})"
        copy.save_revision().publish()
        versions[language] = type(copy).objects.get(pk=copy.pk)  # live, as published
    return versions


def workshop(title, sessions=((7, 7),), languages=("sv", "en"), **fields):
    """A workshop in the catalogue with sessions on these (start, end) day offsets, in every language."""
    catalogue = OpportunityIndexPage.objects.get(locale__language_code="fi")
    return in_every_language(make_opportunity(catalogue, title, sessions=sessions, **fields), languages)


def council_call(council, title, *, sessions=(), languages=("sv", "en"), **fields):
    """A call under a council's Finnish page that takes responses through its form now, with one
    question and sessions on these day offsets, in every language."""
    question = CallQuestion(label="Mielipiteesi", field_type="multiline", required=True)
    question.locale = council.locale
    call = CouncilCallPageFactory(
        parent=council,
        title=title,
        opens_at=in_days(-2),
        closes_at=in_days(14),
        form_fields=[question],
        sessions=[OpportunitySessionFactory.build(starts_at=in_days(day, 17)) for day in sessions],
        **fields,
    )
    return in_every_language(call, languages)


def outcome(title, opportunities=(), languages=("sv", "en")):
    """A decided outcome of these Finnish opportunities, in every language."""
    index = OutcomeIndexPage.objects.get(locale__language_code="fi")
    return in_every_language(make_outcome(index, title, list(opportunities)), languages)


def every_kind_of_page(pages):
    """One page of each kind the frame lacks, in every language: a standard page, a workshop with a
    session, an outcome, a council's call and statement, and a wellbeing money round.
    Returns {kind: {language: page}}."""
    catalogue = pages["opportunities"]["fi"]
    kinds = {
        "standard": in_every_language(
            StandardPageFactory(parent=pages["home"]["fi"], title="Tavallinen sivu")
        ),
        "workshop": workshop("Kaikkien työpaja"),
        "call": council_call(pages["youth"]["fi"], "Kaikkien kutsu", sessions=[9]),
        "statement": in_every_language(CouncilStatementPageFactory(parent=pages["youth"]["fi"])),
        "round": in_every_language(make_round(catalogue, "Kaikkien kierros", phase="vote")),
    }
    kinds["outcome"] = outcome("Kaikkien tulos", [kinds["workshop"]["fi"]])
    return kinds
