"""Who may make which report of whose data (the rule is domain/roles.py): checked for every
report before a figure is read, so a report never shows another precinct's or district's data
to a role that may not read it."""

from __future__ import annotations

from inspector_app.domain import roles
from inspector_app.domain.errors import AppError
from inspector_app.services.reports.scope import Scope
from inspector_app.services.session import Session
from inspector_app.store import report_lookups, report_queries


def reachable_precincts(session: Session) -> frozenset[str] | None:
    """Ids of the precincts whose data this user's reports may show; None: every one."""
    reach = roles.REPORT_REACH.get(session.role, "precinct")
    if reach == "all":
        return None
    every = report_queries.precincts(session.store)
    if reach == "precinct":
        own = {p["id"] for p in every if p["inspector_id"] == session.user_id}
        if session.own_precinct_id:
            own.add(session.own_precinct_id)
        return frozenset(own)
    device = session.store.get("device", session.device_id) or {}
    code = device.get("district_code")
    district = {
        p["id"]
        for p in every
        if code and code in (p["district_code"], p["district_territory_code"])
    }
    if district:
        return frozenset(district)
    # A chief's database receives its own district's data only (sync refuses the rest).
    return frozenset(p["id"] for p in every) if session.device_role == "chief" else frozenset()


def require_report(session: Session, kind: str) -> None:
    """The role may make this kind of report at all."""
    roles.require_report(session.role, kind)


def require_scope(session: Session, scope: Scope) -> None:
    """Every precinct of the report is one the user may read."""
    reachable = reachable_precincts(session)
    if reachable is None:
        return
    foreign = [p["code"] or p["id"] for p in scope.precincts if p["id"] not in reachable]
    if foreign:
        raise AppError("role.report_scope", role=session.role, scope=", ".join(foreign))


def require_person(session: Session, person_id: str) -> None:
    """The person lives in a precinct the user may read (a resident of their own)."""
    reachable = reachable_precincts(session)
    if reachable is None:
        return
    person = report_lookups.person(session.store, person_id)
    if person is None:
        return  # the card says there is no such person
    precinct = person["precinct_id"] or session.own_precinct_id
    if precinct not in reachable:
        raise AppError("role.report_scope", role=session.role, scope=person_id)
