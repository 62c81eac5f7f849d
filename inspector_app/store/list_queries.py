"""The lists of the People and Register pages and the person's file, paged by key.

A page is the next `limit` rows after the key of the last row shown, never an OFFSET, so page
500 of a million people costs what page 1 costs. Every order ends in the record id, so keys are
unique and each row comes exactly once. Names sort by `person.sort_key`, computed in Python
(`domain.text.sort_key`) so that Ё, Ә, І and the other letters fall where a Kazakh or Russian
reader expects them; SQLite compares the keys as plain text.

How a list of people finds its rows is decided once per filter by `plan_people` (a
`PeoplePlan`), from capped counts that cost a few milliseconds:
  match     the people a search matches, when they are at most MATCH_CAP: sorted for each page.
            (They cluster in the order by name, "Иванов" all together, so walking the order
            would pass over everyone before them.)
  category  the people with an open register entry in a category, at most PLAN_CAP.
  birth     the people born in a range of dates (an age filter), at most PLAN_CAP.
  walk      otherwise: a partial index of the living people in the order of the list (by
            name; by birth date; within a settlement or a precinct), other filters checked on
            each row. A search matching more than MATCH_CAP people (one or two letters)
            matches them all over the alphabet: its rowids are copied once into a temporary
            table (`match_set`), and each row of the walk is one lookup there.
"""

from __future__ import annotations

import itertools
import json
import weakref
from collections import OrderedDict
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from time import monotonic
from typing import Any

from inspector_app.store import appeal_sql
from inspector_app.store.connection import DatabaseError
from inspector_app.store.store import Store

PLAN_CAP = 5000
MATCH_CAP = 20_000
MAX_LIMIT = 2000
MATCH_SETS_KEPT = 4  # temporary tables of search results kept per database
# The birth date as its index holds it: an unknown one sorts first.
BIRTH_KEY = "ifnull(p.birth_date, '')"
LIVE = "p.deleted = 0 AND p.merged_into IS NULL"  # word for word as the partial indexes say
OPEN_ENTRY = "end_date IS NULL AND deleted = 0"
NO_DUE = "9999-12-31"  # the sort key of an entry that needs no checks

PERSON_ORDERS: Mapping[str, tuple[str, ...]] = {
    "name": ("p.sort_key", "p.id"),
    "birth": (BIRTH_KEY, "p.sort_key", "p.id"),
}
DRIVERS = ("walk", "match", "category", "birth")


@dataclass(frozen=True)
class PeopleFilter:
    """Which people a list shows; every given condition must hold."""

    match: str | None = None  # an FTS5 expression (store.search.match_expression)
    settlement_id: str | None = None
    precinct_ids: tuple[str, ...] = ()
    category: str | None = None  # people with an open register entry in this category
    born_from: str | None = None  # ISO dates, both included
    born_to: str | None = None

    @property
    def has_birth_range(self) -> bool:
        return self.born_from is not None or self.born_to is not None


@dataclass(frozen=True)
class PeoplePlan:
    """How a list of people finds its rows (see the module's text)."""

    driver: str = "walk"
    # the walk's place is small (a village): walk its index and sort it, whatever the order
    small_place: bool = False
    # the temporary table of a broad search's rowids, for a walk
    match_table: str | None = None


def _check_limit(limit: int) -> None:
    if not 0 < limit <= MAX_LIMIT:
        raise ValueError(f"a page holds 1 to {MAX_LIMIT} rows, not {limit}")


def _keyset(
    columns: Sequence[str], after: Sequence[Any] | None, descending: bool
) -> tuple[str, list[Any]]:
    """`(a, b, c) > (?, ?, ?)` (or `<`), a condition the index of the order can seek to."""
    if after is None:
        return "", []
    if len(after) != len(columns):
        raise ValueError(f"a key of this order has {len(columns)} parts, not {len(after)}")
    sign = "<" if descending else ">"
    marks = ", ".join("?" * len(columns))
    return f"({', '.join(columns)}) {sign} ({marks})", list(after)


def _order_by(columns: Sequence[str], descending: bool) -> str:
    direction = " DESC" if descending else ""
    return ", ".join(f"{c}{direction}" for c in columns)


def _capped_count(store: Store, sql: str, params: Sequence[Any], cap: int) -> int:
    return int(store.scalar(f"SELECT count(*) FROM ({sql} LIMIT ?)", [*params, cap + 1]))


class TooLong(Exception):
    """A query ran out of the time it was given."""


@contextmanager
def time_limit(store: Store, seconds: float | None) -> Iterator[None]:
    """Interrupt the queries inside after `seconds` (TooLong); None: no limit."""
    if seconds is None:
        yield
        return
    conn: Any = store.db.conn
    deadline = monotonic() + seconds
    conn.set_progress_handler(lambda: 1 if monotonic() > deadline else 0, 10_000)
    try:
        yield
    except DatabaseError as error:
        if "interrupt" in str(error).lower():
            raise TooLong from error
        raise
    finally:
        conn.set_progress_handler(None, 0)


# --- broad searches: their rowids in a temporary table ---------------------------------------

_match_sets: weakref.WeakKeyDictionary[Store, OrderedDict[tuple[str, int], str]] = (
    weakref.WeakKeyDictionary()
)
_names = itertools.count(1)


def match_set(store: Store, match: str) -> str:
    """The name of a temporary table (column `r`, indexed) of the rowids of the people `match`
    finds, made once per state of the data (the newest change) and kept for a few searches.

    Made with DDL only, so no transaction is opened on the way."""
    version = int(store.scalar("SELECT ifnull(max(seq), 0) FROM change"))
    kept = _match_sets.setdefault(store, OrderedDict())
    key = (match, version)
    name = kept.get(key)
    if name is not None and store.scalar(
        "SELECT count(*) FROM sqlite_temp_master WHERE type = 'table' AND name = ?", [name]
    ):
        kept.move_to_end(key)
        return name
    name = f"list_match_{next(_names)}"
    conn = store.db.conn
    conn.execute(
        f"CREATE TEMP TABLE {name} AS SELECT rowid AS r FROM person_fts WHERE person_fts MATCH ?",
        [match],
    )
    conn.execute(f"CREATE INDEX temp.{name}_r ON {name} (r)")
    kept[key] = name
    while len(kept) > MATCH_SETS_KEPT:
        _key, old = kept.popitem(last=False)
        conn.execute(f"DROP TABLE IF EXISTS temp.{old}")
    return name


# --- people -----------------------------------------------------------------------------------

_PERSON_COLUMNS = (
    "p.id, p.surname, p.name, p.patronymic, p.birth_date, p.sex, p.id_number, p.phones,"
    f" p.address, p.settlement_id, p.sort_key, {BIRTH_KEY} AS birth_key, t.name AS settlement"
)
_MATCH = "SELECT rowid FROM person_fts WHERE person_fts MATCH ?"
_IN_CATEGORY = f"SELECT person_id FROM register_entry WHERE category = ? AND {OPEN_ENTRY}"


def _birth_bounds(flt: PeopleFilter) -> tuple[str, str]:
    # '0' sorts after '' (unknown) and before every date; '9' after every date
    return flt.born_from or "0", flt.born_to or "9"


def match_count(store: Store, match: str, cap: int) -> int:
    """How many people a search matches (the index holds the living, unmerged people only),
    counted up to cap + 1."""
    return _capped_count(store, _MATCH, [match], cap)


def people_candidates(
    store: Store, flt: PeopleFilter, cap: int = PLAN_CAP, match_cap: int = MATCH_CAP
) -> dict[str, int]:
    """How many people each way of finding them would start from, counted up to its cap + 1
    ("place": the settlement or the one precinct chosen)."""
    counts: dict[str, int] = {}
    if flt.match:
        counts["match"] = match_count(store, flt.match, match_cap)
    if flt.category:
        counts["category"] = _capped_count(
            store, f"SELECT DISTINCT person_id FROM ({_IN_CATEGORY})", [flt.category], cap
        )
    if flt.has_birth_range:
        counts["birth"] = _capped_count(
            store,
            f"SELECT 1 FROM person AS p INDEXED BY person_birth_sort WHERE {LIVE}"
            f" AND {BIRTH_KEY} BETWEEN ? AND ?",
            _birth_bounds(flt),
            cap,
        )
    if flt.settlement_id:
        counts["place"] = _capped_count(
            store,
            f"SELECT 1 FROM person AS p INDEXED BY person_settlement_sort WHERE {LIVE}"
            " AND p.settlement_id = ?",
            [flt.settlement_id],
            cap,
        )
    elif len(flt.precinct_ids) == 1:
        counts["place"] = _capped_count(
            store,
            f"SELECT 1 FROM person AS p INDEXED BY person_precinct_sort WHERE {LIVE}"
            " AND p.precinct_id = ?",
            [flt.precinct_ids[0]],
            cap,
        )
    return counts


def plan_people(
    store: Store, flt: PeopleFilter, cap: int = PLAN_CAP, match_cap: int = MATCH_CAP
) -> PeoplePlan:
    """How a list with this filter finds its rows: the smallest small set, else a walk."""
    counts = people_candidates(store, flt, cap, match_cap)
    small_place = counts.get("place", cap + 1) <= cap
    sets = {
        k: n
        for k, n in counts.items()
        if k in DRIVERS and n <= (match_cap if k == "match" else cap)
    }
    if small_place and all(n > counts["place"] for n in sets.values()):
        sets = {}  # the village is smaller still: walk it
    if sets:
        return PeoplePlan(min(sets, key=lambda k: (sets[k], DRIVERS.index(k))))
    table = match_set(store, flt.match) if flt.match else None
    return PeoplePlan("walk", small_place=small_place, match_table=table)


def _walk_index(flt: PeopleFilter, plan: PeoplePlan, order: str) -> str:
    """The partial index a walk goes along. A settlement or precinct has its own by name;
    by birth date, a small one is sorted for each page, a large one is found along the
    index of birth dates."""
    if order == "birth" and not plan.small_place:
        return "person_birth_sort"
    if flt.settlement_id:
        return "person_settlement_sort"
    if len(flt.precinct_ids) == 1:
        return "person_precinct_sort"
    return "person_birth_sort" if order == "birth" else "person_live_sort"


def _people_source(
    flt: PeopleFilter, plan: PeoplePlan, order: str
) -> tuple[str, list[str], list[Any]]:
    """FROM clause, WHERE terms and their parameters of a people list."""
    driver = plan.driver
    if driver not in DRIVERS:
        raise ValueError(f"unknown driver {driver}")
    params: list[Any] = []
    terms = [LIVE]
    if driver == "match":
        # CROSS JOIN: the matching set leads, whatever the planner would guess
        source = f"({_MATCH}) AS m CROSS JOIN person AS p ON p.rowid = m.rowid"
        params.append(flt.match)
    elif driver == "category":
        source = (
            f"(SELECT DISTINCT person_id FROM ({_IN_CATEGORY})) AS c"
            " CROSS JOIN person AS p ON p.id = c.person_id"
        )
        params.append(flt.category)
    elif driver == "birth":
        source = "person AS p INDEXED BY person_birth_sort"
    else:
        source = f"person AS p INDEXED BY {_walk_index(flt, plan, order)}"
    source += " LEFT JOIN territory AS t ON t.id = p.settlement_id"
    if flt.match and driver != "match":
        if plan.match_table:
            terms.append(f"EXISTS (SELECT 1 FROM temp.{plan.match_table} WHERE r = p.rowid)")
        else:
            terms.append(
                "EXISTS (SELECT 1 FROM person_fts WHERE person_fts MATCH ?"
                " AND person_fts.rowid = p.rowid)"
            )
            params.append(flt.match)
    if flt.category and driver != "category":
        terms.append(
            "EXISTS (SELECT 1 FROM register_entry AS e WHERE e.person_id = p.id"
            " AND e.category = ? AND e.end_date IS NULL AND e.deleted = 0)"
        )
        params.append(flt.category)
    if flt.has_birth_range:
        terms.append(f"{BIRTH_KEY} BETWEEN ? AND ?")
        params.extend(_birth_bounds(flt))
    if flt.settlement_id:
        terms.append("p.settlement_id = ?")
        params.append(flt.settlement_id)
    if len(flt.precinct_ids) == 1:
        terms.append("p.precinct_id = ?")
        params.append(flt.precinct_ids[0])
    elif flt.precinct_ids:
        terms.append("p.precinct_id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(list(flt.precinct_ids)))
    return source, terms, params


def people_page(
    store: Store,
    flt: PeopleFilter,
    *,
    plan: PeoplePlan | None = None,
    order: str = "name",
    descending: bool = False,
    after: Sequence[Any] | None = None,
    limit: int = 100,
) -> list[dict[str, Any]]:
    """The next `limit` people after the key `after` (None: from the start), in `order`.

    Each row carries `key`: the key to pass as `after` for the page that follows it.
    """
    _check_limit(limit)
    plan = plan or PeoplePlan()
    columns = PERSON_ORDERS[order]
    source, terms, params = _people_source(flt, plan, order)
    condition, key_params = _keyset(columns, after, descending)
    if condition:
        if order == "birth":
            # the leading column alone is what the birth index seeks to
            terms.append(f"{BIRTH_KEY} {'<=' if descending else '>='} ?")
            params.append(key_params[0])
        terms.append(condition)
        params.extend(key_params)
    rows = store.select(
        f"SELECT {_PERSON_COLUMNS} FROM {source} WHERE {' AND '.join(terms)}"
        f" ORDER BY {_order_by(columns, descending)} LIMIT ?",
        [*params, limit],
    )
    for row in rows:
        row["key"] = (
            (row["sort_key"], row["id"])
            if order == "name"
            else (row["birth_key"], row["sort_key"], row["id"])
        )
    return rows


def people_count(
    store: Store,
    flt: PeopleFilter,
    *,
    plan: PeoplePlan | None = None,
    cap: int | None = None,
    seconds: float | None = None,
) -> int:
    """How many people the list holds; with `cap`, counting stops at cap + 1. With
    `seconds`, a count that takes longer raises TooLong."""
    plan = plan or PeoplePlan()
    with time_limit(store, seconds):
        if flt.match and flt == PeopleFilter(match=flt.match):
            # a search alone: the index holds exactly the people a list may show
            return match_count(store, flt.match, cap if cap is not None else 10**12)
        # a walk over a large place or everyone counts an age filter along the birth index,
        # which answers it without reading the table
        counting = plan
        if plan.driver == "walk" and not plan.small_place and flt.has_birth_range:
            counting = PeoplePlan("birth", match_table=plan.match_table)
        source, terms, params = _people_source(flt, counting, "name")
        inner = f"SELECT 1 FROM {source} WHERE {' AND '.join(terms)}"
        if cap is None:
            return int(store.scalar(f"SELECT count(*) FROM ({inner})", params))
        return _capped_count(store, inner, params, cap)


def settlements(store: Store) -> list[dict[str, Any]]:
    """Settlements (with the rural district they belong to), for the People page's filter."""
    return store.select(
        "SELECT s.id, s.name, r.name AS parent FROM territory AS s"
        " LEFT JOIN territory AS r ON r.id = s.parent_id"
        " WHERE s.kind = 'settlement' AND s.deleted = 0"
    )


def precincts(store: Store) -> list[dict[str, Any]]:
    """Precincts with their inspector's name: the inspector filter of a chief or HQ."""
    return store.select(
        "SELECT pr.id, pr.code, pr.name, pr.inspector_id, u.full_name AS inspector"
        " FROM precinct AS pr LEFT JOIN user AS u ON u.id = pr.inspector_id"
        " WHERE pr.deleted = 0 ORDER BY pr.code, pr.name"
    )


# --- the preventive register -----------------------------------------------------------------


@dataclass(frozen=True)
class EntryFilter:
    category: str | None = None  # None: every category
    include_ended: bool = False
    precinct_ids: tuple[str, ...] = ()
    inspector_id: str | None = None


ENTRY_ORDERS: Mapping[str, tuple[str, ...]] = {
    "due": ("due_key", "sort_key", "id"),
    "name": ("sort_key", "id"),
    "start": ("start_date", "sort_key", "id"),
    "category": ("category", "sort_key", "id"),
}


def _entry_terms(flt: EntryFilter) -> tuple[list[str], dict[str, Any]]:
    terms = ["e.deleted = 0"]
    params: dict[str, Any] = {}
    if flt.category:
        terms.append("e.category = :category")
        params["category"] = flt.category
    if not flt.include_ended:
        terms.append("e.end_date IS NULL")
    if flt.precinct_ids:
        terms.append("e.precinct_id IN (SELECT value FROM json_each(:precincts))")
        params["precincts"] = json.dumps(list(flt.precinct_ids))
    if flt.inspector_id:
        terms.append("e.inspector_id = :inspector")
        params["inspector"] = flt.inspector_id
    return terms, params


def _entries_with_due(
    flt: EntryFilter, intervals: Mapping[str, int | None]
) -> tuple[str, dict[str, Any]]:
    """Entries with their last check and next check due, computed as
    `domain.rules.next_check_due` does: the interval after the later of the start and the
    last check; no due date for an ended entry or a category without periodic checks. An
    entry past its planned end is `term_ended`, its `due` that end (it needs doing first)."""
    terms, params = _entry_terms(flt)
    known = {k: v for k, v in intervals.items() if v is not None}
    params["intervals"] = json.dumps(known, sort_keys=True)
    sql = f"""
        SELECT x.*,
            CASE WHEN x.end_date IS NULL AND x.planned_end < :today THEN x.planned_end
                WHEN x.end_date IS NULL AND x.interval_days IS NOT NULL
                THEN date(max(x.start_date, ifnull(x.last_check, x.start_date)),
                          '+' || x.interval_days || ' days')
            END AS due,
            ifnull(x.end_date IS NULL AND x.planned_end < :today, 0) AS term_ended
        FROM (
            SELECT e.id, e.person_id, e.category, e.basis, e.start_date, e.planned_end,
                e.end_date, e.end_reason, e.end_note, e.risk_level, e.precinct_id, e.inspector_id,
                p.surname, p.name, p.patronymic, p.birth_date, ifnull(p.sort_key, '') AS sort_key,
                (SELECT max(c.checked_on) FROM register_check AS c
                    WHERE c.entry_id = e.id AND c.deleted = 0) AS last_check,
                (SELECT i.value FROM json_each(:intervals) AS i
                    WHERE i.key = e.category) AS interval_days
            FROM register_entry AS e LEFT JOIN person AS p ON p.id = e.person_id
            WHERE {" AND ".join(terms)}
        ) AS x"""
    return sql, params


def entries_page(
    store: Store,
    flt: EntryFilter,
    *,
    intervals: Mapping[str, int | None],
    today: str,
    order: str = "due",
    overdue_first: bool = False,
    descending: bool = False,
    after: Sequence[Any] | None = None,
    limit: int = 100,
) -> list[dict[str, Any]]:
    """Register entries with their next check due, the next `limit` after the key `after`.

    `intervals`: the check interval in days of each category (from reference data);
    `overdue_first`: entries whose check is overdue on `today` come first, whichever way the
    order runs, each group in `order`. Each row carries `key` for the page after it.
    """
    _check_limit(limit)
    columns: tuple[str, ...] = ENTRY_ORDERS[order]
    if overdue_first:
        columns = ("late_key", *columns)
    inner, params = _entries_with_due(flt, intervals)
    params.update(today=today, limit=limit)
    # the overdue group first: 0 before 1 ascending, 1 before 0 descending
    late, on_time = (1, 0) if descending else (0, 1)
    condition = "1"
    if after is not None:
        if len(after) != len(columns):
            raise ValueError(f"a key of this order has {len(columns)} parts, not {len(after)}")
        names = [f":k{i}" for i in range(len(columns))]
        params.update({f"k{i}": value for i, value in enumerate(after)})
        sign = "<" if descending else ">"
        condition = f"({', '.join(columns)}) {sign} ({', '.join(names)})"
    rows = store.select(
        f"SELECT * FROM (SELECT y.*, ifnull(y.due, '{NO_DUE}') AS due_key,"
        f" CASE WHEN y.due < :today THEN {late} ELSE {on_time} END AS late_key"
        f" FROM ({inner}) AS y) WHERE {condition}"
        f" ORDER BY {_order_by(columns, descending)} LIMIT :limit",
        params,
    )
    for row in rows:
        row["key"] = tuple(row[c] for c in columns)
    return rows


def entries_count(store: Store, flt: EntryFilter) -> int:
    terms, params = _entry_terms(flt)
    rows = store.select(
        f"SELECT count(*) AS n FROM register_entry AS e WHERE {' AND '.join(terms)}", params
    )
    return int(rows[0]["n"])


def entry_counts(
    store: Store, flt: EntryFilter, *, intervals: Mapping[str, int | None], today: str
) -> list[dict[str, Any]]:
    """Per category: entries, how many of them have an overdue check on `today`, and how
    many are past their planned end (term ended: neither overdue nor counted as such)."""
    inner, params = _entries_with_due(flt, intervals)
    params["today"] = today
    return store.select(
        "SELECT category, count(*) AS entries,"
        " sum(CASE WHEN due < :today AND NOT term_ended THEN 1 ELSE 0 END) AS overdue,"
        " sum(term_ended) AS term_ended"
        f" FROM ({inner}) GROUP BY category ORDER BY category",
        params,
    )


# --- one person's file ------------------------------------------------------------------------


def person_row(store: Store, person_id: str) -> dict[str, Any] | None:
    rows = store.select(
        "SELECT p.*, t.name AS settlement FROM person AS p"
        " LEFT JOIN territory AS t ON t.id = p.settlement_id WHERE p.id = ?",
        [person_id],
    )
    return rows[0] if rows else None


def household_of(store: Store, household_id: str) -> dict[str, Any] | None:
    rows = store.select(
        "SELECT h.*, s.name AS settlement, st.name AS street FROM household AS h"
        " LEFT JOIN territory AS s ON s.id = h.settlement_id"
        " LEFT JOIN territory AS st ON st.id = h.street_id"
        " WHERE h.id = ? AND h.deleted = 0",
        [household_id],
    )
    return rows[0] if rows else None


def household_members(store: Store, household_id: str) -> list[dict[str, Any]]:
    return store.select(
        "SELECT p.id, p.surname, p.name, p.patronymic, p.birth_date, p.sex FROM person AS p"
        f" WHERE p.household_id = ? AND {LIVE} ORDER BY p.birth_date, p.sort_key, p.id",
        [household_id],
    )


def person_entries(store: Store, person_id: str) -> list[dict[str, Any]]:
    return store.select(
        "SELECT * FROM register_entry WHERE person_id = ? AND deleted = 0"
        " ORDER BY start_date DESC, id",
        [person_id],
    )


def entry_checks(store: Store, entry_ids: Sequence[str]) -> list[dict[str, Any]]:
    return store.select(
        "SELECT c.*, u.full_name AS inspector FROM register_check AS c"
        " LEFT JOIN user AS u ON u.id = c.inspector_id"
        " WHERE c.entry_id IN (SELECT value FROM json_each(?)) AND c.deleted = 0"
        " ORDER BY c.checked_on DESC, c.id",
        [json.dumps(list(entry_ids))],
    )


def person_log_entries(store: Store, person_id: str) -> list[dict[str, Any]]:
    return store.select(
        "SELECT l.* FROM log_entry_person AS lp JOIN log_entry AS l ON l.id = lp.log_id"
        " WHERE lp.person_id = ? AND l.deleted = 0"
        # a register check's entry: the file shows it as the check
        " AND NOT EXISTS (SELECT 1 FROM register_check AS c"
        " WHERE c.log_entry_id = l.id AND c.deleted = 0 AND c.person_id = lp.person_id)"
        " ORDER BY l.at DESC, l.id",
        [person_id],
    )


def person_appeals(store: Store, person_id: str) -> list[dict[str, Any]]:
    return store.select(
        f"SELECT *, {appeal_sql.due('appeal')} AS due FROM appeal"
        " WHERE applicant_id = ? AND deleted = 0 ORDER BY received_at DESC, id",
        [person_id],
    )


def person_incidents(store: Store, person_id: str) -> list[dict[str, Any]]:
    return store.select(
        "SELECT i.*, ip.role FROM incident_person AS ip JOIN incident AS i ON i.id = ip.incident_id"
        " WHERE ip.person_id = ? AND ip.deleted = 0 AND i.deleted = 0"
        " ORDER BY i.occurred_at DESC, i.id",
        [person_id],
    )


def people_names(store: Store, person_ids: Sequence[str]) -> list[dict[str, Any]]:
    """Names and birth dates of some people (duplicates found, a list's selection)."""
    return store.select(
        "SELECT p.id, p.surname, p.name, p.patronymic, p.birth_date, p.id_number,"
        " p.address, t.name AS settlement FROM person AS p"
        " LEFT JOIN territory AS t ON t.id = p.settlement_id"
        " WHERE p.id IN (SELECT value FROM json_each(?))",
        [json.dumps(list(person_ids))],
    )
