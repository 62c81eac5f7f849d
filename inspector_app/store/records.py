"""Record rows and open conflicts written from the fold of the change log (`domain.fold`).

`refold` recomputes a record from every change of it in the log, leaving out those a review
marks superseded; `write_first` writes a record from its first change without reading the log.
Both keep the `conflict` table, which holds exactly the open conflicts the log makes: it is
derived, never edited by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from inspector_app.domain.canonical import canonical_json
from inspector_app.domain.change import Change
from inspector_app.domain.fold import DELETED, Edit, Folded, fold_record
from inspector_app.domain.model import ENTITIES, Entity
from inspector_app.store import search
from inspector_app.store.changes import (
    CHANGE_COLUMNS,
    change_from_row,
    derived_columns,
    row_values,
    sparse_versions,
    stamp_time,
    to_column,
)
from inspector_app.store.held import NOT_SUPERSEDED


@dataclass(frozen=True)
class Refolded:
    before: dict[str, Any] | None  # the record's values before (None: it did not exist)
    after: dict[str, Any] | None  # and after (None: no change makes it)
    conflicts: int  # conflicts opened

    @property
    def changed(self) -> bool:
        return self.before != self.after


def read_row(db: sqlite_utils.Database, entity: Entity, record_id: str) -> dict[str, Any] | None:
    cursor = db.conn.execute(f"SELECT * FROM [{entity.name}] WHERE id = ?", [record_id])
    row = cursor.fetchone()
    if row is None:
        return None
    return dict(zip([d[0] for d in cursor.description], row, strict=True))


def record_changes(db: sqlite_utils.Database, entity: str, record_id: str) -> list[Change]:
    """The changes of a record in the log, but those a review marks superseded."""
    columns = ", ".join("c." + n for n in CHANGE_COLUMNS.split(", "))
    return [
        change_from_row(row)
        for row in db.conn.execute(
            f"SELECT {columns} FROM change AS c WHERE c.entity = ? AND c.record_id = ?"
            f" AND {NOT_SUPERSEDED}",
            [entity, record_id],
        )
    ]


def write_first(db: sqlite_utils.Database, change: Change) -> Refolded:
    """Write a record that has no row yet from a change of it: with no row, no other change
    of it in the log sets a field (or all are superseded), so nothing else needs folding."""
    entity = ENTITIES[change.entity]
    return _write(db, entity, change.record_id, None, fold_record(entity, [change]))


def existing_ids(db: sqlite_utils.Database, entity: str, record_ids: Sequence[str]) -> set[str]:
    """Which of these records have a row already (one query for a batch of changes)."""
    return {
        str(r[0])
        for r in db.conn.execute(
            f"SELECT id FROM [{entity}] WHERE id IN (SELECT value FROM json_each(?))",
            [canonical_json(list(record_ids))],
        )
    }


class NewRows:
    """Rows of records made by their only change in a batch: folded one by one, written with
    one statement per entity (an import of 100,000 new residents writes them as a bulk
    insert does). Flushed before anything reads those records."""

    def __init__(self) -> None:
        self._rows: dict[str, tuple[list[str], list[list[Any]]]] = {}

    def add(self, change: Change) -> Refolded | None:
        """Queue the record's row; None when its fold is not a plain new row."""
        entity = ENTITIES[change.entity]
        folded = fold_record(entity, [change])
        if folded is None or folded.losers:
            return None
        columns = _columns(entity, change.record_id, folded)
        names, rows = self._rows.setdefault(change.entity, (list(columns), []))
        rows.append([columns[n] for n in names])
        return Refolded(None, dict(folded.values), 0)

    def flush(self, db: sqlite_utils.Database) -> None:
        for entity, (names, rows) in self._rows.items():
            db.conn.executemany(
                f"INSERT INTO [{entity}] ({', '.join(names)})"
                f" VALUES ({', '.join('?' * len(names))})",
                rows,
            )
        self._rows.clear()


_UNREAD: dict[str, Any] = {}


def refold(
    db: sqlite_utils.Database,
    entity_name: str,
    record_id: str,
    row: dict[str, Any] | None = _UNREAD,
    unwritten: Sequence[Change] = (),
) -> Refolded:
    """Recompute a record's fields, versions and conflicts from its changes in the log.
    `row`: the record's row when the caller has just read it; `unwritten`: changes of it that
    belong to the log but are not written there yet (the merge writes them in batches)."""
    entity = ENTITIES[entity_name]
    if row is _UNREAD:
        row = read_row(db, entity, record_id)
    changes = [*record_changes(db, entity_name, record_id), *unwritten]
    return _write(db, entity, record_id, row, fold_record(entity, changes))


def _write(
    db: sqlite_utils.Database,
    entity: Entity,
    record_id: str,
    row: dict[str, Any] | None,
    folded: Folded | None,
) -> Refolded:
    before = row_values(entity, row) if row is not None else None
    if folded is None:
        if row is not None:  # every change that made it is superseded
            search.drop_record(db, entity.name, record_id)
            db.conn.execute(f"DELETE FROM [{entity.name}] WHERE id = ?", [record_id])
            _store_conflicts(db, entity.name, record_id, {})
        return Refolded(before, None, 0)
    columns = _columns(entity, record_id, folded)
    names = list(columns)
    if row is None:
        db.conn.execute(
            f"INSERT INTO [{entity.name}] ({', '.join(names)})"
            f" VALUES ({', '.join('?' * len(names))})",
            [columns[n] for n in names],
        )
    else:  # an UPDATE keeps the rowid, which the search index points at
        names.remove("id")
        db.conn.execute(
            f"UPDATE [{entity.name}] SET {', '.join(n + ' = ?' for n in names)} WHERE id = ?",
            [*(columns[n] for n in names), record_id],
        )
    opened = 0
    if row is not None or folded.losers:
        opened = _store_conflicts(db, entity.name, record_id, folded.losers)
    return Refolded(before, dict(folded.values), opened)


def record_columns(entity: Entity, record_id: str, folded: Folded) -> dict[str, Any]:
    """The row of a folded record, column by column."""
    return _columns(entity, record_id, folded)


def _columns(entity: Entity, record_id: str, folded: Folded) -> dict[str, Any]:
    values = folded.values
    columns = {name: to_column(entity, name, values[name]) for name in entity.field_names}
    columns.update(
        {
            "id": record_id,
            "origin": folded.origin,
            "version": folded.version,
            "created_version": folded.created_version,
            "versions": sparse_versions(folded.versions, folded.created_version),
            "created_at": stamp_time(folded.created_version),
            "created_by": folded.created_by,
            "updated_at": stamp_time(folded.version),
            "updated_by": folded.updated_by,
            DELETED: values[DELETED],
        }
    )
    columns.update(derived_columns(entity.name, values))
    return columns


def _store_conflicts(
    db: sqlite_utils.Database, entity: str, record_id: str, losers: dict[str, list[Edit]]
) -> int:
    """Make the record's rows of `conflict` those of `losers`; returns how many are new."""
    wanted = {(name, e.change_id): e for name, edits in losers.items() for e in edits}
    stored = {
        (str(name), str(loser))
        for name, loser in db.conn.execute(
            "SELECT field, loser_change FROM conflict WHERE entity = ? AND record_id = ?",
            [entity, record_id],
        )
    }
    gone = sorted(stored - set(wanted))
    if gone:
        db.conn.executemany(
            "DELETE FROM conflict WHERE entity = ? AND record_id = ? AND field = ?"
            " AND loser_change = ?",
            [(entity, record_id, name, loser) for name, loser in gone],
        )
    fresh = sorted(set(wanted) - stored)
    if fresh:
        db.conn.executemany(
            "INSERT INTO conflict (entity, record_id, field, loser_change, loser_value)"
            " VALUES (?, ?, ?, ?, ?)",
            [
                (entity, record_id, name, loser, canonical_json(wanted[(name, loser)].value))
                for name, loser in fresh
            ],
        )
    return len(fresh)
