"""A theme vote counts only once confirmed from the link emailed to the voter, in the voter's language."""

import re

import pytest

from tests.html import soup
from tests.wellbeing_votes.helpers import (
    ballot,
    confirm_by_link,
    confirm_link,
    counted,
    deliver,
    move_vote,
    translate_round,
    vote_url,
    votes,
)
from wellbeing import voting

pytestmark = pytest.mark.django_db
URL = re.compile(r"https?://\S+")


@pytest.fixture
def swedish(round_page):
    return translate_round(round_page, "sv", ["Motion", "Kultur", "Natur"], title="Testomgång 2030")


def test_voting_redirects_to_check_your_email_and_the_vote_does_not_count_yet(client, english):
    response = client.post(vote_url(english, "en"), ballot(english, "Liikunta", "Luonto"))
    assert response.status_code == 302
    page = soup(client.get(response["Location"]))
    assert "counts only once you confirm it" in page.select_one("main").get_text()
    vote = votes(english).get()
    assert (vote.round_id, vote.language, vote.confirmed_at) == (english.source.pk, "en", None)
    assert counted(english) == 0


def test_confirming_from_the_emailed_link_makes_the_vote_count(client, english):
    client.post(vote_url(english, "en"), ballot(english, "Liikunta", "Luonto"))
    response = confirm_by_link(client, confirm_link(deliver()[0]))
    assert "Your vote is confirmed and counts" in soup(response).select_one("[role=status]").get_text()
    results = voting.results(english)
    assert results.voters == 1
    assert [(theme.name, theme.votes) for theme in results.themes] == [
        ("Sport", 1),
        ("Nature", 1),
        ("Culture", 0),
    ]


def test_opening_the_confirm_link_shows_the_vote_and_changes_nothing(client, english):
    client.post(vote_url(english, "en"), ballot(english, "Kulttuuri"))
    response = client.get(confirm_link(deliver()[0]))
    assert response.status_code == 200
    page = soup(response)
    assert [item.get_text() for item in page.select("main ul li")] == ["Culture"]
    assert page.select_one("form.confirm-form button") is not None
    assert votes(english).get().confirmed_at is None


def test_token_pages_keep_their_address_to_this_site_and_out_of_caches(client, round_page):
    client.post(vote_url(round_page), ballot(round_page, "Kulttuuri"))
    link = confirm_link(deliver()[0])
    for response in (client.get(link), confirm_by_link(client, link)):
        assert response["Referrer-Policy"] == "same-origin"
        assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize("phase", ["upcoming", "applications"])
def test_a_vote_can_be_confirmed_only_while_the_vote_is_open(client, english, phase):
    client.post(vote_url(english, "en"), ballot(english, "Liikunta"))
    link = confirm_link(deliver()[0])
    move_vote(english, phase)
    assert soup(client.get(link)).select_one("form.confirm-form") is None
    page = soup(confirm_by_link(client, link))
    assert "this vote was not counted" in page.select_one("[role=alert]").get_text()
    assert votes(english).get().confirmed_at is None
    assert counted(english) == 0


def test_an_unknown_confirm_link_says_it_is_not_valid_and_changes_nothing(client, round_page):
    client.post(vote_url(round_page), ballot(round_page, "Liikunta"))
    link = confirm_link(deliver()[0])
    tampered = link[:-1] + ("1" if link.endswith("0") else "0")
    assert client.get(tampered).status_code == 404
    response = confirm_by_link(client, tampered)
    assert response.status_code == 404
    assert response["Referrer-Policy"] == "same-origin"
    assert votes(round_page).get().confirmed_at is None


def test_the_email_is_in_the_voters_language_and_no_url_carries_the_address(client, swedish):
    response = client.post(vote_url(swedish, "sv"), ballot(swedish, "Liikunta", email="Aino@Example.fi"))
    assert "aino" not in response["Location"].lower()
    [message] = deliver()
    assert message.to == ["Aino@Example.fi"], "the address as typed"
    assert "Testomgång 2030" in message.subject and "Testikierros" not in message.body
    assert "- Motion" in message.body and "Liikunta" not in message.body
    link = confirm_link(message)
    assert "/sv/" in link
    assert all("aino" not in url.lower() for url in URL.findall(message.body))
    assert "aino" not in message.body.lower(), "the address is the recipient, not the content"
    page = soup(client.get(link))
    assert [item.get_text() for item in page.select("main ul li")] == ["Motion"]
