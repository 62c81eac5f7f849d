"""`activity`: one inspector's work over the period, with the overdue lists by name."""

from __future__ import annotations

from inspector_app.reports.model import ActivityReport
from inspector_app.services.reports.context import Context
from inspector_app.services.reports.indicators import collect, overdue_lists
from inspector_app.services.reports.scope import single_precinct, unit_from_row
from inspector_app.services.reports.trend import comparison, trend


def build(ctx: Context) -> ActivityReport:
    precinct = single_precinct(ctx.scope)
    checks, appeals = overdue_lists(ctx)
    return ActivityReport(
        header=ctx.header("activity"),
        unit=unit_from_row(precinct),
        figures=collect(ctx)[precinct["id"]],
        overdue_checks=checks,
        overdue_appeals=appeals,
        comparison=comparison(ctx),
        months=trend(ctx),
    )
