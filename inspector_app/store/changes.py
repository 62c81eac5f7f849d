"""The change log and the record columns derived from it (DESIGN.md section 3).

A change is one edit of one record (`domain.change.Change`). The log (`change`) holds every
change merged on this device, whatever its origin; `held_change` those received but not merged
(stamped too far ahead, or superseded by the chief). The record tables hold what the fold of
each record's changes makes (`domain.fold`); `store.merge` keeps them so as changes arrive.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import sqlite_utils

from inspector_app.domain.canonical import canonical_json
from inspector_app.domain.change import Change
from inspector_app.domain.fold import DELETED, NEVER
from inspector_app.domain.hlc import Stamp
from inspector_app.domain.model import Entity
from inspector_app.domain.people import duplicate_key, person_sort_key

__all__ = [
    "CHANGE_COLUMNS",
    "DELETED",
    "NEVER",
    "ApplyResult",
    "Change",
    "ChangeTexts",
    "change_from_row",
    "change_texts",
    "derived_columns",
    "field_versions",
    "from_column",
    "insert_change_rows",
    "known_change_ids",
    "row_values",
    "sparse_versions",
    "stamp_time",
    "to_column",
    "writable_fields",
]

# the stored JSON of a change: its values, its bases (those naming a version), its seen
ChangeTexts = tuple[str, str, str]
CHANGE_COLUMNS = (
    "change_id, entity, record_id, hlc, values_json, bases_json, author, device, seen_json"
)


@dataclass
class ApplyResult:
    applied: list[Change] = field(default_factory=list)  # merged, in the order they were
    texts: list[ChangeTexts] = field(default_factory=list)  # stored JSON of each applied
    held: list[Change] = field(default_factory=list)  # kept apart, not merged
    held_texts: list[ChangeTexts] = field(default_factory=list)
    duplicates: int = 0
    # (entity, record id) of every record whose fields now hold other values
    touched: set[tuple[str, str]] = field(default_factory=set)
    # (entity, record id) of every record that did not exist before
    created: set[tuple[str, str]] = field(default_factory=set)
    # per change id: the values its fields held just before it was merged (for the journal)
    before: dict[str, dict[str, Any]] = field(default_factory=dict)
    conflicts: int = 0  # conflicts opened


def stamp_time(hlc: str) -> str:
    """The wall time of a stamp as an ISO UTC timestamp (seconds)."""
    wall = Stamp.parse(hlc).wall_ms
    return datetime.fromtimestamp(wall / 1000, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def writable_fields(entity: Entity) -> tuple[str, ...]:
    return (*entity.field_names, DELETED)


def to_column(entity: Entity, name: str, value: Any) -> Any:
    """A field value as the record table stores it."""
    if value is not None and name in entity.json_fields:
        return canonical_json(value)
    return value


def from_column(entity: Entity, name: str, value: Any) -> Any:
    if value is not None and name in entity.json_fields:
        return json.loads(value)
    return value


def row_values(entity: Entity, row: Mapping[str, Any]) -> dict[str, Any]:
    """The field values of a record row, decoded (json fields as lists and mappings)."""
    values = {name: from_column(entity, name, row[name]) for name in entity.field_names}
    values[DELETED] = row[DELETED]
    return values


def field_versions(entity: Entity, row: Mapping[str, Any]) -> dict[str, str]:
    """Every field's version, expanded from the sparse `versions` column."""
    sparse = json.loads(row["versions"])
    created = row["created_version"]
    return {name: sparse.get(name, created) for name in writable_fields(entity)}


def sparse_versions(full: Mapping[str, str], created_version: str) -> str:
    return canonical_json({k: v for k, v in full.items() if v != created_version})


def derived_columns(entity: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """Columns computed in Python from a record's fields (sort and duplicate keys)."""
    if entity != "person":
        return {}
    return {"sort_key": person_sort_key(values), "dup_key": duplicate_key(values)}


def change_texts(change: Change) -> ChangeTexts:
    """The stored JSON of a change: values, bases that name a version, non-empty seen lists."""
    seen = {k: list(v) for k, v in change.seen.items() if v}
    return (
        canonical_json(dict(change.values)),
        canonical_json({k: v for k, v in change.bases.items() if v is not None}),
        canonical_json(seen) if seen else "{}",
    )


def change_from_row(row: Sequence[Any]) -> Change:
    """A change from the columns of CHANGE_COLUMNS."""
    change_id, entity, record_id, hlc, values, bases, author, device, seen = row
    return Change(
        change_id,
        entity,
        record_id,
        hlc,
        json.loads(values),
        json.loads(bases),
        author,
        device,
        {k: tuple(v) for k, v in json.loads(seen).items()},
    )


def change_row(change: Change, texts: ChangeTexts) -> tuple[Any, ...]:
    """The columns of CHANGE_COLUMNS for a change."""
    values, bases, seen = texts
    return (
        change.change_id,
        change.entity,
        change.record_id,
        change.hlc,
        values,
        bases,
        change.author,
        change.device,
        seen,
    )


def insert_change_rows(
    db: sqlite_utils.Database, changes: Sequence[Change], texts: Sequence[ChangeTexts]
) -> None:
    db.conn.executemany(
        f"INSERT INTO change ({CHANGE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [change_row(c, t) for c, t in zip(changes, texts, strict=True)],
    )


def known_change_ids(db: sqlite_utils.Database, ids: Iterable[str]) -> set[str]:
    """The ids this device has, merged or held: a change that comes again is a duplicate."""
    found: set[str] = set()
    for batch in batches(ids):
        marks = ",".join("?" * len(batch))
        for table in ("change", "held_change"):
            found.update(
                r[0]
                for r in db.conn.execute(
                    f"SELECT change_id FROM {table} WHERE change_id IN ({marks})", batch
                )
            )
    return found


def batches(items: Iterable[str], size: int = 500) -> Iterable[list[str]]:
    batch: list[str] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
