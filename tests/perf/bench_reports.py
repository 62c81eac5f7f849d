"""Benchmark of the reports, printed as `name<TAB>value` lines.

    .venv/bin/python tests/perf/bench_reports.py [--precincts 50] [--people 400] [--repeat 7]

A chief's database of PRECINCTS inspectors with PEOPLE residents each and a year of records
(demo data), and its `district` report for that year:

- `report_ms`: `services.reports.make_report` whole: the queries, the model, the PDF;
- `model_ms`, `render_ms`: its two halves;
- `bare_ms`: bare reportlab drawing the same table cells (the same strings, with drawString
  at fixed positions, the header again on each page) and the same charts on a canvas, in
  the same fonts: the floor any report built with reportlab stands on;
- `ratio`: the whole report against bare drawing (target: at most 1.5), and `render_ratio`:
  the report's drawing alone against bare drawing; each the median of the rounds' ratios;
- with `--hq-people N` (0: skipped), an HQ database of a region of N residents in
  HQ_DISTRICTS districts of HQ_PRECINCTS precincts and its `hq` report for the year: `hq_*`,
  the same figures against bare reportlab drawing its cells (target: at most 2).

The four are run in turn, REPEAT rounds after a warm-up round, so a busy machine slows them
alike; each `*_ms` is the fastest of its runs (the least disturbed), `*_median_ms` the
median. The database is an encrypted file in a temporary folder, deleted at the end.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path

from inspector_app.reports import formatting as fmt
from inspector_app.reports.model import DistrictReport, HqReport
from inspector_app.reports.render import render
from inspector_app.services.demo.fill import DemoRequest, fill_demo
from inspector_app.services.reports import ReportRequest, build_model, make_report
from inspector_app.services.session import Session, open_session
from inspector_app.services.setup import InitRequest, init_database

PASSWORD = "bench-password"
TODAY = date(2026, 12, 31)
REQUEST = ReportRequest("district", period="2026", as_of=datetime(2026, 12, 31, 18, 0))
HQ_REQUEST = ReportRequest("hq", period="2026", as_of=datetime(2026, 12, 31, 18, 0))


def make_session(
    folder: Path, precincts: int, people: int, *, districts: int = 0
) -> tuple[Session, float]:
    """A chief's database (or HQ's with `districts`) filled with a year of demo data."""
    role = "hq" if districts else "chief"
    path = folder / f"{role}.db"
    init_database(
        InitRequest(
            path=path,
            role=role,
            country="KZ",
            device_name="bench",
            login="admin",
            full_name="Бенчмарк",
            password=PASSWORD,
            district_code=None if districts else "12",
        )
    )
    session = open_session(path, "admin", PASSWORD)
    session.today_override = TODAY
    started = time.perf_counter()
    request = DemoRequest(
        people=people, years=1, seed=1, precincts=precincts, districts=districts or None
    )
    fill_demo(session, request)
    return session, time.perf_counter() - started


def timed_ms(actions: dict[str, Callable[[], object]], repeat: int) -> dict[str, list[float]]:
    """Each action run once per round, the rounds after a warm-up one (fonts parsed, pages
    cached); the times of each, in milliseconds."""
    times: dict[str, list[float]] = {name: [] for name in actions}
    for round_number in range(repeat + 1):
        for name, action in actions.items():
            started = time.perf_counter()
            action()
            if round_number:
                times[name].append((time.perf_counter() - started) * 1000)
    return times


def _paired(ours: list[float], floor: list[float]) -> float:
    """The median of the ratios of each round: the runs of one round share the machine's load."""
    return statistics.median(a / b for a, b in zip(ours, floor, strict=True))


def table_cells(model: DistrictReport) -> list[tuple[list[str], list[list[str]]]]:
    """The cells of the report's tables, as its renderer writes them."""
    from inspector_app.reports.pdf import common, side_by_side

    lang = model.header.lang
    _ = common.words(lang)
    wide = [
        [str(k), f"{r.unit.inspector}\n{r.unit.code}", *side_by_side.figures_row(r.figures, lang)]
        for k, r in enumerate(model.rows, start=1)
    ]
    wide.append(["", _("Total"), *side_by_side.figures_row(model.total, lang)])
    fields = ("at_start", "added", "removed", "at_end", "checks_due", "checks_done", "overdue")
    register = [
        [c.name, *(fmt.number(getattr(c, f), lang) for f in fields)] for c in model.total.categories
    ]
    checks = [
        [o.unit, o.person, fmt.day(o.birth_date, lang), o.category, fmt.day(o.last_check, lang),
         fmt.day(o.due, lang), fmt.number(o.days, lang)]
        for o in model.overdue_checks
    ]  # fmt: skip
    appeals = [
        [o.unit, o.number, fmt.day(o.received, lang), o.applicant, fmt.day(o.deadline, lang),
         fmt.number(o.days, lang)]
        for o in model.overdue_appeals
    ]  # fmt: skip
    heads = ["№", _("Inspector, precinct"), *side_by_side.columns(_, model.header.country)]
    ranking = []
    if model.ranking is not None:
        code = model.ranking.indicator
        ranking = [
            [
                str(k),
                f"{u.unit.inspector} ({u.unit.code})",
                common.indicator_cell(code, u.figures, lang),
            ]
            for k, u in enumerate(model.ranking.order, start=1)
        ]
    months = [
        [fmt.month(m.month, lang), *(fmt.number(getattr(m, s), lang) for s in common._SERIES)]
        for m in model.months
    ]
    return [
        (heads, wide),
        ([""] * 4, ranking),
        ([""] * 6, months),
        ([""] * 8, register),
        ([""] * 7, checks),
        ([""] * 6, appeals),
    ]


def hq_table_cells(model: HqReport) -> list[tuple[list[str], list[list[str]]]]:
    """The cells of the HQ report's tables, as its renderer writes them."""
    from inspector_app.reports.pdf import common, side_by_side

    lang = model.header.lang
    _ = common.words(lang)
    wide = [
        [str(k), f"{d.unit.name}\n{d.unit.region}", *side_by_side.figures_row(d.figures, lang)]
        for k, d in enumerate(model.districts, start=1)
    ]
    wide.append(["", _("Total"), *side_by_side.figures_row(model.total, lang)])
    months = [
        [fmt.month(m.month, lang), *(fmt.number(getattr(m, s), lang) for s in common._SERIES)]
        for m in model.months
    ]
    ranking = []
    if model.ranking is not None:
        code = model.ranking.indicator
        ranking = [
            [str(k), d.unit.name, common.indicator_cell(code, d.figures, lang)]
            for k, d in enumerate(model.ranking.order, start=1)
        ]
    heads = ["№", _("District, region"), *side_by_side.columns(_, model.header.country)]
    return [(heads, wide), ([""] * 6, months), ([""] * 4, ranking)]


def hq_bare(model: HqReport) -> bytes:
    """The HQ report's cells and its three charts with nothing but a canvas."""
    months = [fmt.month(m.month, "ru", short=True) for m in model.months]
    charts = [
        (months, [[m.appeals for m in model.months], [m.incidents for m in model.months]]),
        (months, [[m.work for m in model.months], [m.checks_done for m in model.months]]),
        (
            [d.unit.name for d in model.districts],
            [[d.figures.appeals.on_time_percent or 0 for d in model.districts]],
        ),
    ]
    return _draw(hq_table_cells(model), charts)


def bare(model: DistrictReport) -> bytes:
    """The same cells and charts with nothing but a canvas."""
    names = [r.unit.short for r in model.rows]
    charts = [
        (names, [[r.figures.appeals.on_time_percent or 0 for r in model.rows]]),
        (
            names,
            [
                [r.figures.register_total("checks_due") for r in model.rows],
                [r.figures.register_total("checks_done") for r in model.rows],
            ],
        ),
    ]
    return _draw(table_cells(model), charts)


def _draw(
    tables: list[tuple[list[str], list[list[str]]]],
    charts: list[tuple[list[str], list[list[float]]]],
) -> bytes:
    """Table cells drawn with drawString, then the charts two to a page."""
    from reportlab.graphics import renderPDF
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    from inspector_app.reports.pdf import fonts
    from inspector_app.reports.pdf.charts import bar_chart

    fonts.register()
    width, height = landscape(A4)
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(width, height), invariant=1, initialFontName=fonts.REGULAR)
    y = height - 60

    def page() -> None:
        nonlocal y
        canvas.showPage()
        canvas.setFont(fonts.REGULAR, 7)
        y = height - 60

    def row(cells: Sequence[str], column: float, font: str) -> None:
        nonlocal y
        canvas.setFont(font, 7)
        tall = max(c.count("\n") + 1 for c in cells)
        for k, cell in enumerate(cells):
            for line_no, line in enumerate(cell.split("\n")):
                canvas.drawString(40 + k * column, y - 8.5 * line_no, line)
        y -= 8.5 * tall + 5

    for heads, rows in tables:
        column = (width - 80) / max(len(heads), 1)
        row(heads, column, fonts.BOLD)
        for cells in rows:
            if y < 60:
                page()
                row(heads, column, fonts.BOLD)
            row(cells, column, fonts.REGULAR)
        y -= 20
    for k, (categories, series) in enumerate(charts):
        if k % 2 == 0:
            page()  # two charts side by side on a page, as the reports draw them
        names = [f"series {n}" for n in range(len(series))]
        drawing = bar_chart(
            categories, series, names, title="chart", width=(width - 92) / 2, height=190,
            value_text=str,
        )  # fmt: skip
        renderPDF.draw(drawing, canvas, 40 + (k % 2) * (width - 68) / 2, height - 270)
    canvas.save()
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--precincts", type=int, default=50)
    parser.add_argument("--people", type=int, default=400, help="residents per precinct")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--hq-people", type=int, default=1_000_000, help="0: no HQ report")
    parser.add_argument("--hq-districts", type=int, default=10)
    parser.add_argument("--hq-precincts", type=int, default=20, help="per district")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        session, seconds = make_session(Path(folder), args.precincts, args.people)
        try:
            model = build_model(session, REQUEST)
            assert isinstance(model, DistrictReport)
            pages = render(model).pages
            times = timed_ms(
                {
                    "report": lambda: make_report(session, REQUEST),
                    "model": lambda: build_model(session, REQUEST),
                    "render": lambda: render(model),
                    "bare": lambda: bare(model),
                },
                args.repeat,
            )
        finally:
            session.close()
    best = {name: min(values) for name, values in times.items()}
    print(f"precincts\t{args.precincts}")
    print(f"people\t{args.precincts * args.people}")
    print(f"demo_seconds\t{seconds:.1f}")
    print(f"district_pages\t{pages}")
    for name in ("report", "model", "render", "bare"):
        print(f"{name}_ms\t{best[name]:.1f}")
    for name in ("report", "bare"):
        print(f"{name}_median_ms\t{statistics.median(times[name]):.1f}")
    print(f"ratio\t{_paired(times['report'], times['bare']):.2f}")
    print(f"render_ratio\t{_paired(times['render'], times['bare']):.2f}")
    sys.stdout.flush()
    if args.hq_people:
        _hq(args)
    return 0


def _hq(args: argparse.Namespace) -> None:
    """The HQ report of a region of HQ_PEOPLE residents against bare drawing of its cells."""
    precincts = args.hq_districts * args.hq_precincts
    with tempfile.TemporaryDirectory() as folder:
        session, seconds = make_session(
            Path(folder),
            args.hq_precincts,
            max(args.hq_people // precincts, 1),
            districts=args.hq_districts,
        )
        try:
            model = build_model(session, HQ_REQUEST)
            assert isinstance(model, HqReport)
            times = timed_ms(
                {
                    "report": lambda: make_report(session, HQ_REQUEST),
                    "model": lambda: build_model(session, HQ_REQUEST),
                    "bare": lambda: hq_bare(model),
                },
                args.repeat,
            )
            people = session.store.count("person")
        finally:
            session.close()
    print(f"hq_people\t{people}")
    print(f"hq_demo_seconds\t{seconds:.1f}")
    for name in ("report", "model", "bare"):
        print(f"hq_{name}_ms\t{min(times[name]):.1f}")
    print(f"hq_ratio\t{_paired(times['report'], times['bare']):.2f}")
    sys.stdout.flush()


if __name__ == "__main__":
    raise SystemExit(main())
