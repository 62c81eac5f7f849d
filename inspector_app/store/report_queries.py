"""Aggregate queries of the reports: counts made in SQL, per precinct, over a window of days.

Every function takes a `Units` (which precincts, and which one owns records that name none:
on an inspector's database records typed before the precinct was set carry no precinct) and,
where time matters, a `Window`. Rows come back as plain dicts; services turn them into report
models. Timestamps are compared with the UTC bounds of the local days (a range the indexes on
`at`, `received_at` and `occurred_at` serve); dates are compared as ISO text. Counts grouped by
precinct keep the groups of the chosen precincts (HAVING): testing each row costs more than
the counting itself (measured: 43 ms against 15 ms for 20,000 residents).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from inspector_app.store.appeal_sql import due
from inspector_app.store.as_of import in_past_view
from inspector_app.store.store import Store

# A record's precinct: its own, else the default of the database (the inspector's precinct).
_UNIT = "coalesce({t}precinct_id, :default_unit)"
IN_UNITS = " IN (SELECT value FROM json_each(:units))"
# "+" keeps SQLite from reading nearly every person through the merged_into index.
LIVE_PERSON = "deleted = 0 AND +merged_into IS NULL"


@dataclass(frozen=True)
class Units:
    ids: tuple[str, ...]  # precinct ids
    default: str | None = None  # the precinct of records that name none

    def params(self) -> dict[str, Any]:
        return {"units": json.dumps(list(self.ids)), "default_unit": self.default}


@dataclass(frozen=True)
class Window:
    start: str  # first day, ISO
    end: str  # last day, ISO (included)
    start_utc: str  # local midnight starting `start`, as UTC text
    end_utc: str  # local midnight after `end`, as UTC text
    ref: str  # the as-of day: open and overdue are judged on it (never after `end`)
    ref_end_utc: str  # local midnight after `ref`, as UTC text
    tz: str  # SQLite modifier from UTC to local time, "+5 hours"

    def params(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "start_utc": self.start_utc,
            "end_utc": self.end_utc,
            "ref": self.ref,
            "ref_end_utc": self.ref_end_utc,
            "tz": self.tz,
        }


def unit_of(alias: str = "") -> str:
    return _UNIT.format(t=f"{alias}." if alias else "")


def scoped(store: Store, sql: str, units: Units, *parts: Mapping[str, Any]) -> list[dict[str, Any]]:
    params = units.params()
    for part in parts:
        params.update(part)
    return store.select(sql, params)


# --- where and when ---------------------------------------------------------------------------


def precincts(store: Store) -> list[dict[str, Any]]:
    """Every live precinct with its inspector, district and region, by code."""
    return store.select(
        "SELECT p.id, p.code, p.name, p.district_code, p.post_address, p.population,"
        " p.households_count, p.settlement_ids, p.inspector_id, p.phone, p.reception_hours,"
        " u.full_name AS inspector_name, u.rank AS inspector_rank,"
        " d.id AS district_id, d.name AS district_name, d.code AS district_territory_code,"
        " r.id AS region_id, r.name AS region_name"
        " FROM precinct p"
        " LEFT JOIN user u ON u.id = p.inspector_id AND u.deleted = 0"
        " LEFT JOIN territory d ON d.id = p.district_id AND d.deleted = 0"
        " LEFT JOIN territory r ON r.id = d.parent_id AND r.deleted = 0"
        " WHERE p.deleted = 0 ORDER BY p.code, p.id"
    )


# The newest stamp of each device, one device after another: with an index on (device, hlc)
# each step is a seek, where max(hlc) over the whole log would read millions of entries.
_NEWEST = (
    "WITH RECURSIVE devices(device) AS ("
    " SELECT min(device) FROM change"
    " UNION ALL SELECT (SELECT min(c.device) FROM change c WHERE c.device > devices.device)"
    " FROM devices WHERE devices.device IS NOT NULL)"
    " SELECT max((SELECT max(c.hlc) FROM change c WHERE c.device = devices.device))"
    " FROM devices WHERE devices.device IS NOT NULL"
)


def newest_change(store: Store) -> str | None:
    """The clock stamp of the newest change in the data (sorts as the clock does)."""
    found = store.scalar(_NEWEST)
    return str(found) if found else None


# --- households and work ----------------------------------------------------------------------


def households(store: Store, units: Units) -> dict[str, int]:
    """Households with at least one live resident, per precinct. The distinct (precinct,
    household) pairs come from the narrow partial index of migration 0005_report_indexes."""
    # a past view (a report --as-of) has no index to name
    hint = "" if in_past_view(store, "person") else " INDEXED BY person_unit_household"
    rows = scoped(
        store,
        "SELECT unit, count(*) AS n FROM ("
        f" SELECT DISTINCT {unit_of()} AS unit, household_id"
        f" FROM person{hint}"
        " WHERE deleted = 0 AND merged_into IS NULL AND household_id IS NOT NULL)"
        f" GROUP BY unit HAVING unit{IN_UNITS}",
        units,
    )
    return {r["unit"]: int(r["n"]) for r in rows}


def visited_households(
    store: Store, units: Units, window: Window, kinds: Sequence[str]
) -> dict[str, int]:
    """Distinct households named by work log entries of these kinds (rounds) in the window."""
    rows = scoped(
        store,
        f"SELECT {unit_of()} AS unit, count(DISTINCT household_id) AS n FROM log_entry"
        " WHERE deleted = 0 AND cancel_reason IS NULL AND household_id IS NOT NULL"
        " AND kind IN (SELECT value FROM json_each(:kinds))"
        f" AND at >= :start_utc AND at < :end_utc GROUP BY unit HAVING unit{IN_UNITS}",
        units,
        window.params(),
        {"kinds": json.dumps(list(kinds))},
    )
    return {r["unit"]: int(r["n"]) for r in rows}


def work_by_kind(store: Store, units: Units, window: Window) -> list[dict[str, Any]]:
    """(unit, kind, n): work log entries in the window."""
    return scoped(
        store,
        f"SELECT {unit_of()} AS unit, kind, count(*) AS n FROM log_entry"
        " WHERE deleted = 0 AND cancel_reason IS NULL AND at >= :start_utc AND at < :end_utc"
        f" GROUP BY unit, kind HAVING unit{IN_UNITS}",
        units,
        window.params(),
    )


def incidents_by_kind(store: Store, units: Units, window: Window) -> list[dict[str, Any]]:
    """(unit, kind, n): incidents that occurred in the window."""
    return scoped(
        store,
        f"SELECT {unit_of()} AS unit, kind, count(*) AS n FROM incident"
        " WHERE deleted = 0 AND occurred_at >= :start_utc AND occurred_at < :end_utc"
        f" GROUP BY unit, kind HAVING unit{IN_UNITS}",
        units,
        window.params(),
    )


# --- the preventive register ------------------------------------------------------------------

# Days from an entry's start, for the checks its category schedules: one every `iv` days after
# the start (start + iv, start + 2 iv, ...) while the entry runs (its end day excluded, and
# nothing after its planned end: past its term it is to be removed or extended), counted from
# the window's first day up to the as-of day.
_SCHEDULE = (
    "SELECT {unit} AS unit, e.category AS category, iv.value AS iv,"
    " CAST(julianday(max(:start, e.start_date)) - julianday(e.start_date) AS INTEGER) AS lo,"
    " CAST(julianday(min(:ref, coalesce(date(e.end_date, '-1 day'), :ref),"
    " coalesce(e.planned_end, :ref)))"
    " - julianday(e.start_date) AS INTEGER) AS hi"
    " FROM register_entry e JOIN json_each(:intervals) iv ON iv.key = e.category"
    " WHERE e.deleted = 0 AND e.start_date <= :ref"
    " AND (e.end_date IS NULL OR e.end_date > :start)"
)


def register_by_category(
    store: Store, units: Units, window: Window, intervals: Mapping[str, int]
) -> list[dict[str, Any]]:
    """(unit, category, at_start, added, removed, at_end) and checks_due in the window.

    On the register on a day: started on or before it and not ended before it; an entry that
    ends on a day is off the register from that day.
    """
    movement = scoped(
        store,
        f"SELECT {unit_of()} AS unit, category,"
        " count(*) FILTER (WHERE start_date < :start) AS at_start,"
        " count(*) FILTER (WHERE start_date >= :start) AS added,"
        " count(*) FILTER (WHERE end_date <= :end) AS removed,"
        " count(*) FILTER (WHERE end_date IS NULL OR end_date > :end) AS at_end"
        " FROM register_entry WHERE deleted = 0 AND start_date <= :end"
        " AND (end_date IS NULL OR end_date >= :start)"
        f" GROUP BY unit, category HAVING unit{IN_UNITS}",
        units,
        window.params(),
    )
    due = scoped(
        store,
        "SELECT unit, category, sum(CASE WHEN hi >= lo"
        " THEN max(0, hi / iv - max(1, (lo + iv - 1) / iv) + 1) ELSE 0 END) AS due"
        f" FROM ({_SCHEDULE.format(unit=unit_of('e'))})"
        f" GROUP BY unit, category HAVING unit{IN_UNITS}",
        units,
        window.params(),
        {"intervals": json.dumps(dict(intervals))},
    )
    dues = {(r["unit"], r["category"]): int(r["due"]) for r in due}
    for row in movement:
        row["checks_due"] = dues.pop((row["unit"], row["category"]), 0)
    # Entries that ended before the window cannot schedule checks in it: nothing is left over.
    return movement


def checks_done(store: Store, units: Units, window: Window) -> list[dict[str, Any]]:
    """(unit, category, n): home checks recorded in the window, by the entry's category."""
    return scoped(
        store,
        f"SELECT {unit_of('e')} AS unit, e.category AS category, count(*) AS n"
        " FROM register_check c JOIN register_entry e ON e.id = c.entry_id AND e.deleted = 0"
        " WHERE c.deleted = 0 AND c.checked_on BETWEEN :start AND :end"
        f" GROUP BY unit, e.category HAVING unit{IN_UNITS}",
        units,
        window.params(),
    )


# Entries on the register on the as-of day whose next check was due before it: the next check
# is due `iv` days after the last one made since the start (or after the start). An entry past
# its planned end is not overdue: its term ended, it is to be removed or extended.
_OVERDUE = (
    "SELECT * FROM (SELECT id, unit, category, person_id, last_check,"
    " date(coalesce(last_check, start_date), '+' || iv || ' days') AS due"
    " FROM (SELECT e.id, {unit} AS unit, e.category, e.person_id, e.start_date,"
    " iv.value AS iv, (SELECT max(c.checked_on) FROM register_check c"
    " WHERE c.entry_id = e.id AND c.deleted = 0"
    " AND c.checked_on BETWEEN e.start_date AND :ref) AS last_check"
    " FROM register_entry e JOIN json_each(:intervals) iv ON iv.key = e.category"
    " WHERE e.deleted = 0 AND e.start_date <= :ref AND (e.end_date IS NULL OR e.end_date > :ref)"
    " AND (e.planned_end IS NULL OR e.planned_end >= :ref)"
    " AND {unit}" + IN_UNITS + ")) WHERE due < :ref"
)


def overdue_by_category(
    store: Store, units: Units, window: Window, intervals: Mapping[str, int]
) -> list[dict[str, Any]]:
    """(unit, category, n): entries whose home check is overdue on the as-of day."""
    return scoped(
        store,
        f"SELECT unit, category, count(*) AS n FROM ({_OVERDUE.format(unit=unit_of('e'))})"
        " GROUP BY unit, category",
        units,
        window.params(),
        {"intervals": json.dumps(dict(intervals))},
    )


def overdue_checks(
    store: Store, units: Units, window: Window, intervals: Mapping[str, int]
) -> list[dict[str, Any]]:
    """The overdue entries by name, longest overdue first."""
    return scoped(
        store,
        "SELECT o.unit, o.category, o.last_check, o.due,"
        " CAST(julianday(:ref) - julianday(o.due) AS INTEGER) AS days,"
        " p.surname, p.name, p.patronymic, p.birth_date"
        f" FROM ({_OVERDUE.format(unit=unit_of('e'))}) o LEFT JOIN person p ON p.id = o.person_id"
        " ORDER BY o.due, o.unit, p.sort_key, o.id",
        units,
        window.params(),
        {"intervals": json.dumps(dict(intervals))},
    )


# --- appeals ----------------------------------------------------------------------------------

# Open on the as-of day: received by its end, neither decided nor forwarded by then. The
# applicant's name is the one typed, else the person's on the register of residents.
_IS_OPEN = (
    "(a.received_at < :ref_end_utc AND (a.decided_on IS NULL OR a.decided_on > :ref)"
    " AND (a.forwarded_on IS NULL OR a.forwarded_on > :ref)"
    " AND (a.cancelled_on IS NULL OR a.cancelled_on > :ref))"
)
_APPEALS = (
    "SELECT a.*, {unit} AS unit, " + due("a") + " AS due,"
    f" {_IS_OPEN} AS is_open,"
    " p.surname AS applicant_surname, p.name AS applicant_given,"
    " p.patronymic AS applicant_patronymic"
    " FROM appeal a LEFT JOIN person p ON p.id = a.applicant_id"
    " WHERE a.deleted = 0 AND {unit}" + IN_UNITS
)


# An appeal's status on the as-of day (INDICATORS.md: appeals_open), the same day the open
# count is judged on: decided or forwarded only when that happened by then; one decided or
# forwarded later was still being considered (extended, if its deadline was extended).
_STATUS_ON_REF = (
    "(CASE WHEN decided_on <= :ref THEN 'decided' WHEN forwarded_on <= :ref THEN 'forwarded'"
    " WHEN status IN ('decided', 'forwarded') THEN"
    " CASE WHEN extended_to IS NOT NULL THEN 'extended' ELSE 'in_progress' END"
    " ELSE status END)"
)


def appeal_figures(store: Store, units: Units, window: Window) -> list[dict[str, Any]]:
    """Per unit: received, decided on time and late, forwarded in the window; open and
    overdue on the as-of day."""
    return scoped(
        store,
        "SELECT unit,"
        " count(*) FILTER (WHERE received_at < :start_utc"
        " AND (decided_on IS NULL OR decided_on >= :start)"
        " AND (forwarded_on IS NULL OR forwarded_on >= :start)) AS carried_over,"
        " count(*) FILTER (WHERE received_at >= :start_utc AND received_at < :end_utc)"
        " AS received,"
        " count(*) FILTER (WHERE decided_on BETWEEN :start AND :end AND decided_on <= due)"
        " AS on_time,"
        " count(*) FILTER (WHERE decided_on BETWEEN :start AND :end AND decided_on > due)"
        " AS late,"
        " count(*) FILTER (WHERE forwarded_on BETWEEN :start AND :end) AS forwarded,"
        " count(*) FILTER (WHERE is_open) AS open,"
        " count(*) FILTER (WHERE is_open AND due < :ref) AS overdue"
        f" FROM (SELECT {unit_of('a')} AS unit, a.received_at, a.decided_on, a.forwarded_on,"
        f" {due('a')} AS due, {_IS_OPEN} AS is_open"
        f" FROM appeal a WHERE a.deleted = 0) GROUP BY unit HAVING unit{IN_UNITS}",
        units,
        window.params(),
    )


def overdue_appeals(store: Store, units: Units, window: Window) -> list[dict[str, Any]]:
    return scoped(
        store,
        "SELECT unit, number, received_at, applicant_name, applicant_surname, applicant_given,"
        " applicant_patronymic, due,"
        " CAST(julianday(:ref) - julianday(due) AS INTEGER) AS days"
        f" FROM ({_APPEALS.format(unit=unit_of('a'))}) WHERE is_open AND due < :ref"
        " ORDER BY due, unit, number, id",
        units,
        window.params(),
    )


def appeals_received(store: Store, units: Units, window: Window) -> list[dict[str, Any]]:
    """The register of appeals received in the window, in order of receipt."""
    return scoped(
        store,
        "SELECT unit, number, received_at, applicant_name, applicant_surname, applicant_given,"
        f" applicant_patronymic, channel, summary, {_STATUS_ON_REF} AS status, due,"
        " CASE WHEN decided_on <= :ref THEN decided_on"
        " WHEN forwarded_on <= :ref THEN forwarded_on END AS closed_on,"
        " CASE WHEN decided_on <= :ref"
        " THEN max(0, CAST(julianday(decided_on) - julianday(due) AS INTEGER))"
        " WHEN is_open THEN max(0, CAST(julianday(:ref) - julianday(due) AS INTEGER))"
        " ELSE 0 END AS late_days"
        f" FROM ({_APPEALS.format(unit=unit_of('a'))})"
        " WHERE received_at >= :start_utc AND received_at < :end_utc"
        " ORDER BY received_at, number, id",
        units,
        window.params(),
    )


def appeal_status_counts(store: Store, units: Units, window: Window) -> list[dict[str, Any]]:
    """(status, n) of the appeals received in the window, their status on the as-of day."""
    return scoped(
        store,
        f"SELECT {_STATUS_ON_REF} AS status, count(*) AS n"
        f" FROM ({_APPEALS.format(unit=unit_of('a'))})"
        " WHERE received_at >= :start_utc AND received_at < :end_utc GROUP BY 1",
        units,
        window.params(),
    )


# --- trends -----------------------------------------------------------------------------------


def monthly(
    store: Store, units: Units, window: Window, skip_kinds: Sequence[str] = ()
) -> list[dict[str, Any]]:
    """(series, month "YYYY-MM", n) for the trend charts: local months of each record; work
    log entries of `skip_kinds` are not counted as work."""
    u, ue = unit_of(), unit_of("e")
    return scoped(
        store,
        "SELECT 'work' AS series, strftime('%Y-%m', at, :tz) AS month, count(*) AS n"
        " FROM log_entry WHERE deleted = 0 AND cancel_reason IS NULL"
        " AND at >= :start_utc AND at < :end_utc"
        " AND kind NOT IN (SELECT value FROM json_each(:skip_kinds))"
        f" AND {u}{IN_UNITS} GROUP BY month"
        " UNION ALL SELECT 'appeals', strftime('%Y-%m', received_at, :tz), count(*)"
        " FROM appeal WHERE deleted = 0 AND received_at >= :start_utc AND received_at < :end_utc"
        f" AND {u}{IN_UNITS} GROUP BY 2"
        " UNION ALL SELECT 'incidents', strftime('%Y-%m', occurred_at, :tz), count(*)"
        " FROM incident WHERE deleted = 0"
        " AND occurred_at >= :start_utc AND occurred_at < :end_utc"
        f" AND {u}{IN_UNITS} GROUP BY 2"
        " UNION ALL SELECT 'checks_done', substr(c.checked_on, 1, 7), count(*)"
        " FROM register_check c JOIN register_entry e ON e.id = c.entry_id AND e.deleted = 0"
        " WHERE c.deleted = 0 AND c.checked_on BETWEEN :start AND :end"
        f" AND {ue}{IN_UNITS} GROUP BY 2"
        " UNION ALL SELECT 'register_added', substr(start_date, 1, 7), count(*)"
        " FROM register_entry WHERE deleted = 0 AND start_date BETWEEN :start AND :end"
        f" AND {u}{IN_UNITS} GROUP BY 2",
        units,
        window.params(),
        {"skip_kinds": json.dumps(list(skip_kinds))},
    )
