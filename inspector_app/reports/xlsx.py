"""A report as a spreadsheet (openpyxl, imported on the first one): one sheet per table, the
report's title, scope, period and "made at" above each table, the header row frozen, numbers
as numbers, dates as dates, percentages as numbers with a percent format."""

from __future__ import annotations

import io
from datetime import date, datetime

from inspector_app.i18n import gettext_for
from inspector_app.reports import formatting as fmt
from inspector_app.reports.labels import TITLES
from inspector_app.reports.model import ReportModel
from inspector_app.reports.sheets import Percent, Sheet, sheets

_HEAD_ROW = 5  # title, scope and period, made at, blank, then the header
_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})


def _sheet_name(title: str, taken: set[str]) -> str:
    """A workbook's sheet name: at most 31 characters, none of []:*?/\\, unique."""
    base = title.translate(_FORBIDDEN).strip()[:31] or "Sheet"
    name, k = base, 2
    while name.casefold() in taken:
        suffix = f" ({k})"
        name, k = base[: 31 - len(suffix)] + suffix, k + 1
    taken.add(name.casefold())
    return name


def write_xlsx(model: ReportModel) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    h = model.header
    _ = gettext_for(h.lang)
    title = _(TITLES[h.kind])
    lines = [
        title,
        f"{h.scope}; {fmt.period(h.period, h.lang)}",
        f"№ {h.number}; {fmt.moment(h.made_at, h.lang)}"
        if h.number
        else fmt.moment(h.made_at, h.lang),
    ]
    book = Workbook()
    book.remove(book.active)
    made = datetime.fromisoformat(h.made_at)
    book.properties.created = book.properties.modified = made
    book.properties.title, book.properties.creator = title, h.made_by or "inspector-app"
    taken: set[str] = set()
    bold = Font(bold=True)
    for table in sheets(model):
        sheet = book.create_sheet(_sheet_name(table.title, taken))
        for row, text in enumerate(lines, start=1):
            sheet.cell(row=row, column=1, value=text).font = bold if row == 1 else Font()
        for column, head in enumerate(table.header, start=1):
            sheet.cell(row=_HEAD_ROW, column=column, value=head).font = bold
        for offset, values in enumerate(table.rows, start=1):
            for column, value in enumerate(values, start=1):
                _put(sheet.cell(row=_HEAD_ROW + offset, column=column), value)
        sheet.freeze_panes = sheet.cell(row=_HEAD_ROW + 1, column=1)
        _widths(sheet, table, get_column_letter)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _put(cell: object, value: object) -> None:
    if isinstance(value, Percent):
        cell.value = value.value  # type: ignore[attr-defined]
        cell.number_format = '0.0" %"'  # type: ignore[attr-defined]
    elif isinstance(value, date):
        cell.value = value  # type: ignore[attr-defined]
        cell.number_format = "DD.MM.YYYY"  # type: ignore[attr-defined]
    else:
        cell.value = value  # type: ignore[attr-defined]


def _widths(sheet: object, table: Sheet, letter: object) -> None:
    """Columns as wide as their longest text (within reason), so a table reads at once."""
    for column, head in enumerate(table.header, start=1):
        longest = max(
            [len(str(head))] + [len(str(r[column - 1])) for r in table.rows if len(r) >= column]
        )
        width = min(max(longest + 2, 8), 60)
        sheet.column_dimensions[letter(column)].width = width  # type: ignore[attr-defined,operator]
