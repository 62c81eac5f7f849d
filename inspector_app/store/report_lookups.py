"""Record lookups of the person card and the precinct passport (aggregates are in
report_queries)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from inspector_app.store.report_queries import IN_UNITS, LIVE_PERSON, Units, scoped, unit_of
from inspector_app.store.store import Store

# --- a person's card --------------------------------------------------------------------------


def person(store: Store, person_id: str) -> dict[str, Any] | None:
    rows = store.select("SELECT * FROM person WHERE id = ? AND deleted = 0", [person_id])
    return rows[0] if rows else None


def register_entries(store: Store, person_id: str) -> list[dict[str, Any]]:
    return store.select(
        "SELECT * FROM register_entry WHERE person_id = ? AND deleted = 0"
        " ORDER BY start_date, created_version",
        [person_id],
    )


def register_checks(store: Store, person_id: str) -> list[dict[str, Any]]:
    return store.select(
        "SELECT c.entry_id, c.checked_on, c.method, c.result FROM register_check c"
        " JOIN register_entry e ON e.id = c.entry_id AND e.deleted = 0"
        " WHERE e.person_id = ? AND c.deleted = 0 ORDER BY c.checked_on, c.created_version",
        [person_id],
    )


def work_with_person(
    store: Store, person_id: str, start_utc: str | None = None, end_utc: str | None = None
) -> list[dict[str, Any]]:
    """Work log entries naming the person, oldest first (within the bounds when given)."""
    return store.select(
        "SELECT at, kind, summary FROM log_entry WHERE deleted = 0 AND cancel_reason IS NULL"
        " AND at >= coalesce(:start_utc, '') AND at < coalesce(:end_utc, '9')"
        " AND EXISTS (SELECT 1 FROM json_each(person_ids) WHERE value = :person)"
        # a register check's entry: the card lists it among the checks
        " AND NOT EXISTS (SELECT 1 FROM register_check AS c"
        " WHERE c.log_entry_id = log_entry.id AND c.deleted = 0 AND c.person_id = :person)"
        " ORDER BY at, id",
        {"person": person_id, "start_utc": start_utc, "end_utc": end_utc},
    )


def incidents_of_person(store: Store, person_id: str) -> list[dict[str, Any]]:
    return store.select(
        "SELECT i.occurred_at, i.kind, i.number, ip.role FROM incident_person ip"
        " JOIN incident i ON i.id = ip.incident_id AND i.deleted = 0"
        " WHERE ip.person_id = ? AND ip.deleted = 0 ORDER BY i.occurred_at, i.id",
        [person_id],
    )


def appeals_of_person(store: Store, person_id: str) -> list[dict[str, Any]]:
    return store.select(
        "SELECT received_at, number, summary, status FROM appeal"
        " WHERE applicant_id = ? AND deleted = 0 ORDER BY received_at, id",
        [person_id],
    )


# --- the precinct passport --------------------------------------------------------------------


def territory_names(store: Store, ids: Sequence[str]) -> dict[str, str]:
    rows = store.select(
        "SELECT id, name FROM territory WHERE id IN (SELECT value FROM json_each(?))",
        [json.dumps(list(ids))],
    )
    return {r["id"]: r["name"] or "" for r in rows}


def residents_by_settlement(store: Store, units: Units) -> list[dict[str, Any]]:
    """(settlement_id, households, residents) of live people."""
    return scoped(
        store,
        "SELECT settlement_id, count(DISTINCT household_id) AS households,"
        f" count(*) AS residents FROM person WHERE {LIVE_PERSON} AND {unit_of()}{IN_UNITS}"
        " GROUP BY settlement_id",
        units,
    )


def residents_by_age(
    store: Store, units: Units, bounds: Sequence[tuple[str, str]]
) -> list[dict[str, Any]]:
    """(grp, sex, n): `bounds` are (group, latest birth date of the group) from the oldest
    group down; a person belongs to the first group whose date is on or after the birth date.
    People with no birth date are in group "unknown"."""
    return scoped(
        store,
        "SELECT coalesce((SELECT b.value ->> 0 FROM json_each(:bounds) b"
        " WHERE person.birth_date <= b.value ->> 1 ORDER BY b.key LIMIT 1), 'unknown') AS grp,"
        " coalesce(sex, '') AS sex, count(*) AS n"
        f" FROM person WHERE {LIVE_PERSON} AND {unit_of()}{IN_UNITS} GROUP BY grp, sex",
        units,
        {"bounds": json.dumps([list(b) for b in bounds])},
    )


def register_on_day(store: Store, units: Units, day: str) -> list[dict[str, Any]]:
    """(category, n): entries on the register on that day."""
    return scoped(
        store,
        "SELECT category, count(*) AS n FROM register_entry WHERE deleted = 0"
        " AND start_date <= :day AND (end_date IS NULL OR end_date > :day)"
        f" AND {unit_of()}{IN_UNITS} GROUP BY category",
        units,
        {"day": day},
    )


def precinct_objects(store: Store, precinct_id: str) -> list[dict[str, Any]]:
    return store.select(
        "SELECT kind, name, address, contact FROM precinct_object"
        " WHERE precinct_id = ? AND deleted = 0 ORDER BY kind, name, id",
        [precinct_id],
    )
