"""Organisers export a session's participants as CSV or Excel: every registration, text never formulas,
a file name without personal data, and an entry in the page's history."""

import csv
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from signups import services
from signups.models import Registration
from tests.factories.signups import RegistrationFactory
from tests.signup_admin.helpers import QUESTION, admin_url, logs, need_label, not_found, status_label

pytestmark = pytest.mark.django_db
Status = Registration.Status


def test_csv_export_has_every_registration_a_bom_and_no_formulas(staff, session):
    RegistrationFactory(
        session=session, number=1, name="Äijälä Öystilä", answers={"mista_kuulit_tasta": '=HYPERLINK("x")'}
    )
    RegistrationFactory(
        session=session,
        number=2,
        name="@SUM(A1:A9)",
        phone="+358 40 123 4567",
        needs=["sign-language"],
        consent=True,
    )
    services.cancel(RegistrationFactory(session=session, number=3))
    response = staff.get(admin_url("export", session, "csv"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment;") and disposition.endswith('.csv"')
    assert "Asukas" not in disposition and "@" not in disposition
    assert "no-store" in response["Cache-Control"]
    body = response.content
    assert body.startswith(b"\xef\xbb\xbf"), "a byte order mark, for Excel"
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig")), delimiter=";"))
    header, *data = rows
    assert QUESTION in header
    assert len(data) == 3
    names = [row[0] for row in data]
    assert names == ["Äijälä Öystilä", "'@SUM(A1:A9)", "Asukas 3"]
    assert data[0][header.index(QUESTION)] == '\'=HYPERLINK("x")'
    assert "'+358 40 123 4567" in data[1]
    assert need_label("sign-language") in data[1]
    assert status_label(Status.CANCELLED) in data[2]
    [entry] = logs(session.page, "signups.export_participants")
    assert entry.data == {
        "session": str(session.translation_key),
        "starts_at": session.starts_at.isoformat(),
        "format": "csv",
    }


def test_xlsx_export_holds_the_same_table_with_text_never_formulas(staff, session):
    RegistrationFactory(session=session, number=1, name="=cmd|' /C calc'!A0", group_size=2)
    RegistrationFactory(session=session, number=2, email="", name="Kävijä Ovelta")
    response = staff.get(admin_url("export", session, "xlsx"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert response["Content-Disposition"].endswith('.xlsx"')
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = [list(row) for row in sheet.iter_rows()]
    header = [cell.value for cell in rows[0]]
    csv_response = staff.get(admin_url("export", session, "csv"))
    csv_header = next(csv.reader(io.StringIO(csv_response.content.decode("utf-8-sig")), delimiter=";"))
    assert header == csv_header, "the same columns in both formats"
    first = rows[1]
    assert first[0].value == "=cmd|' /C calc'!A0" and first[0].data_type == "s"
    assert first[4].value == 2, "group size, as a number"
    assert rows[2][0].value == "Kävijä Ovelta"
    assert [entry.data["format"] for entry in logs(session.page, "signups.export_participants")] == [
        "xlsx",
        "csv",
    ]


def test_an_unknown_export_format_is_not_found(staff, session):
    assert not_found(staff.get(admin_url("export", session, "pdf"), follow=True))
    assert not logs(session.page, "signups.export_participants")


def test_an_unknown_session_is_not_found(staff, session):
    unknown = reverse("signups_admin:session", args=["6f2c1e0e-0000-4000-8000-000000000000"])
    assert not_found(staff.get(unknown, follow=True))
