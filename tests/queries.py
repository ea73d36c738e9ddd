"""Counting the SQL queries of one request."""

from django.db import connection
from django.test.utils import CaptureQueriesContext


def queries(client, url):
    """How many SQL queries a GET of the url runs (it must answer 200)."""
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200, url
    return len(captured)
