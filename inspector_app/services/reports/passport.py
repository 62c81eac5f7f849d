"""`passport`: the precinct passport: its villages, residents by age, the register on the
as-of day, and the objects of the precinct."""

from __future__ import annotations

import json
from datetime import date

from inspector_app.reports.model import AgeLine, Named, ObjectLine, Passport, SettlementLine
from inspector_app.services.reports.context import Context
from inspector_app.services.reports.scope import single_precinct, unit_from_row
from inspector_app.store import report_lookups as lookups

# Age groups from the oldest down, by the lowest age of each.
AGE_GROUPS = (("60+", 60), ("30-59", 30), ("18-29", 18), ("0-17", 0))


def latest_birth(day: date, years: int) -> date:
    """The latest birth date of someone `years` old or older on `day` (29 February: 28th)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def build(ctx: Context) -> Passport:
    precinct = single_precinct(ctx.scope)
    store, units = ctx.session.store, ctx.scope.units
    by_settlement = {r["settlement_id"]: r for r in lookups.residents_by_settlement(store, units)}
    listed = [s for s in json.loads(precinct["settlement_ids"] or "[]") if s]
    ids = [*listed, *sorted(s for s in by_settlement if s and s not in listed)]
    names = lookups.territory_names(store, ids)
    settlements = [
        SettlementLine(
            names.get(s, "-"),
            int(by_settlement.get(s, {}).get("households", 0)),
            int(by_settlement.get(s, {}).get("residents", 0)),
        )
        for s in ids
    ]
    if None in by_settlement:  # residents with no village recorded
        row = by_settlement[None]
        settlements.append(SettlementLine("", int(row["households"]), int(row["residents"])))
    bounds = [(group, latest_birth(ctx.as_of, age).isoformat()) for group, age in AGE_GROUPS]
    ages: dict[str, dict[str, int]] = {}
    for row in lookups.residents_by_age(store, units, bounds):
        ages.setdefault(row["grp"], {})[row["sex"]] = ages.get(row["grp"], {}).get(
            row["sex"], 0
        ) + int(row["n"])
    groups = [g for g, _ in reversed(AGE_GROUPS)] + (["unknown"] if "unknown" in ages else [])
    on_register = {
        r["category"]: int(r["n"])
        for r in lookups.register_on_day(store, units, ctx.as_of.isoformat())
    }
    categories = [c.code for c in ctx.session.refdata.categories]
    categories += sorted(set(on_register) - set(categories))
    return Passport(
        header=ctx.header("passport"),
        unit=unit_from_row(precinct),
        post_address=precinct["post_address"] or "",
        population=precinct["population"],
        residents=sum(s.residents for s in settlements),
        households=sum(s.households for s in settlements),
        settlements=tuple(settlements),
        ages=tuple(
            AgeLine(g, ages.get(g, {}).get("M", 0), ages.get(g, {}).get("F", 0)) for g in groups
        ),
        register=tuple(
            Named(c, ctx.name("categories", c), on_register.get(c, 0)) for c in categories
        ),
        objects=tuple(
            ObjectLine(o["kind"] or "", o["name"] or "", o["address"] or "", o["contact"] or "")
            for o in lookups.precinct_objects(store, precinct["id"])
        ),
    )
