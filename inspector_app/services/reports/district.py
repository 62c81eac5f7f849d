"""`district`: every inspector of the district side by side, with the district's overdue
lists."""

from __future__ import annotations

from inspector_app.reports.model import DistrictReport, UnitFigures
from inspector_app.services.reports.context import Context
from inspector_app.services.reports.indicators import collect, overdue_lists, total
from inspector_app.services.reports.scope import unit_from_row
from inspector_app.services.reports.trend import ranking, trend


def build(ctx: Context) -> DistrictReport:
    figures = collect(ctx)
    rows = tuple(UnitFigures(unit_from_row(p), figures[p["id"]]) for p in ctx.scope.precincts)
    checks, appeals = overdue_lists(ctx)
    return DistrictReport(
        header=ctx.header("district"),
        rows=rows,
        total=total([r.figures for r in rows]),
        overdue_checks=checks,
        overdue_appeals=appeals,
        ranking=ranking(rows, ctx.request.rank_by),
        months=trend(ctx),
    )
