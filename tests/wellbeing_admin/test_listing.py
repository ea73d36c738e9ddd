"""The working group's listing of applications and its exports (CSV and Excel).

Requests go through the test client as a signed-in member of the working group
(password and TOTP). The applications are in the city areas Keskusta and
Itä-Pori, which each test builds.
"""

import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openpyxl import load_workbook
from wagtail.models import ModelLogEntry, PageLogEntry

from tests.factories import make_round
from tests.factories.wellbeing import Status, make_city_areas, theme_key
from tests.factories.wellbeing_admin import make_application
from tests.staff import make_staff
from tests.wellbeing_admin.helpers import APPLICATIONS, assert_no_personal_data, listed
from wellbeing.models import Application, Evaluation

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def city_areas(db):
    """Keskusta and Itä-Pori, made before the round (conftest.py) and its applications."""
    make_city_areas()


@pytest.fixture
def other_round(pages):
    return make_round(pages["opportunities"]["fi"], "Toinen kierros", phase="applications")


def test_the_listing_filters_by_theme_area_status_and_round(member, round_page, other_round):
    make_application(round_page, 1)
    make_application(round_page, 2, theme_key=theme_key(round_page, "Kulttuuri"), area="ita-pori")
    make_application(round_page, 3, status=Status.FUNDED, amount_granted=1000)
    make_application(other_round, 4, theme_key=theme_key(other_round, "Liikunta"))
    culture = theme_key(round_page, "Kulttuuri")
    assert listed(member.get(APPLICATIONS, {"theme": culture})) == ["HR-2027-002"]
    in_centre = member.get(APPLICATIONS, {"area": "keskusta"}).context["object_list"]  # every round
    assert {a.area for a in in_centre} == {"keskusta"}
    assert sorted(a.reference for a in in_centre) == ["HR-2027-001", "HR-2027-003", "HR-2027-004"]
    funded = member.get(APPLICATIONS, {"round": round_page.pk, "status": Status.FUNDED})
    assert listed(funded) == ["HR-2027-003"]
    assert sorted(listed(member.get(APPLICATIONS, {"round": round_page.pk}))) == [
        "HR-2027-001",
        "HR-2027-002",
        "HR-2027-003",
    ]


def test_the_listing_shows_finnish_names_and_scores(member, round_page):
    application = make_application(round_page, 1, theme_key=theme_key(round_page, "Kulttuuri"))
    for name, score in (("arvioija1", 4), ("arvioija2", 5)):
        Evaluation.objects.create(application=application, evaluator=make_staff(name), score=score)
    [shown] = member.get(APPLICATIONS, {"round": round_page.pk}).context["object_list"]
    assert (shown.theme_name, shown.area_name) == ("Kulttuuri", "Keskusta")
    assert shown.average_score == pytest.approx(4.5)
    assert shown.evaluation_count == 2


def test_the_listing_takes_the_same_number_of_queries_however_many_applications(member, round_page):
    make_application(round_page, 1)
    mine = {"round": round_page.pk}
    member.get(APPLICATIONS, mine)  # caches warmed
    with CaptureQueriesContext(connection) as few:
        assert member.get(APPLICATIONS, mine).status_code == 200
    evaluator = make_staff("arvioija")
    for number in range(2, 12):
        application = make_application(round_page, number, area="ita-pori" if number % 2 else "keskusta")
        Evaluation.objects.create(application=application, evaluator=evaluator, score=3)
    with CaptureQueriesContext(connection) as many:
        response = member.get(APPLICATIONS, mine)
    assert len(response.context["object_list"]) == 11
    assert len(many) == len(few)


def _export_rows(client, file_format, **filters):
    response = client.get(APPLICATIONS, {**filters, "export": file_format})
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    if file_format == "csv":
        assert response.content.startswith("\ufeff".encode())
        return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    sheet = load_workbook(io.BytesIO(response.content)).active
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_exports_hold_the_filtered_rows_guarded_and_are_logged(member, round_page, file_format):
    make_application(round_page, 1, title='=HYPERLINK("http://evil")', applicant_name="Pihapiiri ry")
    make_application(round_page, 2, status=Status.FUNDED, amount_granted=1000)
    make_application(round_page, 3, area="ita-pori")
    rows = _export_rows(member, file_format, round=round_page.pk, area="keskusta")
    header, *data = rows
    assert len(header) == 11
    assert sorted(row[0] for row in data) == ["HR-2027-001", "HR-2027-002"]
    first = next(row for row in data if row[0] == "HR-2027-001")
    assert "maija@example.fi" in first and "Pihapiiri ry" in first
    title = first[7]
    if file_format == "csv":
        assert title.startswith("'=")
    else:
        assert title == '=HYPERLINK("http://evil")'  # text, never a formula
        sheet = load_workbook(io.BytesIO(member.get(APPLICATIONS, {"export": "xlsx"}).content)).active
        assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    [entry] = PageLogEntry.objects.filter(action="wellbeing.export", page=round_page)
    assert (entry.data["rows"], entry.data["format"], entry.data["round"]) == (2, file_format, round_page.pk)
    assert entry.user.username == "member"
    assert_no_personal_data(entry)


def test_an_export_of_every_round_is_logged_against_the_user(member, round_page, other_round):
    make_application(round_page, 1)
    make_application(other_round, 2, theme_key=theme_key(other_round, "Luonto"))
    make_application(other_round, 3, status=Status.DRAFT, reference=None, submitted_at=None)
    _header, *data = _export_rows(member, "csv")
    submitted = Application.objects.exclude(status=Status.DRAFT)
    assert len(data) == submitted.count() == 2, "every round's submitted applications"
    assert sorted(row[0] for row in data) == ["HR-2027-001", "HR-2027-002"], "drafts are not exported"
    [entry] = ModelLogEntry.objects.filter(action="wellbeing.export")
    assert entry.data["rows"] == submitted.count() and entry.data["round"] is None
    assert_no_personal_data(entry)
