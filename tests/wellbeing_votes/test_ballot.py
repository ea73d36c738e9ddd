"""The theme vote's ballot: its form, its errors, when it is open, and what keeps bots and floods out."""

import pytest
from django.test import Client
from django.utils import formats, timezone, translation
from post_office.models import Email

from tests.factories import make_round
from tests.html import soup
from tests.wellbeing_votes.helpers import ballot, keys, move_vote, vote_url, votes
from wellbeing.models import RoundPage

pytestmark = pytest.mark.django_db


def test_the_ballot_lists_the_themes_in_a_fieldset_whose_legend_gives_the_limit(client, english):
    page = soup(client.get(vote_url(english, "en")))
    fieldset = page.select_one("form.vote-form fieldset")
    assert fieldset.legend.get_text(strip=True) == "Choose at most 2 themes"
    labels = [label.get_text(strip=True) for label in fieldset.select("label")]
    assert labels == ["Sport", "Culture", "Nature"]
    values = {box["value"] for box in fieldset.select("input[type=checkbox]")}
    assert values == set(keys(english).values()), "the theme keys, the same in every language"
    assert "delete it when the vote closes" in page.select_one("#id_email_helptext").get_text()
    assert page.select_one("#id_website").find_parent(class_="honeypot")["aria-hidden"] == "true"


def test_the_ballot_says_what_one_person_one_vote_means(client, english):
    rules = soup(client.get(vote_url(english, "en"))).select_one("section.vote-rules")
    assert rules.h2.get_text() == "One person, one vote"
    text = rules.get_text(" ", strip=True)
    for part in (
        "A vote counts only when you confirm it from the link we email to you",
        "one email address (one mailbox) has at most one counted vote per round",
        "capital letters do not matter",
        "dots and “+” additions in Gmail addresses",
        "at most one confirmation message to the same address within 10 minutes",
        "may leave votes that break these rules uncounted",
    ):
        assert part in text


@pytest.mark.parametrize("names", [(), ("Liikunta", "Kulttuuri", "Luonto")], ids=["none", "too-many"])
def test_no_theme_or_too_many_is_an_error_and_keeps_the_email(client, english, names):
    response = client.post(vote_url(english, "en"), ballot(english, *names, email="aino@example.fi"))
    assert response.status_code == 200
    page = soup(response)
    summary = page.select_one("#error-summary[role=alert]")
    assert summary.select_one('a[href="#id_themes"]') is not None
    assert page.select_one("#id_themes_error").get_text(strip=True) in summary.get_text()
    assert page.select_one("fieldset#id_themes")["aria-describedby"] == "id_themes_error"
    assert page.select_one("#id_themes_0")["aria-invalid"] == "true"
    assert page.select_one("#id_email")["value"] == "aino@example.fi"
    assert not votes(english).exists() and not Email.objects.exists()


def test_a_theme_of_another_round_is_refused(client, round_page):
    other = make_round(round_page.get_parent(), "Testikierros 2031", themes=("Ruoka",))
    data = ballot(round_page, "Liikunta")
    data["themes"].append(keys(other)["Ruoka"])
    page = soup(client.post(vote_url(round_page), data))
    assert page.select_one("#error-summary") is not None
    assert not votes(round_page).exists()


def test_an_address_too_long_to_store_is_an_error_that_keeps_what_was_typed(client, english):
    email = "a" * 289 + "@example.fi"
    assert len(email) == 300
    response = client.post(vote_url(english, "en"), ballot(english, "Liikunta", email=email))
    assert response.status_code == 200
    page = soup(response)
    assert page.select_one('#error-summary a[href="#id_email"]') is not None
    assert "at most 254 characters" in page.select_one("#id_email_error").get_text()
    assert page.select_one("#id_email")["value"] == email
    assert page.select_one("#id_themes_0").has_attr("checked")
    assert not votes(english).exists() and not Email.objects.exists()


def test_an_address_with_a_control_character_is_refused(client, english):
    response = client.post(
        vote_url(english, "en"), ballot(english, "Liikunta", email='"aino\x0b"@example.fi')
    )
    assert response.status_code == 200
    assert (
        "Remove the line breaks and control characters."
        in soup(response).select_one("#id_email_error").get_text()
    )
    assert not votes(english).exists()


def test_before_the_vote_opens_the_page_says_when_and_refuses_a_vote(client, english):
    move_vote(english, "upcoming")
    opens = RoundPage.objects.get(pk=english.pk).vote_opens_at
    with translation.override("en"):
        when = formats.date_format(timezone.localtime(opens), "DATETIME_FORMAT")
    page = soup(client.get(vote_url(english, "en")))
    assert f"It opens on {when}" in page.select_one(".notice").get_text()
    assert page.select_one("form.vote-form") is None
    response = client.post(vote_url(english, "en"), ballot(english, "Liikunta"))
    assert response.status_code == 409
    assert f"It opens on {when}" in soup(response).select_one("[role=alert]").get_text()
    assert not votes(english).exists() and not Email.objects.exists()


def test_after_the_vote_closes_the_page_says_so_and_refuses_a_vote(client, english):
    move_vote(english, "applications")
    response = client.post(vote_url(english, "en"), ballot(english, "Liikunta"))
    assert response.status_code == 409
    assert "It closed on" in soup(response).select_one("[role=alert]").get_text()
    assert not votes(english).exists() and not Email.objects.exists()


def test_a_draft_or_untranslated_round_has_no_ballot(client, round_page):
    assert client.get(vote_url(round_page, "sv")).status_code == 404, "no Swedish version"
    RoundPage.objects.filter(pk=round_page.pk).update(live=False)
    assert client.get(vote_url(round_page)).status_code == 404


def test_the_honeypot_catches_bots_without_telling_them(client, round_page):
    response = client.post(
        vote_url(round_page), ballot(round_page, "Liikunta", website="http://spam.example")
    )
    assert response.status_code == 302
    assert not votes(round_page).exists() and not Email.objects.exists()


def test_vote_posts_are_rate_limited_and_csrf_protected(client, round_page, settings):
    settings.PUBLIC_FORM_RATE_LIMIT = "2/m"
    for _number in range(2):
        assert client.post(vote_url(round_page), ballot(round_page)).status_code == 200
    assert client.post(vote_url(round_page), ballot(round_page, "Liikunta")).status_code == 429
    assert Client(enforce_csrf_checks=True).post(vote_url(round_page), ballot(round_page)).status_code == 403
    assert not votes(round_page).exists()
