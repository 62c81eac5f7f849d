"""Lookups of the daily work pages: what is due today, the work log, appeals and incidents.

Lists are paged by key, never by OFFSET: each page starts after the key of the last row of the
page before, so the thousandth page costs what the first does. Newest first, the key is the
moment and the id (ids break ties between records of the same second).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from inspector_app.store.appeal_sql import OPEN_APPEAL_STATUSES, due
from inspector_app.store.store import Store

_DUE = due("a")

Key = tuple[str, str]


_LOG_COLUMNS = (
    "id, kind, at, place, person_ids, companion, summary, outcome, follow_up, inspector_id,"
    " cancel_reason"
)
_APPEAL_COLUMNS = f"a.*, {_DUE} AS due, p.surname, p.name, p.patronymic"
_INCIDENT_COLUMNS = (
    "id, number, occurred_at, place, settlement_id, kind, summary, measures, external_number,"
    " inspector_id, register, outcome"
)


def _ids(values: Sequence[str]) -> str:
    return json.dumps(list(values))


class _Where:
    """AND-ed conditions with their parameters, built from fixed fragments only."""

    def __init__(self, first: str) -> None:
        self.parts = [first]
        self.params: list[Any] = []

    def add(self, condition: str, *params: Any) -> None:
        self.parts.append(condition)
        self.params.extend(params)

    def sql(self) -> str:
        return " AND ".join(self.parts)


def _capped_count(store: Store, table: str, where: _Where, cap: int) -> int:
    """How many rows match, counted up to cap + 1 only: a list of a million says "more than
    the cap" at the cost of the cap."""
    return int(
        store.scalar(
            f"SELECT count(*) FROM (SELECT 1 FROM {table} WHERE {where.sql()} LIMIT ?)",
            [*where.params, cap + 1],
        )
    )


def _newest_first(where: _Where, column: str, after: Key | None, prefix: str = "") -> None:
    """Rows after the key in (column, id) descending order. Written so that SQLite walks the
    index on `column` from the key (an OR of two ranges would make it sort the whole table)."""
    if after is not None:
        where.add(
            f"{prefix}{column} <= ? AND ({prefix}{column} < ? OR {prefix}id < ?)",
            after[0],
            after[0],
            after[1],
        )


# --- register checks due ----------------------------------------------------------------------

# Open entries with the day their next home check is due: `intervals` maps a category to its
# check interval in days (categories without periodic checks are left out). The base is the
# start of the entry or its last check, whichever is later (domain.rules.next_check_due). An
# entry past its planned end on :today is `term_ended`, due on that end: it is to be taken off
# or extended, and no check of it counts as overdue (domain.rules.register_state).
_DUE_CHECKS = """
WITH due AS (
    SELECT e.id, e.person_id, e.category, e.inspector_id,
        (e.planned_end IS NOT NULL AND e.planned_end < :today) AS term_ended,
        CASE WHEN e.planned_end < :today THEN e.planned_end ELSE
        date(max(e.start_date, coalesce((
            SELECT max(c.checked_on) FROM register_check AS c
            WHERE c.entry_id = e.id AND c.deleted = 0), '')),
            '+' || iv.value || ' days') END AS due
    FROM register_entry AS e JOIN json_each(:intervals) AS iv ON iv.key = e.category
    WHERE e.end_date IS NULL AND e.deleted = 0
        AND (:inspector IS NULL OR e.inspector_id = :inspector)
)
"""


def due_checks(
    store: Store,
    intervals: dict[str, int],
    today: str,
    until: str,
    inspector_id: str | None,
    limit: int,
) -> list[dict[str, Any]]:
    """Open register entries whose next check is due on or before `until`, and those past
    their planned end, soonest first, with the person's name."""
    return store.select(
        _DUE_CHECKS + "SELECT due.*, p.surname, p.name, p.patronymic, p.birth_date FROM due"
        " LEFT JOIN person AS p ON p.id = due.person_id"
        " WHERE due.due <= :until ORDER BY due.due, due.id LIMIT :limit",
        {
            "intervals": json.dumps(intervals),
            "inspector": inspector_id,
            "today": today,
            "until": until,
            "limit": limit,
        },
    )


def count_due_checks(
    store: Store, intervals: dict[str, int], today: str, until: str, inspector_id: str | None
) -> tuple[int, int, int]:
    """(overdue: due before `today`, due from `today` to `until`, past their planned end)."""
    row = store.select(
        _DUE_CHECKS + "SELECT sum(due < :today AND NOT term_ended) AS overdue,"
        " sum(due >= :today AND due <= :until) AS soon, sum(term_ended) AS ended FROM due",
        {
            "intervals": json.dumps(intervals),
            "inspector": inspector_id,
            "today": today,
            "until": until,
        },
    )[0]
    return int(row["overdue"] or 0), int(row["soon"] or 0), int(row["ended"] or 0)


def overdue_checks_per_inspector(
    store: Store, intervals: dict[str, int], today: str
) -> dict[str | None, int]:
    rows = store.select(
        _DUE_CHECKS + "SELECT inspector_id, count(*) AS n FROM due"
        " WHERE due < :today AND NOT term_ended"
        " GROUP BY inspector_id",
        {"intervals": json.dumps(intervals), "inspector": None, "today": today},
    )
    return {r["inspector_id"]: int(r["n"]) for r in rows}


# --- people -----------------------------------------------------------------------------------


def people_by_id(store: Store, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Names and birth dates of these people (deleted ones too: a record still names them)."""
    if not ids:
        return {}
    rows = store.select(
        "SELECT id, surname, name, patronymic, birth_date FROM person"
        " WHERE id IN (SELECT value FROM json_each(?))",
        [_ids(ids)],
    )
    return {r["id"]: r for r in rows}


def user_names(store: Store, ids: Sequence[str]) -> dict[str, str]:
    if not ids:
        return {}
    rows = store.select(
        "SELECT id, full_name FROM user WHERE id IN (SELECT value FROM json_each(?))",
        [_ids(ids)],
    )
    return {r["id"]: r["full_name"] or "" for r in rows}


# --- the work log -----------------------------------------------------------------------------


def _dated_where(
    at: str, start: str | None, end: str | None, kind: str | None, inspector_id: str | None
) -> _Where:
    """The filter the dated lists share (the log and incidents): days on the column `at`,
    a kind, an inspector."""
    where = _Where("deleted = 0")
    if start is not None:
        where.add(f"{at} >= ?", start)
    if end is not None:
        where.add(f"{at} < ?", end)
    if kind is not None:
        where.add("kind = ?", kind)
    if inspector_id is not None:
        where.add("inspector_id = ?", inspector_id)
    return where


def _newest_page(
    store: Store,
    table: str,
    columns: str,
    at: str,
    where: _Where,
    after: Key | None,
    limit: int,
) -> list[dict[str, Any]]:
    """One page of a dated list, newest first, after the key `after` (keyset paging)."""
    _newest_first(where, at, after)
    return store.select(
        f"SELECT {columns} FROM {table} WHERE {where.sql()} ORDER BY {at} DESC, id DESC LIMIT ?",
        [*where.params, limit],
    )


def log_entries(
    store: Store,
    *,
    start: str | None,
    end: str | None,
    kind: str | None,
    inspector_id: str | None,
    after: Key | None,
    limit: int,
) -> list[dict[str, Any]]:
    """Entries from `start` (inclusive) to `end` (exclusive), newest first."""
    where = _dated_where("at", start, end, kind, inspector_id)
    return _newest_page(store, "log_entry", _LOG_COLUMNS, "at", where, after, limit)


def count_log_entries(
    store: Store,
    *,
    start: str | None,
    end: str | None,
    kind: str | None,
    inspector_id: str | None,
    cap: int,
) -> int:
    where = _dated_where("at", start, end, kind, inspector_id)
    return _capped_count(store, "log_entry", where, cap)


def _appeal_where(state: str, today: str, inspector_id: str | None) -> _Where:
    where = _Where("a.deleted = 0")
    open_list = ", ".join(f"'{s}'" for s in OPEN_APPEAL_STATUSES)
    if state == "open":
        where.add(f"a.status IN ({open_list})")
    elif state == "overdue":
        where.add(f"a.status IN ({open_list}) AND {_DUE} < ?", today)
    elif state == "closed":
        where.add(f"a.status NOT IN ({open_list})")
    if inspector_id is not None:
        where.add("a.inspector_id = ?", inspector_id)
    return where


def appeals(
    store: Store,
    *,
    state: str,
    today: str,
    inspector_id: str | None,
    after: Key | None,
    limit: int,
) -> list[dict[str, Any]]:
    """Appeals newest first; `state` is all, open, overdue (open, deadline before `today`) or
    closed (forwarded or decided)."""
    where = _appeal_where(state, today, inspector_id)
    _newest_first(where, "received_at", after, "a.")
    return store.select(
        f"SELECT {_APPEAL_COLUMNS} FROM appeal AS a LEFT JOIN person AS p ON p.id = a.applicant_id"
        f" WHERE {where.sql()} ORDER BY a.received_at DESC, a.id DESC LIMIT ?",
        [*where.params, limit],
    )


def count_appeals(
    store: Store, *, state: str, today: str, inspector_id: str | None, cap: int
) -> int:
    where = _appeal_where(state, today, inspector_id)
    return _capped_count(store, "appeal AS a", where, cap)


def appeal_row(store: Store, appeal_id: str) -> dict[str, Any] | None:
    rows = store.select(
        f"SELECT {_APPEAL_COLUMNS} FROM appeal AS a LEFT JOIN person AS p ON p.id = a.applicant_id"
        " WHERE a.id = ? AND a.deleted = 0",
        [appeal_id],
    )
    return rows[0] if rows else None


def open_appeals_due(
    store: Store, until: str, inspector_id: str | None, limit: int
) -> list[dict[str, Any]]:
    """Open appeals whose deadline (as extended) is on or before `until`, soonest first."""
    where = _appeal_where("open", until, inspector_id)
    where.add(f"{_DUE} <= ?", until)
    return store.select(
        f"SELECT {_APPEAL_COLUMNS} FROM appeal AS a LEFT JOIN person AS p ON p.id = a.applicant_id"
        f" WHERE {where.sql()} ORDER BY {_DUE}, a.id LIMIT ?",
        [*where.params, limit],
    )


def count_open_appeals_due(
    store: Store, today: str, until: str, inspector_id: str | None
) -> tuple[int, int]:
    """(overdue: deadline before `today`, due from `today` to `until`)."""
    where = _appeal_where("open", today, inspector_id)
    row = store.select(
        f"SELECT sum({_DUE} < ?) AS overdue,"
        f" sum({_DUE} BETWEEN ? AND ?) AS soon"
        f" FROM appeal AS a WHERE {where.sql()}",
        [today, today, until, *where.params],
    )[0]
    return int(row["overdue"] or 0), int(row["soon"] or 0)


def overdue_appeals_per_inspector(store: Store, today: str) -> dict[str | None, int]:
    where = _appeal_where("overdue", today, None)
    rows = store.select(
        f"SELECT a.inspector_id, count(*) AS n FROM appeal AS a WHERE {where.sql()}"
        " GROUP BY a.inspector_id",
        where.params,
    )
    return {r["inspector_id"]: int(r["n"]) for r in rows}


def appeal_events(store: Store, appeal_id: str) -> list[dict[str, Any]]:
    """The history of an appeal, oldest first."""
    return store.select(
        "SELECT id, at, kind, detail, new_deadline, on_date, authorised_by, late, created_by"
        " FROM appeal_event"
        " WHERE appeal_id = ? AND deleted = 0 ORDER BY at, created_version",
        [appeal_id],
    )


# --- incidents --------------------------------------------------------------------------------


def incidents(
    store: Store,
    *,
    start: str | None,
    end: str | None,
    kind: str | None,
    inspector_id: str | None,
    after: Key | None,
    limit: int,
) -> list[dict[str, Any]]:
    where = _dated_where("occurred_at", start, end, kind, inspector_id)
    return _newest_page(store, "incident", _INCIDENT_COLUMNS, "occurred_at", where, after, limit)


def count_incidents(
    store: Store,
    *,
    start: str | None,
    end: str | None,
    kind: str | None,
    inspector_id: str | None,
    cap: int,
) -> int:
    where = _dated_where("occurred_at", start, end, kind, inspector_id)
    return _capped_count(store, "incident", where, cap)


def incident(store: Store, incident_id: str) -> dict[str, Any] | None:
    rows = store.select(
        f"SELECT {_INCIDENT_COLUMNS} FROM incident WHERE id = ? AND deleted = 0", [incident_id]
    )
    return rows[0] if rows else None


def incident_people(store: Store, incident_ids: Sequence[str]) -> list[dict[str, Any]]:
    """The people of these incidents with their roles and names, in the order entered."""
    if not incident_ids:
        return []
    return store.select(
        "SELECT ip.id, ip.incident_id, ip.person_id, ip.role,"
        " p.surname, p.name, p.patronymic, p.birth_date"
        " FROM incident_person AS ip LEFT JOIN person AS p ON p.id = ip.person_id"
        " WHERE ip.deleted = 0 AND ip.incident_id IN (SELECT value FROM json_each(?))"
        " ORDER BY ip.created_version, ip.id",
        [_ids(incident_ids)],
    )
