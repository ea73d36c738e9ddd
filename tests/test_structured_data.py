"""Structured data: schema.org Event JSON-LD for sessions, Open Graph and a description on every page."""

import json

import pytest

from tests.factories import make_opportunity
from tests.html import soup

pytestmark = pytest.mark.django_db


def test_an_opportunity_describes_each_session_as_a_schema_org_event(client, pages):
    index = pages["opportunities"]["fi"]
    page = make_opportunity(index, "Tapahtumadata", sessions=[(4, 4), (9, 9)])
    page.title = "Tapahtumadata </script><b>"
    page.save_revision().publish()
    html = soup(client.get(page.url))
    [block] = html.find_all("script", type="application/ld+json")
    events = json.loads(block.string)
    assert [event["@type"] for event in events] == ["Event", "Event"]
    assert {event["startDate"] for event in events} == {s.starts_at.isoformat() for s in page.sessions.all()}
    assert events[0]["name"] == page.title, "the title survives intact, without closing the script element"
    assert events[0]["location"] == {"@type": "Place", "name": "Kirjasto", "address": "Pori"}
    assert events[0]["url"] == page.full_url
    assert "</script><b>" not in block.decode_contents()


def test_every_page_has_open_graph_data_and_a_description(client, pages):
    for home in pages["home"].values():  # the frame's other pages have an introduction already
        home.intro = f"{home.title}: mitä palvelu tarjoaa."
        home.save_revision().publish()
    for key in pages:
        for language in ("fi", "sv", "en"):
            page = pages[key][language]
            html = soup(client.get(page.url))
            og = {tag["property"]: tag["content"] for tag in html.find_all("meta", property=True)}
            assert og["og:title"] and og["og:url"] == page.full_url
            assert og["og:locale"].startswith(language)
            description = html.find("meta", attrs={"name": "description"})
            assert description and description["content"] == page.meta_description, (key, language)
