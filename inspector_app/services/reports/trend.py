"""The trend month by month of a report's scope, and the comparisons with earlier periods."""

from __future__ import annotations

from collections import defaultdict

from inspector_app.reports import indicators as ind
from inspector_app.reports.indicators import CHECK_LOG_KIND
from inspector_app.reports.model import Comparison, MonthFigures, Ranking, UnitFigures
from inspector_app.services.reports.context import Context
from inspector_app.services.reports.indicators import collect, total
from inspector_app.services.reports.periods import previous, year_earlier
from inspector_app.store import report_queries as rq

SERIES = ("appeals", "incidents", "work", "checks_done", "register_added")


def months(ctx: Context) -> tuple[MonthFigures, ...]:
    """Each month of the period begun by the as-of day, with its counts."""
    assert ctx.period is not None
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    for row in rq.monthly(ctx.session.store, ctx.scope.units, ctx.window, (CHECK_LOG_KIND,)):
        counts[row["month"]][row["series"]] = int(row["n"])
    return tuple(
        MonthFigures(
            month=first_day,
            **{s: counts.get(first_day.strftime("%Y-%m"), {}).get(s, 0) for s in SERIES},
        )
        for first_day in ctx.period.months()
        if first_day <= ctx.as_of  # a month not begun on the as-of day has no trend yet
    )


def trend(ctx: Context) -> tuple[MonthFigures, ...]:
    """The months, when there are two at least (one month is no trend)."""
    found = months(ctx)
    return found if len(found) > 1 else ()


def comparison(ctx: Context) -> Comparison:
    """The scope's figures for the period before and for the same period a year earlier."""
    assert ctx.period is not None
    before, year_ago = previous(ctx.period), year_earlier(ctx.period)
    population = [p["population"] for p in ctx.scope.precincts]
    return Comparison(
        previous_period=before,
        previous=total(list(collect(ctx.earlier(before)).values())),
        year_ago_period=year_ago,
        year_ago=total(list(collect(ctx.earlier(year_ago)).values())),
        population=sum(population) if all(isinstance(n, int) for n in population) else None,
    )


# What the district and HQ reports rank by unless told.
DEFAULT_RANKING = "appeals_on_time_percent"


def ranking(rows: tuple[UnitFigures, ...], code: str | None) -> Ranking:
    """The units by one indicator, best first (most; for overdue counts, fewest), and their
    average; units without a value (no appeal decided) last."""
    code = code or DEFAULT_RANKING
    fewer_is_better = "overdue" in code or code.endswith("_late")

    def value(row: UnitFigures) -> float | None:
        found = ind.value(code, row.figures)
        return None if found is None else float(found)

    known = [v for v in map(value, rows) if v is not None]
    order = sorted(
        rows,
        key=lambda r: (
            value(r) is None,
            (value(r) or 0) if fewer_is_better else -(value(r) or 0),
            r.unit.code,
        ),
    )
    return Ranking(code, tuple(order), sum(known) / len(known) if known else None)
