"""iCalendar feeds: upcoming sessions, per opportunity, per council, per session; stable UIDs, live only."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from icalendar import Calendar

from networks.models import NetworkPage
from projects.models import OpportunityIndexPage, OpportunityPage, OpportunitySession
from tests.factories import make_opportunity
from tests.html import soup

pytestmark = pytest.mark.django_db


def _events(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return {str(event["UID"]): event for event in Calendar.from_ical(response.content).walk("VEVENT")}


def _with_sessions():
    return OpportunityPage.objects.filter(
        locale__language_code="fi", sessions__isnull=False, live=True
    ).first()


def _url(name, language="fi", **kwargs):
    with translation.override(language):
        return reverse(f"calendars:{name}", kwargs=kwargs)


def test_the_feed_lists_upcoming_live_sessions_of_the_language(client, demo_site):
    events = _events(client.get(_url("upcoming", "sv")))
    live = OpportunitySession.objects.filter(
        locale__language_code="sv",
        page__live=True,
        ends_at__gte=timezone.now() - datetime.timedelta(days=30),
    )
    assert set(events) == {f"session-{session.translation_key}@osallistu.pori.fi" for session in live}
    assert len(events) >= 5
    sample = live.select_related("page").first()
    event = events[f"session-{sample.translation_key}@osallistu.pori.fi"]
    assert str(event["URL"]).endswith(sample.page.url)
    assert "/sv/" in str(event["URL"])
    assert sample.venue in str(event["LOCATION"])


def test_drafts_never_appear(client, demo_site):
    index = OpportunityIndexPage.objects.get(locale__language_code="fi")
    page = make_opportunity(index, "Luonnostyöpaja", sessions=[(4, 4)])
    key = f"session-{page.sessions.get().translation_key}@osallistu.pori.fi"
    assert key in _events(client.get(_url("upcoming")))
    page.unpublish()
    assert key not in _events(client.get(_url("upcoming")))
    assert client.get(_url("opportunity", page_key=page.translation_key)).status_code == 404


def test_an_opportunity_feed_holds_its_own_sessions_with_the_uid_of_the_emails(client, demo_site):
    page = OpportunityPage.objects.filter(
        locale__language_code="fi", sessions__isnull=False, live=True
    ).first()
    events = _events(client.get(_url("opportunity", page_key=page.translation_key)))
    assert set(events) == {f"session-{s.translation_key}@osallistu.pori.fi" for s in page.sessions.all()}


def test_a_council_feed_holds_the_sessions_of_its_calls(client, demo_site):
    elderly = NetworkPage.objects.get(council="elderly", locale__language_code="en")
    expected = OpportunitySession.objects.filter(
        page__in=OpportunityPage.objects.live().descendant_of(elderly)
    )
    events = _events(client.get(_url("council", "en", council="elderly")))
    assert set(events) == {f"session-{s.translation_key}@osallistu.pori.fi" for s in expected}
    assert events
    assert client.get(_url("council", council="nobody")).status_code == 404


def test_every_session_has_an_add_to_calendar_link(client, demo_site):
    page = OpportunityPage.objects.filter(
        locale__language_code="fi", sessions__isnull=False, live=True
    ).first()
    html = soup(client.get(page.url))
    for session in page.sessions.all():
        link = html.select_one(f'a[href="{_url("session", session_key=session.translation_key)}"]')
        assert link is not None
        assert len(_events(client.get(link["href"]))) == 1
