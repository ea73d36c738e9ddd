"""The working group's view of clusters of votes: many votes from one email domain within an hour.

Requests go through the test client as signed-in staff (password and TOTP).
"""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format

from tests.factories import make_round
from tests.factories.wellbeing_admin import VoteAtFactory
from tests.html import soup
from tests.wellbeing_admin.helpers import VOTES, signed_in_outsiders
from wellbeing.admin import vote_clusters

pytestmark = pytest.mark.django_db


@pytest.fixture
def voting_round(pages):
    return make_round(pages["opportunities"]["fi"], "Äänestyskierros", phase="vote")


def _cast(round_page, domain, count, *, every, start):
    """``count`` votes from the domain, one every ``every``, as if cast from ``start`` on; half confirmed."""
    for number in range(count):
        VoteAtFactory(
            round=round_page,
            email=f"aanestaja{number}@{domain}",
            confirmed_at=timezone.now() if number % 2 else None,
            created_at=start + every * number,
        )


def _clusters(response):
    rows = soup(response).select("#vote-clusters tbody tr")
    return [[cell.get_text(strip=True) for cell in row.select("th, td")] for row in rows]


def test_the_cluster_view_lists_domains_with_many_votes_within_an_hour(member, voting_round):
    start = timezone.now() - datetime.timedelta(days=2)
    _cast(voting_round, "burst.example", 6, every=datetime.timedelta(minutes=10), start=start)
    _cast(voting_round, "spread.example", 6, every=datetime.timedelta(hours=2), start=start)
    _cast(voting_round, "gmail.com", 3, every=datetime.timedelta(minutes=1), start=start)
    url = reverse("wellbeing_votes:clusters", args=[voting_round.pk])
    response = member.get(url)
    assert response.status_code == 200
    [burst] = _clusters(response)
    assert burst[0] == "burst.example" and burst[1] == "6"
    assert burst[4] == "6" and burst[5] == "40\xa0%", "6 of the round's 15 votes"
    with translation.override("fi"):
        first = date_format(timezone.localtime(start), "SHORT_DATETIME_FORMAT")
        last = date_format(
            timezone.localtime(start + datetime.timedelta(minutes=50)), "SHORT_DATETIME_FORMAT"
        )
    assert (burst[2], burst[3]) == (first, last)
    assert "aanestaja" not in response.content.decode(), "no address is shown"
    lower = _clusters(member.get(url, {"min_votes": "3"}))
    assert [row[0] for row in lower] == ["burst.example", "gmail.com"]


def test_the_cluster_view_is_reached_from_the_menu_through_the_rounds(member, voting_round):
    assert VOTES in member.get("/admin/").content.decode()
    listing = soup(member.get(VOTES))
    link = reverse("wellbeing_votes:clusters", args=[voting_round.pk])
    assert listing.select_one(f'a[href="{link}"]').get_text() == "Äänestyskierros"


def test_other_staff_do_not_see_the_votes(voting_round):
    for outsider in signed_in_outsiders():
        assert VOTES not in outsider.get("/admin/").content.decode()
        for url in (VOTES, reverse("wellbeing_votes:clusters", args=[voting_round.pk])):
            assert outsider.get(url).status_code in (302, 403), url


def test_the_busiest_window_includes_votes_exactly_an_hour_apart():
    start = timezone.now()
    times = [start, start + datetime.timedelta(minutes=30), start + datetime.timedelta(hours=1)]
    times.append(start + datetime.timedelta(hours=1, seconds=1))
    assert vote_clusters.busiest_window(times, vote_clusters.WINDOW) == (3, times[0], times[2])
