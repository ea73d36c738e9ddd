"""iCalendar feeds: upcoming sessions, per opportunity, per council, per session; stable UIDs, live only."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from icalendar import Calendar

from projects.models import OpportunityIndexPage, OpportunityPage, OpportunitySession
from tests.factories import make_opportunity, misc
from tests.html import soup

pytestmark = pytest.mark.django_db


def _events(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return {str(event["UID"]): event for event in Calendar.from_ical(response.content).walk("VEVENT")}


def _url(name, language="fi", **kwargs):
    with translation.override(language):
        return reverse(f"calendars:{name}", kwargs=kwargs)


def _uid(session):
    return f"session-{session.translation_key}@osallistu.pori.fi"


def test_the_feed_lists_upcoming_live_sessions_of_the_language(client, demo_site):
    kept = misc.workshop("Kalenterin työpaja", sessions=[(3, 3), (5, 5), (8, 8), (-10, -10)])
    misc.workshop("Toinen kalenterin työpaja", sessions=[(10, 10), (12, 12)])
    misc.workshop("Vanha työpaja", sessions=[(-40, -40)])
    misc.workshop("Vain suomeksi", sessions=[(4, 4)], languages=())
    misc.workshop("Luonnos", sessions=[(6, 6)])["sv"].unpublish()
    events = _events(client.get(_url("upcoming", "sv")))
    live = OpportunitySession.objects.filter(
        locale__language_code="sv",
        page__live=True,
        ends_at__gte=timezone.now() - datetime.timedelta(days=30),
    )
    assert set(events) == {_uid(session) for session in live}
    titles = {str(event["SUMMARY"]) for event in events.values()}
    assert len(events) == 6 and titles == {"Kalenterin työpaja (sv)", "Toinen kalenterin työpaja (sv)"}
    sample = kept["sv"].sessions.get(starts_at__lt=timezone.now())  # ended, still kept a while
    event = events[_uid(sample)]
    assert str(event["URL"]).endswith(kept["sv"].url)
    assert "/sv/" in str(event["URL"])
    assert sample.venue in str(event["LOCATION"])


def test_drafts_never_appear(client, demo_site):
    index = OpportunityIndexPage.objects.get(locale__language_code="fi")
    page = make_opportunity(index, "Luonnostyöpaja", sessions=[(4, 4)])
    key = _uid(page.sessions.get())
    assert key in _events(client.get(_url("upcoming")))
    page.unpublish()
    assert key not in _events(client.get(_url("upcoming")))
    assert client.get(_url("opportunity", page_key=page.translation_key)).status_code == 404


def test_an_opportunity_feed_holds_its_own_sessions_with_the_uid_of_the_emails(client, demo_site):
    page = misc.workshop("Oma kalenteri", sessions=[(3, 3), (9, 9)], languages=())["fi"]
    misc.workshop("Muu kalenteri", sessions=[(4, 4)], languages=())
    events = _events(client.get(_url("opportunity", page_key=page.translation_key)))
    assert set(events) == {_uid(session) for session in page.sessions.all()}
    assert len(events) == 2


def test_a_council_feed_holds_the_sessions_of_its_calls(client, pages):
    elderly = misc.council_call(pages["elderly"]["fi"], "Vanhusneuvoston kutsu", sessions=[3, 6])["en"]
    misc.council_call(pages["youth"]["fi"], "Nuorisovaltuuston kutsu", sessions=[4])
    misc.workshop("Luettelon työpaja", sessions=[(5, 5)])
    expected = OpportunitySession.objects.filter(
        page__in=OpportunityPage.objects.live().descendant_of(pages["elderly"]["en"])
    )
    events = _events(client.get(_url("council", "en", council="elderly")))
    assert set(events) == {_uid(s) for s in expected}
    assert set(events) == {_uid(s) for s in elderly.sessions.all()} and len(events) == 2
    assert client.get(_url("council", council="nobody")).status_code == 404


def test_every_session_has_an_add_to_calendar_link(client, demo_site):
    page = misc.workshop("Linkkityöpaja", sessions=[(3, 3), (9, 9)], languages=())["fi"]
    html = soup(client.get(page.url))
    assert page.sessions.count() == 2
    for session in page.sessions.all():
        link = html.select_one(f'a[href="{_url("session", session_key=session.translation_key)}"]')
        assert link is not None
        assert len(_events(client.get(link["href"]))) == 1
