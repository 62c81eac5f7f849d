"""Reports (DESIGN.md section 5): models assembled from store queries, drawn as PDF by
`inspector_app.reports`, saved and printed.

The GUI's Reports page needs only what is here: `report_kinds()` (each with `.title(lang)`),
`period_choices(today)` (labels by `inspector_app.reports.formatting.period`) and
`scope_choices(session)` to fill its form; `make_report(session, ReportRequest(...))` for the
preview bytes (run it on a worker: it queries and draws); `save_report()` and `print_report()`
(with `list_printers()` where CUPS is), which journal what names people.
"""

from inspector_app.services.reports.board import board_request, district_board
from inspector_app.services.reports.context import ReportRequest
from inspector_app.services.reports.make import (
    KINDS,
    MadeReport,
    ReportKind,
    build_model,
    make_report,
    report_kinds,
    save_report,
    write_report,
)
from inspector_app.services.reports.periods import parse_period, period_choices, period_code
from inspector_app.services.reports.printing import PrintJob, list_printers, print_report
from inspector_app.services.reports.scope import ScopeChoice, scope_choices

__all__ = [
    "KINDS",
    "MadeReport",
    "PrintJob",
    "ReportKind",
    "ReportRequest",
    "ScopeChoice",
    "board_request",
    "build_model",
    "district_board",
    "list_printers",
    "make_report",
    "parse_period",
    "period_choices",
    "period_code",
    "print_report",
    "report_kinds",
    "save_report",
    "scope_choices",
    "write_report",
]
