"""`--format xlsx`: the same tables with the same figures as the PDF, read back with openpyxl
and compared with the PDF's text (pypdf cell by cell, and pdftotext)."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.cell.cell import Cell

from inspector_app.reports import formatting as fmt
from inspector_app.reports import indicators as ind
from inspector_app.services.reports import ReportRequest, make_report
from inspector_app.services.reports.make import write_report
from inspector_app.services.session import Session
from tests.reports.conftest import AS_OF
from tests.reports.pdftext import figures_after, lines


def _shown(cell: Cell) -> str:
    """A spreadsheet cell as the PDF prints it."""
    value = cell.value
    if "%" in cell.number_format:
        return fmt.percent(None if value is None else float(value), "ru").replace("\xa0", " ")
    if isinstance(value, int | float):
        return fmt.number(int(value), "ru").replace("\xa0", " ")
    return "–" if value is None else str(value)


def _book(data: bytes):  # type: ignore[no-untyped-def]
    return load_workbook(io.BytesIO(data))


def _pdftotext(pdf: bytes, tmp: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    path = tmp / "r.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_every_sheet_says_what_and_when(inspector: Session) -> None:
    report = make_report(
        inspector, ReportRequest("activity", period="2026-10", as_of=AS_OF), "xlsx"
    )
    book = _book(report.xlsx)
    assert len(book.sheetnames) >= 4  # one sheet per table
    for sheet in book.worksheets:
        assert sheet["A1"].value == "Деятельность участкового инспектора"
        assert "октябрь 2026" in sheet["A2"].value
        assert "20.11.2026 18:30" in sheet["A3"].value and "-Д-" in sheet["A3"].value
        assert sheet.freeze_panes == "A6"  # the header row stays in view
    assert book.properties.created == datetime(2026, 11, 20, 18, 30)


def test_the_district_sheet_holds_the_pdf_figures(hq: Session, tmp_path: Path) -> None:
    request = ReportRequest("district", period="2026", as_of=AS_OF)
    report = make_report(hq, request, "xlsx")
    found = lines(report.pdf)
    sheet = _book(report.xlsx)["Показатели по инспекторам"]
    rows = list(sheet.iter_rows(min_row=6))
    assert len(rows) >= 2
    for row in rows[:-1]:
        code, figures = row[0].value, row[2:]
        assert all(isinstance(c.value, int | float) for c in figures)  # numbers, not text
        assert [_shown(v) for v in figures] == figures_after(
            found, str(code), len(ind.SIDE_BY_SIDE)
        )
    text = _pdftotext(report.pdf, tmp_path)
    total = rows[-1]
    assert all(_shown(v) in text for v in total[2:])


def test_the_activity_sheets_hold_the_pdf_figures(inspector: Session) -> None:
    request = ReportRequest("activity", period="2026-Q3", as_of=AS_OF)
    report = make_report(inspector, request, "xlsx")
    found = lines(report.pdf)
    book = _book(report.xlsx)
    for row in book["Профилактический учёт"].iter_rows(min_row=6):
        assert [_shown(v) for v in row[1:]] == figures_after(found, str(row[0].value), 7)
    [name] = [n for n in book.sheetnames if n.startswith("Просроченные проверки")]
    checks = list(book[name].iter_rows(min_row=6, values_only=True))
    assert all(isinstance(r[5], datetime | date) for r in checks)  # dates as dates


def test_the_file_is_written_and_its_extension_checked(inspector: Session, tmp_path: Path) -> None:
    request = ReportRequest("appeals", period="2026-10", as_of=AS_OF)
    target = tmp_path / "register.xlsx"
    report = write_report(inspector, request, target, file_format="xlsx")
    assert target.read_bytes() == report.xlsx and report.file_name.endswith(".xlsx")
    book = _book(target.read_bytes())
    assert {"Журнал регистрации обращений", "По состоянию"} <= set(
        book.sheetnames
    ) or book.sheetnames
