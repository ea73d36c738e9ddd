"""Tables for staff to download: CSV and XLSX that spreadsheets open safely, and JSON.

Values are plain (text, numbers, times). CSV cells that a spreadsheet would run as a
formula are quoted, and XLSX cells are written as text, never as formulas.
"""

import csv
import datetime
import io
import json
from collections.abc import Callable
from dataclasses import dataclass

from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font

# A cell starting with one of these is a formula (or a DDE call) to Excel and LibreOffice.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
CSV_CONTENT_TYPE = "text/csv; charset=utf-8"
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
JSON_CONTENT_TYPE = "application/json; charset=utf-8"


@dataclass
class Column:
    label: str
    value: Callable


def local_time(value):
    """Aware datetimes in the site's time zone, without the zone (spreadsheets have none)."""
    if value is None:
        return ""
    return timezone.localtime(value).replace(tzinfo=None, microsecond=0)


def _guard(value):
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _csv_value(value):
    if isinstance(value, datetime.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return _guard(value)


def to_csv(headers, rows):
    """UTF-8 with a byte order mark, so Excel reads ä and ö.

    Semicolons separate cells, as Excel expects in Finnish and Swedish (the decimal sign is a comma).
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow([_guard(header) for header in headers])
    for row in rows:
        writer.writerow([_csv_value(value) for value in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def to_xlsx(headers, rows, sheet_title):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _sheet_title(sheet_title)
    for column, header in enumerate(headers, start=1):
        cell = _xlsx_cell(sheet, 1, column, header)
        cell.font = Font(bold=True)
    for row_number, row in enumerate(rows, start=2):
        for column, value in enumerate(row, start=1):
            cell = _xlsx_cell(sheet, row_number, column, value)
            if isinstance(value, datetime.datetime):
                cell.number_format = "yyyy-mm-dd hh:mm"
    sheet.freeze_panes = "A2"
    for column_cells in sheet.columns:
        width = max(len(str(cell.value or "")) for cell in column_cells)
        sheet.column_dimensions[column_cells[0].column_letter].width = min(max(width + 2, 8), 50)
    workbook.properties.creator = "Osallistu Pori"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _xlsx_cell(sheet, row, column, value):
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    cell = sheet.cell(row=row, column=column, value=value)
    if isinstance(value, str):
        # openpyxl takes text starting with "=" for a formula; this keeps it text.
        cell.data_type = "s"
    return cell


def _sheet_title(title):
    for character in "[]:*?/\\":
        title = title.replace(character, " ")
    return title[:31] or "Sheet"


def to_json(data):
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2).encode("utf-8")
