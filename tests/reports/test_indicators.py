"""One definition per indicator (inspector_app/reports/indicators.py, listed in INDICATORS.md)
and every report that shows an indicator shows the same value for the same unit, period and
as-of day: read back from the PDFs where the reports draw them side by side."""

from __future__ import annotations

from pathlib import Path

from inspector_app.reports import formatting as fmt
from inspector_app.reports import indicators as ind
from inspector_app.reports.model import (
    ActivityReport,
    AppealsRegister,
    DistrictReport,
    HqReport,
    PublicReport,
)
from inspector_app.services.reports import ReportRequest, build_model, make_report
from inspector_app.services.session import Session
from tests.reports.conftest import AS_OF
from tests.reports.pdftext import figures_after, lines

PERIOD = "2026-Q3"
OPEN_STATUSES = ("registered", "in_progress", "extended")


def test_the_document_lists_the_definitions() -> None:
    path = Path(ind.__file__).with_name("INDICATORS.md")
    assert path.read_text(encoding="utf-8") == ind.document()
    for code in ind.SIDE_BY_SIDE:
        assert f"`{code}`" in path.read_text(encoding="utf-8")


def _cell(code: str, value: float | int | None) -> str:
    if ind.INDICATORS[code].percent:
        return fmt.percent(value, "ru").replace("\xa0", " ")
    return fmt.number(int(value or 0), "ru").replace("\xa0", " ")


def test_every_indicator_in_two_reports_agrees(hq: Session) -> None:
    """Per precinct: the activity report, the district report's row (as printed), the report
    to residents and the register of appeals; per district: the district report's total and
    the HQ report's row."""
    precincts = hq.store.select(
        "SELECT p.code, p.district_code FROM precinct p WHERE deleted = 0 ORDER BY code"
    )
    districts = sorted({p["district_code"] for p in precincts})
    hq_model = build_model(hq, ReportRequest("hq", period=PERIOD, as_of=AS_OF))
    assert isinstance(hq_model, HqReport)
    hq_rows = {d.unit.code: d.figures for d in hq_model.districts}
    compared = set()
    for district in districts:
        request = ReportRequest("district", period=PERIOD, district=district, as_of=AS_OF)
        model = build_model(hq, request)
        assert isinstance(model, DistrictReport)
        assert ind.values(model.total) == ind.values(hq_rows[district])
        printed = lines(make_report(hq, request).pdf)
        for row in model.rows:
            code = row.unit.code
            activity = build_model(
                hq, ReportRequest("activity", period=PERIOD, precinct=code, as_of=AS_OF)
            )
            assert isinstance(activity, ActivityReport)
            values = ind.values(activity.figures)
            # the district report's row, as printed, column by column
            cells = figures_after(printed, code, len(ind.SIDE_BY_SIDE))
            want = [_cell(c, values[c]) for c in ind.SIDE_BY_SIDE]
            assert cells == want, code
            compared |= set(ind.SIDE_BY_SIDE)
            # the report to residents: each figure it shows is the same indicator's
            public = build_model(
                hq, ReportRequest("public", period=PERIOD, precinct=code, as_of=AS_OF)
            )
            assert isinstance(public, PublicReport)
            for line in (*public.work, *public.appeals, *public.prevention, *public.partnership):
                if line.value is not None:
                    assert line.value == values[line.code], (code, line.code)
                    compared.add(line.code)
            # the register of appeals: statuses judged on the same day as the open count
            register = build_model(
                hq, ReportRequest("appeals", period=PERIOD, precinct=code, as_of=AS_OF)
            )
            assert isinstance(register, AppealsRegister)
            received = len(register.rows)
            assert received == values["appeals_received"]
            still_open = sum(1 for r in register.rows if r.status in OPEN_STATUSES)
            assert still_open <= int(values["appeals_open"] or 0)
    # council sessions are their own indicator, never among meetings
    assert {
        "meetings",
        "public_councils",
        "checks_done",
        "appeals_open",
        "appeals_on_time",
    } <= compared


def test_a_register_check_is_counted_once(inspector: Session) -> None:
    """The work table does not list register checks from the work log beside the register's
    own count of checks done."""
    request = ReportRequest("activity", period=PERIOD, as_of=AS_OF)
    model = build_model(inspector, request)
    assert isinstance(model, ActivityReport)
    assert ind.CHECK_LOG_KIND not in {w.code for w in model.figures.work}
    text = "\n".join(lines(make_report(inspector, request).pdf))
    assert "Проверка состоящего на учёте" not in text
