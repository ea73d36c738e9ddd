"""The wellbeing round's results as residents read them: which themes the vote chose, how the sum
granted relates to the round's budget, and tables that a phone can show."""

import re
from decimal import Decimal

import pytest
from django.template.loader import render_to_string
from django.utils import translation

from tests.factories import make_round, translate_page
from tests.factories.wellbeing import ApplicationFactory, VoteFactory
from tests.html import soup
from wellbeing import voting
from wellbeing.models import ApplicantType, Application, Theme

pytestmark = pytest.mark.django_db
THEMES = ("Liikunta", "Kulttuuri", "Luonto")  # make_round's themes, in order


@pytest.fixture
def index(pages):
    return pages["opportunities"]["fi"]


def in_language(page, language):
    if language == "fi":
        return page
    copy = translate_page(page, language)
    for theme in Theme.objects.filter(page=copy):
        theme.name = f"{theme.name} ({language})"
        theme.save()
    return copy


def vote(page, votes):
    """Confirmed votes: {Finnish theme name: how many people chose it}, one theme a vote."""
    for name, count in votes.items():
        for _number in range(count):
            VoteFactory(round=page, confirmed=True, themes=[name])


def grant(page, title, amount, status=Application.Status.FUNDED):
    return ApplicationFactory(
        round=page,
        status=status,
        applicant_type=ApplicantType.ASSOCIATION,
        applicant_name=f"{title} ry",
        title=title,
        theme=THEMES[0],
        area="keskusta",
        requested_amount=amount,
    )


def vote_rows(html):
    return [
        (
            row.th.get_text(),
            [cell.get_text(strip=True) for cell in row.select("td")],
            "vote-result--chosen" in row.get("class", []),
        )
        for row in html.select(".vote-results tbody tr")
    ]


# Which themes the vote chose ------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_vote_results_say_in_words_which_themes_were_chosen(client, index, language):
    page = make_round(index, "Testikierros", phase="applications", themes_chosen=2)
    vote(page, {"Luonto": 3, "Kulttuuri": 2, "Liikunta": 1})
    page = in_language(page, language)
    html = soup(client.get(page.url))
    suffix = "" if language == "fi" else f" ({language})"
    with translation.override(language):
        chosen = translation.pgettext("theme vote", "Chosen")
        not_chosen = translation.pgettext("theme vote", "Not chosen")
        result = translation.pgettext("theme vote", "Result")
    assert [th.get_text() for th in html.select(".vote-results thead th")][-1] == result
    assert vote_rows(html) == [
        (f"Luonto{suffix}", ["3", chosen], True),
        (f"Kulttuuri{suffix}", ["2", chosen], True),
        (f"Liikunta{suffix}", ["1", not_chosen], False),
    ]
    assert [badge.get_text() for badge in html.select(".vote-results .badge")] == [chosen, chosen]


def test_the_results_say_how_many_themes_the_vote_chooses(client, index):
    page = in_language(make_round(index, "Testikierros", phase="applications", themes_chosen=2), "en")
    vote(page, {"Luonto": 2, "Kulttuuri": 1})
    text = " ".join(soup(client.get(page.url)).select_one(".vote-results p").get_text().split())
    assert text == "3 people voted. The 2 themes with the most votes were chosen."


def test_a_round_without_a_set_number_of_themes_marks_none(client, index):
    page = make_round(index, "Testikierros", phase="applications")
    vote(page, {"Luonto": 2, "Kulttuuri": 1})
    html = soup(client.get(page.url))
    assert len(html.select(".vote-results thead th")) == 2
    assert [chosen for _name, _cells, chosen in vote_rows(html)] == [False, False, False]
    assert html.select(".vote-results .badge") == []


def test_a_tie_for_the_last_chosen_place_chooses_every_tied_theme_and_none_without_votes(index):
    page = make_round(index, "Testikierros", phase="applications", themes_chosen=1)
    vote(page, {"Luonto": 2, "Kulttuuri": 2})
    results = voting.results(page)
    assert {theme.name: theme.chosen for theme in results.themes} == {
        "Luonto": True,
        "Kulttuuri": True,
        "Liikunta": False,
    }
    page.themes_chosen = 3
    assert {theme.name for theme in voting.results(page).themes if theme.chosen} == {"Luonto", "Kulttuuri"}


def test_large_numbers_of_voters_are_grouped_by_thousands():
    results = voting.Results(voters=1260, themes=[], themes_chosen=None)
    with translation.override("en"):
        html = render_to_string("wellbeing/includes/vote_results.html", {"vote_results": results})
    assert "1,260 people voted." in html


# The sum granted and the round's budget -------------------------------------------------------------


def budget_text(client, page):
    paragraph = soup(client.get(page.url)).select_one(".round-results .budget-use")
    return re.sub(r"[ \n]+", " ", paragraph.get_text()).strip() if paragraph else None


def test_the_results_say_what_of_the_budget_was_not_granted(client, index):
    page = make_round(
        index, "Testikierros", phase="implementation", results_published=True, budget=Decimal("100000")
    )
    grant(page, "Kävelykoulu", 2500)
    grant(page, "Lukupiiri", 1400)
    grant(page, "Hylätty", 9000, status=Application.Status.NOT_FUNDED)
    english = in_language(page, "en")
    assert budget_text(client, english) == (
        "The round's budget is 100,000\xa0€, of which 96,100\xa0€ was not granted."
    )
    assert "100\xa0000\xa0€" in budget_text(client, page) and "96\xa0100\xa0€" in budget_text(client, page)


def test_while_applications_await_a_decision_the_rest_is_not_granted_yet(client, index):
    page = make_round(
        index, "Testikierros", phase="evaluation", results_published=True, budget=Decimal("20000")
    )
    grant(page, "Kävelykoulu", 5000)
    grant(page, "Harkinnassa", 4000, status=Application.Status.PROPOSED)
    grant(page, "Lisätietoja", 3000, status=Application.Status.MORE_INFORMATION)
    grant(page, "Luonnos", 3000, status=Application.Status.DRAFT)
    english = in_language(page, "en")
    assert budget_text(client, english) == (
        "The round's budget is 20,000\xa0€, of which 15,000\xa0€ has not been granted yet: "
        "2 applications still await a decision."
    )


def test_a_round_that_granted_its_whole_budget_says_so(client, index):
    page = make_round(
        index, "Testikierros", phase="implementation", results_published=True, budget=Decimal("6000")
    )
    grant(page, "Kävelykoulu", 6000)
    assert budget_text(client, in_language(page, "en")) == "That is the round's whole budget."


def test_the_money_and_rules_call_the_sum_the_rounds_budget(client, index):
    page = in_language(make_round(index, "Testikierros", budget=Decimal("150000")), "en")
    facts = soup(client.get(page.url)).select_one(".facts")
    assert facts.dt.get_text() == "The round's budget"
    assert facts.dd.get_text() == "150,000\xa0€"


# Tables a phone can show ----------------------------------------------------------------------------


def test_every_cell_of_the_funded_projects_carries_its_column_name_for_the_phone_layout(client, index):
    page = make_round(index, "Testikierros", phase="implementation", results_published=True)
    grant(page, "Kävelykoulu", 1200)
    table = soup(client.get(page.url)).select_one("table.funded-projects")
    assert "stack-table" in table["class"]
    headings = [th.get_text() for th in table.select("thead th")][1:]
    [row] = table.select("tbody tr")
    assert [td["data-label"] for td in row.select("td")] == headings


def test_each_results_table_is_a_focusable_region_named_by_its_caption(client, index):
    page = make_round(index, "Testikierros", phase="implementation", results_published=True)
    grant(page, "Kävelykoulu", 1200)
    html = soup(client.get(page.url))
    wrappers = html.select(".vote-results .table-wrapper, .round-results .table-wrapper")
    assert len(wrappers) == 4  # the vote, the funded projects, the totals per theme and per area
    for wrapper in wrappers:
        caption = wrapper.find("caption")
        assert (wrapper["role"], wrapper["tabindex"]) == ("region", "0")
        assert caption.get_text().strip()
        assert html.find(id=wrapper["aria-labelledby"]) is caption
