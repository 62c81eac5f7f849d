"""The indicators of DOMAIN.md "Reports people ask for", per precinct, from the aggregate
queries; and their sums for a district, a region or a whole report."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from inspector_app.domain.local_time import local_day
from inspector_app.domain.people import full_name
from inspector_app.reports.indicators import CHECK_LOG_KIND, VISIT_KINDS
from inspector_app.reports.model import (
    AppealFigures,
    CategoryFigures,
    Indicators,
    Named,
    OverdueAppeal,
    OverdueCheck,
    ProposalFigures,
)
from inspector_app.services.reports.context import Context
from inspector_app.store import partnership_report_queries as pq
from inspector_app.store import report_queries as rq
from inspector_app.store.report_queries import Units

_PROPOSAL_FIELDS = ("received", "done", "declined", "in_work")
# Register categories of protective (KZ) and protection (KG) orders.
PROTECTIVE_CATEGORIES = frozenset({"protective_order", "protection_order"})
_CATEGORY_FIELDS = ("at_start", "added", "removed", "at_end", "checks_due", "checks_done")


def _ordered(known: Sequence[str], found: Iterable[str]) -> list[str]:
    """Codes of reference data in their order, then codes only the data has, sorted."""
    extra = sorted(set(found) - set(known))
    return [*known, *extra]


def _by_unit(rows: Iterable[dict[str, Any]], key: str) -> dict[str, dict[str, int]]:
    table: dict[str, dict[str, int]] = defaultdict(dict)
    for row in rows:
        table[row["unit"]][row[key] or ""] = int(row["n"])
    return table


def collect(ctx: Context, units: Units | None = None) -> dict[str, Indicators]:
    """Indicators of every precinct of `units` (the scope's by default), by precinct id."""
    units = units or ctx.scope.units
    store, window, refdata = ctx.session.store, ctx.window, ctx.session.refdata
    households = rq.households(store, units)
    visited = rq.visited_households(store, units, window, VISIT_KINDS)
    work = _by_unit(rq.work_by_kind(store, units, window), "kind")
    incidents = _by_unit(rq.incidents_by_kind(store, units, window), "kind")
    done = _by_unit(rq.checks_done(store, units, window), "category")
    overdue = _by_unit(rq.overdue_by_category(store, units, window, ctx.intervals), "category")
    movement: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for row in rq.register_by_category(store, units, window, ctx.intervals):
        movement[row["unit"]][row["category"]] = row
    appeals = {r["unit"]: r for r in rq.appeal_figures(store, units, window)}
    proposals = {r["unit"]: r for r in pq.proposal_figures(store, units, window)}

    categories = [c.code for c in refdata.categories]
    # a register check is counted from the register, not from the work log as well
    work_kinds = [k.code for k in refdata.log_kinds if k.code != CHECK_LOG_KIND]
    incident_kinds = [k.code for k in refdata.incident_kinds]
    result: dict[str, Indicators] = {}
    for unit in units.ids:
        moved = movement.get(unit, {})
        register = []
        for code in _ordered(categories, [*moved, *done.get(unit, {}), *overdue.get(unit, {})]):
            row = moved.get(code, {})
            register.append(
                CategoryFigures(
                    code=code,
                    name=ctx.name("categories", code),
                    at_start=int(row.get("at_start", 0)),
                    added=int(row.get("added", 0)),
                    removed=int(row.get("removed", 0)),
                    at_end=int(row.get("at_end", 0)),
                    checks_due=int(row.get("checks_due", 0)),
                    checks_done=done.get(unit, {}).get(code, 0),
                    overdue=overdue.get(unit, {}).get(code, 0),
                )
            )
        a = appeals.get(unit, {})
        result[unit] = Indicators(
            households=households.get(unit, 0),
            visited=visited.get(unit, 0),
            categories=tuple(register),
            work=_named(
                ctx,
                "log_kinds",
                work_kinds,
                {k: v for k, v in work.get(unit, {}).items() if k != CHECK_LOG_KIND},
            ),
            protective_orders=sum(c.added for c in register if c.code in PROTECTIVE_CATEGORIES),
            appeals=AppealFigures(
                **{k: int(a.get(k, 0)) for k in ("received", "on_time", "late", "forwarded")},
                open=int(a.get("open", 0)),
                overdue=int(a.get("overdue", 0)),
                carried_over=int(a.get("carried_over", 0)),
            ),
            incidents=_named(ctx, "incident_kinds", incident_kinds, incidents.get(unit, {})),
            proposals=ProposalFigures(
                **{k: int(proposals.get(unit, {}).get(k) or 0) for k in _PROPOSAL_FIELDS}
            ),
        )
    return result


def _named(
    ctx: Context, kind_list: str, known: list[str], counts: dict[str, int]
) -> tuple[Named, ...]:
    return tuple(
        Named(code, ctx.name(kind_list, code), counts.get(code, 0))
        for code in _ordered(known, counts)
    )


def _sum_named(groups: Sequence[tuple[Named, ...]]) -> tuple[Named, ...]:
    order: dict[str, str] = {}
    totals: dict[str, int] = defaultdict(int)
    for group in groups:
        for item in group:
            order.setdefault(item.code, item.name)
            totals[item.code] += item.count
    return tuple(Named(code, name, totals[code]) for code, name in order.items())


def total(items: Sequence[Indicators]) -> Indicators:
    """The sum of several precincts' indicators (a district, a region, a report)."""
    categories: dict[str, dict[str, Any]] = {}
    for figures in items:
        for c in figures.categories:
            into = categories.setdefault(c.code, {"name": c.name, "overdue": 0})
            for field in _CATEGORY_FIELDS:
                into[field] = into.get(field, 0) + getattr(c, field)
            into["overdue"] += c.overdue
    appeal_fields = ("received", "on_time", "late", "forwarded", "open", "overdue", "carried_over")
    return Indicators(
        households=sum(f.households for f in items),
        visited=sum(f.visited for f in items),
        categories=tuple(
            CategoryFigures(code=code, **values) for code, values in categories.items()
        ),
        work=_sum_named([f.work for f in items]),
        protective_orders=sum(f.protective_orders for f in items),
        appeals=AppealFigures(
            **{k: sum(getattr(f.appeals, k) for f in items) for k in appeal_fields}
        ),
        incidents=_sum_named([f.incidents for f in items]),
        proposals=ProposalFigures(
            **{k: sum(getattr(f.proposals, k) for f in items) for k in _PROPOSAL_FIELDS}
        ),
    )


def applicant(row: dict[str, Any]) -> str:
    """The applicant as typed on the appeal, else the resident it names."""
    person = {
        "surname": row["applicant_surname"],
        "name": row["applicant_given"],
        "patronymic": row["applicant_patronymic"],
    }
    return row["applicant_name"] or full_name(person) or "-"


def overdue_lists(ctx: Context) -> tuple[tuple[OverdueCheck, ...], tuple[OverdueAppeal, ...]]:
    """The overdue home checks and appeals of the scope on the as-of day, by name."""
    store, units, window, codes = ctx.session.store, ctx.scope.units, ctx.window, ctx.scope.codes
    checks = tuple(
        OverdueCheck(
            unit=codes.get(r["unit"], ""),
            person=full_name(r) or "-",
            birth_date=date.fromisoformat(r["birth_date"]) if r["birth_date"] else None,
            category=ctx.name("categories", r["category"]),
            last_check=date.fromisoformat(r["last_check"]) if r["last_check"] else None,
            due=date.fromisoformat(r["due"]),
            days=int(r["days"]),
        )
        for r in rq.overdue_checks(store, units, window, ctx.intervals)
    )
    appeals = tuple(
        OverdueAppeal(
            unit=codes.get(r["unit"], ""),
            number=r["number"] or "",
            received=local_day(r["received_at"], ctx.country),
            applicant=applicant(r),
            deadline=date.fromisoformat(r["due"]),
            days=int(r["days"]),
        )
        for r in rq.overdue_appeals(store, units, window)
    )
    return checks, appeals
