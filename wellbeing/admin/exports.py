"""The working group's application list as CSV and XLSX.

The writers are the site's own (core.spreadsheets): CSV with a byte order
mark and semicolons, XLSX cells as text, and cells that a spreadsheet would run
as a formula neutralised. Rows come from the listing's filtered and annotated
queryset (see admin.queries.submitted_applications), so a download holds what
the working group saw.
"""

from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from core.spreadsheets import CSV_CONTENT_TYPE, XLSX_CONTENT_TYPE, Column, to_csv, to_xlsx

FORMATS = {"csv": CSV_CONTENT_TYPE, "xlsx": XLSX_CONTENT_TYPE}


def _number(value):
    """Decimals stay exact: numbers in XLSX, "1500.00" in CSV."""
    return "" if value is None else value


def _average(application):
    average = application.average_score
    return "" if average is None else round(float(average), 2)


def application_columns():
    """Labels are evaluated in the admin's language, at export time."""
    return [
        Column(_("Reference"), lambda a: a.reference or ""),
        Column(_("Status"), lambda a: str(a.get_status_display())),
        Column(_("Applicant type"), lambda a: str(a.get_applicant_type_display())),
        Column(_("Public name"), lambda a: a.public_name),
        Column(_("Contact email"), lambda a: a.contact_email),
        Column(_("Theme"), lambda a: a.theme_name or ""),
        Column(_("City area"), lambda a: a.area_name or a.area),
        Column(pgettext("wellbeing application", "Title"), lambda a: a.title),
        Column(_("Sum applied for (€)"), lambda a: _number(a.requested_amount)),
        Column(_("Average score"), _average),
        Column(_("Amount granted (€)"), lambda a: _number(a.amount_granted)),
    ]


def application_table(applications):
    columns = application_columns()
    return [column.label for column in columns], [
        [column.value(application) for column in columns] for application in applications
    ]


def render(applications, file_format):
    """(content, row count) of the applications in "csv" or "xlsx"."""
    headers, rows = application_table(applications)
    if file_format == "xlsx":
        return to_xlsx(headers, rows, _("Applications")), len(rows)
    return to_csv(headers, rows), len(rows)
