"""Lookups of the territory: settlements of a precinct, their streets and households, and the
precinct passport (figures and objects)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from inspector_app.store.store import Store

Key = tuple[str, str]

# House numbers in the order of the street: 2, 2А, 10 (the number first, then the letters),
# flats likewise; households known by a landmark only sort by it.
_HOUSE_KEY = (
    "printf('%09d|%s|%05d|%s', CAST(ifnull(h.house, '0') AS INTEGER), ifnull(h.house, ''),"
    " CAST(ifnull(h.flat, '0') AS INTEGER), ifnull(h.landmark, ''))"
)
_LIVE_PERSON = "p.deleted = 0 AND p.merged_into IS NULL"


def precincts(store: Store) -> list[dict[str, Any]]:
    return store.select(
        "SELECT p.*, u.full_name AS inspector_name FROM precinct AS p"
        " LEFT JOIN user AS u ON u.id = p.inspector_id WHERE p.deleted = 0 ORDER BY p.code, p.id"
    )


def precinct(store: Store, precinct_id: str) -> dict[str, Any] | None:
    rows = store.select(
        "SELECT p.*, u.full_name AS inspector_name FROM precinct AS p"
        " LEFT JOIN user AS u ON u.id = p.inspector_id WHERE p.id = ? AND p.deleted = 0",
        [precinct_id],
    )
    return rows[0] if rows else None


def territories(store: Store, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Territory records by id, deleted ones left out."""
    if not ids:
        return {}
    rows = store.select(
        "SELECT id, kind, parent_id, name, code FROM territory"
        " WHERE deleted = 0 AND id IN (SELECT value FROM json_each(?))",
        [json.dumps(list(ids))],
    )
    return {r["id"]: r for r in rows}


def children(store: Store, parent_id: str, kind: str) -> list[dict[str, Any]]:
    return store.select(
        "SELECT id, kind, parent_id, name, code FROM territory"
        " WHERE parent_id = ? AND kind = ? AND deleted = 0",
        [parent_id, kind],
    )


def settlement_figures(store: Store, settlement_ids: Sequence[str]) -> dict[str, tuple[int, int]]:
    """(households, residents) of each settlement."""
    if not settlement_ids:
        return {}
    households = _live_counts(store, "household", "settlement_id", settlement_ids)
    people = _live_counts(store, "person", "settlement_id", settlement_ids)
    return {sid: (households.get(sid, 0), people.get(sid, 0)) for sid in settlement_ids}


# Rows no longer counted are few: a table's live rows per key are all its rows per key, counted
# in an index without reading a row, minus those in the small partial index of the gone ones.
_GONE = {
    "person": ("person_gone", "deleted = 1 OR merged_into IS NOT NULL"),
    "household": ("household_gone", "deleted = 1"),
}


def _live_counts(store: Store, table: str, column: str, keys: Sequence[str]) -> dict[str, int]:
    index, gone = _GONE[table]
    where = f"{column} IN (SELECT value FROM json_each(?))"
    group = f"SELECT {column} AS k, count(*) AS n FROM {table}"
    params = [json.dumps(list(keys))]
    every = store.select(f"{group} WHERE {where} GROUP BY {column}", params)
    minus = {
        r["k"]: int(r["n"])
        for r in store.select(
            f"{group} INDEXED BY {index} WHERE ({gone}) AND {where} GROUP BY {column}", params
        )
    }
    return {r["k"]: int(r["n"]) - minus.get(r["k"], 0) for r in every}


def street_households(store: Store, settlement_id: str) -> dict[str | None, int]:
    """Households per street of a settlement; None counts those without a street."""
    rows = store.select(
        "SELECT street_id, count(*) AS n FROM household WHERE settlement_id = ? AND deleted = 0"
        " GROUP BY street_id",
        [settlement_id],
    )
    return {r["street_id"]: int(r["n"]) for r in rows}


def _household_where(settlement_id: str, street_id: str | None) -> tuple[str, list[Any]]:
    if street_id is None:
        return "h.settlement_id = ? AND h.street_id IS NULL AND h.deleted = 0", [settlement_id]
    return "h.street_id = ? AND h.settlement_id = ? AND h.deleted = 0", [street_id, settlement_id]


def households(
    store: Store, settlement_id: str, street_id: str | None, after: Key | None, limit: int
) -> list[dict[str, Any]]:
    """Households of one street (None: those of the settlement without a street), in house
    order, each with its number of residents."""
    where, params = _household_where(settlement_id, street_id)
    if after is not None:
        where += f" AND {_HOUSE_KEY} >= ? AND ({_HOUSE_KEY} > ? OR h.id > ?)"
        params += [after[0], after[0], after[1]]
    return store.select(
        f"SELECT h.id, h.settlement_id, h.street_id, h.house, h.flat, h.landmark, h.latitude,"
        f" h.longitude, h.notes, {_HOUSE_KEY} AS house_key,"
        f" (SELECT count(*) FROM person AS p WHERE p.household_id = h.id AND {_LIVE_PERSON})"
        f" AS residents FROM household AS h WHERE {where} ORDER BY house_key, h.id LIMIT ?",
        [*params, limit],
    )


def count_households(store: Store, settlement_id: str, street_id: str | None, cap: int) -> int:
    """Households of the street, counted up to cap + 1."""
    where, params = _household_where(settlement_id, street_id)
    return int(
        store.scalar(
            f"SELECT count(*) FROM (SELECT 1 FROM household AS h WHERE {where} LIMIT ?)",
            [*params, cap + 1],
        )
    )


def household(store: Store, household_id: str) -> dict[str, Any] | None:
    rows = store.select(
        f"SELECT h.*, {_HOUSE_KEY} AS house_key FROM household AS h"
        " WHERE h.id = ? AND h.deleted = 0",
        [household_id],
    )
    return rows[0] if rows else None


def residents(store: Store, household_id: str) -> list[dict[str, Any]]:
    return store.select(
        "SELECT p.id, p.surname, p.name, p.patronymic, p.birth_date FROM person AS p"
        f" WHERE p.household_id = ? AND {_LIVE_PERSON} ORDER BY p.sort_key, p.id",
        [household_id],
    )


def precinct_objects(store: Store, precinct_id: str) -> list[dict[str, Any]]:
    return store.select(
        "SELECT id, precinct_id, kind, name, address, contact, notes FROM precinct_object"
        " WHERE precinct_id = ? AND deleted = 0",
        [precinct_id],
    )


def precinct_residents(store: Store, precinct_id: str) -> int:
    return _live_counts(store, "person", "precinct_id", [precinct_id]).get(precinct_id, 0)
