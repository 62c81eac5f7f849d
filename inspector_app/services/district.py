"""The chief's and HQ's overview: each inspector side by side (the newest data received from
their laptop, overdue checks and appeals, open conflicts), and the same summed per district and
region.

"Last received" is the newest change made on the inspector's device that this database holds,
and None when it holds none; the packages themselves are counted by services.sync.status, keyed
by the laptop's device id that each line carries.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from inspector_app.domain.hlc import Stamp
from inspector_app.domain.text import sort_key
from inspector_app.services.session import Session
from inspector_app.store import district_queries, notice_queries, work_queries

LEVELS = ("inspector", "district", "region")


@dataclass(frozen=True)
class Figures:
    """One line of the overview: an inspector, or a district or region summed up."""

    key: str  # the inspector's, district's or region's id ("" when unknown)
    name: str
    precincts: str  # codes of the precincts, comma separated
    district: str
    region: str
    inspectors: int
    last_received: datetime | None
    overdue_checks: int
    overdue_appeals: int
    open_conflicts: int
    # the inspector's laptop (None for a district or region line, or when not known yet)
    device_id: str | None = None


@dataclass(frozen=True)
class Overview:
    lines: tuple[Figures, ...]
    # conflicts on records that belong to no inspector (people of no precinct, households...)
    other_conflicts: int


def _received(session: Session, device_id: str | None) -> datetime | None:
    if not device_id or device_id == session.device_id:
        return None
    stamp = district_queries.newest_change_of_device(session.store, device_id)
    if stamp is None:
        return None
    return datetime.fromtimestamp(Stamp.parse(stamp).wall_ms / 1000, UTC)


@dataclass(frozen=True)
class _Line:
    figures: Figures
    district_id: str
    region_id: str


def _inspector_lines(session: Session) -> list[_Line]:
    today = session.today().isoformat()
    intervals = {
        c.code: c.check_interval_days
        for c in session.refdata.categories
        if c.check_interval_days is not None
    }
    checks = work_queries.overdue_checks_per_inspector(session.store, intervals, today)
    appeals = work_queries.overdue_appeals_per_inspector(session.store, today)
    conflicts = district_queries.open_conflicts_per_inspector(session.store)
    by_inspector: dict[str, list[dict[str, Any]]] = {}
    for p in district_queries.precincts_with_districts(session.store):
        if p["inspector_id"]:
            by_inspector.setdefault(str(p["inspector_id"]), []).append(p)
    lines = []
    for user in notice_queries.field_users(session.store):
        own = by_inspector.get(user["id"], [])
        first = own[0] if own else {}
        lines.append(
            _Line(
                Figures(
                    key=user["id"],
                    name=user["full_name"] or user["login"] or "?",
                    precincts=", ".join(str(p["code"]) for p in own),
                    district=str(first.get("district_name") or first.get("district_code") or ""),
                    region=str(first.get("region_name") or ""),
                    inspectors=1,
                    last_received=_received(session, user["device_id"]),
                    overdue_checks=checks.get(user["id"], 0),
                    overdue_appeals=appeals.get(user["id"], 0),
                    open_conflicts=conflicts.get(user["id"], 0),
                    device_id=user["device_id"] or None,
                ),
                str(first.get("district_id") or ""),
                str(first.get("region_id") or ""),
            )
        )
    return lines


def _latest(a: datetime | None, b: datetime | None) -> datetime | None:
    if a is None or b is None:
        return a or b
    return max(a, b)


def _grouped(lines: list[_Line], level: str) -> list[Figures]:
    groups: dict[str, Figures] = {}
    for line in lines:
        f = line.figures
        key = line.district_id if level == "district" else line.region_id
        known = groups.get(key)
        if known is None:
            groups[key] = replace(
                f,
                key=key,
                name=f.district if level == "district" else f.region,
                district=f.district if level == "district" else "",
                device_id=None,
            )
            continue
        groups[key] = replace(
            known,
            precincts=", ".join(x for x in (known.precincts, f.precincts) if x),
            inspectors=known.inspectors + 1,
            last_received=_latest(known.last_received, f.last_received),
            overdue_checks=known.overdue_checks + f.overdue_checks,
            overdue_appeals=known.overdue_appeals + f.overdue_appeals,
            open_conflicts=known.open_conflicts + f.open_conflicts,
        )
    return list(groups.values())


def overview(session: Session, level: str = "inspector") -> Overview:
    """Figures per inspector, district or region (one of LEVELS), sorted by name."""
    session.require("district.view")
    if level not in LEVELS:
        level = "inspector"
    found = _inspector_lines(session)
    lines = [line.figures for line in found] if level == "inspector" else _grouped(found, level)
    lines.sort(key=lambda f: (sort_key(f.name), f.key))
    conflicts = district_queries.open_conflicts_per_inspector(session.store)
    return Overview(tuple(lines), conflicts.get(None, 0))
