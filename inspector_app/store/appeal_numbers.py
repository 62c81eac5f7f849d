"""Lookups behind appeal numbering: the highest number of a series this database has seen,
and the numbers of every appeal for the chief's check of an inspector's numbering."""

from __future__ import annotations

from typing import Any

from inspector_app.store.store import Store


def highest_in_series(store: Store, head: str) -> int:
    """The highest sequence among appeal numbers `head` + digits (as received or made here)."""
    rows = store.select(
        "SELECT max(CAST(substr(number, ?) AS INTEGER)) AS n FROM appeal"
        " WHERE substr(number, 1, ?) = ? AND length(number) > ?",
        [len(head) + 1, len(head), head, len(head)],
    )
    return int(rows[0]["n"] or 0)


def appeals_numbered(store: Store, number: str) -> list[dict[str, Any]]:
    """The ids of the live appeals with this number (one, unless the numbering went wrong)."""
    return store.select("SELECT id FROM appeal WHERE number = ? AND deleted = 0", [number])


def numbered_appeals(store: Store) -> list[dict[str, Any]]:
    """Every appeal with a number (cancelled ones too: a number stays used), in the order of
    registration."""
    return store.select(
        "SELECT id, number, coalesce(registered_at, created_at) AS registered_at,"
        " inspector_id, origin,"
        # the device that registered it: the last part of the stamp that created the record
        " substr(created_version, 21) AS device FROM appeal WHERE number IS NOT NULL"
        " ORDER BY coalesce(registered_at, created_at), id"
    )


def devices_with_prefix(store: Store, prefix: str) -> list[str]:
    """The devices whose record says they number with `prefix`."""
    rows = store.select("SELECT id FROM device WHERE number_prefix = ? AND deleted = 0", [prefix])
    return [str(r["id"]) for r in rows]


def prefix_reassignments(store: Store) -> list[dict[str, Any]]:
    """Every prefix a chief gave a device after `init`: the device, the prefix and the stamp of
    the change (a device record's first change, which holds its keys, is `init`'s own)."""
    return store.select(
        "SELECT record_id AS device, json_extract(values_json, '$.number_prefix') AS prefix,"
        " hlc FROM change WHERE entity = 'device'"
        " AND json_type(values_json, '$.number_prefix') = 'text'"
        " AND json_type(values_json, '$.sign_public_key') IS NULL ORDER BY hlc"
    )
