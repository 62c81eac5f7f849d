"""The district summary (every inspector side by side) and the HQ report (districts, regions,
months): each row's figures are the counts of that precinct's, district's or month's data."""

from __future__ import annotations

from collections import Counter
from datetime import date

from inspector_app.reports.model import DistrictReport, HqReport
from inspector_app.services.reports import ReportRequest, build_model, make_report
from inspector_app.services.session import Session
from tests.reports.conftest import AS_OF
from tests.reports.expected import Expected, Tables, local_day
from tests.reports.pdftext import figures_after, lines, number

YEAR_START, YEAR_END = date(2026, 1, 1), date(2026, 12, 31)
REF = AS_OF.date()  # the year is not over on the as-of day


def _row(e: Expected, households_share: str) -> list[object]:
    """The side-by-side columns, as the report orders them (the share is checked apart)."""
    r = [sum(v[i] for v in e.register.values()) for i in range(7)]
    a = e.appeals
    return [
        households_share,
        r[3], r[4], r[5], r[6],
        e.work["talk"], e.work["warning"],
        sum(v[1] for k, v in e.register.items() if k in ("protective_order", "protection_order")),
        e.work["reception"],
        e.work["meeting"] + e.work.get("report_to_residents", 0),  # council sessions apart
        e.work["public_council"],
        a["received"], a["on_time"], a["late"], a["open"], a["overdue"],
        sum(e.incidents.values()),
    ]  # fmt: skip


def _share(e: Expected) -> str:
    if not e.households:
        return "–"
    value = round(min(100.0, 100 * e.visited / e.households), 1)
    return f"{value:.1f}".replace(".", ",") + " %"


def test_district_rows_are_each_precincts_counts(chief: Session) -> None:
    request = ReportRequest("district", period="2026", as_of=AS_OF)
    model = build_model(chief, request)
    assert isinstance(model, DistrictReport)
    tables = Tables(chief)
    precincts = chief.store.select("SELECT id, code FROM precinct WHERE deleted = 0 ORDER BY code")
    assert [r.unit.code for r in model.rows] == [p["code"] for p in precincts]
    found = lines(make_report(chief, request).pdf)
    overdue_people: list[str] = []
    for row, precinct in zip(model.rows, precincts, strict=True):
        want = tables.count(precinct["id"], YEAR_START, YEAR_END, REF)
        overdue_people += want.overdue_people
        f = row.figures
        assert (f.households, f.visited) == (want.households, want.visited)
        assert f.appeals.received == want.appeals["received"] > 0
        expected_row = [str(x) if isinstance(x, int) else x for x in _row(want, _share(want))]
        shown = figures_after(found, precinct["code"], 17)
        assert [x if "%" in x or x == "–" else str(number(x)) for x in shown] == expected_row
    assert sorted(o.person.split()[0] for o in model.overdue_checks) == sorted(overdue_people)
    text = "\n".join(found)
    assert "Обращения, рассмотренные в срок, %" in text  # the charts' titles
    assert "Проверки по месту жительства: положено и проведено" in text
    for row in model.rows:  # the charts name the inspectors, not row numbers
        assert row.unit.short and row.unit.short in text


def test_hq_months_districts_and_regions(hq: Session) -> None:
    request = ReportRequest("hq", period="2026", as_of=AS_OF, lang="ky")
    model = build_model(hq, request)
    assert isinstance(model, HqReport)
    tables = Tables(hq)
    # months: counted from the rows by their local month
    months: dict[str, Counter[str]] = {}
    c = hq.country
    for name, column, series in (
        ("log_entry", "at", "work"),
        ("appeal", "received_at", "appeals"),
        ("incident", "occurred_at", "incidents"),
    ):
        for row in tables.rows[name]:
            if name == "log_entry" and row["kind"] == "register_check":
                continue  # counted from the register
            when = local_day(row[column], c)
            if YEAR_START <= when <= YEAR_END:
                months.setdefault(f"{when:%Y-%m}", Counter())[series] += 1
    for check in tables.rows["register_check"]:
        if YEAR_START.isoformat() <= check["checked_on"] <= YEAR_END.isoformat():
            months.setdefault(check["checked_on"][:7], Counter())["checks_done"] += 1
    for entry in tables.rows["register_entry"]:
        if YEAR_START.isoformat() <= entry["start_date"] <= YEAR_END.isoformat():
            months.setdefault(entry["start_date"][:7], Counter())["register_added"] += 1
    assert len(model.months) == 11  # December had not begun on the as-of day
    for month in model.months:
        want = months.get(f"{month.month:%Y-%m}", Counter())
        got = {
            s: getattr(month, s)
            for s in ("appeals", "incidents", "work", "checks_done", "register_added")
        }
        assert got == {s: want[s] for s in got}
    # districts: the sums of their precincts
    precincts = hq.store.select(
        "SELECT p.id, t.name AS district FROM precinct p JOIN territory t ON t.id = p.district_id"
    )
    assert len(model.districts) == 2 and len(model.regions) == 1
    for district in model.districts:
        ids = [p["id"] for p in precincts if p["district"] == district.unit.name]
        counted = [tables.count(i, YEAR_START, YEAR_END, REF) for i in ids]
        assert district.figures.appeals.received == sum(e.appeals["received"] for e in counted)
        assert district.figures.incidents_total == sum(sum(e.incidents.values()) for e in counted)
        assert district.figures.households == sum(e.households for e in counted)
    assert model.regions[0].figures.appeals.received == sum(
        d.figures.appeals.received for d in model.districts
    )
    text = "\n".join(lines(make_report(hq, request).pdf))
    assert "Райондор жана облустар боюнча жыйынтык отчет" in text  # Kyrgyz
    assert "Айлар боюнча динамика" in text
    for month in model.months:
        assert str(month.appeals) in text


def test_an_empty_chart_says_so_in_words(chief: Session) -> None:
    """A month before any data: the charts have no bars, and say why instead of looking broken."""
    request = ReportRequest("district", period="2019-01", as_of=AS_OF)
    text = "\n".join(lines(make_report(chief, request).pdf))
    assert "За период ни одно обращение не рассмотрено в срок." in text
    assert "За период не было ни положенных, ни проведённых проверок по месту жительства." in text
    busy = "\n".join(
        lines(make_report(chief, ReportRequest("district", period="2026", as_of=AS_OF)).pdf)
    )
    assert "За период ни одно обращение" not in busy
