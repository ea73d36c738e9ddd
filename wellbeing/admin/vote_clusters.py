"""Clusters of votes: many votes from one email domain within a short time, for the working group to check.

Plus addressing on a domain whose rules we do not know (core.email_addresses)
lets one person make many addresses, and so many votes; so does a domain that
accepts mail for any name. Such votes come in bursts from one domain. Each
vote keeps the normal form of its address's domain until the vote closes (see
wellbeing.retention), and this module finds every domain with at least
``min_votes`` votes, confirmed or not, within any ``window``. It shows no
address: the domain, the times and the counts are enough to judge.

A large public provider (gmail.com) shows up in a busy vote too; its share of
all votes helps to tell a popular provider from a burst.
"""

import datetime
from dataclasses import dataclass
from itertools import groupby

from ..models import Vote

WINDOW = datetime.timedelta(hours=1)
MIN_VOTES = 5


@dataclass(frozen=True)
class Cluster:
    domain: str
    votes: int  # votes within the busiest window
    first: datetime.datetime  # the first and the last vote of that window
    last: datetime.datetime
    domain_votes: int  # every vote of the round from the domain
    share: float  # domain_votes as a share of all the round's votes, 0–1


def busiest_window(times, window):
    """(count, first, last) of the window of the given length holding the most of the sorted times."""
    best, start = (0, None, None), 0
    for end, moment in enumerate(times):
        while moment - times[start] > window:
            start += 1
        if end - start + 1 > best[0]:
            best = (end - start + 1, times[start], moment)
    return best


def clusters(round_page, *, min_votes=MIN_VOTES, window=WINDOW):
    """The round's clusters, the largest first; two queries whatever the number of votes."""
    votes = Vote.objects.filter(round=round_page.source)
    total = votes.count()
    rows = (
        votes.exclude(email_domain="")
        .order_by("email_domain", "created_at")
        .values_list("email_domain", "created_at")
        .iterator()
    )
    found = []
    for domain, group in groupby(rows, key=lambda row: row[0]):
        times = [created_at for _domain, created_at in group]
        count, first, last = busiest_window(times, window)
        if count >= min_votes:
            found.append(Cluster(domain, count, first, last, len(times), len(times) / total))
    found.sort(key=lambda cluster: (-cluster.votes, cluster.domain))
    return found
