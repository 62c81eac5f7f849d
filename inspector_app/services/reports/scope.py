"""Which precincts a report covers: one named precinct, a district, or by default what the
database holds for its role (an inspector's precinct, a chief's district, HQ's region)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from inspector_app.domain.errors import AppError
from inspector_app.reports.model import Unit
from inspector_app.services.session import Session
from inspector_app.store import queries, report_queries
from inspector_app.store.report_queries import Units


@dataclass(frozen=True)
class Scope:
    level: str  # precinct, district, region
    name: str  # as the header shows it
    precincts: tuple[dict[str, Any], ...]  # rows of report_queries.precincts, by code
    units: Units

    @property
    def codes(self) -> dict[str, str]:
        """Precinct id -> code, for lists that say whose an entry is."""
        return {p["id"]: p["code"] or "" for p in self.precincts}


def precinct_label(precinct: dict[str, Any]) -> str:
    name, code = precinct["name"] or "", precinct["code"] or ""
    return f"{name} ({code})" if name and code and code not in name else name or code


def short_name(full_name: str | None) -> str:
    """ "Елеусізов Әмір Есенович" as "Елеусізов Ә. Е."."""
    parts = (full_name or "").split()
    if not parts:
        return ""
    return " ".join([parts[0], *(f"{p[0]}." for p in parts[1:3])])


def unit_from_row(precinct: dict[str, Any]) -> Unit:
    inspector = " ".join(p for p in (precinct["inspector_rank"], precinct["inspector_name"]) if p)
    return Unit(
        short=short_name(precinct["inspector_name"]) or precinct["code"] or "",
        code=precinct["code"] or "",
        name=precinct["name"] or "",
        inspector=inspector,
        district=precinct["district_name"] or precinct["district_code"] or "",
        region=precinct["region_name"] or "",
    )


def _names(values: list[str | None]) -> str:
    return ", ".join(dict.fromkeys(v for v in values if v))


def resolve_scope(
    session: Session, precinct_code: str | None = None, district_code: str | None = None
) -> Scope:
    every = report_queries.precincts(session.store)
    # On an inspector's database, records that name no precinct are the inspector's own.
    own = queries.own_precinct(session.store) if session.device_role == "inspector" else None
    default = own["id"] if own else None
    known = ", ".join(sorted({p["code"] for p in every if p["code"]})) or "-"
    if precinct_code:
        chosen = [p for p in every if p["code"] == precinct_code]
        if not chosen:
            raise AppError("report.no_precinct", precinct=precinct_code, known=known)
        level = "precinct"
    elif district_code:
        chosen = [
            p for p in every if district_code in (p["district_code"], p["district_territory_code"])
        ]
        if not chosen:
            districts = sorted({p["district_code"] for p in every if p["district_code"]})
            raise AppError("report.no_district", district=district_code, known=", ".join(districts))
        level = "district"
    elif session.device_role == "inspector":
        chosen = [p for p in every if own and p["id"] == own["id"]] or every[:1]
        level = "precinct"
    else:
        chosen = every
        level = "district" if session.device_role == "chief" else "region"
    if not chosen:
        raise AppError("report.no_precinct", precinct="-", known=known)
    if level == "precinct":
        name = _names([precinct_label(p) for p in chosen])
    elif level == "district":
        name = _names([p["district_name"] or p["district_code"] for p in chosen])
    else:
        name = _names([p["region_name"] for p in chosen]) or _names(
            [p["district_name"] for p in chosen]
        )
    return Scope(level, name, tuple(chosen), Units(tuple(p["id"] for p in chosen), default))


@dataclass(frozen=True)
class ScopeChoice:
    level: str  # precinct or district
    code: str  # what ReportRequest.precinct or .district takes
    name: str


def scope_choices(session: Session) -> list[ScopeChoice]:
    """The precincts and districts of this database the user may make reports of, for a
    form's scope list."""
    from inspector_app.services.reports.access import reachable_precincts  # it imports Scope

    reachable = reachable_precincts(session)
    every = [
        p
        for p in report_queries.precincts(session.store)
        if reachable is None or p["id"] in reachable
    ]
    districts = {
        p["district_code"] or p["district_territory_code"]: p["district_name"] or ""
        for p in every
        if p["district_code"] or p["district_territory_code"]
    }
    return [ScopeChoice("precinct", p["code"], precinct_label(p)) for p in every if p["code"]] + [
        ScopeChoice("district", code, name or code) for code, name in sorted(districts.items())
    ]


def single_precinct(scope: Scope) -> dict[str, Any]:
    """The one precinct a report about one inspector needs; refused when the scope has more."""
    if len(scope.precincts) != 1:
        raise AppError(
            "report.choose_precinct",
            known=", ".join(p["code"] or "" for p in scope.precincts),
        )
    return scope.precincts[0]
