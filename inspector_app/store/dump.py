"""The replicated state in a fixed order, as canonical JSON lines, for `dump`.

Only what every replica agrees on: records (tombstones included) with their versions, and
open conflicts with their ids (both derived from the set of changes alone). Device-local state
(journal, change log, held changes, counters, settings) is left out, so two databases holding
the same records dump the same bytes.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from inspector_app.domain.canonical import canonical_json
from inspector_app.domain.model import ENTITIES
from inspector_app.store.changes import DELETED, row_values
from inspector_app.store.conflict_queries import open_conflicts
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
        yield canonical_json(
            {
                "type": "conflict",
                "id": conflict.id,
                "entity": conflict.entity,
                "record_id": conflict.record_id,
                "field": conflict.field,
                "loser_change": conflict.loser_change,
                "loser_value": conflict.loser_value,
            }
        )
