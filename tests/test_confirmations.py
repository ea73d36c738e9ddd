"""The confirmations after the other public forms say exactly what happened: a council call's response,
a wellbeing money draft saved or changed, an application sent, a theme vote waiting for its confirmation.
(The sign-up's: tests/test_signup_confirmation.py.)"""

import datetime

import pytest
from django.utils import timezone, translation

from councils.models import Ask
from tests.factories import make_round, translate_page
from tests.factories.councils import CallFactory, CallQuestionFactory
from tests.html import soup
from tests.wellbeing_applications.helpers import (
    application_data,
    apply_url,
    deliver,
    fi,
    open_round,
    private_path,
    token_from,
)
from tests.wellbeing_votes.helpers import ballot, vote_url
from wellbeing.models import Application

pytestmark = pytest.mark.django_db
DRAFT_EMAILED = "Your draft was saved. We emailed the contact person a private link for continuing it later."
DRAFT_CHANGED = (
    "Your changes were saved. The application is still a draft: "
    "it is not sent until you press “Send application”."
)


def text(response):
    return soup(response).get_text(" ", strip=True)


def test_a_council_calls_thanks_says_no_email_is_sent_and_the_response_is_final(client, pages):
    council = pages["youth"]["fi"]
    call = CallFactory(
        parent=council,
        title="Nuorten toiveet",
        asks_for=Ask.IDEAS,
        closes_at=timezone.now() + datetime.timedelta(days=10),
        form_fields=[CallQuestionFactory.build(locale=council.locale, label="Ideasi", required=True)],
    )
    response = client.post(call.respond_url(), {"ideasi": "Lisää valoa rannalle", "website": ""}, follow=True)
    page = text(response)
    assert (
        fi("The council has received your response. The council will tell on its page what came of the call.")
        in page
    )
    assert (
        fi(
            "We do not send a confirmation by email: this page is the confirmation. Your response cannot be "
            "changed any more, but you can send another one while the call is open."
        )
        in page
    )


def test_a_new_draft_says_its_link_was_emailed_and_a_changed_draft_says_only_that_it_was_saved(client, pages):
    round_page = open_round(pages)
    first = client.post(apply_url(round_page), application_data(round_page, action="draft"))
    assert first["Location"].endswith("&saved=draft")
    assert fi(DRAFT_EMAILED) in text(client.get(first["Location"]))
    [message] = deliver()
    token = token_from(message)

    again = client.post(private_path("application", token), application_data(round_page, action="draft"))
    assert again["Location"] == private_path("application", token) + "&saved=updated"
    page = text(client.get(again["Location"]))
    assert fi(DRAFT_CHANGED) in page
    assert fi(DRAFT_EMAILED) not in page, "no email is sent for a changed draft, and the page does not say so"
    assert len(deliver()) == 1


def test_a_sent_application_gives_its_reference_in_the_thanks(client, pages):
    round_page = open_round(pages)
    response = client.post(apply_url(round_page), application_data(round_page), follow=True)
    application = Application.objects.get(round=round_page)
    assert application.reference
    expected = fi(
        "Thank you! Your application was sent to the working group. Its reference is %(reference)s. "
        "We emailed a confirmation with the reference and this page's private link to the contact person.",
        reference=application.reference,
    )
    assert expected in soup(response).select_one(".notice[role=status]").get_text(" ", strip=True)


@pytest.mark.parametrize("language", ["fi", "en"])
def test_the_vote_sent_page_says_a_second_ballot_within_the_interval_sent_nothing(client, pages, language):
    round_page = make_round(pages["opportunities"]["fi"], "Testikierros 2030", votes_per_person=2)
    if language != "fi":
        translate_page(round_page, language)
    response = client.post(vote_url(round_page, language), ballot(round_page, "Liikunta"), follow=True)
    with translation.override(language):
        expected = translation.ngettext(
            "If you sent the ballot more than once within %(minutes)s minute, "
            "we sent a message only for the first one: confirm with the link in it.",
            "If you sent the ballot more than once within %(minutes)s minutes, "
            "we sent a message only for the first one: confirm with the link in it.",
            10,
        ) % {"minutes": 10}
    assert expected in text(response)
