"""Opportunity status, the catalogue's filters, order and paging, and the language switch keeping filters."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from django.utils.formats import date_format
from wagtail.models import Locale

from demo import data as demo_data
from projects.choices import Status
from projects.listing import PER_PAGE, FilterForm
from projects.models import Audience, CityArea, OpportunityPage, OpportunitySession, Topic
from projects.status import status_of
from tests.factories import NOW, days, make_opportunity, make_round
from tests.html import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(pages):
    """The Finnish catalogue, which lists opportunities, rounds and councils' calls: empty in the frame,
    so a test sees only what it adds."""
    index = pages["opportunities"]["fi"]
    assert not index.get_children().exists()
    return index


def _titles(response):
    return [a.get_text() for a in soup(response).select(".card__title a")]


CASES = {
    "open with a session ahead": ({"sessions": [(5, 5)], "opens": -3, "closes": 4}, Status.OPEN),
    "open with no deadline": ({"sessions": [(5, 5)]}, Status.OPEN),
    "upcoming before it opens": ({"sessions": [(20, 20)], "opens": 3, "closes": 15}, Status.UPCOMING),
    "ongoing after sign-up closed": ({"sessions": [(-5, 30)], "opens": -20, "closes": -6}, Status.ONGOING),
    "closed when all is over": ({"sessions": [(-10, -10)], "opens": -30, "closes": -12}, Status.CLOSED),
    "closed survey past its deadline": ({"opens": -30, "closes": -1}, Status.CLOSED),
    "open survey without sessions": ({"opens": -3, "closes": 10}, Status.OPEN),
}


@pytest.mark.parametrize("case", CASES)
def test_status_is_derived_from_dates(catalogue, case):
    fields, expected = CASES[case]
    page = make_opportunity(catalogue, case.title(), **fields)
    assert page.status == expected


def test_the_database_status_filter_agrees_with_the_page_status(catalogue):
    pages = [make_opportunity(catalogue, case.title(), **fields) for case, (fields, _s) in CASES.items()]
    ours = OpportunityPage.objects.filter(pk__in=[page.pk for page in pages])
    for status in Status:
        in_database = set(ours.in_status(status, now=NOW).values_list("pk", flat=True))
        assert in_database == {page.pk for page in pages if status_of(page, NOW) == status}, status
        others = set(ours.exclude_status(status, now=NOW).values_list("pk", flat=True))
        assert others == {page.pk for page in pages} - in_database, status


def test_the_catalogue_lists_soonest_first_and_closed_last(catalogue, client):
    make_opportunity(catalogue, "Later", sessions=[(30, 30)])
    make_opportunity(catalogue, "Past", sessions=[(-10, -10)], closes=-11)
    make_opportunity(catalogue, "Soon", sessions=[(2, 2)])
    make_opportunity(catalogue, "Deadline", opens=-1, closes=10)
    assert _titles(client.get(catalogue.url)) == ["Soon", "Deadline", "Later", "Past"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"method": "survey"}, ["Survey"]),
        ({"status": "closed"}, ["Past workshop"]),
        ({"status": "upcoming"}, ["Upcoming dialogue"]),
        ({"area": "test-reposaari"}, ["Survey", "Upcoming dialogue"]),
        ({"topic": "test-environment", "area": "test-reposaari"}, ["Survey"]),
        ({"method": "pop-up"}, []),
    ],
)
def test_filters(catalogue, client, query, expected):
    environment = Topic.objects.create(name="Ympäristö", slug="test-environment", locale=catalogue.locale)
    reposaari = CityArea.objects.create(name="Reposaari", slug="test-reposaari", locale=catalogue.locale)
    make_opportunity(
        catalogue, "Survey", method="survey", opens=-1, closes=5, topics=[environment], areas=[reposaari]
    )
    make_opportunity(
        catalogue, "Upcoming dialogue", method="dialogue", sessions=[(9, 9)], opens=3, areas=[reposaari]
    )
    make_opportunity(catalogue, "Past workshop", sessions=[(-9, -9)], closes=-10, topics=[environment])
    response = client.get(catalogue.url, query)
    assert response.status_code == 200
    assert sorted(_titles(response)) == sorted(expected)
    page = soup(response)
    status = page.find(attrs={"role": "status"}).get_text()
    assert status.startswith(str(len(expected)))
    if not expected:
        assert "Try removing a filter" in page.main.get_text() or "Kokeile" in page.main.get_text()


def test_filters_keep_their_values_in_the_form(catalogue, client):
    page = soup(client.get(catalogue.url, {"method": "survey", "status": "open"}))
    assert page.find("select", attrs={"name": "method"}).find("option", selected=True)["value"] == "survey"
    assert page.find("select", attrs={"name": "status"}).find("option", selected=True)["value"] == "open"


def test_an_unknown_filter_value_shows_everything_without_an_error(catalogue, client):
    make_opportunity(catalogue, "Survey", method="survey", opens=-1, closes=5)
    response = client.get(catalogue.url, {"method": "<script>", "status": "nonsense"})
    assert response.status_code == 200
    assert _titles(response) == ["Survey"]


def test_results_are_paginated_with_a_count(catalogue, client):
    for number in range(PER_PAGE + 2):
        make_opportunity(catalogue, f"Workshop {number:02d}", sessions=[(number + 1, number + 1)])
    first = client.get(catalogue.url, {"method": "workshop"})
    second = client.get(catalogue.url, {"method": "workshop", "page": 2})
    assert len(_titles(first)) == PER_PAGE
    assert len(_titles(second)) == 2
    assert soup(first).find(attrs={"role": "status"}).get_text().startswith(str(PER_PAGE + 2))
    assert (
        soup(first).select_one(".pagination a")["href"] == "?method=workshop&page=2#results"
    )  # the next page opens at its results


def test_a_language_switch_keeps_the_filters(client, pages):
    index = pages["opportunities"]["fi"]
    page = soup(client.get(index.url, {"area": "reposaari", "status": "open"}))
    links = {a["lang"]: a["href"] for a in page.find("nav", class_="language-switcher").find_all("a")}
    swedish = pages["opportunities"]["sv"]
    assert links["sv"] == f"{swedish.url}?area=reposaari&status=open"


def _count_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


def test_home_and_catalogue_queries_do_not_grow_with_opportunities(catalogue, client):
    home = catalogue.get_parent().specific
    area = CityArea.objects.create(name="Keskusta", slug="test-keskusta", locale=catalogue.locale)
    topic = Topic.objects.create(name="Kulttuuri", slug="test-culture", locale=catalogue.locale)

    def add(count, start):
        for number in range(start, start + count):
            make_opportunity(
                catalogue,
                f"Opportunity {number:03d}",
                sessions=[(number % 20 + 1, number % 20 + 1)],
                areas=[area],
                topics=[topic],
            )

    searched = f"{catalogue.url}?q=Opportunity&area=test-keskusta"
    add(5, 0)
    few = [_count_queries(client, url) for url in (home.url, catalogue.url, searched)]
    add(55, 5)
    many = [_count_queries(client, url) for url in (home.url, catalogue.url, searched)]
    assert few == many
    assert max(many) <= 30


def test_a_search_narrows_the_filtered_catalogue(catalogue, client):
    reposaari = CityArea.objects.create(name="Reposaari", slug="test-reposaari", locale=catalogue.locale)
    in_reposaari = {"areas": [reposaari]}
    make_opportunity(catalogue, "Reposaaren linnoitus", method="workshop", sessions=[(3, 3)], **in_reposaari)
    make_opportunity(catalogue, "Linnoituksen kysely", method="survey", opens=-1, closes=5, **in_reposaari)
    make_opportunity(catalogue, "Linnoitus keskustassa", method="workshop", sessions=[(4, 4)])
    response = client.get(catalogue.url, {"q": "linnoitus", "area": "test-reposaari", "method": "workshop"})
    assert _titles(response) == ["Reposaaren linnoitus"]
    form = soup(response).select_one("form.filters")
    assert form.find("input", attrs={"name": "q"})["value"] == "linnoitus"
    assert form.find("label", attrs={"for": "id_q"})


def test_a_search_keeps_the_catalogue_order_and_answers_in_the_visitors_language(catalogue, client):
    make_opportunity(catalogue, "Myöhempi linnoitus", sessions=[(9, 9)])
    make_opportunity(catalogue, "Aiempi linnoitus", sessions=[(2, 2)])
    found = _titles(client.get(catalogue.url, {"q": "linnoitus"}))
    assert found == ["Aiempi linnoitus", "Myöhempi linnoitus"]
    swedish = catalogue.get_translation(Locale.objects.get(language_code="sv"))
    assert _titles(client.get(swedish.url, {"q": "linnoitus"})) == []


@pytest.mark.skipif(connection.vendor != "postgresql", reason="stemming is PostgreSQL's")
def test_an_inflected_word_finds_opportunities_in_the_catalogue(catalogue, client):
    make_opportunity(catalogue, "Linnoituksen työpaja", sessions=[(3, 3)])
    assert _titles(client.get(catalogue.url, {"q": "työpajoihin"})) == ["Linnoituksen työpaja"]


def test_a_search_that_finds_nothing_says_so(catalogue, client):
    make_opportunity(catalogue, "Linnoitus", sessions=[(3, 3)])
    page = soup(client.get(catalogue.url, {"q": "xyzzy"}))
    assert page.find(attrs={"role": "status"}).get_text().startswith("0")
    assert "Kokeile" in page.main.get_text()


def test_open_items_come_first_then_upcoming_ongoing_and_closed(catalogue, client):
    make_opportunity(catalogue, "Closed long ago", sessions=[(-30, -30)], closes=-31)
    make_opportunity(catalogue, "Closed recently", sessions=[(-3, -3)], closes=-4)
    make_opportunity(catalogue, "Ongoing to day 30", sessions=[(-5, 30)], opens=-20, closes=-6)
    make_opportunity(catalogue, "Ongoing to day 10", sessions=[(-5, 10)], opens=-20, closes=-6)
    make_opportunity(catalogue, "Opens in 8 days", sessions=[(9, 9)], opens=8)
    make_opportunity(catalogue, "Opens in 3 days", sessions=[(25, 25)], opens=3, closes=15)
    make_opportunity(catalogue, "Open continuously", method="online-elsewhere")
    make_opportunity(catalogue, "Open until day 40", method="survey", opens=-1, closes=40)
    make_opportunity(catalogue, "Open with a session on day 2", sessions=[(2, 2)])
    assert _titles(client.get(catalogue.url)) == [
        # Open now: the soonest date first, with no date at all last among them.
        "Open with a session on day 2",
        "Open until day 40",
        "Open continuously",
        # Upcoming: the soonest to open first, whenever its session is.
        "Opens in 3 days",
        "Opens in 8 days",
        # Ongoing (taking part has closed): ending soonest first.
        "Ongoing to day 10",
        "Ongoing to day 30",
        # Closed: the most recently ended first.
        "Closed recently",
        "Closed long ago",
    ]


def test_what_is_open_now_is_on_the_first_page_ahead_of_many_upcoming_events(catalogue, client):
    for number in range(PER_PAGE + 3):
        make_opportunity(catalogue, f"Upcoming {number:02d}", sessions=[(number + 2, number + 2)], opens=1)
    make_round(catalogue, "Hyvinvointiraha", phase="vote")
    make_opportunity(catalogue, "Kuntalaisaloite", method="online-elsewhere")
    first = _titles(client.get(catalogue.url))
    assert first[:3] == ["Hyvinvointiraha", "Kuntalaisaloite", "Upcoming 00"]
    second = _titles(client.get(catalogue.url, {"page": 2}))
    assert len(set(first + second)) == PER_PAGE + 5
    assert second[-1] == "Upcoming 14"


def test_the_order_holds_after_filtering_and_costs_no_query_per_page(catalogue, client):
    def add(count, start):
        for number in range(start, start + count):
            make_opportunity(
                catalogue, f"Upcoming {number:03d}", sessions=[(number + 2, number + 2)], opens=1
            )
            make_opportunity(catalogue, f"Open {number:03d}", sessions=[(number + 2, number + 2)])
            make_opportunity(
                catalogue, f"Past {number:03d}", sessions=[(-number - 2, -number - 2)], closes=-50
            )

    url = f"{catalogue.url}?method=workshop&page=2"
    add(3, 0)
    few = _count_queries(client, url)
    add(20, 3)
    assert _count_queries(client, url) == few
    titles = _titles(client.get(url))
    assert titles == [f"Open {number:03d}" for number in range(PER_PAGE, 23)] + [
        f"Upcoming {number:03d}" for number in range(0, 2 * PER_PAGE - 23)
    ]


def _meta(response, title):
    card = next(card for card in soup(response).select(".card") if card.h3.get_text(strip=True) == title)
    return [span.get_text(" ", strip=True) for span in card.select(".card__meta > span")]


def _date(offset, hour=12):
    with translation.override("en"):
        return date_format(timezone.localtime(days(offset, hour)), "DATE_FORMAT")


def test_cards_say_what_each_date_is(pages, client):
    english = pages["opportunities"]["en"]
    make_opportunity(english, "Workshop", sessions=[(5, 5), (12, 12)], opens=-1, closes=3)
    make_opportunity(english, "Survey", method="survey", opens=-1, closes=10)
    make_opportunity(english, "Grant", method="grant", opens=-1, closes=20)
    make_opportunity(english, "Initiative", method="online-elsewhere")
    make_opportunity(english, "Hearing", method="hearing", sessions=[(20, 20)], opens=3, closes=15)
    make_opportunity(english, "Pilot", method="pilot", sessions=[(-5, 30)], opens=-20, closes=-6)
    make_opportunity(english, "Walk", sessions=[(-10, -10)], closes=-11)
    response = client.get(english.url)
    assert _meta(response, "Workshop") == [
        "Open now",
        "Workshop",
        f"Next session {_date(5, 17)}",
        f"Sign-up closes {_date(3)}",
    ]
    assert _meta(response, "Survey") == ["Open now", "Survey", f"Respond by {_date(10)}"]
    assert _meta(response, "Grant") == ["Open now", "Grant", f"Apply by {_date(20)}"]
    assert _meta(response, "Initiative") == ["Open now", "Online on another service", "No deadline"]
    assert _meta(response, "Hearing") == [
        "Upcoming",
        "Hearing",
        f"Opens {_date(3)}",
        f"Next session {_date(20, 17)}",
        f"Sign-up closes {_date(15)}",
    ]
    assert _meta(response, "Pilot") == ["Ongoing", "Pilot or experiment", f"Until {_date(30, 19)}"]
    assert _meta(response, "Walk") == ["Closed", "Workshop", f"Ended {_date(-10, 19)}"]
    card = next(card for card in soup(response).select(".card") if card.h3.get_text(strip=True) == "Survey")
    assert card.select_one("time")["datetime"] == days(10).isoformat()


def test_a_cancelled_session_is_not_the_next_one(catalogue, client):
    page = make_opportunity(catalogue, "Workshop", sessions=[(3, 3), (9, 9)])
    OpportunitySession.objects.filter(page=page, starts_at=days(3, 17)).update(cancelled=True)
    [next_session] = soup(client.get(catalogue.url)).select(".card__meta time")
    assert next_session["datetime"] == days(9, 17).isoformat()


def test_the_filter_form_takes_the_visitor_to_the_focusable_results_heading(catalogue, client):
    page = soup(client.get(catalogue.url, {"status": "open"}))
    form = page.select_one("form.filters")
    assert form["method"] == "get"
    target = form["action"].split("#", 1)[1]
    heading = page.find(id=target)
    assert heading.name == "h2" and heading["tabindex"] == "-1"
    assert heading.find_parent("section")["aria-labelledby"] == target
    assert form.find_next("section") is heading.find_parent("section")


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_every_filter_has_its_own_all_option_and_no_option_appears_twice(pages, client, language):
    """With the demo's terms, whose audiences include one meaning "everyone"."""
    index = pages["opportunities"][language]
    content = demo_data.load()
    for model, specs in ((Topic, content.topics), (CityArea, content.areas), (Audience, content.audiences)):
        for spec in specs:
            model.objects.create(locale=index.locale, slug=spec["slug"], name=spec["name"][language])
    page = soup(client.get(index.url))
    empty_labels = []
    for select in page.select("form.filters select"):
        options = [option.get_text(strip=True) for option in select.find_all("option")]
        assert len(options) == len(set(options)), options
        empty_labels.append(select.find("option", value="").get_text(strip=True))
    assert len(empty_labels) == 5
    assert len(set(empty_labels)) == 5, empty_labels
    with translation.override(language):
        assert empty_labels == [str(label) for label in FilterForm.EMPTY_CHOICES.values()]
