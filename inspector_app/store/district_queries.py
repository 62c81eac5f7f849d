"""Lookups of the district overview: per inspector, the newest change from their device and the
open conflicts on their records (overdue checks and appeals are in work_queries)."""

from __future__ import annotations

from typing import Any

from inspector_app.store.store import Store

# Records that name their inspector, and people through the inspector of their precinct.
_CONFLICT_OWNERS = (
    *(
        f"SELECT r.inspector_id AS inspector_id FROM conflict AS c JOIN {entity} AS r"
        f" ON r.id = c.record_id WHERE c.entity = '{entity}'"
        for entity in ("register_entry", "register_check", "log_entry", "appeal", "incident")
    ),
    "SELECT pr.inspector_id AS inspector_id FROM conflict AS c JOIN person AS r"
    " ON r.id = c.record_id JOIN precinct AS pr ON pr.id = r.precinct_id"
    " WHERE c.entity = 'person'",
)


def newest_change_of_device(store: Store, device_id: str) -> str | None:
    """The clock stamp of the newest change made on a device, None when none has arrived."""
    found = store.scalar("SELECT max(hlc) FROM change WHERE device = ?", [device_id])
    return str(found) if found else None


def open_conflicts_per_inspector(store: Store) -> dict[str | None, int]:
    """Open conflicts on each inspector's records; None holds those of no inspector."""
    rows = store.select(
        "SELECT inspector_id, count(*) AS n FROM (" + " UNION ALL ".join(_CONFLICT_OWNERS) + ")"
        " GROUP BY inspector_id"
    )
    counts: dict[str | None, int] = {r["inspector_id"]: int(r["n"]) for r in rows}
    total = int(store.scalar("SELECT count(*) FROM conflict"))
    attributed = sum(n for k, n in counts.items() if k is not None)
    counts[None] = total - attributed
    return counts


def precincts_with_districts(store: Store) -> list[dict[str, Any]]:
    """Precincts with their district and region (names and ids) for grouping."""
    return store.select(
        "SELECT p.id, p.code, p.name, p.inspector_id, p.district_id, p.district_code,"
        " d.name AS district_name, d.parent_id AS region_id, r.name AS region_name"
        " FROM precinct AS p LEFT JOIN territory AS d ON d.id = p.district_id"
        " LEFT JOIN territory AS r ON r.id = d.parent_id"
        " WHERE p.deleted = 0 ORDER BY p.code, p.id"
    )
