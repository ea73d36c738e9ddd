"""Counting the theme vote: one mailbox has one counted vote at most; the results count people and themes."""

import threading

import pytest
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from tests.concurrency import committed_catalogue, postgresql_only
from tests.factories import make_round
from tests.html import soup
from tests.wellbeing_votes.helpers import (
    as_if_cast_long_ago,
    ballot,
    confirm_by_link,
    confirm_link,
    counted,
    deliver,
    keys,
    vote_url,
    votes,
)
from wellbeing import voting
from wellbeing.models import RoundPage, Vote

# --- One mailbox, one vote ----------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_same_mailbox_counts_once_whatever_its_spelling(client, english):
    spellings = ["aino.asukas@example.fi", "Aino.Asukas@Example.FI", '"aino.asukas"@example.fi']
    spellings += ["ainoasukas@gmail.com", "Aino.Asukas+pori@googlemail.com"]
    for email in spellings:
        client.post(vote_url(english, "en"), ballot(english, "Liikunta", email=email))
        as_if_cast_long_ago(english)
    sent = deliver()
    assert sorted(message.to[0] for message in sent) == sorted(spellings), "each to the address as typed"
    by_address = {message.to[0]: confirm_link(message) for message in sent}
    for first in ("aino.asukas@example.fi", "ainoasukas@gmail.com"):
        response = confirm_by_link(client, by_address.pop(first))
        assert "Your vote is confirmed and counts" in soup(response).select_one("[role=status]").get_text()
    for link in by_address.values():
        response = confirm_by_link(client, link)
        alert = soup(response).select_one("[role=alert]").get_text()
        assert "already counts" in alert and "This vote was not counted" in alert
    assert counted(english) == 2, "one vote for the example.fi mailbox, one for the Gmail one"
    assert voting.results(english).themes[0].votes == 2


@pytest.mark.django_db
def test_the_answer_is_the_same_whether_or_not_the_address_has_voted(client, round_page):
    url = vote_url(round_page)
    first = client.post(url, ballot(round_page, "Luonto"))
    confirm_by_link(client, confirm_link(deliver()[0]))
    again = client.post(url, ballot(round_page, "Luonto"))
    assert (first.status_code, first["Location"]) == (again.status_code, again["Location"])


@pytest.mark.django_db
def test_a_plus_address_at_another_domain_is_mailed_as_typed_and_is_a_mailbox_of_its_own(client, round_page):
    for email in ("john+smith@company.example", "john@company.example"):
        client.post(vote_url(round_page), ballot(round_page, "Luonto", email=email))
    sent = deliver()
    assert sorted(message.to[0] for message in sent) == ["john+smith@company.example", "john@company.example"]
    for message in sent:
        confirm_by_link(client, confirm_link(message))
    assert counted(round_page) == 2, "company.example may well give john+smith a mailbox of its own"


@pytest.mark.django_db
def test_each_vote_keeps_the_typed_address_and_the_normal_domain(client, round_page):
    client.post(vote_url(round_page), ballot(round_page, "Luonto", email="Aino.Asukas+x@GoogleMail.com"))
    vote = votes(round_page).get()
    assert (vote.email, vote.email_domain) == ("Aino.Asukas+x@GoogleMail.com", "gmail.com")


@pytest.mark.django_db
def test_voting_again_within_ten_minutes_sends_no_second_email_and_says_the_same(client, round_page):
    url = vote_url(round_page)
    first = client.post(url, ballot(round_page, "Luonto", email="aino@example.fi"))
    again = client.post(url, ballot(round_page, "Kulttuuri", email="AINO@example.fi"))
    assert (first.status_code, first["Location"]) == (again.status_code, again["Location"])
    assert len(deliver()) == 1 and votes(round_page).count() == 1
    as_if_cast_long_ago(round_page)
    client.post(url, ballot(round_page, "Kulttuuri", email="aino@example.fi"))
    assert len(deliver()) == 2, "after ten minutes the address gets a new link"


# --- Results ------------------------------------------------------------------------------------------


def _cast_and_confirm(page, count):
    for number in range(count):
        vote = voting.cast(
            page, email=f"asukas{number}@example.fi", theme_keys=[keys(page)["Luonto"]], language="fi"
        )
        voting.confirm(vote)


def _render_results(results):
    with translation.override("en"):
        return render_to_string("wellbeing/includes/vote_results.html", {"vote_results": results}).encode()


@pytest.mark.django_db
def test_results_count_people_and_themes_most_votes_first(english):
    themes = keys(english)
    for number, chosen in enumerate([["Luonto"], ["Luonto", "Kulttuuri"], ["Luonto"], ["Kulttuuri"]]):
        vote = voting.cast(
            english,
            email=f"asukas{number}@example.fi",
            theme_keys=[themes[name] for name in chosen],
            language="en",
        )
        if number < 3:
            voting.confirm(vote)
    results = voting.results(english)
    assert results.voters == 3
    assert [(theme.name, theme.votes) for theme in results.themes] == [
        ("Nature", 3),
        ("Culture", 1),
        ("Sport", 0),
    ], "an unconfirmed vote is not counted"
    html = soup(type("Response", (), {"content": _render_results(results)}))
    assert "3 people voted." in html.get_text()
    assert html.select_one("table caption") is not None
    assert [row.th.get_text() for row in html.select("tbody tr")] == ["Nature", "Culture", "Sport"]


@pytest.mark.django_db
def test_results_take_the_same_few_queries_for_3_or_30_votes(round_page):
    other = make_round(round_page.get_parent(), "Testikierros 2031")
    _cast_and_confirm(round_page, 3)
    _cast_and_confirm(other, 30)
    round_page, other = RoundPage.objects.get(pk=round_page.pk), RoundPage.objects.get(pk=other.pk)
    with CaptureQueriesContext(connection) as few:
        assert voting.results(round_page).voters == 3
    with CaptureQueriesContext(connection) as many:
        assert voting.results(other).voters == 30
    assert len(few) == len(many) <= 4


# --- Two confirmations at once (PostgreSQL) ------------------------------------------------------------


@pytest.fixture
def committed_round():
    """A round in committed data, for a test whose threads need their own connections."""
    return make_round(committed_catalogue())


@postgresql_only
@pytest.mark.django_db(transaction=True)
def test_two_links_of_one_mailbox_confirmed_at_once_count_once(committed_round):
    page = committed_round
    theme = [keys(page)["Liikunta"]]
    pending = []
    for email in ("aino@gmail.com", "AINO+toinen@gmail.com"):
        pending.append(voting.cast(page, email=email, theme_keys=theme, language="fi"))
        as_if_cast_long_ago(page)
    barrier = threading.Barrier(2)
    outcomes, errors = [], []

    def run(vote):
        try:
            barrier.wait()
            outcomes.append(voting.confirm(Vote.objects.select_related("round").get(pk=vote.pk)))
        except Exception as error:  # collected and asserted below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(vote,)) for vote in pending]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(outcome.value for outcome in outcomes) == ["counted", "other-vote-counts"]
    assert votes(page).filter(confirmed_at__isnull=False).count() == 1
    assert counted(page) == 1
