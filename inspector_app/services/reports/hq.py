"""`hq`: districts and regions with their totals, and the trends month by month."""

from __future__ import annotations

from typing import Any

from inspector_app.reports.model import HqReport, Indicators, Unit, UnitFigures
from inspector_app.services.reports.context import Context
from inspector_app.services.reports.indicators import collect, total
from inspector_app.services.reports.trend import months, ranking


def _groups(
    ctx: Context, figures: dict[str, Indicators], key: str, name: str
) -> dict[str, tuple[dict[str, Any], list[Indicators]]]:
    """Precincts grouped by a column (district or region id), first row of each kept."""
    groups: dict[str, tuple[dict[str, Any], list[Indicators]]] = {}
    for precinct in ctx.scope.precincts:
        group = precinct[key] or precinct[name] or "-"
        groups.setdefault(group, (precinct, []))[1].append(figures[precinct["id"]])
    return groups


def build(ctx: Context) -> HqReport:
    figures = collect(ctx)
    districts = [
        UnitFigures(
            Unit(
                code=first["district_territory_code"] or first["district_code"] or "",
                name=first["district_name"] or first["district_code"] or "-",
                region=first["region_name"] or "",
            ),
            total(items),
        )
        for first, items in _groups(ctx, figures, "district_id", "district_code").values()
    ]
    regions = [
        UnitFigures(Unit(code="", name=first["region_name"] or "-"), total(items))
        for first, items in _groups(ctx, figures, "region_id", "region_name").values()
    ]
    districts.sort(key=lambda u: (u.unit.region, u.unit.name, u.unit.code))
    regions.sort(key=lambda u: u.unit.name)
    return HqReport(
        header=ctx.header("hq"),
        districts=tuple(districts),
        regions=tuple(regions),
        total=total(list(figures.values())),
        months=months(ctx),
        ranking=ranking(tuple(districts), ctx.request.rank_by),
    )
