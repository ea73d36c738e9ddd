"""Content the page tests build for themselves: the model page's principles, the privacy notice's
tables, a council's open call, and one of each form a resident can send, in every language."""

import datetime

from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from councils.models import CallQuestion

from .helpers import make_round, open_session, translate_page
from .pages import CouncilCallPageFactory, in_days

OTHER_LANGUAGES = ("sv", "en")


def publish(page, **fields):
    """A new revision of the page with these fields, published as an editor would."""
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


def principles(titles):
    return [("principle", {"title": title, "text": f"{title}: mitä se tarkoittaa."}) for title in titles]


def steps(titles):
    return [("step", {"title": title, "text": f"{title}: miten se tehdään."}) for title in titles]


def privacy_notice_tables(pages):
    """The privacy notice in every language with the retention and cookie tables in its body."""
    for page in pages["privacy"].values():
        publish(page, body=[("retention_periods", None), ("cookies", None)])


def make_open_call(council, title="Kerro mielipiteesi", languages=OTHER_LANGUAGES):
    """A council's call taking responses through its own form now, translated into the languages."""
    question = CallQuestion(
        locale=council.locale, label="Mielipiteesi", field_type="multiline", required=True
    )
    call = CouncilCallPageFactory(
        parent=council,
        title=title,
        opens_at=in_days(-2),
        closes_at=in_days(10) + datetime.timedelta(hours=11),
        form_fields=[question],
    )
    for language in languages:
        translate_page(call, language)
    return call


def forms_in_every_language(pages):
    """A session open for sign-up, a round in its vote and one in its application period and a
    council's open call, each in Finnish, Swedish and English: every kind of form a resident sends.

    Returns {language: {kind: the form's path}}."""
    catalogue = pages["opportunities"]["fi"]
    session = open_session(capacity=10)
    rounds = {}
    for title, phase in (("Äänestyskierros", "vote"), ("Hakukierros", "applications")):
        rounds[phase] = make_round(catalogue, title, phase=phase)
        for language in OTHER_LANGUAGES:
            translate_page(rounds[phase], language)
    call = make_open_call(pages["youth"]["fi"])
    forms = {}
    for language in ("fi", *OTHER_LANGUAGES):
        with translation.override(language):
            forms[language] = {
                "sign-up": reverse("signups:signup", args=[session.translation_key]),
                "vote": reverse("wellbeing:vote", kwargs={"round_key": rounds["vote"].translation_key}),
                "application": reverse(
                    "wellbeing:apply", kwargs={"round_key": rounds["applications"].translation_key}
                ),
                "call": call.get_translation(
                    Locale.objects.get(language_code=language)
                ).specific.respond_url(),
            }
    return forms
