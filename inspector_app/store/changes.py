"""Field-level changes and the records derived from them (DESIGN.md section 3).

A change is one edit of one record: a change id, a hybrid logical clock stamp, and for each
field it touches the new value and the version of that field the author saw (its base). The
record tables hold, per field, the value of the change with the highest stamp. Merge is a
function of the set of changes, whatever order they arrive in:

- per field, the change with the highest stamp wins;
- a change that is not the winner nor one of the edits the winner was made on top of (its
  ancestors, following each change's base) was made without seeing the winner: when its value
  differs, it is kept in `conflict` for review. Nothing is lost.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import sqlite_utils

from inspector_app.domain.canonical import canonical_json
from inspector_app.domain.hlc import Stamp
from inspector_app.domain.model import ENTITIES, Entity
from inspector_app.domain.people import duplicate_key, person_sort_key

DELETED = "deleted"
NEVER = ""  # the version of a field no change has set yet; sorts before every stamp


@dataclass(frozen=True)
class Change:
    change_id: str
    entity: str
    record_id: str
    hlc: str
    values: Mapping[str, Any]
    bases: Mapping[str, str | None]
    author: str | None
    device: str


@dataclass
class ApplyResult:
    applied: list[Change] = field(default_factory=list)
    texts: list[tuple[str, str]] = field(default_factory=list)  # stored JSON of each applied
    duplicates: int = 0
    # (entity, record id) of every record whose fields now hold other values
    touched: set[tuple[str, str]] = field(default_factory=set)
    # per change id: the values its fields held just before it was merged (for the journal)
    before: dict[str, dict[str, Any]] = field(default_factory=dict)
    conflicts: int = 0


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


def change_texts(change: Change) -> tuple[str, str]:
    """The stored JSON of a change's values and bases (only bases that name a version)."""
    return (
        canonical_json(dict(change.values)),
        canonical_json({k: v for k, v in change.bases.items() if v is not None}),
    )


def insert_change_rows(
    db: sqlite_utils.Database, changes: Sequence[Change], texts: Sequence[tuple[str, str]]
) -> None:
    db.conn.executemany(
        "INSERT INTO change (change_id, entity, record_id, hlc, values_json, bases_json,"
        " author, device) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (c.change_id, c.entity, c.record_id, c.hlc, values, bases, c.author, c.device)
            for c, (values, bases) in zip(changes, texts, strict=True)
        ],
    )


def known_change_ids(db: sqlite_utils.Database, ids: Iterable[str]) -> set[str]:
    found: set[str] = set()
    batch: list[str] = []

    def flush() -> None:
        marks = ",".join("?" * len(batch))
        found.update(
            r[0]
            for r in db.conn.execute(
                f"SELECT change_id FROM change WHERE change_id IN ({marks})", batch
            )
        )
        batch.clear()

    for change_id in ids:
        batch.append(change_id)
        if len(batch) == 500:
            flush()
    if batch:
        flush()
    return found


def apply_changes(db: sqlite_utils.Database, changes: Sequence[Change]) -> ApplyResult:
    """Record the changes not seen before and merge them into the records, in the caller's
    transaction. Changes already in the log are counted as duplicates and change nothing."""
    result = ApplyResult()
    seen = known_change_ids(db, (c.change_id for c in changes))
    fresh = []
    for change in changes:
        if change.change_id in seen:
            result.duplicates += 1
            continue
        seen.add(change.change_id)
        fresh.append(change)
    texts = [change_texts(c) for c in fresh]
    insert_change_rows(db, fresh, texts)
    for change in fresh:
        _merge_one(db, change, result)
        result.applied.append(change)
    result.texts = texts
    return result


def _read_row(db: sqlite_utils.Database, entity: Entity, record_id: str) -> dict[str, Any] | None:
    cursor = db.conn.execute(f"SELECT * FROM [{entity.name}] WHERE id = ?", [record_id])
    row = cursor.fetchone()
    if row is None:
        return None
    return dict(zip([d[0] for d in cursor.description], row, strict=True))


def _merge_one(db: sqlite_utils.Database, change: Change, result: ApplyResult) -> None:
    entity = ENTITIES[change.entity]
    row = _read_row(db, entity, change.record_id)
    key = (change.entity, change.record_id)
    created = row is None
    if row is None:
        values: dict[str, Any] = dict.fromkeys(entity.field_names)
        values[DELETED] = 0
        versions = dict.fromkeys(writable_fields(entity), NEVER)
        created_version, created_by = change.hlc, change.author
    else:
        values = row_values(entity, row)
        versions = field_versions(entity, row)
        created_version, created_by = row["created_version"], row["created_by"]
    before = dict(values)
    result.before[change.change_id] = {name: before[name] for name in change.values}

    for name, value in change.values.items():
        if change.hlc > versions[name]:
            values[name], versions[name] = value, change.hlc
        if not created:  # a record seen for the first time has no other edits merged yet
            result.conflicts += _refresh_conflicts(db, change.entity, change.record_id, name)

    if change.hlc < created_version:
        created_version, created_by = change.hlc, change.author
    newest = max(versions.values())
    origin = newest.split(".", 2)[2] if newest else change.device
    updated_by = change.author if newest == change.hlc else (row or {}).get("updated_by")
    columns = {name: to_column(entity, name, values[name]) for name in entity.field_names}
    columns.update(
        {
            "id": change.record_id,
            "origin": origin,
            "version": newest,
            "created_version": created_version,
            "versions": sparse_versions(versions, created_version),
            "created_at": stamp_time(created_version),
            "created_by": created_by,
            "updated_at": stamp_time(newest),
            "updated_by": updated_by,
            DELETED: values[DELETED],
        }
    )
    columns.update(derived_columns(entity.name, values))
    names = list(columns)
    if created:
        db.conn.execute(
            f"INSERT INTO [{entity.name}] ({', '.join(names)})"
            f" VALUES ({', '.join('?' * len(names))})",
            [columns[n] for n in names],
        )
    else:  # an UPDATE keeps the rowid, which the search index points at
        names.remove("id")
        db.conn.execute(
            f"UPDATE [{entity.name}] SET {', '.join(n + ' = ?' for n in names)} WHERE id = ?",
            [*(columns[n] for n in names), change.record_id],
        )
    if created or before != values:
        result.touched.add(key)


# one edit of one field: (change id, the stamp it was based on, the value it set)
Edit = tuple[str, str | None, Any]


def open_losers(edits: Mapping[str, Edit]) -> dict[str, Any]:
    """The edits of one field (by stamp) that are open conflicts: not the winner (the highest
    stamp), not among the edits the winner was made on top of (following bases), and with
    another value than the winner's. Returns loser change id -> its value."""
    winner = max(edits)
    ancestors, cursor = set(), edits[winner][1]
    while cursor and cursor in edits and cursor not in ancestors:
        ancestors.add(cursor)
        cursor = edits[cursor][1]
    winning_value = edits[winner][2]
    return {
        edits[h][0]: edits[h][2]
        for h in edits
        if h != winner and h not in ancestors and edits[h][2] != winning_value
    }


def _refresh_conflicts(db: sqlite_utils.Database, entity: str, record_id: str, name: str) -> int:
    """Recompute the open conflicts of one field from every change that touched it.

    The winner is the change with the highest stamp; its ancestors are the changes reached by
    following each change's base for this field. Every other change with another value was
    made without seeing the winner's line of edits: it is kept as an open conflict. Being
    derived from the set of changes alone, the result does not depend on arrival order.
    Conflicts already resolved stay resolved."""
    edits: dict[str, Edit] = {}
    for change_id, hlc, values_json, bases_json in db.conn.execute(
        "SELECT change_id, hlc, values_json, bases_json FROM change"
        " WHERE entity = ? AND record_id = ?",
        [entity, record_id],
    ):
        values = json.loads(values_json)
        if name in values:
            edits[hlc] = (change_id, json.loads(bases_json).get(name), values[name])
    losers = open_losers(edits)
    open_now = {
        r[0]
        for r in db.conn.execute(
            "SELECT loser_change FROM conflict WHERE entity = ? AND record_id = ? AND field = ?"
            " AND resolved_at IS NULL",
            [entity, record_id, name],
        )
    }
    for gone in open_now - set(losers):
        db.conn.execute(
            "DELETE FROM conflict WHERE entity = ? AND record_id = ? AND field = ?"
            " AND loser_change = ? AND resolved_at IS NULL",
            [entity, record_id, name, gone],
        )
    fresh = set(losers) - open_now
    db.conn.executemany(
        "INSERT OR IGNORE INTO conflict (entity, record_id, field, loser_change, loser_value)"
        " VALUES (?, ?, ?, ?, ?)",
        [(entity, record_id, name, c, canonical_json(losers[c])) for c in sorted(fresh)],
    )
    return len(fresh)


def derived_columns(entity: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """Columns computed in Python from a record's fields (sort and duplicate keys)."""
    if entity != "person":
        return {}
    return {"sort_key": person_sort_key(values), "dup_key": duplicate_key(values)}
