"""Open conflicts as the change log makes them, with ids that are the same on every device."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from inspector_app.domain.fold import Edit, conflict_id, field_edits
from inspector_app.domain.model import ENTITIES
from inspector_app.store.records import record_changes
from inspector_app.store.store import Store


@dataclass(frozen=True)
class OpenConflict:
    id: str
    entity: str
    record_id: str
    field: str
    loser_change: str
    loser_value: Any


def open_conflicts(store: Store) -> list[OpenConflict]:
    """Every open conflict, by entity, record, field and losing change."""
    return [
        OpenConflict(
            conflict_id(entity, record_id, name, loser),
            entity,
            record_id,
            name,
            loser,
            json.loads(value) if value is not None else None,
        )
        for entity, record_id, name, loser, value in store.db.conn.execute(
            "SELECT entity, record_id, field, loser_change, loser_value FROM conflict"
            " ORDER BY entity, record_id, field, loser_change"
        )
    ]


def find_conflict(store: Store, wanted: str) -> OpenConflict | None:
    return next((c for c in open_conflicts(store) if c.id == wanted), None)


def edits_of_field(store: Store, entity: str, record_id: str, name: str) -> list[Edit]:
    """Every edit of one field of a record in the log (superseded changes left out)."""
    changes = record_changes(store.db, entity, record_id)
    return field_edits(ENTITIES[entity], changes).get(name, [])
