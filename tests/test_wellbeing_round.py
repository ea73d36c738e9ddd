"""The wellbeing money round page as residents meet it: phases, call to action, results, reports."""

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from tests.factories import make_round, translate_page
from tests.factories.wellbeing import ApplicationFactory, ReportFactory, make_city_areas
from tests.html import soup
from wellbeing.models import ApplicantType, Application, Phase, Report, Theme

pytestmark = pytest.mark.django_db
TITLE = "Testikierros"
THEMES = ("Liikunta", "Kulttuuri", "Luonto")  # make_round's themes, in order

PHASE_OF = {
    "vote": Phase.VOTE,
    "applications": Phase.APPLICATIONS,
    "evaluation": Phase.EVALUATION,
    "implementation": Phase.IMPLEMENTATION,
    "reporting": Phase.REPORTING,
}


@pytest.fixture
def index(pages):
    return pages["opportunities"]["fi"]


@pytest.fixture
def areas(demo_site):
    """Keskusta, Itä-Pori and Reposaari, named in Finnish, Swedish and English."""
    return make_city_areas()


def in_language(page, language):
    """The round in the language: the Finnish original, or a translation with its own theme names."""
    if language == "fi":
        return page
    copy = translate_page(page, language)
    for theme in Theme.objects.filter(page=copy):
        theme.name = f"{theme.name} ({language})"
        theme.save()
    return copy


def apply(page, title, *, status=Application.Status.FUNDED, theme=0, area="keskusta", amount=1000, **fields):
    """An application as the working group left it: by an association unless told, decided now."""
    return ApplicationFactory(
        round=page,
        status=status,
        applicant_type=fields.pop("applicant_type", ApplicantType.ASSOCIATION),
        applicant_name=fields.pop("applicant_name", f"{title} ry"),
        title=title,
        theme=THEMES[theme],
        area=area,
        requested_amount=amount,
        decided_at=timezone.now(),
        **fields,
    )


def report(application, status=Report.Status.PUBLISHED, **fields):
    return ReportFactory(application=application, status=status, **fields)


def queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
@pytest.mark.parametrize("phase", list(PHASE_OF))
def test_the_phases_are_listed_in_order_with_the_current_one_marked(client, index, language, phase):
    page = in_language(make_round(index, TITLE, phase=phase), language)
    html = soup(client.get(page.url))
    steps = html.select(".round-phases > li")
    current = html.select('.round-phases > li[aria-current="step"]')
    with translation.override(language):
        labels = [str(label) for label in Phase.labels[1:-1]]
        expected = str(PHASE_OF[phase].label)
        now_word = translation.gettext("Now")
    assert [step.strong.get_text() for step in steps] == labels
    assert len(current) == 1 and current[0].strong.get_text() == expected
    assert current[0].select_one(".status") is not None, "the current phase is said in words, not only marked"
    assert html.select_one(".round-now").get_text().startswith(f"{now_word}: {expected}")
    assert all(time["datetime"][:4].isdigit() for time in html.select(".round-phases time"))


def test_the_current_phase_says_until_when(client, index):
    page = make_round(index, TITLE, phase="vote")
    now = soup(client.get(page.url)).select_one(".round-now")
    assert now.time["datetime"] == timezone.localtime(page.vote_closes_at).isoformat()


def test_before_the_vote_the_page_says_when_it_opens_and_marks_no_phase(client, index):
    page = make_round(index, TITLE, phase="upcoming")
    html = soup(client.get(page.url))
    assert html.select('[aria-current="step"]') == []
    opens = timezone.localtime(page.vote_opens_at).isoformat()
    assert html.select_one(".round-now time")["datetime"] == opens
    assert html.select_one(".call-to-action a") is None


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_during_the_vote_the_call_to_action_is_to_vote(client, index, language):
    page = in_language(make_round(index, TITLE, phase="vote"), language)
    with translation.override(language):
        vote = reverse("wellbeing:vote", kwargs={"round_key": page.translation_key})
        apply_url = reverse("wellbeing:apply", kwargs={"round_key": page.translation_key})
    html = soup(client.get(page.url))
    assert [a["href"] for a in html.select(".call-to-action a")] == [vote]
    assert html.select_one(f'a[href="{apply_url}"]') is None


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_during_applications_the_call_to_action_is_to_apply(client, index, language):
    page = in_language(make_round(index, TITLE, phase="applications"), language)
    with translation.override(language):
        apply_url = reverse("wellbeing:apply", kwargs={"round_key": page.translation_key})
    html = soup(client.get(page.url))
    assert [a["href"] for a in html.select(".call-to-action a")] == [apply_url]


@pytest.mark.parametrize("phase", ["evaluation", "implementation", "finished"])
def test_after_the_applications_there_is_nothing_to_click(client, index, phase):
    page = make_round(index, TITLE, phase=phase)
    assert soup(client.get(page.url)).select(".call-to-action a") == []


def test_the_page_shows_the_money_the_rules_and_the_themes(client, index):
    page = make_round(index, TITLE, phase="vote", budget=Decimal("150000"), max_grant=Decimal("7500"))
    html = soup(client.get(page.url))
    money = [dd.get_text() for dd in html.select(".facts dd")]
    assert "150\xa0000\xa0€" in money and "7\xa0500\xa0€" in money
    text = html.get_text()
    assert "Porilaiset ja porilaiset ryhmät." in text and "Yhdistysten perustoiminta." in text
    themes = [li.get_text() for li in html.select(".round-themes li")]
    assert themes == ["Liikunta: Liikunta.", "Kulttuuri: Kulttuuri.", "Luonto: Luonto."]


def test_the_vote_results_appear_once_the_vote_has_closed(client, index):
    open_round = make_round(index, "Avoin kierros", phase="vote")
    closed_round = make_round(index, "Suljettu kierros", phase="applications")
    assert soup(client.get(open_round.url)).select_one(".vote-results") is None
    assert soup(client.get(closed_round.url)).select_one(".vote-results") is not None


def test_results_are_hidden_until_published(client, index):
    page = make_round(index, TITLE, phase="implementation")
    apply(page, "Kävelykoulu")
    assert "Kävelykoulu" not in client.get(page.url).content.decode()
    page.results_published = True
    page.save_revision().publish()
    rows = soup(client.get(page.url)).select(".funded-project th")
    assert [row.get_text() for row in rows] == ["Kävelykoulu"]


def test_unfunded_applications_are_never_shown(client, index):
    page = make_round(index, TITLE, phase="implementation", results_published=True)
    apply(page, "Rahoitettu")
    for status in Application.Status:
        if status != Application.Status.FUNDED:
            report(apply(page, f"Hanke {status.value}", status=status))
    html = client.get(page.url).content.decode()
    assert "Rahoitettu" in html
    assert "Hanke " not in html


def test_a_residents_own_name_is_shown_only_with_consent(client, index):
    page = make_round(index, TITLE, phase="implementation", results_published=True)
    apply(page, "Pihajuhla", applicant_type=ApplicantType.PERSON, applicant_name="Pekka Porilainen")
    apply(
        page,
        "Lukupiiri",
        applicant_type=ApplicantType.PERSON,
        applicant_name="Liisa Lukija",
        show_name=True,
    )
    html = soup(client.get(page.url))
    groups = {row.th.get_text(): row.select("td")[0].get_text() for row in html.select(".funded-project")}
    assert groups["Lukupiiri"] == "Liisa Lukija"
    assert groups["Pihajuhla"] != "" and "Pekka" not in html.get_text()


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_results_show_theme_and_area_in_the_page_language(client, index, areas, language):
    page = make_round(index, TITLE, phase="implementation", results_published=True)
    apply(page, "Kävelykoulu", theme=0, area="ita-pori", amount=1200)
    page = in_language(page, language)
    cells = [td.get_text() for td in soup(client.get(page.url)).select(".funded-project td")]
    theme = "Liikunta" if language == "fi" else f"Liikunta ({language})"
    area = {"fi": "Itä-Pori", "sv": "Östra Björneborg", "en": "East Pori"}[language]
    assert cells[1:] == [theme, area, "1\xa0200\xa0€" if language != "en" else "1,200\xa0€"]


def totals(html, css):
    return {
        row.th.get_text(): [td.get_text() for td in row.select("td")]
        for row in html.select(f".{css} tbody tr, .{css} tfoot tr")
    }


def test_totals_per_theme_and_area_and_in_all(client, index, areas):
    page = make_round(index, TITLE, phase="implementation", results_published=True)
    apply(page, "A", theme=0, area="keskusta", amount=1000)
    apply(page, "B", theme=0, area="ita-pori", amount=2500)
    apply(page, "C", theme=1, area="keskusta", amount=400)
    apply(page, "Hylätty", theme=2, area="reposaari", amount=9000, status=Application.Status.NOT_FUNDED)
    html = soup(client.get(page.url))
    with translation.override("fi"):
        total = translation.gettext("Total")
    assert totals(html, "totals-by-theme") == {
        "Liikunta": ["2", "3\xa0500\xa0€"],
        "Kulttuuri": ["1", "400\xa0€"],
        total: ["3", "3\xa0900\xa0€"],
    }
    assert totals(html, "totals-by-area") == {
        "Itä-Pori": ["1", "2\xa0500\xa0€"],
        "Keskusta": ["2", "1\xa0400\xa0€"],
        total: ["3", "3\xa0900\xa0€"],
    }


def test_published_reports_show_on_the_round_page(client, index):
    page = make_round(index, TITLE, phase="reporting", results_published=True)
    report(apply(page, "Kävelykoulu"), what_was_done="Kävelimme joka tiistai.", participants=35)
    report(apply(page, "Kesken"), status=Report.Status.SUBMITTED, what_was_done="Luonnos raportista.")
    html = soup(client.get(page.url))
    reports = html.select(".round-report")
    assert [item.h4.get_text() for item in reports] == ["Kävelykoulu"]
    assert "Kävelimme joka tiistai." in reports[0].get_text() and "35" in reports[0].get_text()
    assert "Luonnos raportista." not in html.get_text()


def test_published_reports_appear_among_the_outcomes(client, index, pages):
    page = make_round(index, TITLE, phase="reporting", results_published=True)
    shown = apply(page, "Kävelykoulu")
    report(shown, participants=35)
    report(apply(page, "Kesken"), status=Report.Status.SUBMITTED)
    hidden_round = make_round(index, "Julkaisematon kierros", phase="reporting")
    report(apply(hidden_round, "Ennen päätöstä"))
    outcomes = pages["outcomes"]["fi"]
    links = soup(client.get(outcomes.url)).select(".wellbeing-reports .card__title a")
    listed = {a.get_text(): a["href"] for a in links}
    assert listed["Kävelykoulu"] == f"{page.url}#project-{shown.pk}"
    assert "Kesken" not in listed and "Ennen päätöstä" not in listed


def test_reports_among_the_outcomes_link_to_the_round_in_the_visitors_language(client, index, pages):
    page = make_round(index, TITLE, phase="reporting", results_published=True)
    swedish = translate_page(page, "sv")
    shown = apply(page, "Kävelykoulu")
    report(shown)
    outcomes = pages["outcomes"]["sv"]
    links = soup(client.get(outcomes.url)).select(".wellbeing-reports .card__title a")
    assert {a.get_text(): a["href"] for a in links}["Kävelykoulu"] == f"{swedish.url}#project-{shown.pk}"


def test_the_round_page_and_outcomes_do_not_query_per_project_or_report(client, index, pages, areas):
    page = make_round(index, TITLE, phase="reporting", results_published=True)
    outcomes = pages["outcomes"]["fi"]
    report(apply(page, "Ensimmäinen", area="keskusta"))
    page_before, outcomes_before = queries(client, page.url), queries(client, outcomes.url)
    for number in range(8):
        area = ["ita-pori", "reposaari"][number % 2]
        application = apply(page, f"Hanke {number}", theme=number % 3, area=area)
        if number % 2:
            report(application)
    assert queries(client, page.url) == page_before
    assert queries(client, outcomes.url) == outcomes_before
    assert page_before <= 30


def test_a_project_written_in_another_language_is_marked_with_its_language(client, index):
    page = make_round(index, TITLE, phase="reporting", results_published=True)
    swedish = apply(page, "Minneskör")
    Application.objects.filter(pk=swedish.pk).update(language="sv")
    report(swedish, what_was_done="Vi sjöng varje torsdag.")
    html = soup(client.get(page.url))
    assert html.find("th", string="Minneskör")["lang"] == "sv"
    [card] = html.select(".round-report")
    assert card.h4["lang"] == "sv"
    assert card.find("div", lang="sv").get_text(strip=True) == "Vi sjöng varje torsdag."


def test_the_rules_rich_text_is_rendered_without_script(client, index):
    page = make_round(index, TITLE)
    type(page).objects.filter(pk=page.pk).update(
        who_may_apply='<p><a href="javascript:alert(1)">Porilaiset</a> ryhmät.</p>',
        not_funded='<p onmouseover="alert(2)">Perustoiminta.</p><script>alert(3)</script>',
    )
    response = client.get(page.url)
    rules = soup(response).select_one('section[aria-labelledby="rules-heading"]')
    assert "Porilaiset ryhmät." in rules.get_text() and "Perustoiminta." in rules.get_text()
    html = str(rules)
    assert "javascript:" not in html and "onmouseover" not in html and "<script" not in html
