"""Reading the replicated state in a fixed order, for `dump`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from inspector_app.store.store import Store


def records(store: Store, entity: str) -> Iterator[dict[str, Any]]:
    cursor = store.db.conn.execute(f"SELECT * FROM [{entity}] ORDER BY id")
    names = [d[0] for d in cursor.description]
    for row in cursor:
        yield dict(zip(names, row, strict=True))


def open_conflicts(store: Store) -> list[dict[str, Any]]:
    rows = store.select(
        "SELECT entity, record_id, field, loser_change, loser_value FROM conflict"
        " WHERE resolved_at IS NULL ORDER BY entity, record_id, field, loser_change")
    for row in rows:
        row["loser_value"] = json.loads(row["loser_value"]) if row["loser_value"] else None
    return rows
