"""The replicated state in a fixed order, as canonical JSON lines, for `dump`.

Only what every replica agrees on: records (tombstones included) with their versions, and
open conflicts. Device-local state (journal, change log, counters, settings) is left out, so
two databases holding the same records dump the same bytes.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from inspector_app.domain.canonical import canonical_json
from inspector_app.domain.model import ENTITIES
from inspector_app.store.changes import DELETED, row_values
from inspector_app.store.store import Store

BOOKKEEPING = (
    "origin",
    "version",
    "created_version",
    "created_at",
    "created_by",
    "updated_at",
    "updated_by",
)


def _records(store: Store, entity: str) -> Iterator[dict[str, Any]]:
    cursor = store.db.conn.execute(f"SELECT * FROM [{entity}] ORDER BY id")
    names = [d[0] for d in cursor.description]
    for row in cursor:
        yield dict(zip(names, row, strict=True))


def open_conflicts(store: Store) -> list[dict[str, Any]]:
    rows = store.select(
        "SELECT entity, record_id, field, loser_change, loser_value FROM conflict"
        " WHERE resolved_at IS NULL ORDER BY entity, record_id, field, loser_change"
    )
    for row in rows:
        row["loser_value"] = json.loads(row["loser_value"]) if row["loser_value"] else None
    return rows


def dump_lines(store: Store) -> Iterator[str]:
    for name, entity in sorted(ENTITIES.items()):
        for row in _records(store, name):
            values = row_values(entity, row)
            line: dict[str, Any] = {
                "type": "record",
                "entity": name,
                "id": row["id"],
                "fields": {k: values[k] for k in entity.field_names},
                DELETED: bool(row[DELETED]),
                "versions": json.loads(row["versions"]),
            }
            line.update({k: row[k] for k in BOOKKEEPING})
            yield canonical_json(line)
    for conflict in open_conflicts(store):
        yield canonical_json({"type": "conflict", **conflict})
